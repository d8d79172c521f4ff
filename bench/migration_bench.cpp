// Upgrading an existing store: a store left at schema version 7 (before the import's layout
// changed) with RECIPIENTS recipients in batches of 1000, all sent, and a delivery report for 4
// in 5 of them, opened by this MMS Studio: migrations 8 (recipients copied without their unique
// and batch indexes, sent rows indexed by batch and number) and 9 (reports copied without their
// foreign keys). The studio does this once, on a worker thread, at its first start after the update.
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        raw.setDatabaseName(path);
        raw.open();
        QSqlQuery q(raw);
        q.exec(u"PRAGMA journal_mode=WAL"_s);
        q.exec(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s);
        q.exec(u"BEGIN"_s);
        for (const auto &step : mms::migrations::steps()) {
            if (step.version > 7)
                break;
            for (const auto &statement : step.statements)
                if (!q.exec(statement.text(raw)))
                    std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
            q.exec(u"INSERT INTO schema_version VALUES (%1)"_s.arg(step.version));
        }
        const QStringList fill = {
            u"INSERT INTO accounts (id, name, base_url, userid, username, created_at) VALUES (1, 'a', 'http://x/', 'u', 'u', 'n')"_s,
            u"INSERT INTO campaigns (id, account_id, mmsid, state, created_at, updated_at) VALUES (1, 1, 'M', 'completed', 'n', 'n')"_s,
            u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
            " INSERT INTO batches (id, campaign_id, seq, state, size, taskid, updated_at) SELECT i, 1, i, 'accepted', 1000, 'T' || i, 'n' FROM n"_s
                .arg((total + 999) / 1000),
            u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1 - 1)"
            " INSERT INTO recipients (id, campaign_id, batch_id, mobile, params, delivery, reported_at)"
            " SELECT i + 1, 1, i / 1000 + 1, CAST(13800000000 + (i * 7919) % %1 AS TEXT), '{\"Text1\":\"客户' || i || '\"}',"
            " CASE WHEN i % 5 < 4 THEN 'DELIVRD' END, CASE WHEN i % 5 < 4 THEN '20261129101010' END FROM n"_s.arg(total),
            u"INSERT INTO reports (mobile, status, taskid, reported_at, received_at, campaign_id, batch_id, recipient_id)"
            " SELECT mobile, 'DELIVRD', 'T' || batch_id, reported_at, 'n', 1, batch_id, id FROM recipients WHERE delivery IS NOT NULL"_s,
        };
        for (const QString &sql : fill)
            if (!q.exec(sql))
                std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
        q.exec(u"COMMIT"_s);
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    std::printf("store at version 7: %d recipients, %d reports, %.0f MB\n", total, total / 5 * 4, QFileInfo(path).size() / 1e6);
    QElapsedTimer t;
    t.start();
    QString error;
    auto db = mms::Database::open(path, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("opened and migrated to version %d in %.2f s\n", mms::migrations::latestVersion(), t.elapsed() / 1000.0);
    return 0;
}
