// W-ORG end to end through the real widgets on the demo data: from the buyer's
// purchased-but-unbound instance, create an organization, add three members in two
// departments, bind the order, authorize two members and find their logins in the
// Outbox; and the main refusals (duplicate abbreviation, terms not accepted).

#include "GuiTestSupport.h"
#include "gui/dialogs/MemberDialog.h"
#include "gui/widgets/MemberChecklist.h"
#include "gui/widgets/RecordPicker.h"
#include "gui/wizards/organization/OrganizationWizard.h"
#include "services/DemoStoryData.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;

class TestOrganizationWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OC_REQUIRE_STORE();
    }
    void bindsTheBuyersOrganizationEndToEnd();
    void R_ORG_2_duplicateAbbreviationShownAtTheField();

private:
    void addMember(GuiFixture &f, OrganizationWizard *wizard, const QString &name,
                   const QString &account, const QString &mobile, const QString &newDepartment);
};

void TestOrganizationWizard::addMember(GuiFixture &f, OrganizationWizard *wizard,
                                       const QString &name, const QString &account,
                                       const QString &mobile, const QString &newDepartment)
{
    auto *table = wizard->findChild<QTableWidget *>(QStringLiteral("membersTable"));
    const int before = table->rowCount();
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("addMemberButton")),
                      Qt::LeftButton);
    MemberDialog *dialog = nullptr;
    QVERIFY(waitFor([&] {
        dialog = wizard->findChild<MemberDialog *>();
        return dialog && dialog->isVisible();
    }));
    // R-ORG-5: only the first member is prefilled from the owner's real-name data.
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->text().isEmpty(),
             before > 0);
    type(dialog, "displayNameEdit", name);
    type(dialog, "mobileEdit", mobile);
    type(dialog, "accountEdit", account);
    auto *login = dialog->findChild<QLabel *>(QStringLiteral("loginNameValue"));
    QCOMPARE(login->text(), account + QStringLiteral("@lianyun")); // R-ORG-6, live
    if (!newDepartment.isEmpty()) {
        f.dialogs.textAnswer = newDepartment;
        auto *departments = dialog->findChild<QComboBox *>(QStringLiteral("departmentCombo"));
        const int count = departments->count();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newDepartmentButton")),
                          Qt::LeftButton);
        QVERIFY(waitFor([&] { return departments->count() == count + 1; }));
        QVERIFY(departments->currentText().contains(newDepartment));
    }
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("generateButton")),
                      Qt::LeftButton);
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
    snapshot(dialog, QStringLiteral("org-member-") + account);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(waitFor([&] { return table->rowCount() == before + 1; }));
}

void TestOrganizationWizard::bindsTheBuyersOrganizationEndToEnd()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const QString buyer = accountIdOf(backend, QString::fromLatin1(demo::cast::BuyerLogin));
    OrganizationWizard *wizard = f.window->openOrganizationWizard(buyer);
    QVERIFY(waitFor([wizard] { return wizard->isVisible(); }));

    // 1. New enterprise setup.
    type(wizard, "enterpriseNameEdit", QStringLiteral("Hangzhou Lianyun Technology Co., Ltd."));
    type(wizard, "abbreviationEdit", QStringLiteral("lianyun"));
    auto *hint = wizard->findChild<QLabel *>(QStringLiteral("abbreviationHint"));
    QVERIFY(
        waitFor([hint] { return hint->text().contains(QStringLiteral("lianyun")); })); // live check
    snapshot(wizard, QStringLiteral("org-1-setup"));
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([wizard] { return wizard->currentId() == OrganizationWizard::Progress; }));

    // 2. Setup progress until ready (R-ORG-3): the demo clock finishes it.
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    const QVariantMap creating =
        findRow(backend, view::Organizations, column::Abbreviation, QStringLiteral("lianyun"));
    QCOMPARE(creating.value(column::Status).toString(), QStringLiteral("creating"));
    snapshot(wizard, QStringLiteral("org-2-progress"));
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("advanceHourButton")),
                      Qt::LeftButton);
    QVERIFY(waitFor([wizard] { return wizard->button(QWizard::NextButton)->isEnabled(); }));
    QCOMPARE(wizard->findChild<QProgressBar *>(QStringLiteral("setupProgress"))->value(), 100);
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::Members));

    // 3. Three members in two departments (the first prefilled from the owner).
    addMember(f, wizard, QStringLiteral("Li Na"), QStringLiteral("lina"),
              QStringLiteral("+86 138 5716 0001"), {});
    addMember(f, wizard, QStringLiteral("Wang Lei"), QStringLiteral("wanglei"),
              QStringLiteral("+86 138 5716 0002"), QStringLiteral("R&D"));
    addMember(f, wizard, QStringLiteral("Zhao Min"), QStringLiteral("zhaomin"),
              QStringLiteral("+86 138 5716 0003"), {});
    snapshot(wizard, QStringLiteral("org-3-members"));
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::Binding));

    // 4. Bind the purchased order (R-BND-1..3).
    auto *orders = wizard->findChild<QTableWidget *>(QStringLiteral("ordersTable"));
    const bool listed =
        waitFor([orders] { return orders->rowCount() > 0 && !orders->selectedItems().isEmpty(); });
    snapshot(wizard, QStringLiteral("org-4-orders"));
    QVERIFY2(listed,
             qPrintable(
                 wizard->currentPage()->findChild<QLabel *>(QStringLiteral("pageError"))->text()));
    // (A page reloading after a change - the remote backend's feed tells it late - keeps
    // its buttons disabled until the reload is in.)
    auto *bind = wizard->findChild<QPushButton *>(QStringLiteral("bindButton"));
    QVERIFY(waitFor([bind] { return bind->isEnabled(); }));
    QTest::mouseClick(bind, Qt::LeftButton);
    QVERIFY2(waitFor([wizard] { return wizard->button(QWizard::NextButton)->isEnabled(); }),
             qPrintable(
                 wizard->currentPage()->findChild<QLabel *>(QStringLiteral("pageError"))->text()));
    snapshot(wizard, QStringLiteral("org-4-binding"));
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::Authorization));

    // 5. Authorize two members; the terms are required.
    auto *checklist = wizard->findChild<MemberChecklist *>();
    QVERIFY(waitFor([checklist] { return checklist->count() == 3; }));
    checklist->item(0)->setCheckState(Qt::Checked);
    checklist->item(1)->setCheckState(Qt::Checked);
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    QTest::mouseClick(wizard->findChild<QCheckBox *>(QStringLiteral("termsCheck")), Qt::LeftButton,
                      {}, QPoint(6, 6));
    snapshot(wizard, QStringLiteral("org-5-authorization"));
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([wizard] { return wizard->currentId() == OrganizationWizard::Done; }));
    snapshot(wizard, QStringLiteral("org-6-done"));

    // 6. The logins, and the SMS in the Outbox with address, login name and initial password.
    auto *logins = wizard->findChild<QTableWidget *>(QStringLiteral("loginsTable"));
    QCOMPARE(logins->rowCount(), 2);
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("loginAddressValue"))->text(),
             QString::fromLatin1(Catalogue::UnifiedLoginAddress));
    for (const QString &mobile :
         {QStringLiteral("+8613857160001"), QStringLiteral("+8613857160002")}) {
        const QVariantMap sms = latestMessageTo(backend, mobile);
        QVERIFY2(
            sms.value(QStringLiteral("loginName")).toString().endsWith(QStringLiteral("@lianyun")),
            qPrintable(mobile));
        QVERIFY(!sms.value(QStringLiteral("initialPassword")).toString().isEmpty());
        QCOMPARE(sms.value(QStringLiteral("loginAddress")).toString(),
                 QString::fromLatin1(Catalogue::UnifiedLoginAddress));
    }
    QVERIFY(latestMessageTo(backend, QStringLiteral("+8613857160003"))
                .isEmpty()); // not authorized: held

    // The store: the organization ready with three members, the order bound, two authorized.
    const QVariantMap organization =
        findRow(backend, view::Organizations, column::Abbreviation, QStringLiteral("lianyun"));
    QCOMPARE(organization.value(column::Status).toString(), QStringLiteral("ready"));
    QCOMPARE(organization.value(column::MemberCount).toInt(), 3);
    const QVariantMap binding = findRow(backend, view::Bindings, column::OrganizationId,
                                        organization.value(column::OrganizationId));
    QCOMPARE(binding.value(column::AuthorizedCount).toInt(), 2);

    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("openOutboxButton")),
                      Qt::LeftButton);
    QVERIFY(waitFor([&] { return f.window->currentPage() == MainWindow::Page::Outbox; }));
}

void TestOrganizationWizard::R_ORG_2_duplicateAbbreviationShownAtTheField()
{
    GuiFixture f;
    const QString buyer =
        accountIdOf(f.backend.backend.get(), QString::fromLatin1(demo::cast::BuyerLogin));
    OrganizationWizard *wizard = f.window->openOrganizationWizard(buyer);
    QVERIFY(waitFor([wizard] { return wizard->isVisible(); }));
    type(wizard, "enterpriseNameEdit", QStringLiteral("Copycat Ltd."));
    type(wizard, "abbreviationEdit", QString::fromLatin1(demo::cast::OnboardedAbbreviation));
    auto *error = wizard->findChild<QLabel *>(QStringLiteral("abbreviationError"));
    QVERIFY(waitFor([error] { return error->isVisible(); })); // live
    QVERIFY2(error->text().contains(inTestLanguage(QStringLiteral("already used"),
                                                   QStringLiteral("已被其他组织使用"))),
             qPrintable(error->text()));
    clickWizardButton(wizard, QWizard::CommitButton);
    // Refused at commit too: back on the field, with the focus on it.
    auto *edit = wizard->findChild<QLineEdit *>(QStringLiteral("abbreviationEdit"));
    QVERIFY(waitFor([&] {
        return wizard->button(QWizard::CommitButton)->isEnabled() && wizard->focusWidget() == edit;
    }));
    QVERIFY(error->isVisible());
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::Setup));
}

QTEST_MAIN(TestOrganizationWizard)
#include "test_organization_wizard.moc"
