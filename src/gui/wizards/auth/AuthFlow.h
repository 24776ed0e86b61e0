#pragma once

// W-AUTH's flow (my-account.md §4.1-§4.3, D.1): for one HUAWEI ID, individual or enterprise
// real-name authentication — the certificate's details and the named uploads, judged by
// content (R-AUTH-1, R-AUTH-2, R-AUTH-7) — then the submission and the review progress
// (R-AUTH-4: within three working days). Typed properties over the wizard's state (those
// W-REAUTH shares in AuthenticationRequestFlow), the branching, the per-page messages and the
// backend actions, without any widget.

#include "AuthenticationRequestFlow.h"

namespace oc::gui {

class AuthFlow : public AuthenticationRequestFlow
{
    Q_OBJECT
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

    static constexpr QLatin1StringView TypeKey{"type"}; // "individual" | "enterprise"

    AuthFlow(Backend *backend, const QString &accountId, QObject *parent = nullptr);

    bool isEnterprise() const { return text(TypeKey) == u"enterprise"; }
    void setEnterprise(bool enterprise);

    // The named uploads of the chosen type (MaterialSlot), in the seed's order.
    QStringList materialSlots() const;
    static QStringList materialSlotsOf(bool enterprise);

    AuthenticationRequest request() const;
    QList<Error> messages(int page) const override;
    bool isReady(int page) const override;
    Page nextPage(Page page) const;

    // The account: its country, type and whether it may authenticate now (R-ACC-16,
    // R-AUTH-4, R-ACC-6); a refusal lands on the type page.
    QFuture<Status> loadAccount();

signals:
    void typeChanged();

protected:
    QFuture<Result<AuthenticationRecord>> sendRequest() const override;
    Error placeRefusal(Error refusal) override;
};

} // namespace oc::gui
