// core/CsvText: the export's cells (issue 20's fast CSV writer) are exactly what the Qt
// formatting they replace writes.

#include "core/CsvText.h"
#include "core/Money.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestCsvText : public QObject
{
    Q_OBJECT

private slots:
    void isoUtcMatchesQDateTime_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::newRow("epoch") << qint64(0);
        QTest::newRow("one ms before the epoch") << qint64(-1);
        QTest::newRow("demo time") << qint64(1772415000000);
        QTest::newRow("leap day 2024")
            << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), QTimeZone::utc())
                   .toMSecsSinceEpoch();
        QTest::newRow("1900-03-01")
            << QDateTime(QDate(1900, 3, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("2000-02-29")
            << QDateTime(QDate(2000, 2, 29), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("year 1")
            << QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("year 9999")
            << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), QTimeZone::utc())
                   .toMSecsSinceEpoch();
        QTest::newRow("year 10000 (Qt's own)")
            << QDateTime(QDate(10000, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("year 0 (Qt's own)")
            << QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() - 1;
    }
    void isoUtcMatchesQDateTime()
    {
        QFETCH(qint64, ms);
        QByteArray fast;
        oc::csv::appendIsoUtc(fast, ms);
        const QString qt =
            QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toUTC().toString(Qt::ISODate);
        QCOMPARE(QString::fromUtf8(fast), qt);
    }

    void isoUtcMatchesQDateTimeOnRandomTimes()
    {
        QRandomGenerator random(20261206);
        const qint64 low =
            QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 high = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc())
                                .toMSecsSinceEpoch();
        for (int i = 0; i < 200000; ++i) {
            // Half over the whole range, half around now (the data's times).
            const qint64 ms = i % 2 ? random.bounded(low, high)
                                    : 1600000000000 + random.bounded(qint64(400000000000));
            QByteArray fast;
            oc::csv::appendIsoUtc(fast, ms);
            const QString qt =
                QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toUTC().toString(Qt::ISODate);
            if (QString::fromUtf8(fast) != qt)
                QFAIL(
                    qPrintable(u"%1: %2 instead of %3"_s.arg(ms).arg(QString::fromUtf8(fast), qt)));
        }
    }

    void fenMatchesToPlainString_data()
    {
        QTest::addColumn<qint64>("fen");
        for (const qint64 fen : {qint64(0), qint64(5), qint64(-5), qint64(100), qint64(-100),
                                 qint64(1205), qint64(-1205), qint64(99), qint64(128050),
                                 qint64(1000000000000), qint64(-999999999999)})
            QTest::newRow(qPrintable(QString::number(fen))) << fen;
    }
    void fenMatchesToPlainString()
    {
        QFETCH(qint64, fen);
        QByteArray fast;
        oc::csv::appendFen(fast, fen);
        QCOMPARE(QString::fromUtf8(fast), oc::Fen(fen).toPlainString());
    }

    void fieldsQuoteLikeRfc4180_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed"); // appendText: a customer's text
        QTest::newRow("plain") << u"bench-fc-0042"_s << u"bench-fc-0042"_s << u"bench-fc-0042"_s;
        QTest::newRow("empty") << QString() << QString() << QString();
        QTest::newRow("comma") << u"Co., Ltd."_s << u"\"Co., Ltd.\""_s << u"\"Co., Ltd.\""_s;
        QTest::newRow("quotes") << u"row \"0\""_s << u"\"row \"\"0\"\"\""_s
                                << u"\"row \"\"0\"\"\""_s;
        QTest::newRow("quote at the end") << u"a\""_s << u"\"a\"\"\""_s << u"\"a\"\"\""_s;
        QTest::newRow("line break") << u"a\nb"_s << u"\"a\nb\""_s << u"\"a\nb\""_s;
        QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s << u"\"a\rb\""_s;
        QTest::newRow("formula") << u"=HYPERLINK(\"http://x\")"_s
                                 << u"\"=HYPERLINK(\"\"http://x\"\")\""_s
                                 << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
        QTest::newRow("plus") << u"+86 138"_s << u"+86 138"_s << u"'+86 138"_s;
        QTest::newRow("minus") << u"-1"_s << u"-1"_s << u"'-1"_s;
        QTest::newRow("at") << u"@x"_s << u"@x"_s << u"'@x"_s;
        QTest::newRow("tab") << u"\tx"_s << u"\tx"_s << u"'\tx"_s;
        QTest::newRow("carriage return first") << u"\rx"_s << u"\"\rx\""_s << u"\"'\rx\""_s;
        QTest::newRow("Chinese") << u"观测云科技（北京）有限公司"_s
                                 << u"观测云科技（北京）有限公司"_s
                                 << u"观测云科技（北京）有限公司"_s;
        QTest::newRow("non-BMP") << u"𠀋,x"_s << u"\"𠀋,x\""_s << u"\"𠀋,x\""_s;
    }
    void fieldsQuoteLikeRfc4180()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QByteArray out;
        oc::csv::appendField(out, text);
        QCOMPARE(QString::fromUtf8(out), field);
        out.clear();
        oc::csv::appendText(out, text);
        QCOMPARE(QString::fromUtf8(out), typed);
        // From UTF-8 (the store's own form of a cell, the export on SQLite): the same.
        const QByteArray utf8 = text.toUtf8();
        out.clear();
        oc::csv::appendFieldUtf8(out, utf8);
        QCOMPARE(QString::fromUtf8(out), field);
        out.clear();
        oc::csv::appendTextUtf8(out, utf8);
        QCOMPARE(QString::fromUtf8(out), typed);
    }

    void integers()
    {
        QByteArray out;
        oc::csv::appendInteger(out, -9223372036854775807LL - 1);
        out.append(',');
        oc::csv::appendInteger(out, 0);
        out.append(',');
        oc::csv::appendInteger(out, 1000015);
        QCOMPARE(out, QByteArray("-9223372036854775808,0,1000015"));
    }
};

QTEST_APPLESS_MAIN(TestCsvText)
#include "test_csv_text.moc"
