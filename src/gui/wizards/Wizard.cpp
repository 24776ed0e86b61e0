#include "Wizard.h"

#include "WizardPage.h"
#include "WizardState.h"
#include "contract/Async.h"
#include "contract/Backend.h"
#include "gui/AppContext.h"
#include "gui/Dialogs.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QLocale>
#include <QPointer>

namespace oc::gui {

Wizard::Wizard(AppContext *context, WizardState *state, const QString &name, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_state(state)
    , m_name(name)
{
    state->setParent(this);
    setObjectName(name + QStringLiteral("Wizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    // Laptops: the wizard fits 1024x720 with its pages scrolling inside.
    setMinimumSize(720, 520);
    resize(860, 640);

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(400);
    connect(&m_draftTimer, &QTimer::timeout, this, &Wizard::saveDraftNow);
    connect(state, &WizardState::valueChanged, this, &Wizard::scheduleDraft);
    connect(this, &QWizard::currentIdChanged, this, [this] {
        if (!m_restoring)
            scheduleDraft();
        enforceBusy();
    });
    connect(context, &AppContext::brandChanged, this, &Wizard::retranslate);
}

Wizard::~Wizard() = default;

void Wizard::addNamedPage(int id, QWizardPage *page, const QString &pageName)
{
    page->setObjectName(pageName + QStringLiteral("Page"));
    setPage(id, page);
    m_pageNames.insert(id, pageName);
    // After QWizard's own connection, so that its button states are corrected afterwards.
    if (auto *ocPage = qobject_cast<WizardPage *>(page)) {
        connect(ocPage, &WizardPage::busyChanged, this, &Wizard::enforceBusy);
        connect(ocPage, &QWizardPage::completeChanged, this, &Wizard::enforceBusy);
    }
}

void Wizard::enforceBusy()
{
    // QWizard enables Back from the history alone; a page waiting for the backend keeps
    // every way off it disabled (Next and Commit already are: the page is not complete).
    const auto *page = qobject_cast<const WizardPage *>(currentPage());
    if (!page || !page->isBusy())
        return;
    for (auto which :
         {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton})
        if (QAbstractButton *b = button(which))
            b->setEnabled(false);
}

int Wizard::pageIdOf(const QString &pageName) const
{
    for (auto it = m_pageNames.cbegin(); it != m_pageNames.cend(); ++it)
        if (it.value() == pageName)
            return it.key();
    return -1;
}

QString Wizard::draftKey() const
{
    return m_context->operatorName();
}

void Wizard::start()
{
    retranslate();
    onFinished(m_context->backend()->loadDraft(m_name, draftKey()), this,
               [this](const Result<WizardDraft> &draft) {
                   // No draft, or none to be had (the backend unreachable): start afresh.
                   if (!draft.ok() || draft->wizard.isEmpty())
                       return showStarted(std::nullopt);
                   const QString when = QLocale().toString(
                       draft->updatedAt.toTimeZone(m_context->displayZone()), QLocale::ShortFormat);
                   // The question goes over the main window (the wizard is not shown yet);
                   // its answer comes later, and only to a wizard that still exists.
                   const QPointer<Wizard> self(this);
                   m_context->dialogs()->confirm(
                       parentWidget(), title(),
                       tr("You left \"%1\" unfinished (%2). Resume at the page where you "
                          "stopped, with your "
                          "entries? Passwords are not kept and must be typed again.")
                           .arg(title(), when),
                       tr("&Resume"), [self, resume = *draft](bool accepted) {
                           if (!self)
                               return;
                           if (!accepted)
                               self->deleteDraft();
                           self->showStarted(accepted ? std::optional(resume) : std::nullopt);
                       });
               });
}

void Wizard::showStarted(const std::optional<WizardDraft> &resume)
{
    if (resume)
        m_state->restoreDraft(resume->state);
    show();
    if (resume)
        advanceToPage(pageIdOf(resume->page));
    emit started();
}

void Wizard::advanceToPage(int id)
{
    if (id < 0)
        return;
    m_restoring = true;
    restart();
    int guard = 0;
    while (currentId() != id && currentId() != -1 && guard++ < 32) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break; // a page refused even while restoring
    }
    m_restoring = false;
    if (QWizardPage *page = currentPage())
        emit page->completeChanged();
}

void Wizard::goBackToPage(int id)
{
    const QList<int> history = visitedIds();
    if (!history.contains(id))
        return;
    int guard = 0;
    while (currentId() != id && guard++ < 32)
        back();
}

void Wizard::scheduleDraft()
{
    if (!m_finished && !m_restoring && m_state->isDirty())
        m_draftTimer.start();
}

void Wizard::saveDraftNow()
{
    if (m_finished || !m_state->isDirty())
        return;
    WizardDraft draft;
    draft.wizard = m_name;
    draft.key = draftKey();
    draft.page = draftPage();
    draft.state = m_state->toDraft();
    m_context->backend()->saveDraft(draft);
}

void Wizard::deleteDraft()
{
    m_draftTimer.stop();
    m_context->backend()->deleteDraft(m_name, draftKey());
}

void Wizard::reject()
{
    if (m_closingWindow) {
        // Closing the window interrupts the wizard: the draft stays for next time.
        m_draftTimer.stop();
        saveDraftNow();
        m_finished = true;
        QWizard::reject();
        return;
    }
    if (m_state->isDirty() && !m_finished) {
        if (m_askingDiscard)
            return; // the question is on screen
        m_askingDiscard = true;
        m_context->dialogs()->confirm(this, title(),
                                      tr("Discard what you entered in \"%1\"?").arg(title()),
                                      tr("&Discard"), [this](bool discard) {
                                          // The box is the wizard's child: this runs only while the
                                          // wizard exists.
                                          m_askingDiscard = false;
                                          if (!discard || m_finished)
                                              return;
                                          m_finished = true;
                                          deleteDraft();
                                          QWizard::reject();
                                      });
        return;
    }
    m_finished = true;
    deleteDraft();
    QWizard::reject();
}

void Wizard::done(int result)
{
    if (result == QDialog::Accepted) {
        m_finished = true;
        deleteDraft();
    }
    QWizard::done(result);
}

void Wizard::closeEvent(QCloseEvent *event)
{
    m_closingWindow = true;
    QWizard::closeEvent(event);
    m_closingWindow = false;
}

void Wizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void Wizard::retranslate()
{
    setWindowTitle(title());
}

} // namespace oc::gui
