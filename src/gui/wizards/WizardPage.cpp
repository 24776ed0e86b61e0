#include "WizardPage.h"

#include "FieldBinder.h"
#include "Wizard.h"
#include "WizardState.h"
#include "gui/AppContext.h"
#include "gui/ErrorText.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace oc::gui {

WizardPage::WizardPage(AppContext *context, WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_state(state)
    , m_binder(new FieldBinder(context, state, this))
{
    // Completeness may depend on any entry.
    connect(state, &WizardState::valueChanged, this, &QWizardPage::completeChanged);
}

Wizard *WizardPage::ocWizard() const
{
    return qobject_cast<Wizard *>(wizard());
}

void WizardPage::addStatusArea(QBoxLayout *layout)
{
    auto *busyRow = new QHBoxLayout;
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(m_busyBar->fontMetrics().averageCharWidth() * 16);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->hide();
    busyRow->addWidget(m_busyBar);
    busyRow->addWidget(m_busyLabel, 1);
    layout->addLayout(busyRow);

    auto *errorRow = new QHBoxLayout;
    m_pageError = new QLabel(this);
    m_pageError->setObjectName(QStringLiteral("pageError"));
    m_pageError->setWordWrap(true);
    m_pageError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_pageError->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_pageError->hide();
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        clearPageError();
        if (wizard())
            wizard()->next();
    });
    errorRow->addWidget(m_pageError, 1);
    errorRow->addWidget(m_retry);
    layout->addLayout(errorRow);
    retranslatePage();
}

void WizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_retry)
            m_retry->setText(tr("&Retry"));
        retranslatePage();
        m_binder->load(); // re-renders error messages in the new language
    }
    QWizardPage::changeEvent(event);
}

void WizardPage::initializePage()
{
    m_remotePassed = false;
    clearPageError();
    if (m_retry)
        m_retry->setText(tr("&Retry"));
    retranslatePage();
    m_binder->load();
}

bool WizardPage::isComplete() const
{
    if (m_busy)
        return false;
    if (ocWizard() && ocWizard()->isRestoring())
        return true;
    return isPageComplete();
}

bool WizardPage::validatePage()
{
    if (m_busy)
        return false;
    if (m_remotePassed || (ocWizard() && ocWizard()->isRestoring())) {
        m_remotePassed = false;
        return true;
    }
    clearPageError();
    const QList<Error> errors = localErrors();
    for (const Error &error : errors)
        showError(error);
    if (!errors.isEmpty()) {
        focusFirstError();
        return false;
    }
    const bool started = startRemoteStep([this](const Status &status) {
        setBusy(false);
        if (status.ok()) {
            m_remotePassed = true;
            // Leave the page now that the backend agreed (Next was pressed once).
            if (wizard())
                wizard()->next();
            m_remotePassed = false;
        } else {
            showError(status.error());
            focusFirstError();
        }
    });
    if (started) {
        if (!m_busy)
            setBusy(true);
        return false;
    }
    return true;
}

void WizardPage::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    if (m_busyBar) {
        m_busyBar->setVisible(busy);
        m_busyLabel->setVisible(busy);
        m_busyLabel->setText(text.isEmpty() ? tr("Working…") : text);
    }
    // Inputs stay as they are; navigation waits for the answer.
    if (wizard()) {
        for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                           QWizard::FinishButton})
            if (QAbstractButton *button = wizard()->button(which))
                button->setEnabled(!busy && (which == QWizard::BackButton ? true : isComplete()));
        if (!busy) {
            // Let QWizard recompute Back (it may be unavailable after a commit page).
            emit completeChanged();
        }
    }
}

void WizardPage::showError(const Error &error)
{
    const bool onThisPage = !error.field.isEmpty() && m_binder->keys().contains(error.field);
    const int page = state()->pageOfField(error.field);
    if (onThisPage || (page >= 0 && wizard() && page == wizard()->currentId())) {
        state()->setError(error);
        return;
    }
    if (page >= 0 && ocWizard()) {
        // A field of an earlier page (e.g. a username taken at commit): show it there.
        state()->setError(error);
        ocWizard()->goBackToPage(page);
        return;
    }
    if (!m_pageError) {
        state()->setError(error);
        return;
    }
    m_pageError->setText(ErrorText::messageWithRule(error, m_context->brand()));
    m_pageError->show();
    // Failures of the system (not of a rule) can be retried as they are.
    const bool retryable = error.rule.startsWith(QLatin1String("E-STORE")) ||
                           error.rule == QLatin1String(SystemError::Unreachable) ||
                           error.rule == QLatin1String(SystemError::Conflict);
    m_retry->setVisible(retryable);
    m_retry->setAccessibleName(tr("Retry"));
}

void WizardPage::clearPageError()
{
    if (m_pageError) {
        m_pageError->clear();
        m_pageError->hide();
        m_retry->hide();
    }
}

void WizardPage::focusFirstError()
{
    if (QWidget *widget = m_binder->firstWidgetWithError()) {
        widget->setFocus(Qt::OtherFocusReason);
        // QWizard moves the focus when it re-enables its buttons after a backend step;
        // take it back once it has.
        QTimer::singleShot(0, widget, [widget] { widget->setFocus(Qt::OtherFocusReason); });
        return;
    }
    if (m_pageError && m_pageError->isVisible())
        (m_retry->isVisible() ? static_cast<QWidget *>(m_retry) : m_pageError)
            ->setFocus(Qt::OtherFocusReason);
}

} // namespace oc::gui
