// My Account's account information as pure functions (core/MyAccount.h; my-account.md §5,
// Decisions, D.4): the lists, the validators of Edit Information and Preferences (R-ACC-11,
// R-ACC-12, R-ACC-13, R-ACC-15), a changed login ID's form (R-ACC-8), Basic Information's
// display rules (R-ACC-7, R-ACC-10, R-ACC-14), the currency of a month's bill (R-ACC-15) and
// the CTS trace names (R-AUD-2). Table-driven, without a QApplication.

#include "core/MyAccount.h"
#include "core/Validators.h"

#include <QTest>

using namespace oc;
using namespace Qt::StringLiterals;

class TestAccountInformation : public QObject
{
    Q_OBJECT
private slots:
    void R_ACC_8_loginIdForm_data();
    void R_ACC_8_loginIdForm();
    void R_ACC_11_qualificationNameAndTaxId();
    void R_ACC_12_contactAddress_data();
    void R_ACC_12_contactAddress();
    void R_ACC_12_R_ACC_13_industryChoice_data();
    void R_ACC_12_R_ACC_13_industryChoice();
    void R_ACC_15_preferences_data();
    void R_ACC_15_preferences();
    void R_ACC_14_serviceRows_data();
    void R_ACC_14_serviceRows();
    void R_ACC_7_R_ACC_10_rowsOfTheTenant();
    void R_ACC_15_billCurrency_data();
    void R_ACC_15_billCurrency();
    void R_AUD_2_traceNames();
};

namespace {

// "rule field reason" of a result, or "ok <value>".
template<class T>
QString outcome(const Result<T> &result)
{
    if (!result.ok())
        return result.error().rule + u' ' + result.error().field + u' ' + result.error().reason;
    if constexpr (std::is_same_v<T, QString>)
        return u"ok "_s + result.value();
    else
        return u"ok"_s;
}

const QTimeZone China(QByteArrayLiteral("Asia/Shanghai"));

QDateTime cst(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), China).toUTC();
}

} // namespace

void TestAccountInformation::R_ACC_8_loginIdForm_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Zhou-Studio"_s << u"ok Zhou-Studio"_s;
    QTest::newRow("trimmed") << u"  zhou_2026 "_s << u"ok zhou_2026"_s;
    QTest::newRow("32 characters") << u"a"_s + QString(31, u'b') << u"ok a"_s + QString(31, u'b');
    QTest::newRow("33 characters") << u"a"_s + QString(32, u'b') << u"R-ACC-8 loginId format"_s;
    QTest::newRow("5 characters") << u"zhou1"_s << u"R-ACC-8 loginId format"_s;
    QTest::newRow("a digit first") << u"2026zhou"_s << u"R-ACC-8 loginId format"_s;
    QTest::newRow("a dot") << u"zhou.studio"_s << u"R-ACC-8 loginId format"_s;
    QTest::newRow("empty") << u" "_s << u"E-REQUIRED loginId required"_s;
}

void TestAccountInformation::R_ACC_8_loginIdForm()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(outcome(validate::loginId(input)), expected);
}

void TestAccountInformation::R_ACC_11_qualificationNameAndTaxId()
{
    QCOMPARE(outcome(myaccount::qualificationName(u"business_license"_s)),
             u"ok business_license"_s);
    QCOMPARE(outcome(myaccount::qualificationName(u" "_s)), u"ok "_s); // not selected
    QCOMPARE(outcome(myaccount::qualificationName(u"Business license"_s)),
             u"R-ACC-11 qualificationName notListed"_s);
    QCOMPARE(outcome(myaccount::taxId(u" de123456789 "_s)), u"ok DE123456789"_s);
    QCOMPARE(outcome(myaccount::taxId({})), u"ok "_s);
    QCOMPARE(outcome(myaccount::taxId(u"1234"_s)), u"R-ACC-11 taxId format"_s);
    QCOMPARE(outcome(myaccount::taxId(u"12 34 56"_s)), u"R-ACC-11 taxId format"_s);
    QCOMPARE(std::size(myaccount::QualificationNames), std::size_t(4));
}

void TestAccountInformation::R_ACC_12_contactAddress_data()
{
    QTest::addColumn<ContactAddress>("address");
    QTest::addColumn<QString>("expected");
    const ContactAddress full{u"No. 588 Wensan Road"_s,
                              u"Building 3"_s,
                              u"Hangzhou"_s,
                              u"Zhejiang"_s,
                              u"Xihu"_s,
                              u"310012"_s};
    QTest::newRow("full") << full << u"ok"_s;
    ContactAddress optional = full;
    optional.line2.clear();
    optional.commune.clear();
    QTest::newRow("without the optional parts") << optional << u"ok"_s;
    for (const auto &[name, part] :
         {std::pair{"line1", &ContactAddress::line1}, std::pair{"city", &ContactAddress::city},
          std::pair{"stateProvince", &ContactAddress::stateProvince},
          std::pair{"postalCode", &ContactAddress::postalCode}}) {
        ContactAddress missing = full;
        missing.*part = u"  "_s;
        QTest::addRow("%s missing", name)
            << missing << u"R-ACC-12 contactAddress.%1 required"_s.arg(QLatin1StringView(name));
    }
    ContactAddress postal = full;
    postal.postalCode = u"31001#"_s;
    QTest::newRow("postal code malformed")
        << postal << u"R-ACC-12 contactAddress.postalCode format"_s;
    postal.postalCode = u"SW1A 1AA"_s;
    QTest::newRow("a British postal code") << postal << u"ok"_s;
    ContactAddress longLine = full;
    longLine.line2 = QString(129, u'x');
    QTest::newRow("line 2 too long") << longLine << u"R-ACC-12 contactAddress.line2 tooLong"_s;
}

void TestAccountInformation::R_ACC_12_contactAddress()
{
    QFETCH(ContactAddress, address);
    QFETCH(QString, expected);
    const auto result = myaccount::contactAddress(address);
    QCOMPARE(outcome(result), expected);
    if (result.ok()) // simplified, never null
        QVERIFY(!result->line2.isNull() && !result->commune.isNull());
}

void TestAccountInformation::R_ACC_12_R_ACC_13_industryChoice_data()
{
    QTest::addColumn<QString>("industry");
    QTest::addColumn<QString>("secondary");
    QTest::addColumn<QString>("expected");
    QTest::newRow("IT & Internet / IT services") << u"it_internet"_s << u"it_services"_s << u"ok"_s;
    QTest::newRow("Other") << u"other"_s << QString() << u"ok"_s;
    QTest::newRow("none") << QString() << QString() << u"R-ACC-12 industry required"_s;
    QTest::newRow("not on the list")
        << u"mining"_s << QString() << u"R-ACC-13 industry notListed"_s;
    QTest::newRow("a secondary missing")
        << u"retail"_s << QString() << u"R-ACC-13 secondaryIndustry required"_s;
    QTest::newRow("another's secondary")
        << u"retail"_s << u"banking"_s << u"R-ACC-13 secondaryIndustry notListed"_s;
    QTest::newRow("a secondary where there is none")
        << u"education"_s << u"software"_s << u"R-ACC-13 secondaryIndustry notListed"_s;
}

void TestAccountInformation::R_ACC_12_R_ACC_13_industryChoice()
{
    QFETCH(QString, industry);
    QFETCH(QString, secondary);
    QFETCH(QString, expected);
    QCOMPARE(outcome(myaccount::industryChoice(industry, secondary)), expected);
    // Every industry with secondaries needs one; the list of Decisions.
    QCOMPARE(std::size(myaccount::Industries), std::size_t(7));
    QCOMPARE(myaccount::industry(u"manufacturing")->secondaries.size(), std::size_t(3));
    QVERIFY(myaccount::industry(u"government")->secondaries.empty());
}

void TestAccountInformation::R_ACC_15_preferences_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Chinese, Shanghai, CNY")
        << u"zh_CN"_s << u"Asia/Shanghai"_s << u"CNY"_s << u"ok"_s;
    QTest::newRow("English, UTC, EUR") << u"en"_s << u"UTC"_s << u"EUR"_s << u"ok"_s;
    QTest::newRow("a language not offered")
        << u"fr"_s << u"UTC"_s << u"EUR"_s << u"R-ACC-15 messageLanguage notListed"_s;
    QTest::newRow("a zone Qt does not know")
        << u"en"_s << u"Asia/Atlantis"_s << u"EUR"_s << u"R-ACC-15 timeZone notListed"_s;
    QTest::newRow("an offset") << u"en"_s << u"UTC+08:00"_s << u"EUR"_s
                               << u"R-ACC-15 timeZone notListed"_s;
    QTest::newRow("a currency not offered")
        << u"en"_s << u"UTC"_s << u"GBP"_s << u"R-ACC-15 currency notListed"_s;
    QTest::newRow("nothing") << QString() << QString() << QString()
                             << u"R-ACC-15 messageLanguage required"_s;
}

void TestAccountInformation::R_ACC_15_preferences()
{
    QFETCH(QString, language);
    QFETCH(QString, zone);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QString got = outcome(myaccount::messageLanguage(language));
    if (got.startsWith(u"ok"))
        got = outcome(myaccount::timeZone(zone));
    if (got.startsWith(u"ok"))
        got = outcome(myaccount::currency(currency));
    QCOMPARE(got.startsWith(u"ok") ? u"ok"_s : got, expected);
}

void TestAccountInformation::R_ACC_14_serviceRows_data()
{
    QTest::addColumn<QString>("securityPhone");
    QTest::addColumn<QString>("serviceMobile");
    QTest::addColumn<QString>("serviceEmail");
    QTest::addColumn<int>("mobileRow");
    QTest::addColumn<int>("emailRow");
    using R = myaccount::ServiceRow;
    QTest::newRow("none bound") << QString() << QString() << QString() << int(R::Bind)
                                << int(R::Hidden);
    QTest::newRow("the same as the HUAWEI ID's")
        << u"+8613800000000"_s << u"+8613800000000"_s << u"ID@Example.com"_s << int(R::Hidden)
        << int(R::Hidden);
    QTest::newRow("their own") << u"+8613800000000"_s << u"+8613900000000"_s
                               << u"notices@example.com"_s << int(R::Edit) << int(R::Edit);
    QTest::newRow("a service mobile, no HUAWEI ID mobile")
        << QString() << u"+8613900000000"_s << QString() << int(R::Edit) << int(R::Hidden);
}

void TestAccountInformation::R_ACC_14_serviceRows()
{
    QFETCH(QString, securityPhone);
    QFETCH(QString, serviceMobile);
    QFETCH(QString, serviceEmail);
    QFETCH(int, mobileRow);
    QFETCH(int, emailRow);
    HuaweiAccount a;
    a.email = u"id@example.com"_s;
    a.securityPhone = securityPhone;
    a.serviceMobile = serviceMobile;
    a.serviceEmail = serviceEmail;
    QCOMPARE(int(myaccount::serviceMobileRow(a)), mobileRow);
    QCOMPARE(int(myaccount::serviceEmailRow(a)), emailRow);
}

void TestAccountInformation::R_ACC_7_R_ACC_10_rowsOfTheTenant()
{
    HuaweiAccount a;
    a.loginId = u"lianyun-tech"_s;
    a.tenantName = u"Lianyun-Tech"_s;
    QVERIFY(!myaccount::tenantNameEditable(a)); // R-ACC-7: the same, letter case aside
    a.tenantName = u"Lianyun-Cloud"_s;
    QVERIFY(myaccount::tenantNameEditable(a));
    QVERIFY(myaccount::completeInformationOffered(a)); // R-ACC-10: type unset
    a.accountType = AccountType::Enterprise;
    QVERIFY(!myaccount::completeInformationOffered(a));
}

// R-ACC-15: the currency last selected within the bill's month (China's calendar); without
// one, the one in effect when the month began; without any, the account's.
void TestAccountInformation::R_ACC_15_billCurrency_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("currency");
    QTest::newRow("before any selection") << 1 << u"CNY"_s;
    QTest::newRow("one selection in February") << 2 << u"USD"_s;
    QTest::newRow("the last of two in March") << 3 << u"EUR"_s;
    QTest::newRow("none in April: March's last") << 4 << u"EUR"_s;
    QTest::newRow("one on May 1 at 00:30 (China), April 30 in UTC") << 5 << u"CNY"_s;
}

void TestAccountInformation::R_ACC_15_billCurrency()
{
    QFETCH(int, month);
    QFETCH(QString, currency);
    const QList<CurrencySelection> history = {
        {u"CNY"_s, QDateTime(QDate(2026, 5, 1), QTime(0, 30), China).toUTC()},
        {u"EUR"_s, cst(2026, 3, 20)},
        {u"USD"_s, cst(2026, 2, 10)},
        {u"JPY"_s, cst(2026, 3, 5)}, // any order
    };
    QCOMPARE(myaccount::billCurrency(history, 2026, month, China, u"CNY"_s), currency);
    const auto [start, end] = myaccount::billingCycle(2026, 5, China);
    QCOMPARE(start, QDateTime(QDate(2026, 4, 30), QTime(16, 0), QTimeZone::utc()));
    QCOMPARE(end, QDateTime(QDate(2026, 5, 31), QTime(16, 0), QTimeZone::utc()));
}

void TestAccountInformation::R_AUD_2_traceNames()
{
    QCOMPARE(std::size(cts::TraceNames), std::size_t(9));
    for (const char *name : cts::TraceNames)
        QVERIFY(cts::isTraceName(QString::fromLatin1(name)));
    QVERIFY(!cts::isTraceName(u"changeTenantName"));
    QVERIFY(!cts::isTraceName(u"ChangePhone"));
}

QTEST_GUILESS_MAIN(TestAccountInformation)
#include "test_account_information.moc"
