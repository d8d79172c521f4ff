#include "storage/CampaignRecipientSink.h"

#include "protocol/Carriers.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Store.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <cstdio>
#include <cstring>
#include <limits>
#include <mutex>
#include <thread>
#include <vector>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace mms {

struct CampaignRecipientSink::Impl
{
    Impl(Database &d, qint64 id, const QStringList &vars, int size)
        : db(d)
        , campaignId(id)
        , variables(vars)
        , batchSize(size)
    {
        for (const QString &v : vars)
            names << v.toUtf8();
    }
    Database &db;
    qint64 campaignId;
    QStringList variables;
    QByteArrayList names; // the variables in UTF-8, for the params of every row
    int batchSize;
    bool postgres = false; // else SQLite, through `handle`
    sqlite3 *handle = nullptr;
    sqlite3_stmt *insert = nullptr;
    sqlite3_stmt *insertMany = nullptr; // kRowsPerStatement rows: a third less time per row than one
    sqlite3_stmt *newBatch = nullptr;
    sqlite3_stmt *closeBatch = nullptr;
    qint64 batchId = 0;
    qint64 firstRecipient = 0; // of the batch being written
    qint64 lastRecipient = 0;
    int inBatch = 0;
    int seq = 0;
    bool ownTransaction = false;
    bool relaxed = false; // foreign keys and checkpoints off for this import's own transaction
    void restore()
    {
        if (!relaxed || !handle)
            return;
        relaxed = false;
        sqlite3_exec(handle, "PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr);
        sqlite3_exec(handle, "PRAGMA wal_autocheckpoint=1000", nullptr, nullptr, nullptr);
    }

    struct Row
    {
        qint64 mobile;
        quint32 offset; // params in the chunk's arena
        quint32 length;
    };
    // Rows in the order they were read, with their params one after the other: one allocation
    // per few thousand rows, not one per row.
    struct Chunk
    {
        std::vector<Row> rows;
        QByteArray arena;
    };
    Chunk filling;
    std::function<void(qint64, qint64)> progress;

    // In the sink's own transaction on SQLite, rows are written on a thread of their own while
    // the caller goes on reading the file: the two take about as long, and a machine has two
    // cores. The caller does not touch the connection meanwhile: SQLite (built thread-safe)
    // lets any thread use a connection, one at a time. Chunks wait in a short queue.
    static constexpr size_t kChunkRows = 8192;
    static constexpr size_t kQueuedChunks = 4;
    std::thread writer;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Chunk> queue;
    bool closing = false;  // no more chunks: write what is queued, then end
    bool stopping = false; // rolled back: end now
    bool writerFailed = false;
    QString writerError;
    std::atomic<qint64> written{0};
    qint64 queued = 0; // rows handed to the writer

    bool ready() const { return handle || postgres; }
    bool streaming() const { return writer.joinable(); }
    static constexpr int kRowsPerStatement = 32;
    bool write(const Row &row, const QByteArray &arena, QString *error);
    bool writeChunk(const Chunk &chunk, QString *error);
    bool startBatchIfFull(QString *error);
    bool finishBatch(QString *error);
    bool writePostgres(QString *error);
    void writerLoop();
    bool hand(Chunk &&chunk, QString *error);
    bool drain(QString *error);
    void stopWriter();

    bool check(int rc, QString *error)
    {
        if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
            return true;
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
};

namespace {
QByteArray manyRows(int rows)
{
    QByteArray sql = "INSERT INTO recipients (campaign_id, batch_id, mobile, params, carrier) VALUES ";
    for (int i = 0; i < rows; ++i)
        sql += i ? ", (?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?)";
    return sql;
}
} // namespace

CampaignRecipientSink::CampaignRecipientSink(Database &db, qint64 campaignId, const QStringList &variables, int batchSize)
    : d(new Impl(db, campaignId, variables, qMax(1, batchSize)))
{
    if (sql::isPostgres(db.db())) {
        d->postgres = true;
        return;
    }
    const QVariant h = db.db().driver()->handle();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        d->handle = *static_cast<sqlite3 *const *>(h.constData());
    if (!d->handle) {
        m_error = u"the store is neither SQLite nor PostgreSQL"_s;
        return;
    }
    // The new pages stay in memory until the commit instead of being spilled to the WAL early.
    sqlite3_exec(d->handle, "PRAGMA cache_size=-65536", nullptr, nullptr, nullptr);
    if (!d->check(sqlite3_prepare_v2(d->handle,
                                     "INSERT INTO recipients (campaign_id, batch_id, mobile, params, carrier) VALUES (?, ?, ?, ?, ?)",
                                     -1, &d->insert, nullptr), &m_error)
        || !d->check(sqlite3_prepare_v2(d->handle, manyRows(Impl::kRowsPerStatement).constData(), -1, &d->insertMany, nullptr),
                     &m_error)
        || !d->check(sqlite3_prepare_v2(d->handle,
                                        "INSERT INTO batches (campaign_id, seq, state, size, updated_at) VALUES (?, ?, 'pending', ?, ?)",
                                        -1, &d->newBatch, nullptr), &m_error)
        || !d->check(sqlite3_prepare_v2(d->handle,
                                        "UPDATE batches SET first_recipient = ?, last_recipient = ?, size = ? WHERE id = ?",
                                        -1, &d->closeBatch, nullptr), &m_error))
        d->handle = nullptr;
}

CampaignRecipientSink::~CampaignRecipientSink()
{
    if (d->ownTransaction)
        rollback();
    d->stopWriter();
    sqlite3_finalize(d->insert);
    sqlite3_finalize(d->insertMany);
    sqlite3_finalize(d->newBatch);
    sqlite3_finalize(d->closeBatch);
    if (d->handle) {
        sqlite3_exec(d->handle, "PRAGMA cache_size=-2000", nullptr, nullptr, nullptr);
        if (d->relaxed) {
            d->restore();
            // The import's pages were committed to the WAL; copying them into the database
            // file is left to here, after the caller has told the user.
            sqlite3_exec(d->handle, "PRAGMA wal_checkpoint(PASSIVE)", nullptr, nullptr, nullptr);
        }
    }
}

bool CampaignRecipientSink::begin()
{
    if (!d->ready())
        return false;
    if (d->handle && sqlite3_get_autocommit(d->handle)) {
        // Every row's campaign and batch are the sink's own, so checking them a million times
        // only costs time; and the checkpoint after such a commit would hold the caller up.
        // Both pragmas only take effect outside a transaction.
        sqlite3_exec(d->handle, "PRAGMA foreign_keys=OFF", nullptr, nullptr, nullptr);
        sqlite3_exec(d->handle, "PRAGMA wal_autocheckpoint=0", nullptr, nullptr, nullptr);
        d->relaxed = true;
    }
    if (d->postgres) {
        // Without the store's writer lock: an import writes only its own draft's batches and
        // recipients, and may take a minute; the team's receiver must not wait for it.
        QSqlQuery q(d->db.db());
        d->ownTransaction = q.exec(u"BEGIN"_s);
        if (!d->ownTransaction)
            m_error = q.lastError().text();
        return d->ownTransaction;
    }
    d->ownTransaction = sql::beginWrite(d->db.db(), &m_error);
    if (!d->ownTransaction) {
        d->restore();
        return false;
    }
    d->closing = d->stopping = d->writerFailed = false;
    d->writer = std::thread([this] { d->writerLoop(); });
    return true;
}

void CampaignRecipientSink::Impl::writerLoop()
{
    for (;;) {
        Chunk chunk;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [this] { return stopping || closing || !queue.empty(); });
            if (stopping || queue.empty())
                return;
            chunk = std::move(queue.front());
            queue.pop_front();
        }
        changed.notify_all(); // room in the queue
        QString error;
        if (!writeChunk(chunk, &error)) {
            std::lock_guard lock(mutex);
            writerFailed = true;
            writerError = error;
            changed.notify_all();
            return;
        }
        written += qint64(chunk.rows.size());
        changed.notify_all();
    }
}

bool CampaignRecipientSink::Impl::hand(Chunk &&chunk, QString *error)
{
    std::unique_lock lock(mutex);
    changed.wait(lock, [this] { return writerFailed || queue.size() < kQueuedChunks; });
    if (writerFailed) {
        *error = writerError;
        return false;
    }
    queued += qint64(chunk.rows.size());
    queue.push_back(std::move(chunk));
    changed.notify_all();
    return true;
}

// Hands over the last rows and waits until they are written; the writer then ends.
bool CampaignRecipientSink::Impl::drain(QString *error)
{
    if (!filling.rows.empty() && !hand(std::exchange(filling, {}), error)) {
        stopWriter();
        return false;
    }
    {
        std::unique_lock lock(mutex);
        closing = true;
        changed.notify_all();
        while (!writerFailed && written < queued) {
            if (progress) {
                const qint64 done = written;
                lock.unlock();
                progress(done, queued);
                lock.lock();
            }
            changed.wait_for(lock, std::chrono::milliseconds(100));
        }
    }
    writer.join();
    if (writerFailed) {
        *error = writerError;
        return false;
    }
    return true;
}

void CampaignRecipientSink::Impl::stopWriter()
{
    if (!writer.joinable())
        return;
    {
        std::lock_guard lock(mutex);
        stopping = true;
        queue.clear();
        changed.notify_all();
    }
    writer.join();
}

bool CampaignRecipientSink::flush()
{
    if (!d->ready())
        return false;
    if (d->postgres) {
        if (!d->writePostgres(&m_error))
            return false;
    } else if (d->streaming()) {
        if (!d->drain(&m_error) || !d->finishBatch(&m_error))
            return false;
    } else if (!d->finishBatch(&m_error)) {
        return false;
    }
    if (d->progress)
        d->progress(d->written, d->written);
    d->filling = {};
    return true;
}

void CampaignRecipientSink::setProgress(std::function<void(qint64, qint64)> progress)
{
    d->progress = std::move(progress);
}

bool CampaignRecipientSink::commit()
{
    if (!flush()) {
        rollback();
        return false;
    }
    d->ownTransaction = false;
    if (!d->db.db().commit()) {
        m_error = d->db.db().lastError().text();
        d->db.db().rollback();
        d->restore();
        return false;
    }
    if (d->relaxed) // checkpoints stay off until the sink goes
        sqlite3_exec(d->handle, "PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr);
    return true;
}

void CampaignRecipientSink::rollback()
{
    d->stopWriter(); // before the connection is used here again
    d->filling = {};
    d->ownTransaction = false;
    d->db.db().rollback();
    d->restore(); // before the caller deletes the draft: its recipients go by cascade
}

bool CampaignRecipientSink::add(const QString &mobile, const QStringList &values)
{
    if (!d->ready())
        return false;
    bool ok = false;
    const qint64 number = mobile.toLongLong(&ok);
    if (!ok) {
        m_error = u"not a number: %1"_s.arg(mobile);
        return false;
    }
    Impl::Chunk &chunk = d->filling;
    const qsizetype offset = chunk.arena.size();
    if (!d->variables.isEmpty())
        appendParamsJson(chunk.arena, d->names, values);
    if (chunk.arena.size() > std::numeric_limits<quint32>::max()) {
        m_error = u"too many recipients in one import"_s;
        return false;
    }
    const Impl::Row row{number, quint32(offset), quint32(chunk.arena.size() - offset)};
    if (d->streaming()) {
        chunk.rows.push_back(row);
        if (chunk.rows.size() >= Impl::kChunkRows && !d->hand(std::exchange(d->filling, {}), &m_error))
            return false;
        return true;
    }
    if (d->postgres) { // written a few hundred to a statement at flush()
        chunk.rows.push_back(row);
        return true;
    }
    // Inside the caller's transaction (a test send's few numbers): written at once.
    const bool written = d->write(row, chunk.arena, &m_error);
    chunk.arena.truncate(offset);
    if (written)
        ++d->written;
    return written;
}

// The batch being written learns which recipients it holds (an id range: a batch's rows are
// written one after the other) and how many.
bool CampaignRecipientSink::Impl::finishBatch(QString *error)
{
    if (batchId == 0 || inBatch == 0)
        return true;
    sqlite3_reset(closeBatch);
    sqlite3_bind_int64(closeBatch, 1, firstRecipient);
    sqlite3_bind_int64(closeBatch, 2, lastRecipient);
    sqlite3_bind_int(closeBatch, 3, inBatch);
    sqlite3_bind_int64(closeBatch, 4, batchId);
    return check(sqlite3_step(closeBatch), error);
}

// A new batch when none is open or the open one is full.
bool CampaignRecipientSink::Impl::startBatchIfFull(QString *error)
{
    if (batchId == 0 || inBatch == batchSize) {
        if (!finishBatch(error))
            return false;
        const QByteArray now = Store::now().toUtf8();
        sqlite3_reset(newBatch);
        sqlite3_bind_int64(newBatch, 1, campaignId);
        sqlite3_bind_int(newBatch, 2, ++seq);
        sqlite3_bind_int(newBatch, 3, batchSize);
        sqlite3_bind_text(newBatch, 4, now.constData(), int(now.size()), SQLITE_TRANSIENT);
        if (!check(sqlite3_step(newBatch), error))
            return false;
        batchId = sqlite3_last_insert_rowid(handle);
        inBatch = 0;
    }
    return true;
}

// Rows a statement's worth at a time; a statement never spans two batches, so the ids of its
// rows (consecutive: the table grows at its end inside this transaction) fall in one batch.
bool CampaignRecipientSink::Impl::writeChunk(const Chunk &chunk, QString *error)
{
    const size_t total = chunk.rows.size();
    size_t i = 0;
    char mobiles[kRowsPerStatement][24];
    while (i < total) {
        if (!startBatchIfFull(error))
            return false;
        if (size_t(batchSize - inBatch) < size_t(kRowsPerStatement) || total - i < size_t(kRowsPerStatement)) {
            if (!write(chunk.rows[i], chunk.arena, error))
                return false;
            ++i;
            continue;
        }
        sqlite3_reset(insertMany);
        for (int k = 0; k < kRowsPerStatement; ++k) {
            const Row &row = chunk.rows[i + size_t(k)];
            const int len = std::snprintf(mobiles[k], sizeof mobiles[k], "%lld", static_cast<long long>(row.mobile));
            const int at = 5 * k;
            sqlite3_bind_int64(insertMany, at + 1, campaignId);
            sqlite3_bind_int64(insertMany, at + 2, batchId);
            sqlite3_bind_text(insertMany, at + 3, mobiles[k], len, SQLITE_STATIC);
            sqlite3_bind_text(insertMany, at + 4, chunk.arena.constData() + row.offset, int(row.length), SQLITE_STATIC);
            sqlite3_bind_int(insertMany, at + 5, Carriers::carrierOfNumber(row.mobile));
        }
        if (!check(sqlite3_step(insertMany), error))
            return false;
        lastRecipient = sqlite3_last_insert_rowid(handle);
        if (inBatch == 0)
            firstRecipient = lastRecipient - kRowsPerStatement + 1;
        inBatch += kRowsPerStatement;
        i += kRowsPerStatement;
    }
    return true;
}

bool CampaignRecipientSink::Impl::write(const Row &row, const QByteArray &arena, QString *error)
{
    if (!startBatchIfFull(error))
        return false;
    char mobile[24];
    const int len = std::snprintf(mobile, sizeof mobile, "%lld", static_cast<long long>(row.mobile));
    sqlite3_reset(insert);
    sqlite3_bind_int64(insert, 1, campaignId);
    sqlite3_bind_int64(insert, 2, batchId);
    sqlite3_bind_text(insert, 3, mobile, len, SQLITE_STATIC);
    sqlite3_bind_text(insert, 4, arena.constData() + row.offset, int(row.length), SQLITE_STATIC);
    sqlite3_bind_int(insert, 5, Carriers::carrierOfNumber(row.mobile));
    if (!check(sqlite3_step(insert), error))
        return false;
    lastRecipient = sqlite3_last_insert_rowid(handle);
    if (inBatch == 0)
        firstRecipient = lastRecipient;
    ++inBatch;
    return true;
}

// PostgreSQL: one statement per batch row and one per few hundred recipients (each statement
// is a round trip to the server; a prepared statement of a fixed size is reused).
bool CampaignRecipientSink::Impl::writePostgres(QString *error)
{
    constexpr int kChunk = 200;
    QSqlDatabase &sqldb = db.db();
    QSqlQuery newBatchQuery(sqldb);
    newBatchQuery.prepare(u"INSERT INTO batches (campaign_id, seq, state, size, updated_at)"
                          " VALUES (?, ?, 'pending', ?, ?) RETURNING id"_s);
    QSqlQuery closeBatchQuery(sqldb);
    closeBatchQuery.prepare(u"UPDATE batches SET first_recipient = ?, last_recipient = ?, size = ? WHERE id = ?"_s);
    auto statement = [](int rows) -> QString {
        QString sql = u"INSERT INTO recipients (campaign_id, batch_id, mobile, params, carrier) VALUES "_s;
        for (int i = 0; i < rows; ++i)
            sql += i ? u", (?, ?, ?, ?, ?)"_s : u"(?, ?, ?, ?, ?)"_s;
        return sql + u" RETURNING id"_s;
    };
    // A failed statement aborts the whole transaction on PostgreSQL, after which even freeing
    // the prepared statements fails: back to this savepoint first, then the caller rolls back.
    QSqlQuery savepoint(sqldb);
    if (!savepoint.exec(u"SAVEPOINT sink_rows"_s)) {
        *error = savepoint.lastError().text();
        return false;
    }
    auto fail = [&](const QSqlQuery &q) {
        *error = q.lastError().text();
        savepoint.exec(u"ROLLBACK TO SAVEPOINT sink_rows"_s);
        return false;
    };
    QSqlQuery full(sqldb);
    full.prepare(statement(kChunk));
    const std::vector<Row> &rows = filling.rows;
    const QByteArray &arena = filling.arena;
    const qint64 total = qint64(rows.size());
    qint64 done = 0;
    while (done < total) {
        const QString now = Store::now();
        for (const QVariant &v : {QVariant(campaignId), QVariant(++seq), QVariant(batchSize), QVariant(now)})
            newBatchQuery.addBindValue(v);
        if (!newBatchQuery.exec() || !newBatchQuery.next())
            return fail(newBatchQuery);
        batchId = newBatchQuery.value(0).toLongLong();
        newBatchQuery.finish();
        const qint64 batchEnd = qMin(total, done + batchSize);
        qint64 first = std::numeric_limits<qint64>::max(), last = 0;
        const qint64 batchStart = done;
        while (done < batchEnd) {
            const int n = int(qMin<qint64>(kChunk, batchEnd - done));
            QSqlQuery partial(sqldb);
            QSqlQuery &q = n == kChunk ? full : partial;
            if (n != kChunk)
                q.prepare(statement(n));
            for (int i = 0; i < n; ++i) {
                const Row &row = rows[size_t(done + i)];
                q.addBindValue(campaignId);
                q.addBindValue(batchId);
                q.addBindValue(QString::number(row.mobile));
                q.addBindValue(QString::fromUtf8(arena.constData() + row.offset, row.length));
                q.addBindValue(Carriers::carrierOfNumber(row.mobile));
            }
            if (!q.exec())
                return fail(q);
            // Another import may draw ids from the same sequence meanwhile: the range may hold
            // other batches' rows too, which readers tell apart by batch_id.
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                first = qMin(first, id);
                last = qMax(last, id);
            }
            q.finish();
            done += n;
            written = done;
            if (progress)
                progress(done, total);
        }
        for (const QVariant &v : {QVariant(first), QVariant(last), QVariant(int(batchEnd - batchStart)), QVariant(batchId)})
            closeBatchQuery.addBindValue(v);
        if (!closeBatchQuery.exec())
            return fail(closeBatchQuery);
    }
    savepoint.exec(u"RELEASE SAVEPOINT sink_rows"_s);
    return true;
}

} // namespace mms
