#include "PgTestServer.h"

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
