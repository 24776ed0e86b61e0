// The command line: every flag, and a clear error for every bad one.

#include "gui/CommandLine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace oc;
using namespace oc::gui;

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void defaultsToDemo();
    void acceptsEveryOption();
    void helpAndVersionExitZero();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void peeksLanguageBeforeParsing();

    // Training screenshots: --screenshots OUT [--lang LIST] [--scenario NAME|FILE] [--scale N]
    void initTestCase();
    void screenshotsDefaults();
    void acceptsScale_data();
    void acceptsScale();
    void rejectsBadScale_data();
    void rejectsBadScale();
    void acceptsScenario_data();
    void acceptsScenario();
    void rejectsBadScenario_data();
    void rejectsBadScenario();
    void acceptsScreenshotLanguages_data();
    void acceptsScreenshotLanguages();
    void rejectsBadScreenshotLanguages_data();
    void rejectsBadScreenshotLanguages();
    void acceptsConsoleLanguage_data();
    void acceptsConsoleLanguage();
    void rejectsLanguageListWithoutScreenshots_data();
    void rejectsLanguageListWithoutScreenshots();
    void rejectsScreenshotOptionsWithoutScreenshots_data();
    void rejectsScreenshotOptionsWithoutScreenshots();
    void rejectsScreenshotsWithoutFolder_data();
    void rejectsScreenshotsWithoutFolder();

    // The guided tour: --tour NAME [--scenario NAME|FILE] [--lang L] (issue 21)
    void acceptsTour();
    void rejectsBadTour_data();
    void rejectsBadTour();

    // The billing API server: --server URL [--token-file PATH]
    void acceptsServer_data();
    void acceptsServer();
    void tokenSources_data();
    void tokenSources();
    void rejectsBadServer_data();
    void rejectsBadServer();
    void rejectsBadToken_data();
    void rejectsBadToken();
    void helpNamesTheServerOptions();

private:
    // A file holding `content`, in m_dir.
    QString writeFile(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    QString m_shots;        // an output folder that does not exist yet
    QString m_scenario;     // a scenario file outside the built-in ones
    QString m_tokenFile;    // "op-7.s3cret-value" on its first line
    QString m_tourScenario; // a valid scenario file with one entry, "tiny"
};

// The token of m_tokenFile: no output may ever contain its secret.
static const QString Token = QStringLiteral("op-7.s3cret-value");
static const QString Secret = QStringLiteral("s3cret-value");

static QStringList args(QStringList rest)
{
    rest.prepend(QStringLiteral("onboarding-console"));
    return rest;
}

void TestCommandLine::defaultsToDemo()
{
    const ParsedCommandLine parsed = CommandLine::parse(args({}));
    QVERIFY(parsed.run);
    QVERIFY(parsed.options.demo);
    QVERIFY(parsed.options.databasePath.isEmpty());
    QCOMPARE(parsed.options.hashCost, HashCost::Interactive);
    QVERIFY(!parsed.options.hashCostGiven);
}

void TestCommandLine::acceptsEveryOption()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("ops.sqlite"));
    const QString data = dir.filePath(QStringLiteral("data/nested"));
    const ParsedCommandLine parsed = CommandLine::parse(
        args({QStringLiteral("--database"), db, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
              QStringLiteral("--brand"), QStringLiteral("Acme Observe"),
              QStringLiteral("--data-dir"), data, QStringLiteral("--operator"),
              QStringLiteral("li.na"), QStringLiteral("--password-cost"), QStringLiteral("minimum"),
              QStringLiteral("--quit-after-first-paint")}));
    QVERIFY2(parsed.run, qPrintable(parsed.output));
    QVERIFY(!parsed.options.demo);
    QCOMPARE(parsed.options.databasePath,
             QDir(dir.path()).absoluteFilePath(QStringLiteral("ops.sqlite")));
    QCOMPARE(parsed.options.language, QStringLiteral("zh_CN"));
    QCOMPARE(parsed.options.brand, QStringLiteral("Acme Observe"));
    QVERIFY(QDir(data).exists()); // created
    QCOMPARE(parsed.options.operatorName, QStringLiteral("li.na"));
    QCOMPARE(parsed.options.hashCost, HashCost::Minimum);
    QVERIFY(parsed.options.quitAfterFirstPaint);
}

void TestCommandLine::helpAndVersionExitZero()
{
    const ParsedCommandLine help = CommandLine::parse(args({QStringLiteral("--help")}));
    QVERIFY(!help.run);
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.output.contains(QStringLiteral("--database")));
    QVERIFY(help.output.contains(QStringLiteral("--demo")));
    const ParsedCommandLine version = CommandLine::parse(args({QStringLiteral("--version")}));
    QVERIFY(!version.run);
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.output.contains(QStringLiteral("1.2.3")));
}

void TestCommandLine::rejectsBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTemporaryDir dir;
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("--bogus")}
                                  << QStringLiteral("bogus");
    QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << QStringLiteral("extra");
    QTest::newRow("database missing value")
        << QStringList{QStringLiteral("--database")} << QStringLiteral("database");
    QTest::newRow("database folder missing")
        << QStringList{QStringLiteral("--database"), QStringLiteral("/nonexistent-oc/x.sqlite")}
        << QStringLiteral("/nonexistent-oc");
    QTest::newRow("database is a folder")
        << QStringList{QStringLiteral("--database"), QDir::tempPath()} << QStringLiteral("folder");
    QTest::newRow("demo and database")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--database"),
                       QStringLiteral("x.sqlite")}
        << QStringLiteral("--demo");
    QTest::newRow("unknown language")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << QStringLiteral("fr");
    QTest::newRow("empty language") << QStringList{QStringLiteral("--lang"), QString()}
                                    << QStringLiteral("--lang needs a language");
    // Without this check "--demo" would become the database file's name.
    QTest::newRow("database value is an option")
        << QStringList{QStringLiteral("--database"), QStringLiteral("--demo")}
        << QStringLiteral("--database expects <path>, but got the option --demo");
    QTest::newRow("empty brand") << QStringList{QStringLiteral("--brand"), QStringLiteral("  ")}
                                 << QStringLiteral("--brand");
    QTest::newRow("brand too long")
        << QStringList{QStringLiteral("--brand"), QString(41, QLatin1Char('x'))}
        << QStringLiteral("--brand");
    QTest::newRow("bad cost") << QStringList{QStringLiteral("--password-cost"),
                                             QStringLiteral("cheap")}
                              << QStringLiteral("--password-cost");
    QTest::newRow("data dir is a file")
        << QStringList{QStringLiteral("--data-dir"), QCoreApplication::applicationFilePath()}
        << QStringLiteral("--data-dir");
    QTest::newRow("empty operator")
        << QStringList{QStringLiteral("--operator"), QString()} << QStringLiteral("--operator");
}

void TestCommandLine::rejectsBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const ParsedCommandLine parsed = CommandLine::parse(args(arguments));
    QVERIFY(!parsed.run);
    QCOMPARE(parsed.exitCode, 2);
    QVERIFY(parsed.outputIsError);
    QVERIFY2(parsed.output.contains(mentions), qPrintable(parsed.output));
}

void TestCommandLine::peeksLanguageBeforeParsing()
{
    QCOMPARE(CommandLine::peekLanguage(args({QStringLiteral("--lang"), QStringLiteral("zh_CN")})),
             QStringLiteral("zh_CN"));
    QCOMPARE(CommandLine::peekLanguage(args({QStringLiteral("--lang=en")})), QStringLiteral("en"));
    QCOMPARE(CommandLine::peekLanguage(args({QStringLiteral("--demo")})), QString());
}

// Refused with exit code 2 and an error that contains every one of `mentions`.
static void verifyRefused(const QStringList &arguments, const QStringList &mentions)
{
    const ParsedCommandLine parsed = CommandLine::parse(args(arguments));
    QVERIFY2(!parsed.run, qPrintable(arguments.join(QLatin1Char(' '))));
    QCOMPARE(parsed.exitCode, 2);
    QVERIFY(parsed.outputIsError);
    for (const QString &mention : mentions)
        QVERIFY2(parsed.output.contains(mention),
                 qPrintable(QStringLiteral("\"%1\" not in: %2").arg(mention, parsed.output)));
}

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_shots = m_dir.filePath(QStringLiteral("shots"));
    m_scenario = m_dir.filePath(QStringLiteral("my-scenario.json"));
    QFile file(m_scenario);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"steps": []})");
    m_tokenFile = writeFile(QStringLiteral("token"), Token.toLatin1() + "\n");
    m_tourScenario = writeFile(
        QStringLiteral("tour.json"),
        R"({"name": "tiny-tours", "title": "Tiny", "wizards": [{"id": "tiny", "title": "Tiny",
           "open": {"wizard": "signUp"}, "steps": [{"press": "cancel"}]}]})");
    // The token sources of the environment and the settings start empty.
    qunsetenv(CommandLine::TokenVariable);
    QSettings().remove(QLatin1String(CommandLine::TokenSetting));
}

QString TestCommandLine::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCommandLine::screenshotsDefaults()
{
    const ParsedCommandLine parsed =
        CommandLine::parse(args({QStringLiteral("--screenshots"), m_shots}));
    QVERIFY2(parsed.run, qPrintable(parsed.output));
    const StartupOptions &o = parsed.options;
    QCOMPARE(o.screenshotsDir, m_shots);
    QVERIFY(!QFileInfo::exists(m_shots)); // the renderer creates it, not the parser
    QCOMPARE(o.screenshotLanguages, (QStringList{QStringLiteral("en"), QStringLiteral("zh_CN")}));
    QCOMPARE(o.scenario, QStringLiteral("default"));
    QCOMPARE(o.scale, 1);
    QVERIFY(o.demo);
    QVERIFY(o.language.isEmpty()); // the console's own language is not touched

    // A relative folder is made absolute, so the renderer does not depend on the cwd.
    const ParsedCommandLine relative =
        CommandLine::parse(args({QStringLiteral("--screenshots"), QStringLiteral("shots-rel")}));
    QVERIFY2(relative.run, qPrintable(relative.output));
    QCOMPARE(relative.options.screenshotsDir,
             QDir::current().absoluteFilePath(QStringLiteral("shots-rel")));
    // Without --screenshots the console runs: no screenshot folder, no languages to render.
    const ParsedCommandLine console = CommandLine::parse(args({}));
    QVERIFY(console.run);
    QVERIFY(console.options.screenshotsDir.isEmpty());
    QVERIFY(console.options.screenshotLanguages.isEmpty());
}

void TestCommandLine::acceptsScale_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("scale");
    QTest::newRow("absent") << QStringList{} << 1;
    QTest::newRow("1") << QStringList{QStringLiteral("--scale"), QStringLiteral("1")} << 1;
    QTest::newRow("2") << QStringList{QStringLiteral("--scale"), QStringLiteral("2")} << 2;
    QTest::newRow("--scale=2") << QStringList{QStringLiteral("--scale=2")} << 2;
    QTest::newRow("surrounding spaces")
        << QStringList{QStringLiteral("--scale"), QStringLiteral(" 2 ")} << 2;
    QTest::newRow("with --lang") << QStringList{QStringLiteral("--scale"), QStringLiteral("2"),
                                                QStringLiteral("--lang"), QStringLiteral("en")}
                                 << 2;
}

void TestCommandLine::acceptsScale()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, scale);
    arguments << QStringLiteral("--screenshots") << m_shots;
    const ParsedCommandLine parsed = CommandLine::parse(args(arguments));
    QVERIFY2(parsed.run, qPrintable(parsed.output));
    QCOMPARE(parsed.options.scale, scale);
}

void TestCommandLine::rejectsBadScale_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    const auto bad = [](const char *value) {
        const QString v = QString::fromLatin1(value);
        QTest::newRow(value) << QStringList{QStringLiteral("--scale"), v}
                             << QStringList{QStringLiteral("--scale"),
                                            QStringLiteral("\"%1\"").arg(v),
                                            QStringLiteral("1 or 2")};
    };
    bad("0");
    bad("3");
    bad("-1");
    bad("x");
    bad("1.5");
    bad("2.0");
    bad("02");
    bad("1x");
    QTest::newRow("empty") << QStringList{QStringLiteral("--scale"), QString()}
                           << QStringList{QStringLiteral("--scale needs a value"),
                                          QStringLiteral("1 or 2")};
    QTest::newRow("blank") << QStringList{QStringLiteral("--scale"), QStringLiteral("  ")}
                           << QStringList{QStringLiteral("--scale needs a value")};
    QTest::newRow("--scale=") << QStringList{QStringLiteral("--scale=")}
                              << QStringList{QStringLiteral("--scale needs a value")};
    QTest::newRow("value missing at the end")
        << QStringList{QStringLiteral("--scale")} << QStringList{QStringLiteral("'--scale'")};
    QTest::newRow("value missing before another option")
        << QStringList{QStringLiteral("--scale"), QStringLiteral("--lang"), QStringLiteral("en")}
        << QStringList{QStringLiteral("--scale"), QStringLiteral("<factor>"),
                       QStringLiteral("--lang")};
}

void TestCommandLine::rejectsBadScale()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    verifyRefused(QStringList{QStringLiteral("--screenshots"), m_shots} + arguments, mentions);
}

void TestCommandLine::acceptsScenario_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("scenario");
    QTest::newRow("absent: default") << QStringList{} << QStringLiteral("default");
    QTest::newRow("built-in name")
        << QStringList{QStringLiteral("--scenario"), QStringLiteral("default")}
        << QStringLiteral("default");
    QTest::newRow("--scenario=default")
        << QStringList{QStringLiteral("--scenario=default")} << QStringLiteral("default");
    QTest::newRow("name with surrounding spaces")
        << QStringList{QStringLiteral("--scenario"), QStringLiteral(" default ")}
        << QStringLiteral("default");
    QTest::newRow("file") << QStringList{QStringLiteral("--scenario"), m_scenario} << m_scenario;
    QTest::newRow("--scenario=file")
        << QStringList{QStringLiteral("--scenario=") + m_scenario} << m_scenario;
}

void TestCommandLine::acceptsScenario()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, scenario);
    arguments << QStringLiteral("--screenshots") << m_shots;
    const ParsedCommandLine parsed = CommandLine::parse(args(arguments));
    QVERIFY2(parsed.run, qPrintable(parsed.output));
    QCOMPARE(parsed.options.scenario, scenario);
}

void TestCommandLine::rejectsBadScenario_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
    QTest::newRow("empty") << QStringList{QStringLiteral("--scenario"), QString()}
                           << QStringList{QStringLiteral("--scenario needs"),
                                          QStringLiteral("JSON file"), QStringLiteral("default")};
    QTest::newRow("blank") << QStringList{QStringLiteral("--scenario"), QStringLiteral("   ")}
                           << QStringList{QStringLiteral("--scenario needs")};
    QTest::newRow("--scenario=") << QStringList{QStringLiteral("--scenario=")}
                                 << QStringList{QStringLiteral("--scenario needs")};
    // The built-in names are listed, so a typo can be corrected at once.
    QTest::newRow("unknown name") << QStringList{QStringLiteral("--scenario"),
                                                 QStringLiteral("defualt")}
                                  << QStringList{QStringLiteral("--scenario"),
                                                 QStringLiteral("\"defualt\""),
                                                 QStringLiteral("built-in: default")};
    QTest::newRow("missing file") << QStringList{QStringLiteral("--scenario"), missing}
                                  << QStringList{QStringLiteral("--scenario"), missing};
    QTest::newRow("folder") << QStringList{QStringLiteral("--scenario"), m_dir.path()}
                            << QStringList{QStringLiteral("--scenario"), m_dir.path()};
    QTest::newRow("value missing at the end")
        << QStringList{QStringLiteral("--scenario")} << QStringList{QStringLiteral("'--scenario'")};
    QTest::newRow("value missing before another option")
        << QStringList{QStringLiteral("--scenario"), QStringLiteral("--scale"), QStringLiteral("2")}
        << QStringList{QStringLiteral("--scenario"), QStringLiteral("--scale")};
}

void TestCommandLine::rejectsBadScenario()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    verifyRefused(QStringList{QStringLiteral("--screenshots"), m_shots} + arguments, mentions);
}

void TestCommandLine::acceptsScreenshotLanguages_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("languages");
    const QString en = QStringLiteral("en");
    const QString zh = QStringLiteral("zh_CN");
    const auto lang = [](const char *value) {
        return QStringList{QStringLiteral("--lang"), QString::fromLatin1(value)};
    };
    QTest::newRow("absent: every language") << QStringList{} << QStringList{en, zh};
    QTest::newRow("en,zh_CN") << lang("en,zh_CN") << QStringList{en, zh};
    QTest::newRow("zh_CN,en: in the given order") << lang("zh_CN,en") << QStringList{zh, en};
    QTest::newRow("zh_CN alone") << lang("zh_CN") << QStringList{zh};
    QTest::newRow("en alone") << lang("en") << QStringList{en};
    QTest::newRow("--lang=en,zh_CN")
        << QStringList{QStringLiteral("--lang=en,zh_CN")} << QStringList{en, zh};
    // A language given twice is rendered once (same folder, same pictures), first place kept.
    QTest::newRow("en,en: rendered once") << lang("en,en") << QStringList{en};
    QTest::newRow("zh_CN,en,zh_CN: first place kept")
        << lang("zh_CN,en,zh_CN") << QStringList{zh, en};
    QTest::newRow("spaces around items") << lang(" en , zh_CN ") << QStringList{en, zh};
    QTest::newRow("space after the comma") << lang("en, zh_CN") << QStringList{en, zh};
}

void TestCommandLine::acceptsScreenshotLanguages()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, languages);
    const ParsedCommandLine parsed =
        CommandLine::parse(args(QStringList{QStringLiteral("--screenshots"), m_shots} + arguments));
    QVERIFY2(parsed.run, qPrintable(parsed.output));
    QCOMPARE(parsed.options.screenshotLanguages, languages);
    QVERIFY(parsed.options.language.isEmpty()); // the list is for the pictures, not the console
}

void TestCommandLine::rejectsBadScreenshotLanguages_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    const auto lang = [](const char *value) {
        return QStringList{QStringLiteral("--lang"), QString::fromLatin1(value)};
    };
    const auto unknown = [](const char *value) {
        return QStringList{QStringLiteral("--lang"),
                           QStringLiteral("unknown language \"%1\"").arg(QLatin1String(value)),
                           QStringLiteral("en or zh_CN")};
    };
    const auto emptyItem = [](const char *value) {
        return QStringList{QStringLiteral("--lang"),
                           QStringLiteral("\"%1\" has an empty item").arg(QLatin1String(value))};
    };
    QTest::newRow("fr") << lang("fr") << unknown("fr");
    QTest::newRow("en,fr: the unknown one named") << lang("en,fr") << unknown("fr");
    QTest::newRow("letter case") << lang("EN") << unknown("EN");
    QTest::newRow("hyphen") << lang("zh-CN") << unknown("zh-CN");
    QTest::newRow("semicolon") << lang("en;zh_CN") << unknown("en;zh_CN");
    QTest::newRow("space instead of comma") << lang("en zh_CN") << unknown("en zh_CN");
    QTest::newRow("en,,zh_CN") << lang("en,,zh_CN") << emptyItem("en,,zh_CN");
    QTest::newRow(",") << lang(",") << emptyItem(",");
    QTest::newRow("trailing comma") << lang("en,") << emptyItem("en,");
    QTest::newRow("leading comma") << lang(",zh_CN") << emptyItem(",zh_CN");
    QTest::newRow("blank item") << lang("en, ,zh_CN") << emptyItem("en, ,zh_CN");
    QTest::newRow("empty") << lang("") << QStringList{QStringLiteral("--lang needs a language")};
    QTest::newRow("blank") << lang("  ") << QStringList{QStringLiteral("--lang needs a language")};
    QTest::newRow("value missing at the end")
        << QStringList{QStringLiteral("--lang")} << QStringList{QStringLiteral("'--lang'")};
}

void TestCommandLine::rejectsBadScreenshotLanguages()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    verifyRefused(QStringList{QStringLiteral("--screenshots"), m_shots} + arguments, mentions);
}

void TestCommandLine::acceptsConsoleLanguage_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("surrounding spaces") << QStringLiteral(" zh_CN ") << QStringLiteral("zh_CN");
}

void TestCommandLine::acceptsConsoleLanguage()
{
    QFETCH(QString, value);
    QFETCH(QString, language);
    const ParsedCommandLine parsed = CommandLine::parse(args({QStringLiteral("--lang"), value}));
    QVERIFY2(parsed.run, qPrintable(parsed.output));
    QCOMPARE(parsed.options.language, language);
    QVERIFY(parsed.options.screenshotsDir.isEmpty());
}

void TestCommandLine::rejectsLanguageListWithoutScreenshots_data()
{
    // The console itself runs in one language: a list only makes sense for the pictures.
    QTest::addColumn<QString>("value");
    QTest::newRow("en,zh_CN") << QStringLiteral("en,zh_CN");
    QTest::newRow("zh_CN,en") << QStringLiteral("zh_CN,en");
    QTest::newRow("en,en") << QStringLiteral("en,en");
    QTest::newRow(",") << QStringLiteral(",");
    QTest::newRow("en,") << QStringLiteral("en,");
}

void TestCommandLine::rejectsLanguageListWithoutScreenshots()
{
    QFETCH(QString, value);
    verifyRefused({QStringLiteral("--lang"), value},
                  {QStringLiteral("--lang"), QStringLiteral("(%1)").arg(value),
                   QStringLiteral("only goes with --screenshots")});
}

void TestCommandLine::rejectsScreenshotOptionsWithoutScreenshots_data()
{
    // Ignoring them would run the console when the user meant to render pictures.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option");
    QTest::newRow("--scale 2") << QStringList{QStringLiteral("--scale"), QStringLiteral("2")}
                               << QStringLiteral("--scale");
    QTest::newRow("--scale 1") << QStringList{QStringLiteral("--scale"), QStringLiteral("1")}
                               << QStringLiteral("--scale");
    QTest::newRow("--scale=2") << QStringList{QStringLiteral("--scale=2")}
                               << QStringLiteral("--scale");
    QTest::newRow("--scale 3") << QStringList{QStringLiteral("--scale"), QStringLiteral("3")}
                               << QStringLiteral("--scale");
    QTest::newRow("--scenario default")
        << QStringList{QStringLiteral("--scenario"), QStringLiteral("default")}
        << QStringLiteral("--scenario");
    QTest::newRow("--scenario file")
        << QStringList{QStringLiteral("--scenario"), m_scenario} << QStringLiteral("--scenario");
    QTest::newRow("--scenario with --demo")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--scenario"),
                       QStringLiteral("default")}
        << QStringLiteral("--scenario");
    QTest::newRow("--scale with --database")
        << QStringList{QStringLiteral("--database"), m_dir.filePath(QStringLiteral("ops.sqlite")),
                       QStringLiteral("--scale"), QStringLiteral("2")}
        << QStringLiteral("--scale");
}

void TestCommandLine::rejectsScreenshotOptionsWithoutScreenshots()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    verifyRefused(arguments, {option + QStringLiteral(" only goes with --screenshots")});
}

void TestCommandLine::acceptsTour()
{
    ParsedCommandLine parsed =
        CommandLine::parse(args({QStringLiteral("--tour"), QStringLiteral("purchase-subscription"),
                                 QStringLiteral("--lang"), QStringLiteral("zh_CN")}));
    QVERIFY2(parsed.run, qPrintable(parsed.output));
    QCOMPARE(parsed.options.tour, QStringLiteral("purchase-subscription"));
    QCOMPARE(parsed.options.scenario, QStringLiteral("default"));
    QCOMPARE(parsed.options.language, QStringLiteral("zh_CN"));
    QVERIFY(parsed.options.screenshotsDir.isEmpty());
    // An entry of a scenario file.
    parsed = CommandLine::parse(args({QStringLiteral("--tour"), QStringLiteral("tiny"),
                                      QStringLiteral("--scenario"), m_tourScenario}));
    QVERIFY2(parsed.run, qPrintable(parsed.output));
    QCOMPARE(parsed.options.tour, QStringLiteral("tiny"));
    QCOMPARE(parsed.options.scenario, m_tourScenario);
}

void TestCommandLine::rejectsBadTour_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("unknown entry")
        << QStringList{QStringLiteral("--tour"), QStringLiteral("purchase")}
        << QStringList{QStringLiteral("no entry \"purchase\""),
                       QStringLiteral("purchase-subscription"), QStringLiteral("signup")};
    QTest::newRow("blank") << QStringList{QStringLiteral("--tour"), QStringLiteral(" ")}
                           << QStringList{QStringLiteral("--tour needs the name")};
    QTest::newRow("with --screenshots")
        << QStringList{QStringLiteral("--tour"), QStringLiteral("signup"),
                       QStringLiteral("--screenshots"), m_shots}
        << QStringList{QStringLiteral("--tour and --screenshots")};
    QTest::newRow("with --server")
        << QStringList{QStringLiteral("--tour"),       QStringLiteral("signup"),
                       QStringLiteral("--server"),     QStringLiteral("http://127.0.0.1:1"),
                       QStringLiteral("--token-file"), m_tokenFile}
        << QStringList{QStringLiteral("does not go with --server")};
    QTest::newRow("entry of another scenario")
        << QStringList{QStringLiteral("--tour"), QStringLiteral("signup"),
                       QStringLiteral("--scenario"), m_tourScenario}
        << QStringList{QStringLiteral("no entry \"signup\""), QStringLiteral("tiny")};
    QTest::newRow("--scale with --tour")
        << QStringList{QStringLiteral("--tour"), QStringLiteral("signup"),
                       QStringLiteral("--scale"), QStringLiteral("2")}
        << QStringList{QStringLiteral("--scale only goes with --screenshots")};
}

void TestCommandLine::rejectsBadTour()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    verifyRefused(arguments, mentions);
}

void TestCommandLine::rejectsScreenshotsWithoutFolder_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    const QStringList needsFolder{QStringLiteral("--screenshots needs an output folder")};
    QTest::newRow("alone") << QStringList{QStringLiteral("--screenshots")}
                           << QStringList{QStringLiteral("'--screenshots'")};
    QTest::newRow("last") << QStringList{QStringLiteral("--lang"), QStringLiteral("en,zh_CN"),
                                         QStringLiteral("--screenshots")}
                          << QStringList{QStringLiteral("'--screenshots'")};
    QTest::newRow("empty") << QStringList{QStringLiteral("--screenshots"), QString()}
                           << needsFolder;
    QTest::newRow("blank") << QStringList{QStringLiteral("--screenshots"), QStringLiteral(" ")}
                           << needsFolder;
    QTest::newRow("--screenshots=") << QStringList{QStringLiteral("--screenshots=")} << needsFolder;
    // QCommandLineParser would take the next option as the folder: "./--lang" and
    // "./--demo" are never what was meant.
    const auto swallowed = [](const char *option) {
        return QStringList{QStringLiteral("--screenshots expects <folder>"),
                           QStringLiteral("option ") + QLatin1String(option)};
    };
    QTest::newRow("followed by --lang")
        << QStringList{QStringLiteral("--screenshots"), QStringLiteral("--lang"),
                       QStringLiteral("en,zh_CN")}
        << swallowed("--lang");
    QTest::newRow("followed by --lang=")
        << QStringList{QStringLiteral("--screenshots"), QStringLiteral("--lang=en,zh_CN")}
        << swallowed("--lang");
    QTest::newRow("followed by --demo")
        << QStringList{QStringLiteral("--screenshots"), QStringLiteral("--demo")}
        << swallowed("--demo");
    QTest::newRow("followed by --scale")
        << QStringList{QStringLiteral("--screenshots"), QStringLiteral("--scale"),
                       QStringLiteral("2")}
        << swallowed("--scale");
    QTest::newRow("followed by -h")
        << QStringList{QStringLiteral("--screenshots"), QStringLiteral("-h")} << swallowed("-h");
    QTest::newRow("followed by a mistyped option")
        << QStringList{QStringLiteral("--screenshots"), QStringLiteral("--sclae"),
                       QStringLiteral("2")}
        << swallowed("--sclae");
    QTest::newRow("is a file") << QStringList{QStringLiteral("--screenshots"), m_scenario}
                               << QStringList{QStringLiteral("--screenshots"), m_scenario,
                                              QStringLiteral("not a folder")};
    QTest::newRow("with --database")
        << QStringList{QStringLiteral("--screenshots"), m_shots, QStringLiteral("--database"),
                       m_dir.filePath(QStringLiteral("ops.sqlite"))}
        << QStringList{QStringLiteral("--screenshots and --database")};
}

void TestCommandLine::rejectsScreenshotsWithoutFolder()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    verifyRefused(arguments, mentions);
}

void TestCommandLine::acceptsServer_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("serverUrl");
    const auto server = [this](const char *address) {
        return QStringList{QStringLiteral("--server"), QString::fromLatin1(address),
                           QStringLiteral("--token-file"), m_tokenFile};
    };
    QTest::newRow("host and port")
        << server("http://billing.example:8080") << QStringLiteral("http://billing.example:8080");
    QTest::newRow("trailing slash")
        << server("http://billing.example:8080/") << QStringLiteral("http://billing.example:8080");
    QTest::newRow("https, default port")
        << server("https://billing.example") << QStringLiteral("https://billing.example");
    QTest::newRow("letter case") << server("HTTP://Billing.Example:8080")
                                 << QStringLiteral("http://billing.example:8080");
    QTest::newRow("IP address and spaces")
        << server(" http://127.0.0.1:9000 ") << QStringLiteral("http://127.0.0.1:9000");
    QTest::newRow("--server=") << QStringList{QStringLiteral("--server=http://10.0.0.5:80"),
                                              QStringLiteral("--token-file"), m_tokenFile}
                               << QStringLiteral("http://10.0.0.5:80");
    QTest::newRow("with --operator and --lang")
        << server("http://billing.example:8080") +
               QStringList{QStringLiteral("--operator"), QStringLiteral("Li Na"),
                           QStringLiteral("--lang"), QStringLiteral("zh_CN")}
        << QStringLiteral("http://billing.example:8080");
}

void TestCommandLine::acceptsServer()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, serverUrl);
    const ParsedCommandLine parsed = CommandLine::parse(args(arguments));
    QVERIFY2(parsed.run, qPrintable(parsed.output));
    const StartupOptions &o = parsed.options;
    QCOMPARE(o.serverUrl, serverUrl);
    QCOMPARE(o.token, Token);
    QCOMPARE(o.operatorId, QStringLiteral("op-7"));
    QVERIFY(!o.demo);
    QVERIFY(o.databasePath.isEmpty());
}

void TestCommandLine::tokenSources_data()
{
    // --token-file first, then OC_OPERATOR_TOKEN, then the setting server/token.
    QTest::addColumn<QByteArray>("file"); // content of --token-file; null: not given
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("token");
    const QString fromEnvironment = QStringLiteral("env-op.secret1");
    const QString fromSetting = QStringLiteral("set-op.secret2");
    QTest::newRow("file first") << QByteArray("file-op.secret0\n") << fromEnvironment << fromSetting
                                << QStringLiteral("file-op.secret0");
    QTest::newRow("first line only, CRLF, BOM, spaces")
        << QByteArray("\xEF\xBB\xBF  file-op.secret0 \r\nsecond.line\r\n") << QString() << QString()
        << QStringLiteral("file-op.secret0");
    QTest::newRow("no final newline") << QByteArray("file-op.secret0") << QString() << QString()
                                      << QStringLiteral("file-op.secret0");
    QTest::newRow("environment") << QByteArray() << fromEnvironment << fromSetting
                                 << fromEnvironment;
    QTest::newRow("setting") << QByteArray() << QString() << fromSetting << fromSetting;
    QTest::newRow("secret with dots")
        << QByteArray() << QStringLiteral("op.a.b.c") << QString() << QStringLiteral("op.a.b.c");
}

void TestCommandLine::tokenSources()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, environment);
    QFETCH(QString, setting);
    QFETCH(QString, token);
    QStringList arguments{QStringLiteral("--server"), QStringLiteral("http://billing.example")};
    if (!file.isNull())
        arguments << QStringLiteral("--token-file") << writeFile(QStringLiteral("t"), file);
    if (!environment.isEmpty())
        qputenv(CommandLine::TokenVariable, environment.toLatin1());
    if (!setting.isEmpty())
        QSettings().setValue(QLatin1String(CommandLine::TokenSetting), setting);
    const ParsedCommandLine parsed = CommandLine::parse(args(arguments));
    qunsetenv(CommandLine::TokenVariable);
    QSettings().remove(QLatin1String(CommandLine::TokenSetting));
    QVERIFY2(parsed.run, qPrintable(parsed.output));
    QCOMPARE(parsed.options.token, token);
    QCOMPARE(parsed.options.operatorId, token.section(QLatin1Char('.'), 0, 0));
}

void TestCommandLine::rejectsBadServer_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    const auto server = [this](const char *address) {
        return QStringList{QStringLiteral("--server"), QString::fromLatin1(address),
                           QStringLiteral("--token-file"), m_tokenFile};
    };
    const auto notAnAddress = [](const char *address) {
        return QStringList{QStringLiteral("--server"),
                           QStringLiteral("\"%1\"").arg(QLatin1String(address)),
                           QStringLiteral("http:// or https://")};
    };
    QTest::newRow("ftp") << server("ftp://billing.example")
                         << notAnAddress("ftp://billing.example");
    QTest::newRow("no scheme") << server("billing.example:8080")
                               << notAnAddress("billing.example:8080");
    QTest::newRow("no host") << server("http://") << notAnAddress("http://");
    QTest::newRow("port 0") << server("http://billing.example:0")
                            << notAnAddress("http://billing.example:0");
    QTest::newRow("bad port") << server("http://billing.example:99999")
                              << notAnAddress("http://billing.example:99999");
    QTest::newRow("a file") << server("/etc/hosts") << notAnAddress("/etc/hosts");
    const QStringList onlySchemeHostPort{QStringLiteral("--server"),
                                         QStringLiteral("only the scheme, host and port")};
    QTest::newRow("path") << server("http://billing.example:8080/v1") << onlySchemeHostPort;
    QTest::newRow("query") << server("http://billing.example:8080/?token=x") << onlySchemeHostPort;
    QTest::newRow("fragment") << server("http://billing.example#top") << onlySchemeHostPort;
    QTest::newRow("user and password")
        << server("http://admin:hunter2@billing.example")
        << QStringList{QStringLiteral("--server"), QStringLiteral("no user name or password")};
    QTest::newRow("empty") << server("") << QStringList{QStringLiteral("--server needs")};
    QTest::newRow("blank") << server("  ") << QStringList{QStringLiteral("--server needs")};
    QTest::newRow("value missing before another option")
        << QStringList{QStringLiteral("--server"), QStringLiteral("--token-file"), m_tokenFile}
        << QStringList{QStringLiteral("--server expects <address>"),
                       QStringLiteral("option --token-file")};
    QTest::newRow("with --demo") << server("http://b.example") +
                                        QStringList{QStringLiteral("--demo")}
                                 << QStringList{QStringLiteral("--server and --demo")};
    QTest::newRow("with --database")
        << server("http://b.example") +
               QStringList{QStringLiteral("--database"), m_dir.filePath(QStringLiteral("x.sqlite"))}
        << QStringList{QStringLiteral("--server and --database")};
    QTest::newRow("with --screenshots")
        << server("http://b.example") + QStringList{QStringLiteral("--screenshots"), m_shots}
        << QStringList{QStringLiteral("--screenshots and --server")};
    QTest::newRow("with --data-dir")
        << server("http://b.example") + QStringList{QStringLiteral("--data-dir"), m_dir.path()}
        << QStringList{QStringLiteral("--data-dir only goes with a local database")};
    QTest::newRow("with --password-cost")
        << server("http://b.example") +
               QStringList{QStringLiteral("--password-cost"), QStringLiteral("minimum")}
        << QStringList{QStringLiteral("--password-cost only goes with a local database")};
}

void TestCommandLine::rejectsBadServer()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    verifyRefused(arguments, mentions);
    const ParsedCommandLine parsed = CommandLine::parse(args(arguments));
    QVERIFY(!parsed.output.contains(Secret));
    QVERIFY(!parsed.output.contains(QStringLiteral("hunter2"))); // a password is not repeated
}

void TestCommandLine::rejectsBadToken_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QString>("secret"); // never in the output
    const QStringList server{QStringLiteral("--server"), QStringLiteral("http://b.example")};
    const QString missing = m_dir.filePath(QStringLiteral("missing-token"));
    const QString empty = writeFile(QStringLiteral("empty-token"), "\n\nop.late\n");
    const QString noDot = writeFile(QStringLiteral("no-dot"), "justasecret\n");
    const QString spaced = writeFile(QStringLiteral("spaced"), "op.se cret\n");
    const QString leadingDot = writeFile(QStringLiteral("leading-dot"), ".secretonly\n");
    QTest::newRow("on the command line")
        << QStringList{QStringLiteral("--token"), Token} + server << QString()
        << QStringList{QStringLiteral("--token is not supported"), QStringLiteral("--token-file"),
                       QStringLiteral("OC_OPERATOR_TOKEN")}
        << Secret;
    QTest::newRow("--token=") << server + QStringList{QStringLiteral("--token=") + Token}
                              << QString()
                              << QStringList{QStringLiteral("--token is not supported")} << Secret;
    QTest::newRow("none anywhere")
        << server << QString()
        << QStringList{QStringLiteral("--server needs the operator's token"),
                       QStringLiteral("--token-file"), QStringLiteral("OC_OPERATOR_TOKEN")}
        << QString();
    QTest::newRow("--token-file without --server")
        << QStringList{QStringLiteral("--token-file"), m_tokenFile} << QString()
        << QStringList{QStringLiteral("--token-file only goes with --server")} << Secret;
    QTest::newRow("missing file") << server + QStringList{QStringLiteral("--token-file"), missing}
                                  << QString()
                                  << QStringList{QStringLiteral("--token-file: cannot read"),
                                                 missing}
                                  << QString();
    QTest::newRow("a folder") << server + QStringList{QStringLiteral("--token-file"), m_dir.path()}
                              << QString()
                              << QStringList{QStringLiteral("--token-file"), m_dir.path(),
                                             QStringLiteral("folder")}
                              << QString();
    QTest::newRow("empty first line")
        << server + QStringList{QStringLiteral("--token-file"), empty} << QString()
        << QStringList{QStringLiteral("the first line of ") + empty + QStringLiteral(" is empty")}
        << QStringLiteral("op.late");
    QTest::newRow("no operator") << server + QStringList{QStringLiteral("--token-file"), noDot}
                                 << QString()
                                 << QStringList{noDot, QStringLiteral("not an operator token"),
                                                QStringLiteral("<operator>.<secret>")}
                                 << QStringLiteral("justasecret");
    QTest::newRow("empty operator")
        << server + QStringList{QStringLiteral("--token-file"), leadingDot} << QString()
        << QStringList{leadingDot, QStringLiteral("not an operator token")}
        << QStringLiteral("secretonly");
    QTest::newRow("a space") << server + QStringList{QStringLiteral("--token-file"), spaced}
                             << QString()
                             << QStringList{spaced, QStringLiteral("not an operator token")}
                             << QStringLiteral("se cret");
    QTest::newRow("environment") << server << QStringLiteral("not-a-token")
                                 << QStringList{QStringLiteral(
                                        "OC_OPERATOR_TOKEN does not hold an operator token")}
                                 << QStringLiteral("not-a-token");
    QTest::newRow("file missing, environment set")
        << server + QStringList{QStringLiteral("--token-file"), missing} << Token
        << QStringList{missing} << Secret;
}

void TestCommandLine::rejectsBadToken()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environment);
    QFETCH(QStringList, mentions);
    QFETCH(QString, secret);
    if (!environment.isEmpty())
        qputenv(CommandLine::TokenVariable, environment.toLatin1());
    const auto unset = qScopeGuard([] { qunsetenv(CommandLine::TokenVariable); });
    const ParsedCommandLine parsed = CommandLine::parse(args(arguments));
    verifyRefused(arguments, mentions);
    if (!secret.isEmpty())
        QVERIFY2(!parsed.output.contains(secret), qPrintable(parsed.output));
    QVERIFY(parsed.options.token.isEmpty()); // a refused token is not kept either
}

void TestCommandLine::helpNamesTheServerOptions()
{
    qputenv(CommandLine::TokenVariable, Token.toLatin1());
    const ParsedCommandLine help = CommandLine::parse(args({QStringLiteral("--help")}));
    qunsetenv(CommandLine::TokenVariable);
    QCOMPARE(help.exitCode, 0);
    for (const char *mention :
         {"--server <address>", "--token-file <path>", "OC_OPERATOR_TOKEN", "server/token"})
        QVERIFY2(help.output.contains(QLatin1String(mention)), mention);
    QVERIFY(!help.output.contains(Secret));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onboarding-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3"));
    QCoreApplication::setOrganizationName(QStringLiteral("OnboardingConsoleTests"));
    TestCommandLine test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_command_line.moc"
