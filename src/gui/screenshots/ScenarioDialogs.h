#pragma once

#include "gui/Dialogs.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

class QDialog;

namespace oc::gui {

// The dialog seam during a screenshot run: questions are answered from the scenario
// ("answer" steps, in order), nothing modal is ever shown (a question a capture asks for is
// shown, pictured through the hook, then closed and answered). A question nobody prepared an
// answer for, or a warning, is a problem the runner reports as the failure of its step.
class ScenarioDialogs final : public Dialogs
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioDialogs)
public:
    enum class Kind
    {
        Confirm,
        Text,
        File
    };
    struct Answer
    {
        Kind kind = Kind::Confirm;
        bool accept = true;
        QString text;
    };

    // Queues the answer to the next question of its kind.
    void prepare(const Answer &answer) { m_answers.append(answer); }
    bool hasUnusedAnswers() const { return !m_answers.isEmpty(); }
    void clearAnswers() { m_answers.clear(); }
    // Closing a wizard at the end of its scenario: "Discard?" is answered yes.
    void setDiscarding(bool discarding) { m_discarding = discarding; }
    // The next confirmation that is answered is first shown, as the console would show it,
    // and handed to `hook` (once) while it is on screen.
    void pictureNextQuestion(std::function<void(QDialog *)> hook) { m_hook = std::move(hook); }
    // The first problem since the last call (empty: none).
    QString takeProblem();
    bool hasProblem() const { return !m_problem.isEmpty(); }

    // Answers at once, before returning (the console's own boxes answer later; callers do
    // not rely on either).
    void confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &acceptLabel, Answered answered) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    void warn(QWidget *parent, const QString &title, const QString &text) override;
    void askText(QWidget *parent, const QString &title, const QString &label,
                 TextAnswered answered) override;
    void openFileName(QWidget *parent, const QString &title, const QString &filter,
                      TextAnswered answered) override;
    void saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                      const QString &filter, TextAnswered answered) override;

private:
    bool take(Kind kind, const QString &title, const QString &text, Answer *answer);

    QList<Answer> m_answers;
    QString m_problem;
    bool m_discarding = false;
    std::function<void(QDialog *)> m_hook;
};

} // namespace oc::gui
