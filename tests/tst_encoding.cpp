#include "protocol/Encoding.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace mms;

class TestEncoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void subjectMatchesSpecExample()
    {
        // PROTOCOL.md section 1.
        QCOMPARE(encoding::subjectToHex(u"测试模板标题"_s), u"e6b58be8af95e6a8a1e69dbfe6a087e9a298"_s);
        QCOMPARE(encoding::subjectFromHex(u"e6b58be8af95e6a8a1e69dbfe6a087e9a298"_s).value(), u"测试模板标题"_s);
    }
    void specFrameTextsDecode()
    {
        // The original's frame texts, with its PDF damage ("l" for "1") repaired.
        QCOMPARE(encoding::subjectFromHex(u"e699aee9809ae98787e4bfa1e69687e69cace6b58be8af95"_s).value(),
                 u"普通采信文本测试"_s);
        QCOMPARE(encoding::subjectFromHex(u"e7acace4ba8ce5b8a7efbc8ce699aee9809ae98787e4bfa1e69687e69cace6b58be8af95"_s).value(),
                 u"第二帧，普通采信文本测试"_s);
        // The damaged form is rejected, not guessed.
        QVERIFY(!encoding::subjectFromHex(u"e699aee9809ae98787e4bfale69687e69cace6b58be8af95"_s));
    }
    void hexIsLowercaseAndStrict()
    {
        QCOMPARE(encoding::toHex16(QByteArray("\xAB\xCD\x01", 3)), QByteArray("abcd01"));
        QVERIFY(!encoding::fromHex16("abc"));       // odd length
        QVERIFY(!encoding::fromHex16("zz"));        // not hex
        QVERIFY(!encoding::fromHex16("ab cd"));     // space
        QCOMPARE(encoding::fromHex16("ABcd").value(), QByteArray("\xAB\xCD", 2));
        QCOMPARE(encoding::fromHex16("").value(), QByteArray());
    }
    void subjectRejectsNonUtf8()
    {
        QVERIFY(!encoding::subjectFromHex(u"c4e3bac3"_s)); // 你好 in GBK, not UTF-8
        QVERIFY(!encoding::subjectFromHex(u"测试"_s));
    }
    void base64Strict()
    {
        QCOMPARE(encoding::fromBase64Strict("aGVsbG8=").value(), QByteArray("hello"));
        QVERIFY(!encoding::fromBase64Strict("aGVs#G8="));
    }
    void gbkPercentEncoding()
    {
        // 测试 in GBK is B2 E2 CA D4.
        QCOMPARE(encoding::gbkPercentEncode(u"测试"_s).value(), QByteArray("%B2%E2%CA%D4"));
        QCOMPARE(encoding::gbkPercentEncode(u"a b&c"_s).value(), QByteArray("a%20b%26c"));
        QCOMPARE(encoding::gbkPercentDecode("%B2%E2%CA%D4").value(), u"测试"_s);
        // An emoji has no GBK form: refused rather than sent as '?'.
        QVERIFY(!encoding::gbkPercentEncode(u"pass😀"_s));
    }
    void utf8Validation()
    {
        QVERIFY(encoding::isValidUtf8("plain"));
        QVERIFY(encoding::isValidUtf8(u"中文"_s.toUtf8()));
        QVERIFY(!encoding::isValidUtf8("\xC4\xE3\xBA\xC3")); // GBK 你好
        QVERIFY(!encoding::isValidUtf8("\xFF\xFE"));
    }
};

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
