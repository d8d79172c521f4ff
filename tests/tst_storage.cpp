#include "PgTestServer.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/CampaignStore.h"
#include "storage/Store.h"
#include "storage/StoreWatcher.h"
#include "storage/ReportWriter.h"
#include "storage/SqlHelpers.h"
#include "storage/RecipientPager.h"
#include "storage/ReportStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QMutex>
#include <QThread>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSignalSpy>
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

// Every test runs twice: on the embedded SQLite store and on a throw-away PostgreSQL server.
class TestStorage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    const bool m_postgres;
    testsupport::PgTestServer *m_server = nullptr;

    // A new, empty store called `name` on this run's backend.
    QString location(const QString &name)
    {
        if (!m_postgres)
            return m_dir.filePath(name + u".sqlite"_s);
        QString error;
        const QString where = m_server->createDatabase(name, &error);
        if (where.isEmpty())
            qFatal("cannot create the database %s: %s", qPrintable(name), qPrintable(error));
        return where;
    }
    // A connection outside mms::Database, to build an old schema by hand.
    QSqlDatabase rawConnection(const QString &where, const QString &connectionName)
    {
        if (!m_postgres) {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
            raw.setDatabaseName(where);
            return raw;
        }
        const QUrl url(where);
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
        raw.setHostName(url.host());
        raw.setPort(url.port());
        raw.setUserName(url.userName());
        raw.setDatabaseName(url.path().mid(1));
        return raw;
    }

public:
    explicit TestStorage(bool postgres)
        : m_postgres(postgres)
    {
    }

private Q_SLOTS:
    void displayLocationHidesPasswords()
    {
        // Whatever the password holds, unencoded, none of it is shown.
        for (const QString &password : {u"s3cret"_s, u"pa/ss"_s, u"p#ss"_s, u"p?ss"_s, u"p@ss"_s, u"a:b"_s, u"x/y#z?w@v"_s}) {
            const QString shown = Database::displayLocation(u"postgresql://mms:%1@db.example:5432/mms"_s.arg(password));
            QCOMPARE(shown, u"postgresql://mms@db.example:5432/mms"_s);
        }
        QCOMPARE(Database::displayLocation(u"postgresql://db.example/mms"_s), u"postgresql://db.example/mms"_s);
        QCOMPARE(Database::displayLocation(u"/home/me/mmsstudio.sqlite"_s), u"/home/me/mmsstudio.sqlite"_s);
    }
    void initTestCase()
    {
        if (!m_postgres)
            return;
        QString error;
        m_server = testsupport::PgTestServer::instance(&error);
        QVERIFY2(m_server, qPrintable(error));
    }

    void migratesFromEmptyAndIsIdempotent()
    {
        const QString path = m_postgres ? location(u"new"_s) : m_dir.filePath(u"a/b/new.sqlite"_s);
        QString error;
        {
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(db->backend(), m_postgres ? Database::Backend::Postgres : Database::Backend::SQLite);
            QCOMPARE(migrations::currentVersion(db->db(), &error), migrations::latestVersion());
            QSqlQuery q(db->db());
            if (!m_postgres) {
                QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
                QCOMPARE(q.value(0).toString(), u"wal"_s);
            }
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM schema_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), migrations::steps().size());
        }
        auto again = Database::open(path, &error);
        QVERIFY2(again, qPrintable(error));
        QSqlQuery q(again->db());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM schema_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), migrations::steps().size());
    }
    // One connection migrating a big store holds the write lock longer than SQLite's 5 s busy
    // timeout: the studio's other connections wait for it instead of failing as "locked".
    void aLongMigrationIsWaitedFor()
    {
        if (m_postgres)
            QSKIP("PostgreSQL's writer lock is waited for without a limit");
        const QString path = location(u"longmigration"_s);
        QSqlDatabase raw = rawConnection(path, u"holder"_s);
        QVERIFY(raw.open());
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"PRAGMA journal_mode=WAL"_s)); // as every store the studio made
            QVERIFY(q.exec(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s));
            for (const auto &step : migrations::steps()) {
                if (step.version == migrations::latestVersion())
                    break;
                for (const migrations::Statement &statement : step.statements)
                    QVERIFY2(q.exec(statement.text(raw)), qPrintable(statement.text(raw)));
                QVERIFY(q.exec(u"INSERT INTO schema_version VALUES (%1)"_s.arg(step.version)));
            }
            QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s)); // as a migration copying a big table
        }
        QString error;
        bool opened = false;
        QThread *opener = QThread::create([&] { opened = Database::open(path, &error) != nullptr; });
        opener->start();
        QVERIFY(!opener->wait(6000)); // past the busy timeout, still waiting
        QVERIFY(raw.commit());
        QVERIFY(opener->wait(20000));
        delete opener;
        QVERIFY2(opened, qPrintable(error));
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"holder"_s);
    }
    void connectionsOpeningAtOnceMigrateOnce()
    {
        // The studio opens the same new file from several threads at start (campaigns,
        // balance, receiver, reports): each step must run once, whoever gets there first, and
        // switching the new file to WAL must wait for the others rather than fail as "locked".
        for (int round = 0; round < (m_postgres ? 8 : 40); ++round) {
            const QString path = location(u"race%1"_s.arg(round));
            QList<QThread *> threads;
            QStringList errors;
            QMutex lock;
            for (int i = 0; i < 6; ++i)
                threads << QThread::create([&] {
                    QString error;
                    auto db = Database::open(path, &error);
                    QMutexLocker locked(&lock);
                    if (!db)
                        errors << error;
                });
            for (QThread *t : std::as_const(threads))
                t->start();
            for (QThread *t : std::as_const(threads)) {
                QVERIFY(t->wait(20000));
                delete t;
            }
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
            QString error;
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->db());
            QVERIFY(q.exec(u"SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), migrations::steps().size());
            QCOMPARE(q.value(1).toInt(), migrations::steps().size());
        }
    }
    void refusesANewerSchema()
    {
        const QString path = location(u"newer"_s);
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
        if (m_postgres) {
            // What goes wrong with a server: no server there, a bad address; the password is
            // never part of the message.
            QString error;
            QVERIFY(!Database::open(u"postgresql://mms:s3cret@127.0.0.1:1/nothing"_s, &error));
            QVERIFY2(error.contains(u"cannot connect to postgresql://mms@127.0.0.1:1/nothing"_s), qPrintable(error));
            QVERIFY(!error.contains(u"s3cret"_s));
            QVERIFY(!Database::open(u"postgresql://127.0.0.1:%1"_s.arg(m_server->port()), &error));
            QVERIFY2(error.contains(u"not a PostgreSQL address"_s), qPrintable(error));
            // Another application's database (a mistyped name): refused and left as it was.
            const QString other = location(u"someoneelses"_s);
            {
                QSqlDatabase raw = rawConnection(other, u"other"_s);
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                QVERIFY(q.exec(u"CREATE TABLE customers (id INTEGER)"_s));
                raw.close();
            }
            QSqlDatabase::removeDatabase(u"other"_s);
            QVERIFY(!Database::open(other, &error));
            QVERIFY2(error.contains(u"already holds tables of its own (1)"_s) && error.contains(u"left untouched"_s), qPrintable(error));
            QVERIFY(m_server->admin(u"SELECT 1"_s, &error));
            {
                QSqlDatabase raw = rawConnection(other, u"other"_s);
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                QVERIFY(q.exec(u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"_s) && q.next());
                QCOMPARE(q.value(0).toInt(), 1); // no MMS Studio table added
                raw.close();
            }
            QSqlDatabase::removeDatabase(u"other"_s);
            return;
        }
        const QString path = location(u"garbage"_s);
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
        auto db = Database::open(location(u"acc"_s), &error);
        Store store(*db);
        QVERIFY(store.saveAccount(sandbox(), &error));
        QVERIFY(store.saveAccount(sandbox(), &error)); // upsert
        QCOMPARE(store.accounts().size(), 1);
        const auto a = store.account(u"sandbox"_s);
        QVERIFY(a);
        QVERIFY(a->password.isEmpty());
        QVERIFY(a->isSandbox);
        if (m_postgres) {
            QSqlQuery q(db->db());
            QVERIFY(q.exec(u"SELECT * FROM accounts"_s));
            while (q.next())
                for (int i = 0; i < q.record().count(); ++i)
                    QVERIFY(!q.value(i).toString().contains(u"123456"_s));
            return;
        }
        db.reset();
        QFile raw(m_dir.filePath(u"acc.sqlite"_s));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QFile wal(m_dir.filePath(u"acc.sqlite-wal"_s));
        if (wal.exists())
            QVERIFY(wal.open(QIODevice::ReadOnly));
        QVERIFY(!QByteArray(raw.readAll() + (wal.isOpen() ? wal.readAll() : QByteArray())).contains("123456"));
    }
    void templatesAndAudits()
    {
        QString error;
        auto db = Database::open(location(u"tpl"_s), &error);
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
        QVERIFY(q.exec(u"SELECT COUNT(*), COUNT(*) FILTER (WHERE template_id IS NULL) FROM audit_events"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 3); // the unmatched one is kept
        QCOMPARE(q.value(1).toInt(), 1);
    }
    void campaignsBatchesAndLinking()
    {
        QString error;
        auto db = Database::open(location(u"camp"_s), &error);
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
    // The import writes every row's values as JSON bytes by hand and relaxes the connection
    // for its own transaction: the values must come back exactly, and the connection must be
    // itself again afterwards (foreign keys on: deleting a campaign takes its recipients).
    void importedValuesComeBackExactlyAndTheConnectionIsRestored()
    {
        QString error;
        auto db = Database::open(location(u"values"_s), &error);
        Store store(*db);
        CampaignStore campaigns(*db);
        CampaignStore::NewCampaign nc;
        nc.accountId = *store.saveAccount(sandbox(), &error);
        nc.mmsid = u"M1"_s;
        nc.personalised = true;
        nc.variables = {u"Text1"_s, u"Text2"_s};
        const QStringList nasty = {u"说\"你好\""_s, u"C:\\路径\\"_s, u"两行\n文字\r\t"_s, QString(QChar(1)) + u"\x1f"_s,
                                   u"😀 emoji 𠀀"_s, QString(QChar(0xD800)) + u"x"_s, u"é ü ß"_s, QString()};
        // As the studio imports a file: the sink's own transaction.
        const auto id = campaigns.createDraft(nc, &error);
        QVERIFY2(id, qPrintable(error));
        {
            CampaignRecipientSink sink(*db, *id, nc.variables);
            QVERIFY(sink.begin());
            for (int i = 0; i < nasty.size(); ++i)
                QVERIFY(sink.add(u"1380013800%1"_s.arg(i), {nasty.at(i), u"店%1"_s.arg(i)}));
            QVERIFY2(sink.commit(), qPrintable(sink.error()));
            QVERIFY(campaigns.finalize(*id, &error));
        }
        // A cancelled import's rows go, and its connection is restored too.
        const auto cancelled = campaigns.createDraft(nc, &error);
        {
            CampaignRecipientSink sink(*db, *cancelled, nc.variables);
            QVERIFY(sink.begin());
            QVERIFY(sink.add(u"13900139000"_s, {u"a"_s, u"b"_s}));
            QVERIFY(sink.flush());
            sink.rollback();
        }
        const auto back = campaigns.batchRecipients(campaigns.batches(*id).at(0).id);
        QCOMPARE(back.size(), nasty.size());
        for (int i = 0; i < nasty.size(); ++i) {
            // A lone half of a surrogate pair cannot be stored as UTF-8: it becomes U+FFFD.
            const QString expected = QString(nasty.at(i)).replace(QChar(0xD800), QChar(0xFFFD));
            QCOMPARE(back.at(i).params.value(u"Text1"_s), expected);
            QCOMPARE(back.at(i).params.value(u"Text2"_s), u"店%1"_s.arg(i));
        }
        QCOMPARE(paramsJson({u"Text1"_s}, {u"a\"b"_s}), u"{\"Text1\":\"a\\\"b\"}"_s);

        QSqlQuery q(db->db());
        if (!m_postgres) {
            QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 1000);
        }
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM recipients WHERE campaign_id = %1"_s.arg(*cancelled)) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(campaigns.deleteCampaign(*id, &error));
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM recipients"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    void abandonedDraftsGo()
    {
        QString error;
        auto db = Database::open(location(u"drafts"_s), &error);
        Store store(*db);
        CampaignStore campaigns(*db);
        CampaignStore::NewCampaign nc;
        nc.accountId = *store.saveAccount(sandbox(), &error);
        nc.mmsid = u"M1"_s;
        const qint64 old = *campaigns.createDraft(nc, &error);
        const qint64 fresh = *campaigns.createDraft(nc, &error);
        const qint64 sent = *campaigns.create(nc, {{u"13800138000"_s, {}}}, 1000, &error);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(u"UPDATE campaigns SET updated_at = '2026-01-01T00:00:00.000Z' WHERE id IN (%1, %2)"_s.arg(old).arg(sent)));
        QCOMPARE(campaigns.dropAbandonedDrafts(3600, &error), 1);
        QVERIFY(!campaigns.campaign(old));
        QVERIFY(campaigns.campaign(fresh)); // perhaps still importing elsewhere
        QVERIFY(campaigns.campaign(sent));  // not a draft
    }
    // Reports whose send is not known when they are applied are kept and noted, then linked
    // when the send becomes known: its answer stored late, or a batch of unknown outcome that
    // the reports show did arrive, counted as sent by the user.
    void reportsLinkedWhenTheirSendBecomesKnown()
    {
        QString error;
        auto db = Database::open(location(u"late"_s), &error);
        Store store(*db);
        const qint64 acc = *store.saveAccount(sandbox(), &error);
        QList<VariableEntry> recipients;
        for (int i = 0; i < 2000; ++i)
            recipients.append({u"137%1"_s.arg(i, 8, 10, QChar(u'0')), {}});
        CampaignStore campaigns(*db);
        CampaignStore::NewCampaign nc;
        nc.accountId = acc;
        nc.mmsid = u"M1"_s;
        const qint64 id = *campaigns.create(nc, recipients, 1000, &error);
        const auto batches = campaigns.batches(id);
        QVERIFY(campaigns.setBatchState(batches[0].id, u"inflight"_s, {}, 0, {}, &error));
        QVERIFY(campaigns.setBatchState(batches[1].id, u"unknown"_s, {}, 0, u"timed out"_s, &error));
        auto value = [&](const QString &sql) {
            QSqlQuery q(db->db());
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        };

        // Batch 1's reports before its answer is stored; batch 2's under a send nobody here knows.
        const auto stored = store.storeReports({{u"13700000001"_s, u"DELIVRD"_s, u"LATE"_s, u"20261129101010"_s, {}},
                                                {u"13700000002"_s, u"UNDELIV"_s, u"LATE"_s, u"20261129101010"_s, {}},
                                                {u"13700001001"_s, u"DELIVRD"_s, u"LOST"_s, u"20261129101010"_s, {}},
                                                {u"13700001002"_s, u"DELIVRD"_s, u"LOST"_s, u"20261129101010"_s, {}},
                                                {u"13700001003"_s, u"EXPIRED"_s, u"LOST"_s, u"20261129101010"_s, {}},
                                                {u"13900000000"_s, u"DELIVRD"_s, u"NOPE"_s, u"20261129101010"_s, {}}},
                                               &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->matched, 0);
        QCOMPARE(value(u"SELECT COUNT(*) FROM reports WHERE campaign_id IS NULL"_s), 6);
        QCOMPARE(value(u"SELECT COUNT(*) FROM unmatched_tasks"_s), 3);
        // The unknown batch shows that the platform reported on 3 of its numbers.
        QCOMPARE(campaigns.batches(id)[1].reportedNumbers, 3);
        QCOMPARE(campaigns.batches(id)[0].reportedNumbers, 0);
        QCOMPARE(campaigns.evidence(batches[1].id)->taskid, u"LOST"_s);
        QCOMPARE(campaigns.batches(id)[1].evidenceTaskId, u"LOST"_s); // the source, named to the user

        // The answer arrives: its reports are linked and counted.
        QVERIFY(campaigns.setBatchState(batches[0].id, u"accepted"_s, u"LATE"_s, 0, {}, &error));
        QCOMPARE(value(u"SELECT COUNT(*) FROM reports WHERE taskid = 'LATE' AND recipient_id IS NOT NULL"_s), 2);
        QCOMPARE(value(u"SELECT delivered * 10 + failed FROM batches WHERE id = %1"_s.arg(batches[0].id)), 11);
        QCOMPARE(value(u"SELECT delivery = 'DELIVRD' FROM recipients WHERE mobile = '13700000001'"_s), 1);
        QCOMPARE(value(u"SELECT COUNT(*) FROM unmatched_tasks WHERE taskid = 'LATE'"_s), 0);

        // The user counts the unknown batch as sent: the reports' send becomes its own.
        QVERIFY(campaigns.resolveUnknown(batches[1].id, false, &error));
        const BatchRow second = campaigns.batches(id)[1];
        QCOMPARE(second.state, u"accepted"_s);
        QCOMPARE(second.taskid, u"LOST"_s);
        QCOMPARE(value(u"SELECT COUNT(*) FROM reports WHERE taskid = 'LOST' AND batch_id = %1 AND recipient_id IS NOT NULL"_s
                           .arg(batches[1].id)), 3);
        QCOMPARE(value(u"SELECT delivered * 10 + failed FROM batches WHERE id = %1"_s.arg(batches[1].id)), 21);
        // The unknown send stays noted and unlinked.
        QCOMPARE(value(u"SELECT COUNT(*) FROM unmatched_tasks"_s), 1);
        QCOMPARE(value(u"SELECT COUNT(*) FROM reports WHERE campaign_id IS NULL"_s), 1);
        QCOMPARE(ReportStore(*db).delivery(id).delivered, 3);

        // Counted as sent without taking the reports' task (the user did not trust them): the
        // batch is accepted, its task stays unknown, and those reports change no recipient.
        const qint64 other = *campaigns.create(nc, recipients, 1000, &error);
        const auto more = campaigns.batches(other);
        QVERIFY(campaigns.setBatchState(more[1].id, u"unknown"_s, {}, 0, u"timed out"_s, &error));
        QVERIFY(store.storeReports({{u"13700001004"_s, u"DELIVRD"_s, u"FORGED"_s, u"20261129101010"_s, {}}}, &error));
        QCOMPARE(campaigns.batches(other)[1].evidenceTaskId, u"FORGED"_s);
        QVERIFY(campaigns.resolveUnknown(more[1].id, false, &error, false));
        QCOMPARE(campaigns.batches(other)[1].state, u"accepted"_s);
        QVERIFY(campaigns.batches(other)[1].taskid.isEmpty());
        QCOMPARE(value(u"SELECT COUNT(*) FROM reports WHERE taskid = 'FORGED' AND recipient_id IS NOT NULL"_s), 0);
        QCOMPARE(ReportStore(*db).delivery(other).delivered, 0);
    }
    // An import writes rows in file order on a thread of its own while the file is read, with
    // no index; each batch knows its rows by id range. A batch's numbers go into the (batch,
    // number) index only when it may leave, and reports and searches still find every number.
    void importedRowsInFileOrderAndIndexedWhenClaimed()
    {
        QString error;
        auto db = Database::open(location(u"stream"_s), &error);
        QVERIFY2(db, qPrintable(error));
        Store store(*db);
        CampaignStore campaigns(*db);
        CampaignStore::NewCampaign nc;
        nc.accountId = *store.saveAccount(sandbox(), &error);
        nc.mmsid = u"M1"_s;
        nc.sub = u"01"_s;
        nc.personalised = true;
        nc.variables = {u"Text1"_s};
        // Numbers in no order, more than the writer's queue holds: the reader waits for it.
        constexpr int kRows = 40500;
        auto number = [](int i) { return u"139%1"_s.arg((qint64(i) * 7919 + 13) % kRows, 8, 10, QChar(u'0')); };
        const qint64 id = *campaigns.createDraft(nc, &error);
        {
            CampaignRecipientSink sink(*db, id, nc.variables);
            QVERIFY(sink.begin());
            for (int i = 0; i < kRows; ++i)
                QVERIFY2(sink.add(number(i), {u"客户%1"_s.arg(i)}), qPrintable(sink.error()));
            QVERIFY2(sink.commit(), qPrintable(sink.error()));
        }
        QVERIFY(campaigns.finalize(id, &error));
        const QList<BatchRow> batches = campaigns.batches(id);
        QCOMPARE(batches.size(), 41);
        int row = 0;
        for (const BatchRow &b : batches) {
            const QList<VariableEntry> in = campaigns.batchRecipients(b.id);
            QCOMPARE(b.size, b.seq < 41 ? 1000 : 500);
            QCOMPARE(in.size(), b.size);
            for (const VariableEntry &e : in) { // every row once, in the file's order
                QCOMPARE(e.mobile, number(row));
                QCOMPARE(e.params.value(u"Text1"_s), u"客户%1"_s.arg(row));
                ++row;
            }
        }
        QCOMPARE(row, kRows);
        auto value = [&](const QString &sql) {
            QSqlQuery q(db->db());
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        };
        QCOMPARE(value(u"SELECT COUNT(*) FROM recipients WHERE indexed = 1"_s), 0);
        // A search by a whole number reads the batches that never left.
        RecipientPager pager(*db);
        QCOMPARE(pager.count({id, RecipientFilter::All, number(1500)}), 1);
        QCOMPARE(pager.page({id, RecipientFilter::All, number(1500)}, 0, 10).value(0).mobile, number(1500));
        QCOMPARE(pager.count({id, RecipientFilter::All, u"13612345678"_s}), 0);

        // The first batch is claimed: its numbers, and only they, are indexed.
        const auto claimed = campaigns.claimNext(id, u"test"_s, &error);
        QVERIFY2(claimed, qPrintable(error));
        QCOMPARE(claimed->id, batches[0].id);
        QCOMPARE(value(u"SELECT COUNT(*) FROM recipients WHERE indexed = 1"_s), 1000);
        QCOMPARE(value(u"SELECT COUNT(*) FROM recipients WHERE indexed = 1 AND batch_id <> %1"_s.arg(batches[0].id)), 0);
        QVERIFY(campaigns.setBatchState(batches[0].id, batch::Accepted, u"T1"_s, 0, {}, &error));
        // Found through the index now, and still once; a number of another batch is not.
        QCOMPARE(pager.count({id, RecipientFilter::All, number(5)}), 1);
        QCOMPARE(pager.page({id, RecipientFilter::All, number(5)}, 0, 10).value(0).mobile, number(5));
        QCOMPARE(pager.count({id, RecipientFilter::All, number(1500)}), 1);
        const auto stored = store.storeReports({ReportRecord{number(5), u"DELIVRD"_s, u"T1"_s, u"20261129101010"_s, {}},
                                                ReportRecord{number(1500), u"DELIVRD"_s, u"T1"_s, u"20261129101010"_s, {}}},
                                               &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(value(u"SELECT COUNT(*) FROM reports WHERE recipient_id IS NOT NULL"_s), 1);
        QCOMPARE(value(u"SELECT mobile FROM recipients WHERE delivery = 'DELIVRD'"_s), number(5).toLongLong());
        // A reply from a number of the sent batch finds its campaign; one of an unsent batch does not.
        const auto replies = store.storeReplies({ReplyRecord{number(7), u"01"_s, u"好"_s, u"20261129101010"_s},
                                                 ReplyRecord{number(2000), u"01"_s, u"?"_s, u"20261129101010"_s}},
                                                &error);
        QVERIFY2(replies, qPrintable(error));
        QCOMPARE(replies->matched, 1);

        // An import cancelled half-way: the writer stops, nothing stays, the connection works on.
        const qint64 cancelled = *campaigns.createDraft(nc, &error);
        {
            CampaignRecipientSink sink(*db, cancelled, nc.variables);
            QVERIFY(sink.begin());
            for (int i = 0; i < 30000; ++i)
                QVERIFY(sink.add(u"137%1"_s.arg(i, 8, 10, QChar(u'0')), {u"x"_s}));
            sink.rollback();
        }
        QCOMPARE(value(u"SELECT COUNT(*) FROM recipients WHERE campaign_id = %1"_s.arg(cancelled)), 0);
        QCOMPARE(value(u"SELECT COUNT(*) FROM batches WHERE campaign_id = %1"_s.arg(cancelled)), 0);
        QVERIFY(campaigns.deleteCampaign(cancelled, &error));
        QVERIFY(campaigns.deleteCampaign(id, &error));
        QCOMPARE(value(u"SELECT COUNT(*) FROM recipients"_s), 0);
        QCOMPARE(value(u"SELECT COUNT(*) FROM reports WHERE recipient_id IS NOT NULL"_s), 0); // the link went with it
    }
    // The console's view of a campaign: outcomes kept per recipient and counted per batch,
    // filtered pages, the timeline, and auto-blocked opt-out replies.
    void outcomesPagesAndAutoBlock()
    {
        QString error;
        auto db = Database::open(location(u"outcomes"_s), &error);
        Store store(*db);
        const qint64 acc = *store.saveAccount(sandbox(), &error);
        QList<VariableEntry> recipients;
        for (int i = 0; i < 2500; ++i)
            recipients.append({u"138%1"_s.arg(i, 8, 10, QChar(u'0')), {{u"Text1"_s, u"客户%1"_s.arg(i)}}});
        CampaignStore campaigns(*db);
        CampaignStore::NewCampaign nc;
        nc.accountId = acc;
        nc.mmsid = u"M1"_s;
        nc.sub = u"007"_s;
        nc.personalised = true;
        nc.variables = {u"Text1"_s};
        const qint64 id = *campaigns.create(nc, recipients, 1000, &error);
        const auto batches = campaigns.batches(id);
        QVERIFY(campaigns.setBatchState(batches[0].id, u"accepted"_s, u"T1"_s, 0, {}, &error));
        QVERIFY(campaigns.setBatchState(batches[1].id, u"accepted"_s, u"T2"_s, 0, {}, &error));
        // batch 3 (500) never sent
        QList<ReportRecord> reports;
        for (int i = 0; i < 600; ++i) // batch 1: 600 delivered
            reports.append({u"138%1"_s.arg(i, 8, 10, QChar(u'0')), u"DELIVRD"_s, u"T1"_s, u"20251111101000"_s, {}});
        for (int i = 1000; i < 1100; ++i) // batch 2: 100 failed at first…
            reports.append({u"138%1"_s.arg(i, 8, 10, QChar(u'0')), u"UNDELIV"_s, u"T2"_s, u"20251111101100"_s, {}});
        QVERIFY(store.storeReports(reports, &error));
        reports.clear();
        for (int i = 1000; i < 1040; ++i) // …40 of them delivered on a retry
            reports.append({u"138%1"_s.arg(i, 8, 10, QChar(u'0')), u"DELIVRD"_s, u"T2"_s, u"20251111101300"_s, {}});
        for (int i = 0; i < 10; ++i) // a late failure does not undo a delivery
            reports.append({u"138%1"_s.arg(i, 8, 10, QChar(u'0')), u"EXPIRED"_s, u"T1"_s, u"20251111101300"_s, {}});
        reports.append({u"13800001050"_s, u"EXPIRED"_s, u"T2"_s, u"20251111101300"_s, {}}); // failed, then another failure
        QVERIFY(store.storeReports(reports, &error));

        ReportStore rs(*db);
        const CampaignDelivery d = rs.delivery(id);
        QCOMPARE(d.sent, 2000);
        QCOMPARE(d.delivered, 640);
        QCOMPARE(d.failed, 60);
        QCOMPARE(d.waiting, 1300);
        QCOMPARE(d.failures.value(u"UNDELIV"_s), 59);
        QCOMPARE(d.failures.value(u"EXPIRED"_s), 1);
        QCOMPARE(d.conflicts, 10); // the late failures after a delivery: counted, the delivery kept

        RecipientPager pager(*db);
        auto count = [&](RecipientFilter f, const QString &search = {}) { return pager.count({id, f, search}); };
        QCOMPARE(count(RecipientFilter::All), 2500);
        QCOMPARE(count(RecipientFilter::Delivered), 640);
        QCOMPARE(count(RecipientFilter::Failed), 60);
        QCOMPARE(count(RecipientFilter::Waiting), 1300);
        QCOMPARE(count(RecipientFilter::NotSent), 500);
        QCOMPARE(count(RecipientFilter::All, u"０００１２３４"_s), 1); // full-width digits, as typed by an input method
        QCOMPARE(count(RecipientFilter::All, u"138-0000-024"_s), 10); // 0240..0249
        // A whole number, looked up in the index: with the filter, and paged.
        QCOMPARE(count(RecipientFilter::All, u"+86 138 0000 1040"_s.mid(4)), 1);
        QCOMPARE(count(RecipientFilter::Failed, u"13800001040"_s), 1);
        QCOMPARE(count(RecipientFilter::Delivered, u"13800001040"_s), 0);
        QCOMPARE(count(RecipientFilter::All, u"13900001040"_s), 0);
        QCOMPARE(pager.page({id, RecipientFilter::All, u"13800001040"_s}, 0, 5).size(), 1);
        QCOMPARE(pager.page({id, RecipientFilter::All, u"13800001040"_s}, 0, 5).first().delivery, u"UNDELIV"_s);
        // Pages placed through the batch counts equal a plain OFFSET over the same rows.
        for (RecipientFilter f : {RecipientFilter::All, RecipientFilter::Delivered, RecipientFilter::Failed,
                                  RecipientFilter::Waiting, RecipientFilter::NotSent}) {
            const int n = count(f);
            QStringList all;
            for (const RecipientRow &r : pager.page({id, f, {}}, 0, 3000))
                all << r.mobile;
            QCOMPARE(all.size(), n);
            for (int offset : {0, 1, 599, 600, 999, 1000, 1999, n - 3}) {
                if (offset < 0 || offset >= n)
                    continue;
                const auto rows = pager.page({id, f, {}}, offset, 7);
                QCOMPARE(rows.size(), qMin(7, n - offset));
                for (int k = 0; k < rows.size(); ++k)
                    QCOMPARE(rows[k].mobile, all[offset + k]);
            }
        }
        const auto failedRows = pager.page({id, RecipientFilter::Failed, {}}, 0, 1);
        QCOMPARE(failedRows.first().mobile, u"13800001040"_s);
        QCOMPARE(failedRows.first().delivery, u"UNDELIV"_s);
        QCOMPARE(failedRows.first().params.value(u"Text1"_s), u"客户1040"_s);
        QCOMPARE(pager.page({id, RecipientFilter::NotSent, {}}, 0, 1).first().batchState, u"pending"_s);

        const auto timeline = rs.timeline(id);
        QCOMPARE(timeline.size(), 3);
        QCOMPARE(timeline.last().delivered, 640);
        QCOMPARE(timeline.last().failed, 60);
        QCOMPARE(timeline.first().delivered, 600);

        store.setAutoBlockKeywords(Store::defaultAutoBlockKeywords());
        const auto stored = store.storeReplies({ReplyRecord{u"13800000001"_s, u"007"_s, u" td "_s, u"20251111102000"_s},
                                                ReplyRecord{u"13800000002"_s, u"007"_s, u"退订"_s, u"20251111102000"_s},
                                                ReplyRecord{u"13800000003"_s, u"007"_s, u"TD一下是什么意思"_s, u"20251111102000"_s}},
                                               &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->blocked, 2);
        QCOMPARE(*store.blocklist(), (QSet<QString>{u"13800000001"_s, u"13800000002"_s}));
        QCOMPARE(count(RecipientFilter::Replied), 3);
        QCOMPARE(count(RecipientFilter::Replied, u"0003"_s), 1);
        QCOMPARE(rs.delivery(id).replies, 3);
        // A second reply from one number counts it once; a reply in another batch; pages of the
        // Replied filter placed through the batches' counts.
        QVERIFY(store.storeReplies({ReplyRecord{u"13800000003"_s, u"007"_s, u"好的"_s, u"20251111102100"_s},
                                    ReplyRecord{u"13800001500"_s, u"007"_s, u"收到"_s, u"20251111102100"_s}},
                                   &error));
        QCOMPARE(count(RecipientFilter::Replied), 4);
        auto mobiles = [&](int offset, int limit) {
            QStringList out;
            for (const RecipientRow &r : pager.page({id, RecipientFilter::Replied, {}}, offset, limit))
                out << r.mobile;
            return out;
        };
        QCOMPARE(mobiles(0, 10), (QStringList{u"13800000001"_s, u"13800000002"_s, u"13800000003"_s, u"13800001500"_s}));
        QCOMPARE(mobiles(1, 2), (QStringList{u"13800000002"_s, u"13800000003"_s}));
        QCOMPARE(mobiles(3, 5), (QStringList{u"13800001500"_s}));

        // The per-push limit on blocks (a setting): the rest are kept as replies, unblocked.
        store.setAutoBlockPerPush(1);
        const auto limited = store.storeReplies({ReplyRecord{u"13800000006"_s, u"007"_s, u"TD"_s, u"20251111102200"_s},
                                                 ReplyRecord{u"13800000007"_s, u"007"_s, u"TD"_s, u"20251111102200"_s}},
                                                &error);
        QVERIFY2(limited, qPrintable(error));
        QCOMPARE(limited->stored, 2);
        QCOMPARE(limited->blocked, 1);
        QCOMPARE(store.blocklist()->size(), 3);
    }
    // On a team store an import (a minute for a big file) does not hold the store's writer lock:
    // the team's receiver stores pushes meanwhile.
    void importDoesNotHoldUpTheReceiver()
    {
        if (!m_postgres)
            QSKIP("SQLite has one writer at a time; the studio's own receiver waits for its import");
        QString error;
        const QString where = location(u"busyimport"_s);
        auto importing = Database::open(where, &error);
        auto receiving = Database::open(where, &error);
        QVERIFY2(importing && receiving, qPrintable(error));
        CampaignStore campaigns(*importing);
        CampaignStore::NewCampaign nc;
        nc.accountId = *Store(*importing).saveAccount(sandbox(), &error);
        nc.mmsid = u"M1"_s;
        const qint64 id = *campaigns.createDraft(nc, &error);
        CampaignRecipientSink sink(*importing, id, {});
        QVERIFY(sink.begin());
        for (int i = 0; i < 3000; ++i)
            QVERIFY(sink.add(u"139%1"_s.arg(i, 8, 10, QChar(u'0')), {}));
        QVERIFY(sink.flush()); // written, not committed: the import is under way
        QSqlQuery q(receiving->db());
        QVERIFY(q.exec(u"SET statement_timeout = 5000"_s)); // waiting for a lock would fail, not hang
        QVERIFY2(ReportWriter(*receiving).store({ReportRecord{u"13800000001"_s, u"DELIVRD"_s, u"T"_s, u"20261129101010"_s, {}}}, &error),
                 qPrintable(error));
        QVERIFY2(sink.commit(), qPrintable(sink.error()));
        QVERIFY(campaigns.finalize(id, &error));
        QCOMPARE(campaigns.campaign(id)->recipients, 3000);
    }

    // At start the studio resumes the campaigns a crash left running. On a team store only those
    // this computer was sending: another desktop's running campaign is left to it.
    void interruptedCampaignsAreThisComputers()
    {
        QString error;
        auto db = Database::open(location(u"interrupted"_s), &error);
        QVERIFY2(db, qPrintable(error));
        Store store(*db);
        CampaignStore campaigns(*db);
        CampaignStore::NewCampaign nc;
        nc.accountId = *store.saveAccount(sandbox(), &error);
        nc.mmsid = u"M1"_s;
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            ids << *campaigns.create(nc, {{u"1380013800%1"_s.arg(i), {}}}, 1000, &error);
            QVERIFY(campaigns.setState(ids.last(), campaign::Running, {}, &error));
        }
        QVERIFY(campaigns.claimNext(ids[0], u"another-desktop/4242/abcd1234"_s, &error));
        QVERIFY(campaigns.claimNext(ids[1], CampaignStore::senderName(), &error));
        // ids[2]: never claimed (started, then the program stopped before its first batch).
        const QList<qint64> expected = m_postgres ? QList<qint64>{ids[1], ids[2]} : ids;
        QCOMPARE(campaigns.interrupted(), expected);
    }
    // Team mode: what one connection commits, another studio learns without polling (PostgreSQL
    // LISTEN/NOTIFY), once committed and not before; an SQLite store is not watched.
    void watcherLearnsOfOthersChanges()
    {
        StoreWatcher watcher;
        const QString where = location(u"watched"_s);
        QString error;
        auto db = Database::open(where, &error);
        QVERIFY2(db, qPrintable(error));
        QSignalSpy listening(&watcher, &StoreWatcher::listening);
        QSignalSpy changed(&watcher, &StoreWatcher::changed);
        watcher.start(where);
        if (!m_postgres) {
            QVERIFY(!watcher.isWatching());
            return;
        }
        QVERIFY(listening.wait(10000));
        Store store(*db);
        QVERIFY(store.storeReports({ReportRecord{u"13800000001"_s, u"DELIVRD"_s, u"T"_s, u"20261129101010"_s, {}}}, &error));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        QVERIFY(changed.constLast().at(0).toStringList().contains(u"reports"_s));
        changed.clear();
        // A notice goes out with its transaction's commit, and not at all when it rolls back.
        QVERIFY(sql::beginWrite(db->db(), &error));
        sql::notifyChange(db->db(), "campaigns");
        QTest::qWait(700);
        QCOMPARE(changed.size(), 0);
        QVERIFY(db->db().rollback());
        QTest::qWait(700);
        QCOMPARE(changed.size(), 0);
        QVERIFY(store.addTemplate(*store.saveAccount(sandbox(), &error), u"M9"_s, tpl(), "{}", &error));
        QVERIFY(store.addToBlocklist(u"13800000009"_s, u"TD"_s, &error));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        QTest::qWait(400);
        QStringList kinds;
        for (const auto &signal : std::as_const(changed))
            kinds += signal.at(0).toStringList();
        QVERIFY2(kinds.contains(u"templates"_s) && kinds.contains(u"blocklist"_s), qPrintable(kinds.join(u',')));
        QVERIFY(changed.size() <= 2); // a burst is told at once, not notice by notice
    }
    // Stopping the watcher (closing the window, switching workspace) does not wait while it
    // tries a server that does not answer (up to the 5 s connect timeout).
    void stoppingTheWatcherDoesNotWaitForTheServer()
    {
        if (!m_postgres)
            QSKIP("only a team store is watched");
        QTcpServer silent; // accepts connections and never answers, as a server gone strange
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        StoreWatcher watcher;
        QSignalSpy failed(&watcher, &StoreWatcher::failed);
        watcher.start(u"postgresql://mms@127.0.0.1:%1/none"_s.arg(silent.serverPort()));
        QTRY_VERIFY(silent.hasPendingConnections() || silent.waitForNewConnection(100));
        QElapsedTimer t;
        t.start();
        watcher.stop();
        QVERIFY2(t.elapsed() < 2500, qPrintable(u"stop() took %1 ms"_s.arg(t.elapsed())));
        QVERIFY(!watcher.isWatching());
        QTest::qWait(100);
        QCOMPARE(failed.size(), 0); // a stopped watcher says nothing more
    }
    // A store left at any earlier version (by an older studio) is brought to the latest, keeping its data.
    void migratesFromEveryEarlierVersion()
    {
        for (const auto &target : migrations::steps()) {
            const int version = target.version - 1; // build a store at this version, then open it
            const QString path = location(u"at%1"_s.arg(version));
            {
                QSqlDatabase raw = rawConnection(path, u"old%1"_s.arg(version));
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                QVERIFY(q.exec(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s));
                for (const auto &step : migrations::steps()) {
                    if (step.version > version)
                        break;
                    for (const migrations::Statement &statement : step.statements)
                        QVERIFY2(q.exec(statement.text(raw)), qPrintable(statement.text(raw)));
                    QVERIFY(q.exec(u"INSERT INTO schema_version VALUES (%1)"_s.arg(step.version)));
                }
                if (version >= 1)
                    QVERIFY(q.exec(u"INSERT INTO accounts (name, base_url, userid, username, created_at)"
                                   " VALUES ('old', 'http://x/', 'u', 'u', 'then')"_s));
                raw.close();
            }
            QSqlDatabase::removeDatabase(u"old%1"_s.arg(version));
            QString error;
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(u"from version %1: %2"_s.arg(version).arg(error)));
            QCOMPARE(migrations::currentVersion(db->db(), &error), migrations::latestVersion());
            if (version >= 1)
                QVERIFY(Store(*db).account(u"old"_s));
        }
    }
    // A version 2 store (before the outcome columns) gets them filled from its reports and replies.
    void migrationThreeFillsOutcomes()
    {
        const QString path = location(u"v2"_s);
        {
            QSqlDatabase raw = rawConnection(path, u"v2"_s);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s));
            for (const auto &step : migrations::steps()) {
                if (step.version > 2)
                    break;
                for (const migrations::Statement &statement : step.statements)
                    QVERIFY2(q.exec(statement.text(raw)), qPrintable(statement.text(raw)));
                QVERIFY(q.exec(u"INSERT INTO schema_version VALUES (%1)"_s.arg(step.version)));
            }
            const QStringList setup = {
                u"INSERT INTO accounts VALUES (1, 'a', 'http://x/', 'u', 'u', '', 0, 1, 'now')"_s,
                u"INSERT INTO campaigns (id, account_id, mmsid, sub, state, created_at, updated_at) VALUES (1, 1, 'M', '01', 'done', 'n', 'n')"_s,
                u"INSERT INTO batches (id, campaign_id, seq, state, size, taskid, updated_at) VALUES (1, 1, 0, 'accepted', 3, 'T', 'n')"_s,
                u"INSERT INTO recipients (id, campaign_id, batch_id, mobile) VALUES (1, 1, 1, '13800000001'), (2, 1, 1, '13800000002'), (3, 1, 1, '13800000003')"_s,
                u"INSERT INTO reports (mobile, status, taskid, reported_at, received_at, campaign_id, batch_id, recipient_id) VALUES"
                " ('13800000001', 'UNDELIV', 'T', '20251111101000', 'n', 1, 1, 1), ('13800000001', 'DELIVRD', 'T', '20251111101100', 'n', 1, 1, 1),"
                " ('13800000001', 'EXPIRED', 'T', '20251111101200', 'n', 1, 1, 1), ('13800000002', 'UNDELIV', 'T', '20251111101000', 'n', 1, 1, 2),"
                " ('13800000002', 'EXPIRED', 'T', '20251111101100', 'n', 1, 1, 2)"_s,
                u"INSERT INTO replies (mobile, extension, text, replied_at, received_at, campaign_id) VALUES ('13800000003', '01', 'hi', 'x', 'n', 1)"_s,
            };
            for (const QString &sql : setup)
                QVERIFY2(q.exec(sql), qPrintable(sql));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"v2"_s);
        QString error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->db());
        QVERIFY(q.exec(u"SELECT delivery, replied FROM recipients ORDER BY id"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"DELIVRD"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"EXPIRED"_s);
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull());
        QCOMPARE(q.value(1).toInt(), 1);
        const CampaignDelivery d = ReportStore(*db).delivery(1);
        QCOMPARE(d.delivered, 1);
        QCOMPARE(d.failed, 1);
        QCOMPARE(d.waiting, 1);
        QCOMPARE(d.replies, 1);
        // Later migrations fill their counts from the same data.
        QCOMPARE(RecipientPager(*db).count({1, RecipientFilter::Replied, {}}), 1);
        QCOMPARE(ReportStore(*db).timeline(1).constLast().delivered, 1);
        QCOMPARE(ReportStore(*db).delivery(1).failures.value(u"EXPIRED"_s), 1);
        // Migration 8 copied the recipients (SQLite) without their unique and batch indexes
        // and foreign key, migration 9 the reports without theirs; reports still point at their
        // recipients, sent rows are in the new index.
        auto value = [&](const QString &sql) {
            QSqlQuery v(db->db());
            return v.exec(sql) && v.next() ? v.value(0).toLongLong() : -1;
        };
        QCOMPARE(value(u"SELECT COUNT(*) FROM reports WHERE recipient_id IS NOT NULL"_s), 5);
        QCOMPARE(value(u"SELECT first_recipient * 10 + last_recipient FROM batches WHERE id = 1"_s), 13);
        QCOMPARE(value(u"SELECT COUNT(*) FROM recipients WHERE indexed = 1"_s), 3);
        QCOMPARE(RecipientPager(*db).count({1, RecipientFilter::All, u"13800000002"_s}), 1);
        QCOMPARE(RecipientPager(*db).count({1, RecipientFilter::All, {}}), 3);
        if (m_postgres) {
            // key, lookup, and the failed ones (migration 16: partial, so an import writes none)
            QCOMPARE(value(u"SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'recipients'"_s), 3);
            QCOMPARE(value(u"SELECT COUNT(*) FROM pg_constraint WHERE conrelid = 'recipients'::regclass"
                           " AND contype IN ('u', 'f')"_s), 1); // only the campaign's foreign key
            QCOMPARE(value(u"SELECT COUNT(*) FROM pg_constraint WHERE conrelid = 'reports'::regclass AND contype = 'f'"_s), 0);
        } else {
            QCOMPARE(value(u"SELECT COUNT(*) FROM pragma_index_list('recipients')"_s), 2); // lookup; failed (partial)
            QCOMPARE(value(u"SELECT COUNT(*) FROM pragma_foreign_key_list('recipients')"_s), 1);
            // Deleting a campaign must not read every report once per recipient (migration 9).
            QCOMPARE(value(u"SELECT COUNT(*) FROM pragma_foreign_key_list('reports')"_s), 0);
            QCOMPARE(value(u"PRAGMA foreign_keys"_s), 1);
        }
        QString why;
        QVERIFY2(CampaignStore(*db).deleteCampaign(1, &why), qPrintable(why));
        QCOMPARE(value(u"SELECT COUNT(*) FROM reports WHERE recipient_id IS NOT NULL"_s), 0);
    }
    void aFailedCampaignInsertLeavesNothing()
    {
        QString error;
        auto db = Database::open(location(u"atomic"_s), &error);
        Store store(*db);
        const qint64 acc = *store.saveAccount(sandbox(), &error);
        // Something that is no number, half-way through (a number given twice is kept once).
        const QList<VariableEntry> recipients = {{u"13800000000"_s, {}}, {u"13800000001"_s, {}}, {u"13800000000"_s, {}},
                                                 {u"1380000000x"_s, {}}};
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

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        TestStorage sqlite(false);
        failures += QTest::qExec(&sqlite, argc, argv);
    }
    if (!testsupport::PgTestServer::skipped()) {
        TestStorage postgres(true);
        failures += QTest::qExec(&postgres, argc, argv);
        testsupport::PgTestServer::stop();
    }
    return failures;
}
#include "tst_storage.moc"
