#pragma once

#include "contract/BackendTypes.h"

#include <QColor>
#include <QWidget>

#include <optional>

namespace oc::gui {

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

} // namespace oc::gui
