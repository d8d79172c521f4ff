#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/CampaignStore.h"
#include "storage/Store.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace mms;

namespace {
Account sandbox()
{
    Account a;
    a.name = u"sandbox"_s;
    a.baseUrl = QUrl(u"http://127.0.0.1:1/mms/api/"_s);
    a.userid = a.username = u"300000"_s;
    a.password = u"123456"_s;
    a.isSandbox = true;
    return a;
}

MmsTemplate tpl()
{
    MmsTemplate t;
    t.subject = u"双十一大促"_s;
    t.frames = {Frame{5000, {Attachment{u"1.txt"_s, u"${Text1} 您好"_s.toUtf8()}}}};
    return t;
}
} // namespace

class TestStorage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void migratesFromEmptyAndIsIdempotent()
    {
        const QString path = m_dir.filePath(u"a/b/new.sqlite"_s);
        QString error;
        {
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(migrations::currentVersion(db->db(), &error), migrations::latestVersion());
            QSqlQuery q(db->db());
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM schema_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), migrations::steps().size());
        }
        auto again = Database::open(path, &error);
        QVERIFY2(again, qPrintable(error));
        QSqlQuery q(again->db());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM schema_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), migrations::steps().size());
    }
    void refusesANewerSchema()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        QString error;
        {
            auto db = Database::open(path, &error);
            QVERIFY(db);
            QSqlQuery q(db->db());
            QVERIFY(q.exec(u"INSERT INTO schema_version VALUES (999)"_s));
        }
        QVERIFY(!Database::open(path, &error));
        QVERIFY2(error.contains(u"newer MMS Studio"_s), qPrintable(error));
    }
    void refusesGarbageAndFolders()
    {
        const QString path = m_dir.filePath(u"garbage.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        QString error;
        QVERIFY(!Database::open(path, &error));
        QVERIFY2(error.contains(u"not an MMS Studio database"_s), qPrintable(error));
        QCOMPARE(f.size(), 4096); // left untouched
        QVERIFY(!Database::open(m_dir.path(), &error));
        QVERIFY(error.contains(u"directory"_s));
    }
    void accountsNeverKeepThePassword()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(u"acc.sqlite"_s), &error);
        Store store(*db);
        QVERIFY(store.saveAccount(sandbox(), &error));
        QVERIFY(store.saveAccount(sandbox(), &error)); // upsert
        QCOMPARE(store.accounts().size(), 1);
        const auto a = store.account(u"sandbox"_s);
        QVERIFY(a);
        QVERIFY(a->password.isEmpty());
        QVERIFY(a->isSandbox);
        db.reset();
        QFile raw(m_dir.filePath(u"acc.sqlite"_s));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QFile wal(m_dir.filePath(u"acc.sqlite-wal"_s));
        wal.open(QIODevice::ReadOnly);
        QVERIFY(!QByteArray(raw.readAll() + wal.readAll()).contains("123456"));
    }
    void templatesAndAudits()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(u"tpl.sqlite"_s), &error);
        Store store(*db);
        const qint64 acc = *store.saveAccount(sandbox(), &error);
        QVERIFY(store.addTemplate(acc, u"M1"_s, tpl(), "{}", &error));
        QVERIFY(store.recordAudit(AuditRecord{u"300000"_s, u"M1"_s, 1, u"通过"_s, 1}, &error));
        QVERIFY(store.recordAudit(AuditRecord{u"300000"_s, u"M1"_s, 2, u"含违规内容"_s, 3}, &error));
        QVERIFY(!store.recordAudit(AuditRecord{u"300000"_s, u"UNKNOWN"_s, 1, u"通过"_s, 2}, &error));
        QVERIFY(error.isEmpty());
        const auto list = store.templates(acc);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].subject, u"双十一大促"_s);
        QCOMPARE(list[0].variables, QStringList{u"Text1"_s});
        QCOMPARE(list[0].audits[0].status, 1);
        QCOMPARE(list[0].audits[1].status, 0);
        QCOMPARE(list[0].audits[2].status, 2);
        QCOMPARE(list[0].audits[2].message, u"含违规内容"_s);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(u"SELECT COUNT(*), SUM(template_id IS NULL) FROM audit_events"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 3); // the unmatched one is kept
        QCOMPARE(q.value(1).toInt(), 1);
    }
    void campaignsBatchesAndLinking()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(u"camp.sqlite"_s), &error);
        Store store(*db);
        const qint64 acc = *store.saveAccount(sandbox(), &error);
        QList<VariableEntry> recipients;
        for (int i = 0; i < 2500; ++i)
            recipients.append({u"138%1"_s.arg(i, 8, 10, QChar(u'0')), {{u"Text1"_s, u"客户%1"_s.arg(i)}}});
        CampaignStore campaigns(*db);
        CampaignStore::NewCampaign nc;
        nc.accountId = acc;
        nc.mmsid = u"M1"_s;
        nc.sub = u"001"_s;
        nc.personalised = true;
        nc.variables = {u"Text1"_s};
        const auto id = campaigns.create(nc, recipients, 1000, &error);
        QVERIFY2(id, qPrintable(error));
        const auto batches = campaigns.batches(*id);
        QCOMPARE(batches.size(), 3);
        QCOMPARE(batches[0].size, 1000);
        QCOMPARE(batches[2].size, 500);
        QCOMPARE(batches[2].state, u"pending"_s);
        const auto third = campaigns.batchRecipients(batches[2].id);
        QCOMPARE(third.size(), 500);
        QCOMPARE(third[0].mobile, u"13800002000"_s);
        QCOMPARE(third[0].params.value(u"Text1"_s), u"客户2000"_s);
        QVERIFY(campaigns.setBatchState(batches[0].id, u"accepted"_s, u"TASK1"_s, 0, u"提交成功"_s, &error));
        QCOMPARE(campaigns.campaign(*id)->state, campaign::Ready);
        QCOMPARE(campaigns.campaign(*id)->recipients, 2500);

        const auto stored = store.storeReports({ReportRecord{u"13800000005"_s, u"DELIVRD"_s, u"TASK1"_s, u"20251111101010"_s, {}},
                                                ReportRecord{u"13900000000"_s, u"UNDELIV"_s, u"NOPE"_s, u"20251111101010"_s, {}}},
                                               &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->stored, 2);
        QCOMPARE(stored->matched, 1);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(u"SELECT campaign_id, batch_id, recipient_id IS NOT NULL FROM reports ORDER BY id"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong(), *id);
        QCOMPARE(q.value(1).toLongLong(), batches[0].id);
        QVERIFY(q.value(2).toBool());
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull()); // unmatched, still kept

        const auto replies = store.storeReplies({ReplyRecord{u"13800000005"_s, u"001"_s, u"TD"_s, u"20251111101010"_s},
                                                 ReplyRecord{u"13800000005"_s, u"999"_s, u"?"_s, u"20251111101010"_s}},
                                                &error);
        QVERIFY(replies);
        QCOMPARE(replies->matched, 1);
        QCOMPARE(store.replyCount(), 2);
    }
    void aFailedCampaignInsertLeavesNothing()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(u"atomic.sqlite"_s), &error);
        Store store(*db);
        const qint64 acc = *store.saveAccount(sandbox(), &error);
        // The same number twice violates UNIQUE(campaign_id, mobile) half-way through.
        const QList<VariableEntry> recipients = {{u"13800000000"_s, {}}, {u"13800000001"_s, {}}, {u"13800000000"_s, {}}};
        CampaignStore campaigns(*db);
        CampaignStore::NewCampaign nc;
        nc.accountId = acc;
        nc.mmsid = u"M1"_s;
        QVERIFY(!campaigns.create(nc, recipients, 1000, &error));
        QVERIFY(!error.isEmpty());
        QSqlQuery q(db->db());
        QVERIFY(q.exec(u"SELECT (SELECT COUNT(*) FROM campaigns) + (SELECT COUNT(*) FROM batches) + (SELECT COUNT(*) FROM recipients)"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
