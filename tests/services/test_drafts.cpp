// Wizard drafts (flows.md: a wizard closed by a crash reopens at the same page with the same
// entries) through the asynchronous Backend.

#include "TestSupport.h"

#include <QJsonObject>

using namespace oc;
using namespace oc::test;
using namespace Qt::StringLiterals;

class TestDrafts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void saveLoadOverwriteDelete();
    void addressRequired();
    void draftsSurviveReopening();
};

namespace {

WizardDraft draft(const QString &page, const QJsonObject &state)
{
    return WizardDraft{u"W-REG"_s, u"lianyun-tech"_s, page, state, {}};
}

} // namespace

void TestDrafts::saveLoadOverwriteDelete()
{
    TestBackend b(true);
    const QDateTime now = await(b->clock())->now;
    const qint64 journal = count(*b.backend, view::Journal);

    // None yet: an empty wizard name.
    auto loaded = await(b->loadDraft(u"W-REG"_s, u"lianyun-tech"_s));
    QVERIFY(loaded.ok());
    QVERIFY(loaded->wizard.isEmpty());

    const QJsonObject basic{{u"site"_s, u"cn4"_s},
                            {u"username"_s, u"lianyun-ops"_s},
                            {u"email"_s, u"ops@lianyuntech.com"_s}};
    QVERIFY(await(b->saveDraft(draft(u"basic"_s, basic))).ok());
    loaded = await(b->loadDraft(u"W-REG"_s, u"lianyun-tech"_s));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->wizard, u"W-REG"_s);
    QCOMPARE(loaded->key, u"lianyun-tech"_s);
    QCOMPARE(loaded->page, u"basic"_s);
    QCOMPARE(loaded->state, basic);
    QCOMPARE(loaded->updatedAt, now);

    // Overwrite: one draft per wizard and key, the latest page and entries.
    QJsonObject company = basic;
    company.insert(u"enterpriseName"_s, u"Hangzhou Lianyun Technology Co., Ltd."_s);
    company.insert(u"agreementAccepted"_s, true);
    QVERIFY(await(b->saveDraft(draft(u"company"_s, company))).ok());
    loaded = await(b->loadDraft(u"W-REG"_s, u"lianyun-tech"_s));
    QCOMPARE(loaded->page, u"company"_s);
    QCOMPARE(loaded->state, company);
    // Another key is another draft.
    QVERIFY(await(b->loadDraft(u"W-REG"_s, u"chenxiaoyu"_s))->wizard.isEmpty());
    QVERIFY(await(b->loadDraft(u"W-BUY"_s, u"lianyun-tech"_s))->wizard.isEmpty());

    QVERIFY(await(b->deleteDraft(u"W-REG"_s, u"lianyun-tech"_s)).ok());
    QVERIFY(await(b->loadDraft(u"W-REG"_s, u"lianyun-tech"_s))->wizard.isEmpty());
    QVERIFY(await(b->deleteDraft(u"W-REG"_s, u"lianyun-tech"_s)).ok()); // nothing to delete

    // Drafts are not domain changes: nothing journaled.
    QCOMPARE(count(*b.backend, view::Journal), journal);
}

void TestDrafts::addressRequired()
{
    TestBackend b(true);
    const Error noWizard = makeError(u"E-INVALID"_s, u"wizard"_s, u"required"_s);
    const Error noKey = makeError(u"E-INVALID"_s, u"key"_s, u"required"_s);
    WizardDraft d = draft(u"basic"_s, {});
    d.wizard = u" "_s;
    QCOMPARE(await(b->saveDraft(d)).error(), noWizard);
    d.wizard = u"W-REG"_s;
    d.key.clear();
    QCOMPARE(await(b->saveDraft(d)).error(), noKey);
    QCOMPARE(await(b->loadDraft(QString(), u"k"_s)).error(), noWizard);
    QCOMPARE(await(b->loadDraft(u"W-REG"_s, QString())).error(), noKey);
    QCOMPARE(await(b->deleteDraft(QString(), u"k"_s)).error(), noWizard);
    QCOMPARE(await(b->deleteDraft(u"W-REG"_s, QString())).error(), noKey);
}

// The point of a draft: it outlives the process that wrote it.
void TestDrafts::draftsSurviveReopening()
{
    TestBackend b(true);
    const QJsonObject state{{u"workspaceName"_s, u"Lianyun Production"_s}};
    QVERIFY(await(b->saveDraft(draft(u"activation"_s, state))).ok());
    b.backend.reset();

    if (ServerProcess *server = b.server()) {
        // The server process goes and another comes over the same store.
        QCOMPARE(server->stop(), 0);
        ServerProcess again(ServerProcess::sameStore(b.database()));
        const auto reopened = remoteConsole(again.url(), server->token());
        QVERIFY(await(reopened->open()).ok());
        const auto loaded = await(reopened->loadDraft(u"W-REG"_s, u"lianyun-tech"_s));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->page, u"activation"_s);
        QCOMPARE(loaded->state, state);
        return;
    }
    LocalBackendOptions options;
    options.database = b.database();
    options.demo = true;
    options.demoTemplate = b.demoTemplate();
    options.hashCost = HashCost::Minimum;
    options.freezeClock = true;
    LocalBackend reopened(options);
    QVERIFY(await(reopened.open()).ok());
    const auto loaded = await(reopened.loadDraft(u"W-REG"_s, u"lianyun-tech"_s));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->page, u"activation"_s);
    QCOMPARE(loaded->state, state);
}

QTEST_GUILESS_MAIN(TestDrafts)
#include "test_drafts.moc"
