#include "PgTestServer.h"
#include "audience/AudienceStore.h"
#include "import/RecipientFile.h"

#include "campaign/DraftImport.h"
#include "protocol/MmsTemplate.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace mms;

// The one path from a file to a draft campaign (wizard, mmsctl send, audiences): its rules,
// on SQLite and on PostgreSQL. Whatever does not end in a draft leaves no campaign behind.
class TestDraftImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    const bool m_postgres;
    testsupport::PgTestServer *m_server = nullptr;
    std::unique_ptr<Database> m_db;
    qint64 m_account = 0;
    int m_databases = 0;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    DraftImportRequest request(const QString &path, bool personalised = true)
    {
        DraftImportRequest r;
        r.path = path;
        r.options.hasHeader = true;
        r.options.mobileColumn = 0;
        if (personalised)
            r.options.variables = {{u"Text1"_s, 1}};
        r.campaign.accountId = m_account;
        r.campaign.mmsid = u"M1"_s;
        r.campaign.name = u"双十一"_s;
        return r;
    }
    int campaignCount() { return int(CampaignStore(*m_db).campaigns(m_account).size()); }
    int recipientRows()
    {
        QSqlQuery q(m_db->db());
        if (!q.exec(u"SELECT COUNT(*) FROM recipients"_s) || !q.next())
            qFatal("cannot count recipients");
        return q.value(0).toInt();
    }

public:
    explicit TestDraftImport(bool postgres)
        : m_postgres(postgres)
    {
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (m_postgres) {
            QString error;
            m_server = testsupport::PgTestServer::instance(&error);
            QVERIFY2(m_server, qPrintable(error));
        }
    }
    void init()
    {
        // A fresh store for every test function.
        QString error;
        const QString name = u"draft%1"_s.arg(++m_databases);
        const QString where = m_postgres ? m_server->createDatabase(name, &error) : m_dir.filePath(name + u".sqlite"_s);
        QVERIFY2(!where.isEmpty(), qPrintable(error));
        m_db = Database::open(where, &error);
        QVERIFY2(m_db, qPrintable(error));
        Account a;
        a.name = u"sandbox"_s;
        a.baseUrl = QUrl(u"http://127.0.0.1:1/mms/api/"_s);
        a.userid = a.username = u"300000"_s;
        a.isSandbox = true;
        m_account = *Store(*m_db).saveAccount(a, &error);
        MmsTemplate t;
        t.subject = u"大促"_s;
        t.frames = {Frame{3000, {Attachment{u"1.txt"_s, u"${Text1} 您好"_s.toUtf8()}}}};
        QVERIFY2(Store(*m_db).addTemplate(m_account, u"M1"_s, t, {}, &error), qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void createsADraftWithItsBatchesAndProblems()
    {
        QByteArray csv = "手机号,姓名\n";
        for (int i = 0; i < 2500; ++i)
            csv += "1380000" + QByteArray::number(i).rightJustified(4, '0') + ",客户" + QByteArray::number(i) + "\n";
        csv += "12345,坏号码\n13800000000,重复\n13900000001,已退订\n";
        QString error;
        QVERIFY(Store(*m_db).addToBlocklist(u"13900000001"_s, u"TD"_s, &error));
        DraftImportRequest r = request(writeFile(u"ok.csv"_s, csv));
        r.options.blocklist = {}; // the store's blocklist applies whatever the caller gives
        int lastProgress = -1;
        const DraftImportResult result = importDraft(*m_db, r, [&](int permille) {
            lastProgress = permille;
            return true;
        });
        QVERIFY2(result.created(), qPrintable(result.error));
        QCOMPARE(lastProgress, 1000);
        QCOMPARE(result.summary.valid, 2500);
        QCOMPARE(result.summary.invalid, 1);
        QCOMPARE(result.summary.duplicates, 1);
        QCOMPARE(result.summary.blocked, 1);
        const auto row = CampaignStore(*m_db).campaign(result.campaignId);
        QVERIFY(row);
        QCOMPARE(row->recipients, 2500);
        QCOMPARE(row->variables, QStringList{u"Text1"_s}); // from the mapping, not from the caller
        QVERIFY(row->personalised);
        QCOMPARE(row->accountId, m_account);
        QCOMPARE(CampaignStore(*m_db).batches(result.campaignId).size(), 3);
    }

    void audiencesKeepTheirColumnsAndMakeCampaigns()
    {
        // A customer list kept as an audience (2,000 numbers, two columns), replaced, added to,
        // and made into two campaigns through the same draft path as a file.
        QByteArray csv = "姓名,手机号码,门店\n";
        for (int i = 0; i < 2000; ++i)
            csv += "客户" + QByteArray::number(i) + ",1380000" + QByteArray::number(i).rightJustified(4, '0') + "," + (i % 3 ? "朝阳店" : "") + "\n";
        csv += "坏号码,12345,x\n";
        const QString path = writeFile(u"customers.csv"_s, csv);
        AudienceImportRequest ar;
        ar.name = u"会员"_s;
        ar.path = path;
        const FileSniff sniff = sniffRecipientFile(path);
        QVERIFY(sniff.ok());
        ar.header = sniff.header;
        ar.options = ImportOptions::fromSniff(sniff);
        const AudienceImportResult imported = importAudience(*m_db, ar);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.members, 2000); // empty 门店 cells are kept, the bad row is not
        QCOMPARE(imported.summary.invalid, 1);
        AudienceStore audiences(*m_db);
        const auto row = audiences.find(u"会员"_s);
        QVERIFY(row);
        QCOMPARE(row->columns, (QStringList{u"姓名"_s, u"门店"_s}));
        QCOMPARE(row->members, 2000);

        // Add: 10 new numbers and one known, whose values change; the rest stay.
        QByteArray more = "手机号码,姓名,生日\n";
        for (int i = 1995; i < 2006; ++i)
            more += "1380000" + QByteArray::number(i).rightJustified(4, '0') + ",新" + QByteArray::number(i) + ",1990-01-01\n";
        ar.path = writeFile(u"more.csv"_s, more);
        const FileSniff moreSniff = sniffRecipientFile(ar.path);
        ar.header = moreSniff.header;
        ar.options = ImportOptions::fromSniff(moreSniff);
        ar.mode = AudienceImportRequest::Mode::Add;
        QCOMPARE(importAudience(*m_db, ar).members, 2006);
        QCOMPARE(audiences.find(u"会员"_s)->columns, (QStringList{u"姓名"_s, u"门店"_s, u"生日"_s}));

        // Nothing valid: nothing changes.
        ar.path = writeFile(u"bad.csv"_s, "手机号码\n12345\n");
        ar.header = sniffRecipientFile(ar.path).header;
        ar.options = ImportOptions::fromSniff(sniffRecipientFile(ar.path));
        ar.mode = AudienceImportRequest::Mode::Replace;
        const AudienceImportResult refused = importAudience(*m_db, ar);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(u"no valid number"_s), qPrintable(refused.error));
        QCOMPARE(audiences.find(u"会员"_s)->members, 2006);

        // Two campaigns from it; the blocklist applies to the second one's making.
        DraftImportRequest dr;
        dr.audience = u"会员"_s;
        dr.options.variables = {{u"Text1"_s, 1}}; // column 1: 姓名
        dr.campaign.accountId = m_account;
        dr.campaign.mmsid = u"M1"_s;
        const DraftImportResult first = importDraft(*m_db, dr);
        QVERIFY2(first.created(), qPrintable(first.error));
        QCOMPARE(first.summary.valid, 2006);
        QString error;
        QVERIFY(Store(*m_db).addToBlocklist(u"13800000007"_s, u"TD"_s, &error));
        const DraftImportResult second = importDraft(*m_db, dr);
        QVERIFY(second.created());
        QCOMPARE(second.summary.valid, 2005);
        QCOMPARE(second.summary.blocked, 1);
        QCOMPARE(campaignCount(), 2);
        QSqlQuery q(m_db->db());
        QVERIFY(q.exec(u"SELECT params FROM recipients WHERE mobile = '13800001999' AND campaign_id = %1"_s.arg(second.campaignId)) && q.next());
        QVERIFY2(q.value(0).toString().contains(u"新1999"_s), qPrintable(q.value(0).toString()));
        // A template variable with no column, or an audience that is not there: refused, nothing made.
        dr.options.variables.clear();
        QCOMPARE(importDraft(*m_db, dr).outcome, DraftImportResult::Outcome::MissingVariables);
        dr.options.variables = {{u"Text1"_s, 1}};
        dr.audience = u"没有这个"_s;
        QCOMPARE(importDraft(*m_db, dr).outcome, DraftImportResult::Outcome::Unreadable);
        QCOMPARE(campaignCount(), 2);
        QVERIFY(audiences.remove(u"会员"_s, &error));
        QVERIFY(!audiences.find(u"会员"_s));
        QVERIFY(!audiences.remove(u"会员"_s, &error));
    }
    void emptyValuesLeaveNoCampaignUnlessLeftOut()
    {
        const QString path = writeFile(u"empty.csv"_s, "手机号,姓名\n13800000001,张三\n13800000002,\n13800000003,王五\n");
        const DraftImportResult refused = importDraft(*m_db, request(path));
        QCOMPARE(refused.outcome, DraftImportResult::Outcome::EmptyValues);
        QCOMPARE(refused.campaignId, 0);
        QCOMPARE(refused.summary.blockingRows, 1);
        QVERIFY(!refused.summary.issues.isEmpty()); // the rows to fix are still told
        QCOMPARE(refused.summary.issues.first().line, 3);
        QVERIFY(!refused.error.isEmpty());
        QCOMPARE(campaignCount(), 0);
        QCOMPARE(recipientRows(), 0);

        DraftImportRequest leaveOut = request(path);
        leaveOut.options.skipRowsWithEmptyValues = true;
        const DraftImportResult created = importDraft(*m_db, leaveOut);
        QVERIFY2(created.created(), qPrintable(created.error));
        QCOMPARE(created.summary.valid, 2);
        QCOMPARE(campaignCount(), 1);
    }

    void aTemplateVariableWithoutValueIsRefusedBeforeReading()
    {
        // The file does not even exist: the mapping is checked first.
        const DraftImportResult r = importDraft(*m_db, request(m_dir.filePath(u"missing.csv"_s), false));
        QCOMPARE(r.outcome, DraftImportResult::Outcome::MissingVariables);
        QCOMPARE(r.missingVariables, QStringList{u"Text1"_s});
        QCOMPARE(campaignCount(), 0);
        // A shared value is a value too.
        DraftImportRequest shared = request(writeFile(u"plain.txt"_s, "手机号\n13800000001\n"), false);
        shared.campaign.sharedVars = {{u"Text1"_s, u"朋友"_s}};
        const DraftImportResult ok = importDraft(*m_db, shared);
        QVERIFY2(ok.created(), qPrintable(ok.error));
        QVERIFY(!CampaignStore(*m_db).campaign(ok.campaignId)->personalised);
    }

    void unreadableOrEmptyFilesLeaveNothing()
    {
        const DraftImportResult missing = importDraft(*m_db, request(m_dir.filePath(u"nowhere.csv"_s)));
        QCOMPARE(missing.outcome, DraftImportResult::Outcome::Unreadable);
        QVERIFY(missing.error.contains(u"nowhere.csv"_s));
        const DraftImportResult none = importDraft(*m_db, request(writeFile(u"bad.csv"_s, "手机号,姓名\n123,张三\nabc,李四\n")));
        QCOMPARE(none.outcome, DraftImportResult::Outcome::NoValidRecipients);
        QCOMPARE(none.summary.invalid, 2);
        QCOMPARE(campaignCount(), 0);
    }

    void aCancelLeavesNothing()
    {
        QByteArray csv = "手机号,姓名\n";
        for (int i = 0; i < 60000; ++i)
            csv += "138" + QByteArray::number(10000000 + i) + ",客户\n";
        int calls = 0;
        const DraftImportResult r = importDraft(*m_db, request(writeFile(u"big.csv"_s, csv)), [&](int) { return ++calls < 2; });
        QCOMPARE(r.outcome, DraftImportResult::Outcome::Cancelled);
        QCOMPARE(campaignCount(), 0);
        QCOMPARE(recipientRows(), 0);
    }

    void anUnreadableBlocklistStopsTheImport()
    {
        // A blocklist that cannot be read must not pass for an empty one (it would send to
        // those who opted out).
        QSqlQuery q(m_db->db());
        QVERIFY(q.exec(u"DROP TABLE blocklist"_s));
        const DraftImportResult r = importDraft(*m_db, request(writeFile(u"one.csv"_s, "手机号,姓名\n13800000001,张三\n")));
        QCOMPARE(r.outcome, DraftImportResult::Outcome::StorageFailed);
        QVERIFY(r.error.contains(u"blocklist"_s));
        QCOMPARE(campaignCount(), 0);
    }

    void cleanupTestCase() { m_db.reset(); }

    // A campaign of 3,000: batch 1 accepted (900 delivered, 100 failed), batch 2 accepted with no
    // report yet, batch 3 refused by the platform.
    qint64 sentCampaign()
    {
        QList<VariableEntry> list;
        for (int i = 0; i < 3000; ++i)
            list.append({u"139%1"_s.arg(i, 8, 10, QChar(u'0')), {{u"Text1"_s, u"客户%1"_s.arg(i)}}});
        CampaignStore::NewCampaign nc;
        nc.accountId = m_account;
        nc.mmsid = u"M1"_s;
        nc.name = u"双十二"_s;
        nc.sub = u"77"_s;
        nc.personalised = true;
        nc.variables = {u"Text1"_s};
        nc.sendWindow = u"09:00-21:00"_s;
        QString error;
        CampaignStore store(*m_db);
        const auto id = store.create(nc, list, 1000, &error);
        if (!id)
            qFatal("%s", qPrintable(error));
        for (int seq = 1; seq <= 3; ++seq) {
            const auto b = store.claimNext(*id, u"test"_s, &error);
            if (!b || !store.setBatchState(b->id, seq == 3 ? batch::Rejected : batch::Accepted, u"T%1"_s.arg(seq), 0, {}, &error))
                qFatal("%s", qPrintable(error));
        }
        QList<ReportRecord> reports;
        for (int i = 0; i < 1000; ++i)
            reports.append({list.at(i).mobile, i < 900 ? u"DELIVRD"_s : u"UNDELIV"_s, u"T1"_s, u"20261203101010"_s, {}});
        if (!Store(*m_db).storeReports(reports, &error))
            qFatal("%s", qPrintable(error));
        return *id;
    }
    QStringList mobilesOf(qint64 campaignId, QStringList *texts = nullptr)
    {
        QStringList out;
        CampaignStore store(*m_db);
        for (const BatchRow &b : store.batches(campaignId))
            for (const VariableEntry &e : store.batchRecipients(b.id, {u"Text1"_s})) {
                out << e.mobile;
                if (texts)
                    *texts << e.params.value(u"Text1"_s);
            }
        return out;
    }
    void resendGoesToExactlyThoseNotReached()
    {
        const qint64 id = sentCampaign();
        QString error;
        // Someone who failed has since opted out: the blocklist applies to a resend too.
        QVERIFY(Store(*m_db).addToBlocklist(u"13900000950"_s, u"TD"_s, &error));
        ResendCounts counts;
        auto request = makeResendRequest(*m_db, id, ResendScope::Failed, QDateTime::currentDateTimeUtc(), {}, &counts, &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(counts.failed, 100);
        QCOMPARE(counts.total(), 100); // --failed counts nothing else
        QCOMPARE(counts.earlierResends, 0);
        const DraftImportResult failed = importDraft(*m_db, *request);
        QVERIFY2(failed.created(), qPrintable(failed.error));
        QCOMPARE(failed.summary.blocked, 1);
        QStringList texts;
        const QStringList mobiles = mobilesOf(failed.campaignId, &texts);
        QCOMPARE(mobiles.size(), 99);
        for (int i = 0; i < mobiles.size(); ++i) {
            const int n = mobiles.at(i).mid(3).toInt();
            QVERIFY2(n >= 900 && n < 1000 && n != 950, qPrintable(mobiles.at(i)));
            QCOMPARE(texts.at(i), u"客户%1"_s.arg(n)); // each keeps its own values
        }
        const auto c = CampaignStore(*m_db).campaign(failed.campaignId);
        QCOMPARE(c->state, campaign::Ready);
        QCOMPARE(c->sub, u"77"_s);
        QCOMPARE(c->sendWindow, u"09:00-21:00"_s);
        QCOMPARE(c->mmsid, u"M1"_s);
        QVERIFY(c->name.contains(u"双十二"_s));
        QCOMPARE(c->source, u"resend:%1:failed"_s.arg(id));

        // Unreached: also batch 2 (no report by the cut-off) and batch 3 (refused: never sent).
        request = makeResendRequest(*m_db, id, ResendScope::Unreached, QDateTime::currentDateTimeUtc().addSecs(60), {}, &counts, &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(counts.failed, 100);
        QCOMPARE(counts.noReport, 1000);
        QCOMPARE(counts.notSent, 1000);
        const DraftImportResult unreached = importDraft(*m_db, *request);
        QVERIFY2(unreached.created(), qPrintable(unreached.error));
        QCOMPARE(mobilesOf(unreached.campaignId).size(), 2099);
        QVERIFY(!mobilesOf(unreached.campaignId).contains(u"13900000000"_s)); // delivered: not again

        // Reports may still come for a batch accepted a minute ago: not counted as unreached yet.
        QVERIFY(makeResendRequest(*m_db, id, ResendScope::Unreached, QDateTime::currentDateTimeUtc().addSecs(-3600), {}, &counts, &error));
        QCOMPARE(counts.noReport, 0);
        QCOMPARE(counts.notSent, 1000);
        QCOMPARE(counts.earlierResends, 2); // the two made above: a warning for a third
    }
    void resendRefusals()
    {
        const qint64 id = sentCampaign();
        QString error;
        ResendCounts counts;
        QVERIFY(!makeResendRequest(*m_db, id + 100, ResendScope::Failed, {}, {}, &counts, &error));
        QVERIFY(error.contains(u"no campaign"_s));
        // Another template that needs a value the campaign never had: nothing is made.
        MmsTemplate t;
        t.subject = u"新品"_s;
        t.frames = {Frame{3000, {Attachment{u"1.txt"_s, u"${Text1} ${Text2}"_s.toUtf8()}}}};
        QVERIFY(Store(*m_db).addTemplate(m_account, u"M2"_s, t, {}, &error));
        const int before = campaignCount();
        auto request = makeResendRequest(*m_db, id, ResendScope::Failed, {}, u"M2"_s, &counts, &error);
        QVERIFY(request);
        DraftImportResult r = importDraft(*m_db, *request);
        QCOMPARE(r.outcome, DraftImportResult::Outcome::MissingVariables);
        QCOMPARE(campaignCount(), before);
        // Everyone failed is blocked now: nobody to send to, said so, nothing made.
        for (int i = 900; i < 1000; ++i)
            QVERIFY(Store(*m_db).addToBlocklist(u"139%1"_s.arg(i, 8, 10, QChar(u'0')), u"TD"_s, &error));
        request = makeResendRequest(*m_db, id, ResendScope::Failed, {}, {}, &counts, &error);
        r = importDraft(*m_db, *request);
        QCOMPARE(r.outcome, DraftImportResult::Outcome::NoValidRecipients);
        QVERIFY2(r.error.contains(u"Nobody to send to again"_s), qPrintable(r.error));
        QCOMPARE(campaignCount(), before);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        TestDraftImport sqlite(false);
        failures += QTest::qExec(&sqlite, argc, argv);
    }
    if (!testsupport::PgTestServer::skipped()) {
        TestDraftImport postgres(true);
        failures += QTest::qExec(&postgres, argc, argv);
        testsupport::PgTestServer::stop();
    }
    return failures;
}
#include "tst_draftimport.moc"
