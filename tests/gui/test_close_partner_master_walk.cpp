// Issue 19's Done-means walked through the real console on the demo story, as an operator
// shows it — in the language of the run (OC_TEST_LANGUAGE) and on the backend of the run
// (OC_TEST_BACKEND): one console, one demo, three acts in order, each going on from where the
// one before left the demo (its clock included).
//  1. Closing Huawei Cloud services (my-account.md §5.11, D.1 W-CLOSE, D.2): (2) zhoumingyuan,
//     given complaints, arrears, an over-issued invoice and reserved instances in Simulated
//     conditions (D-CONDITIONS), tries to close: the check lists every failed condition under
//     its check with what to do, and Proceed to Close stays off (R-CLS-1, R-CLS-3, R-CLS-4).
//     The operator leaves that application, clears the conditions, and a new one passes: the
//     services close for 90 days (R-CLS-2). Restore is refused before 24 hours with the time it
//     becomes possible; after the demo clock's "+1 day" it restores. Closed again, a day later
//     disabled with a code and the acknowledgement (R-CLS-5), after which D-LOGIN refuses him.
//  2. A reseller partner (§6.1, §6.2.1): (17) songyuqing logs in and associates through the
//     partner's online invitation (W-PARTNER-ASSOC, token yunfan-reseller-demo) and is frozen,
//     so W-BUY refuses it (R-PTN-1, R-PTN-6); the partner sets a monthly budget and W-BUY takes
//     it; the customer's disassociation (D-PARTNER-DISASSOC) passes its check (R-PTN-2), needs
//     the statement, and the SMS code from the Outbox submits the request, pending until the
//     partner agrees; then there is no partner (R-PTN-7).
//  3. An enterprise master account (§7.1): (11) xinghe-group invites (17); the member accepts
//     in D-MASTER-REQUEST, the Account Management Agreement required (R-MST-1, R-MST-2); the
//     master requests the cancellation and the member accepts it: no longer a member.
// Everything is done with the mouse and keyboard on widgets found by objectName (the accounts
// found with the list's search); what the test reads on screen is compared with the tr() texts
// of the run's language, rule spellings and values. The console is snapshotted in each act
// (fit and accessibility checks).

#include "DomainPrinting.h"
#include "GuiTestSupport.h"
#include "gui/ClosingText.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "gui/PartnerText.h"
#include "gui/dialogs/ConditionsDialog.h"
#include "gui/dialogs/DisableServicesDialog.h"
#include "gui/dialogs/MasterInviteDialog.h"
#include "gui/dialogs/MasterRequestDialog.h"
#include "gui/dialogs/MasterText.h"
#include "gui/dialogs/PartnerBudgetDialog.h"
#include "gui/dialogs/PartnerDisassociateDialog.h"
#include "gui/dialogs/RestoreServicesDialog.h"
#include "gui/views/HuaweiAccountsView.h"
#include "gui/views/ListViewWidget.h"
#include "gui/views/MyMasterAccountPanel.h"
#include "gui/views/MyPartnerPanel.h"
#include "gui/wizards/close/CloseWizard.h"
#include "gui/wizards/huaweilogin/HuaweiLoginWizard.h"
#include "gui/wizards/partner/PartnerAssocWizard.h"
#include "gui/wizards/purchase/PurchaseWizard.h"
#include "services/DemoStoryData.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

namespace {

// A step of a helper that returns whether it got there: says which one failed.
#define REQUIRE(condition)                                                                         \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            qWarning("%s:%d: %s", __FILE__, __LINE__, #condition);                                 \
            return {};                                                                             \
        }                                                                                          \
    } while (false)

template<class T = QWidget>
T *child(QObject *parent, const char *name)
{
    T *w = parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    if (!w)
        qWarning("no %s", name);
    return w;
}

bool shown(QObject *parent, const char *name)
{
    QWidget *w = child(parent, name);
    return w && w->isVisible();
}

// Clicks the button `name` inside `parent` as a person would, once it can be clicked.
bool click(QObject *parent, const char *name)
{
    auto *button = child<QAbstractButton>(parent, name);
    REQUIRE(button);
    REQUIRE(waitFor([&] { return button->isVisible() && button->isEnabled(); }));
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    return true;
}

// The one visible `T` among `parent`'s children (a dialog or wizard just opened).
template<class T>
T *visibleChild(QObject *parent)
{
    for (T *candidate : parent->findChildren<T *>())
        if (candidate->isVisible())
            return candidate;
    return nullptr;
}

template<class T>
QPointer<T> waitForVisible(QObject *parent)
{
    T *found = nullptr;
    waitFor([&] { return (found = visibleChild<T>(parent)) != nullptr; });
    return found;
}

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

HuaweiAccountDetail detailOf(Backend *backend, const QString &accountId)
{
    const auto detail = await(backend->huaweiAccount(accountId));
    if (!detail.ok())
        qFatal("account: %s", qPrintable(detail.error().toString()));
    return *detail;
}

qint64 messagesTo(Backend *backend, const QString &destination)
{
    return count(*backend, QString(view::Outbox), {{QString(column::Destination), destination}});
}

// D-CONDITIONS shows the account's conditions once read (OK waits for them).
bool conditionsLoaded(QWidget *dialog)
{
    auto *buttons = child<QDialogButtonBox>(dialog, "buttons");
    return buttons && buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

QStringList conditionsOf(const QList<ClosingFailure> &failures)
{
    QStringList list;
    for (const ClosingFailure &f : failures)
        list << f.condition;
    return list;
}

} // namespace

class TestClosePartnerMasterWalk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void R_CLS_1_to_R_CLS_5_closeRefusedFixedClosedRestoredClosedAgainDisabled();
    void R_PTN_1_R_PTN_2_R_PTN_7_associatedFrozenBudgetedThenDisassociated();
    void R_MST_1_R_MST_2_memberInvitedAcceptedThenCancelled();

private:
    Backend *backend() const { return m_f->backend.backend.get(); }
    MainWindow &window() const { return *m_f->window; }
    HuaweiAccountsView *view() const { return m_f->window->huaweiAccountsView(); }
    // Huawei Cloud accounts, `login` searched for and its row clicked; its details shown.
    HuaweiAccountsView *showAccount(const char *login);
    // Clicks the detail tab `name` (basicTab, authTab, preferencesTab, partnerTab, masterTab).
    bool showTab(const char *name);
    // Clicks the demo toolbar's `action` (actionAdvanceDay, ...) and waits for the new time.
    bool advanceClock(const char *action);
    // Clicks the Send button `name` inside `parent`; the code that reached `destination`, read
    // from the Outbox. The test's demo clock stands still: it is moved a minute on first, as
    // the minute that passes in a demo (R-VC-1: 60 seconds between codes), through the backend
    // (the dialog or wizard holding the button keeps the demo toolbar from the operator).
    QString sendCode(QWidget *parent, const char *name, const QString &destination);
    // W-CLOSE from Basic Information's closing area, through the terms, a reason and the code
    // to the check page.
    CloseWizard *closeUntilChecked(const QString &email);
    // From the check page (passed) to Finish and closed.
    bool proceedToClose(CloseWizard *wizard);
    // W-BUY for the selected account from the list's "Buy on KooGallery…".
    PurchaseWizard *openPurchase();

    std::unique_ptr<GuiFixture> m_f;
};

void TestClosePartnerMasterWalk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    OC_REQUIRE_STORE();
    m_f = std::make_unique<GuiFixture>();
}

void TestClosePartnerMasterWalk::cleanupTestCase()
{
    m_f.reset();
}

HuaweiAccountsView *TestClosePartnerMasterWalk::showAccount(const char *login)
{
    const QString loginId = QString::fromLatin1(login);
    const QString accountId = accountIdOf(backend(), loginId);
    REQUIRE(!accountId.isEmpty());
    window().showPage(MainWindow::Page::HuaweiAccounts);
    HuaweiAccountsView *v = view();
    ListViewWidget *list = v->list();
    QLineEdit *search = nullptr;
    for (QLineEdit *edit : list->findChildren<QLineEdit *>())
        if (edit->objectName().endsWith(u"Search"))
            search = edit;
    REQUIRE(search);
    search->setFocus();
    search->selectAll();
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClicks(search, loginId);
    QTest::keyClick(search, Qt::Key_Return);
    // The row of `login` (the search matches it alone, or among few).
    QTableView *table = list->table();
    int row = -1;
    REQUIRE(waitFor([&] {
        const QAbstractItemModel *model = table->model();
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                if (model->data(model->index(r, c)).toString() == loginId) {
                    row = r;
                    return true;
                }
        return false;
    }));
    const QRect cell = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    auto *shownId = child<QLabel>(v, "accountIdValue");
    auto *status = child<QLabel>(v, "closeStatusValue");
    REQUIRE(shownId && status);
    REQUIRE(waitFor([&] {
        return list->currentValue(u"accountId"_s).toString() == accountId &&
               shownId->text() == accountId && !status->text().isEmpty() &&
               child(v, "detailTabs")->isEnabled();
    }));
    return v;
}

bool TestClosePartnerMasterWalk::showTab(const char *name)
{
    auto *tabs = child<QTabWidget>(view(), "detailTabs");
    QWidget *tab = child(view(), name);
    REQUIRE(tabs && tab);
    REQUIRE(waitFor([&] { return tabs->isEnabled(); }));
    const int index = tabs->indexOf(tab);
    REQUIRE(index >= 0 && tabs->isTabVisible(index));
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    REQUIRE(waitFor([&] { return tabs->currentWidget() == tab && tab->isVisible(); }));
    return true;
}

bool TestClosePartnerMasterWalk::advanceClock(const char *action)
{
    auto *a = window().findChild<QAction *>(QString::fromLatin1(action));
    auto *toolbar = window().findChild<QToolBar *>(u"demoToolBar"_s);
    REQUIRE(a && toolbar);
    QWidget *button = toolbar->widgetForAction(a);
    REQUIRE(button && waitFor([&] { return button->isVisible() && button->isEnabled(); }));
    const QDateTime before = m_f->context.clock().now;
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(waitFor([&] { return m_f->context.clock().now > before && button->isEnabled(); }));
    return true;
}

QString TestClosePartnerMasterWalk::sendCode(QWidget *parent, const char *name,
                                             const QString &destination)
{
    REQUIRE(await(backend()->advanceClock(ClockStep::Minute)).ok());
    m_f->context.refreshClock();
    const qint64 before = messagesTo(backend(), destination);
    REQUIRE(click(parent, name));
    REQUIRE(waitFor([&] { return messagesTo(backend(), destination) > before; }));
    return latestCode(*backend(), destination);
}

CloseWizard *TestClosePartnerMasterWalk::closeUntilChecked(const QString &email)
{
    REQUIRE(showTab("basicTab"));
    auto *toggle = child<QToolButton>(view(), "closeToggleButton");
    REQUIRE(toggle);
    if (!toggle->isChecked())
        QTest::mouseClick(toggle, Qt::LeftButton);
    REQUIRE(click(view(), "closeServicesButton"));
    QPointer<CloseWizard> wizard = waitForVisible<CloseWizard>(&window());
    REQUIRE(wizard);
    REQUIRE(waitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }));
    // Review & Feedback: the terms and a reason (R-CLS-3).
    QWidget *page = wizard->currentPage();
    REQUIRE(click(page, "termsCheck"));
    REQUIRE(click(page, "noLongerNeededRadio"));
    REQUIRE(child<QCheckBox>(page, "termsCheck")->isChecked());
    clickWizardButton(wizard, QWizard::NextButton);
    REQUIRE(waitFor([&] { return wizard->currentId() == CloseWizard::Verify; }));
    // Verification: the code sent to the HUAWEI ID's email.
    page = wizard->currentPage();
    const QString code = sendCode(page, "sendCodeButton", email);
    REQUIRE(!code.isEmpty());
    type(page, "codeEdit", code);
    clickWizardButton(wizard, QWizard::NextButton);
    REQUIRE(waitFor([&] { return wizard->currentId() == CloseWizard::Check; }));
    REQUIRE(waitFor([&] { return wizard->flow()->check().has_value(); }));
    return wizard;
}

bool TestClosePartnerMasterWalk::proceedToClose(CloseWizard *wizard)
{
    REQUIRE(waitFor([&] { return wizard->button(QWizard::CommitButton)->isEnabled(); }));
    clickWizardButton(wizard, QWizard::CommitButton);
    REQUIRE(waitFor([&] { return wizard->currentId() == CloseWizard::Finish; }));
    REQUIRE(waitFor([&] { return !child<QLabel>(wizard, "retentionValue")->text().isEmpty(); }));
    QPointer<CloseWizard> guarded(wizard);
    clickWizardButton(wizard, QWizard::FinishButton);
    REQUIRE(waitFor([&] { return !guarded || !guarded->isVisible(); }));
    // The area shows the closed state: Restore and Disable (by date), no Close.
    REQUIRE(waitFor([&] {
        return shown(view(), "restoreServicesButton") && !shown(view(), "closeServicesButton");
    }));
    return true;
}

PurchaseWizard *TestClosePartnerMasterWalk::openPurchase()
{
    REQUIRE(click(view()->list(), "buyButton"));
    QPointer<PurchaseWizard> wizard = waitForVisible<PurchaseWizard>(&window());
    REQUIRE(wizard);
    return wizard;
}

void TestClosePartnerMasterWalk::
    R_CLS_1_to_R_CLS_5_closeRefusedFixedClosedRestoredClosedAgainDisabled()
{
    QVERIFY(m_f);
    const QString zhou = accountIdOf(backend(), QString::fromLatin1(demo::cast::IndividualLogin));
    const QString email = detailOf(backend(), zhou).account.email;
    QVERIFY(showAccount(demo::cast::IndividualLogin));
    QCOMPARE(detailOf(backend(), zhou).account.servicesStatus, ServicesStatus::Enabled);

    // The operator gives (2) what keeps an account from closing (D-CONDITIONS): complaints,
    // arrears of 1,280.50 CNY, an over-issued invoice, valid reserved instances.
    QVERIFY(showTab("authTab"));
    QVERIFY(click(view(), "conditionsButton"));
    QPointer<ConditionsDialog> conditions = waitForVisible<ConditionsDialog>(view());
    QVERIFY(conditions);
    QVERIFY(waitFor([&] { return conditionsLoaded(conditions); }));
    type(conditions, "arrearsEdit", u"1280.50"_s);
    for (const char *box : {"complaintsCheck", "overIssuedInvoicesCheck", "reservedInstancesCheck"})
        QVERIFY2(click(conditions, box), box);
    QTest::keyClick(conditions, Qt::Key_Return); // OK is the default button
    QVERIFY(waitFor([&] { return !conditions; }));

    // W-CLOSE: the check fails, every condition listed under its check with what to do.
    QPointer<CloseWizard> wizard = closeUntilChecked(email);
    QVERIFY(wizard);
    QWidget *page = wizard->currentPage();
    const auto check = wizard->flow()->check();
    QVERIFY(!check->passed());
    QCOMPARE(conditionsOf(check->failures),
             (QStringList{u"complaints"_s, u"arrears"_s, u"overIssuedInvoices"_s,
                          u"reservedInstances"_s}));
    const struct
    {
        ClosingCheckGroup group;
        const char *label;
    } groups[] = {{ClosingCheckGroup::Account, "accountCheckFailures"},
                  {ClosingCheckGroup::Financial, "financialCheckFailures"},
                  {ClosingCheckGroup::OrdersAndResources, "ordersCheckFailures"}};
    for (const auto &g : groups) {
        auto *label = child<QLabel>(page, g.label);
        QVERIFY2(label->isVisible(), g.label);
        for (const ClosingFailure &failure : check->failures) {
            const bool here = failure.group == g.group;
            QCOMPARE(label->text().contains(ClosingText::conditionText(failure).toHtmlEscaped()),
                     here);
            if (here)
                QVERIFY(label->text().contains(ClosingText::remedyText(failure).toHtmlEscaped()));
        }
    }
    QVERIFY(child<QLabel>(page, "financialCheckFailures")
                ->text()
                .contains(DomainText::money(Fen(128050)).toHtmlEscaped()));
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled()); // Proceed only when all pass
    // Stored (R-CLS-4).
    QVERIFY(detailOf(backend(), zhou).lastClosingCheck == check);
    QVERIFY(shown(page, "checkAgainButton"));

    // Fixed: the failed application is left (Cancel; the wizard keeps the main window until
    // then), the conditions cleared, and W-CLOSE again — a new application (R-CLS-4).
    clickWizardButton(wizard, QWizard::CancelButton);
    QVERIFY(waitFor([&] { return !wizard || !wizard->isVisible(); }));
    QVERIFY(showTab("authTab"));
    QVERIFY(click(view(), "conditionsButton"));
    conditions = waitForVisible<ConditionsDialog>(view());
    QVERIFY(conditions);
    QVERIFY(waitFor([&] { return conditionsLoaded(conditions); }));
    QVERIFY(child<QCheckBox>(conditions, "complaintsCheck")->isChecked());
    type(conditions, "arrearsEdit", u"0"_s);
    for (const char *box : {"complaintsCheck", "overIssuedInvoicesCheck", "reservedInstancesCheck"})
        QVERIFY2(click(conditions, box), box);
    QTest::keyClick(conditions, Qt::Key_Return);
    QVERIFY(waitFor([&] { return !conditions; }));

    wizard = closeUntilChecked(email);
    QVERIFY(wizard);
    page = wizard->currentPage();
    QVERIFY(wizard->flow()->check()->passed());
    QCOMPARE(child<QLabel>(page, "summaryLabel")->text(),
             translated("oc::gui::ClosingCheckView",
                        "Account check successful. You can now proceed to close your account."));
    for (const auto &g : groups)
        QVERIFY2(!shown(page, g.label), g.label);
    QVERIFY(proceedToClose(wizard));
    auto detail = detailOf(backend(), zhou);
    QCOMPARE(detail.account.servicesStatus, ServicesStatus::Closed);
    QVERIFY(detail.closing);
    QCOMPARE(detail.closing->retentionUntil, detail.closing->closedAt.addDays(90));

    // R-CLS-2: Restore before 24 hours is refused, with the time it becomes possible.
    QVERIFY(click(view(), "restoreServicesButton"));
    QPointer<RestoreServicesDialog> restore = waitForVisible<RestoreServicesDialog>(view());
    QVERIFY(restore);
    QVERIFY(click(restore, "okButton"));
    QVERIFY(waitFor([&] { return shown(restore, "accountIdError"); }));
    QVERIFY(
        child<QLabel>(restore, "accountIdError")
            ->text()
            .contains(DomainText::time(detail.closing->restoreFrom, m_f->context.displayZone())));
    QVERIFY(click(restore, "cancelButton"));
    QVERIFY(waitFor([&] { return !restore || !restore->isVisible(); }));
    QCOMPARE(detailOf(backend(), zhou).account.servicesStatus, ServicesStatus::Closed);

    // The demo clock a day on: restored.
    QVERIFY(advanceClock("actionAdvanceDay"));
    QVERIFY(click(view(), "restoreServicesButton"));
    restore = waitForVisible<RestoreServicesDialog>(view());
    QVERIFY(restore);
    QVERIFY(click(restore, "okButton"));
    QVERIFY(waitFor([&] { return !restore || !restore->isVisible(); }));
    QVERIFY(waitFor([&] { return shown(view(), "closeServicesButton"); }));
    QCOMPARE(detailOf(backend(), zhou).account.servicesStatus, ServicesStatus::Enabled);

    // Closed again (the checks pass at once), and a day later disabled (R-CLS-5).
    wizard = closeUntilChecked(email);
    QVERIFY(wizard);
    QVERIFY(wizard->flow()->check()->passed());
    QVERIFY(proceedToClose(wizard));
    QVERIFY(advanceClock("actionAdvanceDay"));
    QVERIFY(click(view(), "disableServicesButton"));
    QPointer<DisableServicesDialog> disable = waitForVisible<DisableServicesDialog>(view());
    QVERIFY(disable);
    QCOMPARE(disable->step(), DisableServicesDialog::VerifyStep);
    const QString code = sendCode(disable, "sendCodeButton", email);
    QVERIFY(!code.isEmpty());
    type(disable, "codeEdit", code);
    QVERIFY(click(disable, "nextButton"));
    QVERIFY(waitFor([&] { return disable->step() == DisableServicesDialog::ResultStep; }));
    QVERIFY(waitFor([&] {
        return child<QLabel>(disable, "financialCheckStatus")->text() ==
               translated("oc::gui::ClosingCheckView", "✓ Passed");
    }));
    QVERIFY(click(disable, "acknowledgedCheck"));
    QVERIFY(child<QCheckBox>(disable, "acknowledgedCheck")->isChecked());
    QVERIFY(click(disable, "okButton"));
    QVERIFY(waitFor([&] { return !disable || !disable->isVisible(); }));
    QVERIFY(waitFor([&] {
        return !shown(view(), "disableServicesButton") && !shown(view(), "restoreServicesButton") &&
               !shown(view(), "closeServicesButton");
    }));
    QCOMPARE(detailOf(backend(), zhou).account.servicesStatus, ServicesStatus::Disabled);
    QVERIFY(waitFor([&] {
        return view()->list()->currentValue(u"servicesStatus"_s).toString() == u"disabled";
    }));
    child<QScrollArea>(view(), "basicScroll")->ensureWidgetVisible(child(view(), "closeGroup"));
    snapshot(&window(), u"walk-closing-disabled"_s);

    // D-LOGIN: a disabled account cannot sign in; the refusal says so (R-CLS-2, R-CLS-5).
    QVERIFY(click(view()->list(), "signInButton"));
    QPointer<HuaweiLoginWizard> login = waitForVisible<HuaweiLoginWizard>(&window());
    QVERIFY(login);
    QCOMPARE(child<QLineEdit>(login, "identifierEdit")->text(),
             QString::fromLatin1(demo::cast::IndividualLogin));
    type(login, "passwordEdit", QString::fromLatin1(demo::cast::Password));
    clickWizardButton(login, QWizard::NextButton);
    const QString disabled =
        translated("ErrorText", "Huawei Cloud services of this account are disabled: it can no "
                                "longer sign in. The HUAWEI ID itself remains.");
    QVERIFY(waitFor([&] {
        for (QLabel *label : login->currentPage()->findChildren<QLabel *>())
            if (label->isVisible() && label->objectName().endsWith(u"Error") &&
                label->text().contains(disabled))
                return true;
        return false;
    }));
    QCOMPARE(login->currentId(), int(HuaweiLoginWizard::SignIn));
    clickWizardButton(login, QWizard::CancelButton);
    QVERIFY(waitFor([&] { return !login || !login->isVisible(); }));
}

void TestClosePartnerMasterWalk::R_PTN_1_R_PTN_2_R_PTN_7_associatedFrozenBudgetedThenDisassociated()
{
    QVERIFY(m_f);
    const QString song =
        accountIdOf(backend(), QString::fromLatin1(demo::cast::PartnerCandidateLogin));
    QVERIFY(!detailOf(backend(), song).partner);

    // W-PARTNER-ASSOC from File > Associate with a Partner…: the reseller's online link.
    auto *action = window().findChild<QAction *>(u"actionAssociatePartner"_s);
    QVERIFY(action && action->isEnabled());
    action->trigger();
    QPointer<PartnerAssocWizard> wizard = waitForVisible<PartnerAssocWizard>(&window());
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(PartnerAssocWizard::Token));
    type(wizard->currentPage(), "linkEdit",
         u"https://account.huaweicloud.com/partner/associate?token="_s +
             QString::fromLatin1(demo::cast::ResellerInvitationToken));
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == PartnerAssocWizard::Instructions; }));
    QWidget *page = wizard->currentPage();
    QVERIFY(waitFor([&] {
        return child<QLabel>(page, "partnerValue")->text() ==
               QString::fromLatin1(demo::cast::ResellerPartnerName);
    }));
    QVERIFY(shown(page, "warningLabel")); // a reseller: the account will be frozen
    QVERIFY(click(page, "instructionsCheck"));
    QVERIFY(click(page, "loginRadio"));
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == PartnerAssocWizard::Login; }));
    page = wizard->currentPage();
    type(page, "accountNameEdit", QString::fromLatin1(demo::cast::PartnerCandidateLogin));
    type(page, "passwordEdit", QString::fromLatin1(demo::cast::Password));
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == PartnerAssocWizard::Enable; }));
    page = wizard->currentPage();
    QVERIFY(click(page, "documentsCheck"));
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == PartnerAssocWizard::Finish; }));
    page = wizard->currentPage();
    QVERIFY(waitFor([&] { return !child<QLabel>(page, "resultLabel")->text().isEmpty(); }));
    QVERIFY(shown(page, "frozenLabel")); // R-PTN-1
    QCOMPARE(wizard->accountId(), song);
    clickWizardButton(wizard, QWizard::FinishButton);
    QVERIFY(waitFor([&] { return !wizard || !wizard->isVisible(); }));
    auto partner = detailOf(backend(), song).partner;
    QVERIFY(partner);
    QCOMPARE(partner->status, PartnerStatus::Frozen);
    QCOMPARE(partner->partnerName, QString::fromLatin1(demo::cast::ResellerPartnerName));

    // My Partner shows it frozen; W-BUY refuses it, saying why (R-PTN-1, R-PTN-6).
    QVERIFY(showAccount(demo::cast::PartnerCandidateLogin));
    QVERIFY(showTab("partnerTab"));
    auto *panel = view()->findChild<MyPartnerPanel *>();
    QVERIFY(panel);
    QVERIFY(waitFor([&] {
        return panel->detail() && panel->detail()->account.accountId == song &&
               shown(panel, "frozenBanner");
    }));
    QCOMPARE(child<QLabel>(panel, "statusValue")->text(),
             PartnerText::statusText(PartnerStatus::Frozen));
    QCOMPARE(child<QLabel>(panel, "enterpriseNameValue")->text(),
             QString::fromLatin1(demo::cast::ResellerPartnerName));
    QPointer<PurchaseWizard> buy = openPurchase();
    QVERIFY(buy);
    const QString frozen = translated("oc::gui::PurchaseProductPage",
                                      "The account stays frozen until its reseller sets a monthly "
                                      "budget. <a href=\"account\">Show this account</a> or "
                                      "choose another one.");
    auto *help = child<QLabel>(buy, "accountHelpLabel");
    QVERIFY(waitFor([&] { return help->isVisible() && help->text() == frozen; }));
    QVERIFY(!buy->button(QWizard::NextButton)->isEnabled());
    clickWizardButton(buy, QWizard::CancelButton);
    QVERIFY(waitFor([&] { return !buy || !buy->isVisible(); }));

    // The operator acting as the partner sets a monthly budget of 5,000 CNY: unfrozen, and
    // W-BUY takes the account.
    QVERIFY(showTab("partnerTab"));
    QVERIFY(click(panel, "setBudgetButton"));
    QPointer<PartnerBudgetDialog> budget = waitForVisible<PartnerBudgetDialog>(view());
    QVERIFY(budget);
    type(budget, "budgetEdit", u"5000"_s);
    QVERIFY(click(budget, "okButton"));
    QVERIFY(waitFor([&] { return !budget || !budget->isVisible(); }));
    QVERIFY(waitFor([&] { return panel->detail() && !shown(panel, "frozenBanner"); }));
    QVERIFY(shown(view(), "partnerMessage"));
    QCOMPARE(child<QLabel>(panel, "statusValue")->text(),
             PartnerText::statusText(PartnerStatus::Associated));
    QVERIFY(child<QLabel>(panel, "budgetValue")->text().contains(DomainText::money(Fen(500000))));
    partner = detailOf(backend(), song).partner;
    QVERIFY(partner && partner->status == PartnerStatus::Associated);
    QVERIFY(partner->monthlyBudget == std::optional<Fen>(Fen(500000)));
    buy = openPurchase();
    QVERIFY(buy);
    QVERIFY(waitFor([&] { return buy->button(QWizard::NextButton)->isEnabled(); }));
    QVERIFY(!child(buy, "accountHelpLabel")->isVisible());
    clickWizardButton(buy, QWizard::CancelButton);
    QVERIFY(waitFor([&] { return !buy || !buy->isVisible(); }));

    // D-PARTNER-DISASSOC (More Operations > Disassociate): (17) passes the check of R-PTN-2
    // (no master, nothing owed, its currency set, never asked before).
    QVERIFY(showTab("partnerTab"));
    QVERIFY(click(panel, "disassociateButton"));
    QPointer<PartnerDisassociateDialog> dialog = waitForVisible<PartnerDisassociateDialog>(view());
    QVERIFY(dialog);
    QCOMPARE(dialog->step(), PartnerDisassociateDialog::CheckStep);
    QVERIFY(waitFor([&] { return dialog->check() && dialog->check()->passed(); }));
    QCOMPARE(child<QLabel>(dialog, "checkSummary")->text(),
             translated("oc::gui::PartnerDisassociateDialog",
                        "✓ The account passes the check: you can apply to disassociate."));
    QVERIFY(!shown(dialog, "failuresLabel"));
    QVERIFY(click(dialog, "nextButton"));
    QCOMPARE(dialog->step(), PartnerDisassociateDialog::StatementStep);
    // The statement is required (R-PTN-7), said next to it.
    QVERIFY(click(dialog, "disassociateButton"));
    QVERIFY(waitFor([&] { return shown(dialog, "statementAcceptedError"); }));
    QCOMPARE(dialog->step(), PartnerDisassociateDialog::StatementStep);
    QVERIFY(click(dialog, "statementCheck"));
    QVERIFY(!shown(dialog, "statementAcceptedError"));
    QVERIFY(click(dialog, "disassociateButton"));
    QCOMPARE(dialog->step(), PartnerDisassociateDialog::CodeStep);
    const QString mobile = dialog->mobile();
    QVERIFY(!mobile.isEmpty());
    const QString code = sendCode(dialog, "sendCodeButton", mobile);
    QVERIFY(!code.isEmpty());
    type(dialog, "codeEdit", code);
    QVERIFY(click(dialog, "okButton"));
    QVERIFY(waitFor([&] { return dialog->step() == PartnerDisassociateDialog::DoneStep; }));
    QVERIFY(!dialog->successMessage().isEmpty());
    QVERIFY(click(dialog, "closeButton"));
    QVERIFY(waitFor([&] { return !dialog || !dialog->isVisible(); }));

    // Pending until the partner processes it (R-PTN-7).
    QVERIFY(waitFor([&] { return shown(panel, "pendingBanner"); }));
    QCOMPARE(child<QLabel>(panel, "statusValue")->text(),
             PartnerText::statusText(PartnerStatus::Disassociating));
    QVERIFY(!child(panel, "disassociateButton")->isEnabled());
    partner = detailOf(backend(), song).partner;
    QVERIFY(partner && partner->pending);
    QCOMPARE(partner->pending->initiator, DisassociationInitiator::Customer);
    snapshot(&window(), u"walk-partner-pending"_s);

    // The operator acting as the partner agrees: no partner any more.
    m_f->dialogs.confirmAnswer = true;
    QVERIFY(click(panel, "agreeButton"));
    QVERIFY(waitFor([&] { return shown(panel, "noPartnerLabel"); }));
    QVERIFY(!shown(panel, "partnerGroup"));
    QVERIFY(!detailOf(backend(), song).partner);
}

void TestClosePartnerMasterWalk::R_MST_1_R_MST_2_memberInvitedAcceptedThenCancelled()
{
    QVERIFY(m_f);
    const QString song =
        accountIdOf(backend(), QString::fromLatin1(demo::cast::PartnerCandidateLogin));
    const QString group = accountIdOf(backend(), QString::fromLatin1(demo::cast::MasterLogin));
    const QString groupName = detailOf(backend(), group).account.enterpriseName;
    QVERIFY(!groupName.isEmpty());
    QVERIFY(!detailOf(backend(), song).master);

    // The operator acting as (11) invites (17) in unified accounting.
    QVERIFY(showAccount(demo::cast::MasterLogin));
    QVERIFY(showTab("masterTab"));
    auto *panel = view()->findChild<MyMasterAccountPanel *>();
    QVERIFY(panel);
    QVERIFY(
        waitFor([&] { return shown(panel, "membersGroup") && shown(panel, "actAsMasterGroup"); }));
    QVERIFY(click(panel, "inviteMemberButton"));
    QPointer<MasterInviteDialog> invite = waitForVisible<MasterInviteDialog>(view());
    QVERIFY(invite);
    type(invite, "memberAccountIdEdit", song);
    QVERIFY(click(invite, "unifiedRadio"));
    QVERIFY(click(invite, "okButton"));
    QVERIFY(waitFor([&] { return !invite || !invite->isVisible(); }));
    auto *members = child<QTableWidget>(panel, "membersTable");
    const auto rowOf = [&](const QString &memberId) {
        for (int row = 0; row < members->rowCount(); ++row)
            if (members->item(row, 0) && members->item(row, 0)->text() == memberId)
                return row;
        return -1;
    };
    QVERIFY(waitFor([&] {
        const int row = rowOf(song);
        return row >= 0 &&
               members->item(row, 2)->text() == MasterText::status(MasterLinkStatus::Invited);
    }));
    auto link = detailOf(backend(), song).master;
    QVERIFY(link);
    QCOMPARE(link->status, MasterLinkStatus::Invited);
    QCOMPARE(link->masterAccountId, group);
    QCOMPARE(link->accounting, MasterAccounting::Unified);

    // (17) sees the invitation; Accept without the agreement is refused next to it (R-MST-2),
    // then accepted with it (R-MST-1).
    QVERIFY(showAccount(demo::cast::PartnerCandidateLogin));
    QVERIFY(showTab("masterTab"));
    QVERIFY(waitFor([&] {
        return shown(panel, "requestBanner") &&
               child<QLabel>(panel, "bannerTitle")->text() ==
                   translated("MasterText", "Association invitation");
    }));
    QVERIFY(child<QLabel>(panel, "bannerText")->text().contains(groupName));
    QVERIFY(click(panel, "acceptButton"));
    QPointer<MasterRequestDialog> request = waitForVisible<MasterRequestDialog>(view());
    QVERIFY(request);
    QCOMPARE(child<QLabel>(request, "accountIdValue")->text(), group);
    QVERIFY(shown(request, "impactsGroup"));
    QVERIFY(click(request, "acceptButton"));
    QVERIFY(waitFor([&] { return shown(request, "agreementError"); }));
    QCOMPARE(detailOf(backend(), song).master->status, MasterLinkStatus::Invited);
    QVERIFY(click(request, "agreementCheck"));
    QVERIFY(child<QCheckBox>(request, "agreementCheck")->isChecked());
    QVERIFY(click(request, "acceptButton"));
    QVERIFY(waitFor([&] { return !request || !request->isVisible(); }));
    QVERIFY(waitFor([&] {
        return !shown(panel, "requestBanner") && shown(view(), "masterMessage") &&
               child<QLabel>(panel, "linkStatusValue")->text() ==
                   MasterText::status(MasterLinkStatus::Associated);
    }));
    QCOMPARE(child<QLabel>(panel, "masterAccountIdValue")->text(), group);
    QCOMPARE(child<QLabel>(panel, "accountingValue")->text(),
             MasterText::accounting(MasterAccounting::Unified));
    link = detailOf(backend(), song).master;
    QVERIFY(link && link->status == MasterLinkStatus::Associated && link->associatedAt.isValid());
    snapshot(&window(), u"walk-master-associated"_s);

    // (11) requests the cancellation of its member (the confirmation names it).
    QVERIFY(showAccount(demo::cast::MasterLogin));
    QVERIFY(showTab("masterTab"));
    QVERIFY(waitFor([&] {
        const int row = rowOf(song);
        return row >= 0 &&
               members->item(row, 2)->text() == MasterText::status(MasterLinkStatus::Associated);
    }));
    const int row = rowOf(song);
    QTest::mouseClick(members->viewport(), Qt::LeftButton, {},
                      members->visualItemRect(members->item(row, 0)).center());
    m_f->dialogs.asked.clear();
    m_f->dialogs.confirmAnswer = true;
    QVERIFY(click(panel, "requestCancellationButton"));
    QVERIFY(waitFor([&] {
        const int r = rowOf(song);
        return r >= 0 && members->item(r, 2)->text() ==
                             MasterText::status(MasterLinkStatus::CancellationRequested);
    }));
    QCOMPARE(m_f->dialogs.asked.size(), 2);
    QVERIFY(m_f->dialogs.asked.at(1).contains(song));
    QCOMPARE(detailOf(backend(), song).master->status, MasterLinkStatus::CancellationRequested);

    // (17) accepts the cancellation: no longer a member.
    QVERIFY(showAccount(demo::cast::PartnerCandidateLogin));
    QVERIFY(showTab("masterTab"));
    QVERIFY(waitFor([&] {
        return shown(panel, "requestBanner") &&
               child<QLabel>(panel, "bannerTitle")->text() ==
                   translated("MasterText", "Cancellation request");
    }));
    QVERIFY(click(panel, "acceptButton"));
    request = waitForVisible<MasterRequestDialog>(view());
    QVERIFY(request);
    QVERIFY(shown(request, "cancellationNote"));
    QVERIFY(click(request, "agreementCheck"));
    QVERIFY(click(request, "acceptButton"));
    QVERIFY(waitFor([&] { return !request || !request->isVisible(); }));
    QVERIFY(waitFor([&] { return shown(panel, "notAssociatedLabel"); }));
    QVERIFY(!shown(panel, "requestBanner"));
    link = detailOf(backend(), song).master;
    QVERIFY(!link || link->status == MasterLinkStatus::Cancelled);
    snapshot(&window(), u"walk-master-cancelled"_s);
}

QTEST_MAIN(TestClosePartnerMasterWalk)
#include "test_close_partner_master_walk.moc"
