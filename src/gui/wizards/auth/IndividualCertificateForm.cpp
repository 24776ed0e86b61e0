#include "IndividualCertificateForm.h"

#include "AuthenticationRequestFlow.h"
#include "MaterialFields.h"
#include "core/Countries.h"
#include "gui/Accessibility.h"
#include "gui/DomainText.h"
#include "gui/widgets/MaterialField.h"
#include "gui/wizards/FieldBinder.h"
#include "gui/wizards/WizardPage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

namespace oc::gui {

IndividualCertificateForm::IndividualCertificateForm(
    WizardPage *page, AuthenticationRequestFlow *flow, int pageId, const Widgets &widgets,
    std::function<const char *(const QString &slot)> ruleOf, std::function<void()> retranslatePage)
    : m_widgets(widgets)
    , m_flow(flow)
{
    const Widgets &w = m_widgets;
    for (const CountryInfo &country : Countries)
        w.issuingCountryCombo->addItem(QString(), QString::fromLatin1(country.code));
    auto *types = new QButtonGroup(page);
    types->addButton(w.passportRadio, 0);
    types->addButton(w.idCardRadio, 1);
    types->addButton(w.driverLicenseRadio, 2);

    using F = AuthenticationRequestFlow;
    FieldBinder *b = page->binder();
    b->bind(F::CertificateTypeKey, types,
            {oc::toString(CertificateType::Passport), oc::toString(CertificateType::IdCard),
             oc::toString(CertificateType::DriverLicense)});
    b->bind(F::IssuingCountryKey, w.issuingCountryCombo);
    b->bind(F::FullNameKey, w.fullNameEdit);
    b->bind(F::CertificateNumberKey, w.certificateNumberEdit, true);
    const QList<std::pair<QLatin1StringView, QLabel *>> errors = {
        {F::IssuingCountryKey, w.issuingCountryRegionError},
        {F::FullNameKey, w.fullNameError},
        {F::CertificateNumberKey, w.certificateNumberError}};
    for (const auto &[field, label] : errors) {
        b->bindError(field, label);
        flow->setFieldPage(field, pageId);
    }
    m_materials =
        addMaterialFields(page, flow, pageId, std::move(ruleOf), w.certificateNumberEdit,
                          {{QString::fromLatin1(MaterialSlot::CertificatePage),
                            w.certificatePageLabel, w.certificatePageSlot, w.certificatePageError},
                           {QString::fromLatin1(MaterialSlot::HoldingPhoto), w.holdingPhotoLabel,
                            w.holdingPhotoSlot, w.holdingPhotoError}});
    QObject::connect(flow, &WizardState::valueChanged, page,
                     [page, retranslatePage = std::move(retranslatePage)](const QString &key) {
                         if (key == F::CertificateTypeKey)
                             retranslatePage();
                         emit page->completeChanged();
                     });
}

void IndividualCertificateForm::display() const
{
    for (MaterialField *field : m_materials)
        field->display(m_flow->material(field->slot()));
}

void IndividualCertificateForm::retranslate(const Texts &texts) const
{
    const Widgets &w = m_widgets;
    for (int i = 0; i < w.issuingCountryCombo->count(); ++i)
        w.issuingCountryCombo->setItemText(
            i, DomainText::countryName(w.issuingCountryCombo->itemData(i).toString()));
    w.fullNameEdit->setPlaceholderText(texts.fullNamePlaceholder);
    w.certificateNumberEdit->setPlaceholderText(texts.certificateNumberPlaceholder);
    w.materialNote->setText(texts.materialNote);
    const UploadLabels *labels = &texts.passport;
    switch (m_flow->certificateType()) {
    case CertificateType::Passport:
        break;
    case CertificateType::IdCard:
        labels = &texts.idCard;
        break;
    case CertificateType::DriverLicense:
        labels = &texts.driverLicense;
        break;
    }
    w.certificatePageLabel->setText(labels->certificatePage);
    w.holdingPhotoLabel->setText(labels->holdingPhoto);
    if (m_materials.size() == 2) {
        m_materials.at(0)->setCaption(captionOf(w.certificatePageLabel));
        m_materials.at(1)->setCaption(captionOf(w.holdingPhotoLabel));
    }
}

} // namespace oc::gui
