// The scenario loader (resources/scenarios/README.md): the built-in scenario is valid and
// covers every wizard; each kind of mistake a trainer can make is reported with where it is.

#include "gui/screenshots/Scenario.h"

#include <QTest>

using namespace oc::gui;

class TestScenario : public QObject
{
    Q_OBJECT
private slots:
    void defaultScenarioLoadsAndCoversEveryWizard();
    void invalidScenariosAreRefusedWithTheirPlace_data();
    void invalidScenariosAreRefusedWithTheirPlace();
    void expectedImagesFollowTheCaptures();
};

void TestScenario::defaultScenarioLoadsAndCoversEveryWizard()
{
    QVERIFY(Scenario::builtInNames().contains(QStringLiteral("default")));
    QString error;
    const auto scenario = Scenario::load(QStringLiteral("default"), &error);
    QVERIFY2(scenario, qPrintable(error));
    QStringList kinds;
    for (const ScenarioWizard &wizard : scenario->wizards) {
        if (!wizard.isViews)
            kinds << wizard.open.value(QStringLiteral("wizard")).toString();
        // Every instruction exists in both languages.
        for (const ScenarioStep &step : wizard.steps)
            if (step.capture) {
                QVERIFY2(step.capture->instruction.has(QStringLiteral("zh_CN")),
                         qPrintable(wizard.id));
            }
    }
    for (const char *kind : {"purchase", "registration", "organization", "login", "settlement",
                             "recharge", "closeResource"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    QVERIFY(scenario->wizards.last().isViews);
}

void TestScenario::invalidScenariosAreRefusedWithTheirPlace_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    const QByteArray head = R"({"wizards": [{"id": "buy", "title": {"en": "Buy"},
        "open": {"wizard": "purchase"}, "steps": [)";
    const QByteArray tail = "]}]}";
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
    QTest::newRow("no wizards") << QByteArray("{}") << QStringLiteral("\"wizards\"");
    QTest::newRow("bad id")
        << QByteArray(
               R"({"wizards": [{"id": "Buy Now", "title": "x", "open": {"wizard": "purchase"},
                           "steps": [{"press": "next"}]}]})")
        << QStringLiteral("\"id\"");
    QTest::newRow("no open")
        << QByteArray(R"({"wizards": [{"id": "buy", "title": "x", "steps": [{"press": "next"}]}]})")
        << QStringLiteral("\"open\"");
    QTest::newRow("no steps")
        << QByteArray(R"({"wizards": [{"id": "buy", "title": "x", "open": {"wizard": "purchase"},
                           "steps": []}]})")
        << QStringLiteral("\"steps\"");
    QTest::newRow("unknown action")
        << head + R"({"jump": "x"})" + tail << QStringLiteral("wizard buy, step 1: no action");
    QTest::newRow("two actions") << head + R"({"press": "next"}, {"click": "a", "check": "b"})" +
                                        tail
                                 << QStringLiteral("step 2: one action per step");
    QTest::newRow("unknown key") << head + R"({"click": "a", "colour": "red"})" + tail
                                 << QStringLiteral("unknown key \"colour\"");
    QTest::newRow("type without text")
        << head + R"({"type": "usernameEdit"})" + tail << QStringLiteral("needs \"text\"");
    QTest::newRow("bad press") << head + R"({"press": "sideways"})" + tail
                               << QStringLiteral("must be one of next");
    QTest::newRow("select twice") << head +
                                         R"({"select": "siteCombo", "data": "cn1", "index": 0})" +
                                         tail
                                  << QStringLiteral("exactly one of");
    QTest::newRow("bad timeout") << head + R"({"press": "next", "timeout": 5})" + tail
                                 << QStringLiteral("\"timeout\"");
    QTest::newRow("capture without page")
        << head + R"({"capture": {"instruction": {"en": "x"}}})" + tail
        << QStringLiteral("the capture needs \"page\"");
    QTest::newRow("capture without instruction")
        << head + R"({"capture": {"page": "login"}})" + tail
        << QStringLiteral("the capture needs \"instruction\"");
    QTest::newRow("question without an action")
        << head + R"({"capture": {"page": "login", "question": true, "instruction": "x"}})" + tail
        << QStringLiteral("needs the action that asks it");
    QTest::newRow("unknown language")
        << head + R"({"capture": {"page": "login", "instruction": {"en": "x", "fr": "y"}}})" + tail
        << QStringLiteral("\"instruction\"");
    QTest::newRow("duplicate id") << QByteArray(R"({"wizards": [
              {"id": "buy", "title": "x", "open": {"wizard": "purchase"}, "steps": [{"press": "next"}]},
              {"id": "buy", "title": "x", "open": {"wizard": "purchase"}, "steps": [{"press": "next"}]}]})")
                                  << QStringLiteral("used twice");
}

void TestScenario::invalidScenariosAreRefusedWithTheirPlace()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!Scenario::fromJson(json, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestScenario::expectedImagesFollowTheCaptures()
{
    QString error;
    const auto scenario = Scenario::fromJson(R"({"wizards": [{"id": "buy", "title": "Buy",
        "open": {"wizard": "purchase"}, "steps": [
          {"press": "next", "capture": {"page": "purchaseProduct", "target": "@next",
                                        "instruction": {"en": "a", "zh_CN": "b"}}},
          {"waitVisible": "e", "capture": {"page": "purchaseConfirm", "error": true,
                                           "instruction": "c"}}]}],
        "views": {"title": "Views", "steps": [{"show": "home", "capture": {"page": "home",
                                               "instruction": "d"}}]}})",
                                             &error);
    QVERIFY2(scenario, qPrintable(error));
    QCOMPARE(scenario->expectedImages(),
             QStringList({QStringLiteral("01-buy/01-purchaseProduct.png"),
                          QStringLiteral("01-buy/01-purchaseProduct-annotated.png"),
                          QStringLiteral("01-buy/02-purchaseConfirm-error.png"),
                          QStringLiteral("02-views/01-home.png")}));
}

QTEST_GUILESS_MAIN(TestScenario)
#include "test_scenario.moc"
