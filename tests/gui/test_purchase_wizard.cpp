// W-BUY end to end through the real widgets on the demo data, and its main error paths
// (R-MKT-1..3). Each test asserts what the store holds afterwards.

#include "GuiTestSupport.h"
#include "core/Validators.h"
#include "gui/views/MarketplaceView.h"
#include "gui/widgets/RecordPicker.h"
#include "gui/wizards/auth/AuthFlow.h"
#include "gui/wizards/auth/AuthWizard.h"
#include "gui/wizards/purchase/PurchaseWizard.h"
#include "services/DemoStoryData.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;

class TestPurchaseWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OC_REQUIRE_STORE();
    }
    void subscribesFromTheMarketplaceView();
    void buysStoredValueCardsByQuantity();
    void R_MKT_1_unauthenticatedBuyerIsRefusedWithAWayForward();
    void termsMustBeAccepted();
    void keyboardAlone();

private:
    PurchaseWizard *waitForWizard(MainWindow &w);
    void choose(RecordPicker *picker, const QString &accountId);
};

PurchaseWizard *TestPurchaseWizard::waitForWizard(MainWindow &w)
{
    PurchaseWizard *wizard = nullptr;
    waitFor([&] {
        wizard = w.findChild<PurchaseWizard *>();
        return wizard && wizard->isVisible();
    });
    return wizard;
}

void TestPurchaseWizard::choose(RecordPicker *picker, const QString &accountId)
{
    QVERIFY(waitFor([picker] { return picker->isLoaded(); }));
    const int index = picker->findData(accountId);
    QVERIFY(index >= 0);
    picker->setCurrentIndex(index);
}

void TestPurchaseWizard::subscribesFromTheMarketplaceView()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    Backend *backend = f.backend.backend.get();
    const QString buyer = accountIdOf(backend, QString::fromLatin1(demo::cast::BuyerLogin));
    QVERIFY(!buyer.isEmpty());

    w.showPage(MainWindow::Page::Marketplace);
    auto *subscribe =
        w.marketplaceView()->findChild<QPushButton *>(QStringLiteral("subscribeButton"));
    QVERIFY(subscribe);
    QTest::mouseClick(subscribe, Qt::LeftButton);
    PurchaseWizard *wizard = waitForWizard(w);
    QVERIFY(wizard);

    auto *picker = wizard->findChild<RecordPicker *>(QStringLiteral("accountPicker"));
    choose(picker, buyer);
    QVERIFY(waitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }));
    QVERIFY(wizard->findChild<QRadioButton *>(QStringLiteral("productSaasRadio"))->isChecked());
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("productIdValue"))->text(),
             QString::fromLatin1(Catalogue::SaasProductId));
    snapshot(wizard, QStringLiteral("buy-1-product"));
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::ConfirmPage));

    QTest::mouseClick(wizard->findChild<QCheckBox *>(QStringLiteral("termsCheck")), Qt::LeftButton,
                      {}, QPoint(6, 6));
    snapshot(wizard, QStringLiteral("buy-2-confirm"));
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == PurchaseWizard::ResultPage; }));

    const QString orderId = wizard->findChild<QLabel *>(QStringLiteral("orderIdValue"))->text();
    const QString instanceId =
        wizard->findChild<QLabel *>(QStringLiteral("instanceIdValue"))->text();
    QVERIFY(validate::orderId(orderId).ok());
    QVERIFY(validate::instanceId(instanceId).ok());

    // The store: a paid order and a provisioning instance of the buyer (R-MKT-2)...
    const QVariantMap order = findRow(backend, view::Orders, column::OrderId, orderId);
    QCOMPARE(order.value(column::Status).toString(), QStringLiteral("paid"));
    QCOMPARE(order.value(column::AccountId).toString(), buyer);
    QVariantMap instance = findRow(backend, view::Instances, column::InstanceId, instanceId);
    QCOMPARE(instance.value(column::Status).toString(), QStringLiteral("provisioning"));
    QCOMPARE(instance.value(column::OrderId).toString(), orderId);
    // ...that becomes active on the clock, and the result page follows it by itself.
    QVERIFY(await(backend->advanceClock(ClockStep::Minute)).ok());
    instance = findRow(backend, view::Instances, column::InstanceId, instanceId);
    QCOMPARE(instance.value(column::Status).toString(), QStringLiteral("active"));
    auto *status = wizard->findChild<QLabel *>(QStringLiteral("instanceStatusValue"));
    QVERIFY(waitFor([status] {
        return status->text() == inTestLanguage(QStringLiteral("Active"), QStringLiteral("正常"));
    }));
    snapshot(wizard, QStringLiteral("buy-3-result"));

    // "Return to My Marketplace": the purchased services with the new instance selected.
    clickWizardButton(wizard, QWizard::FinishButton);
    QCOMPARE(w.currentPage(), MainWindow::Page::Marketplace);
    ListViewWidget *services = w.marketplaceView()->list(view::Instances);
    QVERIFY(waitFor(
        [&] { return services->currentValue(column::InstanceId).toString() == instanceId; }));
}

void TestPurchaseWizard::buysStoredValueCardsByQuantity()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    Backend *backend = f.backend.backend.get();
    const QString buyer = accountIdOf(backend, QString::fromLatin1(demo::cast::BuyerLogin));
    PurchaseWizard *wizard = w.openPurchaseWizard(buyer, ProductKind::StoredValueCard);
    QVERIFY(waitFor([&] { return wizard->isVisible(); }));
    QVERIFY(wizard->findChild<QRadioButton *>(QStringLiteral("productCardsRadio"))->isChecked());
    auto *quantity = wizard->findChild<QSpinBox *>(QStringLiteral("quantityEdit"));
    quantity->selectAll();
    QTest::keyClicks(quantity, QStringLiteral("50"));
    QCOMPARE(quantity->value(), 50);
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("amountValue"))
                ->text()
                .contains(QStringLiteral("5,000.00")));
    QVERIFY(waitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }));
    clickWizardButton(wizard, QWizard::NextButton);
    QTest::mouseClick(wizard->findChild<QCheckBox *>(QStringLiteral("termsCheck")), Qt::LeftButton,
                      {}, QPoint(6, 6));
    QCOMPARE(wizard->button(QWizard::CommitButton)->text().remove(QLatin1Char('&')),
             inTestLanguage(QStringLiteral("Pay"), QStringLiteral("支付(P)")));
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == PurchaseWizard::ResultPage; }));

    const QString orderId = wizard->findChild<QLabel *>(QStringLiteral("orderIdValue"))->text();
    QVERIFY(!wizard->findChild<QLabel *>(QStringLiteral("instanceIdValue"))->isVisible());
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("copyOrderButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), orderId);

    // R-MKT-3: 50 units of 100 CNY, paid, no service instance.
    const QVariantMap order = findRow(backend, view::Orders, column::OrderId, orderId);
    QCOMPARE(order.value(column::Quantity).toInt(), 50);
    QCOMPARE(order.value(column::Amount).toLongLong(), 50 * 100 * 100);
    QCOMPARE(order.value(column::ProductKind).toString(), QStringLiteral("stored_value_card"));
    QCOMPARE(order.value(column::Status).toString(), QStringLiteral("paid"));
    QVERIFY(findRow(backend, view::Instances, column::OrderId, orderId).isEmpty());
}

void TestPurchaseWizard::R_MKT_1_unauthenticatedBuyerIsRefusedWithAWayForward()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    Backend *backend = f.backend.backend.get();
    const QString newcomer = accountIdOf(backend, QString::fromLatin1(demo::cast::NewSignUpLogin));
    ListQuery orders;
    orders.view = view::Orders;
    const qint64 ordersBefore = await(backend->list(orders)).value().total;
    PurchaseWizard *wizard = w.openPurchaseWizard(newcomer, ProductKind::Subscription);
    QVERIFY(waitFor([&] { return wizard->isVisible(); }));
    auto *error = wizard->findChild<QLabel *>(QStringLiteral("accountIdError"));
    QVERIFY(waitFor([error] { return error->isVisible(); }));
    QVERIFY2(error->text().contains(inTestLanguage(QStringLiteral("real-name authenticated"),
                                                   QStringLiteral("实名认证"))),
             qPrintable(error->text()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto *help = wizard->findChild<QLabel *>(QStringLiteral("accountHelpLabel"));
    QVERIFY(help->isVisible());
    QVERIFY(help->text().contains(QStringLiteral("href")));
    QVERIFY(help->text().contains(QStringLiteral("href=\"authenticate\"")));
    snapshot(wizard, QStringLiteral("buy-1-unauthenticated"));
    // The way forward: W-AUTH for this account (the wizard closes, keeping its draft).
    emit help->linkActivated(QStringLiteral("authenticate"));
    AuthWizard *auth = nullptr;
    QVERIFY(waitFor([&] {
        auth = w.findChild<AuthWizard *>();
        return auth && auth->isVisible();
    }));
    QCOMPARE(auth->flow()->accountId(), newcomer);
    auth->close();
    QCOMPARE(await(backend->list(orders)).value().total, ordersBefore);
}

void TestPurchaseWizard::termsMustBeAccepted()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    const QString buyer =
        accountIdOf(f.backend.backend.get(), QString::fromLatin1(demo::cast::BuyerLogin));
    PurchaseWizard *wizard = w.openPurchaseWizard(buyer, ProductKind::Subscription);
    QVERIFY(waitFor(
        [&] { return wizard->isVisible() && wizard->button(QWizard::NextButton)->isEnabled(); }));
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::ConfirmPage));
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    // Enter does not get past unaccepted terms either.
    QTest::keyClick(wizard, Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::ConfirmPage));
}

void TestPurchaseWizard::keyboardAlone()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    Backend *backend = f.backend.backend.get();
    const QString buyer = accountIdOf(backend, QString::fromLatin1(demo::cast::BuyerLogin));
    PurchaseWizard *wizard = w.openPurchaseWizard(buyer, ProductKind::Subscription);
    QVERIFY(waitFor(
        [&] { return wizard->isVisible() && wizard->button(QWizard::NextButton)->isEnabled(); }));
    QApplication::setActiveWindow(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    // Alt+C chooses stored-value cards, Alt+Q goes to the quantity, Enter is Next.
    // (A mnemonic "clicks" a button after a short animation.)
    QTest::keyClick(wizard, Qt::Key_C, Qt::AltModifier);
    QVERIFY(waitFor([wizard] {
        return wizard->findChild<QRadioButton *>(QStringLiteral("productCardsRadio"))->isChecked();
    }));
    QTest::keyClick(wizard, Qt::Key_Q, Qt::AltModifier);
    auto *quantity = wizard->findChild<QSpinBox *>(QStringLiteral("quantityEdit"));
    QVERIFY(quantity->hasFocus());
    QTest::keyClick(quantity, Qt::Key_Up);
    QTest::keyClick(quantity, Qt::Key_Up);
    QCOMPARE(quantity->value(), 3);
    QTest::keyClick(quantity, Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::ConfirmPage));
    // Alt+T accepts the terms (the accelerator of the check box), Enter pays.
    QTest::keyClick(wizard, Qt::Key_T, Qt::AltModifier);
    QVERIFY(waitFor([wizard] {
        return wizard->findChild<QCheckBox *>(QStringLiteral("termsCheck"))->isChecked();
    }));
    QTest::keyClick(wizard->focusWidget() ? wizard->focusWidget() : wizard, Qt::Key_Return);
    QVERIFY(waitFor([&] { return wizard->currentId() == PurchaseWizard::ResultPage; }));
    const QString orderId = wizard->findChild<QLabel *>(QStringLiteral("orderIdValue"))->text();
    QCOMPARE(
        findRow(backend, view::Orders, column::OrderId, orderId).value(column::Quantity).toInt(),
        3);
    QTest::keyClick(wizard->focusWidget() ? wizard->focusWidget() : wizard, Qt::Key_Return);
    QVERIFY(waitFor([&] { return !wizard->isVisible(); }));
}

QTEST_MAIN(TestPurchaseWizard)
#include "test_purchase_wizard.moc"
