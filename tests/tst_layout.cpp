// Every area at 1280×720 logical pixels (a 1920×1080 laptop at 150 %), in Chinese and in
// English: the window's minimum size fits the screen, and what the work needs (Submit, the
// preview's player, the status bar with the balance, New campaign and Pause, the reports'
// tables) lies inside the window. ctest runs it at QT_SCALE_FACTOR=1 and 2.
#include "MainWindow.h"
#include "MessageBanner.h"
#include "Translations.h"
#include "designer/DesignerPage.h"

#include "sim/Sandbox.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QPointer>
#include <QWizard>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace {
// Inside the window and not hidden or scrolled away.
bool reachable(QWidget *window, QWidget *w, QString *why)
{
    if (!w) {
        *why = u"missing"_s;
        return false;
    }
    if (!w->isVisible()) {
        *why = w->objectName() + u" hidden"_s;
        return false;
    }
    const QRect visible = w->visibleRegion().boundingRect();
    if (visible.width() < qMin(8, w->width()) || visible.height() < qMin(8, w->height())) {
        *why = w->objectName() + u" scrolled or covered: visible %1x%2 of %3x%4"_s.arg(visible.width()).arg(visible.height())
                                     .arg(w->width()).arg(w->height());
        return false;
    }
    const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
    if (!window->rect().contains(inWindow)) {
        *why = w->objectName() + u" at %1,%2 %3x%4 outside the window %5x%6"_s.arg(inWindow.x()).arg(inWindow.y())
                                     .arg(inWindow.width()).arg(inWindow.height()).arg(window->width()).arg(window->height());
        return false;
    }
    return true;
}
} // namespace

class TestLayout : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("MMS_SANDBOX_DIR", m_dir.filePath(u"sandbox"_s).toUtf8());
        qputenv("MMS_DATA_DIR", m_dir.filePath(u"data"_s).toUtf8());
        qputenv("MMS_SIMULATOR", SIMULATOR_PATH);
    }
    void cleanupTestCase()
    {
        mms::removeTranslations();
        if (const auto info = mms::Sandbox::findRunning(m_dir.filePath(u"sandbox"_s))) {
            QNetworkAccessManager nam;
            QNetworkReply *reply = nam.post(QNetworkRequest(info->controlUrl(u"shutdown"_s)), QByteArray("{}"));
            QTRY_VERIFY(reply->isFinished());
            delete reply;
        }
    }
    void everyAreaFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("area");
        for (const QString &language : {u"zh_CN"_s, u"en"_s})
            for (const QString &area : {u"templates"_s, u"library"_s, u"campaigns"_s, u"reports"_s})
                QTest::addRow("%s-%s", qPrintable(language), qPrintable(area)) << language << area;
    }
    void everyAreaFits()
    {
        QFETCH(QString, language);
        QFETCH(QString, area);
        mms::removeTranslations();
        mms::installTranslations(language);
        mms::MainWindow window(m_dir.filePath(u"studio.sqlite"_s));
        // The example template, with its pictures and texts, in the designer.
        QVERIFY(window.designer()->openFile(QStringLiteral(EXAMPLES_DIR "/double11/double11.mmstpl")));
        window.showArea(area == u"library"_s ? u"templates"_s : area);
        if (area == u"library"_s)
            window.findChild<QTabWidget *>(u"templatesTabs"_s)->setCurrentIndex(1);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The sandbox account is up (its banner shows) before anything is measured.
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel *>(u"balanceLabel"_s)->property("balance").isValid(), 15000);
        QVERIFY(window.findChild<QWidget *>(u"sandboxBanner"_s)->isVisible());
        // A long message in the banner must not grow the window.
        if (area == u"templates"_s) {
            QStringList lines;
            for (int i = 0; i < 30; ++i)
                lines << u"第 %1 行：一条很长的提示，说明某个文件为什么没有加入模板。"_s.arg(i);
            auto *banner = window.designer()->findChild<mms::MessageBanner *>(u"designerBanner"_s);
            QVERIFY(banner);
            banner->show(lines.join(u'\n'), mms::MessageBanner::Kind::Error);
        }

        const QSize min = window.minimumSizeHint().expandedTo(window.minimumSize());
        if (qEnvironmentVariableIsSet("MMS_LAYOUT_DEBUG"))
            for (QWidget *w : window.findChildren<QWidget *>())
                if (w->isVisibleTo(&window) && w->minimumSizeHint().height() > 150)
                    qDebug() << w->metaObject()->className() << w->objectName() << w->minimumSizeHint() << w->minimumSize();
        // 1280×720 less a title bar and a panel.
        QVERIFY2(min.width() <= 1280 && min.height() <= 640,
                 qPrintable(u"minimum size %1x%2"_s.arg(min.width()).arg(min.height())));
        window.resize(1280, 660);
        QTRY_COMPARE(window.size(), QSize(1280, 660));
        QTest::qWait(0); // layouts settle
        QApplication::processEvents();

        QList<QWidget *> needed{window.statusBar(), window.findChild<QLabel *>(u"balanceLabel"_s)};
        if (area == u"templates"_s)
            needed << window.findChild<QWidget *>(u"submitTemplateButton"_s) << window.findChild<QWidget *>(u"previewPlayButton"_s)
                   << window.findChild<QWidget *>(u"phoneFrame"_s) << window.findChild<QWidget *>(u"storyboard"_s)
                   << window.findChild<QWidget *>(u"designerToolbar"_s) << window.findChild<QWidget *>(u"sampleTemplateButton"_s);
        if (area == u"library"_s)
            needed << window.findChild<QWidget *>(u"templateTable"_s) << window.findChild<QWidget *>(u"newVersionButton"_s);
        if (area == u"campaigns"_s)
            needed << window.findChild<QWidget *>(u"newCampaignButton"_s) << window.findChild<QWidget *>(u"pauseButton"_s)
                   << window.findChild<QWidget *>(u"cancelCampaignButton"_s) << window.findChild<QWidget *>(u"campaignTable"_s)
                   << window.findChild<QWidget *>(u"batchTable"_s);
        if (area == u"reports"_s)
            needed << window.findChild<QWidget *>(u"deliveryTable"_s);
        for (QWidget *w : needed) {
            QString why;
            QVERIFY2(reachable(&window, w, &why), qPrintable(why));
        }
        // The toolbar shows every button: none pushed into the "»" overflow.
        if (area == u"templates"_s) {
            auto *toolbar = window.findChild<QWidget *>(u"designerToolbar"_s);
            for (QToolButton *b : toolbar->findChildren<QToolButton *>(u"qt_toolbar_ext_button"_s))
                QVERIFY2(!b->isVisible(), "the designer's toolbar overflows");
        }
        if (qEnvironmentVariableIsSet("MMS_SCREENSHOTS"))
            window.grab().save(qEnvironmentVariable("MMS_SCREENSHOTS") + u"/layout-%1-%2.png"_s.arg(area, language));
    }
    void dialogsFit()
    {
        // Preferences, Accounts, Workspaces, the new-campaign wizard and Audiences open within 1280×680.
        mms::removeTranslations();
        mms::installTranslations(u"zh_CN"_s);
        mms::MainWindow window(m_dir.filePath(u"studio.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel *>(u"balanceLabel"_s)->property("balance").isValid(), 15000);
        for (const char *name : {"actionPreferences", "actionAccounts", "actionWorkspaces"}) {
            window.findChild<QAction *>(QString::fromLatin1(name))->trigger();
            QDialog *d = nullptr;
            QTRY_VERIFY((d = window.findChild<QDialog *>()) && d->isVisible());
            const QSize min = d->minimumSizeHint().expandedTo(d->minimumSize());
            QVERIFY2(min.width() <= 1280 && min.height() <= 680 && d->height() <= 680,
                     qPrintable(u"%1: minimum %2x%3, opened at %4x%5"_s.arg(QString::fromLatin1(name)).arg(min.width()).arg(min.height())
                                    .arg(d->width()).arg(d->height())));
            if (qEnvironmentVariableIsSet("MMS_SCREENSHOTS"))
                d->grab().save(qEnvironmentVariable("MMS_SCREENSHOTS") + u"/dialog-%1.png"_s.arg(QString::fromLatin1(name)));
            QPointer<QDialog> gone(d);
            d->close(); // deletes itself
            QTRY_VERIFY(gone.isNull());
        }
        window.showArea(u"campaigns"_s);
        QTest::mouseClick(window.findChild<QPushButton *>(u"newCampaignButton"_s), Qt::LeftButton);
        QWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<QWizard *>()) && wizard->isVisible());
        QVERIFY2(wizard->height() <= 680 && wizard->minimumSizeHint().height() <= 680,
                 qPrintable(u"wizard %1 high"_s.arg(wizard->height())));
        wizard->reject();
        QTest::mouseClick(window.findChild<QPushButton *>(u"audiencesButton"_s), Qt::LeftButton);
        QDialog *audiences = nullptr;
        QTRY_VERIFY((audiences = window.findChild<QDialog *>(u"audiencesDialog"_s)) && audiences->isVisible());
        QVERIFY2(audiences->height() <= 680 && audiences->minimumSizeHint().height() <= 680 && audiences->minimumSizeHint().width() <= 1280,
                 qPrintable(u"audiences %1 high, minimum %2"_s.arg(audiences->height()).arg(audiences->minimumSizeHint().height())));
        if (qEnvironmentVariableIsSet("MMS_SCREENSHOTS"))
            audiences->grab().save(qEnvironmentVariable("MMS_SCREENSHOTS") + u"/dialog-audiences.png"_s);
        audiences->reject();
        mms::removeTranslations();
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
