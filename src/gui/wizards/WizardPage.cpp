#include "WizardPage.h"

#include "FieldBinder.h"
#include "Wizard.h"
#include "WizardState.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/ErrorText.h"
#include "gui/widgets/CodeField.h"

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
    m_busyLabel->setWordWrap(true);
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
        const std::function<void()> retry = m_retryAction;
        clearPageError();
        if (retry)
            retry();
    });
    errorRow->addWidget(m_pageError, 1);
    errorRow->addWidget(m_retry);
    layout->addLayout(errorRow);
    m_retry->setText(tr("&Retry"));
    m_retry->setAccessibleName(tr("Retry"));
    retranslatePage();
}

void WizardPage::disableWhileBusy(QWidget *widget)
{
    m_busyDisabled.append(widget);
}

void WizardPage::showCodeFailures(CodeField *code)
{
    connect(code, &CodeField::failed, this, [this, code](const Error &error) {
        if (isTransient(error))
            showError(error, [code] { code->sendButton()->click(); });
        else
            state()->setError(error);
    });
}

void WizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_retry) {
            m_retry->setText(tr("&Retry"));
            m_retry->setAccessibleName(tr("Retry"));
        }
        showBusy();
        retranslatePage();
        nameAllFormFields(this);
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
    // Every field named by its label, value labels exposing their values (a screen reader's
    // view, issue 16).
    nameAllFormFields(this);
    m_binder->load();
}

int WizardPage::pageId() const
{
    if (const QWizard *w = wizard())
        for (int id : w->pageIds())
            if (w->page(id) == this)
                return id;
    return -1;
}

bool WizardPage::isPageComplete() const
{
    return m_state->isReady(pageId());
}

QList<Error> WizardPage::localErrors() const
{
    return m_state->messages(pageId());
}

bool WizardPage::isComplete() const
{
    if (isBusy())
        return false;
    if (ocWizard() && ocWizard()->isRestoring())
        return true;
    return isPageComplete();
}

bool WizardPage::validatePage()
{
    // The step's own answer moves on (still inside its await(), hence busy).
    if (m_remotePassed || (ocWizard() && ocWizard()->isRestoring())) {
        m_remotePassed = false;
        return true;
    }
    if (isBusy())
        return false;
    clearPageError();
    const QList<Error> errors = localErrors();
    for (const Error &error : errors)
        showError(error);
    if (!errors.isEmpty()) {
        focusFirstError();
        return false;
    }
    // The step answers later (never before this returns): the page stays until then.
    const bool started = startRemoteStep([this](const Status &status) {
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
    return !started;
}

void WizardPage::beginBusy(const QString &text)
{
    m_busyText = text;
    if (m_busyCalls++ > 0) {
        showBusy();
        return;
    }
    for (const QPointer<QWidget> &widget : std::as_const(m_busyDisabled))
        if (widget) {
            m_enabledBeforeBusy.insert(widget, widget->isEnabled());
            widget->setEnabled(false);
        }
    showBusy();
    // Inputs stay as they are; navigation waits for the answer (isComplete() is false,
    // the wizard disables Back).
    emit completeChanged();
    emit busyChanged(true);
}

void WizardPage::endBusy()
{
    if (m_busyCalls == 0 || --m_busyCalls > 0)
        return;
    for (const QPointer<QWidget> &widget : std::as_const(m_busyDisabled))
        if (widget && m_enabledBeforeBusy.contains(widget))
            widget->setEnabled(m_enabledBeforeBusy.value(widget));
    m_enabledBeforeBusy.clear();
    showBusy();
    // Let QWizard recompute Next and Back (Back may stay unavailable after a commit page).
    emit completeChanged();
    emit busyChanged(false);
}

void WizardPage::showBusy()
{
    if (!m_busyBar)
        return;
    const bool busy = isBusy();
    const QString text = m_busyText.isEmpty() ? tr("Working…") : m_busyText;
    m_busyLabel->setText(text);
    m_busyBar->setAccessibleName(text);
    m_busyBar->setAccessibleDescription(
        tr("Waiting for the server. Next and Back are available again when it answers."));
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
}

void WizardPage::showError(const Error &error, std::function<void()> retry)
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
    const QString message = ErrorText::messageWithRule(error, m_context->brand());
    m_pageError->setText(message);
    m_pageError->show();
    // Failures of the system (not of a rule) can be retried as they are.
    m_retryAction = retry ? std::move(retry) : [this] {
        if (wizard())
            wizard()->next();
    };
    m_retry->setVisible(isTransient(error));
    m_retry->setAccessibleName(tr("Retry"));
    m_retry->setAccessibleDescription(message);
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
    if (m_pageError && m_pageError->isVisible()) {
        QWidget *target = m_retry->isVisible() ? static_cast<QWidget *>(m_retry) : m_pageError;
        target->setFocus(Qt::OtherFocusReason);
        QTimer::singleShot(0, target, [target] { target->setFocus(Qt::OtherFocusReason); });
    }
}

} // namespace oc::gui
