// The account detail as the customer's My Account console (issue 18, my-account.md D.3),
// through the real widgets on the demo data, in both languages, on both stores and both
// backends: Basic Information's rows and the seed's empty texts (§5.2; R-ACC-7, R-ACC-10,
// R-ACC-14), Preferences saved with the currency rule (R-ACC-15), message recipients, and the
// CTS traces tab, shown only while the customer's CTS is on and filtered by trace name
// (R-AUD-2).

#include "GuiTestSupport.h"
#include "core/ListNames.h"
#include "core/MyAccount.h"
#include "gui/views/HuaweiAccountsView.h"
#include "gui/views/ListViewWidget.h"
#include "services/DemoStoryData.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

class TestMyAccountConsole : public QObject
{
    Q_OBJECT
private slots:
    void R_ACC_7_R_ACC_14_basicInformationOfTheBuyer();
    void R_ACC_10_emptyTextsOfANewSignUp();
    void R_ACC_15_preferencesSaved();
    void R_AUD_2_ctsTracesOnlyWhileEnabled();

private:
    HuaweiAccountsView *show(GuiFixture &f, const char *login);
};

namespace {

QLabel *label(QWidget *root, const char *name)
{
    return root->findChild<QLabel *>(QString::fromLatin1(name));
}

QPushButton *button(QWidget *root, const char *name)
{
    return root->findChild<QPushButton *>(QString::fromLatin1(name));
}

// The trace names the CTS table shows, top to bottom (all rows loaded).
QStringList traceNames(ListViewWidget *list)
{
    QStringList names;
    const int rows = list->model()->rowCount();
    for (int row = 0; row < rows; ++row)
        names << list->model()->raw(row, column::TraceName).toString();
    return names;
}

} // namespace

HuaweiAccountsView *TestMyAccountConsole::show(GuiFixture &f, const char *login)
{
    MainWindow &w = *f.window;
    const QString account = accountIdOf(f.backend.backend.get(), QString::fromLatin1(login));
    w.showPage(MainWindow::Page::HuaweiAccounts);
    HuaweiAccountsView *view = w.huaweiAccountsView();
    view->selectAccount(account);
    // Shown once the detail of that account arrived.
    if (!waitFor([&] { return label(view, "accountIdValue")->text() == account; }))
        return nullptr;
    return view;
}

void TestMyAccountConsole::R_ACC_7_R_ACC_14_basicInformationOfTheBuyer()
{
    GuiFixture f;
    HuaweiAccountsView *view = show(f, demo::cast::BuyerLogin);
    QVERIFY(view);
    // HUAWEI ID Information: its own mobile number, masked; the password never shown.
    const QString mobile = label(view, "huaweiIdMobileValue")->text();
    QVERIFY2(mobile.endsWith(u"0320"_s) && mobile.contains(u"****"_s), qPrintable(mobile));
    QVERIFY(label(view, "emailValue")->text().contains(u'*'));
    QCOMPARE(label(view, "passwordValue")->text(), u"********"_s);
    // R-ACC-7: the tenant name differs from the login ID, so its row (with Edit) shows, and
    // R-ACC-3's count of this year's changes.
    QLabel *tenant = label(view, "tenantNameValue");
    QVERIFY(tenant->isVisible());
    QVERIFY(tenant->text().contains(QString::fromLatin1(demo::cast::BuyerTenantName)));
    QVERIFY(tenant->text().contains(u'2'));
    QVERIFY(button(view, "tenantNameButton")->isVisible());
    // R-ACC-14: the service mobile number differs from the HUAWEI ID's: shown with Edit; the
    // service email address is the HUAWEI ID's: no row.
    QVERIFY(label(view, "mobileValue")->isVisible());
    QCOMPARE(button(view, "serviceMobileButton")->text(), inTestLanguage(u"E&dit…"_s,
                                                                         u"编辑(&D)…"_s));
    QVERIFY(!label(view, "serviceEmailValue")->isVisible());
    // R-ACC-10: the type is set: Edit, not Complete Information; authenticated: View/Change.
    QVERIFY(button(view, "editInfoButton")->isVisible());
    QVERIFY(!button(view, "completeInfoButton")->isVisible());
    QVERIFY(button(view, "reauthButton")->isVisible());
    QVERIFY(!button(view, "authenticateRowButton")->isVisible());
    QVERIFY(unnamedFocusableWidgets(view).isEmpty());
    snapshot(f.window.get(), u"my-account-basic-information"_s);
}

void TestMyAccountConsole::R_ACC_10_emptyTextsOfANewSignUp()
{
    GuiFixture f;
    HuaweiAccountsView *view = show(f, demo::cast::NewSignUpLogin);
    QVERIFY(view);
    // The seed's empty texts (my-account.md §5.2).
    QCOMPARE(label(view, "accountTypeValue")->text(),
             inTestLanguage(u"Not yet selected"_s, u"未选择"_s));
    QCOMPARE(label(view, "contactAddressValue")->text(),
             inTestLanguage(u"No data available."_s, u"暂无数据。"_s));
    QCOMPARE(label(view, "designationValue")->text(),
             inTestLanguage(u"Not yet selected"_s, u"未选择"_s));
    // R-ACC-7: its tenant name is its login ID: no Tenant Name row.
    QVERIFY(!label(view, "tenantNameValue")->isVisible());
    // R-ACC-10: Complete Information while the type is unset; W-AUTH, not View/Change.
    QVERIFY(button(view, "completeInfoButton")->isVisible());
    QVERIFY(!button(view, "editInfoButton")->isVisible());
    QVERIFY(button(view, "authenticateRowButton")->isVisible());
    QVERIFY(!button(view, "reauthButton")->isVisible());
}

void TestMyAccountConsole::R_ACC_15_preferencesSaved()
{
    GuiFixture f;
    HuaweiAccountsView *view = show(f, demo::cast::BuyerLogin);
    QVERIFY(view);
    Backend *backend = f.backend.backend.get();
    const QString account = accountIdOf(backend, QString::fromLatin1(demo::cast::BuyerLogin));
    auto *tabs = view->findChild<QTabWidget *>(u"detailTabs"_s);
    tabs->setCurrentWidget(tabs->findChild<QWidget *>(u"preferencesTab"_s));
    auto *currency = view->findChild<QComboBox *>(u"currencyCombo"_s);
    auto *language = view->findChild<QComboBox *>(u"messageLanguageCombo"_s);
    const HuaweiAccount before = await(backend->huaweiAccount(account))->account;
    QCOMPARE(currency->currentData().toString(), before.currency);
    // Chosen from the keyboard, as a person would.
    const QString other = before.currency == u"USD" ? u"EUR"_s : u"USD"_s;
    currency->setFocus();
    while (currency->currentData().toString() != other)
        QTest::keyClick(currency, Qt::Key_Down);
    language->setFocus();
    QTest::keyClick(language, language->currentIndex() == 0 ? Qt::Key_Down : Qt::Key_Up);
    const QString chosenLanguage = language->currentData().toString();
    QVERIFY(chosenLanguage != before.messageLanguage);
    // A reload of the same account (another change) keeps what is being chosen.
    QVERIFY(await(backend->saveRecipient(
                      {0, account, u"Wang Min"_s, u"+8613900001111"_s, QString()}))
                .ok());
    QVERIFY(waitFor([&] {
        return view->findChild<QTableWidget *>(u"recipientsTable"_s)->rowCount() == 2;
    }));
    QCOMPARE(currency->currentData().toString(), other);
    QTest::mouseClick(button(view, "savePreferencesButton"), Qt::LeftButton);
    QVERIFY(waitFor([&] {
        return label(view, "preferencesStatus")->text() ==
               inTestLanguage(u"Preferences saved."_s, u"偏好设置已保存。"_s);
    }));
    const HuaweiAccountDetail after = *await(backend->huaweiAccount(account));
    QCOMPARE(after.account.currency, other);
    QCOMPARE(after.account.messageLanguage, chosenLanguage);
    // R-ACC-15: the selection is remembered for the bill of this cycle.
    QVERIFY(!after.currencySelections.isEmpty());
    QCOMPARE(after.currencySelections.first().currency, other);
    snapshot(f.window.get(), u"my-account-preferences"_s);
}

void TestMyAccountConsole::R_AUD_2_ctsTracesOnlyWhileEnabled()
{
    GuiFixture f;
    HuaweiAccountsView *view = show(f, demo::cast::BuyerLogin);
    QVERIFY(view);
    auto *tabs = view->findChild<QTabWidget *>(u"detailTabs"_s);
    QWidget *ctsTab = tabs->findChild<QWidget *>(u"ctsTab"_s);
    // The buyer's CTS is on (demo story): its traces, the recipient added in the story.
    QVERIFY(tabs->isTabVisible(tabs->indexOf(ctsTab)));
    tabs->setCurrentWidget(ctsTab);
    ListViewWidget *cts = view->ctsList();
    QVERIFY(waitFor([&] { return traceNames(cts).contains(QString(cts::AddRecipient)); }));

    // Deleting the recipient from Preferences (confirmed) is traced as deleteRecipient.
    tabs->setCurrentWidget(tabs->findChild<QWidget *>(u"preferencesTab"_s));
    auto *recipients = view->findChild<QTableWidget *>(u"recipientsTable"_s);
    QVERIFY(waitFor([&] { return recipients->rowCount() == 1; }));
    QCOMPARE(recipients->item(0, 0)->text(), QString::fromLatin1(demo::cast::BuyerRecipient));
    recipients->selectRow(0);
    QPushButton *remove = button(view, "deleteRecipientButton");
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(waitFor([&] { return recipients->rowCount() == 0; }));
    QVERIFY(label(view, "myAccountMessage")->text().contains(
        QString::fromLatin1(demo::cast::BuyerRecipient)));

    tabs->setCurrentWidget(ctsTab);
    QVERIFY(waitFor([&] { return traceNames(cts).contains(QString(cts::DeleteRecipient)); }));
    // Filtered by trace name: only that one.
    auto *filter = cts->findChild<QComboBox *>(u"ctsTracesFilter_traceName"_s);
    QVERIFY(filter);
    const int index = filter->findData(QString(cts::DeleteRecipient));
    QVERIFY(index > 0);
    filter->setCurrentIndex(index);
    QVERIFY(waitFor([&] { return traceNames(cts) == QStringList{QString(cts::DeleteRecipient)}; }));
    QVERIFY(unnamedFocusableWidgets(view).isEmpty());
    snapshot(f.window.get(), u"my-account-cts-traces"_s);

    // An account whose CTS is off has no CTS tab (its journal still records, R-AUD-1).
    view = show(f, demo::cast::IndividualLogin);
    QVERIFY(view);
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(ctsTab)));
    QVERIFY(tabs->isTabVisible(tabs->indexOf(tabs->findChild<QWidget *>(u"journalTab"_s))));
}

QTEST_MAIN(TestMyAccountConsole)
#include "test_my_account_console.moc"
