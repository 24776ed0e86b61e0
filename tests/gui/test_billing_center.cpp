// The Billing Center end to end through the real widgets on the demo data: W-SET (change a
// workspace to Huawei Cloud account settlement), W-SVC (recharge 50 cards), W-CANCEL (close
// the resource, workspaces lock, unlock one), and the account overview; with the main
// refusals, each asserting what the store holds afterwards.

#include "GuiTestSupport.h"
#include "gui/dialogs/CloseResourceDialog.h"
#include "gui/views/AccountOverview.h"
#include "gui/views/BillingCenterView.h"
#include "gui/views/MarketplaceView.h"
#include "gui/widgets/MenuButton.h"
#include "gui/widgets/RecordPicker.h"
#include "gui/wizards/recharge/RechargeWizard.h"
#include "gui/wizards/settlement/SettlementWizard.h"
#include "services/DemoStoryData.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;

class TestBillingCenter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OC_REQUIRE_STORE();
    }
    void W_SET_changesAWorkspaceToHuaweiSettlement();
    void R_SET_2_instanceOfAnotherAccountRefusedAtTheField();
    void W_SVC_rechargesFiftyCards();
    void R_SVC_2_orderRedeemedTwiceRefused();
    void W_CANCEL_closesTheResourceAndUnlocksAWorkspace();

private:
    QString activeInstanceOf(Backend *b, const QString &accountId);
    QString workspaceOf(Backend *b, const QString &feeCenter, const QString &settlement);
};

QString TestBillingCenter::activeInstanceOf(Backend *b, const QString &accountId)
{
    ListQuery query;
    query.view = view::Instances;
    query.filters.insert(column::AccountId, accountId);
    query.filters.insert(column::Status, QStringLiteral("active"));
    query.filters.insert(column::ProductKind, QStringLiteral("subscription"));
    const Result<ListPage> page = await(b->list(query));
    return page->rows.isEmpty() ? QString() : page->rows.first().value(0).toString();
}

QString TestBillingCenter::workspaceOf(Backend *b, const QString &feeCenter,
                                       const QString &settlement)
{
    const QVariantMap account = findRow(b, view::FeeCenterAccounts, column::Username, feeCenter);
    ListQuery query;
    query.view = view::Workspaces;
    query.filters.insert(column::FeeCenterAccountId, account.value(column::FeeCenterAccountId));
    query.filters.insert(column::Settlement, settlement);
    const Result<ListPage> page = await(b->list(query));
    return page->rows.isEmpty() ? QString() : page->rows.first().value(0).toString();
}

void TestBillingCenter::W_SET_changesAWorkspaceToHuaweiSettlement()
{
    GuiFixture f;
    Backend *b = f.backend.backend.get();
    const QString buyer = accountIdOf(b, QString::fromLatin1(demo::cast::BuyerLogin));
    const QString instance = activeInstanceOf(b, buyer);
    const QString workspaceId = workspaceOf(b, QString::fromLatin1(demo::cast::ExistingFeeCenter),
                                            QStringLiteral("fee_center"));
    QVERIFY(!workspaceId.isEmpty());

    // Billing Center > Workspace management > select > Change.
    f.window->showPage(MainWindow::Page::BillingCenter);
    BillingCenterView *billing = f.window->billingCenterView();
    billing->showList(view::Workspaces);
    ListViewWidget *workspaces = billing->list(view::Workspaces);
    workspaces->selectWhere(column::WorkspaceId, workspaceId);
    QVERIFY(waitFor(
        [&] { return workspaces->currentValue(column::WorkspaceId).toString() == workspaceId; }));
    QTest::mouseClick(billing->findChild<QPushButton *>(QStringLiteral("changeSettlementButton")),
                      Qt::LeftButton);
    SettlementWizard *wizard = nullptr;
    QVERIFY(waitFor([&] {
        wizard = f.window->findChild<SettlementWizard *>();
        return wizard && wizard->isVisible() && wizard->button(QWizard::NextButton)->isEnabled();
    }));
    QVERIFY(wizard->findChild<QRadioButton *>(QStringLiteral("huaweiRadio"))->isChecked());
    QVERIFY(!wizard->findChild<QRadioButton *>(QStringLiteral("alibabaRadio"))
                 ->isEnabled()); // listed (R-SET-1)
    snapshot(wizard, QStringLiteral("set-1-method"));
    clickWizardButton(wizard, QWizard::NextButton);
    type(wizard, "accountIdEdit", buyer);
    type(wizard, "instanceIdEdit", instance);
    auto *check = wizard->findChild<QLabel *>(QStringLiteral("checkValue"));
    QVERIFY(waitFor([check] { return !check->text().isEmpty(); })); // live check
    snapshot(wizard, QStringLiteral("set-2-account"));
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([wizard] { return wizard->currentId() == SettlementWizard::Confirm; }));
    snapshot(wizard, QStringLiteral("set-3-confirm"));
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([wizard] { return wizard->currentId() == SettlementWizard::Result; }));
    snapshot(wizard, QStringLiteral("set-4-result"));

    const QVariantMap w = findRow(b, view::Workspaces, column::WorkspaceId, workspaceId);
    QCOMPARE(w.value(column::Settlement).toString(), QStringLiteral("huawei_cloud"));
    QCOMPARE(w.value(column::SettlementAccountId).toString(), buyer);
    QCOMPARE(w.value(column::SettlementInstanceId).toString(), instance);
    clickWizardButton(wizard, QWizard::FinishButton);

    // R-SET-3: a second change in the same month is refused on the first page.
    SettlementWizard *again = f.window->openSettlementWizard(workspaceId);
    QVERIFY(waitFor(
        [&] { return again->isVisible() && again->button(QWizard::NextButton)->isEnabled(); }));
    QTest::mouseClick(again->findChild<QRadioButton *>(QStringLiteral("feeCenterRadio")),
                      Qt::LeftButton, {}, QPoint(6, 6));
    clickWizardButton(again, QWizard::NextButton);
    auto *pageError = again->currentPage()->findChild<QLabel *>(QStringLiteral("pageError"));
    QVERIFY(waitFor([pageError] { return pageError->isVisible(); }));
    QVERIFY2(pageError->text().contains(QStringLiteral("R-SET-3")), qPrintable(pageError->text()));
}

void TestBillingCenter::R_SET_2_instanceOfAnotherAccountRefusedAtTheField()
{
    GuiFixture f;
    Backend *b = f.backend.backend.get();
    const QString buyer = accountIdOf(b, QString::fromLatin1(demo::cast::BuyerLogin));
    const QString other =
        activeInstanceOf(b, accountIdOf(b, QString::fromLatin1(demo::cast::OnboardedLogin)));
    const QString workspaceId = workspaceOf(b, QString::fromLatin1(demo::cast::ExistingFeeCenter),
                                            QStringLiteral("fee_center"));
    SettlementWizard *wizard = f.window->openSettlementWizard(workspaceId);
    QVERIFY(waitFor(
        [&] { return wizard->isVisible() && wizard->button(QWizard::NextButton)->isEnabled(); }));
    clickWizardButton(wizard, QWizard::NextButton);
    type(wizard, "accountIdEdit", buyer);
    type(wizard, "instanceIdEdit", other);
    clickWizardButton(wizard, QWizard::NextButton);
    auto *error = wizard->findChild<QLabel *>(QStringLiteral("instanceIdError"));
    QVERIFY(waitFor([error] { return error->isVisible(); }));
    QVERIFY2(error->text().contains(inTestLanguage(QStringLiteral("another Huawei Cloud account"),
                                                   QStringLiteral("其他华为云账号"))),
             qPrintable(error->text()));
    QCOMPARE(wizard->currentId(), int(SettlementWizard::Account));
    QCOMPARE(findRow(b, view::Workspaces, column::WorkspaceId, workspaceId)
                 .value(column::Settlement)
                 .toString(),
             QStringLiteral("fee_center"));
}

void TestBillingCenter::W_SVC_rechargesFiftyCards()
{
    GuiFixture f;
    Backend *b = f.backend.backend.get();
    const QString buyer = accountIdOf(b, QString::fromLatin1(demo::cast::BuyerLogin));
    const QVariantMap finance = findRow(b, view::FeeCenterAccounts, column::Username,
                                        QString::fromLatin1(demo::cast::BuyerFinanceFeeCenter));
    ListQuery orders;
    orders.view = view::Orders;
    orders.filters.insert(column::AccountId, buyer);
    orders.filters.insert(column::ProductKind, QStringLiteral("stored_value_card"));
    orders.filters.insert(column::Redeemed, 0);
    const Result<ListPage> open = await(b->list(orders));
    QCOMPARE(open->total, 1);
    const QString orderId = open->rows.first().value(0).toString();

    // Billing Center, choose the account, Account overview > Buy stored-value card.
    f.window->showPage(MainWindow::Page::BillingCenter);
    BillingCenterView *billing = f.window->billingCenterView();
    RecordPicker *picker = billing->picker();
    QVERIFY(waitFor([picker] { return picker->isLoaded(); }));
    picker->setCurrentIndex(picker->findData(finance.value(column::FeeCenterAccountId)));
    auto *overview = billing->findChild<AccountOverview *>();
    auto *balance = overview->findChild<QLabel *>(QStringLiteral("cardBalanceValue"));
    QVERIFY(waitFor(
        [balance] { return balance->text().contains(QStringLiteral("1,000.00")); })); // 10 cards
    snapshot(f.window.get(), QStringLiteral("svc-0-overview"));
    QTest::mouseClick(overview->findChild<QPushButton *>(QStringLiteral("buyCardsButton")),
                      Qt::LeftButton);
    RechargeWizard *wizard = nullptr;
    QVERIFY(waitFor([&] {
        wizard = f.window->findChild<RechargeWizard *>();
        return wizard && wizard->isVisible();
    }));
    QVERIFY(wizard->findChild<QRadioButton *>(QStringLiteral("marketplaceRadio"))->isChecked());
    clickWizardButton(wizard, QWizard::NextButton);
    type(wizard, "accountIdEdit", buyer);
    type(wizard, "orderIdEdit", orderId);
    snapshot(wizard, QStringLiteral("svc-2-order"));
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([wizard] { return wizard->currentId() == RechargeWizard::Result; }));
    QCOMPARE(wizard->findChild<QTableWidget *>(QStringLiteral("cardsTable"))->rowCount(), 50);
    snapshot(wizard, QStringLiteral("svc-3-result"));
    clickWizardButton(wizard, QWizard::FinishButton);

    // R-SVC-3: 50 available cards of 100 CNY from that order, bound to lianyun-finance.
    ListQuery cards;
    cards.view = view::StoredValueCards;
    cards.filters.insert(column::SourceOrderId, orderId);
    const Result<ListPage> created = await(b->list(cards));
    QCOMPARE(created->total, 50);
    QVERIFY(waitFor([balance] { return balance->text().contains(QStringLiteral("6,000.00")); }));
}

void TestBillingCenter::R_SVC_2_orderRedeemedTwiceRefused()
{
    GuiFixture f;
    Backend *b = f.backend.backend.get();
    const QString buyer = accountIdOf(b, QString::fromLatin1(demo::cast::BuyerLogin));
    const QVariantMap finance = findRow(b, view::FeeCenterAccounts, column::Username,
                                        QString::fromLatin1(demo::cast::BuyerFinanceFeeCenter));
    ListQuery orders;
    orders.view = view::Orders;
    orders.filters.insert(column::AccountId, buyer);
    orders.filters.insert(column::Redeemed, 1);
    const QString redeemed = await(b->list(orders))->rows.first().value(0).toString();
    ListQuery all;
    all.view = view::StoredValueCards;
    const qint64 before = await(b->list(all))->total;

    RechargeWizard *wizard =
        f.window->openRechargeWizard(finance.value(column::FeeCenterAccountId).toLongLong());
    QVERIFY(waitFor([wizard] { return wizard->isVisible(); }));
    clickWizardButton(wizard, QWizard::NextButton);
    type(wizard, "accountIdEdit", buyer);
    type(wizard, "orderIdEdit", redeemed);
    clickWizardButton(wizard, QWizard::CommitButton);
    auto *error = wizard->findChild<QLabel *>(QStringLiteral("orderIdError"));
    QVERIFY(waitFor([error] { return error->isVisible(); }));
    QVERIFY2(error->text().contains(inTestLanguage(QStringLiteral("already redeemed"),
                                                   QStringLiteral("不能重复充值"))),
             qPrintable(error->text()));
    QCOMPARE(await(b->list(all))->total, before); // nothing changed
}

void TestBillingCenter::W_CANCEL_closesTheResourceAndUnlocksAWorkspace()
{
    GuiFixture f;
    Backend *b = f.backend.backend.get();
    const QString onboarded = accountIdOf(b, QString::fromLatin1(demo::cast::OnboardedLogin));
    const QString instance = activeInstanceOf(b, onboarded);

    // Marketplace > Purchased services > select > More > Close resource.
    f.window->showPage(MainWindow::Page::Marketplace);
    MarketplaceView *market = f.window->marketplaceView();
    ListViewWidget *services = market->list(view::Instances);
    services->selectWhere(column::InstanceId, instance);
    QVERIFY(
        waitFor([&] { return services->currentValue(column::InstanceId).toString() == instance; }));
    auto *more = market->findChild<MenuButton *>(QStringLiteral("moreButton"));
    // Pressed through the accessibility interface (issue 16), the menu opens and the press
    // returns at once (QPushButton's own menu would block in its event loop until closed).
    QAccessibleInterface *button = QAccessible::queryAccessibleInterface(more);
    QVERIFY(button && button->actionInterface());
    button->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QVERIFY(waitFor([more] { return more->popupMenu()->isVisible(); }));
    QAction *close = more->popupMenu()->findChild<QAction *>(QStringLiteral("closeResourceAction"));
    QVERIFY(more->popupMenu()->actions().contains(close));
    more->popupMenu()->hide();
    close->trigger();
    CloseResourceDialog *dialog = nullptr;
    QVERIFY(waitFor([&] {
        dialog = f.window->findChild<CloseResourceDialog *>();
        return dialog && dialog->isVisible();
    }));
    auto *toLock = dialog->findChild<QListWidget *>(QStringLiteral("workspacesToLock"));
    QVERIFY(waitFor([toLock] { return toLock->count() == 3; })); // R-SET-5, listed first
    snapshot(dialog, QStringLiteral("cancel-1-confirm"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(waitFor([&] { return !f.window->findChild<CloseResourceDialog *>(); }));

    QCOMPARE(
        findRow(b, view::Instances, column::InstanceId, instance).value(column::Status).toString(),
        QStringLiteral("closed"));
    const QString locked = workspaceOf(b, QString::fromLatin1(demo::cast::OnboardedFeeCenter),
                                       QStringLiteral("huawei_cloud"));
    QVERIFY(!locked.isEmpty());
    QCOMPARE(
        findRow(b, view::Workspaces, column::WorkspaceId, locked).value(column::Status).toString(),
        QStringLiteral("locked"));

    // Billing Center shows the lock with its retention; Unlock applies R-SET-6.
    f.window->showPage(MainWindow::Page::BillingCenter);
    BillingCenterView *billing = f.window->billingCenterView();
    billing->showList(view::Workspaces);
    ListViewWidget *workspaces = billing->list(view::Workspaces);
    workspaces->selectWhere(column::WorkspaceId, locked);
    QVERIFY(waitFor(
        [&] { return workspaces->currentValue(column::WorkspaceId).toString() == locked; }));
    const QModelIndex lockedAt = workspaces->model()->index(
        workspaces->currentRow(), workspaces->model()->columnOf(column::LockedAt));
    QVERIFY2(lockedAt.data().toString().contains(
                 inTestLanguage(QStringLiteral("14 day"), QStringLiteral("14 天"))),
             qPrintable(lockedAt.data().toString()));
    // R-SET-7: the reason in words, not the stored key.
    const QModelIndex reason =
        lockedAt.siblingAtColumn(workspaces->model()->columnOf(column::LockReason));
    QCOMPARE(reason.data().toString(),
             inTestLanguage(QStringLiteral("Huawei Cloud subscription closed"),
                            QStringLiteral("华为云订阅已关闭")));
    snapshot(f.window.get(), QStringLiteral("cancel-2-locked"));
    QTest::mouseClick(billing->findChild<QPushButton *>(QStringLiteral("unlockButton")),
                      Qt::LeftButton);
    const QVariantMap after = [&] {
        QVariantMap row;
        waitFor([&] {
            row = findRow(b, view::Workspaces, column::WorkspaceId, locked);
            return row.value(column::Status).toString() == QStringLiteral("active");
        });
        return row;
    }();
    QCOMPARE(after.value(column::Status).toString(), QStringLiteral("active"));
    QCOMPARE(after.value(column::Settlement).toString(), QStringLiteral("fee_center"));
}

QTEST_MAIN(TestBillingCenter)
#include "test_billing_center.moc"
