#pragma once

// W-AUTH's flow (my-account.md §4.1-§4.3, D.1): for one HUAWEI ID, individual or enterprise
// real-name authentication — the certificate's details and the named uploads, judged by
// content (R-AUTH-1, R-AUTH-2, R-AUTH-7) — then the submission and the review progress
// (R-AUTH-4: within three working days). Typed properties over the wizard's state, the
// branching, the per-page messages and the backend actions, without any widget.

#include "contract/BackendTypes.h"
#include "gui/wizards/WizardState.h"

#include <QFuture>

namespace oc {
class Backend;
}

namespace oc::gui {

class AuthFlow : public WizardState
{
    Q_OBJECT
    Q_PROPERTY(QString accountId READ accountId CONSTANT)
    Q_PROPERTY(bool enterprise READ isEnterprise WRITE setEnterprise NOTIFY typeChanged)

public:
    enum Page
    {
        TypePage,
        IndividualPage,
        EnterprisePage,
        ReviewPage,
        ProgressPage,
        NoPage = -1
    };
    Q_ENUM(Page)

    static constexpr QLatin1StringView AccountIdKey{"accountId"};
    static constexpr QLatin1StringView TypeKey{"type"}; // "individual" | "enterprise"
    // Individual (the backend's error fields).
    static constexpr QLatin1StringView CertificateTypeKey{"certificateType"};
    static constexpr QLatin1StringView IssuingCountryKey{"issuingCountryRegion"};
    static constexpr QLatin1StringView FullNameKey{"fullName"};
    static constexpr QLatin1StringView CertificateNumberKey{"certificateNumber"};
    // Enterprise; the backend's certificateNumber of an enterprise lands on the
    // registration number.
    static constexpr QLatin1StringView RegisteredAddressKey{"registeredAddress"};
    static constexpr QLatin1StringView EnterpriseNameKey{"enterpriseName"};
    static constexpr QLatin1StringView RegistrationNumberKey{"registrationNumber"};
    // Learned (kept in a draft: a resumed wizard follows the submitted request).
    static constexpr QLatin1StringView AuthenticationIdKey{"authenticationId"};

    AuthFlow(Backend *backend, const QString &accountId, QObject *parent = nullptr);

    QString accountId() const { return text(AccountIdKey); }
    bool isEnterprise() const { return text(TypeKey) == u"enterprise"; }
    void setEnterprise(bool enterprise);
    CertificateType certificateType() const;
    void setCertificateType(CertificateType type);
    void setIssuingCountryRegion(const QString &code) { setValue(IssuingCountryKey, code); }
    void setFullName(const QString &name) { setValue(FullNameKey, name); }
    void setCertificateNumber(const QString &number) { setValue(CertificateNumberKey, number); }
    void setRegisteredAddress(const QString &address) { setValue(RegisteredAddressKey, address); }
    void setEnterpriseName(const QString &name) { setValue(EnterpriseNameKey, name); }
    void setRegistrationNumber(const QString &number) { setValue(RegistrationNumberKey, number); }

    // The named uploads of the chosen type (MaterialSlot), in the seed's order.
    QStringList materialSlots() const;
    static QStringList materialSlotsOf(bool enterprise);
    std::optional<MaterialUpload> material(const QString &slot) const;
    void setMaterial(const MaterialUpload &upload);

    // What the backend said: the account (before anything else), the submitted request.
    const std::optional<HuaweiAccountDetail> &account() const { return m_account; }
    const std::optional<AuthenticationRecord> &record() const { return m_record; }
    qint64 authenticationId() const { return value(AuthenticationIdKey).toLongLong(); }

    AuthenticationRequest request() const;
    QList<Error> messages(int page) const override;
    bool isReady(int page) const override;
    Page nextPage(Page page) const;

    // The account: its country, type and whether it may authenticate now (R-ACC-16,
    // R-AUTH-4, R-ACC-6); a refusal lands on the type page.
    QFuture<Status> loadAccount();
    // The submission; a refusal lands on its field (and takes the wizard to its page).
    QFuture<Status> submit();
    // The request as it stands now (the progress page; after the clock moved).
    QFuture<Status> refresh();

signals:
    void typeChanged();
    void accountLoaded();
    void materialChanged(const QString &slot);
    void recordChanged();

private:
    Backend *m_backend;
    std::optional<HuaweiAccountDetail> m_account;
    std::optional<AuthenticationRecord> m_record;
};

} // namespace oc::gui
