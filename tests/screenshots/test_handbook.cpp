// HandbookWriter on its own (issue 21): a few synthetic sections with small pictures, no
// generator run. The layout rule gives the page count and where each section starts; the
// same content gives the same bytes; the PDF reads back (poppler-utils) with its contents'
// page numbers, footers, the brand given as a setting, and Chinese text.

#include "HandbookCheck.h"
#include "gui/screenshots/HandbookWriter.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace oc::gui;

namespace {

using StepCounts = QHash<int, int>; // section index -> its number of steps

// `count` sections; the steps of section i are steps.value(i) (none when missing).
GuideContent content(const QString &language, int count, const StepCounts &steps)
{
    const bool zh = language == u"zh_CN";
    GuideContent guide;
    guide.language = language;
    guide.title = zh ? QStringLiteral("测试手册：开通向导") : QStringLiteral("Test handbook");
    guide.brand = QStringLiteral("Acme Cloud"); // any brand: it is a setting
    guide.languages = {QStringLiteral("en"), QStringLiteral("zh_CN")};
    for (int i = 0; i < count; ++i) {
        GuideSection section;
        section.anchor = QStringLiteral("%1-section").arg(i + 1, 2, 10, QLatin1Char('0'));
        section.title = zh ? QStringLiteral("第%1节：目录、入驻与用户（W-TEST）").arg(i + 1)
                           : QStringLiteral("Section %1 of the fictitious flow").arg(i + 1);
        if (i == 1)
            section.title += zh ? QStringLiteral("，这个标题很长，长到目录的一行放不下，所以"
                                                 "在目录中被截短，而在本节的页面上完整换行显示")
                                : QStringLiteral(", whose title is long enough to be cut "
                                                 "short in the contents and wrapped on its "
                                                 "own page as a heading");
        if (i % 3 == 0)
            section.introduction = zh ? QStringLiteral("本节的简介：先填写表单，然后单击“下一步”。")
                                      : QStringLiteral("The section's introduction: fill in "
                                                       "the form, then click Next.");
        for (int j = 0; j < steps.value(i); ++j)
            section.steps.append(
                {j + 1,
                 zh ? QStringLiteral("第%1节第%2步：输入手机号，然后单击“确定”。")
                          .arg(i + 1)
                          .arg(j + 1)
                    : QStringLiteral("Section %1, step %2: type the mobile number, then click "
                                     "OK (fixed: office@example.com).")
                          .arg(i + 1)
                          .arg(j + 1),
                 QStringLiteral("pictures/%1-%2.png").arg(i + 1).arg(j + 1),
                 {}});
        guide.sections.append(section);
    }
    return guide;
}

// A small picture per step (one with transparency), in proportion 1024x720 or taller.
void writePictures(const GuideContent &guide, const QString &folder)
{
    QDir(folder).mkpath(QStringLiteral("pictures"));
    int n = 0;
    for (const GuideSection &section : guide.sections)
        for (const GuideStep &step : section.steps) {
            ++n;
            QImage picture(64, n % 4 == 0 ? 96 : 45,
                           n % 2 ? QImage::Format_RGB32 : QImage::Format_ARGB32);
            picture.fill(QColor::fromHsv((n * 47) % 360, 120, 230, n % 2 ? 255 : 200));
            QPainter painter(&picture);
            painter.setPen(QPen(Qt::red, 2));
            painter.drawRect(10, 10, 20, 12);
            painter.end();
            QVERIFY(picture.save(QDir(folder).filePath(step.image)));
        }
}

handbookcheck::Expected expected(const GuideContent &guide)
{
    handbookcheck::Expected expected;
    for (const GuideSection &section : guide.sections) {
        expected.titles << section.title;
        QStringList instructions;
        for (const GuideStep &step : section.steps)
            instructions << step.instruction;
        expected.instructions << instructions;
    }
    expected.titlePage = {guide.title, guide.brand, GuideWriter::languageName(guide.language)};
    expected.cjk = guide.language == u"zh_CN";
    return expected;
}

} // namespace

class TestHandbook : public QObject
{
    Q_OBJECT
private slots:
    void layoutRule_data();
    void layoutRule();
    void sameBytesNoDate_data();
    void sameBytesNoDate();
    void readsBack_data();
    void readsBack();
    void missingPictureIsNamed();
};

void TestHandbook::layoutRule_data()
{
    QTest::addColumn<int>("sections");
    QTest::addColumn<StepCounts>("steps");
    QTest::addColumn<int>("pages");
    QTest::addColumn<QList<int>>("starts");
    // Title page, one contents page, one page per step, one for a section without steps.
    QTest::newRow("three sections") << 3 << StepCounts{{0, 2}, {2, 3}} << 8 << QList<int>{3, 5, 6};
    QTest::newRow("no steps at all") << 2 << StepCounts{} << 4 << QList<int>{3, 4};
    // One more section than a contents page holds: the contents take two pages.
    const int many = HandbookWriter::TocEntriesPerPage + 1;
    QList<int> starts;
    for (int i = 0; i < many; ++i)
        starts << 4 + i + (i > 0 ? 1 : 0);
    QTest::newRow("contents on two pages") << many << StepCounts{{0, 2}} << 3 + many + 1 << starts;
}

void TestHandbook::layoutRule()
{
    QFETCH(int, sections);
    QFETCH(StepCounts, steps);
    QFETCH(int, pages);
    QFETCH(QList<int>, starts);
    const HandbookWriter writer(content(QStringLiteral("en"), sections, steps));
    QCOMPARE(writer.pageCount(), pages);
    QCOMPARE(writer.sectionPages(), starts);
}

void TestHandbook::sameBytesNoDate_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestHandbook::sameBytesNoDate()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const GuideContent guide = content(language, 3, {{0, 2}, {2, 1}});
    writePictures(guide, dir.path());
    QString error;
    const QByteArray first = HandbookWriter(guide).render(dir.path(), &error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    QVERIFY(first.startsWith("%PDF-"));
    QVERIFY(!first.contains("CreationDate"));
    QVERIFY(!first.contains("ModDate"));
    // Other writers a second later and with another hash seed, as other runs would (the
    // PDF engine writes its fonts in the order of a QHash).
    QTest::qWait(1100);
    for (int run = 0; run < 4; ++run) {
        QHashSeed::resetRandomGlobalSeed();
        const QByteArray again = HandbookWriter(guide).render(dir.path(), &error);
        QVERIFY2(first == again, qPrintable(QStringLiteral("run %1 differs").arg(run + 2)));
    }
    // write() puts the same into the folder.
    QVERIFY2(HandbookWriter(guide).write(dir.path(), &error), qPrintable(error));
    QFile file(QDir(dir.path()).filePath(QStringLiteral("handbook.pdf")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == first);
}

void TestHandbook::readsBack_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("sections");
    QTest::newRow("en") << QStringLiteral("en") << 4;
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << 4;
    QTest::newRow("zh_CN, contents on two pages")
        << QStringLiteral("zh_CN") << HandbookWriter::TocEntriesPerPage + 2;
}

void TestHandbook::readsBack()
{
    QFETCH(QString, language);
    QFETCH(int, sections);
    OC_REQUIRE_PDF_TOOLS();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const GuideContent guide = content(language, sections, {{0, 2}, {1, 1}, {3, 3}});
    writePictures(guide, dir.path());
    QString error;
    QVERIFY2(HandbookWriter(guide).write(dir.path(), &error), qPrintable(error));
    const QString problem = handbookcheck::check(
        QDir(dir.path()).filePath(QStringLiteral("handbook.pdf")), expected(guide));
    if (!problem.isEmpty())
        dir.setAutoRemove(false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" (in %1)").arg(dir.path())));
}

void TestHandbook::missingPictureIsNamed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const GuideContent guide = content(QStringLiteral("en"), 2, {{1, 1}});
    QString error;
    QVERIFY(!HandbookWriter(guide).write(dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("pictures/2-1.png")), qPrintable(error));
    QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("handbook.pdf"))));
}

QTEST_MAIN(TestHandbook)
#include "test_handbook.moc"
