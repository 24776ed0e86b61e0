#pragma once

// A training-screenshot scenario (resources/scenarios/README.md): the wizards to play in
// order, each with how it is opened, a title in every language and its steps, then the
// main views. Scenarios are data; this loads one and checks it completely before anything
// runs, so that a trainer's mistake is reported with the wizard and step it is in.

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace oc::gui {

// A text in several languages ({"en": "...", "zh_CN": "..."}); a plain JSON string is the
// same text in every language.
class LocalizedText
{
public:
    static std::optional<LocalizedText> fromJson(const QJsonValue &value);
    // The text in `language`, else the English one.
    QString in(const QString &language) const;
    bool has(const QString &language) const { return m_texts.contains(language); }
    bool isEmpty() const { return m_texts.isEmpty(); }

private:
    QHash<QString, QString> m_texts;
};

// What a step saves once it is done: the page (Wizard::pageName() or a view's name), the
// control the trainee acts on next (framed in the annotated copy) and the instruction.
struct ScenarioCapture
{
    QString page;
    QString variant; // "error" for the error state of the page, or another suffix
    QString target;  // objectName, or @next, @back, @commit, @finish, @cancel, @ok
    // Taken while the question the step's action asks is on screen, before it is answered.
    bool question = false;
    LocalizedText instruction;

    // "03-basicInfo-error" for capture number 3.
    QString baseName(int number) const;
};

struct ScenarioStep
{
    int number = 0; // 1-based within its wizard, as in error messages
    QString action; // one of Scenario::actions()
    QJsonObject arguments;
    int timeoutMs = 5000;
    std::optional<ScenarioCapture> capture;
};

struct ScenarioWizard
{
    QString id;     // part of the folder name
    QString folder; // "01-purchase"; the views come last ("09-views")
    // {"wizard": "purchase", "account": "lianyun-tech", ...} or {"view": "billingCenter"}
    QJsonObject open;
    LocalizedText title;
    LocalizedText introduction;
    QList<ScenarioStep> steps;
    bool isViews = false;
};

class Scenario
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    // Names of the scenarios compiled in (resources/scenarios/*.json).
    static QStringList builtInNames();
    // The resource or file path of a built-in name or a file; empty when there is none.
    static QString locate(const QString &nameOrPath);
    static std::optional<Scenario> load(const QString &nameOrPath, QString *error);
    static std::optional<Scenario> fromJson(const QByteArray &json, QString *error);
    // Every action a step may take, for the documentation and error messages.
    static QStringList actions();

    QString name;
    LocalizedText title;
    QList<ScenarioWizard> wizards; // in playing order, the views last

    // Paths relative to OUT/<lang> of every image a run writes (with their annotated
    // copies), in order.
    QStringList expectedImages() const;
};

} // namespace oc::gui
