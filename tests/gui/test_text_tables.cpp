// The GUI's text tables are complete: every rule id (core/Rules.h) and system code
// (core/Error.h) has its messages, every column of every view (core/ListNames.h, which
// tests/store checks against the store's definitions) its header, every value of the
// enumerations that Enum columns show and every site its name; each in English and, with
// the zh_CN translation the console installs, in Chinese.

#include "core/Domain.h"
#include "core/Error.h"
#include "core/ListNames.h"
#include "core/MyAccount.h"
#include "core/Rules.h"
#include "core/Sites.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "gui/LanguageManager.h"

#include <QHash>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace oc;
using namespace oc::gui;

namespace {

const QString Brand = QStringLiteral("Guance");

// Rules that nothing refuses with an error the user sees: they have no message.
struct Exemption
{
    const char *rule;
    const char *why;
};

constexpr Exemption Exemptions[] = {
    {rule::WS_4, "a permission (many workspaces, many sites), never a refusal"},
    {rule::SET_7, "retention is shown in the workspace list, never a refusal"},
    {rule::SVC_3, "what a recharge creates, never a refusal"},
    {rule::AUTH_10, "what a re-authentication's decision does, never a refusal"},
    {rule::PTN_6, "a frozen reseller's customer cannot buy: refused under R-MKT-1"},
    {rule::MST_3, "a member suspended with its master cannot buy: refused under R-MKT-1"},
    {rule::CLS_7, "closed or disabled services cannot buy: refused under R-MKT-1"},
    {rule::AUD_1, "journaling, never a refusal"},
    {rule::AUD_2, "CTS traces are recorded or not, never a refusal"},
};

const char *exemption(const QString &rule)
{
    for (const Exemption &e : Exemptions)
        if (rule == QLatin1StringView(e.rule))
            return e.why;
    return nullptr;
}

QStringList knownRules()
{
    QStringList rules;
    for (const char *id : rule::All)
        rules << QString::fromLatin1(id);
    for (const char *id : SystemError::All)
        rules << QString::fromLatin1(id);
    return rules;
}

// An Error that `entry` is meant to describe: its rule, reason and field, and a value for
// every argument it reads (see ErrorText::Entry).
Error errorFor(const ErrorText::Entry &entry)
{
    Error e;
    e.rule = QString::fromLatin1(entry.rule);
    if (qstrcmp(entry.reason, "*") != 0)
        e.reason = QString::fromLatin1(entry.reason);
    e.field = QString::fromLatin1(entry.field ? entry.field : "someField");
    const QString args = QString::fromLatin1(entry.args);
    for (const QString &spec : args.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString name = spec.section(QLatin1Char('|'), 0, 0);
        if (name.startsWith(QLatin1Char('#')))
            e.args.insert(name.mid(1), 2);
        else if (!name.startsWith(QLatin1Char('@')) && !name.startsWith(QLatin1Char('=')))
            e.args.insert(name, QStringLiteral("<%1>").arg(name));
    }
    if (entry.when)
        e.args.insert(QString::fromLatin1(entry.when), QStringLiteral("<when>"));
    return e;
}

template<class E>
QStringList spellings()
{
    QStringList list;
    for (const auto &[value, name] : EnumSpelling<E>::values)
        list << QString::fromLatin1(name);
    return list;
}

// R-AUD-2: the CTS trace names, which the CTS traces' operation column shows.
QStringList ctsTraceNames()
{
    QStringList list;
    for (const char *name : cts::TraceNames)
        list << QString::fromLatin1(name);
    return list;
}

// The spellings of each enumeration an Enum column shows.
QHash<QString, QStringList> enumSpellings()
{
    return {
        {enumName::AccountType, spellings<AccountType>()},
        {enumName::AuthStatus, spellings<AuthStatus>()},
        {enumName::ServicesStatus, spellings<ServicesStatus>()},
        {enumName::ProductKind, spellings<ProductKind>()},
        {enumName::Product, spellings<ProductKind>()},
        {enumName::OrderStatus, spellings<OrderStatus>()},
        {enumName::InstanceStatus, spellings<InstanceStatus>()},
        {enumName::OrganizationStatus, spellings<OrganizationStatus>()},
        {enumName::WorkspaceLanguage, spellings<WorkspaceLanguage>()},
        {enumName::SettlementMethod, spellings<SettlementMethod>()},
        {enumName::WorkspaceStatus, spellings<WorkspaceStatus>()},
        {enumName::CardStatus, spellings<CardStatus>()},
        {enumName::PurchaseType, spellings<PurchaseType>()},
        {enumName::Channel, spellings<Channel>()},
        {enumName::ReviewStatus, spellings<ReviewStatus>()},
        {enumName::RejectReason, spellings<RejectReason>()},
        {enumName::ReviewKind, spellings<ReviewKind>()},
        {enumName::CtsOperation, ctsTraceNames()},
    };
}

} // namespace

class TestTextTables : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void everyRuleHasItsMessages_data();
    void everyRuleHasItsMessages();
    void everyMessageNamesAKnownRule();
    void everyColumnHasAHeader_data();
    void everyColumnHasAHeader();
    void everyEnumerationHasItsSpellings();
    void everyEnumValueHasAName_data();
    void everyEnumValueHasAName();
    void everySiteHasAName_data();
    void everySiteHasAName();
    // R-ACC-13, R-ACC-15: My Account's lists as the account's details show them.
    void everyIndustryHasAName_data();
    void everyIndustryHasAName();
    void everyMessageLanguageHasAName();

private:
    // `text` in English and in Chinese: both not empty, and not the same.
    void checkBothLanguages(const std::function<QString()> &text, const QString &untranslated);

    LanguageManager m_language;
};

void TestTextTables::initTestCase()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("zh_CN")));
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
}

void TestTextTables::cleanup()
{
    m_language.setLanguage(QStringLiteral("en"));
}

void TestTextTables::checkBothLanguages(const std::function<QString()> &text,
                                        const QString &untranslated)
{
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    const QString english = text();
    QVERIFY2(!english.isEmpty(), "no English text");
    QVERIFY2(english != untranslated, qPrintable(QStringLiteral("no text: ") + english));
    QVERIFY(m_language.setLanguage(QStringLiteral("zh_CN")));
    const QString chinese = text();
    QVERIFY2(!chinese.isEmpty(), qPrintable(QStringLiteral("no Chinese text for ") + english));
    QVERIFY2(chinese != english, qPrintable(QStringLiteral("not translated: ") + english));
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
}

void TestTextTables::everyRuleHasItsMessages_data()
{
    QTest::addColumn<QString>("rule");
    for (const QString &rule : knownRules())
        QTest::newRow(qPrintable(rule)) << rule;
}

void TestTextTables::everyRuleHasItsMessages()
{
    QFETCH(QString, rule);
    QList<const ErrorText::Entry *> entries;
    for (const ErrorText::Entry &entry : ErrorText::entries())
        if (rule == QLatin1StringView(entry.rule))
            entries << &entry;
    if (const char *why = exemption(rule)) {
        QVERIFY2(entries.isEmpty(), qPrintable(rule + QStringLiteral(" has messages now: take "
                                                                     "it off the exemptions")));
        qInfo("%s has no message: %s", qPrintable(rule), why);
        return;
    }
    QVERIFY2(!entries.isEmpty(), qPrintable(rule + QStringLiteral(" has no message")));
    for (const ErrorText::Entry *entry : entries) {
        const Error error = errorFor(*entry);
        // No earlier row of the table hides this one.
        QVERIFY2(ErrorText::find(error) == entry, qPrintable(error.toString()));
        checkBothLanguages([&] { return ErrorText::message(error, Brand); }, rule);
        if (QTest::currentTestFailed())
            qWarning("%s", qPrintable(error.toString()));
    }
}

void TestTextTables::everyMessageNamesAKnownRule()
{
    const QStringList rules = knownRules();
    for (const ErrorText::Entry &entry : ErrorText::entries())
        QVERIFY2(rules.contains(QString::fromLatin1(entry.rule)), entry.rule);
}

void TestTextTables::everyColumnHasAHeader_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("key");
    for (const view::ViewColumns &entry : view::AllColumns)
        for (QLatin1StringView key : entry.columns)
            QTest::addRow("%s.%s", entry.view.data(), key.data())
                << QString(entry.view) << QString(key);
}

void TestTextTables::everyColumnHasAHeader()
{
    QFETCH(QString, view);
    QFETCH(QString, key);
    checkBothLanguages([&] { return DomainText::columnHeader(view, key); }, key);
}

void TestTextTables::everyEnumerationHasItsSpellings()
{
    const QHash<QString, QStringList> all = enumSpellings();
    for (QLatin1StringView enumeration : enumName::All) // else add it to enumSpellings()
        QVERIFY2(!all.value(enumeration).isEmpty(), enumeration.data());
}

void TestTextTables::everyEnumValueHasAName_data()
{
    QTest::addColumn<QString>("enumeration");
    QTest::addColumn<QString>("spelling");
    const QHash<QString, QStringList> all = enumSpellings();
    for (QLatin1StringView enumeration : enumName::All)
        for (const QString &spelling : all.value(enumeration))
            QTest::addRow("%s.%s", enumeration.data(), qPrintable(spelling))
                << QString(enumeration) << spelling;
}

void TestTextTables::everyEnumValueHasAName()
{
    QFETCH(QString, enumeration);
    QFETCH(QString, spelling);
    // As a list shows it.
    const ColumnInfo column{QStringLiteral("column"), ColumnKind::Enum, enumeration};
    checkBothLanguages([&] { return DomainText::cell(column, spelling, Brand, QTimeZone::utc()); },
                       spelling);
}

void TestTextTables::everySiteHasAName_data()
{
    QTest::addColumn<QString>("code");
    for (const SiteInfo &site : Sites)
        QTest::newRow(site.code) << QString::fromLatin1(site.code);
}

void TestTextTables::everySiteHasAName()
{
    QFETCH(QString, code);
    checkBothLanguages([&] { return DomainText::siteName(code); }, code);
}

void TestTextTables::everyIndustryHasAName_data()
{
    QTest::addColumn<QString>("industry");
    QTest::addColumn<QString>("secondary");
    for (const myaccount::Industry &industry : myaccount::Industries) {
        const QString code = QString::fromLatin1(industry.code);
        QTest::newRow(industry.code) << code << QString();
        for (const myaccount::Choice &secondary : industry.secondaries)
            QTest::newRow(secondary.code) << code << QString::fromLatin1(secondary.code);
    }
}

void TestTextTables::everyIndustryHasAName()
{
    QFETCH(QString, industry);
    QFETCH(QString, secondary);
    checkBothLanguages([&] { return DomainText::industry(industry, secondary); },
                       secondary.isEmpty() ? industry
                                           : industry + QStringLiteral(" / ") + secondary);
    if (!secondary.isEmpty())
        QVERIFY(DomainText::industry(industry, secondary)
                    .startsWith(DomainText::industry(industry, QString()) + QStringLiteral(" / ")));
}

void TestTextTables::everyMessageLanguageHasAName()
{
    for (const char *code : myaccount::MessageLanguages)
        checkBothLanguages([&] { return DomainText::messageLanguage(QString::fromLatin1(code)); },
                           QString::fromLatin1(code));
}

QTEST_GUILESS_MAIN(TestTextTables)
#include "test_text_tables.moc"
