// Issue 16: the console through an assistive tool's eyes and hands, in process through
// Qt's accessibility interfaces. A value label exposes what it shows; a text box inside a
// composite (the code field) is named by the page's label; text set through the
// accessibility interface is taken like typed text; the navigation and the member
// checklist react to their items being selected or toggled through it.

#include "GuiTestSupport.h"
#include "core/ListNames.h"
#include "gui/Accessibility.h"
#include "gui/AccessibilityCheck.h"
#include "gui/DomainText.h"
#include "gui/dialogs/ConditionsDialog.h"
#include "gui/dialogs/MasterInviteDialog.h"
#include "gui/dialogs/MasterRequestDialog.h"
#include "gui/views/CardBalanceChart.h"
#include "gui/views/MyMasterAccountPanel.h"
#include "gui/widgets/MemberChecklist.h"
#include "gui/wizards/login/LoginWizard.h"
#include "gui/wizards/registration/RegistrationWizard.h"
#include "services/DemoStoryData.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OC_REQUIRE_STORE();
    }
    void valueLabelSaysWhatItShows();
    void codeTextBoxIsNamedByThePageLabel();
    void textSetThroughTheInterfaceIsTaken();
    void navigationFollowsASelectionMadeThroughTheInterface();
    void checkFindsWhatAScreenReaderMisses();
    void tabOrderFollowsTheLayout();
    void chartIsDescribedInWords();
    void memberCheckedThroughTheInterface();
    void masterAccountPanelAndDialogs();
};

void TestAccessibility::valueLabelSaysWhatItShows()
{
    QWidget form;
    auto *layout = new QFormLayout(&form);
    auto *value = new QLabel(u"¥1,200.00"_s);
    value->setObjectName(u"cashValue"_s);
    layout->addRow(u"&Cash balance:"_s, value);
    form.show();
    nameAllFormFields(&form);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(value);
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), u"Cash balance"_s);
    QCOMPARE(iface->text(QAccessible::Value), u"¥1,200.00"_s);
    QVERIFY(accessibilityProblems(&form).isEmpty());
    // Kept current: the value is read when asked.
    value->setText(u"<b>¥900.00</b>"_s);
    QCOMPARE(iface->text(QAccessible::Value), u"¥900.00"_s);
    // Named again (a language change): the same interface, not a second one.
    nameAllFormFields(&form);
    QCOMPARE(QAccessible::queryAccessibleInterface(value), iface);
}

void TestAccessibility::codeTextBoxIsNamedByThePageLabel()
{
    GuiFixture f;
    const QString buyer =
        accountIdOf(f.backend.backend.get(), QString::fromLatin1(demo::cast::BuyerLogin));
    RegistrationWizard *wizard = f.window->openRegistrationWizard(buyer);
    QVERIFY(waitFor([wizard] { return wizard->isVisible(); }));
    auto *code = wizard->findChild<QLineEdit *>(u"codeEdit"_s);
    auto *label = wizard->findChild<QLabel *>(u"codeLabel"_s);
    QVERIFY(code && label);
    QVERIFY(waitFor([code] { return code->isVisible(); }));
    QCOMPARE(QAccessible::queryAccessibleInterface(code)->text(QAccessible::Name),
             captionOf(label));
    QVERIFY(!captionOf(label).isEmpty());
    const QStringList problems = accessibilityProblems(wizard);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void TestAccessibility::textSetThroughTheInterfaceIsTaken()
{
    GuiFixture f;
    LoginWizard *wizard = f.window->openLoginWizard(QString());
    QVERIFY(waitFor([wizard] { return wizard->isVisible(); }));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    for (const auto &[name, text] :
         {std::pair{u"loginNameEdit"_s, u"wangfang@qiming"_s},
          std::pair{u"passwordEdit"_s, QString::fromLatin1(demo::cast::Password)}}) {
        auto *edit = wizard->findChild<QLineEdit *>(name);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(edit);
        QVERIFY(iface);
        iface->setText(QAccessible::Value, text);
        QCOMPARE(edit->text(), text);
    }
    // Taken as if typed: the flow has it, the page is complete.
    QCOMPARE(wizard->flow()->loginName(), u"wangfang@qiming"_s);
    QVERIFY(waitFor([wizard] { return wizard->button(QWizard::NextButton)->isEnabled(); }));
}

void TestAccessibility::navigationFollowsASelectionMadeThroughTheInterface()
{
    GuiFixture f;
    f.window->show();
    auto *navigation = f.window->findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(navigation);
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(navigation);
    QVERIFY(list && list->tableInterface());
    const int outbox = int(MainWindow::Page::Outbox);
    QAccessibleInterface *cell = list->tableInterface()->cellAt(outbox, 0);
    QVERIFY(cell && cell->actionInterface());
    QVERIFY(cell->actionInterface()->actionNames().contains(
        QAccessibleActionInterface::toggleAction()));
    cell->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    QVERIFY(waitFor([&f] { return f.window->currentPage() == MainWindow::Page::Outbox; }));
}

void TestAccessibility::checkFindsWhatAScreenReaderMisses()
{
    QWidget window;
    auto *layout = new QFormLayout(&window);
    auto *unnamed = new QPushButton(&window); // no text, no name
    unnamed->setObjectName(u"iconOnlyButton"_s);
    layout->addRow(unnamed);
    auto *hidden = new QLabel(u"42 items"_s, &window);
    hidden->setObjectName(u"countValue"_s);
    hidden->setAccessibleName(u"Count"_s); // renamed, value not exposed
    layout->addRow(hidden);
    auto *unreachable = new QLineEdit(&window);
    unreachable->setObjectName(u"searchEdit"_s);
    unreachable->setAccessibleName(u"Search"_s);
    unreachable->setFocusPolicy(Qt::ClickFocus);
    layout->addRow(unreachable);
    window.show();
    const QString problems = accessibilityProblems(&window).join(u"\n"_s);
    QVERIFY2(problems.contains(u"iconOnlyButton has no accessible name"_s), qPrintable(problems));
    QVERIFY2(problems.contains(u"countValue \"Count\" hides the value it shows (\"42 items\")"_s),
             qPrintable(problems));
    QVERIFY2(problems.contains(u"searchEdit \"Search\" cannot be reached by Tab"_s),
             qPrintable(problems));
    unnamed->setAccessibleName(u"Refresh"_s);
    exposeLabelValue(hidden);
    unreachable->setFocusPolicy(Qt::StrongFocus);
    QCOMPARE(accessibilityProblems(&window), QStringList());
}

void TestAccessibility::tabOrderFollowsTheLayout()
{
    QWidget window;
    auto *layout = new QFormLayout(&window);
    QList<QLineEdit *> edits;
    for (const QString &name : {u"first"_s, u"second"_s, u"third"_s}) {
        auto *edit = new QLineEdit(&window);
        edit->setObjectName(name);
        layout->addRow(name + u":"_s, edit);
        edits << edit;
    }
    window.show();
    QCOMPARE(accessibilityProblems(&window), QStringList()); // as laid out
    QWidget::setTabOrder(edits.at(0), edits.at(2));          // first, third, second
    QCOMPARE(accessibilityProblems(&window),
             QStringList{u"Tab goes from third \"third:\" back to second \"second:\""_s});
}

void TestAccessibility::chartIsDescribedInWords()
{
    CardBalanceChart chart;
    FeeCenterOverview overview;
    overview.availableCardBalance = Fen(120000);
    overview.availableCards = 3;
    overview.usedUpCards = 1;
    overview.expiredCardBalance = Fen(5000);
    overview.expiredCards = 2;
    chart.setOverview(overview);
    const QString description =
        QAccessible::queryAccessibleInterface(&chart)->text(QAccessible::Description);
    QCOMPARE(description, chart.summary());
    for (const QString &part : {DomainText::money(Fen(120000)), DomainText::money(Fen(5000)),
                                DomainText::enumValue(enumName::CardStatus, u"used_up"_s)})
        QVERIFY2(description.contains(part), qPrintable(description));
}

void TestAccessibility::memberCheckedThroughTheInterface()
{
    OrganizationDetail detail;
    detail.organization.abbreviation = u"lianyun"_s;
    for (qint64 id : {1, 2, 3}) {
        Member m;
        m.memberId = id;
        m.account = u"m%1"_s.arg(id);
        m.displayName = u"Member %1"_s.arg(id);
        m.enabled = true;
        detail.members << m;
    }
    detail.authorizedMembers.insert(7, {3}); // authorized before: stays checked
    MemberChecklist list;
    list.load(detail, 7);
    list.show();
    QSignalSpy changed(&list, &MemberChecklist::selectionChanged);
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(&list);
    QVERIFY(table && table->tableInterface());
    const auto toggle = [table](int row) {
        QAccessibleInterface *cell = table->tableInterface()->cellAt(row, 0);
        QVERIFY(cell && cell->actionInterface());
        cell->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
        QCoreApplication::processEvents(); // the action's steps are taken together
    };
    toggle(0);
    QCOMPARE(list.newlyChecked(), QList<qint64>{1});
    QVERIFY(QAccessible::queryAccessibleInterface(&list)
                ->tableInterface()
                ->cellAt(0, 0)
                ->state()
                .checked);
    toggle(1);
    QCOMPARE(list.newlyChecked(), (QList<qint64>{1, 2}));
    toggle(0); // again: unchecked
    QCOMPARE(list.newlyChecked(), QList<qint64>{2});
    toggle(2); // authorized before: cannot be unchecked
    QCOMPARE(list.item(2)->checkState(), Qt::Checked);
    QVERIFY(changed.size() >= 3);
    // A person's click on an item's text only selects it.
    QTest::mouseClick(list.viewport(), Qt::LeftButton, {},
                      list.visualItemRect(list.item(0)).center() + QPoint(40, 0));
    QCOMPARE(list.newlyChecked(), QList<qint64>{2});
}

// Issue 19, part 2: My Master Account and its dialogs, and D-CONDITIONS with its new flags, as
// a screen reader sees them (every control named, values exposed, Tab in layout order).
void TestAccessibility::masterAccountPanelAndDialogs()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const QString robotics =
        accountIdOf(backend, QString::fromLatin1(demo::cast::InvitedMemberLogin));
    const Result<HuaweiAccountDetail> detail = await(backend->huaweiAccount(robotics));
    QVERIFY(detail.ok());
    const auto check = [](QWidget *root) {
        const QStringList problems = accessibilityProblems(root);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    };
    MyMasterAccountPanel panel(&f.context);
    panel.setDetail(*detail);
    panel.resize(1000, 560);
    panel.show();
    QVERIFY(waitFor([&] { return panel.findChild<QWidget *>(u"requestBanner"_s)->isVisible(); }));
    check(&panel);
    MasterRequestDialog request(&f.context, *detail);
    request.show();
    QVERIFY(QTest::qWaitForWindowExposed(&request));
    check(&request);
    MasterInviteDialog invite(&f.context, *detail);
    invite.show();
    QVERIFY(QTest::qWaitForWindowExposed(&invite));
    check(&invite);
    ConditionsDialog conditions(&f.context, robotics);
    conditions.show();
    auto *ok = conditions.findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok);
    QVERIFY(waitFor([&] { return ok->isEnabled(); }));
    check(&conditions);
}

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
