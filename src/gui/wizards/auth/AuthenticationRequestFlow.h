#pragma once

// What W-AUTH's and W-REAUTH's flows (AuthFlow, ReauthFlow) share: a request for real-name
// authentication data for one HUAWEI ID, which Huawei reviews within three working days
// (R-AUTH-4) — the certificate's entries and the named uploads, the account they are for,
// the submission, and the review record followed until it is decided. Without any widget.

#include "contract/BackendTypes.h"
#include "gui/wizards/WizardState.h"

#include <QFuture>

#include <optional>

namespace oc {
class Backend;
}

namespace oc::gui {

class AuthenticationRequestFlow : public WizardState
{
    Q_OBJECT
    Q_PROPERTY(QString accountId READ accountId CONSTANT)

public:
    static constexpr QLatin1StringView AccountIdKey{"accountId"};
    // An individual (the backend's error fields).
    static constexpr QLatin1StringView CertificateTypeKey{"certificateType"};
    static constexpr QLatin1StringView IssuingCountryKey{"issuingCountryRegion"};
    static constexpr QLatin1StringView FullNameKey{"fullName"};
    static constexpr QLatin1StringView CertificateNumberKey{"certificateNumber"};
    // An enterprise; the backend's certificateNumber of an enterprise lands on the
    // registration number.
    static constexpr QLatin1StringView RegisteredAddressKey{"registeredAddress"};
    static constexpr QLatin1StringView EnterpriseNameKey{"enterpriseName"};
    static constexpr QLatin1StringView RegistrationNumberKey{"registrationNumber"};
    // Learned (kept in a draft: a resumed wizard follows the submitted request).
    static constexpr QLatin1StringView AuthenticationIdKey{"authenticationId"};

    QString accountId() const { return text(AccountIdKey); }
    CertificateType certificateType() const;
    void setCertificateType(CertificateType type);
    void setIssuingCountryRegion(const QString &code) { setValue(IssuingCountryKey, code); }
    void setFullName(const QString &name) { setValue(FullNameKey, name); }
    void setCertificateNumber(const QString &number) { setValue(CertificateNumberKey, number); }
    void setRegisteredAddress(const QString &address) { setValue(RegisteredAddressKey, address); }
    void setEnterpriseName(const QString &name) { setValue(EnterpriseNameKey, name); }
    void setRegistrationNumber(const QString &number) { setValue(RegistrationNumberKey, number); }

    // An upload (MaterialSlot) as the console read it.
    std::optional<MaterialUpload> material(const QString &slot) const;
    void setMaterial(const MaterialUpload &upload);

    // What the backend said: the account (before anything else), the submitted request.
    const std::optional<HuaweiAccountDetail> &account() const { return m_account; }
    const std::optional<AuthenticationRecord> &record() const { return m_record; }
    qint64 authenticationId() const { return value(AuthenticationIdKey).toLongLong(); }

    // The submission; a refusal lands on its field (and takes the wizard to its page).
    QFuture<Status> submit();
    // The request as it stands now (the progress page; after the clock moved).
    QFuture<Status> refresh();

signals:
    void accountLoaded();
    void materialChanged(const QString &slot);
    void recordChanged();

protected:
    AuthenticationRequestFlow(Backend *backend, const QString &accountId, QObject *parent);

    Backend *backend() const { return m_backend; }
    // The account as loaded; the issuing country/region defaults to its own (R-AUTH-7).
    void setAccount(const HuaweiAccountDetail &detail);
    // Sends the flow's request (submit() does, once).
    virtual QFuture<Result<AuthenticationRecord>> sendRequest() const = 0;
    // A refusal of the request with its field named by this flow's keys (and the wizard told
    // which page shows it), before it lands.
    virtual Error placeRefusal(Error refusal) { return refusal; }

    // R-ACC-16: the account's services must be enabled; its refusal, if any.
    static std::optional<Error> servicesRefusal(const HuaweiAccount &account);
    // The issuing country/region: a known one, the account's registration country/region
    // (R-AUTH-7).
    QList<Error> issuingCountryMessages() const;
    // An individual's certificate: the issuing country/region, the full name and the
    // certificate number (R-AUTH-1).
    QList<Error> individualMessages() const;

private:
    Backend *m_backend;
    std::optional<HuaweiAccountDetail> m_account;
    std::optional<AuthenticationRecord> m_record;
};

} // namespace oc::gui
