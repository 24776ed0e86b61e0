// Issue 16: the console's command line works on a server without a display. The real
// executable runs with every display variable removed (no DISPLAY, WAYLAND_DISPLAY or
// QT_QPA_PLATFORM): --help and --version print what the parser says and exit 0, a bad flag
// prints its one error and exits non-zero, in either language; nothing aborts.

#include "gui/CommandLine.h"
#include "gui/LanguageManager.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace oc::gui;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};

Run runConsole(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    // A private settings folder: no saved language from another test.
    static QTemporaryDir home;
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.path());
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(OC_CONSOLE), arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

// What the parser answers for `arguments`, in `language`, with the executable's own path.
ParsedCommandLine expected(const QStringList &arguments, const QString &language)
{
    QCoreApplication::setApplicationName(u"onboarding-console"_s);
    QCoreApplication::setApplicationVersion(QString::fromUtf8(OC_VERSION));
    LanguageManager translations;
    translations.setLanguage(language);
    ParsedCommandLine parsed =
        CommandLine::parse(QStringList{QString::fromUtf8(OC_CONSOLE)} + arguments);
    // The usage line names the program that runs: here this test.
    parsed.output.replace(QCoreApplication::arguments().constFirst(),
                          QString::fromUtf8(OC_CONSOLE));
    return parsed;
}

} // namespace

class TestConsoleWithoutDisplay : public QObject
{
    Q_OBJECT
private slots:
    void answersWithoutADisplay_data();
    void answersWithoutADisplay();
};

void TestConsoleWithoutDisplay::answersWithoutADisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("--help") << QStringList{u"--help"_s} << u"en"_s << 0;
    QTest::newRow("--version") << QStringList{u"--version"_s} << u"en"_s << 0;
    QTest::newRow("-h, in Chinese")
        << QStringList{u"--lang"_s, u"zh_CN"_s, u"-h"_s} << u"zh_CN"_s << 0;
    QTest::newRow("unknown flag") << QStringList{u"--bogus"_s} << u"en"_s << 2;
    QTest::newRow("missing value") << QStringList{u"--database"_s} << u"en"_s << 2;
    QTest::newRow("bad language, in Chinese")
        << QStringList{u"--lang"_s, u"zh_CN"_s, u"--scale"_s, u"9"_s} << u"zh_CN"_s << 2;
    // Qt's own GUI options are not the console's errors.
    QTest::newRow("-platform before --version")
        << QStringList{u"-platform"_s, u"offscreen"_s, u"--version"_s} << u"en"_s << 0;
}

void TestConsoleWithoutDisplay::answersWithoutADisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QFETCH(int, exitCode);
    const Run run = runConsole(arguments);
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, exitCode);
    QStringList parsedArguments = arguments;
    if (parsedArguments.first() == u"-platform")
        parsedArguments.remove(0, 2);
    const ParsedCommandLine parsed = expected(parsedArguments, language);
    QVERIFY(!parsed.run);
    QCOMPARE(parsed.exitCode, exitCode);
    QVERIFY(!parsed.output.isEmpty());
    QCOMPARE(parsed.outputIsError ? run.err : run.out, parsed.output);
    QVERIFY2(!run.err.contains(u"qt.qpa"_s), qPrintable(run.err)); // no platform was loaded
}

QTEST_GUILESS_MAIN(TestConsoleWithoutDisplay)
#include "test_console_without_display.moc"
