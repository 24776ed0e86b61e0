// The guided tour (issue 21): a scenario entry played live with the trainee at the controls.
// The plan of W-BUY's entry, then the tour driven as a trainee would — with the mouse and
// the keyboard, one wrong click and one Enter too early that the tour catches, Back, Skip —
// on the real console over a private demo copy, through to the order; the Help menu's
// chooser and what it starts.

#include "GuiTestSupport.h"
#include "gui/AppContext.h"
#include "gui/Dialogs.h"
#include "gui/LanguageManager.h"
#include "gui/MainWindow.h"
#include "gui/screenshots/ConsoleDriver.h"
#include "gui/tour/GuidedTour.h"
#include "gui/tour/TourChooserDialog.h"
#include "gui/tour/TourPanel.h"
#include "gui/tour/TourStart.h"
#include "gui/wizards/Wizard.h"
#include "local/LocalBackend.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace oc;
using namespace oc::gui;
using namespace Qt::StringLiterals;

namespace {

ScenarioWizard builtInEntry(const QString &id)
{
    QString error;
    const std::optional<Scenario> scenario = Scenario::load(u"default"_s, &error);
    if (!scenario)
        qFatal("%s", qPrintable(error));
    for (const ScenarioWizard &entry : scenario->wizards)
        if (entry.id == id)
            return entry;
    qFatal("no entry %s", qPrintable(id));
}

std::unique_ptr<Backend> demoBackend(const BackendSpec &spec)
{
    LocalBackendOptions options;
    options.actor = spec.actor;
    options.hashCost = spec.hashCost;
    options.freezeClock = spec.freezeClock;
    options.demo = true;
    options.database.path = QDir(spec.dataDir).filePath(u"demo.sqlite"_s);
    options.demoTemplate = QDir(spec.dataDir).filePath(u"demo-template.sqlite"_s);
    return std::make_unique<LocalBackend>(options);
}

QString testLanguage()
{
    return qEnvironmentVariable("OC_TEST_LANGUAGE", u"en"_s);
}

// What a screen reader reads of the panel when it is announced: its description.
QString announced(TourPanel *panel)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(panel);
    return iface ? iface->text(QAccessible::Description) : QString();
}

} // namespace

class TestGuidedTour : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void planOfWBuy();
    void traineeCompletesWBuyWithOneWrongClickCaught();
    void helpMenuStartsATourInItsOwnConsole();

private:
    LanguageManager m_language;
};

void TestGuidedTour::initTestCase()
{
    QVERIFY(m_language.setLanguage(testLanguage()));
}

void TestGuidedTour::planOfWBuy()
{
    const ScenarioWizard entry = builtInEntry(u"purchase-subscription"_s);
    const QList<TourStep> plan = TourPlan::of(entry);
    QList<const TourStep *> trainee;
    for (const TourStep &step : plan)
        if (step.trainee)
            trainee << &step;
    // Next, the terms, Pay, and Finish (the last picture frames it; the scenario ends there).
    QCOMPARE(TourPlan::traineeSteps(plan), 4);
    QCOMPARE(trainee.size(), 4);
    QCOMPARE(trainee.at(0)->target, u"@next"_s);
    QCOMPARE(trainee.at(1)->target, u"termsCheck"_s);
    QCOMPARE(trainee.at(1)->step.action, u"check"_s);
    QCOMPARE(trainee.at(2)->target, u"@commit"_s);
    QCOMPARE(trainee.at(3)->target, u"@finish"_s);
    QCOMPARE(trainee.at(3)->step.action, u"press"_s);
    for (int i = 0; i < trainee.size(); ++i)
        QCOMPARE(trainee.at(i)->number, i + 1);
    // Each step carries the instruction of the picture that shows it, in both languages.
    QVERIFY(trainee.at(0)->context.in(u"en"_s).contains(u"click Next"_s));
    QVERIFY(trainee.at(1)->context.in(u"en"_s).contains(u"accept the terms"_s));
    QCOMPARE(trainee.at(2)->context.in(u"zh_CN"_s), trainee.at(1)->context.in(u"zh_CN"_s));
    QVERIFY(trainee.at(3)->context.in(u"en"_s).contains(u"Click Finish"_s));
    // The tour's own steps keep the scenario's order around them.
    QVERIFY(!plan.first().trainee); // waitEnabled @next
    QCOMPARE(plan.first().step.action, u"waitEnabled"_s);
}

void TestGuidedTour::traineeCompletesWBuyWithOneWrongClickCaught()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    WidgetDialogs dialogs;
    ConsoleDriver driver(&m_language, demoBackend);
    QString error;
    QVERIFY2(driver.open(dir.path(), false, &dialogs, {}, QSize(1100, 760), &error),
             qPrintable(error));
    GuidedTour tour(driver, builtInEntry(u"purchase-subscription"_s), m_language.current());
    QSignalSpy mistakes(&tour, &GuidedTour::mistake);
    QSignalSpy finished(&tour, &GuidedTour::finished);
    QVERIFY2(tour.start(&error), qPrintable(error));
    auto *wizard = qobject_cast<QWizard *>(driver.played().data());
    QVERIFY(wizard);
    QCOMPARE(tour.stepCount(), 4);

    // 1. Next is framed; the panel says so and a screen reader hears it.
    QTRY_COMPARE(tour.currentStep(), 1);
    QCOMPARE(tour.markedControl(), wizard->button(QWizard::NextButton));
    QVERIFY(tour.panel()->actionText().contains(test::inTestLanguage(u"Click"_s, u"单击"_s)));
    QVERIFY(announced(tour.panel()).contains(tour.panel()->actionText()));
    test::snapshot(wizard, u"tour-step1"_s);
    test::snapshot(tour.panel(), u"tour-panel-step1"_s);

    // A wrong click (Cancel) is held back and explained; the wizard stays as it was.
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QCOMPARE(mistakes.size(), 1);
    QVERIFY(wizard->isVisible());
    QCOMPARE(tour.currentStep(), 1);
    QVERIFY(!tour.panel()->messageText().isEmpty());
    QVERIFY(tour.panel()->messageText().contains(tour.panel()->actionText()));
    QVERIFY(announced(tour.panel()).contains(tour.panel()->messageText()));
    test::snapshot(tour.panel(), u"tour-panel-mistake"_s);

    // The right one moves on: the terms are framed on the next page.
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTRY_COMPARE(tour.currentStep(), 2);
    auto *terms = wizard->findChild<QCheckBox *>(u"termsCheck"_s);
    QVERIFY(terms);
    QTRY_COMPARE(tour.markedControl(), terms);
    QVERIFY(tour.panel()->messageText().isEmpty());
    const QString page = static_cast<Wizard *>(wizard)->pageName(wizard->currentId());

    // Back by the keyboard (Space on the focused button) is held back too.
    QAbstractButton *back = wizard->button(QWizard::BackButton);
    back->setFocus();
    QTest::keyClick(back, Qt::Key_Space);
    QCOMPARE(mistakes.size(), 2);
    QCOMPARE(static_cast<Wizard *>(wizard)->pageName(wizard->currentId()), page);
    QVERIFY(!terms->isChecked());

    // The keyboard: Space checks the box.
    QTest::keyClick(terms, Qt::Key_Space);
    QVERIFY(terms->isChecked());
    QTRY_COMPARE(tour.currentStep(), 3);
    QCOMPARE(tour.markedControl(), wizard->button(QWizard::CommitButton));

    // Back returns to the terms, which are done again only when used again.
    tour.back();
    QTRY_COMPARE(tour.currentStep(), 2);
    QTest::qWait(200);
    QCOMPARE(tour.currentStep(), 2);
    QTest::keyClick(terms, Qt::Key_Space); // cleared
    QTest::keyClick(terms, Qt::Key_Space); // checked again
    QTRY_COMPARE(tour.currentStep(), 3);

    // Skip: the tour presses Pay itself, then waits for the result page.
    tour.skip();
    QTRY_COMPARE_WITH_TIMEOUT(tour.currentStep(), 4, 15000);
    QCOMPARE(tour.markedControl(), wizard->button(QWizard::FinishButton));
    auto *order = wizard->findChild<QLabel *>(u"orderIdValue"_s);
    QVERIFY(order);
    QTRY_VERIFY(!order->text().isEmpty());
    const QString orderId = order->text(); // the wizard goes with Finish
    test::snapshot(wizard, u"tour-step4"_s);

    // Finish ends the scenario, and the tour with it.
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(tour.isOver());
    QCOMPARE(tour.currentStep(), 0);
    QCOMPARE(tour.markedControl(), nullptr);
    QCOMPARE(mistakes.size(), 2);
    // The order is real: it is in the store.
    ListQuery query;
    query.view = u"orders"_s;
    query.search = orderId;
    query.limit = 100;
    const Result<ListPage> orders = awaitFuture(driver.backend()->list(query));
    QVERIFY(orders.ok());
    bool found = false;
    for (int row = 0; row < orders->rows.size(); ++row)
        found = found || orders->value(row, u"orderId"_s).toString() == orderId;
    QVERIFY2(found, qPrintable(orderId));

    // Close ends it for good.
    QSignalSpy close(&tour, &GuidedTour::closeRequested);
    tour.panel()->findChild<QPushButton *>(u"quitButton"_s)->click();
    QCOMPARE(close.size(), 1);
}

void TestGuidedTour::helpMenuStartsATourInItsOwnConsole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    WidgetDialogs dialogs;
    ConsoleDriver driver(&m_language, demoBackend);
    QString error;
    QVERIFY2(driver.open(dir.path(), false, &dialogs, u"Acme"_s, QSize(1024, 720), &error),
             qPrintable(error));
    auto *action = driver.window()->findChild<QAction *>(u"actionGuidedTour"_s);
    QVERIFY(action);
    QVERIFY(!action->text().isEmpty());
    action->trigger();
    QWidget *shown = nullptr;
    QTRY_VERIFY((shown = driver.window()->findChild<QWidget *>(u"tourChooserDialog"_s)) &&
                shown->isVisible());
    qobject_cast<QDialog *>(shown)->reject();

    // The chooser on its own, with the process it would start recorded.
    QString program;
    QStringList arguments;
    TourChooserDialog chooser(driver.context(), [&](const QString &p, const QStringList &a) {
        program = p;
        arguments = a;
        return true;
    });
    auto *list = chooser.findChild<QListWidget *>(u"tourList"_s);
    QVERIFY(list);
    QVERIFY(list->count() > 10);
    // W-BUY is chosen first, by its title in the console's language.
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), u"purchase-subscription"_s);
    QCOMPARE(list->currentItem()->text(),
             builtInEntry(u"purchase-subscription"_s).title.in(m_language.current()));
    chooser.accept();
    QCOMPARE(program, QCoreApplication::applicationFilePath());
    QCOMPARE(arguments, tourArguments(u"purchase-subscription"_s, m_language.current(), u"Acme"_s));
    QCOMPARE(arguments.mid(0, 4), (QStringList{u"--tour"_s, u"purchase-subscription"_s, u"--lang"_s,
                                               m_language.current()}));
    QCOMPARE(chooser.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestGuidedTour)
#include "test_guided_tour.moc"
