// The training-screenshot generator as a trainer runs it: the real onboarding-console with
// --screenshots, both languages, twice. Every expected picture exists with the fixed size,
// the two runs are byte-identical, no text is cut off, the guides show every picture; the
// printable handbooks (issue 21) are byte-identical too and read back with one section
// per wizard where their contents say; every link of the HTML guides works offline; a
// broken scenario stops with the wizard and the page named.

#include "HandbookCheck.h"
#include "gui/AppContext.h"
#include "gui/screenshots/GuideWriter.h"
#include "gui/screenshots/Scenario.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace oc::gui;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runConsole(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(OC_CONSOLE_EXE));
    process.setArguments(arguments);
    process.start();
    Run run;
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Empty when every href and src of the HTML file leads to a file of the output (or an
// anchor of the page) by a relative path, else the first that does not.
QString brokenLink(const QString &path)
{
    const QString html = readText(path);
    if (html.isEmpty())
        return QStringLiteral("%1 is missing").arg(path);
    static const QRegularExpression link(QStringLiteral("(?:href|src)=\"([^\"]*)\""));
    for (auto it = link.globalMatch(html); it.hasNext();) {
        const QString target = it.next().captured(1);
        if (target.startsWith(QLatin1Char('#'))) {
            if (!html.contains(QStringLiteral("id=\"%1\"").arg(target.mid(1))))
                return QStringLiteral("%1: no anchor %2").arg(path, target);
            continue;
        }
        if (target.contains(QLatin1String("://")) || target.startsWith(QLatin1Char('/')) ||
            target.isEmpty())
            return QStringLiteral("%1: not a relative link: %2").arg(path, target);
        const QString file = QFileInfo(path).dir().filePath(target.section(QLatin1Char('#'), 0, 0));
        if (!QFileInfo(file).isFile())
            return QStringLiteral("%1: %2 does not exist").arg(path, target);
    }
    return {};
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void bothLanguagesTwiceIdentical();
    void brokenStepNamesTheWizardAndPage();
};

void TestScreenshots::bothLanguagesTwiceIdentical()
{
    QString error;
    const auto scenario = Scenario::load(QStringLiteral("default"), &error);
    QVERIFY2(scenario, qPrintable(error));
    const QStringList images = scenario->expectedImages();
    QVERIFY(images.size() > 40);
    const QStringList languages = {QStringLiteral("en"), QStringLiteral("zh_CN")};

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString first = dir.filePath(QStringLiteral("first"));
    const QString second = dir.filePath(QStringLiteral("second"));
    for (const QString &out : {first, second}) {
        const Run run = runConsole({QStringLiteral("--screenshots"), out, QStringLiteral("--lang"),
                                    languages.join(QLatin1Char(','))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Text that does not fit is a bug in either language (LayoutCheck, at every capture).
        // So is a control a screen reader cannot name or reach (AccessibilityCheck, issue 16).
        for (const QString &warning :
             {QStringLiteral("text does not fit"), QStringLiteral("文字显示不全"),
              QStringLiteral("accessibility:"), QStringLiteral("无障碍：")})
            QVERIFY2(!run.err.contains(warning) && !run.out.contains(warning),
                     qPrintable(run.err + run.out));
        // A progress line per wizard and language.
        for (const ScenarioWizard &wizard : scenario->wizards)
            for (const QString &language : languages)
                QVERIFY2(run.out.contains(QStringLiteral("[%1] %2").arg(language, wizard.folder)),
                         qPrintable(run.out));
    }

    for (const QString &language : languages) {
        const QDir out(QDir(first).filePath(language));
        QFile md(out.filePath(QStringLiteral("index.md")));
        QFile html(out.filePath(QStringLiteral("index.html")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString mdText = QString::fromUtf8(md.readAll());
        const QString htmlText = QString::fromUtf8(html.readAll());
        for (const QString &image : images) {
            const QString path = out.filePath(image);
            QImageReader reader(path);
            QVERIFY2(reader.canRead(), qPrintable(path));
            QCOMPARE(reader.format(), QByteArray("png"));
            QCOMPARE(reader.size(), QSize(1024, 720));
            const bool same =
                sha256(path) == sha256(QDir(QDir(second).filePath(language)).filePath(image));
            if (!same)
                dir.setAutoRemove(false); // both runs kept for a look
            QVERIFY2(same, qPrintable(QStringLiteral("differs between two runs: %1/%2 (both kept "
                                                     "in %3)")
                                          .arg(language, image, dir.path())));
            QVERIFY2(mdText.contains(QStringLiteral("(%1)").arg(image)),
                     qPrintable(QStringLiteral("index.md misses %1").arg(image)));
            QVERIFY2(htmlText.contains(QStringLiteral("\"%1\"").arg(image)),
                     qPrintable(QStringLiteral("index.html misses %1").arg(image)));
        }
        // Nothing besides what the scenario promises.
        int pngs = 0;
        for (const QString &folder : out.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            pngs += QDir(out.filePath(folder)).entryList({QStringLiteral("*.png")}).size();
        QCOMPARE(pngs, images.size());
    }
    // The Chinese guide is in Chinese (from the scenario's texts).
    QFile zh(QDir(first).filePath(QStringLiteral("zh_CN/index.md")));
    QVERIFY(zh.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(zh.readAll()).contains(QStringLiteral("单击")));

    // The guides work offline: every link leads to a file of the output, the language
    // switch to the other language's guide and handbook (not to itself), and OUT/index.html
    // to every language's guide and handbook under the language's own title.
    const QString top = QDir(first).filePath(QStringLiteral("index.html"));
    QVERIFY2(brokenLink(top).isEmpty(), qPrintable(brokenLink(top)));
    const QString topText = readText(top);
    for (const QString &language : languages) {
        const QString guide = QDir(first).filePath(language + QStringLiteral("/index.html"));
        QVERIFY2(brokenLink(guide).isEmpty(), qPrintable(brokenLink(guide)));
        const QString guideText = readText(guide);
        QVERIFY(guideText.contains(QStringLiteral("href=\"handbook.pdf\"")));
        for (const QString &other : languages) {
            const QString otherGuide = QStringLiteral("href=\"../%1/index.html\"").arg(other);
            QCOMPARE(guideText.contains(otherGuide), other != language);
            if (other != language)
                QVERIFY(guideText.contains(GuideWriter::languageName(other)));
        }
        QVERIFY(topText.contains(QStringLiteral("href=\"%1/index.html\"").arg(language)));
        QVERIFY(topText.contains(QStringLiteral("href=\"%1/handbook.pdf\"").arg(language)));
        QVERIFY(topText.contains(QStringLiteral("<section lang=\"%1\">\n<h1>%2</h1>")
                                     .arg(QString(language).replace(u'_', u'-'),
                                          scenario->title.in(language).toHtmlEscaped())));
        for (const QString &file :
             {guide, QDir(first).filePath(language + QStringLiteral("/index.md"))})
            QVERIFY2(sha256(file) == sha256(QString(file).replace(first, second)),
                     qPrintable(file));
    }
    QVERIFY(sha256(top) == sha256(QDir(second).filePath(QStringLiteral("index.html"))));

    // The handbooks: the same bytes on both runs, one section per wizard in order where the
    // contents say, one page per step (the layout rule of HandbookWriter.h).
    for (const QString &language : languages) {
        const QString pdf = QDir(first).filePath(language + QStringLiteral("/handbook.pdf"));
        QVERIFY2(QFileInfo(pdf).size() > 0, qPrintable(pdf));
        const bool same = sha256(pdf) == sha256(QString(pdf).replace(first, second));
        if (!same)
            dir.setAutoRemove(false);
        QVERIFY2(same, qPrintable(QStringLiteral("%1 differs between two runs (both kept in %2)")
                                      .arg(pdf, dir.path())));
    }
    OC_REQUIRE_PDF_TOOLS();
    for (const QString &language : languages) {
        handbookcheck::Expected expected;
        for (const ScenarioWizard &wizard : scenario->wizards) {
            expected.titles << wizard.title.in(language);
            QStringList instructions;
            for (const ScenarioStep &step : wizard.steps)
                if (step.capture)
                    instructions << step.capture->instruction.in(language);
            expected.instructions << instructions;
        }
        // The default brand: these runs give no --brand.
        expected.titlePage = {scenario->title.in(language), QLatin1String(AppContext::DefaultBrand),
                              GuideWriter::languageName(language)};
        expected.cjk = language == u"zh_CN";
        const QString pdf = QDir(first).filePath(language + QStringLiteral("/handbook.pdf"));
        const QString problem = handbookcheck::check(pdf, expected);
        if (!problem.isEmpty())
            dir.setAutoRemove(false);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(pdf, problem)));
    }
}

void TestScreenshots::brokenStepNamesTheWizardAndPage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"wizards": [{"id": "cards", "title": {"en": "Cards", "zh_CN": "储值卡"},
        "open": {"wizard": "purchase", "account": "lianyun-tech", "product": "storedValueCard"},
        "steps": [{"waitEnabled": "@next"},
                  {"click": "noSuchButton", "timeout": 300}]}]})");
    file.close();
    const Run run = runConsole({QStringLiteral("--screenshots"),
                                dir.filePath(QStringLiteral("out")), QStringLiteral("--lang"),
                                QStringLiteral("en"), QStringLiteral("--scenario"), path});
    QVERIFY2(run.exitCode != 0, qPrintable(run.out));
    QVERIFY2(run.err.contains(QStringLiteral("wizard \"cards\"")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("page \"purchaseProduct\"")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("step 2")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("noSuchButton")), qPrintable(run.err));

    // A capture of a question that the step's action never asks fails that step.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"wizards": [{"id": "cards", "title": {"en": "Cards", "zh_CN": "x"},
        "open": {"wizard": "purchase", "account": "lianyun-tech", "product": "storedValueCard"},
        "steps": [{"waitEnabled": "@next"},
                  {"answer": "confirm", "value": true},
                  {"type": "quantityEdit", "text": "3", "capture": {"page": "purchaseProduct",
                   "question": true, "instruction": "x"}}]}]})");
    file.close();
    const Run unasked = runConsole({QStringLiteral("--screenshots"),
                                    dir.filePath(QStringLiteral("out3")), QStringLiteral("--lang"),
                                    QStringLiteral("en"), QStringLiteral("--scenario"), path});
    QVERIFY2(unasked.exitCode != 0, qPrintable(unasked.out));
    QVERIFY2(unasked.err.contains(QStringLiteral("step 3")), qPrintable(unasked.err));
    QVERIFY2(unasked.err.contains(QStringLiteral("none was asked")), qPrintable(unasked.err));

    // A scenario that does not load is refused before anything runs.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"wizards": [{"id": "cards", "title": "x", "open": {"wizard": "purchase"},
        "steps": [{"press": "upwards"}]}]})");
    file.close();
    const Run invalid =
        runConsole({QStringLiteral("--screenshots"), dir.filePath(QStringLiteral("out2")),
                    QStringLiteral("--scenario"), path});
    QVERIFY(invalid.exitCode != 0);
    QVERIFY2(invalid.err.contains(QStringLiteral("wizard cards, step 1")), qPrintable(invalid.err));
}

QTEST_GUILESS_MAIN(TestScreenshots)
#include "test_screenshots.moc"
