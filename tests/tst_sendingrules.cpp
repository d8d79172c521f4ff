// The rules a campaign sends by, as values: sending windows (China time, over midnight too).
#include "campaign/SendWindow.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace mms;

class TestSendingRules : public QObject
{
    Q_OBJECT
    static QDateTime china(int day, int hour, int minute)
    {
        return QDateTime(QDate(2026, 12, day), QTime(hour, minute), QTimeZone(8 * 3600)).toUTC();
    }

private Q_SLOTS:
    void windowsAreReadInTheFormsPeopleWrite_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stored");
        QTest::newRow("plain") << u"08:00-22:00"_s << u"08:00-22:00"_s;
        QTest::newRow("short hour, spaces, en dash") << u" 8:30 – 21:00 "_s << u"08:30-21:00"_s;
        QTest::newRow("full-width tilde") << u"09:00～18:00"_s << u"09:00-18:00"_s;
        QTest::newRow("Chinese to") << u"09:00至18:00"_s << u"09:00-18:00"_s;
        QTest::newRow("until midnight") << u"20:00-24:00"_s << u"20:00-24:00"_s;
        QTest::newRow("over midnight") << u"22:00-02:00"_s << u"22:00-02:00"_s;
        QTest::newRow("any") << u"any"_s << u"any"_s;
        QTest::newRow("ANY") << u"ANY"_s << u"any"_s;
        QTest::newRow("empty: any") << QString() << u"any"_s;
    }
    void windowsAreReadInTheFormsPeopleWrite()
    {
        QFETCH(QString, text);
        QFETCH(QString, stored);
        QString error;
        const auto w = SendWindow::parse(text, &error);
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(w->toString(), stored);
        QCOMPARE(SendWindow::parse(w->toString(), &error)->toString(), stored);
    }
    void badWindowsAreRefusedInWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("no window") << u"08:00-08:00"_s << u"starts when it ends"_s;
        QTest::newRow("whole day") << u"00:00-24:00"_s << u"starts when it ends"_s;
        QTest::newRow("hour 25") << u"08:00-25:00"_s << u"not a time of day"_s;
        QTest::newRow("minute 60") << u"08:60-22:00"_s << u"not a time of day"_s;
        QTest::newRow("24:30") << u"20:00-24:30"_s << u"not a time of day"_s;
        QTest::newRow("one time") << u"08:00"_s << u"looks like 08:00-22:00"_s;
        QTest::newRow("words") << u"mornings"_s << u"looks like 08:00-22:00"_s;
    }
    void badWindowsAreRefusedInWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!SendWindow::parse(text, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }
    void openAndNextOpening()
    {
        const SendWindow day = SendWindow::standard();
        QVERIFY(!day.contains(china(3, 7, 59)));
        QVERIFY(day.contains(china(3, 8, 0)));
        QVERIFY(day.contains(china(3, 21, 59)));
        QVERIFY(!day.contains(china(3, 22, 0)));
        QCOMPARE(day.nextOpen(china(3, 12, 0)), china(3, 12, 0));
        QCOMPARE(day.nextOpen(china(3, 22, 0)), china(4, 8, 0));
        QCOMPARE(day.nextOpen(china(3, 3, 0)), china(3, 8, 0));
        // 22:00 China time is 14:00 UTC: the offset is China's whatever the machine's zone.
        QCOMPARE(day.nextOpen(QDateTime(QDate(2026, 12, 3), QTime(14, 0), QTimeZone::utc())), china(4, 8, 0));

        const SendWindow night = *SendWindow::parse(u"22:00-02:00"_s, nullptr);
        QVERIFY(night.overMidnight());
        QVERIFY(night.contains(china(3, 23, 0)));
        QVERIFY(night.contains(china(4, 1, 59)));
        QVERIFY(!night.contains(china(4, 2, 0)));
        QCOMPARE(night.nextOpen(china(4, 2, 0)), china(4, 22, 0));

        QVERIFY(SendWindow::anyTime().contains(china(3, 3, 0)));
        QCOMPARE(SendWindow::standard().displayText(), u"08:00–22:00"_s);
    }
};

QTEST_GUILESS_MAIN(TestSendingRules)
#include "tst_sendingrules.moc"
