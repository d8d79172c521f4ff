// Settings → Preferences… in the real window: a balance warning, the sending speed, and the
// receiver moved under a secret prefix, its URLs shown and tested; strangers without the
// prefix are not heard.
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "NumberSegmentsEdit.h"
#include "Prompts.h"
#include "protocol/NumberSegments.h"
#include "TestSupport.h"

#include "receiver/ReceiverService.h"
#include "sim/Sandbox.h"
#include "storage/Store.h"
#include "util/Config.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
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
    void frequencyCaps()
    {
        // The account's caps: the defaults shown, a contradiction refused under the boxes with
        // nothing kept, then an hourly cap kept; unticked, no caps at all.
        mms::MainWindow window(m_dir.filePath(u"studio.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        mms::PreferencesDialog *dialog = open(window);
        QVERIFY(dialog);
        auto *on = dialog->findChild<QCheckBox *>(u"capsCheck"_s);
        auto *perTemplate = dialog->findChild<QSpinBox *>(u"capTemplateSpin"_s);
        auto *perDay = dialog->findChild<QSpinBox *>(u"capDaySpin"_s);
        auto *perHour = dialog->findChild<QSpinBox *>(u"capHourSpin"_s);
        auto *note = dialog->findChild<QLabel *>(u"capsNoteLabel"_s);
        QVERIFY(on && perTemplate && perDay && perHour && note);
        QVERIFY(on->isChecked());
        QCOMPARE(perTemplate->value(), 1);
        QCOMPARE(perDay->value(), 10);
        QCOMPARE(perHour->value(), 0);
        QCOMPARE(perHour->text(), perHour->specialValueText()); // "no hourly cap"
        perTemplate->setValue(12); // more often than all messages together
        QVERIFY(note->property("error").toBool());
        QVERIFY2(note->text().contains(u"more often"_s), qPrintable(note->text()));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog->isVisible());
        QCOMPARE(mms::Config().frequencyCaps(mms::Config().activeAccount()), u"1/10/0"_s);
        perTemplate->setValue(2);
        perHour->setValue(3);
        QVERIFY(!note->property("error").toBool());
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(mms::Config().frequencyCaps(mms::Config().activeAccount()), u"2/10/3"_s);

        dialog = open(window);
        QVERIFY(dialog);
        on = dialog->findChild<QCheckBox *>(u"capsCheck"_s);
        QCOMPARE(dialog->findChild<QSpinBox *>(u"capHourSpin"_s)->value(), 3);
        QTest::mouseClick(on, Qt::LeftButton, {}, QPoint(8, on->height() / 2));
        QVERIFY(!on->isChecked());
        QVERIFY(!dialog->findChild<QSpinBox *>(u"capDaySpin"_s)->isEnabled());
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(mms::Config().frequencyCaps(mms::Config().activeAccount()), u"off"_s);
    }
    void numberSegments()
    {
        // A newer number-segment table: a bad file refused with its line, nothing changed; a good
        // one used at once and kept in the data folder; Built-in only goes back.
        mms::MainWindow window(m_dir.filePath(u"studio.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        mms::PreferencesDialog *dialog = open(window);
        QVERIFY(dialog);
        auto *label = dialog->findChild<QLabel *>(u"segmentsLabel"_s);
        auto *load = dialog->findChild<QPushButton *>(u"loadSegmentsButton"_s);
        auto *builtIn = dialog->findChild<QPushButton *>(u"builtInSegmentsButton"_s);
        QVERIFY(label && load && builtIn);
        QVERIFY2(label->text().contains(u"Built-in"_s), qPrintable(label->text()));
        QVERIFY(!builtIn->isEnabled());
        auto *edit = dialog->findChild<mms::NumberSegmentsEdit *>();
        QSignalSpy finished(edit, &mms::NumberSegmentsEdit::finished);
        QSignalSpy changed(dialog, &mms::PreferencesDialog::segmentsChanged);

        const QString bad = m_dir.filePath(u"bad-segments.csv"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("1990000,海南,三亚,电信\n199000x,海南,海口,电信\n");
        f.close();
        mms::prompts::setNextFileName(bad);
        QTest::mouseClick(load, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY2(label->text().contains(u"Line 2"_s), qPrintable(label->text()));
        QCOMPARE(changed.size(), 0);
        QVERIFY(!QFile::exists(mms::NumberSegments::userTablePath()));

        const QString good = m_dir.filePath(u"segments.csv"_s);
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("1990000,海南,三亚,电信\n1990001,海南,海口,电信\n");
        g.close();
        mms::prompts::setNextFileName(good);
        QTest::mouseClick(load, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(changed.size(), 1);
        QVERIFY2(label->text().contains(u"2 segments loaded"_s), qPrintable(label->text()));
        QVERIFY(QFile::exists(mms::NumberSegments::userTablePath()));
        QCOMPARE(mms::NumberSegments::current()->city(mms::NumberSegments::current()->areaOf(u"19900010000"_s)), u"海口"_s);
        QVERIFY(builtIn->isEnabled());
        QTest::mouseClick(builtIn, Qt::LeftButton);
        QCOMPARE(changed.size(), 2);
        QVERIFY(!QFile::exists(mms::NumberSegments::userTablePath()));
        QCOMPARE(mms::NumberSegments::current(), mms::NumberSegments::builtIn());
        dialog->close();
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
