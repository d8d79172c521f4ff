// The console's reading side: the lazy recipient model over a large campaign (checked by
// QAbstractItemModelTester), filters, search, live refresh, and the CSV exports for Excel.
#include "reports/CsvWriter.h"
#include "reports/RecipientTableModel.h"
#include "reports/ReplyTableModel.h"
#include "reports/ReportService.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/ReplyPager.h"
#include "storage/Store.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include "import/RecipientImport.h"
#include <QTest>

#include "TestSupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace mms;

namespace {
constexpr int kRecipients = 100000;

QString mobile(int i)
{
    return u"139%1"_s.arg(i, 8, 10, QChar(u'0'));
}
} // namespace

class TestReports : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    qint64 m_campaign = 0;

    void report(int from, int to, const QString &status, int batchSeq)
    {
        QList<ReportRecord> records;
        for (int i = from; i < to; ++i)
            records.append({mobile(i), status, u"T%1"_s.arg(batchSeq), u"20261125101010"_s, {}});
        QString error;
        QVERIFY2(m_store->storeReports(records, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"reports.sqlite"_s);
        QString error;
        m_db = Database::open(m_path, &error);
        QVERIFY2(m_db, qPrintable(error));
        m_store = std::make_unique<Store>(*m_db);
        Account a;
        a.name = u"sandbox"_s;
        a.baseUrl = QUrl(u"http://127.0.0.1:1/"_s);
        a.userid = a.username = u"1"_s;
        const qint64 acc = *m_store->saveAccount(a, &error);
        QList<VariableEntry> recipients;
        for (int i = 0; i < kRecipients; ++i)
            recipients.append({mobile(i), {{u"Text1"_s, i == 7 ? u"=HYPERLINK(\"x\")"_s : u"客户%1"_s.arg(i)}}});
        CampaignStore campaigns(*m_db);
        CampaignStore::NewCampaign nc;
        nc.accountId = acc;
        nc.mmsid = u"M"_s;
        nc.sub = u"01"_s;
        nc.personalised = true;
        nc.variables = {u"Text1"_s};
        m_campaign = *campaigns.create(nc, recipients, 1000, &error);
        for (const BatchRow &b : campaigns.batches(m_campaign))
            if (b.seq <= 60) // 60,000 sent, the rest not yet
                QVERIFY(campaigns.setBatchState(b.id, u"accepted"_s, u"T%1"_s.arg(b.seq), 0, {}, &error));
        report(0, 900, u"DELIVRD"_s, 1);
        report(900, 1000, u"UNDELIV"_s, 1);
        report(59500, 60000, u"DELIVRD"_s, 60);
    }

    void lazyModelOverAHundredThousandRows()
    {
        ReportService service;
        service.open(m_path);
        RecipientTableModel model(&service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({m_campaign, RecipientFilter::All, {}});
        QTRY_COMPARE(model.rowCount(), kRecipients);
        // Rows come a page at a time, off this thread: first a placeholder, then the row.
        QCOMPARE(model.index(50000, RecipientTableModel::Number).data(RecipientTableModel::LoadedRole).toBool(), false);
        QTRY_COMPARE(model.index(50000, RecipientTableModel::Number).data().toString(), mobile(50000));
        QTRY_COMPARE(model.index(kRecipients - 1, RecipientTableModel::Number).data().toString(), mobile(kRecipients - 1));
        QCOMPARE(model.index(kRecipients - 1, RecipientTableModel::Status).data().toString(), u"Not sent yet"_s);
        QTRY_COMPARE(model.index(950, RecipientTableModel::Number).data().toString(), mobile(950));
        QVERIFY(model.index(950, RecipientTableModel::Status).data().toString().startsWith(u"Failed (UNDELIV)"_s));
        QCOMPARE(model.index(950, RecipientTableModel::Variables).data().toString(), u"Text1=客户950"_s);

        // Jumping through the whole table, as a scroll bar dragged end to end would.
        QSignalSpy fetched(&service, &ReportService::fetched);
        for (int row = 3; row < kRecipients; row += 4999) {
            while (!model.index(row, 0).data(RecipientTableModel::LoadedRole).toBool())
                QVERIFY(fetched.wait(5000));
            QCOMPARE(model.index(row, 0).data().toString(), mobile(row));
        }

        model.setQuery({m_campaign, RecipientFilter::Delivered, {}});
        QTRY_COMPARE(model.rowCount(), 1400);
        QTRY_COMPARE(model.index(1399, 0).data().toString(), mobile(59999));
        model.setQuery({m_campaign, RecipientFilter::Waiting, {}});
        QTRY_COMPARE(model.rowCount(), 60000 - 1500);
        model.setQuery({m_campaign, RecipientFilter::NotSent, {}});
        QTRY_COMPARE(model.rowCount(), 40000);
        model.setQuery({m_campaign, RecipientFilter::All, u"1390005999"_s});
        QTRY_COMPARE(model.rowCount(), 10);
        QTRY_COMPARE(model.index(0, 0).data().toString(), mobile(59990));

        // Live: new reports arrive, the same view is read again in place.
        model.setQuery({m_campaign, RecipientFilter::Failed, {}});
        QTRY_COMPARE(model.rowCount(), 100);
        report(1000, 1050, u"EXPIRED"_s, 2);
        model.refresh();
        QTRY_COMPARE(model.rowCount(), 150);
        QTRY_COMPARE(model.index(149, RecipientTableModel::Number).data().toString(), mobile(1049));
    }

    void detailAndTimeline()
    {
        ReportService service;
        service.open(m_path);
        QSignalSpy spy(&service, &ReportService::detailLoaded);
        service.loadDetail(m_campaign);
        QTRY_COMPARE(spy.size(), 1);
        const auto d = spy.at(0).at(0).value<CampaignDelivery>();
        QCOMPARE(d.sent, 60000);
        QCOMPARE(d.delivered, 1400);
        QCOMPARE(d.failed, 150);
        QCOMPARE(d.failures.value(u"EXPIRED"_s), 50);
        const auto timeline = spy.at(0).at(1).value<QList<DeliveryPoint>>();
        QCOMPARE(timeline.size(), 1);
        QCOMPARE(timeline.first().delivered, 1400);
    }

    void exportsForExcel()
    {
        ReportService service;
        service.open(m_path);
        QSignalSpy done(&service, &ReportService::exportFinished);
        const QString path = m_dir.filePath(u"failed.csv"_s);
        service.exportRecipients({m_campaign, RecipientFilter::All, {}}, path);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QCOMPARE(done.at(0).at(1).toInt(), kRecipients);
        QVERIFY(done.at(0).at(2).toString().isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        QVERIFY(all.startsWith("\xEF\xBB\xBF" "Number,Carrier,Status,Report code,Reported at,Replied,Text1\r\n"));
        QCOMPARE(all.count("\r\n"), kRecipients + 1);
        // Long numbers as ="…": Excel keeps them as text, every digit (and our import reads them back).
        QVERIFY(all.contains("\"=\"\"13900000000\"\"\","));
        QVERIFY(all.contains(",客户950\r\n"));
        // A cell that Excel would run as a formula is kept as text.
        QVERIFY(all.contains("\"'=HYPERLINK(\"\"x\"\")\"\r\n"));

        // Cancelled: no file at all, not half of one.
        const QString cancelled = m_dir.filePath(u"cancelled.csv"_s);
        service.exportRecipients({m_campaign, RecipientFilter::All, {}}, cancelled);
        service.cancelExport();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 30000);
        QVERIFY(done.at(1).at(3).toBool());
        QVERIFY(!QFile::exists(cancelled));

        // Replies, with Chinese text and a stranger's formula.
        QString error;
        QVERIFY(m_store->storeReplies({ReplyRecord{mobile(5), u"01"_s, u"退订，谢谢"_s, u"20261125102000"_s},
                                       ReplyRecord{mobile(6), u"01"_s, u"=1+1"_s, u"20261125102100"_s}},
                                      &error));
        const QString replies = m_dir.filePath(u"replies.csv"_s);
        service.exportReplies({}, replies);
        QTRY_COMPARE(done.size(), 3);
        QCOMPARE(done.at(2).at(1).toInt(), 2);
        QFile r(replies);
        QVERIFY(r.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(r.readAll());
        QVERIFY(text.contains(u"\"退订，谢谢\""_s) || text.contains(u",退订，谢谢,"_s));
        QVERIFY(text.contains(u",'=1+1,"_s));

        // The same as a workbook, read back by openpyxl: every number a text cell, a bold frozen
        // header (a few rows: openpyxl takes seconds for the whole 100,000).
        const QString workbook = m_dir.filePath(u"some.xlsx"_s);
        const RecipientQuery some{m_campaign, RecipientFilter::All, u"0000007"_s};
        const int someRows = RecipientPager(*m_db).count(some);
        QVERIFY(someRows >= 10);
        service.exportRecipients(some, workbook);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 4, 30000);
        QVERIFY(done.at(3).at(2).toString().isEmpty());
        const QJsonArray sheets = testsupport::readWorkbook(workbook);
        QCOMPARE(sheets.size(), 1);
        const QJsonObject sheet = sheets.at(0).toObject();
        QCOMPARE(sheet.value(u"freeze"_s).toString(), u"A2"_s);
        QVERIFY(sheet.value(u"bold"_s).toArray().at(0).toBool());
        const QJsonArray rows = sheet.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), someRows + 1);
        QCOMPARE(rows.at(0).toArray().at(0).toArray().at(0).toString(), u"Number"_s);
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const QJsonArray mobileCell = rows.at(r).toArray().at(0).toArray();
            QCOMPARE(mobileCell.at(1).toString(), u"s"_s); // text, not a number Excel would reformat
            QCOMPARE(mobileCell.at(0).toString().size(), 11);
        }
        const bool formulaKeptAsText = std::any_of(rows.cbegin(), rows.cend(), [](const QJsonValue &row) {
            const QJsonArray cells = row.toArray();
            return std::any_of(cells.cbegin(), cells.cend(), [](const QJsonValue &c) {
                return c.toArray().at(0).toString() == u"=HYPERLINK(\"x\")"_s && c.toArray().at(1).toString() == u"s"_s;
            });
        });
        QVERIFY2(formulaKeptAsText, "a stranger's formula is a text cell in the workbook");
        QVERIFY(sheet.value(u"widths"_s).toObject().value(u"A"_s).toDouble() >= 11);
        QVERIFY(QDir(m_dir.path()).entryList({u"*.part"_s}, QDir::Hidden | QDir::Files).isEmpty());

        // A folder that cannot be written: a clear error, nothing left behind.
        service.exportReplies({}, u"/proc/forbidden/replies.csv"_s);
        QTRY_COMPARE(done.size(), 5);
        QVERIFY(!done.at(4).at(2).toString().isEmpty());
        service.exportReplies({}, u"/proc/forbidden/replies.xlsx"_s);
        QTRY_COMPARE(done.size(), 6);
        QVERIFY(!done.at(5).at(2).toString().isEmpty());
    }

    void inboxFiltersAndPages()
    {
        // 5,000 replies in a store of their own: every one reachable, each filter's count true.
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(u"inbox.sqlite"_s), &error);
        QVERIFY2(db, qPrintable(error));
        Store store(*db);
        Account a;
        a.name = u"sandbox"_s;
        a.baseUrl = QUrl(u"http://127.0.0.1:1/"_s);
        a.userid = a.username = u"1"_s;
        const qint64 account = *store.saveAccount(a, &error);
        QList<VariableEntry> recipients;
        for (int i = 0; i < 5000; ++i)
            recipients.append({mobile(i), {}});
        CampaignStore campaigns(*db);
        CampaignStore::NewCampaign nc;
        nc.accountId = account;
        nc.mmsid = u"M"_s;
        nc.sub = u"01"_s;
        const qint64 campaign = *campaigns.create(nc, recipients, 1000, &error);
        for (const BatchRow &b : campaigns.batches(campaign))
            QVERIFY(campaigns.setBatchState(b.id, u"accepted"_s, u"T%1"_s.arg(b.seq), 0, {}, &error));
        QList<ReplyRecord> replies;
        int coupons = 0;
        for (int i = 0; i < 5000; ++i) {
            const QString text = i % 10 == 0 ? u" td "_s : i % 7 == 0 ? u"优惠券 %1"_s.arg(i) : u"好的 %1"_s.arg(i);
            coupons += i % 10 != 0 && i % 7 == 0 ? 1 : 0;
            replies.append({mobile(i), u"01"_s, text, u"202611"_s + QString::number(20 + i % 5) + u"100000"_s});
        }
        QVERIFY2(store.storeReplies(replies, &error), qPrintable(error));
        for (int i = 0; i < 50; ++i)
            QVERIFY(store.addToBlocklist(mobile(i * 3), u"manual"_s, &error));
        const ReplyPager pager(*db);
        const auto count = [&pager](const ReplyQuery &q) { return pager.count(q).value_or(-1); };
        QCOMPARE(count({}), 5000);
        ReplyQuery q;
        q.campaignId = campaign;
        QCOMPARE(count(q), 5000);
        q.campaignId = campaign + 1;
        QCOMPARE(count(q), 0);
        q = {};
        q.text = u"优惠券"_s;
        QCOMPARE(count(q), coupons);
        q.text = u"100%"_s; // LIKE's own characters are meant literally
        QCOMPARE(count(q), 0);
        q = {};
        q.optOutWords = {u"TD"_s, u"退订"_s}; // as auto-block reads them: trimmed, any case
        QCOMPARE(count(q), 500);
        q = {};
        q.blocked = ReplyQuery::Blocked::Yes;
        QCOMPARE(count(q), 50);
        q.blocked = ReplyQuery::Blocked::No;
        QCOMPARE(count(q), 4950);
        q = {};
        q.from = q.to = QDate(2026, 11, 21);
        QCOMPARE(count(q), 1000);
        q.to = QDate(2026, 11, 22);
        QCOMPARE(count(q), 2000);
        // Every reply reachable, newest first, page after page from the last one's id.
        QSet<qint64> seen;
        qint64 before = 0, previous = std::numeric_limits<qint64>::max();
        while (true) {
            const auto page = pager.page({}, 0, 700, before);
            QVERIFY(page);
            if (page->isEmpty())
                break;
            for (const ReplyRow &r : *page) {
                QVERIFY(r.id < previous);
                previous = r.id;
                seen.insert(r.id);
            }
            before = page->last().id;
        }
        QCOMPARE(seen.size(), 5000);
        QCOMPARE(pager.page({}, 4990, 200)->size(), 10); // a page by offset where the view jumps

        // The table model on the report thread, checked by Qt's model tester.
        ReportService service;
        service.open(dir.filePath(u"inbox.sqlite"_s));
        ReplyTableModel model(&service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &ReplyTableModel::countChanged);
        ReplyQuery blockedOnly;
        blockedOnly.blocked = ReplyQuery::Blocked::Yes;
        model.setQuery(blockedOnly);
        QTRY_COMPARE(counted.size(), 1);
        QCOMPARE(model.rowCount(), 50);
        model.setQuery({});
        QTRY_COMPARE(counted.size(), 2);
        QCOMPARE(model.rowCount(), 5000);
        const QModelIndex last = model.index(4999, ReplyTableModel::Reply);
        (void)model.data(last); // asks for the page
        QTRY_VERIFY(model.data(last, ReplyTableModel::LoadedRole).toBool());
        QCOMPARE(model.data(last, ReplyTableModel::MobileRole).toString(), mobile(0)); // the oldest
        QCOMPARE(model.data(last).toString(), u" td "_s);
        QVERIFY(model.data(last, ReplyTableModel::BlockedRole).toBool());
    }

    void csvFields()
    {
        QCOMPARE(CsvWriter::field(u"plain"_s), u"plain"_s);
        QCOMPARE(CsvWriter::field(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(CsvWriter::field(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(CsvWriter::field(u"two\nlines"_s), u"\"two\nlines\""_s);
        QCOMPARE(CsvWriter::field(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
        QCOMPARE(CsvWriter::field(u"-5"_s), u"-5"_s);
        QCOMPARE(CsvWriter::field(u"+8613800000000"_s), u"+8613800000000"_s);
        QCOMPARE(CsvWriter::field(u"-cmd"_s), u"'-cmd"_s);
        QCOMPARE(CsvWriter::field(u"\t=1+1"_s), u"'\t=1+1"_s);
        // A number first does not make the rest harmless.
        QCOMPARE(CsvWriter::field(u"-1+HYPERLINK(\"http://x\")"_s), u"\"'-1+HYPERLINK(\"\"http://x\"\")\""_s);
        QCOMPARE(CsvWriter::field(u"-2+3+cmd|' /C calc'!A0"_s), u"'-2+3+cmd|' /C calc'!A0"_s);
        QCOMPARE(CsvWriter::field(u"+86 138 0013 8000"_s), u"+86 138 0013 8000"_s);
        QCOMPARE(CsvWriter::field(u"=1"_s), u"'=1"_s);
        QCOMPARE(CsvWriter::field(u"13800138000"_s), u"\"=\"\"13800138000\"\"\""_s);
        QCOMPARE(CsvWriter::field(u"0755"_s), u"\"=\"\"0755\"\"\""_s);
        QCOMPARE(CsvWriter::field(u"1380013800"_s), u"1380013800"_s); // ten digits: Excel shows them all
        // The problem-rows CSV goes through the same guard.
        QTemporaryDir dir;
        QString error;
        QVERIFY(writeIssues(dir.filePath(u"issues.csv"_s), {RowIssue{2, u"=HYPERLINK(\"http://x\")"_s, u"bad"_s}}, &error));
        QFile issues(dir.filePath(u"issues.csv"_s));
        QVERIFY(issues.open(QIODevice::ReadOnly));
        QVERIFY2(issues.readAll().contains("2,\"'=HYPERLINK("), "the problem rows' cells are guarded too");
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
