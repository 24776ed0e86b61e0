// W-AUTH and the review queue through the real widgets on the demo data (issue 17), in both
// languages: an individual authenticates (the file chooser answered, thumbnails drawn, a
// file whose name lies about its content refused next to its upload), submits, and the
// review progress follows the operator's approval in the review queue; a rejection needs
// its reason (R-AUTH-1, R-AUTH-4, R-AUTH-8). Each test asserts what the store holds.

#include "GuiTestSupport.h"
#include "gui/views/HuaweiAccountsView.h"
#include "gui/views/ListViewWidget.h"
#include "gui/views/ReviewQueueView.h"
#include "gui/wizards/auth/AuthWizard.h"
#include "services/DemoStoryData.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

class TestAuthWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OC_REQUIRE_STORE();
    }
    void R_AUTH_1_R_AUTH_4_individualSubmittedThenApprovedInTheQueue();
    void R_AUTH_4_approvedInTheQueue();
    void R_AUTH_4_rejectNeedsItsReason();
};

void TestAuthWizard::R_AUTH_1_R_AUTH_4_individualSubmittedThenApprovedInTheQueue()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    Backend *backend = f.backend.backend.get();
    QTemporaryDir dir;
    const QString account = accountIdOf(backend, QString::fromLatin1(demo::cast::NewSignUpLogin));
    w.showPage(MainWindow::Page::HuaweiAccounts);
    w.huaweiAccountsView()->selectAccount(account);
    QVERIFY(waitFor([&] {
        return w.huaweiAccountsView()->list()->currentValue(u"accountId"_s).toString() == account;
    }));
    QTest::mouseClick(w.huaweiAccountsView()->findChild<QPushButton *>(u"authenticateButton"_s),
                      Qt::LeftButton);
    QPointer<AuthWizard> wizard; // it deletes itself once closed
    QVERIFY(waitFor([&] {
        wizard = w.findChild<AuthWizard *>();
        return wizard && wizard->isVisible() && wizard->button(QWizard::NextButton)->isEnabled();
    }));
    snapshot(wizard, u"auth-type"_s);
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == AuthWizard::Individual; }));

    QWidget *page = wizard->currentPage();
    QTest::mouseClick(page->findChild<QRadioButton *>(u"idCardRadio"_s), Qt::LeftButton, {},
                      QPoint(4, 4));
    type(wizard, "fullNameEdit", u"Chen Xiaoyu"_s);
    type(wizard, "certificateNumberEdit", u"110101199003071234"_s);
    chooseMaterial(f, page, "certificatePage", specimen(dir, u"id-card.png"_s, "PNG"));
    // A JPEG named .png (R-AUTH-1): refused next to its upload as soon as it is chosen,
    // and again on Next.
    const QString lying = specimen(dir, u"holding.jpg"_s, "JPG");
    QVERIFY(QFile::rename(lying, dir.filePath(u"holding.png"_s)));
    chooseMaterial(f, page, "holdingPhoto", dir.filePath(u"holding.png"_s));
    auto *holdingError = page->findChild<QLabel *>(u"holdingPhotoError"_s);
    QVERIFY(waitFor([&] { return holdingError->isVisible(); }));
    auto *pageThumb = page->findChild<QLabel *>(u"certificatePageThumbnail"_s);
    QVERIFY(waitFor([&] { return !pageThumb->pixmap().isNull(); }));
    QVERIFY(waitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }));
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return holdingError->isVisible(); }));
    QCOMPARE(wizard->currentId(), int(AuthWizard::Individual));
    snapshot(wizard, u"auth-individual-error"_s);
    chooseMaterial(f, page, "holdingPhoto", specimen(dir, u"holding-ok.jpg"_s, "JPG"));
    QVERIFY(waitFor([&] { return !holdingError->isVisible(); }));
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == AuthWizard::Review; }));
    snapshot(wizard, u"auth-review"_s);
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == AuthWizard::Progress; }));
    auto *status = wizard->currentPage()->findChild<QLabel *>(u"statusValue"_s);
    QVERIFY(waitFor([&] { return !status->text().isEmpty(); }));
    QCOMPARE(status->text(), inTestLanguage(u"Under review"_s, u"审核中"_s));
    snapshot(wizard, u"auth-progress"_s);
    const qint64 id = wizard->flow()->authenticationId();
    QVERIFY(id > 0);

    // Another operator, as Huawei's reviewer, approves it: the progress page follows.
    ReviewDecision approve;
    approve.authenticationId = id;
    approve.approve = true;
    QVERIFY(await(f.backend->reviewAuthentication(approve)).ok());
    QVERIFY(waitFor([&] { return status->text() == inTestLanguage(u"Approved"_s, u"已通过"_s); }));
    const QVariantMap row = findRow(backend, u"huaweiAccounts"_s, u"accountId"_s, account);
    QCOMPARE(row.value(u"authStatus"_s).toString(), u"authenticated"_s);
    QVERIFY(waitFor([&] { return wizard->button(QWizard::FinishButton)->isEnabled(); }));
    clickWizardButton(wizard, QWizard::FinishButton);
    QVERIFY(waitFor([&] { return wizard.isNull() || !wizard->isVisible(); }));

    // The queue shows it reviewed, with its thumbnails; nothing left to decide.
    ReviewQueueView *queue = selectInReviewQueue(w, id);
    QVERIFY(queue);
    auto *preview = queue->findChild<QLabel *>(u"certificatePagePreview"_s);
    QVERIFY(preview && !preview->pixmap().isNull());
    QVERIFY(!queue->findChild<QPushButton *>(u"approveButton"_s)->isEnabled());
    snapshot(&w, u"review-queue"_s);
}

// The demo's pending request (hengtai-precision), approved from the queue.
void TestAuthWizard::R_AUTH_4_approvedInTheQueue()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    const QString account =
        accountIdOf(f.backend.backend.get(), QString::fromLatin1(demo::cast::PendingLogin));
    w.showPage(MainWindow::Page::ReviewQueue);
    ReviewQueueView *queue = w.reviewQueueView();
    queue->list()->selectWhere(u"accountId"_s, account);
    QVERIFY(waitFor([&] {
        return queue->current() && queue->current()->accountId == account &&
               queue->current()->status == ReviewStatus::Pending;
    }));
    QTest::mouseClick(queue->findChild<QPushButton *>(u"approveButton"_s), Qt::LeftButton);
    QVERIFY(waitFor(
        [&] { return queue->current() && queue->current()->status == ReviewStatus::Approved; }));
    const QVariantMap row =
        findRow(f.backend.backend.get(), u"huaweiAccounts"_s, u"accountId"_s, account);
    QCOMPARE(row.value(u"authStatus"_s).toString(), u"authenticated"_s);
}

void TestAuthWizard::R_AUTH_4_rejectNeedsItsReason()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    w.showPage(MainWindow::Page::ReviewQueue);
    ReviewQueueView *queue = w.reviewQueueView();
    // The demo's pending request (hengtai-precision).
    queue->list()->selectWhere(u"status"_s, u"pending"_s);
    QVERIFY(waitFor(
        [&] { return queue->current() && queue->current()->status == ReviewStatus::Pending; }));
    const qint64 id = queue->current()->authenticationId;
    QTest::mouseClick(queue->findChild<QPushButton *>(u"rejectButton"_s), Qt::LeftButton);
    QDialog *dialog = nullptr;
    QVERIFY(waitFor([&] {
        dialog = w.findChild<QDialog *>(u"rejectDialog"_s);
        return dialog && dialog->isVisible();
    }));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(u"reasonError"_s);
    QVERIFY(waitFor([&] { return error->isVisible(); }));
    QCOMPARE(error->text(),
             inTestLanguage(u"Choose the reason for the rejection."_s, u"请选择拒绝原因。"_s));
    snapshot(dialog, u"reject-no-reason"_s);
    auto *reason = dialog->findChild<QComboBox *>(u"reasonCombo"_s);
    reason->setCurrentIndex(reason->findData(u"name_mismatch"_s));
    // The dialog deletes itself once the rejection is done: watched through a QPointer (a
    // raw pointer read it after it was freed, and crashed now and then).
    const QPointer<QDialog> closing = dialog;
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(waitFor([&] { return closing.isNull() || !closing->isVisible(); }));
    const auto record = await(f.backend->authentication(id));
    QVERIFY(record.ok());
    QVERIFY(record->status == ReviewStatus::Rejected);
    QVERIFY(record->rejectReason == std::optional(RejectReason::NameMismatch));
}

QTEST_MAIN(TestAuthWizard)
#include "test_auth_wizard.moc"
