// Issue 13's "done means", as a test: a billing-api serving the demo, two operators' consoles
// (each a main window over its own RemoteBackend) side by side. A customer's purchase made
// on Alice's console appears in Bob's open lists within 2 s (the change feed), and the
// Journal each shows names Alice for it; Bob's change reaches Alice the same way.

#include "GuiTestSupport.h"
#include "core/ListNames.h"
#include "gui/models/PagedTableModel.h"
#include "gui/views/ListViewWidget.h"
#include "gui/views/TabbedListsView.h"
#include "services/DemoStoryData.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QStandardPaths>

#include <memory>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;

namespace {

// One operator's console: its backend, context and main window.
struct Console
{
    Console(const ServerProcess &server, const QString &operatorName)
        : backend(remoteConsole(server.url(), server.token(operatorName)))
        , context(backend.get(), &language, &dialogs)
    {
        context.setDisplayZone(QTimeZone(8 * 3600));
        context.setOperatorName(operatorName);
        const Status opened = await(backend->open());
        if (!opened.ok())
            qFatal("open: %s", qPrintable(opened.error().toString()));
        window = std::make_unique<MainWindow>(&context);
        window->resize(1024, 720);
        window->show();
        window->showBackendInfo();
    }
    ~Console() { window.reset(); }

    // The list of `view` on `page`, shown (its tab chosen) and loaded.
    PagedTableModel *list(MainWindow::Page page, const QString &view)
    {
        window->showPage(page);
        if (auto *tabs = qobject_cast<TabbedListsView *>(window->pageWidget(page)))
            tabs->showList(view);
        for (ListViewWidget *widget : window->pageWidget(page)->findChildren<ListViewWidget *>())
            if (widget->model()->view() == view) {
                PagedTableModel *model = widget->model();
                if (!waitFor([model] { return model->hasLoaded() && !model->isLoading(); }))
                    return nullptr;
                return model;
            }
        return nullptr;
    }

    std::unique_ptr<Backend> backend;
    LanguageManager language;
    AutoDialogs dialogs;
    AppContext context;
    std::unique_ptr<MainWindow> window;
};

// The actor of the newest journal entry of `operation` (through the list model).
QString newestActor(PagedTableModel *journal, const QString &operation)
{
    for (int row = 0; row < journal->rowCount() && journal->isRowLoaded(row); ++row)
        if (journal->raw(row, column::Operation).toString() == operation)
            return journal->raw(row, column::Actor).toString();
    return {};
}

} // namespace

class TestTwoConsoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OC_REQUIRE_STORE();
    }
    void eachSeesTheOthersChanges();
};

void TestTwoConsoles::eachSeesTheOthersChanges()
{
    QTemporaryDir dir;
    const DemoDatabase demo = demoDatabase(dir);
    ServerProcess::Options options;
    options.database = demo.copy;
    options.demo = true;
    options.demoTemplate = demo.demoTemplate;
    options.operators = {QStringLiteral("alice"), QStringLiteral("bob")};
    ServerProcess server(options);
    Console alice(server, QStringLiteral("alice"));
    Console bob(server, QStringLiteral("bob"));
    QVERIFY(alice.window->findChild<QLabel *>(QStringLiteral("databaseLabel"))
                ->text()
                .endsWith(QStringLiteral("operator alice")));

    // Bob looks at the marketplace's orders and at the Journal.
    PagedTableModel *bobOrders = bob.list(MainWindow::Page::Marketplace, view::Orders);
    QVERIFY(bobOrders);
    const qint64 ordersBefore = bobOrders->total();
    PagedTableModel *bobJournal = bob.list(MainWindow::Page::Journal, view::Journal);
    QVERIFY(bobJournal);
    const qint64 journalBefore = bobJournal->total();

    // Alice's customer buys 5 stored-value cards.
    PurchaseRequest request;
    request.accountId =
        accountIdOf(alice.backend.get(), QString::fromLatin1(demo::cast::BuyerLogin));
    request.product = ProductKind::StoredValueCard;
    request.quantity = 5;
    request.termsAccepted = true;
    const Result<PurchaseResult> bought = await(alice.backend->purchase(request));
    QVERIFY2(bought.ok(), bought.ok() ? "" : qPrintable(bought.error().toString()));

    // Within 2 s Bob's open Journal has it, under Alice's name...
    QElapsedTimer timer;
    timer.start();
    QVERIFY(waitFor([&] { return bobJournal->total() > journalBefore && !bobJournal->isLoading(); },
                    2000));
    QVERIFY2(timer.elapsed() <= 2000, qPrintable(QString::number(timer.elapsed())));
    QTRY_COMPARE(newestActor(bobJournal, QStringLiteral("purchase")), QStringLiteral("alice"));
    snapshot(bob.window.get(), QStringLiteral("two-consoles-bob-journal"));
    // ... and so has his orders list, the next time he looks (it refreshed meanwhile).
    bobOrders = bob.list(MainWindow::Page::Marketplace, view::Orders);
    QVERIFY(bobOrders);
    QTRY_COMPARE(bobOrders->total(), ordersBefore + 1);

    // Bob's change reaches Alice the same way: he advances the demo clock.
    PagedTableModel *aliceJournal = alice.list(MainWindow::Page::Journal, view::Journal);
    QVERIFY(aliceJournal);
    const qint64 aliceBefore = aliceJournal->total();
    QVERIFY(await(bob.backend->advanceClock(ClockStep::Minute)).ok());
    QVERIFY(waitFor(
        [&] { return aliceJournal->total() > aliceBefore && !aliceJournal->isLoading(); }, 2000));
    QTRY_COMPARE(newestActor(aliceJournal, QStringLiteral("advanceClock")), QStringLiteral("bob"));
    QCOMPARE(newestActor(aliceJournal, QStringLiteral("purchase")), QStringLiteral("alice"));
    snapshot(alice.window.get(), QStringLiteral("two-consoles-alice-journal"));
}

QTEST_MAIN(TestTwoConsoles)
#include "test_two_consoles.moc"
