// Settings → Preferences… in the real window: a balance warning, the sending speed, and the
// receiver moved under a secret prefix, its URLs shown and tested; strangers without the
// prefix are not heard.
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "TestSupport.h"

#include "receiver/ReceiverService.h"
#include "sim/Sandbox.h"
#include "storage/Store.h"
#include "util/Config.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QSpinBox>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestPreferences : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    mms::PreferencesDialog *open(mms::MainWindow &window)
    {
        window.findChild<QAction *>(u"actionPreferences"_s)->trigger();
        for (int i = 0; i < 100; ++i) {
            if (auto *d = window.findChild<mms::PreferencesDialog *>())
                return d;
            QTest::qWait(20);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("MMS_SANDBOX_DIR", m_dir.filePath(u"sandbox"_s).toUtf8());
        qputenv("MMS_DATA_DIR", m_dir.filePath(u"data"_s).toUtf8());
        qputenv("MMS_SIMULATOR", SIMULATOR_PATH);
        qunsetenv("MMS_RECEIVER_LISTEN");
    }
    void cleanupTestCase()
    {
        if (const auto info = mms::Sandbox::findRunning(m_dir.filePath(u"sandbox"_s)))
            testsupport::http("POST", info->controlUrl(u"shutdown"_s), "{}");
    }
    void warningSpeedAndReceiver()
    {
        mms::MainWindow window(m_dir.filePath(u"studio.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *balance = window.findChild<QLabel *>(u"balanceLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(balance->property("balance").isValid(), 15000);
        QVERIFY(!balance->property("low").toBool());
        QTRY_VERIFY(window.receiver()->isListening());

        mms::PreferencesDialog *dialog = open(window);
        QVERIFY(dialog);
        dialog->findChild<QDoubleSpinBox *>(u"balanceWarningSpin"_s)->setValue(200000); // the sandbox has 100,000
        dialog->findChild<QDoubleSpinBox *>(u"requestsPerSecondSpin"_s)->setValue(2.5);
        QCOMPARE(dialog->findChild<QSpinBox *>(u"autoBlockLimitSpin"_s)->value(), mms::Store::kDefaultAutoBlockPerPush);
        dialog->findChild<QSpinBox *>(u"autoBlockLimitSpin"_s)->setValue(7);
        // A fresh installation has a long random secret already.
        auto *secret = dialog->findChild<QLineEdit *>(u"receiverPrefixEdit"_s);
        QVERIFY2(secret->text().size() >= 16, qPrintable(secret->text()));
        // Opened to the network with a guessable secret: refused, with the reason, and nothing kept.
        auto *address = dialog->findChild<QLineEdit *>(u"receiverAddressEdit"_s);
        address->setText(u"0.0.0.0"_s);
        secret->setText(u"k3y9x"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->findChild<QLabel *>(u"receiverTestResult"_s)->text().contains(u"16"_s),
                 qPrintable(dialog->findChild<QLabel *>(u"receiverTestResult"_s)->text()));
        QCOMPARE(mms::Config().receiverAddress(), u"127.0.0.1"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"generateSecretButton"_s), Qt::LeftButton);
        QVERIFY(secret->text().size() >= 16 && secret->text() != u"k3y9x"_s);
        // On this computer only, any secret will do (the sandbox, a test).
        address->setText(u"127.0.0.1"_s);
        secret->setText(u"k3y9x"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        QTRY_VERIFY_WITH_TIMEOUT(balance->property("low").toBool(), 10000);
        QCOMPARE(mms::Config().requestsPerSecond(), 2.5);
        QCOMPARE(mms::Config().autoBlockPerPush(), 7);
        QTRY_VERIFY_WITH_TIMEOUT(window.receiver()->url(u"report"_s).path() == u"/k3y9x/report"_s, 10000);
        // Without the secret, a push is not heard.
        QUrl stranger = window.receiver()->url(u"report"_s);
        stranger.setPath(u"/report"_s);
        QCOMPARE(testsupport::http("POST", stranger, "rpts=13000000000,DELIVRD,X,20261125101010", "application/x-www-form-urlencoded").status, 404);

        // The dialog shows the URLs to give the platform, and tests them.
        dialog = open(window);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QPlainTextEdit *>(u"receiverUrls"_s)->toPlainText().contains(u"/k3y9x/report"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"testReceiverButton"_s), Qt::LeftButton);
        auto *result = dialog->findChild<QLabel *>(u"receiverTestResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->property("ok").isValid(), 10000);
        QVERIFY2(result->property("ok").toBool(), qPrintable(result->text()));
        dialog->reject();
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
