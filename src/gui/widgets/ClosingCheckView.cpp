#include "ClosingCheckView.h"

#include "core/Closing.h"
#include "gui/ClosingText.h"
#include "ui_ClosingCheckView.h"

#include <QEvent>

namespace oc::gui {

using namespace Qt::StringLiterals;

ClosingCheckView::ClosingCheckView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ClosingCheckView>())
{
    m_ui->setupUi(this);
    setObjectName(u"closingCheckView"_s);
    render();
}

ClosingCheckView::~ClosingCheckView() = default;

void ClosingCheckView::setCheck(const std::optional<ClosingCheck> &check)
{
    m_check = check;
    render();
}

void ClosingCheckView::render()
{
    const struct
    {
        ClosingCheckGroup group;
        QGroupBox *box;
        QLabel *status;
        QLabel *failures;
    } groups[] = {
        {ClosingCheckGroup::Account, m_ui->accountCheckGroup, m_ui->accountCheckStatus,
         m_ui->accountCheckFailures},
        {ClosingCheckGroup::Financial, m_ui->financialCheckGroup, m_ui->financialCheckStatus,
         m_ui->financialCheckFailures},
        {ClosingCheckGroup::OrdersAndResources, m_ui->ordersCheckGroup, m_ui->ordersCheckStatus,
         m_ui->ordersCheckFailures},
    };
    if (!m_check) {
        m_ui->summaryLabel->setText(tr("Not checked yet."));
        for (const auto &g : groups) {
            g.box->setTitle(ClosingText::groupName(g.group));
            g.status->setText(tr("Waiting for the check…"));
            g.failures->clear();
            g.failures->hide();
        }
        return;
    }
    m_ui->summaryLabel->setText(
        m_check->passed()
            ? tr("Account check successful. You can now proceed to close your account.")
            : tr("Not all conditions are met: every item that failed is listed below with what "
                 "to do."));
    for (const auto &g : groups) {
        g.box->setTitle(ClosingText::groupName(g.group));
        const QList<ClosingFailure> failed = closing::failuresOf(m_check->failures, g.group);
        // ✓ / ✗ and the words: the state is never told by a colour or a sign alone.
        g.status->setText(failed.isEmpty() ? tr("✓ Passed")
                                           : tr("✗ Not passed: %1 failed").arg(failed.size()));
        g.status->setStyleSheet(failed.isEmpty() ? u"color: #1b6e2d;"_s : u"color: #b3261e;"_s);
        QString items;
        for (const ClosingFailure &f : failed)
            items += u"<li><b>"_s + ClosingText::conditionText(f).toHtmlEscaped() + u"</b><br>"_s +
                     ClosingText::remedyText(f).toHtmlEscaped() + u"</li>"_s;
        g.failures->setText(items.isEmpty() ? QString() : u"<ul>"_s + items + u"</ul>"_s);
        g.failures->setVisible(!failed.isEmpty());
        g.box->setAccessibleDescription(g.status->text());
    }
}

void ClosingCheckView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace oc::gui
