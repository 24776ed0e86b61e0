// GUI smoke test: the main window on the demo data, every view visited, in both languages.

#include "FaultyBackend.h"
#include "GuiTestSupport.h"
#include "gui/models/PagedTableModel.h"
#include "gui/views/BillingCenterView.h"
#include "gui/views/HomeView.h"
#include "gui/views/HuaweiAccountsView.h"
#include "gui/views/ListViewWidget.h"
#include "gui/views/TabbedListsView.h"
#include "gui/widgets/RecordPicker.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;

namespace {

// Shows the tab that holds `list` when `page` is a page of tabs (a list reads its rows when
// first shown).
void showTabOf(QWidget *page, ListViewWidget *list)
{
    if (auto *tabs = qobject_cast<TabbedListsView *>(page))
        tabs->showList(list->model()->view());
}

// The Journal's list, shown and read again in pages of 10 rows (many pages from the demo's
// entries); null when it does not load or has 60 rows or fewer.
ListViewWidget *journalInPagesOfTen(MainWindow &w)
{
    w.showPage(MainWindow::Page::Journal);
    ListViewWidget *list = nullptr;
    for (ListViewWidget *candidate :
         w.pageWidget(MainWindow::Page::Journal)->findChildren<ListViewWidget *>())
        if (candidate->isVisible())
            list = candidate;
    if (!list)
        return nullptr;
    PagedTableModel *model = list->model();
    const auto loaded = [model] { return model->hasLoaded() && !model->isLoading(); };
    if (!waitFor(loaded))
        return nullptr;
    model->setPageSize(10);
    model->refresh();
    // Enough rows for pages in the middle.
    return waitFor(loaded) && model->total() > 60 ? list : nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void visitsEveryViewWithDemoData();
    void everyFocusableControlHasAnAccessibleName();
    void searchNarrowsTheListInTheBackend();
    void aListInAHiddenTabReadsNothingUntilShown();
    void fastScrollReadsThePagesInViewFirst();
    void pagesInViewTogetherAreReadAtOnce();
    void aNewOrderOrSearchShowsItsFirstRows();
    void switchesLanguageAtRuntime();
    void namesTheBackendInTheStatusBar();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    OC_REQUIRE_STORE();
}

void TestMainWindow::visitsEveryViewWithDemoData()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    const QList<MainWindow::Page> pages = {
        MainWindow::Page::Home,          MainWindow::Page::HuaweiAccounts,
        MainWindow::Page::Marketplace,   MainWindow::Page::JointOperations,
        MainWindow::Page::BillingCenter, MainWindow::Page::Outbox,
        MainWindow::Page::Journal};
    for (MainWindow::Page page : pages) {
        w.showPage(page);
        QCOMPARE(w.currentPage(), page);
        QWidget *widget = w.pageWidget(page);
        QVERIFY(widget->isVisible());
        // Every list the page shows loads rows of the demo story (no view is empty). A list in
        // a tab not shown (an account's CTS traces, empty while its CTS is off) is tested with
        // its own view (test_my_account_console).
        for (ListViewWidget *list : widget->findChildren<ListViewWidget *>()) {
            if (!list->isVisibleTo(widget))
                continue;
            QVERIFY2(waitFor([list] {
                         return list->model()->hasLoaded() && !list->model()->isLoading();
                     }),
                     qPrintable(list->objectName()));
            QVERIFY2(list->model()->total() > 0,
                     qPrintable(list->objectName() + QStringLiteral(" is empty")));
            QVERIFY(list->model()->isRowLoaded(0));
            QVERIFY(!list->model()->index(0, 0).data().toString().isEmpty());
        }
        if (auto *tabs = widget->findChild<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(20);
                snapshot(&w, QStringLiteral("en-%1-%2").arg(int(page)).arg(i));
            }
        } else {
            QTest::qWait(50);
            snapshot(&w, QStringLiteral("en-%1").arg(int(page)));
        }
    }
    // The Home map ticks the fully onboarded customer's steps.
    w.showPage(MainWindow::Page::Home);
    RecordPicker *customer = w.homeView()->customerPicker();
    QVERIFY(waitFor([customer] { return customer->isLoaded() && customer->count() > 0; }));
    bool anyDone = false;
    for (int i = 0; i < customer->count() && !anyDone; ++i) {
        customer->setCurrentIndex(i);
        anyDone = waitFor(
            [&] { return w.homeView()->map()->tile(OnboardingStep::Settlement)->isDone(); }, 800);
    }
    QVERIFY2(anyDone, "no demo customer shows the settlement step done");
    snapshot(&w, QStringLiteral("en-home-progress"));
}

void TestMainWindow::everyFocusableControlHasAnAccessibleName()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    for (int page = 0; page <= int(MainWindow::Page::Journal); ++page) {
        w.showPage(MainWindow::Page(page));
        QWidget *widget = w.pageWidget(MainWindow::Page(page));
        // Each list is read when first shown (issue 20): every tab in turn.
        for (ListViewWidget *list : widget->findChildren<ListViewWidget *>()) {
            showTabOf(widget, list);
            QVERIFY(waitFor([list] { return list->model()->hasLoaded(); }));
            const QStringList offenders = unnamedFocusableWidgets(&w);
            QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QStringLiteral(", "))));
        }
        const QStringList offenders = unnamedFocusableWidgets(&w);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QStringLiteral(", "))));
    }
}

void TestMainWindow::searchNarrowsTheListInTheBackend()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    w.showPage(MainWindow::Page::HuaweiAccounts);
    ListViewWidget *list = w.huaweiAccountsView()->list();
    QVERIFY(waitFor([list] { return list->model()->hasLoaded(); }));
    const qint64 all = list->model()->total();
    QVERIFY(all > 1);
    const QString firstId = list->model()->raw(0, column::AccountId).toString();
    auto *search = list->findChild<QLineEdit *>(QStringLiteral("huaweiAccountsSearch"));
    QVERIFY(search);
    QTest::keyClicks(search, firstId);
    QVERIFY(waitFor([&] { return list->model()->total() == 1 && !list->model()->isLoading(); }));
    QCOMPARE(list->model()->raw(0, column::AccountId).toString(), firstId);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("no-such-account-zzz"));
    QVERIFY(waitFor([&] { return list->model()->hasLoaded() && list->model()->total() == 0; }));
    auto *empty = list->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QVERIFY(waitFor([empty] { return empty->isVisible(); }));
    QVERIFY(!empty->text().isEmpty());
}

// Issue 20: a fast scroll asks for every page it passes; only the last few asked for are
// read (the newest first), the others are dropped, so the rows in view do not wait behind
// pages no longer shown. The scroll here paints each position without returning to the
// event loop, as a scroll faster than the reads does.
// Issue 20: a page of tabs builds every list, but only the one shown reads its rows; the
// others neither read nor refresh on a change until their tab is chosen (at a million rows
// they would keep the shown list waiting behind their reads).
void TestMainWindow::aListInAHiddenTabReadsNothingUntilShown()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    w.showPage(MainWindow::Page::BillingCenter);
    BillingCenterView *billing = w.billingCenterView();
    QCOMPARE(billing->tabs()->currentIndex(), 0); // the account overview
    PagedTableModel *cards = billing->list(view::StoredValueCards)->model();
    QTest::qWait(200);
    QVERIFY(!cards->isStarted());
    QVERIFY(!cards->hasLoaded());
    QVERIFY(!cards->isLoading());
    // A change of its view does not start it either.
    emit f.context.backend()->changed({view::StoredValueCards});
    QTest::qWait(300);
    QVERIFY(!cards->isStarted());

    billing->showList(view::StoredValueCards);
    QVERIFY(cards->isStarted());
    QVERIFY(waitFor([cards] { return cards->hasLoaded() && !cards->isLoading(); }));
    QVERIFY(cards->total() > 0);
    // Shown once, it keeps up with changes like any list, in any tab.
    billing->tabs()->setCurrentIndex(0);
    QVERIFY(!billing->list(view::StoredValueCards)->isVisible());
    QSignalSpy loaded(cards, &PagedTableModel::pageLoaded);
    emit f.context.backend()->changed({view::StoredValueCards});
    QVERIFY(waitFor([&] { return loaded.count() > 0; }));
}

void TestMainWindow::fastScrollReadsThePagesInViewFirst()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    ListViewWidget *list = journalInPagesOfTen(w);
    QVERIFY(list);
    PagedTableModel *model = list->model();
    const int pages = int((model->total() + 9) / 10);
    QVERIFY2(pages >= 12, qPrintable(QString::number(model->total())));

    QSignalSpy loaded(model, &PagedTableModel::pageLoaded);
    QTableView *table = list->table();
    for (int row = 0; row < model->total(); row += 10) {
        table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtTop);
        table->viewport()->repaint();
    }
    table->scrollToBottom();
    table->viewport()->repaint();
    QVERIFY(waitFor([model] { return !model->isLoading(); }));
    QTest::qWait(50); // a view still showing a dropped page asks for it again
    QVERIFY(waitFor([model] { return !model->isLoading(); }));
    const int first = table->rowAt(0);
    int last = table->rowAt(table->viewport()->height() - 1);
    if (last < 0)
        last = model->rowCount() - 1;
    for (int row = first; row <= last; ++row)
        QVERIFY2(model->isRowLoaded(row), qPrintable(QString::number(row)));
    // The pages in view and a few passed last, not every page scrolled past.
    QVERIFY2(loaded.size() <= 6,
             qPrintable(QStringLiteral("%1 of %2 pages read").arg(loaded.size()).arg(pages)));
    // The first read is of the pages in view (the newest asked for), with at most a few
    // passed last beside them (one read brings neighbouring pages).
    QList<int> firstRead;
    for (qsizetype i = 0; i < qMin<qsizetype>(loaded.size(), 4); ++i)
        firstRead << loaded.at(i).at(0).toInt();
    for (int page = first / 10; page <= last / 10; ++page)
        QVERIFY2(firstRead.contains(page), qPrintable(QString::number(page)));
}

// Issue 20: a view across page boundaries (the scroll bar dragged to the middle of a large
// list) reads the pages it shows in one request, each row where it belongs: far into a
// list each read skips as many rows as its offset, so two reads cost twice one.
void TestMainWindow::pagesInViewTogetherAreReadAtOnce()
{
    GuiFixture f([](Backend *inner) { return std::make_unique<FaultyBackend>(inner); });
    auto &faulty = *static_cast<FaultyBackend *>(f.decorator.get());
    MainWindow &w = *f.window;
    ListViewWidget *list = journalInPagesOfTen(w);
    QVERIFY(list);
    PagedTableModel *model = list->model();
    QTableView *table = list->table();

    const int readsBefore = faulty.calls(QStringLiteral("list"));
    QSignalSpy loaded(model, &PagedTableModel::pageLoaded);
    // Its top row in the middle of a page: the view shows parts of at least two.
    const int top = int(model->total() / 2 / 10) * 10 + 5;
    table->scrollTo(model->index(top, 0), QAbstractItemView::PositionAtTop);
    const auto lastInView = [&] {
        const int last = table->rowAt(table->viewport()->height() - 1);
        return last < 0 ? model->rowCount() - 1 : last;
    };
    QVERIFY(waitFor([&] {
        if (table->rowAt(0) != top || model->isLoading())
            return false;
        for (int row = top; row <= lastInView(); ++row)
            if (!model->isRowLoaded(row))
                return false;
        return true;
    }));
    const int last = lastInView();
    const int firstPage = top / 10;
    const int lastPage = last / 10;
    QVERIFY2(lastPage > firstPage, qPrintable(QString::number(last)));
    QCOMPARE(faulty.calls(QStringLiteral("list")) - readsBefore, 1);
    QList<int> pages;
    for (const QList<QVariant> &arguments : std::as_const(loaded))
        pages << arguments.at(0).toInt();
    std::sort(pages.begin(), pages.end());
    QList<int> expected;
    for (int page = firstPage; page <= lastPage; ++page)
        expected << page;
    QCOMPARE(pages, expected);

    // Each row is the one the backend has at its position.
    ListQuery query = model->currentQuery();
    query.offset = firstPage * 10;
    query.limit = (lastPage - firstPage + 1) * 10;
    query.withTotal = false;
    const Result<ListPage> direct = await(f.context.backend()->list(query));
    QVERIFY(direct.ok());
    for (int row = top; row <= last; ++row) {
        QVERIFY2(model->isRowLoaded(row), qPrintable(QString::number(row)));
        QCOMPARE(model->raw(row, column::EntryId),
                 direct->value(row - query.offset, column::EntryId));
    }
}

// Issue 20: sorting or searching from the middle of a list shows the beginning of the new
// rows (and reads only that page), while reading the same query again keeps the place.
void TestMainWindow::aNewOrderOrSearchShowsItsFirstRows()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    ListViewWidget *list = journalInPagesOfTen(w);
    QVERIFY(list);
    PagedTableModel *model = list->model();
    QTableView *table = list->table();
    const auto scrollToMiddle = [&] {
        table->scrollTo(model->index(int(model->total() / 2), 0), QAbstractItemView::PositionAtTop);
        QVERIFY(waitFor([&] { return table->rowAt(0) > 20 && !model->isLoading(); }));
    };

    scrollToMiddle();
    const int middle = table->rowAt(0);
    model->refresh(); // the same query read again: the place is kept
    QVERIFY(waitFor([model] { return !model->isLoading(); }));
    QCOMPARE(table->rowAt(0), middle);

    QSignalSpy loaded(model, &PagedTableModel::pageLoaded);
    table->horizontalHeader()->setSortIndicator(model->columnOf(column::Operation),
                                                Qt::AscendingOrder);
    QVERIFY(waitFor([model] { return !model->isLoading(); }));
    QCOMPARE(table->rowAt(0), 0);
    QTest::qWait(50);
    QVERIFY(waitFor([model] { return !model->isLoading(); }));
    // Only pages in view at the top were read, never the middle's.
    int lastInView = table->rowAt(table->viewport()->height() - 1);
    if (lastInView < 0)
        lastInView = model->rowCount() - 1;
    QVERIFY(lastInView < middle);
    for (const QList<QVariant> &page : std::as_const(loaded))
        QVERIFY2(page.at(0).toInt() <= lastInView / 10, qPrintable(page.at(0).toString()));

    scrollToMiddle();
    auto *search = list->findChild<QLineEdit *>(model->view() + QStringLiteral("Search"));
    QVERIFY(search);
    search->setText(QStringLiteral("o"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(waitFor([model] { return model->search() == u"o" && !model->isLoading(); }));
    QCOMPARE(table->rowAt(0), 0);
}

void TestMainWindow::switchesLanguageAtRuntime()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    auto *navigation = w.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Home"));
    QVERIFY(f.language.setLanguage(QStringLiteral("zh_CN")));
    QTest::qWait(20);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("首页"));
    QVERIFY(w.windowTitle().contains(QStringLiteral("Guance")));
    for (int page = 0; page <= int(MainWindow::Page::Journal); ++page) {
        w.showPage(MainWindow::Page(page));
        QWidget *widget = w.pageWidget(MainWindow::Page(page));
        for (ListViewWidget *list : widget->findChildren<ListViewWidget *>()) {
            showTabOf(widget, list);
            QVERIFY(waitFor([list] { return list->model()->hasLoaded(); }));
        }
        if (auto *tabs = qobject_cast<TabbedListsView *>(widget))
            tabs->tabs()->setCurrentIndex(0);
        QTest::qWait(30);
        snapshot(&w, QStringLiteral("zh-%1").arg(page));
    }
    QVERIFY(f.language.setLanguage(QStringLiteral("en")));
    QTest::qWait(20);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Home"));
}

void TestMainWindow::namesTheBackendInTheStatusBar()
{
    // Local: the demo copy, as always. Remote: the server and the operator; whether the
    // server is a demo is known once it is open (runConsole() shows the info again then).
    GuiFixture f([](Backend *inner) { return std::make_unique<FaultyBackend>(inner); });
    auto &faulty = *static_cast<FaultyBackend *>(f.decorator.get());
    MainWindow &w = *f.window;
    auto *label = w.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    auto *demoToolBar = w.findChild<QToolBar *>(QStringLiteral("demoToolBar"));
    QVERIFY(label && demoToolBar);
    if (onRemote()) {
        // The test's own server: the operator as the server knows the token.
        const QUrl url(f.backend.server()->url());
        QCOMPARE(label->text(),
                 QStringLiteral("Server: %1:%2 — operator test").arg(url.host()).arg(url.port()));
    } else {
        QCOMPARE(label->text(), QStringLiteral("Demo data (private copy, offline)"));
    }
    QVERIFY(demoToolBar->isVisible());

    f.context.setOperatorName(QStringLiteral("op-7"));
    faulty.setInfo(BackendInfo{QStringLiteral("remote"),
                               QStringLiteral("http://billing.example:8080"), false, 0, QString()});
    w.showBackendInfo();
    QCOMPARE(label->text(), QStringLiteral("Server: billing.example:8080 — operator op-7"));
    QCOMPARE(label->toolTip(), QStringLiteral("http://billing.example:8080"));
    QVERIFY(!demoToolBar->isVisible());
    faulty.setInfo(BackendInfo{QStringLiteral("remote"), QStringLiteral("https://billing.example"),
                               true, 7, QString()});
    w.showBackendInfo();
    QCOMPARE(label->text(), QStringLiteral("Server: billing.example:443 — operator op-7"));
    QVERIFY(demoToolBar->isVisible());
    // Once the server has said whose token it is, its name is shown.
    faulty.setInfo(BackendInfo{QStringLiteral("remote"), QStringLiteral("https://billing.example"),
                               true, 7, QStringLiteral("alice")});
    w.showBackendInfo();
    QCOMPARE(label->text(), QStringLiteral("Server: billing.example:443 — operator alice"));
    faulty.setInfo(BackendInfo{QStringLiteral("remote"), QStringLiteral("https://billing.example"),
                               true, 7, QString()});
    w.showBackendInfo();

    // The server refusing the token mid-session: a warning titled after the server.
    emit faulty.failed(
        makeError(QString::fromLatin1(SystemError::Auth), {}, QStringLiteral("revoked")));
    QVERIFY(f.dialogs.asked.size() >= 2);
    QCOMPARE(f.dialogs.asked.at(f.dialogs.asked.size() - 2), QStringLiteral("Server"));

    QVERIFY(f.language.setLanguage(QStringLiteral("zh_CN")));
    QTest::qWait(20);
    QCOMPARE(label->text(), QStringLiteral("服务器：billing.example:443 — 操作员 op-7"));
    snapshot(&w, QStringLiteral("remote-zh"));
    QVERIFY(f.language.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
