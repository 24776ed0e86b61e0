#include "AuthIndividualPage.h"

#include "MaterialFields.h"
#include "core/Countries.h"
#include "core/Rules.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/widgets/MaterialField.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_AuthIndividualPage.h"

#include <QButtonGroup>
#include <QPushButton>

namespace oc::gui {

AuthIndividualPage::AuthIndividualPage(AppContext *context, AuthFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::AuthIndividualPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    for (const CountryInfo &country : Countries)
        m_ui->issuingCountryCombo->addItem(QString(), QString::fromLatin1(country.code));
    m_types = new QButtonGroup(this);
    m_types->addButton(m_ui->passportRadio, 0);
    m_types->addButton(m_ui->idCardRadio, 1);
    m_types->addButton(m_ui->driverLicenseRadio, 2);

    using F = AuthFlow;
    FieldBinder *b = binder();
    b->bind(F::CertificateTypeKey, m_types,
            {oc::toString(CertificateType::Passport), oc::toString(CertificateType::IdCard),
             oc::toString(CertificateType::DriverLicense)});
    b->bind(F::IssuingCountryKey, m_ui->issuingCountryCombo);
    b->bind(F::FullNameKey, m_ui->fullNameEdit);
    b->bind(F::CertificateNumberKey, m_ui->certificateNumberEdit, true);
    const QList<std::pair<QLatin1StringView, QLabel *>> errors = {
        {F::IssuingCountryKey, m_ui->issuingCountryRegionError},
        {F::FullNameKey, m_ui->fullNameError},
        {F::CertificateNumberKey, m_ui->certificateNumberError}};
    for (const auto &[field, label] : errors) {
        b->bindError(field, label);
        flow->setFieldPage(field, F::IndividualPage);
    }
    m_materials = addMaterialFields(
        this, flow, F::IndividualPage, rule::AUTH_1, m_ui->certificateNumberEdit,
        {{QString::fromLatin1(MaterialSlot::CertificatePage), m_ui->certificatePageLabel,
          m_ui->certificatePageSlot, m_ui->certificatePageError},
         {QString::fromLatin1(MaterialSlot::HoldingPhoto), m_ui->holdingPhotoLabel,
          m_ui->holdingPhotoSlot, m_ui->holdingPhotoError}});
    connect(flow, &AuthFlow::valueChanged, this, [this](const QString &key) {
        if (key == AuthFlow::CertificateTypeKey)
            retranslatePage();
        emit completeChanged();
    });
    addStatusArea(m_ui->contentLayout);
}

AuthIndividualPage::~AuthIndividualPage() = default;

void AuthIndividualPage::initializePage()
{
    WizardPage::initializePage();
    for (MaterialField *field : std::as_const(m_materials))
        field->display(m_flow->material(field->slot()));
}

void AuthIndividualPage::retranslatePage()
{
    setTitle(tr("Individual Certificate Authentication"));
    setSubTitle(tr("Enter the details as they appear on the certificate."));
    m_ui->bannerLabel->setText(
        tr("The certificate information that you provide will only be used for real-name "
           "authentication. Your data will be treated as private and confidential."));
    for (int i = 0; i < m_ui->issuingCountryCombo->count(); ++i)
        m_ui->issuingCountryCombo->setItemText(
            i, DomainText::countryName(m_ui->issuingCountryCombo->itemData(i).toString()));
    m_ui->fullNameEdit->setPlaceholderText(
        tr("Enter your name as it appears on your certificate."));
    m_ui->certificateNumberEdit->setPlaceholderText(tr("Enter your certificate number."));
    m_ui->materialNote->setText(
        tr("Real-Name Authentication Material: upload a JPG, JPEG, BMP, PNG, or PDF file whose "
           "size is less than or equal to 10 MB. You may watermark it (e.g. \"For Huawei Cloud "
           "Only\") as long as the key data stays readable."));
    QString page;
    QString holding;
    switch (m_flow->certificateType()) {
    case CertificateType::Passport:
        page = tr("Passport personal information page:");
        holding = tr("Image of you holding the passport:");
        break;
    case CertificateType::IdCard:
        page = tr("ID card personal information side:");
        holding = tr("Image of you holding the ID card:");
        break;
    case CertificateType::DriverLicense:
        page = tr("Driver license personal information page:");
        holding = tr("Image of you holding the driver license:");
        break;
    }
    m_ui->certificatePageLabel->setText(page);
    m_ui->holdingPhotoLabel->setText(holding);
    if (m_materials.size() == 2) {
        m_materials.at(0)->setCaption(captionOf(m_ui->certificatePageLabel));
        m_materials.at(1)->setCaption(captionOf(m_ui->holdingPhotoLabel));
    }
}

} // namespace oc::gui
