// The command line: every flag, and a clear error for every bad one.

#include "gui/CommandLine.h"

#include <QCoreApplication>
#include <QDir>
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
};

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

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onboarding-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3"));
    TestCommandLine test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_command_line.moc"
