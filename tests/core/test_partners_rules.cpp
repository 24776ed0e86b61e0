// Partners and enterprise master accounts as pure functions (core/Partners.h; my-account.md
// §6.1, §6.2, §7.1, D.4): who may associate with a partner (R-PTN-3, and R-PTN-4 for the
// reseller model), what keeps a reseller's customer from asking to disassociate and the
// once-per-3-months limit in China time (R-PTN-2), the refusal those checks answer with, and
// who may be a master of whom (R-MST-2) with the link states in effect (R-MST-1, R-MST-3).
// Each condition failing alone, all of them together in the spec's order with their stable
// spellings, and the boundaries (7 days to the second, calendar months at month ends).
// Table-driven, without a QApplication.

#include "core/Clock.h"
#include "core/Partners.h"
#include "core/Rules.h"

#include <QTest>

using namespace oc;
using namespace oc::partner;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(oc::partner::Facts)
Q_DECLARE_METATYPE(oc::MasterLinkStatus)
Q_DECLARE_METATYPE(oc::HuaweiAccount)

class TestPartnersRules : public QObject
{
    Q_OBJECT
private slots:
    void R_PTN_3_R_PTN_4_conditionSpellings();
    void R_PTN_3_eachConditionFailsAlone_data();
    void R_PTN_3_eachConditionFailsAlone();
    void R_PTN_4_eachResellerConditionFailsAlone_data();
    void R_PTN_4_eachResellerConditionFailsAlone();
    void R_PTN_3_R_PTN_4_everyConditionInTheSpecsOrder();
    void R_PTN_3_registeredMoreThan7DaysAgo_data();
    void R_PTN_3_registeredMoreThan7DaysAgo();
    void R_PTN_3_R_PTN_4_masterMemberLinks_data();
    void R_PTN_3_R_PTN_4_masterMemberLinks();
    void R_PTN_4_resellerOnly();
    void R_PTN_2_eachConditionFailsAlone_data();
    void R_PTN_2_eachConditionFailsAlone();
    void R_PTN_2_everyConditionInTheSpecsOrder();
    void R_PTN_2_masterOrMember_data();
    void R_PTN_2_masterOrMember();
    void R_PTN_2_threeCalendarMonthsInChinaTime_data();
    void R_PTN_2_threeCalendarMonthsInChinaTime();
    void R_PTN_2_limitBoundaryInTheCheck();
    void R_PTN_2_R_PTN_3_R_PTN_4_refusal();
    void R_PTN_2_chinaTime_data();
    void R_PTN_2_chinaTime();
    void R_MST_2_linkRefusal_data();
    void R_MST_2_linkRefusal();
    void R_MST_1_R_MST_3_linkStates_data();
    void R_MST_1_R_MST_3_linkStates();
};

namespace {

const QTimeZone China(8 * 3600);

// A time on the China clock (the demo's and the seeds' consoles), as the store keeps it (UTC).
QDateTime cst(int year, int month, int day, int hour = 12, int minute = 0, int second = 0,
              int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), China).toUTC();
}

// The demo clock's start (2026-03-02 09:30 China time): every check below is judged then.
const QDateTime Now = cst(2026, 3, 2, 9, 30);

// An account nothing keeps from associating or from asking to disassociate: (17) songyuqing
// of the demo, registered on 2026-02-27, with its currency set.
Facts eligible()
{
    Facts f;
    f.registeredAt = cst(2026, 2, 27, 14, 0);
    f.currency = u"CNY"_s;
    return f;
}

QStringList conditions(const QList<CheckItem> &items)
{
    QStringList list;
    for (const CheckItem &item : items)
        list << item.condition;
    return list;
}

// "condition detail" of each item, details only where there is one.
QStringList itemsText(const QList<CheckItem> &items)
{
    QStringList list;
    for (const CheckItem &item : items)
        list << (item.detail.isEmpty() ? item.condition : item.condition + u' ' + item.detail);
    return list;
}

HuaweiAccount account(const QString &id, AccountType type = AccountType::Enterprise,
                      AuthStatus auth = AuthStatus::Authenticated)
{
    HuaweiAccount a;
    a.accountId = id;
    a.accountType = type;
    a.authStatus = auth;
    return a;
}

// "rule field reason [args]" of an optional refusal, or "ok".
QString outcome(const std::optional<Error> &error)
{
    if (!error)
        return u"ok"_s;
    QString text = error->rule + u' ' + error->field + u' ' + error->reason;
    for (auto it = error->args.cbegin(); it != error->args.cend(); ++it)
        text += u' ' + it.key() + u'=' + it.value().toString();
    return text;
}

} // namespace

void TestPartnersRules::R_PTN_3_R_PTN_4_conditionSpellings()
{
    // The spellings travel in refusals' args and the REST API and are worded by the GUI: they
    // are an interface, not free text.
    namespace E = eligibility;
    namespace D = disassociation;
    QCOMPARE(QString::fromLatin1(E::ChineseMainlandSite), u"chineseMainlandSite"_s);
    QCOMPARE(QString::fromLatin1(E::PartnerAssociated), u"partnerAssociated"_s);
    QCOMPARE(QString::fromLatin1(E::SpecialContract), u"specialContract"_s);
    QCOMPARE(QString::fromLatin1(E::RegisteredOver7Days), u"registeredOver7Days"_s);
    QCOMPARE(QString::fromLatin1(E::CashSpending), u"cashSpending"_s);
    QCOMPARE(QString::fromLatin1(E::UnpaidBills), u"unpaidBills"_s);
    QCOMPARE(QString::fromLatin1(E::UnifiedMaster), u"unifiedMaster"_s);
    QCOMPARE(QString::fromLatin1(E::ProfessionalContract), u"professionalContract"_s);
    QCOMPARE(QString::fromLatin1(E::ReservedInstances), u"reservedInstances"_s);
    QCOMPARE(QString::fromLatin1(E::MemberAccount), u"memberAccount"_s);
    QCOMPARE(QString::fromLatin1(E::IndependentMembers), u"independentMembers"_s);
    QCOMPARE(QString::fromLatin1(D::MasterOrMember), u"masterOrMember"_s);
    QCOMPARE(QString::fromLatin1(D::IndependentMembers), u"independentMembers"_s);
    QCOMPARE(QString::fromLatin1(D::Arrears), u"arrears"_s);
    QCOMPARE(QString::fromLatin1(D::ReservedInstances), u"reservedInstances"_s);
    QCOMPARE(QString::fromLatin1(D::PartnerSupportPlan), u"partnerSupportPlan"_s);
    QCOMPARE(QString::fromLatin1(D::NoCurrency), u"noCurrency"_s);
    QCOMPARE(QString::fromLatin1(D::SpecialContract), u"specialContract"_s);
    QCOMPARE(QString::fromLatin1(D::OrdersAwaitingPartner), u"ordersAwaitingPartner"_s);
    QCOMPARE(QString::fromLatin1(D::RequestedWithin3Months), u"requestedWithin3Months"_s);
    QCOMPARE(QString::fromLatin1(FailedArg), u"failed"_s);
    QCOMPARE(QString::fromLatin1(AllowedFromArg), u"allowedFrom"_s);
    // The limits the spec states (§6.1 "more than 7 days", §6.2 "one per 3 months").
    QCOMPARE(RegistrationDays, 7);
    QCOMPARE(RequestIntervalMonths, 3);
    // The base account of these tests may associate in either model.
    QVERIFY(ineligibility(eligible(), PartnerModel::Reseller, Now).isEmpty());
    QVERIFY(ineligibility(eligible(), PartnerModel::Referral, Now).isEmpty());
}

void TestPartnersRules::R_PTN_3_eachConditionFailsAlone_data()
{
    QTest::addColumn<Facts>("facts");
    QTest::addColumn<QString>("failed");
    const auto row = [](const char *name, const char *failed, auto change) {
        Facts f = eligible();
        change(f);
        QTest::newRow(name) << f << QString::fromLatin1(failed);
    };
    row("the Chinese mainland site", "chineseMainlandSite",
        [](Facts &f) { f.chineseMainlandSite = true; });
    row("a partner already", "partnerAssociated",
        [](Facts &f) { f.partnerName = u"Zhejiang Yunfan Digital Technology Co., Ltd."_s; });
    row("a special contract", "specialContract", [](Facts &f) { f.specialContract = true; });
    row("registered 8 days ago", "registeredOver7Days",
        [](Facts &f) { f.registeredAt = Now.addDays(-8); });
    row("cash spending", "cashSpending", [](Facts &f) { f.cashSpending = true; });
    row("arrears of 0.01 CNY", "unpaidBills", [](Facts &f) { f.arrears = Fen(1); });
    row("one unpaid order", "unpaidBills", [](Facts &f) { f.unpaidOrders = 1; });
    row("arrears and unpaid orders: one condition", "unpaidBills", [](Facts &f) {
        f.arrears = Fen::fromYuan(1280);
        f.unpaidOrders = 3;
    });
    row("a master with unified-accounting members", "unifiedMaster",
        [](Facts &f) { f.unifiedMembers = 1; });
}

void TestPartnersRules::R_PTN_3_eachConditionFailsAlone()
{
    QFETCH(Facts, facts);
    QFETCH(QString, failed);
    // R-PTN-3 holds for any model (§6.1: "cannot be associated with any partner").
    QCOMPARE(ineligibility(facts, PartnerModel::Referral, Now), QStringList{failed});
    QCOMPARE(ineligibility(facts, PartnerModel::Reseller, Now), QStringList{failed});
    QVERIFY(!resellerOnly(failed));
}

void TestPartnersRules::R_PTN_4_eachResellerConditionFailsAlone_data()
{
    QTest::addColumn<Facts>("facts");
    QTest::addColumn<QString>("failed");
    const auto row = [](const char *name, const char *failed, auto change) {
        Facts f = eligible();
        change(f);
        QTest::newRow(name) << f << QString::fromLatin1(failed);
    };
    row("a professional service contract", "professionalContract",
        [](Facts &f) { f.professionalContract = true; });
    row("valid reserved instances", "reservedInstances",
        [](Facts &f) { f.reservedInstances = true; });
    row("a member in independent accounting", "memberAccount", [](Facts &f) {
        f.masterName = u"Zhejiang Xinghe Holding Group Co., Ltd."_s;
        f.memberAccounting = MasterAccounting::Independent;
        f.memberAssociated = true;
    });
    row("a master with one independent member", "independentMembers",
        [](Facts &f) { f.independentMembers = 1; });
}

void TestPartnersRules::R_PTN_4_eachResellerConditionFailsAlone()
{
    QFETCH(Facts, facts);
    QFETCH(QString, failed);
    // R-PTN-4 is the reseller model's only: a referral association may go ahead.
    QCOMPARE(ineligibility(facts, PartnerModel::Reseller, Now), QStringList{failed});
    QCOMPARE(ineligibility(facts, PartnerModel::Referral, Now), QStringList());
    QVERIFY(resellerOnly(failed));
}

void TestPartnersRules::R_PTN_3_R_PTN_4_everyConditionInTheSpecsOrder()
{
    Facts f = eligible();
    f.chineseMainlandSite = true;
    f.partnerName = u"Zhejiang Yunfan Digital Technology Co., Ltd."_s;
    f.specialContract = true;
    f.registeredAt = cst(2025, 1, 1);
    f.cashSpending = true;
    f.arrears = Fen(128050);
    f.professionalContract = true;
    f.reservedInstances = true;
    // A member in unified accounting, and a master with independent members itself.
    f.masterName = u"Zhejiang Xinghe Holding Group Co., Ltd."_s;
    f.memberAccounting = MasterAccounting::Unified;
    f.memberAssociated = true;
    f.independentMembers = 2;
    const QStringList anyModel = {u"chineseMainlandSite"_s, u"partnerAssociated"_s,
                                  u"specialContract"_s,     u"registeredOver7Days"_s,
                                  u"cashSpending"_s,        u"unpaidBills"_s,
                                  u"unifiedMaster"_s};
    const QStringList reseller = {u"professionalContract"_s, u"reservedInstances"_s,
                                  u"memberAccount"_s, u"independentMembers"_s};
    QCOMPARE(ineligibility(f, PartnerModel::Referral, Now), anyModel);
    QCOMPARE(ineligibility(f, PartnerModel::Reseller, Now), anyModel + reseller);
    // R-PTN-3's conditions first, then R-PTN-4's: resellerOnly() splits the list there.
    const QStringList all = ineligibility(f, PartnerModel::Reseller, Now);
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(resellerOnly(all.at(i)), i >= anyModel.size());
}

void TestPartnersRules::R_PTN_3_registeredMoreThan7DaysAgo_data()
{
    QTest::addColumn<QDateTime>("registeredAt");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("refused");
    // (17) songyuqing registered on 2026-02-27 14:00: "until 2026-03-06" on the demo clock.
    const QDateTime song = cst(2026, 2, 27, 14, 0);
    QTest::newRow("the demo's start") << song << Now << false;
    QTest::newRow("6 days 23:59:59 later") << song << cst(2026, 3, 6, 13, 59, 59) << false;
    QTest::newRow("exactly 7 days later") << song << cst(2026, 3, 6, 14, 0) << false;
    QTest::newRow("7 days and a millisecond later") << song << cst(2026, 3, 6, 14, 0, 0, 1) << true;
    QTest::newRow("7 days and a second later") << song << cst(2026, 3, 6, 14, 0, 1) << true;
    QTest::newRow("8 days later") << song << cst(2026, 3, 7, 14, 0) << true;
    // Days are whole days on the clock, not calendar dates: late on the 7th day is fine.
    QTest::newRow("registered at 23:59, 7 days later at 23:59")
        << cst(2026, 2, 23, 23, 59) << cst(2026, 3, 2, 23, 59) << false;
    QTest::newRow("across the end of February")
        << cst(2026, 2, 28, 0, 0) << cst(2026, 3, 7, 0, 0, 1) << true;
    QTest::newRow("registered just now") << Now << Now << false;
    QTest::newRow("long ago (2 years)") << cst(2024, 3, 2) << Now << true;
    // No registration time known: the clock cannot judge it (never a refusal on nothing).
    QTest::newRow("unknown") << QDateTime() << Now << false;
}

void TestPartnersRules::R_PTN_3_registeredMoreThan7DaysAgo()
{
    QFETCH(QDateTime, registeredAt);
    QFETCH(QDateTime, now);
    QFETCH(bool, refused);
    Facts f = eligible();
    f.registeredAt = registeredAt;
    const QStringList expected = refused ? QStringList{u"registeredOver7Days"_s} : QStringList();
    QCOMPARE(ineligibility(f, PartnerModel::Reseller, now), expected);
    QCOMPARE(ineligibility(f, PartnerModel::Referral, now), expected);
}

void TestPartnersRules::R_PTN_3_R_PTN_4_masterMemberLinks_data()
{
    QTest::addColumn<Facts>("facts");
    QTest::addColumn<QStringList>("referral");
    QTest::addColumn<QStringList>("reseller");
    const QString group = u"Zhejiang Xinghe Holding Group Co., Ltd."_s;
    const auto member = [&](MasterAccounting accounting, bool associated) {
        Facts f = eligible();
        f.masterName = group;
        f.memberAccounting = accounting;
        f.memberAssociated = associated;
        return f;
    };
    // An invitation not accepted yet is no link in effect (R-MST-1: the member answers).
    QTest::newRow("invited, unified")
        << member(MasterAccounting::Unified, false) << QStringList() << QStringList();
    QTest::newRow("invited, independent")
        << member(MasterAccounting::Independent, false) << QStringList() << QStringList();
    QTest::newRow("member in unified accounting")
        << member(MasterAccounting::Unified, true) << QStringList{u"unifiedMaster"_s}
        << QStringList{u"unifiedMaster"_s, u"memberAccount"_s};
    QTest::newRow("member in independent accounting")
        << member(MasterAccounting::Independent, true) << QStringList()
        << QStringList{u"memberAccount"_s};
    Facts master = eligible();
    master.unifiedMembers = 2;
    QTest::newRow("master with unified members")
        << master << QStringList{u"unifiedMaster"_s} << QStringList{u"unifiedMaster"_s};
    master = eligible();
    master.independentMembers = 3;
    QTest::newRow("master with independent members")
        << master << QStringList() << QStringList{u"independentMembers"_s};
    master.unifiedMembers = 1;
    QTest::newRow("master with both") << master << QStringList{u"unifiedMaster"_s}
                                      << QStringList{u"unifiedMaster"_s, u"independentMembers"_s};
    master = eligible();
    master.invitedMembers = 4;
    QTest::newRow("master whose invitations wait") << master << QStringList() << QStringList();
}

void TestPartnersRules::R_PTN_3_R_PTN_4_masterMemberLinks()
{
    QFETCH(Facts, facts);
    QFETCH(QStringList, referral);
    QFETCH(QStringList, reseller);
    QCOMPARE(ineligibility(facts, PartnerModel::Referral, Now), referral);
    QCOMPARE(ineligibility(facts, PartnerModel::Reseller, Now), reseller);
    QCOMPARE(facts.unifiedAccounting(), referral.contains(u"unifiedMaster"_s));
}

void TestPartnersRules::R_PTN_4_resellerOnly()
{
    for (const char *c : {eligibility::ProfessionalContract, eligibility::ReservedInstances,
                          eligibility::MemberAccount, eligibility::IndependentMembers})
        QVERIFY2(resellerOnly(QString::fromLatin1(c)), c);
    for (const char *c :
         {eligibility::ChineseMainlandSite, eligibility::PartnerAssociated,
          eligibility::SpecialContract, eligibility::RegisteredOver7Days, eligibility::CashSpending,
          eligibility::UnpaidBills, eligibility::UnifiedMaster})
        QVERIFY2(!resellerOnly(QString::fromLatin1(c)), c);
    // Exact spellings only.
    QVERIFY(!resellerOnly(u"ReservedInstances"_s));
    QVERIFY(!resellerOnly(u"memberAccount "_s));
    QVERIFY(!resellerOnly(QString()));
}

void TestPartnersRules::R_PTN_2_eachConditionFailsAlone_data()
{
    QTest::addColumn<Facts>("facts");
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("detail");
    const auto row = [](const char *name, const char *condition, const QString &detail,
                        auto change) {
        Facts f = eligible();
        change(f);
        QTest::newRow(name) << f << QString::fromLatin1(condition) << detail;
    };
    row("a member: the master's name", "masterOrMember",
        u"Zhejiang Xinghe Holding Group Co., Ltd."_s, [](Facts &f) {
            f.masterName = u"Zhejiang Xinghe Holding Group Co., Ltd."_s;
            f.memberAssociated = true;
        });
    row("a master with unified members: how many", "masterOrMember", u"2"_s,
        [](Facts &f) { f.unifiedMembers = 2; });
    row("independent members: how many", "independentMembers", u"3"_s,
        [](Facts &f) { f.independentMembers = 3; });
    row("arrears: the amount", "arrears", u"1280.50"_s, [](Facts &f) { f.arrears = Fen(128050); });
    row("arrears of one fen", "arrears", u"0.01"_s, [](Facts &f) { f.arrears = Fen(1); });
    row("unexpired reserved instances", "reservedInstances", QString(),
        [](Facts &f) { f.reservedInstances = true; });
    row("the partner support plan", "partnerSupportPlan", QString(),
        [](Facts &f) { f.partnerSupportPlan = true; });
    row("no currency", "noCurrency", QString(), [](Facts &f) { f.currency.clear(); });
    row("a special commerce contract", "specialContract", QString(),
        [](Facts &f) { f.specialContract = true; });
    row("orders awaiting the partner", "ordersAwaitingPartner", QString(),
        [](Facts &f) { f.ordersAwaitingPartner = true; });
    row("asked a month ago: from when", "requestedWithin3Months", u"2026-05-02T09:30:00+08:00"_s,
        [](Facts &f) { f.lastCustomerRequest = cst(2026, 2, 2, 9, 30); });
}

void TestPartnersRules::R_PTN_2_eachConditionFailsAlone()
{
    QFETCH(Facts, facts);
    QFETCH(QString, condition);
    QFETCH(QString, detail);
    const QList<CheckItem> items = disassociationFailures(facts, Now);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().condition, condition);
    QCOMPARE(items.first().detail, detail);
}

void TestPartnersRules::R_PTN_2_everyConditionInTheSpecsOrder()
{
    QVERIFY(disassociationFailures(eligible(), Now).isEmpty());
    // R-PTN-2 as D.4 extends it, with none of R-PTN-3's own conditions in the way (a
    // disassociation does not care how old the account is or where it spent cash).
    Facts f = eligible();
    f.registeredAt = cst(2020, 1, 1);
    f.cashSpending = true;
    f.chineseMainlandSite = true;
    f.unpaidOrders = 2; // orders not paid are not one of its conditions (awaiting the partner is)
    f.professionalContract = true;
    QVERIFY(disassociationFailures(f, Now).isEmpty());

    f.masterName = u"Zhejiang Xinghe Holding Group Co., Ltd."_s;
    f.memberAccounting = MasterAccounting::Independent;
    f.memberAssociated = true;
    f.unifiedMembers = 1;
    f.independentMembers = 2;
    f.arrears = Fen(30000);
    f.reservedInstances = true;
    f.partnerSupportPlan = true;
    f.currency.clear();
    f.specialContract = true;
    f.ordersAwaitingPartner = true;
    f.lastCustomerRequest = cst(2026, 2, 27, 15, 0); // (15) minghui-trading's request
    const QList<CheckItem> items = disassociationFailures(f, Now);
    QCOMPARE(itemsText(items),
             (QStringList{u"masterOrMember Zhejiang Xinghe Holding Group Co., Ltd."_s,
                          u"independentMembers 2"_s, u"arrears 300.00"_s, u"reservedInstances"_s,
                          u"partnerSupportPlan"_s, u"noCurrency"_s, u"specialContract"_s,
                          u"ordersAwaitingPartner"_s,
                          u"requestedWithin3Months 2026-05-27T15:00:00+08:00"_s}));
    // The limit is always the last item.
    QCOMPARE(conditions(items).last(), QString::fromLatin1(disassociation::RequestedWithin3Months));
}

void TestPartnersRules::R_PTN_2_masterOrMember_data()
{
    QTest::addColumn<Facts>("facts");
    QTest::addColumn<QStringList>("items");
    const QString group = u"Zhejiang Xinghe Holding Group Co., Ltd."_s;
    Facts f = eligible();
    f.masterName = group;
    f.memberAssociated = false;
    QTest::newRow("invited only: nothing to leave") << f << QStringList();
    f.memberAssociated = true;
    f.memberAccounting = MasterAccounting::Unified;
    QTest::newRow("member, unified") << f << QStringList{u"masterOrMember "_s + group};
    f.memberAccounting = MasterAccounting::Independent;
    QTest::newRow("member, independent") << f << QStringList{u"masterOrMember "_s + group};
    // Both a member and a master: listed once, as a member (its master to leave first).
    f.unifiedMembers = 5;
    QTest::newRow("member and master") << f << QStringList{u"masterOrMember "_s + group};
    f = eligible();
    f.unifiedMembers = 1;
    QTest::newRow("master, one unified member") << f << QStringList{u"masterOrMember 1"_s};
    f.independentMembers = 1;
    QTest::newRow("master, one of each")
        << f << QStringList{u"masterOrMember 1"_s, u"independentMembers 1"_s};
    f = eligible();
    f.invitedMembers = 2;
    QTest::newRow("master whose invitations wait") << f << QStringList();
}

void TestPartnersRules::R_PTN_2_masterOrMember()
{
    QFETCH(Facts, facts);
    QFETCH(QStringList, items);
    QCOMPARE(itemsText(disassociationFailures(facts, Now)), items);
}

void TestPartnersRules::R_PTN_2_threeCalendarMonthsInChinaTime_data()
{
    QTest::addColumn<QDateTime>("last");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("from"); // invalid: may request now
    QTest::newRow("never asked") << QDateTime() << Now << QDateTime();
    // (15) minghui-trading asked on 2026-02-27 15:00: the next from 2026-05-27 15:00.
    const QDateTime minghui = cst(2026, 2, 27, 15, 0);
    QTest::newRow("the demo's (15)") << minghui << Now << cst(2026, 5, 27, 15, 0);
    QTest::newRow("a second before")
        << minghui << cst(2026, 5, 27, 14, 59, 59) << cst(2026, 5, 27, 15, 0);
    QTest::newRow("a millisecond before")
        << minghui << cst(2026, 5, 27, 14, 59, 59, 999) << cst(2026, 5, 27, 15, 0);
    QTest::newRow("exactly then") << minghui << cst(2026, 5, 27, 15, 0) << QDateTime();
    QTest::newRow("a day after") << minghui << cst(2026, 5, 28, 15, 0) << QDateTime();
    QTest::newRow("asked just now") << Now << Now << cst(2026, 6, 2, 9, 30);
    // Calendar months, not 90 days: a month end stays on the month's last day.
    QTest::newRow("30 November to 28 February")
        << cst(2025, 11, 30, 10, 0) << cst(2026, 2, 27, 10, 0) << cst(2026, 2, 28, 10, 0);
    QTest::newRow("30 November to 29 February (leap year)")
        << cst(2023, 11, 30, 10, 0) << cst(2024, 2, 28, 10, 0) << cst(2024, 2, 29, 10, 0);
    QTest::newRow("31 August to 30 November")
        << cst(2026, 8, 31, 10, 0) << cst(2026, 11, 29, 10, 0) << cst(2026, 11, 30, 10, 0);
    QTest::newRow("31 May to 31 August")
        << cst(2026, 5, 31, 10, 0) << cst(2026, 8, 30, 10, 0) << cst(2026, 8, 31, 10, 0);
    QTest::newRow("31 December to 31 March, across the year")
        << cst(2025, 12, 31, 23, 0) << cst(2026, 3, 31, 22, 59) << cst(2026, 3, 31, 23, 0);
    QTest::newRow("1 December to 1 March (89 days)")
        << cst(2025, 12, 1, 0, 0) << cst(2026, 2, 28, 23, 59) << cst(2026, 3, 1, 0, 0);
    // China time's calendar, not UTC's: 2025-11-30 02:00 in China is 29 November in UTC. In
    // China time the next request is allowed on 28 February 02:00 (27 February 18:00 UTC); by
    // UTC's calendar it would be a day later.
    const QDateTime earlyMorning = cst(2025, 11, 30, 2, 0);
    QCOMPARE(earlyMorning.date(), QDate(2025, 11, 29)); // UTC
    QTest::newRow("China's month end, UTC's 29th")
        << earlyMorning << cst(2026, 2, 28, 1, 59) << cst(2026, 2, 28, 2, 0);
    QTest::newRow("China's month end, allowed on the 28th at 02:00")
        << earlyMorning << cst(2026, 2, 28, 2, 0) << QDateTime();
    // A request time in another zone is the same instant.
    QTest::newRow("asked in UTC") << QDateTime(QDate(2026, 2, 27), QTime(7, 0), Qt::UTC) << Now
                                  << cst(2026, 5, 27, 15, 0);
    QTest::newRow("asked in UTC-5")
        << QDateTime(QDate(2026, 2, 27), QTime(2, 0), QTimeZone(-5 * 3600)) << Now
        << cst(2026, 5, 27, 15, 0);
}

void TestPartnersRules::R_PTN_2_threeCalendarMonthsInChinaTime()
{
    QFETCH(QDateTime, last);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, from);
    const QDateTime got = nextCustomerRequestFrom(last, now);
    QCOMPARE(got.isValid(), from.isValid());
    if (from.isValid()) {
        QCOMPARE(got, from);
        QCOMPARE(got.timeSpec(), Qt::UTC); // as the store keeps times
    }
}

void TestPartnersRules::R_PTN_2_limitBoundaryInTheCheck()
{
    Facts f = eligible();
    f.lastCustomerRequest = cst(2025, 11, 30, 10, 0);
    // The day before: refused, the detail saying from when (China time, ISO 8601).
    QCOMPARE(itemsText(disassociationFailures(f, cst(2026, 2, 28, 9, 59, 59))),
             QStringList{u"requestedWithin3Months 2026-02-28T10:00:00+08:00"_s});
    // From then on: nothing in the way.
    QVERIFY(disassociationFailures(f, cst(2026, 2, 28, 10, 0)).isEmpty());
    QVERIFY(disassociationFailures(f, cst(2026, 3, 1)).isEmpty());
}

void TestPartnersRules::R_PTN_2_R_PTN_3_R_PTN_4_refusal()
{
    // R-PTN-3/4: every failed condition in args, the first the reason; field accountId.
    const QStringList failed = {u"registeredOver7Days"_s, u"specialContract"_s,
                                u"professionalContract"_s};
    Error e = refusal(rule::PTN_3, failed);
    QCOMPARE(e.rule, u"R-PTN-3"_s);
    QCOMPARE(e.field, u"accountId"_s);
    QCOMPARE(e.reason, u"registeredOver7Days"_s);
    QCOMPARE(e.args.size(), 1);
    QCOMPARE(e.args.value(u"failed"_s).toStringList(), failed);

    // R-PTN-2 with the time from when the customer may ask again.
    const QString from = chinaTime(cst(2026, 5, 27, 15, 0));
    e = refusal(rule::PTN_2, {u"requestedWithin3Months"_s}, {{u"allowedFrom"_s, from}});
    QCOMPARE(e.rule, u"R-PTN-2"_s);
    QCOMPARE(e.reason, u"requestedWithin3Months"_s);
    QCOMPARE(e.args.value(u"allowedFrom"_s).toString(), u"2026-05-27T15:00:00+08:00"_s);
    QCOMPARE(e.args.value(u"failed"_s).toStringList(), QStringList{u"requestedWithin3Months"_s});

    // The failed list is the function's own: an args entry of that name does not replace it.
    e = refusal(rule::PTN_4, {u"memberAccount"_s}, {{u"failed"_s, u"stale"_s}});
    QCOMPARE(e.args.value(u"failed"_s).toStringList(), QStringList{u"memberAccount"_s});
    QCOMPARE(e.reason, u"memberAccount"_s);

    // Straight from the checks.
    Facts f = eligible();
    f.registeredAt = cst(2026, 1, 1);
    f.reservedInstances = true;
    e = refusal(rule::PTN_3, ineligibility(f, PartnerModel::Reseller, Now));
    QCOMPARE(e.reason, u"registeredOver7Days"_s);
    QCOMPARE(e.args.value(u"failed"_s).toStringList(),
             (QStringList{u"registeredOver7Days"_s, u"reservedInstances"_s}));
}

void TestPartnersRules::R_PTN_2_chinaTime_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("expected");
    QTest::newRow("UTC") << QDateTime(QDate(2026, 5, 27), QTime(7, 0), Qt::UTC)
                         << u"2026-05-27T15:00:00+08:00"_s;
    QTest::newRow("the next day in China")
        << QDateTime(QDate(2026, 2, 28), QTime(18, 0), Qt::UTC) << u"2026-03-01T02:00:00+08:00"_s;
    QTest::newRow("midnight in China") << cst(2026, 1, 1, 0, 0) << u"2026-01-01T00:00:00+08:00"_s;
    QTest::newRow("given in China time")
        << QDateTime(QDate(2026, 3, 2), QTime(9, 30), China) << u"2026-03-02T09:30:00+08:00"_s;
    QTest::newRow("given in UTC-5")
        << QDateTime(QDate(2026, 3, 1), QTime(20, 30), QTimeZone(-5 * 3600))
        << u"2026-03-02T09:30:00+08:00"_s;
    QTest::newRow("a leap day") << cst(2024, 2, 29, 23, 59, 59) << u"2024-02-29T23:59:59+08:00"_s;
}

void TestPartnersRules::R_PTN_2_chinaTime()
{
    QFETCH(QDateTime, at);
    QFETCH(QString, expected);
    const QString text = partner::chinaTime(at);
    QCOMPARE(text, expected);
    // It reads back as the same instant.
    QCOMPARE(QDateTime::fromString(text, Qt::ISODate), at);
}

void TestPartnersRules::R_MST_2_linkRefusal_data()
{
    QTest::addColumn<HuaweiAccount>("master");
    QTest::addColumn<HuaweiAccount>("member");
    QTest::addColumn<bool>("enterpriseCenter");
    QTest::addColumn<bool>("cloudSolutionProvider");
    QTest::addColumn<int>("memberMembers");
    QTest::addColumn<QString>("expected");
    const HuaweiAccount group = account(u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s);
    const HuaweiAccount robotics = account(u"1b2c3d4e5f60718293a4b5c6d7e8f90a"_s);
    QTest::newRow("an enterprise master with Enterprise Center")
        << group << robotics << true << false << 0 << u"ok"_s;
    QTest::newRow("an individual member")
        << group
        << account(robotics.accountId, AccountType::Individual, AuthStatus::Unauthenticated) << true
        << false << 0 << u"ok"_s;
    QTest::newRow("master an individual")
        << account(group.accountId, AccountType::Individual) << robotics << true << false << 0
        << u"R-MST-2 masterAccountId notEnterprise"_s;
    QTest::newRow("master's type unset")
        << account(group.accountId, AccountType::Unset) << robotics << true << false << 0
        << u"R-MST-2 masterAccountId notEnterprise"_s;
    for (const auto &[name, status] :
         {std::pair{"unauthenticated", AuthStatus::Unauthenticated},
          std::pair{"pending", AuthStatus::Pending}, std::pair{"rejected", AuthStatus::Rejected}})
        QTest::addRow("master %s", name)
            << account(group.accountId, AccountType::Enterprise, status) << robotics << true
            << false << 0 << u"R-MST-2 masterAccountId notAuthenticated"_s;
    QTest::newRow("no Enterprise Center") << group << robotics << false << false << 0
                                          << u"R-MST-2 masterAccountId noEnterpriseCenter"_s;
    QTest::newRow("a Cloud Solution Provider")
        << group << robotics << true << true << 0
        << u"R-MST-2 masterAccountId cloudSolutionProvider"_s;
    QTest::newRow("itself") << group << group << true << false << 0
                            << u"R-MST-2 memberAccountId sameAccount"_s;
    QTest::newRow("a member with a member of its own")
        << group << robotics << true << false << 1
        << u"R-MST-2 memberAccountId masterWithMembers members=1"_s;
    QTest::newRow("a member with 3 members")
        << group << robotics << true << false << 3
        << u"R-MST-2 memberAccountId masterWithMembers members=3"_s;
    // Judged in order: the first that fails is the answer.
    QTest::newRow("everything wrong: the master's type first")
        << account(group.accountId, AccountType::Individual, AuthStatus::Unauthenticated)
        << account(group.accountId) << false << true << 2
        << u"R-MST-2 masterAccountId notEnterprise"_s;
    QTest::newRow("authentication before Enterprise Center")
        << account(group.accountId, AccountType::Enterprise, AuthStatus::Pending) << group << false
        << true << 2 << u"R-MST-2 masterAccountId notAuthenticated"_s;
    QTest::newRow("Enterprise Center before the provider program")
        << group << group << false << true << 2 << u"R-MST-2 masterAccountId noEnterpriseCenter"_s;
    QTest::newRow("the provider program before the member")
        << group << group << true << true << 2
        << u"R-MST-2 masterAccountId cloudSolutionProvider"_s;
    QTest::newRow("itself before its members")
        << group << group << true << false << 2 << u"R-MST-2 memberAccountId sameAccount"_s;
}

void TestPartnersRules::R_MST_2_linkRefusal()
{
    QFETCH(HuaweiAccount, master);
    QFETCH(HuaweiAccount, member);
    QFETCH(bool, enterpriseCenter);
    QFETCH(bool, cloudSolutionProvider);
    QFETCH(int, memberMembers);
    QFETCH(QString, expected);
    master::MasterFacts facts;
    facts.enterpriseCenter = enterpriseCenter;
    facts.cloudSolutionProvider = cloudSolutionProvider;
    facts.memberMembers = memberMembers;
    QCOMPARE(outcome(master::linkRefusal(master, member, facts)), expected);
}

void TestPartnersRules::R_MST_1_R_MST_3_linkStates_data()
{
    QTest::addColumn<MasterLinkStatus>("status");
    QTest::addColumn<bool>("inEffect");
    QTest::addColumn<bool>("live");
    // Invited: both sides named, but the member does not follow its master until it accepts.
    QTest::newRow("invited") << MasterLinkStatus::Invited << false << true;
    QTest::newRow("associated") << MasterLinkStatus::Associated << true << true;
    // The master asked to cancel: still in effect until the member's answer (R-MST-1).
    QTest::newRow("cancellation requested")
        << MasterLinkStatus::CancellationRequested << true << true;
    // History.
    QTest::newRow("rejected") << MasterLinkStatus::Rejected << false << false;
    QTest::newRow("cancelled") << MasterLinkStatus::Cancelled << false << false;
}

void TestPartnersRules::R_MST_1_R_MST_3_linkStates()
{
    QFETCH(MasterLinkStatus, status);
    QFETCH(bool, inEffect);
    QFETCH(bool, live);
    QCOMPARE(master::inEffect(status), inEffect);
    QCOMPARE(master::live(status), live);
}

QTEST_GUILESS_MAIN(TestPartnersRules)
#include "test_partners_rules.moc"
