// My Master Account (my-account.md §7.1, D.2 D-MASTER-REQUEST, D.3) through the real widgets on
// the demo data (issue 19, part 2), in both languages and on both backends: the demo's invited
// member (12) xinghe-robotics sees the "Association invitation" banner of (11) xinghe-group
// with the five Impacts and the Permissions asked for; Accept without the Account Management
// Agreement is refused next to the checkbox (R-MST-2) and nothing changes; Reject needs no
// agreement (R-MST-1). The operator acting as (11) invites it again (a malformed account ID
// refused next to the field, R-ID-1), the member accepts (associated, independent accounting,
// the permissions granted, R-MST-3) and the master's members table shows it; the master
// requests the cancellation, the member accepts it and is no longer associated (R-MST-1).
// Invitations refused by R-MST-2 (from a non-master account, to an account already invited)
// show the message next to the field. D-CONDITIONS saves and reloads the six new simulated
// conditions. The panel (member and master views), each dialog and its main error state are
// snapshotted (fit and accessibility checks).

#include "DomainPrinting.h"
#include "GuiTestSupport.h"
#include "gui/dialogs/ConditionsDialog.h"
#include "gui/dialogs/MasterInviteDialog.h"
#include "gui/dialogs/MasterRequestDialog.h"
#include "gui/dialogs/MasterText.h"
#include "gui/views/MyMasterAccountPanel.h"
#include "services/DemoStoryData.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

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

bool shown(QWidget *parent, const char *name)
{
    QWidget *w = child(parent, name);
    return w && w->isVisible();
}

HuaweiAccountDetail detailOf(Backend *backend, const QString &accountId)
{
    const auto detail = await(backend->huaweiAccount(accountId));
    if (!detail.ok())
        qFatal("account: %s", qPrintable(detail.error().toString()));
    return *detail;
}

// The member link of `memberId` in the master's detail, if any.
std::optional<MasterLink> memberLink(const HuaweiAccountDetail &master, const QString &memberId)
{
    for (const MasterLink &link : master.members)
        if (link.memberAccountId == memberId)
            return link;
    return std::nullopt;
}

// The row of the members table that shows `memberId`; -1 when none.
int rowOf(QTableWidget *table, const QString &memberId)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->text() == memberId)
            return row;
    return -1;
}

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

// The panel as the Huawei accounts view embeds it (a tab of the account's details): it shows
// the account read from the backend and is shown again when it reports a change.
struct PanelHost
{
    explicit PanelHost(GuiFixture &f)
        : backend(f.backend.backend.get())
    {
        window.setObjectName(u"panelHost"_s);
        auto *layout = new QVBoxLayout(&window);
        panel = new MyMasterAccountPanel(&f.context, &window);
        layout->addWidget(panel);
        QObject::connect(panel, &MyMasterAccountPanel::changed, panel,
                         [this](const QString &accountId, const QString &message) {
                             messages << message;
                             // Read again once the dialog has closed, as the view does (not
                             // inside its accepted signal: await runs the event loop).
                             QTimer::singleShot(0, panel, [this, accountId] { show(accountId); });
                         });
        window.resize(1000, 560);
        window.show();
    }

    void show(const QString &accountId)
    {
        shownId = accountId;
        panel->setDetail(detailOf(backend, accountId));
    }

    template<class D>
    QPointer<D> open(const char *button)
    {
        auto *b = child<QPushButton>(panel, button);
        if (!b || !waitFor([&] { return b->isVisible() && b->isEnabled(); }))
            return nullptr;
        QTest::mouseClick(b, Qt::LeftButton);
        D *dialog = nullptr;
        waitFor([&] {
            dialog = window.findChild<D *>();
            return dialog && dialog->isVisible();
        });
        return dialog;
    }

    Backend *backend;
    QWidget window;
    MyMasterAccountPanel *panel = nullptr;
    QString shownId;
    QStringList messages; // the success sentences reported, in order
};

} // namespace

class TestMasterPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OC_REQUIRE_STORE();
    }
    void R_MST_1_R_MST_2_invitedMemberRejectsWithoutTheAgreement();
    void R_MST_1_R_MST_3_invitedAcceptedThenCancelled();
    void R_MST_2_invitationsRefusedNextToTheField();
    void conditionsDialogSavesTheNewFlags();
};

void TestMasterPanel::R_MST_1_R_MST_2_invitedMemberRejectsWithoutTheAgreement()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const QString robotics =
        accountIdOf(backend, QString::fromLatin1(demo::cast::InvitedMemberLogin));
    const QString group = accountIdOf(backend, QString::fromLatin1(demo::cast::MasterLogin));
    const HuaweiAccountDetail before = detailOf(backend, robotics);
    QVERIFY(before.master);
    QVERIFY(before.master->status == MasterLinkStatus::Invited);
    QCOMPARE(before.master->masterAccountId, group);

    PanelHost host(f);
    host.show(robotics);
    QWidget *panel = host.panel;
    QVERIFY(waitFor([&] { return shown(panel, "requestBanner"); }));
    // The banner of §7.1, naming the master.
    QCOMPARE(child<QLabel>(panel, "bannerTitle")->text(),
             translated("MasterText", "Association invitation"));
    const QString banner = child<QLabel>(panel, "bannerText")->text();
    QCOMPARE(banner, MasterText::bannerText(*before.master));
    QVERIFY2(banner.contains(u"Zhejiang Xinghe Holding Group Co., Ltd."_s), qPrintable(banner));
    // Basic Information, the five Impacts (R-MST-3) and the Permissions asked for.
    QCOMPARE(child<QLabel>(panel, "masterAccountIdValue")->text(), group);
    click(panel, "copyMasterAccountIdButton"); // the master's Account ID, copyable
    QCOMPARE(QGuiApplication::clipboard()->text(), group);
    QCOMPARE(child<QLabel>(panel, "masterNameValue")->text(), before.master->masterName);
    QCOMPARE(child<QLabel>(panel, "linkStatusValue")->text(),
             MasterText::status(MasterLinkStatus::Invited));
    const QString impacts = child<QLabel>(panel, "impactsList")->text();
    QCOMPARE(MasterText::impacts().size(), 5);
    for (const QString &impact : MasterText::impacts())
        QVERIFY2(impacts.contains(impact.toHtmlEscaped()), qPrintable(impact));
    QVERIFY(shown(panel, "permissionsGroup"));
    QCOMPARE(child<QLabel>(panel, "permissionsState")->text(),
             translated("oc::gui::MyMasterAccountPanel",
                        "Requested: granted when you accept the invitation."));
    QVERIFY(!shown(panel, "notAssociatedLabel"));
    QVERIFY(!shown(panel, "membersGroup"));
    snapshot(&host.window, u"master-panel-invited"_s);

    // Accept without the agreement: refused next to the checkbox, nothing changed (R-MST-2).
    auto dialog = host.open<MasterRequestDialog>("acceptButton");
    QVERIFY(dialog);
    QVERIFY(shown(dialog, "impactsGroup"));
    QVERIFY(!shown(dialog, "cancellationNote"));
    QCOMPARE(child<QLabel>(dialog, "accountIdValue")->text(), group);
    snapshot(dialog, u"master-request-invitation"_s);
    click(dialog, "acceptButton");
    QVERIFY(waitFor([&] { return shown(dialog, "agreementError"); }));
    QVERIFY(dialog->isVisible());
    QVERIFY(!shown(dialog, "pageError"));
    QCOMPARE(QApplication::focusWidget(), child(dialog, "agreementCheck"));
    snapshot(dialog, u"master-request-agreement-error"_s);
    QVERIFY(detailOf(backend, robotics).master == before.master);
    click(dialog, "cancelButton");
    QVERIFY(waitFor([&] { return !dialog; }));
    QVERIFY(host.messages.isEmpty());

    // Reject needs no agreement (R-MST-1): the invitation is gone, nothing is associated.
    dialog = host.open<MasterRequestDialog>("rejectButton");
    QVERIFY(dialog);
    QVERIFY(child<QPushButton>(dialog, "rejectButton")->isDefault());
    click(dialog, "rejectButton");
    QVERIFY(waitFor([&] { return !dialog; }));
    QCOMPARE(host.messages.size(), 1);
    QCOMPARE(host.messages.last(),
             translated("oc::gui::MasterRequestDialog", "You rejected the invitation of %1.")
                 .arg(before.master->masterName));
    QVERIFY(waitFor([&] { return shown(panel, "notAssociatedLabel"); }));
    QVERIFY(!shown(panel, "requestBanner"));
    QVERIFY(!shown(panel, "basicGroup"));
    const auto after = detailOf(backend, robotics).master;
    QVERIFY(!after || after->status == MasterLinkStatus::Rejected);
    const auto asMaster = memberLink(detailOf(backend, group), robotics);
    QVERIFY(!asMaster || asMaster->status == MasterLinkStatus::Rejected);
    snapshot(&host.window, u"master-panel-not-associated"_s);
}

void TestMasterPanel::R_MST_1_R_MST_3_invitedAcceptedThenCancelled()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const QString robotics =
        accountIdOf(backend, QString::fromLatin1(demo::cast::InvitedMemberLogin));
    const QString group = accountIdOf(backend, QString::fromLatin1(demo::cast::MasterLogin));
    // The demo's invitation answered first (rejected), so that (11) can invite again.
    MasterAnswer no;
    no.memberAccountId = robotics;
    no.accept = false;
    QVERIFY(await(backend->answerMasterRequest(no)).ok());

    // The operator acting as (11) xinghe-group, a master account (Enterprise Center).
    PanelHost host(f);
    host.show(group);
    QWidget *panel = host.panel;
    QVERIFY(waitFor([&] { return shown(panel, "membersGroup"); }));
    QVERIFY(!shown(panel, "notAssociatedLabel"));
    QVERIFY(shown(panel, "actAsMasterGroup"));
    snapshot(&host.window, u"master-panel-master"_s);
    auto invite = host.open<MasterInviteDialog>("inviteMemberButton");
    QVERIFY(invite);
    snapshot(invite, u"master-invite"_s);
    // R-ID-1 as typed, next to the field.
    type(invite, "memberAccountIdEdit", u"xinghe-robotics"_s);
    click(invite, "okButton");
    QVERIFY(waitFor([&] { return shown(invite, "memberAccountIdError"); }));
    QCOMPARE(QApplication::focusWidget(), child(invite, "memberAccountIdEdit"));
    snapshot(invite, u"master-invite-id-error"_s);
    // Uppercase is accepted and normalised (R-ID-1); independent accounting.
    type(invite, "memberAccountIdEdit", robotics.toUpper());
    QVERIFY(!shown(invite, "memberAccountIdError"));
    click(invite, "independentRadio");
    click(invite, "okButton");
    QVERIFY(waitFor([&] { return !invite; }));
    QCOMPARE(host.messages.size(), 1);
    auto link = memberLink(detailOf(backend, group), robotics);
    QVERIFY(link);
    QVERIFY(link->status == MasterLinkStatus::Invited);
    QVERIFY(link->accounting == MasterAccounting::Independent);
    auto *table = child<QTableWidget>(panel, "membersTable");
    QVERIFY(waitFor([&] { return rowOf(table, robotics) >= 0; }));
    QCOMPARE(table->item(rowOf(table, robotics), 2)->text(),
             MasterText::status(MasterLinkStatus::Invited));

    // The member accepts, the agreement ticked: associated (R-MST-1, R-MST-3).
    host.show(robotics);
    QVERIFY(waitFor([&] { return shown(panel, "requestBanner"); }));
    auto request = host.open<MasterRequestDialog>("acceptButton");
    QVERIFY(request);
    QCOMPARE(child<QLabel>(request, "accountingValue")->text(),
             MasterText::accounting(MasterAccounting::Independent));
    click(request, "agreementCheck");
    QVERIFY(child<QCheckBox>(request, "agreementCheck")->isChecked());
    click(request, "acceptButton");
    QVERIFY(waitFor([&] { return !request; }));
    QCOMPARE(host.messages.size(), 2);
    QVERIFY(waitFor([&] { return !shown(panel, "requestBanner"); }));
    const auto member = detailOf(backend, robotics).master;
    QVERIFY(member);
    QVERIFY(member->status == MasterLinkStatus::Associated);
    QVERIFY(member->associatedAt.isValid());
    QCOMPARE(child<QLabel>(panel, "linkStatusValue")->text(),
             MasterText::status(MasterLinkStatus::Associated));
    QCOMPARE(child<QLabel>(panel, "accountingValue")->text(),
             MasterText::accounting(MasterAccounting::Independent));
    QVERIFY(shown(panel, "associatedSinceValue"));
    QVERIFY(!child<QLabel>(panel, "associatedSinceValue")->text().isEmpty());
    QVERIFY(shown(panel, "impactsGroup"));
    QCOMPARE(child<QLabel>(panel, "impactsIntro")->text(),
             MasterText::impactsIntro(MasterLinkStatus::Associated));
    QVERIFY(child<QLabel>(panel, "permissionsState")
                ->text()
                .contains(child<QLabel>(panel, "associatedSinceValue")->text()));
    snapshot(&host.window, u"master-panel-associated"_s);

    // The master's members table shows it associated; the master requests the cancellation.
    host.show(group);
    QVERIFY(waitFor([&] {
        const int row = rowOf(table, robotics);
        return row >= 0 &&
               table->item(row, 2)->text() == MasterText::status(MasterLinkStatus::Associated);
    }));
    QVERIFY(!child(panel, "requestCancellationButton")->isEnabled()); // no member selected
    table->selectRow(rowOf(table, robotics));
    QVERIFY(child(panel, "requestCancellationButton")->isEnabled());
    f.dialogs.asked.clear();
    click(panel, "requestCancellationButton");
    QVERIFY(waitFor([&] { return host.messages.size() == 3; }));
    QCOMPARE(f.dialogs.asked.size(), 2); // the confirmation, naming the member
    QVERIFY(f.dialogs.asked.at(1).contains(robotics));
    QVERIFY(waitFor([&] {
        const int row = rowOf(table, robotics);
        return row >= 0 && table->item(row, 2)->text() ==
                               MasterText::status(MasterLinkStatus::CancellationRequested);
    }));
    QVERIFY(!shown(panel, "panelError"));

    // The member sees the cancellation request and accepts it: no longer associated.
    host.show(robotics);
    QVERIFY(waitFor([&] {
        return shown(panel, "requestBanner") &&
               child<QLabel>(panel, "bannerTitle")->text() ==
                   translated("MasterText", "Cancellation request");
    }));
    snapshot(&host.window, u"master-panel-cancellation"_s);
    request = host.open<MasterRequestDialog>("acceptButton");
    QVERIFY(request);
    QVERIFY(!shown(request, "impactsGroup"));
    QVERIFY(shown(request, "cancellationNote"));
    snapshot(request, u"master-request-cancellation"_s);
    click(request, "agreementCheck");
    click(request, "acceptButton");
    QVERIFY(waitFor([&] { return !request; }));
    QCOMPARE(host.messages.size(), 4);
    QVERIFY(waitFor([&] { return shown(panel, "notAssociatedLabel"); }));
    const auto cancelled = detailOf(backend, robotics).master;
    QVERIFY(!cancelled || cancelled->status == MasterLinkStatus::Cancelled);
}

void TestMasterPanel::R_MST_2_invitationsRefusedNextToTheField()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const QString robotics =
        accountIdOf(backend, QString::fromLatin1(demo::cast::InvitedMemberLogin));
    const QString group = accountIdOf(backend, QString::fromLatin1(demo::cast::MasterLogin));
    const QString zhou = accountIdOf(backend, QString::fromLatin1(demo::cast::IndividualLogin));
    PanelHost host(f);

    // (11) invites (12) again while its invitation waits: the member is already linked.
    host.show(group);
    QVERIFY(waitFor([&] { return shown(host.panel, "membersGroup"); }));
    auto invite = host.open<MasterInviteDialog>("inviteMemberButton");
    QVERIFY(invite);
    type(invite, "memberAccountIdEdit", robotics);
    click(invite, "okButton");
    QVERIFY(waitFor([&] { return shown(invite, "memberAccountIdError"); }));
    QVERIFY(invite->isVisible());
    QVERIFY(!shown(invite, "pageError"));
    snapshot(invite, u"master-invite-member-linked"_s);
    click(invite, "cancelButton");
    QVERIFY(waitFor([&] { return !invite; }));

    // An individual account is no master (R-MST-2: an enterprise with Enterprise Center).
    host.show(zhou);
    QVERIFY(waitFor([&] { return shown(host.panel, "notAssociatedLabel"); }));
    QVERIFY(!shown(host.panel, "membersGroup"));
    invite = host.open<MasterInviteDialog>("inviteMemberButton");
    QVERIFY(invite);
    type(invite, "memberAccountIdEdit",
         accountIdOf(backend, QString::fromLatin1(demo::cast::BuyerLogin)));
    click(invite, "okButton");
    QVERIFY(waitFor([&] { return shown(invite, "masterError"); }));
    QVERIFY(invite->isVisible());
    QVERIFY(!shown(invite, "pageError"));
    snapshot(invite, u"master-invite-not-master"_s);
    click(invite, "cancelButton");
    QVERIFY(waitFor([&] { return !invite; }));
    QVERIFY(host.messages.isEmpty());
    QVERIFY(detailOf(backend, zhou).members.isEmpty());
}

void TestMasterPanel::conditionsDialogSavesTheNewFlags()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const QString buyer = accountIdOf(backend, QString::fromLatin1(demo::cast::BuyerLogin));
    const auto open = [&] {
        auto *dialog = new ConditionsDialog(&f.context, buyer, f.window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        QPointer<ConditionsDialog> guarded(dialog);
        auto *ok = child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
        if (!waitFor([&] { return dialog->isVisible() && ok->isEnabled(); }))
            return QPointer<ConditionsDialog>();
        return guarded;
    };
    const char *flags[] = {"chineseMainlandSiteCheck",   "partnerSupportPlanCheck",
                           "ordersAwaitingPartnerCheck", "professionalContractCheck",
                           "enterpriseCenterCheck",      "cloudSolutionProviderCheck"};
    QPointer<ConditionsDialog> dialog = open();
    QVERIFY(dialog);
    for (const char *flag : flags) {
        auto *box = child<QCheckBox>(dialog, flag);
        QVERIFY2(box && box->isVisible() && !box->isChecked(), flag);
        click(dialog, flag);
        QVERIFY2(box->isChecked(), flag);
    }
    snapshot(dialog, u"conditions-new-flags"_s);
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(waitFor([&] { return !dialog; }));
    const auto saved = await(backend->accountConditions(buyer));
    QVERIFY(saved.ok());
    QVERIFY(saved->chineseMainlandSite && saved->partnerSupportPlan &&
            saved->ordersAwaitingPartner && saved->professionalContract &&
            saved->enterpriseCenter && saved->cloudSolutionProvider);
    QVERIFY(saved->ctsEnabled); // the others kept ((1)'s CTS is on)

    // Read back into the dialog.
    dialog = open();
    QVERIFY(dialog);
    for (const char *flag : flags)
        QVERIFY2(child<QCheckBox>(dialog, flag)->isChecked(), flag);
    click(dialog, "enterpriseCenterCheck");
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(waitFor([&] { return !dialog; }));
    QVERIFY(!await(backend->accountConditions(buyer))->enterpriseCenter);
}

QTEST_MAIN(TestMasterPanel)
#include "test_master_panel.moc"
