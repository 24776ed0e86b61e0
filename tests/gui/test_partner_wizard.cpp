// W-PARTNER-ASSOC through the real widgets on the demo data (issue 19, part 2), in both
// languages and on both backends: the demo's online reseller invitation pasted as a link, the
// Instructions (required, R-PTN-5), Log In and Associate with an eligible account by keyboard
// alone, associated and frozen (R-PTN-1, R-PTN-6) — W-BUY then refuses it; an ineligible
// account refused with every failed condition listed in words (R-PTN-3, R-PTN-4); Register and
// Associate with a wrong then the right code (R-VC-1), Back keeping every entry; an offline
// invitation offering no Log In (R-PTN-5). Every page and its main error state is snapshotted
// (fit and accessibility checks).

#include "GuiTestSupport.h"
#include "gui/PartnerText.h"
#include "gui/views/HuaweiAccountsView.h"
#include "gui/wizards/partner/PartnerAssocWizard.h"
#include "gui/wizards/purchase/PurchaseWizard.h"
#include "services/DemoStoryData.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>

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

void setConditions(Backend *backend, const QString &accountId,
                   const std::function<void(AccountConditions &)> &change)
{
    auto conditions = await(backend->accountConditions(accountId));
    QVERIFY(conditions.ok());
    AccountConditions c = *conditions;
    change(c);
    QVERIFY(await(backend->setAccountConditions(c)).ok());
}

QString demoLink()
{
    return u"https://account.huaweicloud.com/partner/associate?token="_s +
           QString::fromLatin1(demo::cast::ResellerInvitationToken);
}

// Presses the wizard's default button with Enter, as a person would.
void pressEnter(QWizard *wizard)
{
    QTest::keyClick(wizard->focusWidget() ? wizard->focusWidget() : wizard, Qt::Key_Return);
}

// A step of a helper: says which one failed.
#define REQUIRE(condition)                                                                         \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            qWarning("%s:%d: %s", __FILE__, __LINE__, #condition);                                 \
            return false;                                                                          \
        }                                                                                          \
    } while (false)

} // namespace

class TestPartnerWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OC_REQUIRE_STORE();
    }
    void R_PTN_1_R_PTN_6_loggedInByKeyboardFrozenAndRefusedByWBuy();
    void R_PTN_3_R_PTN_4_ineligibleAccountRefusedWithEveryCondition();
    void R_VC_1_wrongCodeThenRegisteredBackKeepsEntries();
    void R_PTN_5_offlineInvitationOffersNoLogIn();

private:
    // The wizard from File > Associate with a Partner…, active, on its first page.
    PartnerAssocWizard *openFromMenu(GuiFixture &f);
    // From the first page to the Instructions with `link`, accepted; `login` chooses Log In.
    bool toChoice(PartnerAssocWizard *wizard, const QString &link, bool login, bool snapshots);
};

PartnerAssocWizard *TestPartnerWizard::openFromMenu(GuiFixture &f)
{
    auto *action = f.window->findChild<QAction *>(u"actionAssociatePartner"_s);
    if (!action)
        return nullptr;
    action->trigger();
    PartnerAssocWizard *wizard = nullptr;
    if (!waitFor([&] {
            wizard = f.window->findChild<PartnerAssocWizard *>();
            return wizard && wizard->isVisible();
        }))
        return nullptr;
    QApplication::setActiveWindow(wizard);
    if (!QTest::qWaitForWindowActive(wizard))
        return nullptr;
    return wizard;
}

bool TestPartnerWizard::toChoice(PartnerAssocWizard *wizard, const QString &link, bool login,
                                 bool snapshots)
{
    REQUIRE(wizard->currentId() == PartnerAssocWizard::Token);
    QWidget *page = wizard->currentPage();
    if (snapshots) {
        // Nothing pasted: Next waits for it.
        REQUIRE(!wizard->button(QWizard::NextButton)->isEnabled());
        // An unknown invitation is refused next to the field.
        type(page, "linkEdit", u"https://x.example/associate?token=NO-SUCH"_s);
        pressEnter(wizard);
        REQUIRE(waitFor([&] { return !child<QLabel>(page, "linkError")->text().isEmpty(); }));
        REQUIRE(wizard->currentId() == PartnerAssocWizard::Token);
        snapshot(wizard, u"partner-token-error"_s);
    }
    type(page, "linkEdit", link);
    if (snapshots)
        snapshot(wizard, u"partner-token"_s);
    pressEnter(wizard);
    REQUIRE(waitFor([&] { return wizard->currentId() == PartnerAssocWizard::Instructions; }));
    page = wizard->currentPage();
    REQUIRE(waitFor([&] { return !child<QLabel>(page, "partnerValue")->text().isEmpty(); }));
    if (snapshots) {
        snapshot(wizard, u"partner-instructions"_s);
        // R-PTN-5: the Instructions are required.
        pressEnter(wizard);
        REQUIRE(waitFor([&] { return child(page, "instructionsAcceptedError")->isVisible(); }));
        snapshot(wizard, u"partner-instructions-error"_s);
    }
    // Alt+I ticks the box (its label's mnemonic; after a short animation).
    QTest::keyClick(wizard, Qt::Key_I, Qt::AltModifier);
    auto *instructions = child<QCheckBox>(page, "instructionsCheck");
    REQUIRE(waitFor([&] { return instructions->isChecked(); }));
    REQUIRE(instructions->hasFocus());
    if (login) {
        QTest::keyClick(wizard, Qt::Key_L, Qt::AltModifier);
        REQUIRE(waitFor([&] { return child<QRadioButton>(page, "loginRadio")->isChecked(); }));
    }
    pressEnter(wizard);
    const int next = login ? PartnerAssocWizard::Login : PartnerAssocWizard::Register;
    return waitFor([&] { return wizard->currentId() == next; });
}

void TestPartnerWizard::R_PTN_1_R_PTN_6_loggedInByKeyboardFrozenAndRefusedByWBuy()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const QString song =
        accountIdOf(backend, QString::fromLatin1(demo::cast::PartnerCandidateLogin));
    QVERIFY(!song.isEmpty());
    PartnerAssocWizard *wizard = openFromMenu(f);
    QVERIFY(wizard);
    QVERIFY(toChoice(wizard, demoLink(), true, true));
    QWidget *page = wizard->currentPage();
    // A wrong password is refused next to it, on the login page.
    QTest::keyClicks(child(page, "accountNameEdit"),
                     QString::fromLatin1(demo::cast::PartnerCandidateLogin));
    QTest::keyClick(wizard, Qt::Key_P, Qt::AltModifier);
    QTest::keyClicks(child(page, "passwordEdit"), u"Wrong@2026a"_s);
    pressEnter(wizard);
    QVERIFY(waitFor([&] { return child(page, "loginPasswordError")->isVisible(); }));
    QCOMPARE(wizard->currentId(), int(PartnerAssocWizard::Login));
    snapshot(wizard, u"partner-login-error"_s);
    type(page, "passwordEdit", QString::fromLatin1(demo::cast::Password));
    snapshot(wizard, u"partner-login"_s);
    pressEnter(wizard);
    QVERIFY(waitFor([&] { return wizard->currentId() == PartnerAssocWizard::Enable; }));
    page = wizard->currentPage();
    QCOMPARE(child<QLabel>(page, "accountValue")->text(),
             QString::fromLatin1(demo::cast::PartnerCandidateLogin));
    // The three documents are required.
    pressEnter(wizard);
    QVERIFY(waitFor([&] { return child(page, "documentsAcceptedError")->isVisible(); }));
    QCOMPARE(wizard->currentId(), int(PartnerAssocWizard::Enable));
    snapshot(wizard, u"partner-enable-error"_s);
    QTest::keyClick(wizard, Qt::Key_I, Qt::AltModifier);
    QVERIFY(waitFor([&] { return child<QCheckBox>(page, "documentsCheck")->isChecked(); }));
    snapshot(wizard, u"partner-enable"_s);
    pressEnter(wizard);
    QVERIFY(waitFor([&] { return wizard->currentId() == PartnerAssocWizard::Finish; }));
    page = wizard->currentPage();
    QVERIFY(waitFor([&] { return !child<QLabel>(page, "resultLabel")->text().isEmpty(); }));
    // R-PTN-1: associated and frozen until the partner sets a monthly budget.
    QVERIFY(child(page, "frozenLabel")->isVisible());
    QCOMPARE(child<QLabel>(page, "partnerValue")->text(),
             QString::fromLatin1(demo::cast::ResellerPartnerName));
    QCOMPARE(wizard->accountId(), song);
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled() ||
            !wizard->button(QWizard::BackButton)->isVisible());
    snapshot(wizard, u"partner-finish"_s);
    pressEnter(wizard);
    QVERIFY(waitFor([&] { return !wizard->isVisible(); }));
    // The account is shown with the wizard's sentence.
    HuaweiAccountsView *view = f.window->huaweiAccountsView();
    QVERIFY(waitFor([&] { return child(view, "myAccountMessage")->isVisible(); }));
    const auto detail = await(backend->huaweiAccount(song));
    QVERIFY(detail.ok() && detail->partner);
    QVERIFY(detail->partner->status == PartnerStatus::Frozen);
    QCOMPARE(detail->partner->partnerName, QString::fromLatin1(demo::cast::ResellerPartnerName));

    // R-PTN-6: W-BUY refuses a frozen account, saying why.
    PurchaseWizard *buy = f.window->openPurchaseWizard(song, ProductKind::Subscription);
    auto *help = child<QLabel>(buy, "accountHelpLabel");
    const QString frozen =
        QCoreApplication::translate("oc::gui::PurchaseProductPage",
                                    "The account stays frozen until its reseller sets a monthly "
                                    "budget. <a href=\"account\">Show this account</a> or choose "
                                    "another one.")
            .left(20);
    QVERIFY2(waitFor([&] { return help->isVisible() && help->text().contains(frozen); }),
             qPrintable(help->text()));
    QVERIFY(!buy->button(QWizard::NextButton)->isEnabled());
    buy->reject();
}

void TestPartnerWizard::R_PTN_3_R_PTN_4_ineligibleAccountRefusedWithEveryCondition()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    // (2) zhoumingyuan registered long ago; with two more conditions of the reseller model.
    const QString zhou = accountIdOf(backend, QString::fromLatin1(demo::cast::IndividualLogin));
    setConditions(backend, zhou, [](AccountConditions &c) {
        c.specialContract = true;
        c.professionalContract = true;
    });
    PartnerAssocWizard *wizard = openFromMenu(f);
    QVERIFY(wizard);
    QVERIFY(
        toChoice(wizard, QString::fromLatin1(demo::cast::ResellerInvitationToken), true, false));
    QWidget *page = wizard->currentPage();
    type(page, "accountNameEdit", QString::fromLatin1(demo::cast::IndividualLogin));
    type(page, "passwordEdit", QString::fromLatin1(demo::cast::Password));
    pressEnter(wizard);
    QVERIFY(waitFor([&] { return wizard->currentId() == PartnerAssocWizard::Enable; }));
    page = wizard->currentPage();
    auto *documents = child<QCheckBox>(page, "documentsCheck");
    QTest::mouseClick(documents, Qt::LeftButton, {}, QPoint(6, documents->height() / 2));
    pressEnter(wizard);
    auto *refusal = child<QLabel>(page, "refusalLabel");
    QVERIFY(waitFor([&] { return refusal->isVisible() && child(page, "pageError")->isVisible(); }));
    QCOMPARE(wizard->currentId(), int(PartnerAssocWizard::Enable));
    const QStringList failed = wizard->flow()->failedConditions();
    for (const QString &condition :
         {u"registeredOver7Days"_s, u"specialContract"_s, u"professionalContract"_s})
        QVERIFY2(failed.contains(condition), qPrintable(failed.join(u' ')));
    for (const QString &condition : failed)
        QVERIFY2(
            refusal->text().contains(
                PartnerText::conditionText(condition, {}, f.context.displayZone()).toHtmlEscaped()),
            qPrintable(condition));
    snapshot(wizard, u"partner-enable-refused"_s);
    QVERIFY(!await(backend->huaweiAccount(zhou))->partner);
}

void TestPartnerWizard::R_VC_1_wrongCodeThenRegisteredBackKeepsEntries()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    PartnerAssocWizard *wizard = f.window->openPartnerWizard(demoLink());
    QVERIFY(waitFor([&] { return wizard->isVisible(); }));
    QApplication::setActiveWindow(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    // Opened with the link: it is on the first page already.
    QCOMPARE(child<QLineEdit>(wizard->currentPage(), "linkEdit")->text(), demoLink());
    QVERIFY(toChoice(wizard, demoLink(), false, false));
    QWidget *page = wizard->currentPage();
    const QString email = u"new.customer@yunfan-demo.example"_s;
    auto *country = child<QComboBox>(page, "countryCombo");
    country->setCurrentIndex(country->findData(u"SG"_s));
    type(page, "emailEdit", email);
    await(backend->advanceClock(ClockStep::Minute));
    QTest::mouseClick(child<QPushButton>(page, "sendCodeButton"), Qt::LeftButton);
    QVERIFY(waitFor([&] { return !latestCode(*backend, email).isEmpty(); }));
    const QString code = latestCode(*backend, email);
    type(page, "codeEdit", code == u"000000" ? u"111111"_s : u"000000"_s);
    type(page, "passwordEdit", QString::fromLatin1(demo::cast::Password));
    pressEnter(wizard);
    QVERIFY(waitFor([&] { return child(page, "codeError")->isVisible(); }));
    QCOMPARE(wizard->currentId(), int(PartnerAssocWizard::Register));
    snapshot(wizard, u"partner-register-error"_s);

    // Back and forth: nothing lost.
    clickWizardButton(wizard, QWizard::BackButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == PartnerAssocWizard::Instructions; }));
    QVERIFY(child<QCheckBox>(wizard->currentPage(), "instructionsCheck")->isChecked());
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == PartnerAssocWizard::Register; }));
    QCOMPARE(child<QLineEdit>(page, "emailEdit")->text(), email);
    QCOMPARE(country->currentData().toString(), u"SG"_s);
    QCOMPARE(child<QLineEdit>(page, "passwordEdit")->text(),
             QString::fromLatin1(demo::cast::Password));
    type(page, "codeEdit", code);
    snapshot(wizard, u"partner-register"_s);
    pressEnter(wizard);
    QVERIFY(waitFor([&] { return wizard->currentId() == PartnerAssocWizard::Enable; }));
    page = wizard->currentPage();
    auto *documents = child<QCheckBox>(page, "documentsCheck");
    QTest::mouseClick(documents, Qt::LeftButton, {}, QPoint(6, documents->height() / 2));
    // Back from Enable keeps the choice and the entries too.
    clickWizardButton(wizard, QWizard::BackButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == PartnerAssocWizard::Register; }));
    QCOMPARE(child<QLineEdit>(wizard->currentPage(), "codeEdit")->text(), code);
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == PartnerAssocWizard::Enable; }));
    QVERIFY(documents->isChecked());
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == PartnerAssocWizard::Finish; }));
    const QString accountId = wizard->accountId();
    QVERIFY(!accountId.isEmpty());
    const auto detail = await(backend->huaweiAccount(accountId));
    QVERIFY(detail.ok());
    QCOMPARE(detail->account.email, email);
    QCOMPARE(detail->account.countryRegion, u"SG"_s);
    QVERIFY(detail->partner && detail->partner->status == PartnerStatus::Frozen);
    clickWizardButton(wizard, QWizard::FinishButton);
    QVERIFY(waitFor([&] { return !wizard->isVisible(); }));
}

void TestPartnerWizard::R_PTN_5_offlineInvitationOffersNoLogIn()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    PartnerInvitationRequest request;
    request.partner.enterpriseName = u"Nanjing Qingshan Cloud Services"_s;
    request.model = PartnerModel::Referral;
    request.online = false;
    const auto invitation = await(backend->createPartnerInvitation(request));
    QVERIFY(invitation.ok());
    PartnerAssocWizard *wizard = f.window->openPartnerWizard(invitation->token);
    QVERIFY(waitFor([&] { return wizard->isVisible(); }));
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == PartnerAssocWizard::Instructions; }));
    QWidget *page = wizard->currentPage();
    QVERIFY(waitFor([&] { return !child<QLabel>(page, "partnerValue")->text().isEmpty(); }));
    // R-PTN-5: Log In is not offered, and the page says why.
    QVERIFY(!child(page, "loginRadio")->isEnabled());
    QVERIFY(child<QRadioButton>(page, "registerRadio")->isChecked());
    QVERIFY(!child<QLabel>(page, "loginNote")->text().isEmpty());
    QVERIFY(!child(page, "warningLabel")->isVisible()); // a referral: nothing is frozen
    snapshot(wizard, u"partner-instructions-offline"_s);
    wizard->reject();
}

QTEST_MAIN(TestPartnerWizard)
#include "test_partner_wizard.moc"
