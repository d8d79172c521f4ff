// The studio's window, offscreen: it starts the sandbox and shows the balance.
#include "BalanceController.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "TemplatesPage.h"

#include "sim/Sandbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStatusBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("MMS_SANDBOX_DIR", m_dir.filePath(u"sandbox"_s).toUtf8());
        qputenv("MMS_SIMULATOR", SIMULATOR_PATH);
    }
    void cleanupTestCase()
    {
        // Stop the sandbox this test started.
        if (const auto info = mms::Sandbox::findRunning(m_dir.filePath(u"sandbox"_s))) {
            QNetworkAccessManager nam;
            QNetworkReply *reply = nam.post(QNetworkRequest(info->controlUrl(u"shutdown"_s)), QByteArray("{}"));
            QTRY_VERIFY(reply->isFinished());
            delete reply;
        }
    }
    void showsTheSandboxAccountAndBalance()
    {
        mms::MainWindow window(m_dir.filePath(u"studio.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(u"areaTabs"_s);
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 3);
        QVERIFY(window.findChild<QTableWidget *>(u"templateTable"_s));
        auto *balance = window.findChild<QLabel *>(u"balanceLabel"_s);
        auto *account = window.findChild<QLabel *>(u"accountLabel"_s);
        QVERIFY(balance && account);
        QTRY_VERIFY_WITH_TIMEOUT(balance->property("balance").isValid(), 15000);
        QVERIFY(balance->property("balance").toDouble() > 0);
        QVERIFY(balance->text().contains(u"100,000"_s) || balance->text().contains(u"100000"_s));
        QVERIFY(account->text().contains(u"300000"_s));
        QVERIFY(QFile::exists(m_dir.filePath(u"studio.sqlite"_s)));
    }
    void submitTemplateAndSeeAudits()
    {
        mms::MainWindow window(m_dir.filePath(u"studio.sqlite"_s));
        window.show();
        auto *balance = window.findChild<QLabel *>(u"balanceLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(balance->property("balance").isValid(), 15000);
        const auto info = mms::Sandbox::findRunning(m_dir.filePath(u"sandbox"_s));
        QVERIFY(info);
        {
            QNetworkAccessManager nam;
            QNetworkRequest req(info->controlUrl(u"config"_s));
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            QNetworkReply *reply = nam.post(req, QByteArray(R"({"auditDelayMs": 100, "auditVerdicts": [1, 2, 1]})"));
            QTRY_VERIFY(reply->isFinished());
            delete reply;
        }
        auto *table = window.findChild<QTableWidget *>(u"templateTable"_s);
        auto *status = window.findChild<QLabel *>(u"templateStatusLabel"_s);
        const int before = table->rowCount();

        // A broken manifest: its problems are shown, nothing is created.
        QFile bad(m_dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"subject": "x", "frames": [{"dur": 0, "attachments": ["nope.mp4"]}]})");
        bad.close();
        mms::prompts::setNextFileName(bad.fileName());
        QTest::mouseClick(window.findChild<QPushButton *>(u"submitManifestButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"nope.mp4"_s), 10000);
        QCOMPARE(table->rowCount(), before);

        mms::prompts::setNextFileName(QStringLiteral(EXAMPLES_DIR "/double11/template.json"));
        QTest::mouseClick(window.findChild<QPushButton *>(u"submitManifestButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), before + 1, 10000);
        QCOMPARE(table->item(before, 1)->text(), u"双十一大促"_s);
        QCOMPARE(table->item(before, 0)->text().size(), 16);
        // The audits are pushed to the studio's receiver and shown as they arrive.
        QTRY_COMPARE_WITH_TIMEOUT(table->item(before, 5)->text(), u"approved"_s, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(table->item(before, 6)->text().startsWith(u"rejected"_s), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(table->item(before, 7)->text(), u"approved"_s, 10000);
    }
    void refreshActionQueriesAgain()
    {
        mms::MainWindow window(m_dir.filePath(u"studio.sqlite"_s));
        window.show();
        auto *balance = window.findChild<QLabel *>(u"balanceLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(balance->property("balance").isValid(), 15000);
        // Spend one message through the sandbox directly, then press F5.
        const auto info = mms::Sandbox::findRunning(m_dir.filePath(u"sandbox"_s));
        QVERIFY(info);
        QNetworkAccessManager nam;
        QNetworkRequest req(info->controlUrl(u"config"_s));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = nam.post(req, QByteArray(R"({"balance": 4321})"));
        QTRY_VERIFY(reply->isFinished());
        delete reply;
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(balance->property("balance").toDouble(), 4321.0, 10000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
