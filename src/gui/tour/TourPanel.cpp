#include "TourPanel.h"

#include "ui_TourPanel.h"

#include <QAccessible>
#include <QEvent>

namespace oc::gui {

TourPanel::TourPanel(QWidget *parent)
    : QFrame(parent, Qt::Tool | Qt::WindowStaysOnTopHint)
    , m_ui(std::make_unique<Ui::TourPanel>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("tourPanel"));
    setFrameShape(QFrame::StyledPanel);
    setFixedWidth(380);
    QFont bold = m_ui->actionLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_ui->actionLabel->setFont(bold);
    m_ui->titleLabel->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_ui->messageLabel->setVisible(false);
    connect(m_ui->backButton, &QPushButton::clicked, this, &TourPanel::backRequested);
    connect(m_ui->skipButton, &QPushButton::clicked, this, &TourPanel::skipRequested);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &TourPanel::quitRequested);
    retranslate();
}

TourPanel::~TourPanel() = default;

void TourPanel::setTitle(const QString &title)
{
    m_ui->titleLabel->setText(title);
    m_ui->titleLabel->setAccessibleName(title);
}

void TourPanel::showStep(int number, int count, const QString &action, const QString &context)
{
    m_finished = false;
    const QString progress = tr("Step %1 of %2").arg(number).arg(count);
    m_ui->progressLabel->setText(progress);
    m_ui->progressLabel->setAccessibleName(progress);
    m_ui->actionLabel->setText(action);
    m_ui->actionLabel->setAccessibleName(action);
    m_ui->contextLabel->setText(context);
    m_ui->contextLabel->setAccessibleName(context);
    m_ui->contextLabel->setVisible(!context.isEmpty());
    m_ui->messageLabel->clear();
    m_ui->messageLabel->setVisible(false);
    m_ui->skipButton->setEnabled(true);
    retranslate();
    announce();
}

void TourPanel::showFinished(const QString &text)
{
    m_finished = true;
    m_ui->progressLabel->clear();
    m_ui->actionLabel->setText(text);
    m_ui->actionLabel->setAccessibleName(text);
    m_ui->contextLabel->clear();
    m_ui->contextLabel->setVisible(false);
    m_ui->messageLabel->clear();
    m_ui->messageLabel->setVisible(false);
    m_ui->backButton->setEnabled(false);
    m_ui->skipButton->setEnabled(false);
    retranslate();
    m_ui->quitButton->setFocus();
    announce();
}

void TourPanel::showMessage(const QString &message, bool problem)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setAccessibleName(message);
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
    m_ui->messageLabel->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        announce();
}

void TourPanel::setBackEnabled(bool enabled)
{
    m_ui->backButton->setEnabled(enabled && !m_finished);
}

void TourPanel::setSkipEnabled(bool enabled)
{
    m_ui->skipButton->setEnabled(enabled && !m_finished);
}

void TourPanel::focusFirstButton()
{
    for (QPushButton *button : {m_ui->backButton, m_ui->skipButton, m_ui->quitButton})
        if (button->isEnabled()) {
            button->setFocus(Qt::ShortcutFocusReason);
            return;
        }
}

QString TourPanel::actionText() const
{
    return m_ui->actionLabel->text();
}

QString TourPanel::messageText() const
{
    return m_ui->messageLabel->text();
}

void TourPanel::announce()
{
    // The panel grows and shrinks with its texts (the width stays).
    adjustSize();
    // What a screen reader says: the step, what to do, the page's instruction, the problem.
    QStringList parts;
    for (const QLabel *label :
         {m_ui->progressLabel, m_ui->actionLabel, m_ui->contextLabel, m_ui->messageLabel})
        if (!label->text().isEmpty())
            parts << label->text();
    setAccessibleDescription(parts.join(QLatin1Char('\n')));
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void TourPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QFrame::changeEvent(event);
}

void TourPanel::retranslate()
{
    setWindowTitle(tr("Guided tour"));
    m_ui->keysLabel->setText(
        tr("F6 moves between the tour and the console; Back, Skip and Quit are here."));
    m_ui->quitButton->setText(m_finished ? tr("&Close") : tr("&Quit tour"));
    m_ui->quitButton->setAccessibleName(m_finished ? tr("Close the tour") : tr("Quit the tour"));
}

} // namespace oc::gui
