#pragma once

#include "contract/BackendTypes.h"

#include <QColor>
#include <QWidget>

#include <memory>

namespace Ui {
class AccountOverview;
}

namespace oc::gui {

class AppContext;

// A small bar chart of stored-value card balance by status (available, used up, expired).
class CardBalanceChart : public QWidget
{
    Q_OBJECT
public:
    explicit CardBalanceChart(QWidget *parent = nullptr);
    void setOverview(const std::optional<FeeCenterOverview> &overview);
    QSize sizeHint() const override { return {420, 150}; }
    // The chart in words (its accessible description): each status with its balance and
    // number of cards, as the bars show them.
    QString summary() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Bar
    {
        QString label;
        qint64 fen;
        int cards;
        QColor color;
    };
    QList<Bar> bars() const;
    static QString valueText(const Bar &bar);

    std::optional<FeeCenterOverview> m_overview;
};

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
