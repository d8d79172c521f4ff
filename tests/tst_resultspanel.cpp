// Results in the real main window (issue 21 part 3): Reports → Results shows the selected
// campaign by carrier, province, city and hour, sortable, with the chart beside it; it follows
// reports as they arrive and saves its chart as a picture.
#include "MainWindow.h"
#include "Prompts.h"
#include "ReportsPage.h"
#include "TestSupport.h"
#include "protocol/NumberSegments.h"
#include "reports/BreakdownChart.h"
#include "reports/BreakdownTableModel.h"
#include "sim/Sandbox.h"
#include "campaign/CampaignService.h"
#include <QSignalSpy>
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Store.h"
#include "util/Config.h"

#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QHeaderView>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestResultsPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static qint64 column(QAbstractItemModel *m, int row, int col)
    {
        return m->index(row, col).data(mms::BreakdownTableModel::SortRole).toLongLong();
    }

    // A sent campaign of `count` numbers: every failEvery-th reported UNDELIV, the rest DELIVRD,
    // every replyEvery-th replied.
    static qint64 sentCampaign(mms::Database &db, const QString &name, int count, int failEvery, int replyEvery, int seed)
    {
        QString error;
        QSqlQuery q(db.db());
        if (!q.exec(u"SELECT id FROM accounts WHERE is_sandbox = 1"_s) || !q.next())
            return 0;
        mms::CampaignStore store(db);
        mms::CampaignStore::NewCampaign nc;
        nc.accountId = q.value(0).toLongLong();
        q.finish();
        nc.mmsid = u"M%1"_s.arg(seed);
        nc.name = name;
        QList<mms::VariableEntry> list;
        for (int i = 0; i < count; ++i)
            list.append({u"1380013%1"_s.arg(seed * 1000 + i, 4, 10, QChar(u'0')), {}});
        const qint64 id = *store.create(nc, list, 1000, &error);
        QStringList tasks;
        while (const auto b = store.claimNext(id, u"earlier"_s, &error)) {
            tasks << u"T%1-%2"_s.arg(seed).arg(b->seq);
            store.setBatchState(b->id, mms::batch::Accepted, tasks.last(), 0, {}, &error);
        }
        store.setState(id, mms::campaign::Completed, {}, &error);
        QList<mms::ReportRecord> reports;
        for (int i = 0; i < count; ++i)
            reports.append({list.at(i).mobile, i % failEvery == 0 ? u"UNDELIV"_s : u"DELIVRD"_s, tasks.at(i / 1000), u"20261204100000"_s, {}});
        mms::Store(db).storeReports(reports, &error);
        QList<mms::ReplyRecord> replies;
        const QString sub = store.campaign(id)->sub;
        for (int i = 1; i < count; i += replyEvery)
            replies.append({list.at(i).mobile, sub, u"好"_s, u"20261204110000"_s});
        mms::Store(db).storeReplies(replies, &error);
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("MMS_SANDBOX_DIR", m_dir.filePath(u"sandbox"_s).toUtf8());
        qputenv("MMS_DATA_DIR", m_dir.filePath(u"data"_s).toUtf8());
        qputenv("MMS_SIMULATOR", SIMULATOR_PATH);
    }
    void cleanupTestCase()
    {
        if (const auto info = mms::Sandbox::findRunning(m_dir.filePath(u"sandbox"_s))) {
            QNetworkAccessManager nam;
            QNetworkReply *reply = nam.post(QNetworkRequest(info->controlUrl(u"shutdown"_s)), QByteArray("{}"));
            QTRY_VERIFY(reply->isFinished());
            delete reply;
        }
    }

    void byCarrierProvinceCityAndHourAsReportsArrive()
    {
        const QString path = m_dir.filePath(u"results.sqlite"_s);
        mms::MainWindow window(path);
        window.resize(1280, 680);
        window.showArea(u"reports"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel *>(u"balanceLabel"_s)->property("balance").isValid(), 15000);

        // A campaign of 3,000 numbers across the country sent at 09:00, its reports from 09:00
        // to 20:00 (the platform's own times), 1 in 8 failed, 1 in 30 replied.
        QString error;
        auto db = mms::Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->db());
        QVERIFY(q.exec(u"SELECT id FROM accounts WHERE is_sandbox = 1"_s) && q.next());
        mms::CampaignStore store(*db);
        mms::CampaignStore::NewCampaign nc;
        nc.accountId = q.value(0).toLongLong();
        q.finish();
        nc.mmsid = u"M1"_s;
        nc.name = u"双十二预热"_s;
        QList<mms::VariableEntry> list;
        QRandomGenerator rng(12);
        static const char *const prefixes[] = {"138", "139", "150", "158", "186", "130", "133", "189", "135", "187"};
        QSet<QString> seen;
        while (list.size() < 3000) {
            const QString m = QString::fromLatin1(prefixes[rng.bounded(10)]) + u"%1"_s.arg(rng.bounded(100000000), 8, 10, QChar(u'0'));
            if (!seen.contains(m)) {
                seen.insert(m);
                list.append({m, {}});
            }
        }
        const qint64 id = *store.create(nc, list, 1000, &error);
        QStringList tasks;
        while (const auto b = store.claimNext(id, u"earlier"_s, &error)) {
            tasks << u"TR%1"_s.arg(b->seq);
            QVERIFY(store.setBatchState(b->id, mms::batch::Accepted, tasks.last(), 0, {}, &error));
        }
        QVERIFY(store.setState(id, mms::campaign::Completed, {}, &error));
        // Sent at 09:00 China time (the store keeps the computer's clock of each send).
        QVERIFY(q.exec(u"UPDATE batches SET claimed_at = '2026-12-04T01:00:00.000Z'"_s));
        QList<mms::ReportRecord> reports;
        for (int i = 0; i < 2600; ++i) {
            const int hour = 9 + (i * 7 + i / 100) % 12;
            reports.append({list.at(i).mobile, i % 8 == 7 ? (i % 16 == 7 ? u"UNDELIV"_s : u"MK:0005"_s) : u"DELIVRD"_s,
                            tasks.at(i / 1000), u"20261204%1%2000"_s.arg(hour, 2, 10, QChar(u'0')).arg(i % 60, 2, 10, QChar(u'0')), {}});
        }
        QVERIFY2(mms::Store(*db).storeReports(reports, &error), qPrintable(error));
        const QString sub = store.campaign(id)->sub;
        QList<mms::ReplyRecord> replies;
        for (int i = 0; i < 3000; i += 30)
            replies.append({list.at(i).mobile, sub, u"好的"_s, u"20261204200000"_s});
        QVERIFY(mms::Store(*db).storeReplies(replies, &error));
        auto *page = window.findChild<mms::ReportsPage *>();
        page->scheduleRefresh();

        // Reports → Results, by clicking its tab.
        auto *tabs = window.findChild<QTabWidget *>(u"reportsTabs"_s);
        auto *panel = window.findChild<QWidget *>(u"resultsPanel"_s);
        QVERIFY(tabs && panel);
        QTRY_VERIFY(window.findChild<QTableWidget *>(u"deliveryTable"_s)->rowCount() == 1);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tabs->indexOf(panel)).center());
        QCOMPARE(tabs->currentWidget(), panel);
        auto *table = window.findChild<QTableView *>(u"breakdownTable"_s);
        auto *by = window.findChild<QComboBox *>(u"breakdownBy"_s);
        auto *chart = window.findChild<mms::BreakdownChart *>(u"breakdownChart"_s);
        QAbstractItemModel *m = table->model();

        // By carrier: 移动, 联通, 电信 in that order, adding up to the 3,000 sent.
        QTRY_COMPARE(m->rowCount(), 3);
        QCOMPARE(m->index(0, 0).data().toString(), u"China Mobile"_s);
        qint64 sent = 0, delivered = 0;
        for (int r = 0; r < m->rowCount(); ++r) {
            sent += column(m, r, mms::BreakdownTableModel::Sent);
            delivered += column(m, r, mms::BreakdownTableModel::Delivered);
        }
        QCOMPARE(sent, 3000);
        QCOMPARE(delivered, 2600 - 2600 / 8);

        // By province: most sent first, each row adding up; a click on a header sorts by it.
        by->setFocus();
        QTest::keyClick(by, Qt::Key_Down);
        QTRY_COMPARE(by->currentIndex(), 1);
        QVERIFY(m->rowCount() > 20);
        // The province with most numbers, by the table itself.
        const auto segments = mms::NumberSegments::builtIn();
        QHash<QString, int> perProvince;
        for (const mms::VariableEntry &e : std::as_const(list))
            ++perProvince[segments->province(segments->areaOf(e.mobile))];
        perProvince.remove(QString());
        const auto most = std::max_element(perProvince.cbegin(), perProvince.cend());
        QCOMPARE(m->index(0, 0).data().toString(), most.key());
        QCOMPARE(column(m, 0, mms::BreakdownTableModel::Sent), *most);
        for (int r = 1; r < m->rowCount(); ++r)
            if (!m->index(r, 0).data().toString().isEmpty() && m->index(r, 0).data().toString() != u"Unknown"_s)
                QVERIFY(column(m, r - 1, mms::BreakdownTableModel::Sent) >= column(m, r, mms::BreakdownTableModel::Sent));
        auto *header = table->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(mms::BreakdownTableModel::DeliveryRate) + 5, header->height() / 2));
        // Sorted by delivery rate now, in one direction all the way down, and not all equal.
        const auto rate = [m](int r) { return m->index(r, mms::BreakdownTableModel::DeliveryRate).data(mms::BreakdownTableModel::SortRole).toDouble(); };
        const bool up = rate(0) <= rate(m->rowCount() - 1);
        QVERIFY(rate(0) != rate(m->rowCount() - 1));
        for (int r = 1; r < m->rowCount(); ++r)
            QVERIFY2(up ? rate(r - 1) <= rate(r) : rate(r - 1) >= rate(r), qPrintable(QString::number(r)));
        QCOMPARE(chart->categories().size(), mms::BreakdownChart::kMostGroups);

        // By hour: the report's own hours, the chart showing the whole day.
        QTest::keyClick(by, Qt::Key_Down);
        QTest::keyClick(by, Qt::Key_Down);
        QTRY_COMPARE(by->currentIndex(), 3);
        QCOMPARE(chart->categories().size(), 24);
        QCOMPARE(m->index(0, 0).data().toString(), u"09:00"_s);
        QTRY_COMPARE(m->rowCount(), 12);
        QCOMPARE(chart->chart()->title(), u"双十二预热 — Hour of the day (China time)"_s);
        if (qEnvironmentVariableIsSet("MMS_SCREENSHOTS")) {
            QCoreApplication::processEvents(); // the chart lays its title out on the next turn
            window.grab().save(qEnvironmentVariable("MMS_SCREENSHOTS") + u"/results.png"_s);
        }

        // The last 400 are reported now, at 21:xx: the table follows without a click.
        reports.clear();
        for (int i = 2600; i < 3000; ++i)
            reports.append({list.at(i).mobile, u"DELIVRD"_s, tasks.at(i / 1000), u"20261204213000"_s, {}});
        QVERIFY(mms::Store(*db).storeReports(reports, &error));
        page->scheduleRefresh();
        QTRY_COMPARE(m->rowCount(), 13);
        QCOMPARE(m->index(12, 0).data().toString(), u"21:00"_s);
        QCOMPARE(column(m, 12, mms::BreakdownTableModel::Delivered), 400);

        // Save the chart as a picture.
        const QString png = m_dir.filePath(u"chart"_s);
        mms::prompts::setNextFileName(png);
        QTest::mouseClick(window.findChild<QPushButton *>(u"saveChartButton"_s), Qt::LeftButton);
        QImage image(png + u".png"_s);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), chart->size() * 2);

        // Export results: the workbook a manager takes to the weekly meeting.
        const QString book = m_dir.filePath(u"results.xlsx"_s);
        mms::prompts::setNextFileName(book);
        auto *exportButton = window.findChild<QPushButton *>(u"exportResultsButton"_s);
        QVERIFY(exportButton->isEnabled());
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(book) && exportButton->isEnabled(), 20000);
        const QJsonArray sheets = testsupport::readWorkbook(book);
        QCOMPARE(sheets.size(), 6);
        const QJsonArray hours = sheets.at(4).toObject().value(u"rows"_s).toArray();
        QCOMPARE(hours.size(), 1 + 13 + 1); // header, 09:00-21:00, total
        QCOMPARE(hours.at(13).toArray().at(0).toArray().at(0).toString(), u"21:00"_s);
        QCOMPARE(sheets.at(5).toObject().value(u"rows"_s).toArray().size(), 3001);
        QCOMPARE(mms::Config().resultsBreakdown(), u"hour"_s); // shown again next time
    }

    void twoCampaignsSideBySide()
    {
        const QString path = m_dir.filePath(u"compare.sqlite"_s);
        mms::MainWindow window(path);
        window.resize(1280, 680);
        window.showArea(u"reports"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel *>(u"balanceLabel"_s)->property("balance").isValid(), 15000);
        QString error;
        auto db = mms::Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(sentCampaign(*db, u"周末 A"_s, 1000, 10, 20, 1)); // 90 % delivered, 50 replied
        QVERIFY(sentCampaign(*db, u"周末 B"_s, 500, 5, 10, 2));   // 80 % delivered, 50 replied
        window.findChild<mms::ReportsPage *>()->scheduleRefresh();
        auto *list = window.findChild<QTableWidget *>(u"deliveryTable"_s);
        QTRY_COMPARE(list->rowCount(), 2);
        auto *compare = window.findChild<QPushButton *>(u"compareButton"_s);
        QVERIFY(!compare->isEnabled());
        // The first row, then the second with Ctrl, as a user picks two campaigns.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0, 1)).center());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::ControlModifier, list->visualItemRect(list->item(1, 1)).center());
        QTRY_VERIFY(compare->isEnabled());
        QTest::mouseClick(compare, Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QDialog *>(u"compareDialog"_s)) && dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(u"compareTable"_s);
        QTRY_COMPARE(table->columnCount(), 2);
        QCOMPARE(table->horizontalHeaderItem(0)->text(), u"周末 A"_s);
        QCOMPARE(table->verticalHeaderItem(2)->text(), u"Delivery rate"_s);
        QCOMPARE(table->item(2, 0)->text(), u"90.0%"_s);
        QCOMPARE(table->item(2, 1)->text(), u"80.0%"_s);
        QCOMPARE(table->item(6, 0)->text(), u"5.0%"_s);  // reply rate
        QCOMPARE(table->item(6, 1)->text(), u"10.0%"_s);
        QCOMPARE(table->verticalHeaderItem(7)->text(), u"Cost per reply"_s);
        QVERIFY2(table->item(7, 0)->text().contains(u"20"_s), qPrintable(table->item(7, 0)->text())); // 1,000 sent / 50 replies
        QVERIFY2(table->item(7, 1)->text().contains(u"10"_s), qPrintable(table->item(7, 1)->text()));
        QCOMPARE(table->verticalHeaderItem(8)->text(), u"Failed with UNDELIV"_s);
        QCOMPARE(table->item(8, 1)->text(), u"20.0%"_s);
        if (qEnvironmentVariableIsSet("MMS_SCREENSHOTS")) {
            QCoreApplication::processEvents();
            dialog->grab().save(qEnvironmentVariable("MMS_SCREENSHOTS") + u"/compare.png"_s);
        }
        const QString png = m_dir.filePath(u"compared.png"_s);
        mms::prompts::setNextFileName(png);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveCompareChartButton"_s), Qt::LeftButton);
        QVERIFY(!QImage(png).isNull());
        // A refresh of the list keeps the two selected.
        QSignalSpy reloaded(window.campaignService(), &mms::CampaignService::reportsLoaded);
        window.findChild<mms::ReportsPage *>()->scheduleRefresh();
        QVERIFY(reloaded.wait(5000));
        QCoreApplication::processEvents(); // the list shown from what was read
        QCOMPARE(list->selectionModel()->selectedRows().size(), 2);
        QVERIFY(compare->isEnabled());
        dialog->close();
    }
};

QTEST_MAIN(TestResultsPanel)
#include "tst_resultspanel.moc"
