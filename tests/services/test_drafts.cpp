// Wizard drafts (flows.md: a wizard closed by a crash reopens at the same page with the same
// entries) through the asynchronous Backend.

#include "TestSupport.h"

#include <QJsonObject>

using namespace oc;
using namespace oc::test;

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

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

WizardDraft draft(const QString &page, const QJsonObject &state)
{
    return WizardDraft{s("W-REG"), s("lianyun-tech"), page, state, {}};
}

} // namespace

void TestDrafts::saveLoadOverwriteDelete()
{
    TestBackend b(true);
    const QDateTime now = await(b->clock())->now;
    const qint64 journal = count(*b.backend, view::Journal);

    // None yet: an empty wizard name.
    auto loaded = await(b->loadDraft(s("W-REG"), s("lianyun-tech")));
    QVERIFY(loaded.ok());
    QVERIFY(loaded->wizard.isEmpty());

    const QJsonObject basic{{s("site"), s("cn4")},
                            {s("username"), s("lianyun-ops")},
                            {s("email"), s("ops@lianyuntech.com")}};
    QVERIFY(await(b->saveDraft(draft(s("basic"), basic))).ok());
    loaded = await(b->loadDraft(s("W-REG"), s("lianyun-tech")));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->wizard, s("W-REG"));
    QCOMPARE(loaded->key, s("lianyun-tech"));
    QCOMPARE(loaded->page, s("basic"));
    QCOMPARE(loaded->state, basic);
    QCOMPARE(loaded->updatedAt, now);

    // Overwrite: one draft per wizard and key, the latest page and entries.
    QJsonObject company = basic;
    company.insert(s("enterpriseName"), s("Hangzhou Lianyun Technology Co., Ltd."));
    company.insert(s("agreementAccepted"), true);
    QVERIFY(await(b->saveDraft(draft(s("company"), company))).ok());
    loaded = await(b->loadDraft(s("W-REG"), s("lianyun-tech")));
    QCOMPARE(loaded->page, s("company"));
    QCOMPARE(loaded->state, company);
    // Another key is another draft.
    QVERIFY(await(b->loadDraft(s("W-REG"), s("chenxiaoyu")))->wizard.isEmpty());
    QVERIFY(await(b->loadDraft(s("W-BUY"), s("lianyun-tech")))->wizard.isEmpty());

    QVERIFY(await(b->deleteDraft(s("W-REG"), s("lianyun-tech"))).ok());
    QVERIFY(await(b->loadDraft(s("W-REG"), s("lianyun-tech")))->wizard.isEmpty());
    QVERIFY(await(b->deleteDraft(s("W-REG"), s("lianyun-tech"))).ok()); // nothing to delete

    // Drafts are not domain changes: nothing journaled.
    QCOMPARE(count(*b.backend, view::Journal), journal);
}

void TestDrafts::addressRequired()
{
    TestBackend b(true);
    const Error noWizard = makeError(s("E-INVALID"), s("wizard"), s("required"));
    const Error noKey = makeError(s("E-INVALID"), s("key"), s("required"));
    WizardDraft d = draft(s("basic"), {});
    d.wizard = s(" ");
    QCOMPARE(await(b->saveDraft(d)).error(), noWizard);
    d.wizard = s("W-REG");
    d.key.clear();
    QCOMPARE(await(b->saveDraft(d)).error(), noKey);
    QCOMPARE(await(b->loadDraft(QString(), s("k"))).error(), noWizard);
    QCOMPARE(await(b->loadDraft(s("W-REG"), QString())).error(), noKey);
    QCOMPARE(await(b->deleteDraft(QString(), s("k"))).error(), noWizard);
    QCOMPARE(await(b->deleteDraft(s("W-REG"), QString())).error(), noKey);
}

// The point of a draft: it outlives the process that wrote it.
void TestDrafts::draftsSurviveReopening()
{
    TestBackend b(true);
    const QJsonObject state{{s("workspaceName"), s("Lianyun Production")}};
    QVERIFY(await(b->saveDraft(draft(s("activation"), state))).ok());
    b.backend.reset();

    if (ServerProcess *server = b.server()) {
        // The server process goes and another comes over the same store.
        QCOMPARE(server->stop(), 0);
        ServerProcess again(ServerProcess::sameStore(b.database()));
        const auto reopened = remoteConsole(again.url(), server->token());
        QVERIFY(await(reopened->open()).ok());
        const auto loaded = await(reopened->loadDraft(s("W-REG"), s("lianyun-tech")));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->page, s("activation"));
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
    const auto loaded = await(reopened.loadDraft(s("W-REG"), s("lianyun-tech")));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->page, s("activation"));
    QCOMPARE(loaded->state, state);
}

QTEST_GUILESS_MAIN(TestDrafts)
#include "test_drafts.moc"
