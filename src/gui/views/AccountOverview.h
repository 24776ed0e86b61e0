#pragma once

#include "CardBalanceChart.h"
#include "contract/BackendTypes.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AccountOverview;
}

namespace oc::gui {

class AppContext;

// Billing Center > Account overview: cash balance, stored-value cards and the way to buy
// more (seed 001).
class AccountOverview : public QWidget
{
    Q_OBJECT
public:
    explicit AccountOverview(AppContext *context, QWidget *parent = nullptr);
    ~AccountOverview() override;

    void setFeeCenterAccount(const QVariant &feeCenterAccountId);

signals:
    void buyCardsRequested(qint64 feeCenterAccountId);
    void manageCardsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void show();

    std::unique_ptr<Ui::AccountOverview> m_ui;
    AppContext *m_context;
    CardBalanceChart *m_chart;
    qint64 m_accountId = 0;
    std::optional<FeeCenterOverview> m_overview;
};

} // namespace oc::gui
