#include "ReauthIndividualPage.h"

#include "core/Countries.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/widgets/MaterialField.h"
#include "gui/wizards/FieldBinder.h"
#include "gui/wizards/auth/MaterialFields.h"
#include "ui_ReauthIndividualPage.h"

#include <QButtonGroup>
#include <QPushButton>

namespace oc::gui {

ReauthIndividualPage::ReauthIndividualPage(AppContext *context, ReauthFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::ReauthIndividualPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    for (const CountryInfo &country : Countries)
        m_ui->issuingCountryCombo->addItem(QString(), QString::fromLatin1(country.code));
    auto *types = new QButtonGroup(this);
    types->addButton(m_ui->passportRadio, 0);
    types->addButton(m_ui->idCardRadio, 1);
    types->addButton(m_ui->driverLicenseRadio, 2);

    using F = ReauthFlow;
    FieldBinder *b = binder();
    b->bind(F::CertificateTypeKey, types,
            {oc::toString(CertificateType::Passport), oc::toString(CertificateType::IdCard),
             oc::toString(CertificateType::DriverLicense)});
    b->bind(F::IssuingCountryKey, m_ui->issuingCountryCombo);
    b->bind(F::FullNameKey, m_ui->fullNameEdit);
    b->bind(F::CertificateNumberKey, m_ui->certificateNumberEdit, true);
    b->bind(F::DeclarationKey, m_ui->declarationCheck);
    const QList<std::pair<QLatin1StringView, QLabel *>> errors = {
        {F::IssuingCountryKey, m_ui->issuingCountryRegionError},
        {F::FullNameKey, m_ui->fullNameError},
        {F::CertificateNumberKey, m_ui->certificateNumberError}};
    for (const auto &[field, label] : errors) {
        b->bindError(field, label);
        flow->setFieldPage(field, F::IndividualPage);
    }
    m_materials = addMaterialFields(
        this, flow, F::IndividualPage,
        [flow](const QString &slot) { return flow->fileRuleOf(slot); }, m_ui->certificateNumberEdit,
        {{QString::fromLatin1(MaterialSlot::CertificatePage), m_ui->certificatePageLabel,
          m_ui->certificatePageSlot, m_ui->certificatePageError},
         {QString::fromLatin1(MaterialSlot::HoldingPhoto), m_ui->holdingPhotoLabel,
          m_ui->holdingPhotoSlot, m_ui->holdingPhotoError}});
    b->bindError(F::DeclarationKey, m_ui->declarationError);
    QWidget::setTabOrder(m_materials.last()->chooseButton(), m_ui->declarationCheck);
    connect(flow, &ReauthFlow::valueChanged, this, [this](const QString &key) {
        if (key == ReauthFlow::CertificateTypeKey)
            retranslatePage();
        emit completeChanged();
    });
    addStatusArea(m_ui->contentLayout);
}

ReauthIndividualPage::~ReauthIndividualPage() = default;

void ReauthIndividualPage::initializePage()
{
    WizardPage::initializePage();
    for (MaterialField *field : std::as_const(m_materials))
        field->display(m_flow->material(field->slot()));
}

bool ReauthIndividualPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->submit(), tr("Submitting…"), done);
    return true;
}

void ReauthIndividualPage::retranslatePage()
{
    setTitle(tr("The New Owner"));
    setSubTitle(tr("Enter the new owner's details as they appear on the certificate."));
    m_ui->introLabel->setText(
        tr("The certificate information that you provide will only be used for real-name "
           "authentication. Your data will be treated as private and confidential."));
    for (int i = 0; i < m_ui->issuingCountryCombo->count(); ++i)
        m_ui->issuingCountryCombo->setItemText(
            i, DomainText::countryName(m_ui->issuingCountryCombo->itemData(i).toString()));
    m_ui->fullNameEdit->setPlaceholderText(
        tr("Enter the new owner's name as it appears on the certificate."));
    m_ui->certificateNumberEdit->setPlaceholderText(tr("Enter the certificate number."));
    m_ui->materialNote->setText(
        tr("Identity verification, new authentication material: upload a JPG, JPEG, BMP, PNG, "
           "or PDF file whose size is less than or equal to 10 MB. You may watermark it as "
           "long as the key data stays readable."));
    QString page;
    QString holding;
    switch (m_flow->certificateType()) {
    case CertificateType::Passport:
        page = tr("New owner's passport page:");
        holding = tr("New owner holding the passport:");
        break;
    case CertificateType::IdCard:
        page = tr("New owner's ID card:");
        holding = tr("New owner holding the ID card:");
        break;
    case CertificateType::DriverLicense:
        page = tr("New owner's driver license:");
        holding = tr("New owner holding the license:");
        break;
    }
    m_ui->certificatePageLabel->setText(page);
    m_ui->holdingPhotoLabel->setText(holding);
    m_ui->declarationCheck->setText(tr("Both owners &signed the application form"));
    if (m_materials.size() == 2) {
        m_materials.at(0)->setCaption(captionOf(m_ui->certificatePageLabel));
        m_materials.at(1)->setCaption(captionOf(m_ui->holdingPhotoLabel));
    }
    setButtonText(QWizard::CommitButton, tr("&Submit"));
}

} // namespace oc::gui
