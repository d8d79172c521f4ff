#include "protocol/ResultCodes.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace mms;

class TestResultCodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyDocumentedCodeHasBothLanguages()
    {
        for (int code : {0, -1, -2, -3, -4, -5, -6, -7, -8, -10, -11, -12, -13, -100}) {
            QVERIFY2(ResultCodes::isKnown(code), qPrintable(QString::number(code)));
            QVERIFY(!ResultCodes::chinese(code).isEmpty());
            QVERIFY(!ResultCodes::english(code).startsWith(u"unknown"_s));
        }
    }
    void textsMatchTheSpec()
    {
        QCOMPARE(ResultCodes::chinese(-3), u"用户账号密码错误"_s);
        QCOMPARE(ResultCodes::english(-8), u"insufficient balance"_s);
        QCOMPARE(ResultCodes::chinese(-5), u"最大提交号码数 1000"_s);
    }
    void minusElevenDependsOnTheCall()
    {
        QCOMPARE(ResultCodes::chinese(-11, CallKind::SaveTemplate), u"读取文件错误"_s);
        QCOMPARE(ResultCodes::chinese(-11, CallKind::SendVariableTask), u"变量参数有误"_s);
    }
    void unknownCodesAreNamed()
    {
        QVERIFY(!ResultCodes::isKnown(-9));
        QVERIFY(ResultCodes::describe(-9).contains(u"-9"_s));
        QVERIFY(ResultCodes::english(-9).contains(u"unknown"_s));
    }
};

QTEST_GUILESS_MAIN(TestResultCodes)
#include "tst_resultcodes.moc"
