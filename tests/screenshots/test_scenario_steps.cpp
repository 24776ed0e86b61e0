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

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A window with one control of each kind, and a record of what the run was asked.
class FakeRun final : public StepRun
{
public:
    FakeRun()
    {
        window.setObjectName(s("window"));
        auto *layout = new QVBoxLayout(&window);
        for (QWidget *w : std::initializer_list<QWidget *>{
                 name = new QLineEdit, ok = new QPushButton(s("OK")), disabled = new QPushButton,
              terms = new QCheckBox(s("terms")), site = new QComboBox, table = new QTableWidget,
              status = new QLabel(s("Provisioning")), hidden = new QLabel(s("hidden")),
              quantity = new QSpinBox})
            layout->addWidget(w);
        name->setObjectName(s("nameEdit"));
        ok->setObjectName(s("okButton"));
        disabled->setObjectName(s("disabledButton"));
        disabled->setEnabled(false);
        terms->setObjectName(s("termsCheck"));
        site->setObjectName(s("siteCombo"));
        site->addItem(s("China 1 (Hangzhou)"), s("cn1"));
        site->addItem(s("China 4 (Guangzhou)"), s("cn4"));
        table->setObjectName(s("ordersTable"));
        table->setSelectionBehavior(QAbstractItemView::SelectRows); // as the console's tables
        table->setColumnCount(2);
        table->setRowCount(3);
        for (int r = 0; r < 3; ++r) {
            table->setItem(r, 0, new QTableWidgetItem(s("CS260227100%1ABCDE").arg(r)));
            auto *check = new QTableWidgetItem(s("order %1").arg(r));
            check->setCheckState(Qt::Unchecked);
            table->setItem(r, 1, check);
        }
        status->setObjectName(s("statusValue"));
        hidden->setObjectName(s("hiddenLabel"));
        hidden->hide();
        quantity->setObjectName(s("quantityEdit"));
        quantity->setRange(1, 999);
        auto *menuAction = new QAction(&window);
        menuAction->setObjectName(s("resetDemoAction"));
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
            out.replace(s("${") + it.key() + s("}"), it.value().toString());
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
        params.key = s("params");
        page.columns = {params};
        page.rows = {{s(R"({"purpose":"login","code":"482913"})")}};
        return page;
    }
    QVariant lookupValue(const QString &view, const QVariantMap &filters,
                         const QString &column) override
    {
        if (view == u"huaweiAccounts" &&
            filters.value(s("loginId")).toString() == u"lianyun-tech" && column == u"accountId")
            return QVariant(s("0123456789abcdef0123456789abcdef"));
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
        QStringList actions = Scenario::actions() << s("capture");
        handled.sort();
        actions.sort();
        QCOMPARE(handled, actions);
    }

    void typeReplacesTheText()
    {
        FakeRun run;
        run.name->setText(s("old"));
        QCOMPARE(play(run, R"({"type": "nameEdit", "text": "Lianyun EU"})"), QString());
        QCOMPARE(run.name->text(), s("Lianyun EU"));
        QCOMPARE(play(run, R"({"type": "quantityEdit", "text": "50"})"), QString());
        QCOMPARE(run.quantity->value(), 50);
        run.vars.insert(s("orderId"), s("CS2602271000QY0PL"));
        QCOMPARE(play(run, R"({"type": "nameEdit", "text": {"en": "${orderId}"}})"), QString());
        QCOMPARE(run.name->text(), s("CS2602271000QY0PL"));
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
        QCOMPARE(run.site->currentData().toString(), s("cn4"));
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
        QTimer::singleShot(50, run.status, [&run] { run.status->setText(s("Active")); });
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
        QCOMPARE(run.answers.at(1).text, s("Ops"));
        QCOMPARE(play(run, R"({"lookup": "huaweiAccounts", "where": {"loginId": "lianyun-tech"},
                              "column": "accountId", "var": "buyer"})"),
                 QString());
        QCOMPARE(run.vars.value(s("buyer")).toString(), s("0123456789abcdef0123456789abcdef"));
        QCOMPARE(play(run, R"({"readMessage": "ops@lianyuntech.com", "field": "code",
                              "purpose": "login", "var": "code"})"),
                 QString());
        QCOMPARE(run.vars.value(s("code")).toString(), s("482913"));
        QCOMPARE(run.lists.first().filters.value(s("destination")).toString(),
                 s("ops@lianyuntech.com"));
        QCOMPARE(play(run, R"({"advanceClock": "threeWorkingDays"})"), QString());
        QCOMPARE(run.advanced.size(), 1);
        QVERIFY(run.advanced.first() == ClockStep::ThreeWorkingDays);
        QCOMPARE(play(run, R"({"show": "billingCenter"})"), QString());
        QCOMPARE(run.shown, QStringList{s("billingCenter")});
        QCOMPARE(play(run, R"({"showList": "orders"})"), QString());
        QCOMPARE(play(run, R"({"waitWizard": "login"})"), QString());
        QCOMPARE(play(run, R"({"capture": "anything"})"), QString());
    }

    void dialogs()
    {
        FakeRun run;
        QDialog confirm;
        confirm.setObjectName(s("closeResourceDialog"));
        run.dialog = &confirm;
        confirm.show();
        QCOMPARE(play(run, R"({"waitDialog": "closeResourceDialog"})"), QString());
        QTimer::singleShot(50, &confirm, &QDialog::hide);
        QCOMPARE(play(run, R"({"waitClosed": "closeResourceDialog"})"), QString());
        QCOMPARE(play(run, R"({"waitDialog": "memberDialog"})"),
                 s("the dialog \"memberDialog\" did not open"));
    }

    // What a trainer reads when a scenario step cannot be played.
    void refusals_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such control")
            << s(R"({"click": "nextButton"})") << s("no control named \"nextButton\" on screen");
        QTest::newRow("hidden control")
            << s(R"({"click": "hiddenLabel"})") << s("\"hiddenLabel\" is not visible");
        QTest::newRow("disabled") << s(R"({"click": "disabledButton"})")
                                  << s("\"disabledButton\" is disabled");
        QTest::newRow("stays disabled")
            << s(R"({"waitEnabled": "disabledButton"})") << s("\"disabledButton\" stayed disabled");
        QTest::newRow("type into a label") << s(R"({"type": "statusValue", "text": "x"})")
                                           << s("cannot type into \"statusValue\" (QLabel)");
        QTest::newRow("check a button")
            << s(R"({"check": "okButton"})") << s("\"okButton\" cannot be checked");
        QTest::newRow("select from a field") << s(R"({"select": "nameEdit", "text": "x"})")
                                             << s("\"nameEdit\" is not a list to choose from");
        QTest::newRow("no such entry") << s(R"({"select": "siteCombo", "text": "Mars"})")
                                       << s("\"siteCombo\" has no such entry");
        QTest::newRow("not a table") << s(R"({"selectRow": "siteCombo", "text": "x"})")
                                     << s("\"siteCombo\" is not a list or table");
        QTest::newRow("no such row") << s(R"({"selectRow": "ordersTable", "text": "CS0"})")
                                     << s("\"ordersTable\" has no such row");
        QTest::newRow("other text") << s(R"({"waitText": "statusValue", "contains": "Active"})")
                                    << s("\"statusValue\" shows \"Provisioning\", not \"Active\"");
        QTest::newRow("too few rows") << s(R"({"waitRows": "ordersTable", "count": 4})")
                                      << s("\"ordersTable\" has 3 row(s), not 4");
        QTest::newRow("did not appear")
            << s(R"({"waitVisible": "hiddenLabel"})") << s("\"hiddenLabel\" did not appear");
        QTest::newRow("did not go")
            << s(R"({"waitHidden": "okButton"})") << s("\"okButton\" did not go away");
        QTest::newRow("no button")
            << s(R"({"press": "finish"})") << s("the finish button is not available");
        QTest::newRow("page without a wizard")
            << s(R"({"waitPage": "purchaseConfirm"})") << s("waitPage without a wizard");
        QTest::newRow("no wizard")
            << s(R"({"waitWizard": "purchase"})") << s("the wizard \"purchase\" did not open");
        QTest::newRow("nothing found")
            << s(R"({"lookup": "orders", "where": {}, "column": "orderId", "var": "x"})")
            << s("nothing found in orders");
        QTest::newRow("no such list")
            << s(R"({"showList": "journal"})") << s("no list \"journal\" in the view on screen");
        QTest::newRow("unknown action")
            << s(R"({"dance": "okButton"})") << s("unknown action \"dance\"");
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
