#include "ScenarioDialogs.h"

#include <QMessageBox>
#include <QPushButton>

namespace oc::gui {

QString ScenarioDialogs::takeProblem()
{
    return std::exchange(m_problem, QString());
}

bool ScenarioDialogs::take(Kind kind, const QString &title, const QString &text, Answer *answer)
{
    if (!m_answers.isEmpty() && m_answers.first().kind == kind) {
        *answer = m_answers.takeFirst();
        return true;
    }
    if (m_problem.isEmpty())
        m_problem = tr("a question was asked that the scenario does not answer (add an \"answer\" "
                       "step before it): \"%1\": %2")
                        .arg(title, text);
    return false;
}

void ScenarioDialogs::confirm(QWidget *parent, const QString &title, const QString &text,
                              const QString &acceptLabel, Answered answered)
{
    if (m_discarding)
        return answered(true);
    Answer answer;
    if (!take(Kind::Confirm, title, text, &answer))
        return answered(false);
    if (const auto hook = std::exchange(m_hook, {})) {
        QPushButton *accept = nullptr;
        const std::unique_ptr<QMessageBox> box =
            makeConfirmBox(parent, title, text, acceptLabel, &accept);
        box->show();
        hook(box.get());
    }
    answered(answer.accept);
}

void ScenarioDialogs::inform(QWidget *, const QString &, const QString &)
{
    // Information needs no answer.
}

void ScenarioDialogs::warn(QWidget *, const QString &title, const QString &text)
{
    if (m_problem.isEmpty())
        m_problem = tr("the console warned \"%1\": %2").arg(title, text);
}

void ScenarioDialogs::askText(QWidget *, const QString &title, const QString &label,
                              TextAnswered answered)
{
    Answer answer;
    answered(take(Kind::Text, title, label, &answer) ? answer.text : QString());
}

void ScenarioDialogs::saveFileName(QWidget *, const QString &title, const QString &,
                                   const QString &, TextAnswered answered)
{
    Answer answer;
    answered(take(Kind::File, title, QString(), &answer) ? answer.text : QString());
}

void ScenarioDialogs::openFileName(QWidget *, const QString &title, const QString &,
                                   TextAnswered answered)
{
    Answer answer;
    answered(take(Kind::File, title, QString(), &answer) ? answer.text : QString());
}

} // namespace oc::gui
