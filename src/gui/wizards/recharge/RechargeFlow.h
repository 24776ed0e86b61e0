#pragma once

// W-SVC's flow (flows.md; seeds 000, 001): recharge a fee-center account with stored-value
// cards bought on KooGallery, by the Huawei Cloud account id and the order number
// (R-SVC-1..4). Typed properties, per-field messages and the backend actions, no widget.

#include "contract/BackendTypes.h"
#include "gui/wizards/WizardState.h"

#include <QFuture>

namespace oc {
class Backend;
}

namespace oc::gui {

class RechargeFlow : public WizardState
{
    Q_OBJECT
    Q_PROPERTY(qint64 feeCenterAccountId READ feeCenterAccountId CONSTANT)
    Q_PROPERTY(QString huaweiAccountId READ huaweiAccountId WRITE setHuaweiAccountId NOTIFY
                   huaweiAccountIdChanged)
    Q_PROPERTY(QString orderId READ orderId WRITE setOrderId NOTIFY orderIdChanged)
    Q_PROPERTY(QString feeCenterUsername READ feeCenterUsername NOTIFY feeCenterLoaded)

public:
    enum Page
    {
        TypePage,
        OrderPage,
        ResultPage
    };
    Q_ENUM(Page)

    static constexpr auto FeeCenterAccountIdKey = "feeCenterAccountId";
    static constexpr auto HuaweiAccountIdKey = "huaweiAccountId";
    static constexpr auto OrderIdKey = "orderId";

    RechargeFlow(Backend *backend, qint64 feeCenterAccountId, QObject *parent = nullptr);

    qint64 feeCenterAccountId() const;
    QString huaweiAccountId() const;
    void setHuaweiAccountId(const QString &accountId);
    QString orderId() const;
    void setOrderId(const QString &orderId);

    // Learned: the fee-center account's username; the cards the recharge created.
    QString feeCenterUsername() const { return m_feeCenterUsername; }
    const QList<StoredValueCard> &cards() const { return m_cards; }
    Fen total() const;

    RechargeRequest request() const;
    // The format of the ids (R-ID-1, R-ID-2), for early feedback.
    QList<Error> messages(int page) const override;
    bool isReady(int page) const override;

    // The fee-center account's username (shown only: Next need not wait for it).
    QFuture<Status> loadFeeCenter();
    // The commit (R-SVC-1..4): one card per unit; a refusal lands on its field.
    QFuture<Status> recharge();

signals:
    void huaweiAccountIdChanged();
    void orderIdChanged();
    void feeCenterLoaded();
    void recharged();

private:
    Backend *m_backend;
    QString m_feeCenterUsername;
    QList<StoredValueCard> m_cards;
};

} // namespace oc::gui
