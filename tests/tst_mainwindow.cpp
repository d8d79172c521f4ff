// The studio's window, offscreen: it starts the sandbox and shows the balance.
#include "BalanceController.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "TemplatesPage.h"

#include "sim/Sandbox.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QTextBrowser>
#include "designer/DesignerPage.h"
#include "design/TemplateDocument.h"
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
        // The library's own word follows the audits (it said "waiting" after all had answered).
        QTRY_VERIFY2(status->text().contains(u"China Unicom: rejected"_s) && !status->text().contains(u"waiting"_s),
                     qPrintable(status->text()));
    }
    void sandboxNoteSampleAndHelp()
    {
        mms::MainWindow window(m_dir.filePath(u"studio.sqlite"_s));
        window.show();
        auto *balance = window.findChild<QLabel *>(u"balanceLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(balance->property("balance").isValid(), 15000);
        // The sandbox says it spends nothing, and the balance says what it counts.
        auto *note = window.findChild<QWidget *>(u"sandboxBanner"_s);
        QVERIFY(note && note->isVisible());
        QVERIFY(window.findChild<QLabel *>(u"sandboxBannerText"_s)->text().contains(u"nothing is charged"_s));
        QVERIFY2(balance->text().endsWith(u" messages"_s), qPrintable(balance->text()));
        // One click: the sample template in the designer.
        QTest::mouseClick(window.findChild<QPushButton *>(u"sampleTemplateButton"_s), Qt::LeftButton);
        QTRY_COMPARE(window.designer()->document()->tpl().frames.size(), 2);
        QCOMPARE(window.designer()->document()->tpl().subject, u"双十一大促"_s);
        // Help: the guide, rendered, and the shortcuts.
        window.findChild<QAction *>(u"actionUserGuide"_s)->trigger();
        QDialog *guide = nullptr;
        QTRY_VERIFY((guide = window.findChild<QDialog *>(u"guideDialog"_s)));
        QVERIFY(guide->findChild<QTextBrowser *>(u"guideBrowser"_s)->toPlainText().contains(u"MMS Studio user guide"_s));
        guide->close();
        window.findChild<QAction *>(u"actionShortcuts"_s)->trigger();
        QDialog *keys = nullptr;
        QTRY_VERIFY((keys = window.findChild<QDialog *>(u"shortcutsDialog"_s)));
        auto *list = keys->findChild<QTableWidget *>(u"shortcutsTable"_s);
        QVERIFY(list->rowCount() > 10);
        QVERIFY(!list->findItems(u"Ctrl+Shift+P"_s, Qt::MatchExactly).isEmpty()); // Pause
        QVERIFY(!list->findItems(u"F6"_s, Qt::MatchExactly).isEmpty());           // Play preview
        keys->close();
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
