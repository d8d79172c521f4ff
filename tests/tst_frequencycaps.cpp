// Frequency caps (issue 20 part 2) against the simulator, on SQLite and on PostgreSQL: an
// audience of 2,000 reused by two campaigns, the same template skipped the same day (counted)
// and allowed the next (the clock injected), the daily and hourly caps across templates, what
// does not count (reported failed, decided as not sent, test sends), and the check made again
// as each batch is claimed.
#include "PgTestServer.h"
#include "audience/AudienceStore.h"
#include "campaign/CampaignRunner.h"
#include "campaign/DraftImport.h"
#include "import/RecipientFile.h"
#include "net/PlatformClient.h"
#include "reports/Exports.h"
#include "sim/PlatformSimulator.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/ReportWriter.h"
#include "storage/SendLedger.h"
#include "storage/Store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace mms;

class TestFrequencyCaps : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    const bool m_postgres;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<sim::PlatformSimulator> m_sim;
    qint64 m_accountId = 0;
    QStringList m_mmsids; // three approved templates
    int m_n = 0;

    Account account() const
    {
        Account a;
        a.name = u"sandbox"_s;
        a.baseUrl = m_sim->baseUrl();
        a.userid = a.username = u"300000"_s;
        a.password = u"123456"_s;
        return a;
    }
    static QDateTime china(int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 12, day), QTime(hour, minute), QTimeZone(8 * 3600)).toUTC();
    }
    static QString number(int i) { return u"1390000%1"_s.arg(i, 4, 10, QChar(u'0')); }

    // A campaign of numbers 0..count-1 made straight in the store (no import-time check): the
    // claim's check is all there is.
    qint64 makeDirect(int count, const QString &mmsid, const QString &caps, bool test = false, int from = 0)
    {
        QList<VariableEntry> list;
        for (int i = from; i < from + count; ++i)
            list.append({number(i), {}});
        CampaignStore::NewCampaign nc;
        nc.accountId = m_accountId;
        nc.mmsid = mmsid;
        nc.caps = caps;
        nc.isTest = test;
        QString error;
        const auto id = CampaignStore(*m_db).create(nc, list, 1000, &error);
        return id ? *id : 0;
    }
    DraftImportResult fromAudience(const QString &mmsid, const QString &caps, const QDateTime &now)
    {
        DraftImportRequest r;
        r.audience = u"会员"_s;
        r.campaign.accountId = m_accountId;
        r.campaign.mmsid = mmsid;
        r.campaign.caps = caps;
        r.now = now;
        return importDraft(*m_db, r);
    }
    // A file of numbers from..from+count-1 through the one draft path, at `now`.
    DraftImportResult importNumbers(int from, int count, const QString &mmsid, const QString &caps, const QDateTime &now)
    {
        QFile f(m_dir.filePath(u"list%1-%2-%3.txt"_s.arg(m_n).arg(from).arg(count)));
        f.open(QIODevice::WriteOnly);
        for (int i = from; i < from + count; ++i)
            f.write(number(i).toUtf8() + "\n");
        f.close();
        DraftImportRequest r;
        r.path = f.fileName();
        r.options = ImportOptions::fromSniff(sniffRecipientFile(r.path));
        r.campaign.accountId = m_accountId;
        r.campaign.mmsid = mmsid;
        r.campaign.caps = caps;
        r.now = now;
        return importDraft(*m_db, r);
    }
    // Sends the campaign at `now` to its end; the numbers the platform got, each with a count.
    QString run(qint64 id, const QDateTime &now)
    {
        CampaignRunner runner(*m_db, account());
        CampaignRunner::Policy p;
        p.requestsPerSecond = 1000;
        p.timeoutMs = 1500;
        runner.setPolicy(p);
        runner.setClock([now] { return now; });
        QSignalSpy finished(&runner, &CampaignRunner::finished);
        QString error;
        if (!runner.start(id, &error))
            return u"start failed: "_s + error;
        if (!finished.wait(30000))
            return u"did not finish"_s;
        return finished.at(0).at(1).toString();
    }
    QMap<QString, int> sent(int fromRequest = 0) const
    {
        QMap<QString, int> counts;
        const QJsonArray log = m_sim->sendLog();
        for (int i = fromRequest; i < log.size(); ++i)
            for (const QJsonValue &m : log.at(i).toObject().value(u"mobiles"_s).toArray())
                ++counts[m.toString()];
        return counts;
    }
    // Failure reports for numbers from..to-1 of the campaign's batch 1, applied as the receiver does.
    void reportFailed(qint64 campaignId, int from, int to)
    {
        const QString taskid = CampaignStore(*m_db).batches(campaignId).at(0).taskid;
        QList<ReportRecord> reports;
        for (int i = from; i < to; ++i)
            reports.append({number(i), u"UNDELIV"_s, taskid, u"20261203100500"_s, {}});
        ReportWriter writer(*m_db);
        QString error;
        QVERIFY2(writer.store(reports, &error), qPrintable(error));
        while (writer.applyOutcomes(10000, &error) > 0) {
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

public:
    explicit TestFrequencyCaps(bool postgres)
        : m_postgres(postgres)
    {
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QString where = m_dir.filePath(u"c%1.sqlite"_s.arg(++m_n));
        if (m_postgres) {
            testsupport::PgTestServer *server = testsupport::PgTestServer::instance(&error);
            QVERIFY2(server, qPrintable(error));
            where = server->createDatabase(u"caps%1"_s.arg(m_n), &error);
            QVERIFY2(!where.isEmpty(), qPrintable(error));
        }
        m_db = Database::open(where, &error);
        QVERIFY2(m_db, qPrintable(error));
        m_sim = std::make_unique<sim::PlatformSimulator>();
        QVERIFY(m_sim->listenLoopback());
        m_accountId = *Store(*m_db).saveAccount(account(), &error);
        PlatformClient client;
        client.setAccount(account());
        m_mmsids.clear();
        for (const QString &subject : {u"周末"_s, u"新品"_s, u"会员日"_s}) {
            MmsTemplate t;
            t.subject = subject;
            t.frames = {Frame{1000, {Attachment{u"1.txt"_s, subject.toUtf8() + " 您好"}}}};
            PlatformCall *call = client.saveTemplate(t);
            QSignalSpy spy(call, &PlatformCall::finished);
            QVERIFY(spy.wait(5000));
            QVERIFY(call->result().ok());
            m_mmsids << call->result().id;
        }
    }
    void cleanup()
    {
        m_sim.reset();
        m_db.reset();
    }

    void audienceSegmentsByPastOutcome()
    {
        // An audience of 2,000; the first 1,000 were sent to: 100 reported failed, 100 delivered
        // (10 of whom replied), the rest no report yet. Each segment is exactly those.
        QByteArray csv = "手机号码,姓名\n";
        for (int i = 0; i < 2000; ++i)
            csv += number(i).toUtf8() + ",客户" + QByteArray::number(i) + "\n";
        QFile f(m_dir.filePath(u"segments%1.csv"_s.arg(m_n)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        AudienceImportRequest ar;
        ar.name = u"会员"_s;
        ar.path = f.fileName();
        const FileSniff sniff = sniffRecipientFile(ar.path);
        ar.header = sniff.header;
        ar.options = ImportOptions::fromSniff(sniff);
        QVERIFY(importAudience(*m_db, ar).ok());
        const qint64 first = makeDirect(1000, m_mmsids.at(0), u"off"_s);
        QCOMPARE(run(first, china(7, 10)), campaign::Completed);
        reportFailed(first, 0, 100);
        const QString taskid = CampaignStore(*m_db).batches(first).at(0).taskid;
        QList<ReportRecord> delivered;
        for (int i = 100; i < 200; ++i)
            delivered.append({number(i), u"DELIVRD"_s, taskid, u"20261207100500"_s, {}});
        QString error;
        QVERIFY2(Store(*m_db).storeReports(delivered, &error), qPrintable(error));
        QList<ReplyRecord> replies;
        const QString sub = CampaignStore(*m_db).campaign(first)->sub;
        for (int i = 150; i < 160; ++i)
            replies.append({number(i), sub, u"好"_s, u"20261207110000"_s});
        QVERIFY(Store(*m_db).storeReplies(replies, &error));

        const auto segment = [&](PastOutcome outcome) {
            DraftImportRequest r;
            r.audience = u"会员"_s;
            r.pastOutcome = outcome;
            r.campaign.accountId = m_accountId;
            r.campaign.mmsid = m_mmsids.at(1);
            r.campaign.caps = u"off"_s;
            r.now = china(8, 10);
            return importDraft(*m_db, r);
        };
        const auto count = [&](const DraftImportResult &r) { return r.created() ? CampaignStore(*m_db).campaign(r.campaignId)->recipients : -1; };
        const DraftImportResult deliveredOnes = segment(PastOutcome::Delivered);
        QVERIFY2(deliveredOnes.created(), qPrintable(deliveredOnes.error));
        QCOMPARE(count(deliveredOnes), 100);
        QCOMPARE(deliveredOnes.segmentLeftOut, 1900);
        QCOMPARE(count(segment(PastOutcome::Failed)), 100);
        QCOMPARE(count(segment(PastOutcome::Replied)), 10);
        QCOMPARE(count(segment(PastOutcome::NeverSent)), 1000);
        QCOMPARE(count(segment(PastOutcome::Any)), 2000);
        // A segment nobody is in: a clear message, nothing made.
        const qint64 before = CampaignStore(*m_db).campaigns(m_accountId).size();
        AudienceImportRequest small = ar;
        small.name = u"新客"_s;
        QFile g(m_dir.filePath(u"new%1.csv"_s.arg(m_n)));
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("手机号码\n13900009998\n13900009999\n");
        g.close();
        small.path = g.fileName();
        small.header = sniffRecipientFile(small.path).header;
        small.options = ImportOptions::fromSniff(sniffRecipientFile(small.path));
        QVERIFY(importAudience(*m_db, small).ok());
        DraftImportRequest none;
        none.audience = u"新客"_s;
        none.pastOutcome = PastOutcome::Replied;
        none.campaign.accountId = m_accountId;
        none.campaign.mmsid = m_mmsids.at(1);
        none.campaign.caps = u"off"_s;
        const DraftImportResult empty = importDraft(*m_db, none);
        QCOMPARE(empty.outcome, DraftImportResult::Outcome::NoValidRecipients);
        QVERIFY2(empty.error.contains(u"segment"_s), qPrintable(empty.error));
        QCOMPARE(qint64(CampaignStore(*m_db).campaigns(m_accountId).size()), before);
    }

    void theSameTemplateOnceADayToAnAudienceReused()
    {
        QByteArray csv = "手机号码,姓名\n";
        for (int i = 0; i < 2000; ++i)
            csv += number(i).toUtf8() + ",客户" + QByteArray::number(i) + "\n";
        QFile f(m_dir.filePath(u"members%1.csv"_s.arg(m_n)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        AudienceImportRequest ar;
        ar.name = u"会员"_s;
        ar.path = f.fileName();
        const FileSniff sniff = sniffRecipientFile(ar.path);
        QVERIFY(sniff.ok());
        ar.header = sniff.header;
        ar.options = ImportOptions::fromSniff(sniff);
        QVERIFY(importAudience(*m_db, ar).ok());
        const QString caps = FrequencyCaps::standard().toString();

        // Monday 10:00: the audience gets the template.
        const DraftImportResult first = fromAudience(m_mmsids.at(0), caps, china(7, 10));
        QVERIFY2(first.created(), qPrintable(first.error));
        QCOMPARE(first.summary.capped, 0);
        QCOMPARE(run(first.campaignId, china(7, 10)), campaign::Completed);
        QCOMPARE(sent().size(), 2000);

        // 15:00 the same day, the same template: nobody is left, each counted with the reason.
        const DraftImportResult again = fromAudience(m_mmsids.at(0), caps, china(7, 15));
        QCOMPARE(again.outcome, DraftImportResult::Outcome::NoValidRecipients);
        QCOMPARE(again.summary.capped, 2000);
        QVERIFY2(again.error.contains(u"frequency caps"_s), qPrintable(again.error));
        QCOMPARE(again.summary.issues.size(), 2000);
        QCOMPARE(again.summary.issues.first().kind, RowIssue::Kind::Capped);
        QVERIFY(again.summary.issues.first().reason.contains(u"already got this template today"_s));
        QCOMPARE(CampaignStore(*m_db).campaigns(m_accountId).size(), 1); // nothing half-made

        // Another template the same day is allowed (1 of this one, 10 in all).
        const DraftImportResult other = fromAudience(m_mmsids.at(1), caps, china(7, 15));
        QVERIFY2(other.created(), qPrintable(other.error));
        QCOMPARE(other.summary.capped, 0);

        // Tuesday: the first template again, to everyone.
        const DraftImportResult tuesday = fromAudience(m_mmsids.at(0), caps, china(8, 9));
        QVERIFY2(tuesday.created(), qPrintable(tuesday.error));
        QCOMPARE(tuesday.summary.capped, 0);
        QCOMPARE(run(tuesday.campaignId, china(8, 9)), campaign::Completed);
        const QMap<QString, int> all = sent();
        QCOMPARE(all.size(), 2000);
        QCOMPARE(all.value(number(1999)), 2);
    }

    void theClaimChecksAgain()
    {
        // Two campaigns of the same template made before either sent (as two colleagues would):
        // the import saw nothing, the claim of the second's batches finds the first's sends.
        const QString caps = FrequencyCaps::standard().toString();
        const qint64 a = makeDirect(2500, m_mmsids.at(0), caps);
        const qint64 b = makeDirect(2500, m_mmsids.at(0), caps, false, 2000); // 2000..4499: 500 overlap
        QCOMPARE(run(a, china(7, 10)), campaign::Completed);
        QCOMPARE(run(b, china(7, 11)), campaign::Completed);
        const QMap<QString, int> counts = sent();
        QCOMPARE(counts.size(), 4500);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        const auto row = CampaignStore(*m_db).campaign(b);
        QCOMPARE(row->capped, 500);
        // b's first batch (2000..2999) lost its first 500, the rest kept going.
        const QList<BatchRow> bb = CampaignStore(*m_db).batches(b);
        QCOMPARE(bb.at(0).size, 500);
        QCOMPARE(bb.at(0).state, batch::Accepted);
        QCOMPARE(row->state, campaign::Completed);
        // The export of its recipients names the 500 too, as not sent, with the reason.
        const QString exported = m_dir.filePath(u"b%1.csv"_s.arg(m_n));
        QVERIFY(exportRecipients(*m_db, {b, RecipientFilter::All, {}}, exported).ok());
        QFile csv(exported);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QCOMPARE(int(text.count(u"not sent: already got this template today"_s)), 500);
        QVERIFY(text.contains(number(2000)));

        // A campaign wholly capped at the claim sends nothing and says why in its batches.
        const qint64 c = makeDirect(1000, m_mmsids.at(0), caps);
        const int before = int(m_sim->sendLog().size());
        QCOMPARE(run(c, china(7, 12)), campaign::Completed);
        QCOMPARE(int(m_sim->sendLog().size()), before);
        QCOMPARE(CampaignStore(*m_db).batches(c).at(0).state, batch::Cancelled);
        QVERIFY(CampaignStore(*m_db).batches(c).at(0).message.contains(u"frequency cap"_s));
        QCOMPARE(CampaignStore(*m_db).campaign(c)->capped, 1000);
        // Caps off (--ignore-caps) sends it, and that send counts for the next.
        const qint64 d = makeDirect(1000, m_mmsids.at(0), FrequencyCaps::off().toString());
        QCOMPARE(run(d, china(7, 12)), campaign::Completed);
        QCOMPARE(int(m_sim->sendLog().size()), before + 1);
    }

    void dailyAndHourlyCapsCountEveryTemplate()
    {
        // At most 2 messages a day, 1 an hour.
        const QString caps = u"1/2/1"_s;
        QCOMPARE(run(makeDirect(10, m_mmsids.at(0), caps), china(7, 9)), campaign::Completed);
        const qint64 sameHour = makeDirect(10, m_mmsids.at(1), caps);
        QCOMPARE(run(sameHour, china(7, 9, 30)), campaign::Completed);
        QCOMPARE(sent().size(), 10);
        QCOMPARE(CampaignStore(*m_db).campaign(sameHour)->capped, 10); // the hourly cap
        const qint64 nextHour = makeDirect(10, m_mmsids.at(1), caps);
        QCOMPARE(run(nextHour, china(7, 10, 5)), campaign::Completed);
        QCOMPARE(CampaignStore(*m_db).campaign(nextHour)->capped, 0);
        // A third template at 11:00: two already today.
        const DraftImportResult third = importNumbers(0, 10, m_mmsids.at(2), caps, china(7, 11));
        QCOMPARE(third.summary.capped, 10);
        QVERIFY(third.summary.issues.first().reason.contains(u"message(s) today"_s)
                || third.summary.issues.first().reason.contains(u"messages today"_s));
    }

    void failuresNotSentAndTestsDoNotCount()
    {
        const QString caps = FrequencyCaps::standard().toString();
        const qint64 a = makeDirect(1000, m_mmsids.at(0), caps);
        QCOMPARE(run(a, china(7, 10)), campaign::Completed);
        reportFailed(a, 0, 300); // 300 reported failed: they may get it again today
        // At import: the list of the same 1,000 keeps exactly the 300 (a batch's failures are
        // taken off the day's counts), nothing is made when nobody is left.
        const DraftImportResult listed = importNumbers(0, 1000, m_mmsids.at(0), caps, china(7, 10, 30));
        QVERIFY2(listed.created(), qPrintable(listed.error));
        QCOMPARE(listed.summary.valid, 300);
        QCOMPARE(listed.summary.capped, 700);
        QString dropped;
        QVERIFY(CampaignStore(*m_db).deleteCampaign(listed.campaignId, &dropped));
        const qint64 b = makeDirect(1000, m_mmsids.at(0), caps);
        QCOMPARE(run(b, china(7, 11)), campaign::Completed);
        QCOMPARE(CampaignStore(*m_db).campaign(b)->capped, 700);
        QCOMPARE(sent().value(number(0)), 2);
        QCOMPARE(sent().value(number(300)), 1);

        // A batch of unknown outcome counts until the user decides; decided as not sent, it
        // does not, so its own resend goes out.
        const qint64 c = makeDirect(100, m_mmsids.at(1), caps, false, 5000);
        m_sim->addFault(sim::Fault{sim::Fault::Kind::DropAfter, u"SendMmsTask"_s, 1, 0, 0});
        QCOMPARE(run(c, china(7, 12)), campaign::Attention);
        QCOMPARE(CampaignStore(*m_db).batches(c).at(0).state, batch::Unknown);
        const auto counts = SendLedger(*m_db).counts(m_accountId, m_mmsids.at(1), FrequencyCaps::chinaDay(china(7, 12)), nullptr);
        QVERIFY(counts);
        QCOMPARE(counts->value(SendLedger::key(number(5000))).sameTemplate, 1);
        QString error;
        QVERIFY(CampaignStore(*m_db).resolveUnknown(CampaignStore(*m_db).batches(c).at(0).id, true, &error));
        QVERIFY(!SendLedger(*m_db).counts(m_accountId, m_mmsids.at(1), FrequencyCaps::chinaDay(china(7, 12)), nullptr)
                     ->contains(SendLedger::key(number(5000))));
        const int before = int(m_sim->sendLog().size());
        QCOMPARE(run(c, china(7, 12)), campaign::Completed);
        QCOMPARE(sent(before).size(), 100);
        QCOMPARE(CampaignStore(*m_db).campaign(c)->capped, 0);

        // Test sends ignore caps and leave no trace for them.
        const qint64 t1 = makeDirect(5, m_mmsids.at(2), caps, true);
        const qint64 t2 = makeDirect(5, m_mmsids.at(2), caps, true);
        QCOMPARE(run(t1, china(7, 13)), campaign::Completed);
        QCOMPARE(run(t2, china(7, 13)), campaign::Completed);
        QCOMPARE(CampaignStore(*m_db).campaign(t2)->capped, 0);
        const qint64 real = makeDirect(5, m_mmsids.at(2), caps);
        QCOMPARE(run(real, china(7, 14)), campaign::Completed);
        QCOMPARE(CampaignStore(*m_db).campaign(real)->capped, 0);
    }

    void capsAreReadAndRefusedInWords()
    {
        QString error;
        QCOMPARE(FrequencyCaps::parse(u"1/10"_s, &error)->toString(), u"1/10/0"_s);
        QCOMPARE(FrequencyCaps::parse(u" 2 / 20 / 3 "_s, &error)->perHour(), 3);
        QVERIFY(FrequencyCaps::parse(u"off"_s, &error)->isOff());
        QVERIFY(FrequencyCaps::parse(QString(), &error)->isOff());
        QVERIFY(!FrequencyCaps::parse(u"0/10"_s, &error));
        QVERIFY2(error.contains(u"a cap of 0 would send nothing"_s), qPrintable(error));
        QVERIFY(!FrequencyCaps::parse(u"5/2"_s, &error));
        QVERIFY2(error.contains(u"more often"_s), qPrintable(error));
        QVERIFY(!FrequencyCaps::parse(u"1/10/11"_s, &error));
        QVERIFY(!FrequencyCaps::parse(u"daily"_s, &error));
        QVERIFY2(error.contains(u"1/10"_s), qPrintable(error));
        QCOMPARE(FrequencyCaps::chinaDay(QDateTime(QDate(2026, 12, 7), QTime(16, 30), Qt::UTC)), 20261208);
        QCOMPARE(FrequencyCaps::chinaHour(QDateTime(QDate(2026, 12, 7), QTime(16, 30), Qt::UTC)), 0);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        TestFrequencyCaps sqlite(false);
        failures += QTest::qExec(&sqlite, argc, argv);
    }
    if (!testsupport::PgTestServer::skipped()) {
        TestFrequencyCaps postgres(true);
        failures += QTest::qExec(&postgres, argc, argv);
        testsupport::PgTestServer::stop();
    }
    return failures;
}
#include "tst_frequencycaps.moc"
