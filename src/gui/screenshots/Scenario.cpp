#include "Scenario.h"

#include "gui/LanguageManager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

// The scenarios' resource lives in the static oc_gui library: registered explicitly so that
// the linker keeps it.
static void initScenarioResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(scenarios);
        return true;
    }();
    Q_UNUSED(done)
}

namespace oc::gui {

namespace {

const QString ResourceFolder = QStringLiteral(":/scenarios");

// What each action needs besides its own value (`oneOf`: exactly one of these keys).
struct ActionSpec
{
    const char *name;
    QStringList required;
    QStringList oneOf;
    QStringList optional;
    QStringList values; // allowed values of the action's own argument (empty: any string)
};

const QList<ActionSpec> &actionSpecs()
{
    static const QList<ActionSpec> specs = {
        {"type", {QStringLiteral("text")}, {}, {}, {}},
        {"click", {}, {}, {}, {}},
        {"check", {}, {}, {}, {}},
        {"uncheck", {}, {}, {}, {}},
        {"select",
         {},
         {QStringLiteral("data"), QStringLiteral("text"), QStringLiteral("index")},
         {},
         {}},
        {"selectRow",
         {},
         {QStringLiteral("row"), QStringLiteral("text")},
         {QStringLiteral("column")},
         {}},
        {"checkItem", {}, {QStringLiteral("row"), QStringLiteral("text")}, {}, {}},
        {"press",
         {},
         {},
         {},
         {QStringLiteral("next"), QStringLiteral("back"), QStringLiteral("commit"),
          QStringLiteral("finish"), QStringLiteral("cancel")}},
        {"waitPage", {}, {}, {}, {}},
        {"waitVisible", {}, {}, {}, {}},
        {"waitHidden", {}, {}, {}, {}},
        {"waitEnabled", {}, {}, {}, {}},
        {"waitText", {}, {QStringLiteral("contains"), QStringLiteral("notEmpty")}, {}, {}},
        {"waitRows", {QStringLiteral("count")}, {}, {}, {}},
        {"waitDialog", {}, {}, {}, {}},
        {"waitClosed", {}, {}, {}, {}},
        {"waitWizard", {}, {}, {}, {}},
        {"answer",
         {QStringLiteral("value")},
         {},
         {},
         {QStringLiteral("confirm"), QStringLiteral("text"), QStringLiteral("file")}},
        {"readMessage",
         {QStringLiteral("field"), QStringLiteral("var")},
         {},
         {QStringLiteral("purpose")},
         {}},
        {"lookup",
         {QStringLiteral("where"), QStringLiteral("column"), QStringLiteral("var")},
         {},
         {},
         {}},
        {"advanceClock",
         {},
         {},
         {},
         {QStringLiteral("minute"), QStringLiteral("hour"), QStringLiteral("day"),
          QStringLiteral("threeWorkingDays"), QStringLiteral("month"),
          QStringLiteral("ninetyDays")}},
        {"show",
         {},
         {},
         {},
         {QStringLiteral("home"), QStringLiteral("huaweiAccounts"), QStringLiteral("marketplace"),
          QStringLiteral("jointOperations"), QStringLiteral("billingCenter"),
          QStringLiteral("outbox"), QStringLiteral("journal"), QStringLiteral("reviewQueue")}},
        {"showList", {}, {}, {}, {}},
    };
    return specs;
}

const ActionSpec *specOf(const QString &action)
{
    for (const ActionSpec &spec : actionSpecs())
        if (action == QLatin1String(spec.name))
            return &spec;
    return nullptr;
}

const QStringList CommonKeys = {QStringLiteral("capture"), QStringLiteral("timeout"),
                                QStringLiteral("comment")};

bool isLocalizable(const QJsonValue &value)
{
    return LocalizedText::fromJson(value).has_value();
}

} // namespace

// ---- LocalizedText ----------------------------------------------------------------------

std::optional<LocalizedText> LocalizedText::fromJson(const QJsonValue &value)
{
    LocalizedText text;
    if (value.isString()) {
        for (const QString &language : LanguageManager::supportedLanguages())
            text.m_texts.insert(language, value.toString());
        return text;
    }
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!LanguageManager::isSupported(it.key()) || !it.value().isString())
            return std::nullopt;
        text.m_texts.insert(it.key(), it.value().toString());
    }
    if (!text.m_texts.contains(QStringLiteral("en")))
        return std::nullopt;
    return text;
}

QString LocalizedText::in(const QString &language) const
{
    return m_texts.value(language, m_texts.value(QStringLiteral("en")));
}

// ---- ScenarioCapture --------------------------------------------------------------------

QString ScenarioCapture::baseName(int number) const
{
    QString name = QStringLiteral("%1-%2").arg(number, 2, 10, QLatin1Char('0')).arg(page);
    if (!variant.isEmpty())
        name += QLatin1Char('-') + variant;
    return name;
}

// ---- Scenario ---------------------------------------------------------------------------

QStringList Scenario::builtInNames()
{
    initScenarioResources();
    QStringList names;
    const QStringList files =
        QDir(ResourceFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names << QFileInfo(file).completeBaseName();
    return names;
}

QString Scenario::locate(const QString &nameOrPath)
{
    initScenarioResources();
    if (nameOrPath.isEmpty())
        return {};
    const QString builtIn =
        ResourceFolder + QLatin1Char('/') + nameOrPath + QStringLiteral(".json");
    if (!nameOrPath.contains(QLatin1Char('/')) && QFile::exists(builtIn))
        return builtIn;
    const QFileInfo file(nameOrPath);
    return file.isFile() ? file.absoluteFilePath() : QString();
}

QStringList Scenario::actions()
{
    QStringList names;
    for (const ActionSpec &spec : actionSpecs())
        names << QString::fromLatin1(spec.name);
    return names;
}

std::optional<Scenario> Scenario::load(const QString &nameOrPath, QString *error)
{
    const QString path = locate(nameOrPath);
    if (path.isEmpty()) {
        *error = tr("no built-in scenario or file \"%1\"").arg(nameOrPath);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    std::optional<Scenario> scenario = fromJson(file.readAll(), error);
    if (scenario && scenario->name.isEmpty())
        scenario->name = QFileInfo(path).completeBaseName();
    return scenario;
}

std::optional<Scenario> Scenario::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("the scenario must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    Scenario scenario;
    scenario.name = root.value(QStringLiteral("name")).toString();
    if (root.contains(QStringLiteral("title"))) {
        const auto title = LocalizedText::fromJson(root.value(QStringLiteral("title")));
        if (!title) {
            *error = tr("\"title\" must be a text or {\"en\": ..., \"zh_CN\": ...}");
            return std::nullopt;
        }
        scenario.title = *title;
    }

    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9-]{0,39}\\z"));
    static const QRegularExpression varPattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*\\z"));

    // One wizard (or the views) with its steps.
    const auto parseWizard = [&](const QJsonObject &object, int index,
                                 bool views) -> std::optional<ScenarioWizard> {
        ScenarioWizard wizard;
        wizard.isViews = views;
        wizard.id = views ? QStringLiteral("views") : object.value(QStringLiteral("id")).toString();
        const QString where =
            views ? tr("views")
                  : tr("wizard %1").arg(wizard.id.isEmpty() ? QString::number(index) : wizard.id);
        if (!views && !idPattern.match(wizard.id).hasMatch()) {
            *error = tr("%1: \"id\" must be lowercase letters, digits and dashes (the folder "
                        "name)")
                         .arg(where);
            return std::nullopt;
        }
        wizard.folder = QStringLiteral("%1-%2").arg(index, 2, 10, QLatin1Char('0')).arg(wizard.id);
        const auto title = LocalizedText::fromJson(object.value(QStringLiteral("title")));
        if (!title) {
            *error = tr("%1: \"title\" is missing or not {\"en\": ..., \"zh_CN\": ...}").arg(where);
            return std::nullopt;
        }
        wizard.title = *title;
        if (object.contains(QStringLiteral("introduction"))) {
            const auto intro =
                LocalizedText::fromJson(object.value(QStringLiteral("introduction")));
            if (!intro) {
                *error = tr("%1: \"introduction\" must be a text in each language").arg(where);
                return std::nullopt;
            }
            wizard.introduction = *intro;
        }
        if (!views) {
            wizard.open = object.value(QStringLiteral("open")).toObject();
            const bool byWizard = wizard.open.contains(QStringLiteral("wizard"));
            const bool byView = wizard.open.contains(QStringLiteral("view"));
            if (byWizard == byView) {
                *error = tr("%1: \"open\" needs either \"wizard\" or \"view\"").arg(where);
                return std::nullopt;
            }
        }
        const QJsonValue stepsValue = object.value(QStringLiteral("steps"));
        if (!stepsValue.isArray() || stepsValue.toArray().isEmpty()) {
            *error = tr("%1: \"steps\" must be a non-empty list").arg(where);
            return std::nullopt;
        }
        const QJsonArray steps = stepsValue.toArray();
        int captures = 0;
        for (int i = 0; i < steps.size(); ++i) {
            const QString at = tr("%1, step %2").arg(where).arg(i + 1);
            if (!steps.at(i).isObject()) {
                *error = tr("%1: a step must be an object").arg(at);
                return std::nullopt;
            }
            const QJsonObject s = steps.at(i).toObject();
            ScenarioStep step;
            step.number = i + 1;
            step.arguments = s;
            QStringList actionKeys;
            for (const QString &key : s.keys())
                if (specOf(key))
                    actionKeys << key;
            if (actionKeys.size() > 1) {
                *error = tr("%1: one action per step, not %2").arg(at, actionKeys.join(u", "));
                return std::nullopt;
            }
            const ActionSpec *spec = actionKeys.isEmpty() ? nullptr : specOf(actionKeys.first());
            if (!spec && !s.contains(QStringLiteral("capture"))) {
                *error = tr("%1: no action; use one of %2")
                             .arg(at, actions().join(QStringLiteral(", ")));
                return std::nullopt;
            }
            step.action = spec ? QString::fromLatin1(spec->name) : QStringLiteral("capture");
            for (const QString &key : s.keys()) {
                const bool known =
                    key == step.action || CommonKeys.contains(key) ||
                    (spec && (spec->required.contains(key) || spec->oneOf.contains(key) ||
                              spec->optional.contains(key)));
                if (!known) {
                    *error = tr("%1: unknown key \"%2\"").arg(at, key);
                    return std::nullopt;
                }
            }
            if (spec) {
                const QJsonValue main = s.value(step.action);
                if (!main.isString() || main.toString().isEmpty()) {
                    *error = tr("%1: \"%2\" needs a name").arg(at, step.action);
                    return std::nullopt;
                }
                if (!spec->values.isEmpty() && !spec->values.contains(main.toString())) {
                    *error = tr("%1: \"%2\" must be one of %3")
                                 .arg(at, step.action, spec->values.join(QStringLiteral(", ")));
                    return std::nullopt;
                }
                for (const QString &key : spec->required)
                    if (!s.contains(key)) {
                        *error = tr("%1: \"%2\" needs \"%3\"").arg(at, step.action, key);
                        return std::nullopt;
                    }
                if (!spec->oneOf.isEmpty()) {
                    int given = 0;
                    for (const QString &key : spec->oneOf)
                        given += s.contains(key) ? 1 : 0;
                    if (given != 1) {
                        *error = tr("%1: \"%2\" needs exactly one of %3")
                                     .arg(at, step.action, spec->oneOf.join(QStringLiteral(", ")));
                        return std::nullopt;
                    }
                }
                for (const char *key : {"text", "contains"})
                    if (s.contains(QLatin1String(key)) &&
                        !isLocalizable(s.value(QLatin1String(key)))) {
                        *error = tr("%1: \"%2\" must be a text or {\"en\": ..., \"zh_CN\": ...}")
                                     .arg(at, QLatin1String(key));
                        return std::nullopt;
                    }
                if (s.contains(QStringLiteral("var")) &&
                    !varPattern.match(s.value(QStringLiteral("var")).toString()).hasMatch()) {
                    *error = tr("%1: \"var\" must be a name of letters, digits and _").arg(at);
                    return std::nullopt;
                }
            }
            if (s.contains(QStringLiteral("timeout"))) {
                const int timeout = s.value(QStringLiteral("timeout")).toInt(-1);
                if (timeout < 100 || timeout > 60000) {
                    *error = tr("%1: \"timeout\" must be 100 to 60000 ms").arg(at);
                    return std::nullopt;
                }
                step.timeoutMs = timeout;
            }
            if (s.contains(QStringLiteral("capture"))) {
                const QJsonObject c = s.value(QStringLiteral("capture")).toObject();
                ScenarioCapture capture;
                capture.page = c.value(QStringLiteral("page")).toString();
                capture.target = c.value(QStringLiteral("target")).toString();
                capture.variant = c.value(QStringLiteral("variant")).toString();
                if (c.value(QStringLiteral("error")).toBool())
                    capture.variant = QStringLiteral("error");
                capture.question = c.value(QStringLiteral("question")).toBool();
                if (capture.question && step.action == u"capture") {
                    *error = tr("%1: a capture of a question needs the action that asks it "
                                "(e.g. \"click\")")
                                 .arg(at);
                    return std::nullopt;
                }
                static const QRegularExpression pagePattern(
                    QStringLiteral("^[A-Za-z][A-Za-z0-9]*\\z"));
                static const QRegularExpression variantPattern(
                    QStringLiteral("^[a-z0-9][a-z0-9-]*\\z"));
                if (!pagePattern.match(capture.page).hasMatch()) {
                    *error =
                        tr("%1: the capture needs \"page\" (the page's or view's name)").arg(at);
                    return std::nullopt;
                }
                if (!capture.variant.isEmpty() &&
                    !variantPattern.match(capture.variant).hasMatch()) {
                    *error =
                        tr("%1: \"variant\" must be lowercase letters, digits and dashes").arg(at);
                    return std::nullopt;
                }
                for (const QString &key : c.keys())
                    if (!QStringList{QStringLiteral("page"), QStringLiteral("target"),
                                     QStringLiteral("variant"), QStringLiteral("error"),
                                     QStringLiteral("question"), QStringLiteral("instruction")}
                             .contains(key)) {
                        *error = tr("%1: unknown key \"%2\" in the capture").arg(at, key);
                        return std::nullopt;
                    }
                const auto instruction =
                    LocalizedText::fromJson(c.value(QStringLiteral("instruction")));
                if (!instruction) {
                    *error =
                        tr("%1: the capture needs \"instruction\": {\"en\": ..., \"zh_CN\": ...}")
                            .arg(at);
                    return std::nullopt;
                }
                capture.instruction = *instruction;
                step.capture = capture;
                if (++captures > 99) {
                    *error = tr("%1: at most 99 captures per wizard").arg(at);
                    return std::nullopt;
                }
            }
            wizard.steps << step;
        }
        return wizard;
    };

    const QJsonValue wizards = root.value(QStringLiteral("wizards"));
    if (!wizards.isArray()) {
        *error = tr("\"wizards\" must be a list");
        return std::nullopt;
    }
    QStringList ids;
    for (int i = 0; i < wizards.toArray().size(); ++i) {
        const QJsonValue value = wizards.toArray().at(i);
        if (!value.isObject()) {
            *error = tr("wizard %1: must be an object").arg(i + 1);
            return std::nullopt;
        }
        auto wizard = parseWizard(value.toObject(), i + 1, false);
        if (!wizard)
            return std::nullopt;
        if (ids.contains(wizard->id)) {
            *error = tr("wizard %1: the id is used twice").arg(wizard->id);
            return std::nullopt;
        }
        ids << wizard->id;
        scenario.wizards << *wizard;
    }
    if (root.contains(QStringLiteral("views"))) {
        auto views = parseWizard(root.value(QStringLiteral("views")).toObject(),
                                 int(scenario.wizards.size()) + 1, true);
        if (!views)
            return std::nullopt;
        scenario.wizards << *views;
    }
    if (scenario.wizards.isEmpty()) {
        *error = tr("the scenario has no wizards and no views");
        return std::nullopt;
    }
    return scenario;
}

QStringList Scenario::expectedImages() const
{
    QStringList images;
    for (const ScenarioWizard &wizard : wizards) {
        int number = 0;
        for (const ScenarioStep &step : wizard.steps) {
            if (!step.capture)
                continue;
            const QString base =
                wizard.folder + QLatin1Char('/') + step.capture->baseName(++number);
            images << base + QStringLiteral(".png");
            if (!step.capture->target.isEmpty())
                images << base + QStringLiteral("-annotated.png");
        }
    }
    return images;
}

} // namespace oc::gui
