#pragma once

#include <QList>
#include <QString>

#include <functional>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QRadioButton;

namespace oc::gui {

class AuthenticationRequestFlow;
class MaterialField;
class WizardPage;

// An individual's certificate as W-AUTH's individual page (§4.2) and W-REAUTH's new owner
// page (§4.4.2 step 6) ask for it, each on its own layout (ui/AuthIndividualPage.ui,
// ui/ReauthIndividualPage.ui) and in its own words: the certificate type, the issuing
// country/region (R-AUTH-7), the full name, the certificate number and the two named
// uploads (R-AUTH-1), whose labels follow the certificate type.
class IndividualCertificateForm
{
public:
    // The form's widgets on a page.
    struct Widgets
    {
        QRadioButton *passportRadio;
        QRadioButton *idCardRadio;
        QRadioButton *driverLicenseRadio;
        QComboBox *issuingCountryCombo;
        QLabel *issuingCountryRegionError;
        QLineEdit *fullNameEdit;
        QLabel *fullNameError;
        QLineEdit *certificateNumberEdit;
        QLabel *certificateNumberError;
        QLabel *materialNote;
        QLabel *certificatePageLabel;
        QLayout *certificatePageSlot;
        QLabel *certificatePageError;
        QLabel *holdingPhotoLabel;
        QLayout *holdingPhotoSlot;
        QLabel *holdingPhotoError;
    };
    // The widgets of a page's layout (its uic class), which names them alike.
    template<class Ui>
    static Widgets widgetsOf(Ui *ui)
    {
        return {ui->passportRadio,
                ui->idCardRadio,
                ui->driverLicenseRadio,
                ui->issuingCountryCombo,
                ui->issuingCountryRegionError,
                ui->fullNameEdit,
                ui->fullNameError,
                ui->certificateNumberEdit,
                ui->certificateNumberError,
                ui->materialNote,
                ui->certificatePageLabel,
                ui->certificatePageSlot,
                ui->certificatePageError,
                ui->holdingPhotoLabel,
                ui->holdingPhotoSlot,
                ui->holdingPhotoError};
    }

    // The labels of the two uploads for one certificate type.
    struct UploadLabels
    {
        QString certificatePage;
        QString holdingPhoto;
    };
    // What the page says, in the current language.
    struct Texts
    {
        QString fullNamePlaceholder;
        QString certificateNumberPlaceholder;
        QString materialNote;
        UploadLabels passport;
        UploadLabels idCard;
        UploadLabels driverLicense;
    };

    // Fills the country list, groups the certificate types, binds the entries and their
    // messages to `flow`'s keys on wizard page `pageId` and puts the two uploads in their
    // rows (a file judged under `ruleOf(slot)`; Tab goes on from the certificate number).
    // Each change of the flow asks `page` whether it is complete again; a change of the
    // certificate type runs `retranslatePage` (the page's texts, the uploads' labels).
    IndividualCertificateForm(WizardPage *page, AuthenticationRequestFlow *flow, int pageId,
                              const Widgets &widgets,
                              std::function<const char *(const QString &slot)> ruleOf,
                              std::function<void()> retranslatePage);

    // The two uploads, in order.
    const QList<MaterialField *> &materials() const { return m_materials; }
    // Shows the uploads the flow holds (after Back or a resumed draft).
    void display() const;
    // The form's texts in the current language; the uploads' labels those of the chosen
    // certificate type.
    void retranslate(const Texts &texts) const;

private:
    Widgets m_widgets;
    AuthenticationRequestFlow *m_flow;
    QList<MaterialField *> m_materials;
};

} // namespace oc::gui
