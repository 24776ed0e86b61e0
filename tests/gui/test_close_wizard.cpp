// Closing Huawei Cloud services through the real widgets on the demo data (issue 19), in both
// languages: issue 19's Done-means — from Basic Information's "Disable Huawei Cloud Services"
// area, a close attempt (W-CLOSE) fails its checks with every reason listed (R-CLS-1), the
// reasons are fixed, "Check again" submits a new application with a new code (R-CLS-3,
// R-CLS-4) and the services are closed with their retention and dates (R-CLS-2); View Last
// Check Result shows the stored check (R-CLS-4); Restore is refused before 24 hours and allowed
// after the clock moved a day (R-CLS-2); closed again and disabled with a code and the
// acknowledgement, after which the account cannot sign in (R-CLS-5); Disable refused while
// anything is owed (R-CLS-5); the operator terminates a closing (R-CLS-6). Every page, dialog
// and main error state is snapshotted (fit and accessibility checks). Closing moves the focus
// from Close Huawei Cloud Services, which goes, to View Last Check Result without scrolling the
// panel, whichever window is active when the account reloads.

#include "DomainPrinting.h"
#include "GuiTestSupport.h"
#include "gui/ClosingText.h"
#include "gui/DomainText.h"
#include "gui/dialogs/DisableServicesDialog.h"
#include "gui/dialogs/LastCheckDialog.h"
#include "gui/dialogs/RestoreServicesDialog.h"
#include "gui/dialogs/TerminateClosingDialog.h"
#include "gui/views/HuaweiAccountsView.h"
#include "gui/views/ListViewWidget.h"
#include "gui/wizards/close/CloseWizard.h"
#include "services/DemoStoryData.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QToolButton>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

namespace {

template<class T = QWidget>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no %s", name);
    return w;
}

void click(QWidget *parent, const char *name)
{
    auto *button = child<QAbstractButton>(parent, name);
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

void setConditions(Backend *backend, const QString &accountId,
                   const std::function<void(AccountConditions &)> &change)
{
    auto conditions = await(backend->accountConditions(accountId));
    QVERIFY(conditions.ok());
    AccountConditions c = *conditions;
    change(c);
    QVERIFY(await(backend->setAccountConditions(c)).ok());
}

qint64 messagesTo(Backend *backend, const QString &destination)
{
    return count(*backend, QString(view::Outbox), {{QString(column::Destination), destination}});
}

// Clicks the Send button `name` inside `parent` and returns the code that reached `email`
// (the clock a minute on first: a code may be sent again after 60 seconds, R-VC-1).
QString sendCode(Backend *backend, QWidget *parent, const char *name, const QString &email)
{
    await(backend->advanceClock(ClockStep::Minute));
    const qint64 before = messagesTo(backend, email);
    auto *send = child<QPushButton>(parent, name);
    if (!send || !waitFor([&] { return send->isEnabled(); }))
        return {};
    QTest::mouseClick(send, Qt::LeftButton);
    if (!waitFor([&] { return messagesTo(backend, email) > before; }))
        return {};
    return latestCode(*backend, email);
}

HuaweiAccountDetail detailOf(Backend *backend, const QString &accountId)
{
    const auto detail = await(backend->huaweiAccount(accountId));
    if (!detail.ok())
        qFatal("account: %s", qPrintable(detail.error().toString()));
    return *detail;
}

} // namespace

class TestCloseWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OC_REQUIRE_STORE();
    }
    void R_CLS_1_R_CLS_3_R_CLS_4_failingEveryCheckThenFixedAndClosed();
    void R_CLS_2_R_CLS_5_restoredAfterADayClosedAgainAndDisabled();
    void R_CLS_5_disableRefusedWhileAnythingIsOwed();
    void R_CLS_6_operatorTerminatesAClosing();
    void closingHandsTheFocusOnWithoutScrolling_data();
    void closingHandsTheFocusOnWithoutScrolling();

private:
    // Basic Information of `login`'s account with its closing area expanded.
    QWidget *showAccount(GuiFixture &f, const char *login);
    // W-CLOSE from the area, until the check page shows its result (terms, reason and code).
    CloseWizard *closeUntilChecked(GuiFixture &f, QWidget *view, const QString &email,
                                   bool snapshots);
    template<class D>
    QPointer<D> openDialog(GuiFixture &f, QWidget *view, const char *button);
};

QWidget *TestCloseWizard::showAccount(GuiFixture &f, const char *login)
{
    MainWindow &w = *f.window;
    const QString account = accountIdOf(f.backend.backend.get(), QString::fromLatin1(login));
    w.showPage(MainWindow::Page::HuaweiAccounts);
    HuaweiAccountsView *view = w.huaweiAccountsView();
    view->selectAccount(account);
    auto *status = child<QLabel>(view, "closeStatusValue");
    auto *shown = child<QLabel>(view, "accountIdValue");
    auto *toggle = child<QToolButton>(view, "closeToggleButton");
    if (!status || !toggle || !shown)
        return nullptr;
    // The account's own details (not the first row's, shown until it is read).
    if (!waitFor([&] {
            return view->list()->currentValue(u"accountId"_s).toString() == account &&
                   shown->text() == account && !status->text().isEmpty() && toggle->isEnabled();
        }))
        return nullptr;
    if (!toggle->isChecked())
        QTest::mouseClick(toggle, Qt::LeftButton);
    return view;
}

template<class D>
QPointer<D> TestCloseWizard::openDialog(GuiFixture &f, QWidget *view, const char *button)
{
    auto *b = child<QPushButton>(view, button);
    if (!b || !waitFor([&] { return b->isVisible() && b->isEnabled(); }))
        return nullptr;
    QTest::mouseClick(b, Qt::LeftButton);
    D *dialog = nullptr;
    waitFor([&] {
        dialog = f.window->findChild<D *>();
        return dialog && dialog->isVisible();
    });
    return dialog;
}

CloseWizard *TestCloseWizard::closeUntilChecked(GuiFixture &f, QWidget *view, const QString &email,
                                                bool snapshots)
{
    Backend *backend = f.backend.backend.get();
    auto *open = child<QPushButton>(view, "closeServicesButton");
    if (!open || !waitFor([&] { return open->isVisible() && open->isEnabled(); }))
        return nullptr;
    QTest::mouseClick(open, Qt::LeftButton);
    CloseWizard *wizard = nullptr;
    if (!waitFor([&] {
            wizard = f.window->findChild<CloseWizard *>();
            return wizard && wizard->isVisible() &&
                   wizard->button(QWizard::NextButton)->isEnabled();
        }))
        return nullptr;
    QWidget *page = wizard->currentPage();
    if (snapshots) {
        snapshot(wizard, u"close-review"_s);
        // R-CLS-3: the terms and a reason, each asked for next to itself.
        clickWizardButton(wizard, QWizard::NextButton);
        if (!waitFor([&] {
                return child(page, "termsAcceptedError")->isVisible() &&
                       child(page, "reasonError")->isVisible();
            }))
            return nullptr;
        if (wizard->currentId() != CloseWizard::Review)
            return nullptr;
        snapshot(wizard, u"close-review-error"_s);
        // The full terms behind their button.
        f.dialogs.asked.clear();
        QTest::mouseClick(child<QPushButton>(page, "termsButton"), Qt::LeftButton);
        if (f.dialogs.asked.size() != 2 || !f.dialogs.asked.at(1).contains(u"90"_s))
            return nullptr;
    }
    auto *terms = child<QCheckBox>(page, "termsCheck");
    QTest::mouseClick(terms, Qt::LeftButton, {}, QPoint(6, terms->height() / 2));
    QTest::mouseClick(child<QRadioButton>(page, "noLongerNeededRadio"), Qt::LeftButton, {},
                      QPoint(6, 6));
    if (!terms->isChecked() || !child(page, "termsAcceptedError")->isHidden())
        return nullptr;
    clickWizardButton(wizard, QWizard::NextButton);
    if (!waitFor([&] { return wizard->currentId() == CloseWizard::Verify; }))
        return nullptr;
    page = wizard->currentPage();
    const QString code = sendCode(backend, page, "sendCodeButton", email);
    if (code.isEmpty())
        return nullptr;
    if (snapshots) {
        // R-VC-1: a wrong code refused next to it, on this page.
        type(page, "codeEdit", code == u"000000" ? u"111111"_s : u"000000"_s);
        clickWizardButton(wizard, QWizard::NextButton);
        if (!waitFor([&] { return child(page, "codeError")->isVisible(); }))
            return nullptr;
        snapshot(wizard, u"close-verify-error"_s);
    }
    type(page, "codeEdit", code);
    if (snapshots)
        snapshot(wizard, u"close-verify"_s);
    clickWizardButton(wizard, QWizard::NextButton);
    if (!waitFor([&] { return wizard->currentId() == CloseWizard::Check; }))
        return nullptr;
    return wizard;
}

void TestCloseWizard::R_CLS_1_R_CLS_3_R_CLS_4_failingEveryCheckThenFixedAndClosed()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const QString zhou = accountIdOf(backend, QString::fromLatin1(demo::cast::IndividualLogin));
    const QString email = detailOf(backend, zhou).account.email;
    // Every simulated condition of R-CLS-1 (D-CONDITIONS) at once.
    setConditions(backend, zhou, [](AccountConditions &c) {
        c.arrears = Fen(128050);
        c.balance = Fen(2000);
        c.overIssuedInvoices = c.pendingPayments = c.unpaidTaxes = true;
        c.reservedInstances = c.pendingContracts = c.complaints = true;
    });
    QWidget *view = showAccount(f, demo::cast::IndividualLogin);
    QVERIFY(view);
    QVERIFY(child(view, "closeServicesButton")->isVisible());
    QVERIFY(!child(view, "restoreServicesButton")->isVisible());
    QVERIFY(!child(view, "lastCheckButton")->isVisible()); // no check yet
    child<QScrollArea>(view, "basicScroll")->ensureWidgetVisible(child(view, "closeGroup"));
    snapshot(f.window.get(), u"close-area-enabled"_s);

    CloseWizard *wizard = closeUntilChecked(f, view, email, true);
    QVERIFY(wizard);
    QWidget *page = wizard->currentPage();
    // Every failed condition listed under its check, with what to do (R-CLS-1).
    const auto check = wizard->flow()->check();
    QVERIFY(check && !check->passed());
    QCOMPARE(check->failures.size(), 8);
    const struct
    {
        ClosingCheckGroup group;
        const char *label;
    } groups[] = {{ClosingCheckGroup::Account, "accountCheckFailures"},
                  {ClosingCheckGroup::Financial, "financialCheckFailures"},
                  {ClosingCheckGroup::OrdersAndResources, "ordersCheckFailures"}};
    for (const auto &g : groups) {
        auto *label = child<QLabel>(page, g.label);
        QVERIFY(label->isVisible());
        for (const ClosingFailure &failure : check->failures)
            if (failure.group == g.group) {
                QVERIFY2(
                    label->text().contains(ClosingText::conditionText(failure).toHtmlEscaped()),
                    qPrintable(failure.condition));
                QVERIFY(label->text().contains(ClosingText::remedyText(failure).toHtmlEscaped()));
            }
    }
    QVERIFY(child<QLabel>(page, "financialCheckFailures")->text().contains(u"1,280.50"_s));
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled()); // Proceed only when all pass
    QCOMPARE(wizard->button(QWizard::CommitButton)->text(),
             QCoreApplication::translate("oc::gui::CloseCheckPage", "&Proceed to Close"));
    QVERIFY(child(page, "checkAgainButton")->isVisible());
    snapshot(wizard, u"close-check-failed"_s);
    // Stored (R-CLS-4): View Last Check Result shows it.
    QVERIFY(detailOf(backend, zhou).lastClosingCheck == check);

    // Fixed (D-CONDITIONS cleared), then Check again: a new application with a new code.
    setConditions(backend, zhou, [](AccountConditions &c) {
        c.arrears = c.balance = Fen(0);
        c.overIssuedInvoices = c.pendingPayments = c.unpaidTaxes = false;
        c.reservedInstances = c.pendingContracts = c.complaints = false;
    });
    click(page, "checkAgainButton");
    QVERIFY(waitFor([&] { return wizard->currentId() == CloseWizard::Verify; }));
    page = wizard->currentPage();
    QVERIFY(child(page, "newApplicationNote")->isVisible());
    QVERIFY(child<QLineEdit>(page, "codeEdit")->text().isEmpty());
    const QString code = sendCode(backend, page, "sendCodeButton", email);
    QVERIFY(!code.isEmpty());
    type(page, "codeEdit", code);
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == CloseWizard::Check; }));
    page = wizard->currentPage();
    QVERIFY(waitFor([&] { return wizard->button(QWizard::CommitButton)->isEnabled(); }));
    QVERIFY(!child(page, "checkAgainButton")->isVisible());
    QVERIFY(!child(page, "financialCheckFailures")->isVisible());
    QCOMPARE(child<QLabel>(page, "summaryLabel")->text(),
             QCoreApplication::translate("oc::gui::ClosingCheckView",
                                         "Account check successful. You can now proceed to close "
                                         "your account."));
    snapshot(wizard, u"close-check-passed"_s);
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == CloseWizard::Finish; }));
    page = wizard->currentPage();
    QVERIFY(waitFor([&] { return !child<QLabel>(page, "retentionValue")->text().isEmpty(); }));
    const auto closing = wizard->flow()->closing();
    QVERIFY(closing);
    QCOMPARE(closing->retentionUntil, closing->closedAt.addDays(90));
    QVERIFY(child<QLabel>(page, "restoreFromValue")
                ->text()
                .contains(DomainText::time(closing->restoreFrom, f.context.displayZone())));
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled() ||
            !wizard->button(QWizard::BackButton)->isVisible());
    snapshot(wizard, u"close-finish"_s);
    clickWizardButton(wizard, QWizard::FinishButton);
    QVERIFY(waitFor([&] { return !wizard->isVisible(); }));

    // The area shows the retention countdown, Restore and Disable, and the last check.
    auto *message = child<QLabel>(view, "myAccountMessage");
    QVERIFY(waitFor(
        [&] { return message->isVisible() && child(view, "restoreServicesButton")->isVisible(); }));
    QVERIFY(!child(view, "closeServicesButton")->isVisible());
    QVERIFY(child(view, "disableServicesButton")->isVisible());
    QVERIFY(child<QLabel>(view, "closeStatusValue")->text().contains(u"90"_s));
    child<QScrollArea>(view, "basicScroll")->ensureWidgetVisible(child(view, "closeGroup"));
    snapshot(f.window.get(), u"close-area-closed"_s);
    auto last = openDialog<LastCheckDialog>(f, view, "lastCheckButton");
    QVERIFY(last);
    QVERIFY(!child<QLabel>(last, "outcomeValue")->text().isEmpty());
    QVERIFY(!child(last, "financialCheckFailures")->isVisible()); // the passed one, stored last
    snapshot(last, u"close-last-check"_s);
    click(last, "closeButton");
    QVERIFY(waitFor([&] { return !last || !last->isVisible(); }));
    QVERIFY(detailOf(backend, zhou).account.servicesStatus == ServicesStatus::Closed);
}

void TestCloseWizard::R_CLS_2_R_CLS_5_restoredAfterADayClosedAgainAndDisabled()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const QString zhou = accountIdOf(backend, QString::fromLatin1(demo::cast::IndividualLogin));
    const QString email = detailOf(backend, zhou).account.email;
    QWidget *view = showAccount(f, demo::cast::IndividualLogin);
    QVERIFY(view);
    CloseWizard *wizard = closeUntilChecked(f, view, email, false);
    QVERIFY(wizard);
    QVERIFY(waitFor([&] { return wizard->button(QWizard::CommitButton)->isEnabled(); }));
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == CloseWizard::Finish; }));
    clickWizardButton(wizard, QWizard::FinishButton);
    QVERIFY(waitFor([&] { return !wizard->isVisible(); }));

    // Restore before 24 hours: refused in the dialog, with the time it becomes possible.
    auto restore = openDialog<RestoreServicesDialog>(f, view, "restoreServicesButton");
    QVERIFY(restore);
    snapshot(restore, u"close-restore"_s);
    click(restore, "okButton");
    auto *error = child<QLabel>(restore, "accountIdError");
    QVERIFY(waitFor([&] { return error->isVisible(); }));
    const auto closing = detailOf(backend, zhou).closing;
    QVERIFY(closing);
    QVERIFY2(
        error->text().contains(DomainText::time(closing->restoreFrom, f.context.displayZone())),
        qPrintable(error->text()));
    snapshot(restore, u"close-restore-error"_s);
    click(restore, "cancelButton");
    QVERIFY(waitFor([&] { return !restore || !restore->isVisible(); }));

    // A day later (the demo clock): restored.
    QVERIFY(await(backend->advanceClock(ClockStep::Day)).ok());
    QVERIFY(waitFor([&] {
        return child<QLabel>(view, "closeStatusValue")
            ->text()
            .endsWith(QCoreApplication::translate("oc::gui::HuaweiAccountsView",
                                                  "%1 Restore and Disable are possible now.")
                          .arg(QString())
                          .trimmed());
    }));
    restore = openDialog<RestoreServicesDialog>(f, view, "restoreServicesButton");
    QVERIFY(restore);
    click(restore, "okButton");
    QVERIFY(waitFor([&] { return !restore || !restore->isVisible(); }));
    QVERIFY(waitFor([&] { return child(view, "closeServicesButton")->isVisible(); }));
    QVERIFY(detailOf(backend, zhou).account.servicesStatus == ServicesStatus::Enabled);

    // Closed again, and a day later disabled (R-CLS-5).
    wizard = closeUntilChecked(f, view, email, false);
    QVERIFY(wizard);
    QVERIFY(waitFor([&] { return wizard->button(QWizard::CommitButton)->isEnabled(); }));
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == CloseWizard::Finish; }));
    clickWizardButton(wizard, QWizard::FinishButton);
    QVERIFY(waitFor([&] { return !wizard->isVisible(); }));
    QVERIFY(await(backend->advanceClock(ClockStep::Day)).ok());

    auto disable = openDialog<DisableServicesDialog>(f, view, "disableServicesButton");
    QVERIFY(disable);
    QVERIFY(disable->step() == DisableServicesDialog::VerifyStep);
    click(disable, "nextButton"); // no code yet
    QVERIFY(waitFor([&] { return child(disable, "codeError")->isVisible(); }));
    snapshot(disable, u"close-disable-verify-error"_s);
    const QString code = sendCode(backend, disable, "sendCodeButton", email);
    QVERIFY(!code.isEmpty());
    type(disable, "codeEdit", code);
    QVERIFY(!child(disable, "codeError")->isVisible());
    snapshot(disable, u"close-disable-verify"_s);
    click(disable, "nextButton");
    QVERIFY(waitFor([&] { return disable->step() == DisableServicesDialog::ResultStep; }));
    QVERIFY(waitFor([&] { return child<QPushButton>(disable, "okButton")->isEnabled(); }));
    QCOMPARE(child<QLabel>(disable, "financialCheckStatus")->text(),
             QCoreApplication::translate("oc::gui::ClosingCheckView", "✓ Passed"));
    snapshot(disable, u"close-disable-result"_s);
    // The acknowledgement is required.
    click(disable, "okButton");
    QVERIFY(waitFor([&] { return child(disable, "acknowledgedError")->isVisible(); }));
    snapshot(disable, u"close-disable-ack-error"_s);
    auto *ack = child<QCheckBox>(disable, "acknowledgedCheck");
    QTest::mouseClick(ack, Qt::LeftButton, {}, QPoint(6, ack->height() / 2));
    QVERIFY(ack->isChecked());
    QVERIFY(!child(disable, "acknowledgedError")->isVisible());
    click(disable, "okButton");
    QVERIFY(waitFor([&] { return !disable || !disable->isVisible(); }));
    QVERIFY(waitFor([&] {
        return !child(view, "disableServicesButton")->isVisible() &&
               !child(view, "closeServicesButton")->isVisible();
    }));
    QVERIFY(detailOf(backend, zhou).account.servicesStatus == ServicesStatus::Disabled);
    child<QScrollArea>(view, "basicScroll")->ensureWidgetVisible(child(view, "closeGroup"));
    snapshot(f.window.get(), u"close-area-disabled"_s);
    // A disabled account cannot sign in (R-CLS-5); the HUAWEI ID itself remains.
    HuaweiLoginRequest login;
    login.identifier = QString::fromLatin1(demo::cast::IndividualLogin);
    login.password = QString::fromLatin1(demo::cast::Password);
    const auto signedIn = await(backend->checkHuaweiLogin(login));
    QVERIFY(!signedIn.ok());
    QCOMPARE(signedIn.error().rule, u"R-CLS-2"_s);
    QCOMPARE(signedIn.error().reason, u"disabled"_s);
}

void TestCloseWizard::R_CLS_5_disableRefusedWhileAnythingIsOwed()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    // (14) zhaoxinyi: closed ten days before the demo; Disable is possible, but not in arrears.
    const QString zhao =
        accountIdOf(backend, QString::fromLatin1(demo::cast::ClosedInRetentionLogin));
    const QString email = detailOf(backend, zhao).account.email;
    setConditions(backend, zhao, [](AccountConditions &c) { c.arrears = Fen(30000); });
    QWidget *view = showAccount(f, demo::cast::ClosedInRetentionLogin);
    QVERIFY(view);
    auto disable = openDialog<DisableServicesDialog>(f, view, "disableServicesButton");
    QVERIFY(disable);
    const QString code = sendCode(backend, disable, "sendCodeButton", email);
    QVERIFY(!code.isEmpty());
    type(disable, "codeEdit", code);
    click(disable, "nextButton");
    QVERIFY(waitFor([&] { return disable->step() == DisableServicesDialog::ResultStep; }));
    QVERIFY(waitFor([&] { return child(disable, "financialCheckFailures")->isVisible(); }));
    QVERIFY(child<QLabel>(disable, "financialCheckFailures")->text().contains(u"300.00"_s));
    auto *ack = child<QCheckBox>(disable, "acknowledgedCheck");
    QTest::mouseClick(ack, Qt::LeftButton, {}, QPoint(6, ack->height() / 2));
    QVERIFY(waitFor([&] { return child<QPushButton>(disable, "okButton")->isEnabled(); }));
    click(disable, "okButton");
    auto *error = child<QLabel>(disable, "accountIdError");
    QVERIFY(waitFor([&] { return error->isVisible(); }));
    QVERIFY2(error->text().contains(ClosingText::conditionName(u"arrears"_s)),
             qPrintable(error->text()));
    QVERIFY(disable->isVisible());
    snapshot(disable, u"close-disable-owed"_s);
    click(disable, "cancelButton");
    QVERIFY(detailOf(backend, zhao).account.servicesStatus == ServicesStatus::Closed);
}

void TestCloseWizard::R_CLS_6_operatorTerminatesAClosing()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const QString zhao =
        accountIdOf(backend, QString::fromLatin1(demo::cast::ClosedInRetentionLogin));
    QWidget *view = showAccount(f, demo::cast::ClosedInRetentionLogin);
    QVERIFY(view);
    auto terminate = openDialog<TerminateClosingDialog>(f, view, "terminateClosingButton");
    QVERIFY(terminate);
    auto *reason = child<QComboBox>(terminate, "reasonCombo");
    QCOMPARE(reason->count(), 4);
    reason->setCurrentIndex(reason->findData(u"investigation"_s));
    type(terminate, "noteEdit", u"Case 2026-017"_s);
    snapshot(terminate, u"close-terminate"_s);
    click(terminate, "okButton");
    QVERIFY(waitFor([&] { return !terminate || !terminate->isVisible(); }));
    QVERIFY(waitFor([&] { return child(view, "closeServicesButton")->isVisible(); }));
    QVERIFY(detailOf(backend, zhao).account.servicesStatus == ServicesStatus::Enabled);
    QCOMPARE(count(*backend, QString(view::Journal),
                   {{QString(column::Operation), u"terminateClosing"_s},
                    {QString(column::Target), zhao}}),
             1);
}

// The close button had the focus (it was clicked); once the services are closed it is
// hidden and hands the focus to View Last Check Result, the first button shown, without
// moving the panel, whether the wizard or the main window is active when the account reloads
// after Proceed to Close, and after Finish.
void TestCloseWizard::closingHandsTheFocusOnWithoutScrolling_data()
{
    QTest::addColumn<bool>("mainWindowActive");
    QTest::newRow("the wizard active") << false;
    QTest::newRow("the main window active") << true;
}

void TestCloseWizard::closingHandsTheFocusOnWithoutScrolling()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const QString zhou = accountIdOf(backend, QString::fromLatin1(demo::cast::IndividualLogin));
    const QString email = detailOf(backend, zhou).account.email;
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QWidget *view = showAccount(f, demo::cast::IndividualLogin);
    QVERIFY(view);
    auto *scroll = child<QScrollArea>(view, "basicScroll");
    auto *close = child<QPushButton>(view, "closeServicesButton");
    QVERIFY(waitFor([&] { return close->isVisible(); }));
    // The panel settled (every answer in, laid out) before it is scrolled: scrolled while a
    // layout is pending, the position is not the one the area's controls end up at.
    int maximum = -1;
    int stable = 0;
    QVERIFY(waitFor([&] {
        const int now = scroll->verticalScrollBar()->maximum();
        stable = now == maximum && backend->callsInFlight() == 0 ? stable + 1 : 0;
        maximum = now;
        return stable >= 20;
    }));
    scroll->ensureWidgetVisible(close);
    close->setFocus(Qt::MouseFocusReason);
    QCOMPARE(f.window->focusWidget(), close);
    const int position = scroll->verticalScrollBar()->value();
    QVERIFY(position > 0); // the area is below the fold: a scroll to a control would show
    CloseWizard *wizard = closeUntilChecked(f, view, email, false);
    QVERIFY(wizard);
    QVERIFY(waitFor([&] { return wizard->button(QWizard::CommitButton)->isEnabled(); }));
    // Whichever window is active when the account reloads.
    QFETCH(bool, mainWindowActive);
    if (mainWindowActive) {
        f.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    }
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == CloseWizard::Finish; }));
    auto *lastCheck = child(view, "lastCheckButton");
    QVERIFY(waitFor([&] { return close->isHidden() && lastCheck->isVisible(); }));
    QCOMPARE(f.window->focusWidget(), lastCheck);
    // The area's new text and buttons may clamp the panel's position, but nothing scrolls it.
    QVERIFY2(scroll->verticalScrollBar()->value() <= position,
             qPrintable(
                 u"%1 after %2, focus on %3, active %4"_s.arg(scroll->verticalScrollBar()->value())
                     .arg(position)
                     .arg(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                      : u"none"_s)
                     .arg(QApplication::activeWindow() ? QApplication::activeWindow()->objectName()
                                                       : u"none"_s)));
    const int reloaded = scroll->verticalScrollBar()->value();
    clickWizardButton(wizard, QWizard::FinishButton);
    QVERIFY(waitFor([&] { return !wizard->isVisible(); }));
    f.window->activateWindow(); // the window manager's part, not the offscreen platform's
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QTRY_COMPARE(QApplication::focusWidget(), lastCheck);
    QCOMPARE(scroll->verticalScrollBar()->value(), reloaded);
}

QTEST_MAIN(TestCloseWizard)
#include "test_close_wizard.moc"
