#include "protocol/Mobile.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace mms;

class TestMobile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalizes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"13800138000"_s << u"13800138000"_s;
        QTest::newRow("spaces") << u" 138 0013 8000 "_s << u"13800138000"_s;
        QTest::newRow("dashes") << u"138-0013-8000"_s << u"13800138000"_s;
        QTest::newRow("+86") << u"+86 13800138000"_s << u"13800138000"_s;
        QTest::newRow("0086") << u"008613800138000"_s << u"13800138000"_s;
        QTest::newRow("86") << u"8613800138000"_s << u"13800138000"_s;
        QTest::newRow("full-width") << u"１３８００１３８０００"_s << u"13800138000"_s;
    }
    void normalizes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(mobile::normalize(input).value_or(u"<invalid>"_s), expected);
    }
    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("excel") << u"1.3681E+10"_s << u"scientific"_s;
        QTest::newRow("short") << u"1380013800"_s << u"10 digits"_s;
        QTest::newRow("landline") << u"01062345678"_s << u"not a mainland mobile"_s;
        QTest::newRow("letters") << u"1380013800a"_s << u"not a number"_s;
        QTest::newRow("12 prefix") << u"12800138000"_s << u"not a mainland mobile"_s;
    }
    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        QString why;
        QVERIFY(!mobile::normalize(input, &why));
        QVERIFY2(why.contains(reason), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestMobile)
#include "tst_mobile.moc"
