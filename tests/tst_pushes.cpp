#include "protocol/Pushes.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace mms;

class TestPushes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badRecordsMakeFewShortLogLines()
    {
        // 500,000 bad records ("x;" over and over) and a decoded newline trying to forge a line.
        QByteArray value;
        for (int i = 0; i < 500000; ++i)
            value += "x;";
        value += "13000000000,DELIVRD,T1%0A2026-01-01 forged line,20090422094620;";
        const auto batch = pushes::parseReports(value);
        QCOMPARE(batch.errors.size(), 500001);
        const QStringList lines = pushes::describeErrors(u"report"_s, batch.errors);
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines.last().contains(u"499996 more"_s));
        const QStringList last = pushes::describeErrors(u"report"_s, {batch.errors.constLast()});
        QCOMPARE(last.size(), 1);
        QVERIFY2(!last.first().contains(u'\n') && last.first().contains(u"\\n"_s), qPrintable(last.first()));
        // Each line is cut: a record of a megabyte is 200 characters and "…".
        const QString huge = pushes::printable(QByteArray(1 << 20, 'y'));
        QCOMPARE(huge.size(), 201);
        QVERIFY(huge.endsWith(u'…'));
        QCOMPARE(pushes::printable(QByteArray("a\0b\x1b[31m", 8)), u"a\\x00b\\x1b[31m"_s);
    }
    void auditFromTheSpec()
    {
        QString error;
        const auto a = pushes::parseAudit(R"({"username":"300000","mmsid":"142D2B40270F0001","status":"1","message":"通过","type":"1"})", &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->mmsid, u"142D2B40270F0001"_s);
        QCOMPARE(a->status, 1);
        QCOMPARE(a->carrier, 1);
        QCOMPARE(a->message, u"通过"_s);
    }
    void auditAcceptsNumbers()
    {
        const auto a = pushes::parseAudit(R"({"mmsid":"X","status":2,"type":3,"message":"拒绝"})", nullptr);
        QVERIFY(a);
        QCOMPARE(a->status, 2);
        QCOMPARE(a->carrier, 3);
    }
    void badAudits_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("garbage") << QByteArray("\x01\x02garbage") << u"not a JSON object"_s;
        QTest::newRow("truncated") << QByteArray(R"({"mmsid":"X","status":"1")") << u"not a JSON object"_s;
        QTest::newRow("no mmsid") << QByteArray(R"({"status":"1","type":"1"})") << u"without mmsid"_s;
        QTest::newRow("status 3") << QByteArray(R"({"mmsid":"X","status":"3","type":"1"})") << u"status"_s;
        QTest::newRow("type 4") << QByteArray(R"({"mmsid":"X","status":"1","type":"4"})") << u"type"_s;
        QTest::newRow("no type") << QByteArray(R"({"mmsid":"X","status":"1"})") << u"type"_s;
    }
    void badAudits()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!pushes::parseAudit(body, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
    void reportsFromTheSpec()
    {
        // As printed in the original, with its line breaks inside the value.
        const auto b = pushes::parseReports("13000000000,\nUNDELIV,1001,20090422103324;13000000000,DELIVRD,1002,20090422094620");
        QVERIFY(b.errors.isEmpty());
        QCOMPARE(b.records.size(), 2);
        QCOMPARE(b.records[0].status, u"UNDELIV"_s);
        QVERIFY(!b.records[0].delivered());
        QCOMPARE(b.records[0].messageId, u"1001"_s);
        QVERIFY(b.records[1].delivered());
        QCOMPARE(b.records[1].time, u"20090422094620"_s);
        QCOMPARE(pushes::parsePushTime(b.records[1].time).toUTC().toString(Qt::ISODate), u"2009-04-22T01:46:20Z"_s);
    }
    void reportsWithFiveFieldsAndTrailingSeparator()
    {
        const auto b = pushes::parseReports("13000000000,DELIVRD,T1,20090422094620,SERIAL9;");
        QVERIFY(b.errors.isEmpty());
        QCOMPARE(b.records.size(), 1);
        QCOMPARE(b.records[0].serial, u"SERIAL9"_s);
    }
    void reportsEncodedAsAWhole()
    {
        const auto b = pushes::parseReports("13000000000%2CDELIVRD%2CT1%2C20090422094620%3B");
        QCOMPARE(b.records.size(), 1);
        QCOMPARE(b.records[0].messageId, u"T1"_s);
    }
    void malformedReportsAreNamedAndTheRestKept()
    {
        const auto b = pushes::parseReports(
            "13000000000,DELIVRD,T1,20090422094620;"   // good
            "13000000000,DELIVRD,T1;"                  // 3 fields
            "abc,DELIVRD,T1,20090422094620;"           // bad mobile
            "13000000001,DELIVRD,T1,2009-04-22;"       // bad time
            "13000000002,,T1,20090422094620;"          // no status
            "13000000003,UNDELIV,T1,20090422094620,s,x;" // 6 fields
            "13000000004,EXPIRED,T2,20090422094620");  // good
        QCOMPARE(b.records.size(), 2);
        QCOMPARE(b.records[1].mobile, u"13000000004"_s);
        QCOMPARE(b.errors.size(), 5);
        QCOMPARE(b.errors[0].index, 2);
        QVERIFY(b.errors[0].reason.contains(u"3 fields"_s));
        QVERIFY(b.errors[1].reason.contains(u"mobile"_s));
        QVERIFY(b.errors[2].reason.contains(u"time"_s));
        QVERIFY(b.errors[3].reason.contains(u"status"_s));
        QVERIFY(b.errors[4].reason.contains(u"6 fields"_s));
    }
    void emptyAndGarbageReports()
    {
        QVERIFY(pushes::parseReports("").records.isEmpty());
        QVERIFY(pushes::parseReports(";;;").errors.isEmpty());
        const auto b = pushes::parseReports(QByteArray("\x00\xff\x01garbage", 11));
        QVERIFY(b.records.isEmpty());
        QCOMPARE(b.errors.size(), 1);
        QByteArray big;
        for (int i = 0; i < 600; ++i)
            big += "13000000000,DELIVRD,T1,20090422094620;";
        QCOMPARE(pushes::parseReports(big).records.size(), 600);
    }
    void repliesFromTheSpec()
    {
        const auto b = pushes::parseReplies("13000000000,001,hello,20151221121046;\n13000000000,001,hello2,20151221121046;");
        QVERIFY(b.errors.isEmpty());
        QCOMPARE(b.records.size(), 2);
        QCOMPARE(b.records[0].extension, u"001"_s);
        QCOMPARE(b.records[1].text, u"hello2"_s);
    }
    void replyTextIsDecodedAfterSplitting()
    {
        // "退订,谢谢;" encoded: its comma and semicolon must not split the record.
        const QByteArray text = QUrl::toPercentEncoding(u"退订,谢谢;"_s);
        const auto b = pushes::parseReplies("13000000000,001," + text + ",20151221121046;13000000001,001,TD,20151221121047");
        QVERIFY(b.errors.isEmpty());
        QCOMPARE(b.records.size(), 2);
        QCOMPARE(b.records[0].text, u"退订,谢谢;"_s);
        QCOMPARE(b.records[1].text, u"TD"_s);
    }
    void replyPlusIsASpace()
    {
        const auto b = pushes::parseReplies("13000000000,001,ok+thanks,20151221121046");
        QCOMPARE(b.records.value(0).text, u"ok thanks"_s);
    }
    void badReplies()
    {
        const auto b = pushes::parseReplies("13000000000,001,hello;13000000000,001,%FF%FE,20151221121046;13000000000,001,hi,20151221121046");
        QCOMPARE(b.records.size(), 1);
        QCOMPARE(b.errors.size(), 2);
        QVERIFY(b.errors[1].reason.contains(u"UTF-8"_s));
    }
    void parameterFromQueryOrBody()
    {
        const QUrl url = QUrl::fromEncoded("http://h/report?rpts=13000000000,DELIVRD,T1,20090422094620;&x=1");
        QCOMPARE(pushes::rawParameter("rpts", url, {}).value(), QByteArray("13000000000,DELIVRD,T1,20090422094620;"));
        QCOMPARE(pushes::rawParameter("mos", QUrl(u"http://h/mo"_s), "mos=1,2,%E4%BD%A0,3").value(), QByteArray("1,2,%E4%BD%A0,3"));
        QVERIFY(!pushes::rawParameter("rpts", QUrl(u"http://h/report"_s), "other=1"));
        // Both places: records from both are kept.
        QCOMPARE(pushes::rawParameter("rpts", url, "rpts=B").value(), QByteArray("13000000000,DELIVRD,T1,20090422094620;;B"));
    }
};

QTEST_GUILESS_MAIN(TestPushes)
#include "tst_pushes.moc"
