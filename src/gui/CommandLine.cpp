#include "CommandLine.h"

#include "LanguageManager.h"
#include "screenshots/Scenario.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

#include <optional>

namespace oc::gui {

namespace {

// An address as it may be shown: without a user name or password in it.
QString withoutUserInfo(const QString &address)
{
    const qsizetype scheme = address.indexOf(QLatin1String("://"));
    const qsizetype start = scheme < 0 ? 0 : scheme + 3;
    qsizetype end = address.indexOf(QLatin1Char('/'), start);
    if (end < 0)
        end = address.size();
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'), end - 1);
    return at < start ? address : address.left(start) + address.mid(at + 1);
}

// The first line of a token file, without a BOM and surrounding white space; null when
// the file cannot be read.
std::optional<QString> firstLineOf(QFile &file)
{
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray line = file.readLine(4096);
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    return QString::fromUtf8(line).trimmed();
}

} // namespace

QString CommandLine::operatorIdOf(const QString &token)
{
    for (const QChar c : token)
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7F)
            return {};
    const qsizetype dot = token.indexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == token.size() - 1)
        return {};
    return token.left(dot);
}

QString CommandLine::peekLanguage(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
        if (arg == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

bool CommandLine::wantsScreenshots(int argc, const char *const *argv)
{
    for (int i = 1; i < argc && argv[i]; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--screenshots" || arg.startsWith("--screenshots="))
            return true;
    }
    return false;
}

ParsedCommandLine CommandLine::parse(const QStringList &arguments)
{
    ParsedCommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Onboarding Console: carries customers from the Huawei "
                                        "Cloud Marketplace to the Commercial Plan, "
                                        "offline."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version and exit."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        tr("Open a private copy of the demo data set (the default when no database "
           "is given)."));
    const QCommandLineOption database(QStringLiteral("database"),
                                      tr("Open or create the SQLite database at <path>."),
                                      tr("path"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        tr("Work on the billing API server at <address> (http:// or https://, as in "
           "http://billing.example:8080) instead of a local database."),
        tr("address"));
    const QCommandLineOption tokenFile(
        QStringLiteral("token-file"),
        tr("With --server: read the operator token from the first line of <path> (default: "
           "the environment variable %1, else the saved setting %2).")
            .arg(QLatin1String(TokenVariable), QLatin1String(TokenSetting)),
        tr("path"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("User interface language: en or zh_CN."), tr("language"));
    const QCommandLineOption brand(QStringLiteral("brand"),
                                   tr("The product's brand name shown everywhere."), tr("name"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        tr("Folder for the demo copy and its template (default: the user's data "
           "folder)."),
        tr("folder"));
    const QCommandLineOption operatorName(QStringLiteral("operator"),
                                          tr("Operator name recorded in the journal."), tr("name"));
    const QCommandLineOption cost(
        QStringLiteral("password-cost"),
        tr("Argon2id cost for new password hashes: interactive or minimum."), tr("cost"));
    const QCommandLineOption firstPaint(
        QStringLiteral("quit-after-first-paint"),
        tr("Quit as soon as the main window has been painted (benchmarks)."));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        tr("Render the training screenshots and step-by-step guides into <folder> (headless) and "
           "exit."),
        tr("folder"));
    const QCommandLineOption tour(
        QStringLiteral("tour"),
        tr("Play the scenario's entry <name> as a guided tour: the console opens on a private "
           "copy of the demo and shows, step by step, what to do next."),
        tr("name"));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        tr("With --screenshots or --tour: the scenario to play, a built-in name or a JSON file "
           "(default: default)."),
        tr("name"));
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        tr("With --screenshots: device pixel ratio of the images, 1 or 2."), tr("factor"));
    parser.addOptions({help, version, demo, database, server, tokenFile, lang, brand, dataDir,
                       operatorName, cost, firstPaint, screenshots, tour, scenario, scale});

    const auto fail = [&](const QString &message) {
        result.run = false;
        result.exitCode = 2;
        result.output = message + QLatin1Char('\n') + tr("Run with --help to see the options.") +
                        QLatin1Char('\n');
        result.outputIsError = true;
        return result;
    };

    // A token on the command line would show in the process list (ps) and the shell's
    // history: refused before anything else, and never repeated.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--token" || arg.startsWith(QLatin1String("--token=")))
            return fail(tr("--token is not supported: a token on the command line shows in the "
                           "process list. Put it in a file and give --token-file, or set %1.")
                            .arg(QLatin1String(TokenVariable)));
    }
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    // QCommandLineParser takes whatever follows an option as its value, so a forgotten value
    // swallows the next option: `--screenshots --demo` would render into a folder "--demo".
    for (const QCommandLineOption *option :
         {&database, &server, &tokenFile, &lang, &brand, &dataDir, &operatorName, &cost,
          &screenshots, &scenario, &scale}) {
        if (!parser.isSet(*option))
            continue;
        const QString value = parser.value(*option);
        if (value.startsWith(QLatin1String("--")) || value == u"-h" || value == u"-v")
            return fail(tr("%1 expects <%2>, but got the option %3.")
                            .arg(QStringLiteral("--") + option->names().constFirst(),
                                 option->valueName(), value.section(QLatin1Char('='), 0, 0)));
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    if (parser.isSet(help)) {
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.output = QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                      QCoreApplication::applicationVersion());
        return result;
    }

    StartupOptions &o = result.options;
    if (parser.isSet(demo) && parser.isSet(database))
        return fail(
            tr("--demo and --database cannot be used together: the demo uses its own copy."));
    if (parser.isSet(database)) {
        const QString path = parser.value(database);
        if (path.trimmed().isEmpty())
            return fail(tr("--database needs a file path."));
        const QFileInfo info(path);
        if (info.exists() && info.isDir())
            return fail(tr("--database: %1 is a folder, not a database file.").arg(path));
        if (!info.exists() && !info.absoluteDir().exists())
            return fail(tr("--database: the folder %1 does not exist.").arg(info.absolutePath()));
        o.databasePath = info.absoluteFilePath();
    } else if (!parser.isSet(server)) {
        o.demo = true;
    }
    if (parser.isSet(server)) {
        if (parser.isSet(demo))
            return fail(tr("--server and --demo cannot be used together: the demo is a private "
                           "local copy."));
        if (parser.isSet(database))
            return fail(tr("--server and --database cannot be used together: the server has "
                           "its own database."));
        if (parser.isSet(screenshots))
            return fail(tr("--screenshots and --server cannot be used together: the screenshots "
                           "use their own copy of the demo."));
        for (const QCommandLineOption *option : {&dataDir, &cost})
            if (parser.isSet(*option))
                return fail(tr("%1 only goes with a local database, not with --server.")
                                .arg(QStringLiteral("--") + option->names().constFirst()));
        const QString address = parser.value(server).trimmed();
        if (address.isEmpty())
            return fail(tr("--server needs the server's address, as in "
                           "http://billing.example:8080."));
        const QUrl url(address, QUrl::StrictMode);
        // Checked before the address is ever repeated: it must not carry a password.
        if (url.isValid() && !url.userInfo().isEmpty())
            return fail(tr("--server: give no user name or password in the address; the "
                           "operator token comes from --token-file or %1.")
                            .arg(QLatin1String(TokenVariable)));
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty() ||
            url.port() == 0)
            return fail(tr("--server: \"%1\" is not an http:// or https:// address with a host, "
                           "as in http://billing.example:8080.")
                            .arg(withoutUserInfo(address)));
        if ((!url.path().isEmpty() && url.path() != u"/") || url.hasQuery() || url.hasFragment())
            return fail(tr("--server: give only the scheme, host and port, as in "
                           "http://billing.example:8080, not \"%1\".")
                            .arg(address));
        o.serverUrl = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemovePath).toString();
        o.demo = false;

        // The token: --token-file, else the environment, else the settings. Errors name
        // where it came from, never what it is.
        QString invalidToken;
        if (parser.isSet(tokenFile)) {
            const QString path = parser.value(tokenFile);
            if (path.trimmed().isEmpty())
                return fail(tr("--token-file needs a file path."));
            if (QFileInfo(path).isDir())
                return fail(tr("--token-file: %1 is a folder, not a file.").arg(path));
            QFile file(path);
            const std::optional<QString> line = firstLineOf(file);
            if (!line)
                return fail(tr("--token-file: cannot read %1 (%2).").arg(path, file.errorString()));
            if (line->isEmpty())
                return fail(tr("--token-file: the first line of %1 is empty; it should hold the "
                               "operator token.")
                                .arg(path));
            o.token = *line;
            invalidToken = tr("--token-file: the first line of %1 is not an operator token (one "
                              "looks like <operator>.<secret>, as \"billing-api operator add\" "
                              "printed it).")
                               .arg(path);
        } else if (const QString variable = qEnvironmentVariable(TokenVariable).trimmed();
                   !variable.isEmpty()) {
            o.token = variable;
            invalidToken = tr("The environment variable %1 does not hold an operator token (one "
                              "looks like <operator>.<secret>, as \"billing-api operator add\" "
                              "printed it).")
                               .arg(QLatin1String(TokenVariable));
        } else if (const QString saved =
                       QSettings().value(QLatin1String(TokenSetting)).toString().trimmed();
                   !saved.isEmpty()) {
            o.token = saved;
            invalidToken = tr("The saved setting %1 does not hold an operator token (one looks "
                              "like <operator>.<secret>, as \"billing-api operator add\" printed "
                              "it).")
                               .arg(QLatin1String(TokenSetting));
        } else {
            return fail(tr("--server needs the operator's token: give --token-file with a file "
                           "that holds it, or set the environment variable %1.")
                            .arg(QLatin1String(TokenVariable)));
        }
        o.operatorId = operatorIdOf(o.token);
        if (o.operatorId.isEmpty()) {
            o.token.clear();
            return fail(invalidToken);
        }
    } else if (parser.isSet(tokenFile)) {
        return fail(tr("--token-file only goes with --server."));
    }
    if (parser.isSet(screenshots)) {
        const QString folder = parser.value(screenshots);
        if (folder.trimmed().isEmpty())
            return fail(tr("--screenshots needs an output folder."));
        if (parser.isSet(database))
            return fail(tr("--screenshots and --database cannot be used together: the screenshots "
                           "use their own copy of the demo."));
        const QFileInfo info(folder);
        if (info.exists() && !info.isDir())
            return fail(tr("--screenshots: %1 is not a folder.").arg(folder));
        o.screenshotsDir = info.absoluteFilePath();
        o.screenshotLanguages = LanguageManager::supportedLanguages();
    }
    if (parser.isSet(tour)) {
        o.tour = parser.value(tour).trimmed();
        if (o.tour.isEmpty())
            return fail(tr("--tour needs the name of a scenario entry, as in --tour "
                           "purchase-subscription."));
        if (!o.screenshotsDir.isEmpty())
            return fail(tr("--tour and --screenshots cannot be used together."));
        if (parser.isSet(server) || parser.isSet(database))
            return fail(tr("--tour plays on its own copy of the demo: it does not go with "
                           "--server or --database."));
    }
    if (parser.isSet(scale) && o.screenshotsDir.isEmpty())
        return fail(tr("%1 only goes with --screenshots.").arg(QStringLiteral("--scale")));
    if (parser.isSet(scenario) && o.screenshotsDir.isEmpty() && o.tour.isEmpty())
        return fail(tr("--scenario only goes with --screenshots or --tour."));
    if (parser.isSet(lang)) {
        const QString value = parser.value(lang);
        if (value.trimmed().isEmpty())
            return fail(tr("--lang needs a language: en or zh_CN."));
        if (value.contains(QLatin1Char(',')) && o.screenshotsDir.isEmpty())
            return fail(
                tr("--lang: a list of languages (%1) only goes with --screenshots.").arg(value));
        // A language listed twice is rendered once: same folder, same pictures.
        QStringList languages;
        for (const QString &part : value.split(QLatin1Char(','))) {
            const QString language = part.trimmed();
            if (language.isEmpty())
                return fail(tr("--lang: the list \"%1\" has an empty item; separate the "
                               "languages with single commas, as in en,zh_CN.")
                                .arg(value));
            if (!LanguageManager::isSupported(language))
                return fail(tr("--lang: unknown language \"%1\"; use en or zh_CN.").arg(language));
            if (!languages.contains(language))
                languages << language;
        }
        if (o.screenshotsDir.isEmpty())
            o.language = languages.first();
        else
            o.screenshotLanguages = languages;
    }
    if (parser.isSet(scenario)) {
        o.scenario = parser.value(scenario).trimmed();
        if (o.scenario.isEmpty())
            return fail(tr("--scenario needs a built-in scenario name or a JSON file; built-in: "
                           "%1.")
                            .arg(Scenario::builtInNames().join(QStringLiteral(", "))));
        if (Scenario::locate(o.scenario).isEmpty())
            return fail(tr("--scenario: no built-in scenario or file \"%1\"; built-in: %2.")
                            .arg(o.scenario, Scenario::builtInNames().join(QStringLiteral(", "))));
    }
    if (!o.tour.isEmpty()) {
        QString error;
        const std::optional<Scenario> loaded = Scenario::load(o.scenario, &error);
        if (!loaded)
            return fail(tr("--scenario %1: %2").arg(o.scenario, error));
        QStringList entries;
        for (const ScenarioWizard &entry : loaded->wizards)
            entries << entry.id;
        if (!entries.contains(o.tour))
            return fail(tr("--tour: the scenario has no entry \"%1\"; its entries: %2.")
                            .arg(o.tour, entries.join(QStringLiteral(", "))));
    }
    if (parser.isSet(scale)) {
        const QString value = parser.value(scale).trimmed();
        if (value.isEmpty())
            return fail(tr("--scale needs a value: 1 or 2."));
        if (value != u"1" && value != u"2")
            return fail(tr("--scale: use 1 or 2, not \"%1\".").arg(value));
        o.scale = value.toInt();
    }
    if (parser.isSet(brand)) {
        o.brand = parser.value(brand).trimmed();
        if (o.brand.isEmpty() || o.brand.size() > 40)
            return fail(tr("--brand: give a name of 1 to 40 characters."));
    }
    if (parser.isSet(dataDir)) {
        const QFileInfo info(parser.value(dataDir));
        if (info.exists() && !info.isDir())
            return fail(tr("--data-dir: %1 is not a folder.").arg(info.filePath()));
        if (!info.exists() && !QDir().mkpath(info.absoluteFilePath()))
            return fail(
                tr("--data-dir: cannot create the folder %1.").arg(info.absoluteFilePath()));
        o.dataDir = info.absoluteFilePath();
    }
    if (parser.isSet(operatorName)) {
        o.operatorName = parser.value(operatorName).trimmed();
        if (o.operatorName.isEmpty() || o.operatorName.size() > 64)
            return fail(tr("--operator: give a name of 1 to 64 characters."));
    }
    if (parser.isSet(cost)) {
        bool ok = false;
        o.hashCost = PasswordHasher::costFromString(parser.value(cost), &ok);
        o.hashCostGiven = true;
        if (!ok)
            return fail(tr("--password-cost: use interactive or minimum."));
    }
    o.quitAfterFirstPaint = parser.isSet(firstPaint);
    result.run = true;
    return result;
}

} // namespace oc::gui
