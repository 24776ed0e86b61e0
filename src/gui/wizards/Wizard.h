#pragma once

#include "contract/BackendTypes.h"

#include <QHash>
#include <QTimer>
#include <QWizard>

#include <optional>

namespace oc::gui {

class AppContext;
class WizardState;

// The base of every wizard of the console. It owns the wizard's state, keeps a draft of it
// in the store while the operator works (an interrupted wizard — crash, kill, closed
// window — offers to resume at the same page with the same entries, passwords excepted),
// asks before discarding typed entries on Cancel, and takes the operator back to the page
// of a field that the backend refused at commit. While the current page waits for the
// backend (WizardPage::isBusy()) Back, Next, Commit and Finish stay disabled. Its questions
// never block: they are answered through a callback.
class Wizard : public QWizard
{
    Q_OBJECT
public:
    Wizard(AppContext *context, WizardState *state, const QString &name, QWidget *parent = nullptr);
    ~Wizard() override;

    AppContext *context() const { return m_context; }
    WizardState *state() const { return m_state; }
    QString name() const { return m_name; }

    // Adds `page` with id `id` under a stable name (drafts, screenshots, tests).
    void addNamedPage(int id, QWizardPage *page, const QString &name);
    QString pageName(int id) const { return m_pageNames.value(id); }
    int pageIdOf(const QString &name) const;

    // Shows the wizard (window-modal), first offering to resume a draft if there is one.
    void start();
    bool isRestoring() const { return m_restoring; }
    // Goes back (through the history) to page `id`, keeping every entry.
    void goBackToPage(int id);
    // Moves forward from the start to page `id` without asking the backend (resume).
    void advanceToPage(int id);

    // The title shown in the resume question ("Register the Commercial Plan").
    virtual QString title() const = 0;

    void reject() override;
    void done(int result) override;

signals:
    // The wizard is on screen (after the draft question).
    void started();

protected:
    // The page a draft resumes at (default: the current one).
    virtual QString draftPage() const { return pageName(currentId()); }
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Texts depending on language or brand.
    virtual void retranslate();

private:
    void showStarted(const std::optional<WizardDraft> &resume);
    void enforceBusy();
    void scheduleDraft();
    void saveDraftNow();
    void deleteDraft();
    QString draftKey() const;

    AppContext *m_context;
    WizardState *m_state;
    QString m_name;
    QHash<int, QString> m_pageNames;
    QTimer m_draftTimer;
    bool m_restoring = false;
    bool m_closingWindow = false;
    bool m_finished = false;
    bool m_askingDiscard = false;
};

} // namespace oc::gui
