// A real account next to the sandbox, in the real window: added in Account → Accounts…, tested,
// put to use (the balance then comes from that platform), its password never written to a file.
// Without a keychain service (as in CI) the password is kept for the session only, and said so.
#include "AccountsDialog.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include "account/SecretStore.h"
#include "sim/Sandbox.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kPassword = u"Pw-7f3k9-secret"_s;

// Every byte under dir, to look for the password.
bool anyFileContains(const QString &dir, const QByteArray &needle, QString *where)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) {
            *where = path;
            return true;
        }
    }
    return false;
}

mms::AccountsDialog *openDialog(mms::MainWindow &window)
{
    window.findChild<QAction *>(u"actionAccounts"_s)->trigger();
    for (int i = 0; i < 100; ++i) {
        if (auto *d = window.findChild<mms::AccountsDialog *>())
            return d;
        QTest::qWait(50);
    }
    return nullptr;
}
} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_platform;
    quint16 m_port = 0;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("MMS_SANDBOX_DIR", m_dir.filePath(u"sandbox"_s).toUtf8());
        qputenv("MMS_DATA_DIR", m_dir.filePath(u"data"_s).toUtf8());
        qputenv("MMS_SIMULATOR", SIMULATOR_PATH);
        mms::SecretStore::setKeychainDisabled(true); // no secret service, as in CI
        // "The real platform": another simulator, with its own password and balance.
        m_port = testsupport::startSimulatorProcess(m_platform, m_dir.filePath(u"real.port"_s),
                                                    {u"--set"_s, u"password=\"%1\""_s.arg(kPassword), u"--set"_s, u"balance=777"_s});
        QVERIFY(m_port);
    }
    void cleanupTestCase()
    {
        m_platform.kill();
        m_platform.waitForFinished();
        if (const auto info = mms::Sandbox::findRunning(m_dir.filePath(u"sandbox"_s))) {
            QNetworkAccessManager nam;
            QNetworkRequest req(info->controlUrl(u"shutdown"_s));
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            QNetworkReply *reply = nam.post(req, QByteArray("{}"));
            QTRY_VERIFY(reply->isFinished());
            delete reply;
        }
    }

    void addTestAndUseARealAccount()
    {
        mms::MainWindow window(m_dir.filePath(u"studio.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *balance = window.findChild<QLabel *>(u"balanceLabel"_s);
        auto *account = window.findChild<QLabel *>(u"accountLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(balance->property("balance").isValid(), 15000);
        QCOMPARE(balance->property("balance").toDouble(), 100000.0); // the sandbox

        mms::AccountsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        auto *list = dialog->findChild<QListWidget *>(u"accountList"_s);
        auto *status = dialog->findChild<QLabel *>(u"accountStatus"_s);
        QTRY_VERIFY(list->count() >= 1);
        QVERIFY(list->item(0)->text().contains(u"sandbox"_s));

        // A bad address is refused with a reason; nothing is saved.
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"newAccountButton"_s), Qt::LeftButton);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"accountName"_s), u"realco"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"accountUrl"_s), u"not a url"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveAccountButton"_s), Qt::LeftButton);
        QVERIFY(status->property("error").toBool());
        QVERIFY(status->text().contains(u"http"_s));

        dialog->findChild<QLineEdit *>(u"accountUrl"_s)->clear();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"accountUrl"_s), u"http://127.0.0.1:%1/mms/api/"_s.arg(m_port));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"accountUserid"_s), u"300000"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"accountUsername"_s), u"300000"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"accountPassword"_s), kPassword);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"testAccountButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"777"_s), 10000);
        QVERIFY(!status->property("error").toBool());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveAccountButton"_s), Qt::LeftButton);
        // No keychain here: kept for the session, and the user is told.
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"saved"_s), qPrintable(status->text()), 10000);
        QVERIFY(status->text().contains(u"only until MMS Studio closes"_s));
        QTRY_COMPARE(list->count(), 2);

        // Use it: the balance now comes from that platform.
        list->setCurrentRow(1);
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), u"realco"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"useAccountButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(balance->property("balance").toDouble() == 777.0, 15000);
        QVERIFY(account->text().contains(u"realco"_s));

        // The password is in no file: not the settings, not the store, not its journal.
        QString where;
        QVERIFY2(!anyFileContains(m_dir.filePath(u"data"_s), kPassword.toUtf8(), &where), qPrintable(where));
        QVERIFY2(!anyFileContains(m_dir.path(), kPassword.toUtf8(), &where) || where.endsWith(u".port"_s), qPrintable(where));
    }

    void nextRunAsksForThePassword()
    {
        // A new run without a keychain has no password: the window says so and keeps working.
        mms::SecretStore::forgetSessionSecrets();
        mms::MainWindow window(m_dir.filePath(u"studio.sqlite"_s));
        window.show();
        auto *account = window.findChild<QLabel *>(u"accountLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(account->text().contains(u"password needed"_s), 10000);
        QVERIFY(account->text().contains(u"realco"_s));

        // Back to the sandbox.
        mms::AccountsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        auto *list = dialog->findChild<QListWidget *>(u"accountList"_s);
        QTRY_VERIFY(list->count() == 2);
        list->setCurrentRow(0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"useAccountButton"_s), Qt::LeftButton);
        auto *balance = window.findChild<QLabel *>(u"balanceLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(balance->property("balance").toDouble() == 100000.0, 15000);
    }
};

QTEST_MAIN(TestAccounts)
#include "tst_accounts.moc"
