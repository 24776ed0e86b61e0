// The scenario's step handlers one by one (issue 15: the screenshot runner as a table of
// small handlers), each on a few widgets of the test's own through a fake run: what each
// action does to its control, and the message a step that cannot be played gives.

#include "gui/screenshots/ScenarioSteps.h"
#include "gui/wizards/Wizard.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace oc;
using namespace oc::gui;
using namespace Qt::StringLiterals;

namespace {

// A window with one control of each kind, and a record of what the run was asked.
class FakeRun final : public StepRun
{
public:
    FakeRun()
    {
        window.setObjectName(u"window"_s);
        auto *layout = new QVBoxLayout(&window);
        for (QWidget *w : std::initializer_list<QWidget *>{
                 name = new QLineEdit, ok = new QPushButton(u"OK"_s), disabled = new QPushButton,
              terms = new QCheckBox(u"terms"_s), site = new QComboBox, table = new QTableWidget,
              status = new QLabel(u"Provisioning"_s), hidden = new QLabel(u"hidden"_s),
              quantity = new QSpinBox})
            layout->addWidget(w);
        name->setObjectName(u"nameEdit"_s);
        ok->setObjectName(u"okButton"_s);
        disabled->setObjectName(u"disabledButton"_s);
        disabled->setEnabled(false);
        terms->setObjectName(u"termsCheck"_s);
        site->setObjectName(u"siteCombo"_s);
        site->addItem(u"China 1 (Hangzhou)"_s, u"cn1"_s);
        site->addItem(u"China 4 (Guangzhou)"_s, u"cn4"_s);
        table->setObjectName(u"ordersTable"_s);
        table->setSelectionBehavior(QAbstractItemView::SelectRows); // as the console's tables
        table->setColumnCount(2);
        table->setRowCount(3);
        for (int r = 0; r < 3; ++r) {
            table->setItem(r, 0, new QTableWidgetItem(u"CS260227100%1ABCDE"_s.arg(r)));
            auto *check = new QTableWidgetItem(u"order %1"_s.arg(r));
            check->setCheckState(Qt::Unchecked);
            table->setItem(r, 1, check);
        }
        status->setObjectName(u"statusValue"_s);
        hidden->setObjectName(u"hiddenLabel"_s);
        hidden->hide();
        quantity->setObjectName(u"quantityEdit"_s);
        quantity->setRange(1, 999);
        auto *menuAction = new QAction(&window);
        menuAction->setObjectName(u"resetDemoAction"_s);
        QObject::connect(menuAction, &QAction::triggered, menuAction, [this] { ++triggered; });
        QObject::connect(ok, &QPushButton::clicked, ok, [this] { ++clicks; });
        window.resize(400, 600);
        window.show();
    }

    QWidget *find(const QString &n) const override
    {
        if (n == u"@ok")
            return ok;
        return window.findChild<QWidget *>(n);
    }
    QAction *action(const QString &n) const override { return window.findChild<QAction *>(n); }
    bool waitUntil(const std::function<bool()> &predicate, int timeoutMs) override
    {
        QElapsedTimer timer;
        timer.start();
        while (!predicate()) {
            if (timer.elapsed() > timeoutMs)
                return false;
            QTest::qWait(5);
        }
        return true;
    }
    QString substitute(const QString &text) const override
    {
        QString out = text;
        for (auto it = vars.begin(); it != vars.end(); ++it)
            out.replace(u"${"_s + it.key() + u"}"_s, it.value().toString());
        return out;
    }
    QString text(const QJsonValue &value) const override
    {
        return substitute(value.isObject()
                              ? value.toObject().value(QLatin1StringView("en")).toString()
                              : value.toString());
    }
    int callsInFlight() const override { return 0; }
    Wizard *wizard() const override { return nullptr; }
    QWidget *playedWindow() const override { return played; }
    QWidget *topDialog() const override { return dialog; }
    bool adoptWizard(const QString &n, int) override { return n == u"login"; }
    void prepareAnswer(const ScenarioDialogs::Answer &a) override { answers.append(a); }
    void setVariable(const QString &n, const QVariant &value) override { vars.insert(n, value); }
    Result<ListPage> list(const ListQuery &query) override
    {
        lists.append(query);
        ListPage page;
        ColumnInfo params;
        params.key = u"params"_s;
        page.columns = {params};
        page.rows = {{QString::fromUtf8(R"({"purpose":"login","code":"482913"})")}};
        return page;
    }
    QVariant lookupValue(const QString &view, const QVariantMap &filters,
                         const QString &column) override
    {
        if (view == u"huaweiAccounts" &&
            filters.value(u"loginId"_s).toString() == u"lianyun-tech" && column == u"accountId")
            return QVariant(u"0123456789abcdef0123456789abcdef"_s);
        return {};
    }
    Status advanceClock(ClockStep step) override
    {
        advanced.append(step);
        return okStatus();
    }
    bool showPage(const QString &n) override
    {
        shown.append(n);
        return true;
    }
    bool showList(const QString &n) override { return n == u"orders"; }

    QWidget window;
    QLineEdit *name;
    QPushButton *ok;
    QPushButton *disabled;
    QCheckBox *terms;
    QComboBox *site;
    QTableWidget *table;
    QLabel *status;
    QLabel *hidden;
    QSpinBox *quantity;
    QWidget *dialog = nullptr;
    QWidget *played = nullptr;
    int clicks = 0;
    int triggered = 0;
    QVariantMap vars;
    QList<ScenarioDialogs::Answer> answers;
    QList<ListQuery> lists;
    QList<ClockStep> advanced;
    QStringList shown;
};

ScenarioStep step(const char *json)
{
    ScenarioStep st;
    st.arguments = QJsonDocument::fromJson(QByteArray(json)).object();
    st.action = st.arguments.keys().first();
    for (const QString &key : st.arguments.keys())
        if (stepHandlers().contains(key))
            st.action = key;
    st.timeoutMs = 200;
    st.number = 1;
    return st;
}

QString play(FakeRun &run, const char *json)
{
    QString error;
    return runScenarioStep(run, step(json), &error) ? QString() : error;
}

} // namespace

class TestScenarioSteps : public QObject
{
    Q_OBJECT
private slots:
    // Every action the scenario format knows has its handler, and no other (a step that
    // only captures is the action "capture").
    void everyActionHasItsHandler()
    {
        QStringList handled = stepHandlers().keys();
        QStringList actions = Scenario::actions() << u"capture"_s;
        handled.sort();
        actions.sort();
        QCOMPARE(handled, actions);
    }

    void typeReplacesTheText()
    {
        FakeRun run;
        run.name->setText(u"old"_s);
        QCOMPARE(play(run, R"({"type": "nameEdit", "text": "Lianyun EU"})"), QString());
        QCOMPARE(run.name->text(), u"Lianyun EU"_s);
        QCOMPARE(play(run, R"({"type": "quantityEdit", "text": "50"})"), QString());
        QCOMPARE(run.quantity->value(), 50);
        run.vars.insert(u"orderId"_s, u"CS2602271000QY0PL"_s);
        QCOMPARE(play(run, R"({"type": "nameEdit", "text": {"en": "${orderId}"}})"), QString());
        QCOMPARE(run.name->text(), u"CS2602271000QY0PL"_s);
    }

    void clicksAndChecks()
    {
        FakeRun run;
        QCOMPARE(play(run, R"({"click": "okButton"})"), QString());
        QCOMPARE(run.clicks, 1);
        QCOMPARE(play(run, R"({"press": "ok"})"), QString());
        QCOMPARE(run.clicks, 2);
        QCOMPARE(play(run, R"({"check": "termsCheck"})"), QString());
        QVERIFY(run.terms->isChecked());
        QCOMPARE(play(run, R"({"check": "termsCheck"})"), QString()); // already: stays
        QVERIFY(run.terms->isChecked());
        QCOMPARE(play(run, R"({"uncheck": "termsCheck"})"), QString());
        QVERIFY(!run.terms->isChecked());
        // A menu action is clicked by its name too.
        QCOMPARE(play(run, R"({"click": "resetDemoAction"})"), QString());
        QCOMPARE(run.triggered, 1);
    }

    void choosesFromListsAndTables()
    {
        FakeRun run;
        QCOMPARE(play(run, R"({"select": "siteCombo", "text": "Guangzhou"})"), QString());
        QCOMPARE(run.site->currentData().toString(), u"cn4"_s);
        QCOMPARE(play(run, R"({"select": "siteCombo", "data": "cn1"})"), QString());
        QCOMPARE(run.site->currentIndex(), 0);
        QCOMPARE(play(run, R"({"selectRow": "ordersTable", "text": "1002ABCDE"})"), QString());
        QCOMPARE(run.table->currentRow(), 2);
        QCOMPARE(play(run, R"({"checkItem": "ordersTable", "text": "order 1", "column": 1})"),
                 QString());
        QCOMPARE(run.table->item(1, 0)->checkState(), Qt::Checked);
    }

    void waits()
    {
        FakeRun run;
        QCOMPARE(play(run, R"({"waitText": "statusValue", "contains": "Provisioning"})"),
                 QString());
        QTimer::singleShot(50, run.status, [&run] { run.status->setText(u"Active"_s); });
        QCOMPARE(play(run, R"({"waitText": "statusValue", "contains": "Active"})"), QString());
        QCOMPARE(play(run, R"({"waitRows": "ordersTable", "count": 3})"), QString());
        QCOMPARE(play(run, R"({"waitVisible": "okButton"})"), QString());
        QCOMPARE(play(run, R"({"waitHidden": "hiddenLabel"})"), QString());
        QCOMPARE(play(run, R"({"waitHidden": "noSuchThing"})"), QString());
        QTimer::singleShot(50, run.disabled, [&run] { run.disabled->setEnabled(true); });
        QCOMPARE(play(run, R"({"waitEnabled": "disabledButton"})"), QString());
    }

    void theRunsOwnSteps()
    {
        FakeRun run;
        QCOMPARE(play(run, R"({"answer": "confirm", "value": false})"), QString());
        QCOMPARE(play(run, R"({"answer": "text", "value": {"en": "Ops"}})"), QString());
        QCOMPARE(run.answers.size(), 2);
        QVERIFY(!run.answers.at(0).accept);
        QCOMPARE(run.answers.at(1).kind, ScenarioDialogs::Kind::Text);
        QCOMPARE(run.answers.at(1).text, u"Ops"_s);
        QCOMPARE(play(run, R"({"lookup": "huaweiAccounts", "where": {"loginId": "lianyun-tech"},
                              "column": "accountId", "var": "buyer"})"),
                 QString());
        QCOMPARE(run.vars.value(u"buyer"_s).toString(), u"0123456789abcdef0123456789abcdef"_s);
        QCOMPARE(play(run, R"({"readMessage": "ops@lianyuntech.com", "field": "code",
                              "purpose": "login", "var": "code"})"),
                 QString());
        QCOMPARE(run.vars.value(u"code"_s).toString(), u"482913"_s);
        QCOMPARE(run.lists.first().filters.value(u"destination"_s).toString(),
                 u"ops@lianyuntech.com"_s);
        QCOMPARE(play(run, R"({"advanceClock": "threeWorkingDays"})"), QString());
        QCOMPARE(run.advanced.size(), 1);
        QVERIFY(run.advanced.first() == ClockStep::ThreeWorkingDays);
        QCOMPARE(play(run, R"({"show": "billingCenter"})"), QString());
        QCOMPARE(run.shown, QStringList{u"billingCenter"_s});
        QCOMPARE(play(run, R"({"showList": "orders"})"), QString());
        QCOMPARE(play(run, R"({"waitWizard": "login"})"), QString());
        QCOMPARE(play(run, R"({"capture": "anything"})"), QString());
    }

    void dialogs()
    {
        FakeRun run;
        QDialog confirm;
        confirm.setObjectName(u"closeResourceDialog"_s);
        run.dialog = &confirm;
        confirm.show();
        QCOMPARE(play(run, R"({"waitDialog": "closeResourceDialog"})"), QString());
        QTimer::singleShot(50, &confirm, &QDialog::hide);
        QCOMPARE(play(run, R"({"waitClosed": "closeResourceDialog"})"), QString());
        QCOMPARE(play(run, R"({"waitDialog": "memberDialog"})"),
                 u"the dialog \"memberDialog\" did not open"_s);
    }

    // What a trainer reads when a scenario step cannot be played.
    void refusals_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such control") << QString::fromUtf8(R"({"click": "nextButton"})")
                                         << u"no control named \"nextButton\" on screen"_s;
        QTest::newRow("hidden control") << QString::fromUtf8(R"({"click": "hiddenLabel"})")
                                        << u"\"hiddenLabel\" is not visible"_s;
        QTest::newRow("disabled") << QString::fromUtf8(R"({"click": "disabledButton"})")
                                  << u"\"disabledButton\" is disabled"_s;
        QTest::newRow("stays disabled") << QString::fromUtf8(R"({"waitEnabled": "disabledButton"})")
                                        << u"\"disabledButton\" stayed disabled"_s;
        QTest::newRow("type into a label")
            << QString::fromUtf8(R"({"type": "statusValue", "text": "x"})")
            << u"cannot type into \"statusValue\" (QLabel)"_s;
        QTest::newRow("check a button")
            << QString::fromUtf8(R"({"check": "okButton"})") << u"\"okButton\" cannot be checked"_s;
        QTest::newRow("select from a field")
            << QString::fromUtf8(R"({"select": "nameEdit", "text": "x"})")
            << u"\"nameEdit\" is not a list to choose from"_s;
        QTest::newRow("no such entry")
            << QString::fromUtf8(R"({"select": "siteCombo", "text": "Mars"})")
            << u"\"siteCombo\" has no such entry"_s;
        QTest::newRow("not a table")
            << QString::fromUtf8(R"({"selectRow": "siteCombo", "text": "x"})")
            << u"\"siteCombo\" is not a list or table"_s;
        QTest::newRow("no such row")
            << QString::fromUtf8(R"({"selectRow": "ordersTable", "text": "CS0"})")
            << u"\"ordersTable\" has no such row"_s;
        QTest::newRow("other text")
            << QString::fromUtf8(R"({"waitText": "statusValue", "contains": "Active"})")
            << u"\"statusValue\" shows \"Provisioning\", not \"Active\""_s;
        QTest::newRow("too few rows")
            << QString::fromUtf8(R"({"waitRows": "ordersTable", "count": 4})")
            << u"\"ordersTable\" has 3 row(s), not 4"_s;
        QTest::newRow("did not appear") << QString::fromUtf8(R"({"waitVisible": "hiddenLabel"})")
                                        << u"\"hiddenLabel\" did not appear"_s;
        QTest::newRow("did not go") << QString::fromUtf8(R"({"waitHidden": "okButton"})")
                                    << u"\"okButton\" did not go away"_s;
        QTest::newRow("no button") << QString::fromUtf8(R"({"press": "finish"})")
                                   << u"the finish button is not available"_s;
        QTest::newRow("page without a wizard")
            << QString::fromUtf8(R"({"waitPage": "purchaseConfirm"})")
            << u"waitPage without a wizard"_s;
        QTest::newRow("no wizard") << QString::fromUtf8(R"({"waitWizard": "purchase"})")
                                   << u"the wizard \"purchase\" did not open"_s;
        QTest::newRow("nothing found")
            << QString::fromUtf8(
                   R"({"lookup": "orders", "where": {}, "column": "orderId", "var": "x"})")
            << u"nothing found in orders"_s;
        QTest::newRow("no such list") << QString::fromUtf8(R"({"showList": "journal"})")
                                      << u"no list \"journal\" in the view on screen"_s;
        QTest::newRow("unknown action")
            << QString::fromUtf8(R"({"dance": "okButton"})") << u"unknown action \"dance\""_s;
    }

    void refusals()
    {
        QFETCH(QString, json);
        QFETCH(QString, message);
        FakeRun run;
        QCOMPARE(play(run, json.toUtf8().constData()), message);
        QCOMPARE(run.clicks, 0);
    }
};

QTEST_MAIN(TestScenarioSteps)
#include "test_scenario_steps.moc"
