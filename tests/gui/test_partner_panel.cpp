// My Partner through the real widgets on the demo data (issue 19, part 2), in both languages
// and on both backends: the panel as the account detail shows it (a host reads the account
// again on changed(), as HuaweiAccountsView does). The demo's frozen reseller customer (5) and
// the monthly budget the operator sets, which unfreezes it (R-PTN-1); the customer's
// disassociation — the check failing in arrears then passing after Check again, the statement,
// a wrong then the right SMS code — pending until the partner agrees, after which there is no
// partner (R-PTN-2, R-PTN-7); a partner-initiated request refused then agreed by the customer
// (D-PARTNER-PROCESS, R-PTN-7); one request every 3 months (R-PTN-2); the Operation Log; and
// the operator's invitation, which starts W-PARTNER-ASSOC. Every dialog and its main error
// state is snapshotted (fit and accessibility checks).

#include "GuiTestSupport.h"
#include "gui/DomainText.h"
#include "gui/PartnerText.h"
#include "gui/dialogs/PartnerBudgetDialog.h"
#include "gui/dialogs/PartnerDisassociateDialog.h"
#include "gui/dialogs/PartnerInvitationDialog.h"
#include "gui/dialogs/PartnerLogDialog.h"
#include "gui/dialogs/PartnerProcessDialog.h"
#include "gui/dialogs/PartnerRequestDialog.h"
#include "gui/views/MyPartnerPanel.h"
#include "gui/wizards/partner/PartnerAssocWizard.h"
#include "services/DemoStoryData.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>

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

HuaweiAccountDetail detailOf(Backend *backend, const QString &accountId)
{
    const auto detail = await(backend->huaweiAccount(accountId));
    if (!detail.ok())
        qFatal("account: %s", qPrintable(detail.error().toString()));
    return *detail;
}

// My Partner of one account as the account detail shows it: read again on changed().
struct PanelHost
{
    PanelHost(GuiFixture &f, const char *login)
        : backend(f.backend.backend.get())
        , accountId(accountIdOf(backend, QString::fromLatin1(login)))
        , panel(new MyPartnerPanel(&f.context))
    {
        panel->resize(780, 680);
        QObject::connect(panel.get(), &MyPartnerPanel::changed, panel.get(),
                         [this](const QString &id, const QString &message) {
                             messages << message;
                             if (id == accountId)
                                 reload();
                         });
        reload();
        panel->show();
    }
    void reload() { panel->setDetail(detailOf(backend, accountId)); }

    Backend *backend;
    QString accountId;
    std::unique_ptr<MyPartnerPanel> panel;
    QStringList messages;
};

template<class D>
QPointer<D> openDialog(QWidget *panel, const char *button)
{
    auto *b = child<QPushButton>(panel, button);
    if (!b || !waitFor([&] { return b->isVisible() && b->isEnabled(); }))
        return nullptr;
    QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(6, b->height() / 2));
    D *dialog = nullptr;
    waitFor([&] {
        dialog = panel->findChild<D *>();
        return dialog && dialog->isVisible();
    });
    return dialog;
}

// Clicks the code field's Send button and returns the code that reached `mobile` (the clock a
// minute on first: a code may be sent again after 60 seconds, R-VC-1).
QString sendCode(Backend *backend, QWidget *dialog, const QString &mobile)
{
    await(backend->advanceClock(ClockStep::Minute));
    const qint64 before =
        count(*backend, QString(view::Outbox), {{QString(column::Destination), mobile}});
    auto *send = child<QPushButton>(dialog, "sendCodeButton");
    if (!send || !waitFor([&] { return send->isEnabled(); }))
        return {};
    QTest::mouseClick(send, Qt::LeftButton);
    if (!waitFor([&] {
            return count(*backend, QString(view::Outbox),
                         {{QString(column::Destination), mobile}}) > before;
        }))
        return {};
    return latestCode(*backend, mobile);
}

QStringList conditionsOf(const PartnerDisassociationCheck &check)
{
    QStringList list;
    for (const CheckFailure &f : check.failures)
        list << f.condition;
    return list;
}

} // namespace

class TestPartnerPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OC_REQUIRE_STORE();
    }
    void R_PTN_1_frozenCustomerUnfrozenByTheMonthlyBudget();
    void R_PTN_2_R_PTN_7_customerDisassociatesThenThePartnerAgrees();
    void R_PTN_7_partnerRequestRefusedThenAgreedByTheCustomer();
    void R_PTN_2_oneRequestEveryThreeMonths();
    void noPartnerAndTheOperatorsInvitationStartsTheWizard();
};

void TestPartnerPanel::R_PTN_1_frozenCustomerUnfrozenByTheMonthlyBudget()
{
    GuiFixture f;
    PanelHost host(f, demo::cast::FrozenResellerCustomerLogin);
    MyPartnerPanel *panel = host.panel.get();
    // (5) as My Partner shows it: frozen (R-PTN-1), its partner and contacts.
    QVERIFY(child(panel, "frozenBanner")->isVisible());
    QVERIFY(!child(panel, "noPartnerLabel")->isVisible());
    QCOMPARE(child<QLabel>(panel, "enterpriseNameValue")->text(),
             QString::fromLatin1(demo::cast::ResellerPartnerName));
    QCOMPARE(child<QLabel>(panel, "statusValue")->text(),
             PartnerText::statusText(PartnerStatus::Frozen));
    QVERIFY(panel->findChild<QWidget *>(u"contactCard0"_s));
    QVERIFY(child(panel, "setBudgetButton")->isEnabled());
    QVERIFY(!child(panel, "agreeButton")->isEnabled()); // no customer request
    snapshot(panel, u"partner-panel-frozen"_s);
    // The protocol behind its button.
    f.dialogs.asked.clear();
    click(panel, "protocolButton");
    QCOMPARE(f.dialogs.asked.size(), 2);
    QVERIFY(f.dialogs.asked.at(1).contains(u"2022"_s));

    // The operator acting as the partner sets the budget: a wrong amount first.
    auto budget = openDialog<PartnerBudgetDialog>(panel, "setBudgetButton");
    QVERIFY(budget);
    type(budget, "budgetEdit", u"five thousand"_s);
    click(budget, "okButton");
    QVERIFY(waitFor([&] { return child(budget, "monthlyBudgetError")->isVisible(); }));
    QVERIFY(budget->isVisible());
    snapshot(budget, u"partner-budget-error"_s);
    type(budget, "budgetEdit", u"5000"_s);
    QVERIFY(!child(budget, "monthlyBudgetError")->isVisible());
    snapshot(budget, u"partner-budget"_s);
    click(budget, "okButton");
    QVERIFY(waitFor([&] { return !budget || !budget->isVisible(); }));
    QVERIFY(waitFor([&] { return !child(panel, "frozenBanner")->isVisible(); }));
    QCOMPARE(host.messages.size(), 1);
    QVERIFY(child<QLabel>(panel, "budgetValue")->text().contains(DomainText::money(Fen(500000))));
    QCOMPARE(child<QLabel>(panel, "statusValue")->text(),
             PartnerText::statusText(PartnerStatus::Associated));
    const auto partner = detailOf(host.backend, host.accountId).partner;
    QVERIFY(partner && partner->status == PartnerStatus::Associated);
    QVERIFY(partner->monthlyBudget == std::optional<Fen>(Fen(500000)));
    snapshot(panel, u"partner-panel-budget"_s);
}

void TestPartnerPanel::R_PTN_2_R_PTN_7_customerDisassociatesThenThePartnerAgrees()
{
    GuiFixture f;
    PanelHost host(f, demo::cast::FrozenResellerCustomerLogin);
    MyPartnerPanel *panel = host.panel.get();
    Backend *backend = host.backend;
    // (5) is in arrears (the demo): the check lists it with what to do.
    auto dialog = openDialog<PartnerDisassociateDialog>(panel, "disassociateButton");
    QVERIFY(dialog);
    QVERIFY(waitFor([&] { return dialog->check().has_value(); }));
    QVERIFY(!dialog->check()->passed());
    QVERIFY2(conditionsOf(*dialog->check()).contains(u"arrears"_s),
             qPrintable(conditionsOf(*dialog->check()).join(u' ')));
    auto *failures = child<QLabel>(dialog, "failuresLabel");
    QVERIFY(failures->isVisible());
    for (const CheckFailure &failure : dialog->check()->failures) {
        QVERIFY(failures->text().contains(
            PartnerText::conditionText(failure, f.context.displayZone()).toHtmlEscaped()));
        QVERIFY(
            failures->text().contains(PartnerText::remedyText(failure.condition).toHtmlEscaped()));
    }
    QVERIFY(!child(dialog, "nextButton")->isEnabled());
    snapshot(dialog, u"partner-disassociate-check-failed"_s);

    // Fixed (D-CONDITIONS), then Check again.
    setConditions(backend, host.accountId, [](AccountConditions &c) { c.arrears = Fen(0); });
    click(dialog, "checkAgainButton");
    QVERIFY(waitFor([&] { return dialog->check() && dialog->check()->passed(); }));
    QVERIFY(!failures->isVisible());
    QVERIFY(waitFor([&] { return child(dialog, "nextButton")->isEnabled(); }));
    snapshot(dialog, u"partner-disassociate-check-passed"_s);
    click(dialog, "nextButton");
    QVERIFY(dialog->step() == PartnerDisassociateDialog::StatementStep);
    // The statement is required.
    click(dialog, "disassociateButton");
    QVERIFY(waitFor([&] { return child(dialog, "statementAcceptedError")->isVisible(); }));
    snapshot(dialog, u"partner-disassociate-statement-error"_s);
    auto *statement = child<QCheckBox>(dialog, "statementCheck");
    QTest::keyClick(statement, Qt::Key_Space);
    QVERIFY(statement->isChecked());
    QVERIFY(!child(dialog, "statementAcceptedError")->isVisible());
    click(dialog, "disassociateButton");
    QVERIFY(dialog->step() == PartnerDisassociateDialog::CodeStep);

    // R-PTN-7: the SMS code, a wrong one first.
    const QString mobile = dialog->mobile();
    QVERIFY(!mobile.isEmpty());
    const QString code = sendCode(backend, dialog, mobile);
    QVERIFY(!code.isEmpty());
    type(dialog, "codeEdit", code == u"000000" ? u"111111"_s : u"000000"_s);
    click(dialog, "okButton");
    QVERIFY(waitFor([&] { return child(dialog, "codeError")->isVisible(); }));
    QVERIFY(dialog->step() == PartnerDisassociateDialog::CodeStep);
    snapshot(dialog, u"partner-disassociate-code-error"_s);
    type(dialog, "codeEdit", code);
    snapshot(dialog, u"partner-disassociate-code"_s);
    click(dialog, "okButton");
    QVERIFY(waitFor([&] { return dialog->step() == PartnerDisassociateDialog::DoneStep; }));
    QVERIFY(!dialog->successMessage().isEmpty());
    snapshot(dialog, u"partner-disassociate-done"_s);
    click(dialog, "closeButton");
    QVERIFY(waitFor([&] { return !dialog || !dialog->isVisible(); }));

    // Pending until the partner processes it.
    QVERIFY(waitFor([&] { return child(panel, "pendingBanner")->isVisible(); }));
    QVERIFY(!child(panel, "disassociateButton")->isEnabled());
    QVERIFY(!child<QLabel>(panel, "disassociateNote")->text().isEmpty());
    QVERIFY(child(panel, "agreeButton")->isEnabled());
    QCOMPARE(child<QLabel>(panel, "statusValue")->text(),
             PartnerText::statusText(PartnerStatus::Disassociating));
    snapshot(panel, u"partner-panel-pending"_s);
    auto partner = detailOf(backend, host.accountId).partner;
    QVERIFY(partner && partner->pending);
    QVERIFY(partner->pending->initiator == DisassociationInitiator::Customer);

    // The operator acting as the partner agrees: no partner any more.
    f.dialogs.confirmAnswer = true;
    click(panel, "agreeButton");
    QVERIFY(waitFor([&] { return child(panel, "noPartnerLabel")->isVisible(); }));
    QVERIFY(!child(panel, "partnerGroup")->isVisible());
    QVERIFY(!detailOf(backend, host.accountId).partner);
    snapshot(panel, u"partner-panel-none"_s);
}

void TestPartnerPanel::R_PTN_7_partnerRequestRefusedThenAgreedByTheCustomer()
{
    GuiFixture f;
    PanelHost host(f, demo::cast::FrozenResellerCustomerLogin);
    MyPartnerPanel *panel = host.panel.get();
    Backend *backend = host.backend;
    // The operator acting as the partner asks, with a reason (required).
    auto request = openDialog<PartnerRequestDialog>(panel, "requestDisassociationButton");
    QVERIFY(request);
    click(request, "okButton");
    QVERIFY(waitFor([&] { return child(request, "reasonError")->isVisible(); }));
    snapshot(request, u"partner-request-error"_s);
    const QString reason = u"The reseller agreement ended on 2026-02-28"_s;
    type(request, "reasonEdit", reason);
    click(request, "okButton");
    QVERIFY(waitFor([&] { return !request || !request->isVisible(); }));
    // The Process banner, with the reason.
    auto *banner = child<QLabel>(panel, "processText");
    QVERIFY(waitFor([&] { return child(panel, "processBanner")->isVisible(); }));
    QVERIFY(banner->text().contains(reason));
    QVERIFY(!child(panel, "disassociateButton")->isEnabled());
    snapshot(panel, u"partner-panel-process"_s);

    // D-PARTNER-PROCESS: an answer is required; refused, the association goes on.
    auto process = openDialog<PartnerProcessDialog>(panel, "processButton");
    QVERIFY(process);
    QCOMPARE(child<QLabel>(process, "reasonValue")->text(), reason);
    click(process, "okButton");
    QVERIFY(waitFor([&] { return child(process, "agreeError")->isVisible(); }));
    snapshot(process, u"partner-process-error"_s);
    click(process, "refuseRadio");
    QVERIFY(!child(process, "agreeError")->isVisible());
    snapshot(process, u"partner-process"_s);
    click(process, "okButton");
    QVERIFY(waitFor([&] { return !process || !process->isVisible(); }));
    QVERIFY(waitFor([&] { return !child(panel, "processBanner")->isVisible(); }));
    QVERIFY(child(panel, "partnerGroup")->isVisible());
    QVERIFY(!detailOf(backend, host.accountId).partner->pending);

    // The Operation Log: every step, newest first.
    auto log = openDialog<PartnerLogDialog>(panel, "operationLogButton");
    QVERIFY(log);
    auto *table = child<QTableWidget>(log, "logTable");
    QVERIFY(table->rowCount() >= 3);
    QCOMPARE(table->item(0, 1)->text(), PartnerText::operationText(u"disassociationRefused"_s));
    QCOMPARE(table->item(0, 2)->text(), PartnerText::actorText(u"customer"_s));
    QCOMPARE(table->item(1, 1)->text(), PartnerText::operationText(u"disassociationRequested"_s));
    QCOMPARE(table->item(1, 2)->text(), PartnerText::actorText(u"partner"_s));
    // The details in words, not as stored: whose request was refused, the partner's reason as
    // written, why the partner withdrew the budget in the demo story (R-PTN-1).
    QCOMPARE(table->item(0, 3)->text(),
             PartnerText::initiatorText(DisassociationInitiator::Partner));
    QVERIFY(table->item(0, 3)->text() != u"partner"_s);
    QCOMPARE(table->item(1, 3)->text(), reason);
    QCOMPARE(table->item(2, 1)->text(), PartnerText::operationText(u"budgetWithdrawn"_s));
    QCOMPARE(table->item(2, 3)->text(), inTestLanguage(u"The account is in arrears: ¥1,280.50."_s,
                                                       u"该账号有欠费：¥1,280.50。"_s));
    snapshot(log, u"partner-log"_s);
    click(log, "closeButton");
    QVERIFY(waitFor([&] { return !log || !log->isVisible(); }));

    // Asked again and agreed: no partner any more.
    request = openDialog<PartnerRequestDialog>(panel, "requestDisassociationButton");
    QVERIFY(request);
    type(request, "reasonEdit", reason);
    click(request, "okButton");
    QVERIFY(waitFor([&] { return child(panel, "processBanner")->isVisible(); }));
    process = openDialog<PartnerProcessDialog>(panel, "processButton");
    QVERIFY(process);
    click(process, "agreeRadio");
    click(process, "okButton");
    QVERIFY(waitFor([&] { return child(panel, "noPartnerLabel")->isVisible(); }));
    QVERIFY(!detailOf(backend, host.accountId).partner);
}

void TestPartnerPanel::R_PTN_2_oneRequestEveryThreeMonths()
{
    GuiFixture f;
    // (15): its request waits for the partner, who refuses it.
    PanelHost host(f, demo::cast::PendingDisassociationLogin);
    MyPartnerPanel *panel = host.panel.get();
    Backend *backend = host.backend;
    QVERIFY(child(panel, "pendingBanner")->isVisible());
    QVERIFY(!child(panel, "disassociateButton")->isEnabled());
    f.dialogs.confirmAnswer = true;
    click(panel, "refuseButton");
    QVERIFY(waitFor([&] { return !child(panel, "pendingBanner")->isVisible(); }));
    QVERIFY(child(panel, "disassociateButton")->isEnabled());
    const auto partner = detailOf(backend, host.accountId).partner;
    QVERIFY(partner && partner->nextCustomerRequestFrom.isValid());
    const QString next =
        DomainText::time(partner->nextCustomerRequestFrom, f.context.displayZone());
    QVERIFY2(child<QLabel>(panel, "disassociateNote")->text().contains(next),
             qPrintable(child<QLabel>(panel, "disassociateNote")->text()));

    // The check names the limit with its date.
    auto dialog = openDialog<PartnerDisassociateDialog>(panel, "disassociateButton");
    QVERIFY(dialog);
    QVERIFY(waitFor([&] { return dialog->check().has_value(); }));
    QVERIFY(conditionsOf(*dialog->check()).contains(u"requestedWithin3Months"_s));
    QVERIFY(child<QLabel>(dialog, "failuresLabel")->text().contains(next));
    QVERIFY(child<QLabel>(dialog, "limitValue")->text().contains(next));
    snapshot(dialog, u"partner-disassociate-limit"_s);
    // Three months later (the demo clock) it is possible again.
    for (int i = 0; i < 3; ++i)
        QVERIFY(await(backend->advanceClock(ClockStep::Month)).ok());
    f.context.refreshClock();
    click(dialog, "checkAgainButton");
    QVERIFY(waitFor([&] {
        return dialog->check() &&
               !conditionsOf(*dialog->check()).contains(u"requestedWithin3Months"_s);
    }));
    click(dialog, "cancelButton");
}

void TestPartnerPanel::noPartnerAndTheOperatorsInvitationStartsTheWizard()
{
    GuiFixture f;
    // (17): no partner yet.
    PanelHost host(f, demo::cast::PartnerCandidateLogin);
    MyPartnerPanel *panel = host.panel.get();
    QVERIFY(child(panel, "noPartnerLabel")->isVisible());
    QVERIFY(!child(panel, "moreGroup")->isVisible());
    QVERIFY(!child(panel, "setBudgetButton")->isEnabled());
    QVERIFY(child(panel, "createInvitationButton")->isEnabled());
    snapshot(panel, u"partner-panel-no-partner"_s);

    auto dialog = openDialog<PartnerInvitationDialog>(panel, "createInvitationButton");
    QVERIFY(dialog);
    // The enterprise name is required; a contact's email must be one.
    click(dialog, "okButton");
    QVERIFY(waitFor([&] { return child(dialog, "enterpriseNameError")->isVisible(); }));
    type(dialog, "email1Edit", u"not an email"_s);
    type(dialog, "nameEdit", u"Suzhou Lanting Cloud Co., Ltd."_s);
    click(dialog, "okButton");
    QVERIFY(waitFor([&] { return child(dialog, "email1Error")->isVisible(); }));
    QVERIFY(dialog->step() == PartnerInvitationDialog::FormStep);
    snapshot(dialog, u"partner-invitation-error"_s);
    type(dialog, "email1Edit", u"tech@lanting.example"_s);
    type(dialog, "mobile1Edit", u"+8613900000017"_s);
    snapshot(dialog, u"partner-invitation"_s);
    click(dialog, "okButton");
    QVERIFY(waitFor([&] { return dialog->step() == PartnerInvitationDialog::ResultStep; }));
    const QString token = child<QLineEdit>(dialog, "tokenEdit")->text();
    QVERIFY(!token.isEmpty());
    QCOMPARE(dialog->invitation()->token, token);
    click(dialog, "copyTokenButton");
    QCOMPARE(QGuiApplication::clipboard()->text(), token);
    snapshot(dialog, u"partner-invitation-created"_s);
    // The invitation is there for W-PARTNER-ASSOC.
    const auto invitation = await(host.backend->partnerInvitation(token));
    QVERIFY(invitation.ok());
    QCOMPARE(invitation->partner.enterpriseName, u"Suzhou Lanting Cloud Co., Ltd."_s);
    QCOMPARE(invitation->partner.contacts.size(), 1); // the empty second card left out

    // "Associate with This Invitation…" starts the wizard with its link.
    click(dialog, "associateButton");
    PartnerAssocWizard *wizard = nullptr;
    QVERIFY(waitFor([&] {
        wizard = panel->findChild<PartnerAssocWizard *>();
        return wizard && wizard->isVisible();
    }));
    QCOMPARE(wizard->flow()->token(), token);
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == PartnerAssocWizard::Instructions; }));
    QVERIFY(waitFor([&] {
        return wizard->currentPage()->findChild<QLabel *>(u"partnerValue"_s)->text() ==
               u"Suzhou Lanting Cloud Co., Ltd."_s;
    }));
    wizard->reject();
}

QTEST_MAIN(TestPartnerPanel)
#include "test_partner_panel.moc"
