// Push receiver ingest: delivery reports posted over loopback in pushes of 500 records (as the
// platform does) to the studio's receiver, which parses and commits each push before answering,
// then (a moment later, many pushes at once) links each record to its campaign, batch and
// recipient and keeps outcomes and counts; side by side with a bare SQLite insert loop of the same
// records (prepared INSERT, 500 per transaction, same WAL settings).
#include "receiver/ReceiverService.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/ReportWriter.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kPerPush = 500;

QString mobile(int i)
{
    return u"138%1"_s.arg(i, 8, 10, QChar(u'0'));
}

// CPU seconds used so far by each thread of this process, by thread name.
QMap<QString, double> threadCpu()
{
    QMap<QString, double> out;
    const long hz = sysconf(_SC_CLK_TCK);
    for (const QString &t : QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(u"/proc/self/task/%1/comm"_s.arg(t)), stat(u"/proc/self/task/%1/stat"_s.arg(t));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray s = stat.readAll();
        const QList<QByteArray> f = s.mid(s.lastIndexOf(')') + 2).split(' ');
        out[QString::fromUtf8(comm.readAll().trimmed())] += (f.value(11).toDouble() + f.value(12).toDouble()) / hz;
    }
    return out;
}

double bareInsert(const QString &path, const QList<QByteArray> &records)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                     "CREATE TABLE reports (id INTEGER PRIMARY KEY, mobile TEXT NOT NULL, status TEXT NOT NULL,"
                     " taskid TEXT NOT NULL, serial TEXT NOT NULL DEFAULT '', reported_at TEXT NOT NULL, received_at TEXT NOT NULL)",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *ins = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO reports (mobile, status, taskid, serial, reported_at, received_at) VALUES (?, ?, ?, '', ?, ?)",
                       -1, &ins, nullptr);
    QElapsedTimer t;
    t.start();
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    for (int i = 0; i < records.size(); ++i) {
        if (i % kPerPush == 0)
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        const QList<QByteArray> f = records.at(i).split(',');
        for (int k = 0; k < 4; ++k)
            sqlite3_bind_text(ins, k + 1, f.at(k).constData(), int(f.at(k).size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 5, now.constData(), int(now.size()), SQLITE_STATIC);
        sqlite3_step(ins);
        sqlite3_reset(ins);
        if (i % kPerPush == kPerPush - 1 || i == records.size() - 1)
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double secs = t.nsecsElapsed() / 1e9;
    sqlite3_finalize(ins);
    sqlite3_close(db);
    return secs;
}
// A sent campaign of `total` recipients in accepted batches of 1000.
void makeCampaign(const QString &path, int total)
{
    QString error;
    auto db = mms::Database::open(path, &error);
    mms::Store store(*db);
    mms::Account a;
    a.name = u"bench"_s;
    a.baseUrl = QUrl(u"http://127.0.0.1:1/"_s);
    a.userid = a.username = u"1"_s;
    const qint64 acc = *store.saveAccount(a, &error);
    QList<mms::VariableEntry> recipients;
    for (int i = 0; i < total; ++i)
        recipients.append({mobile(i), {}});
    mms::CampaignStore campaigns(*db);
    mms::CampaignStore::NewCampaign nc;
    nc.accountId = acc;
    nc.mmsid = u"M"_s;
    const qint64 id = *campaigns.create(nc, recipients, 1000, &error);
    for (const mms::BatchRow &b : campaigns.batches(id))
        campaigns.setBatchState(b.id, u"accepted"_s, u"T%1"_s.arg(b.seq), 0, {}, &error);
    if (!qEnvironmentVariableIsEmpty("BENCH_DROP")) {
        QSqlQuery q(db->db());
        for (const QString &ix : qEnvironmentVariable("BENCH_DROP").split(u','))
            q.exec(u"DROP INDEX "_s + ix);
    }
    std::printf("campaign: %d recipients in %lld batches (%s)\n", total, qint64(campaigns.batches(id).size()), qPrintable(path));
}

// The receiver's storage alone, without HTTP: each push parsed and stored, then every outcome
// applied, timed apart.
void direct(const QString &path, int total, const QList<QByteArray> &bodies)
{
    makeCampaign(path, total);
    QString error;
    auto db = mms::Database::open(path, &error);
    mms::ReportWriter writer(*db);
    QList<QList<mms::ReportRecord>> pushes;
    QElapsedTimer t;
    t.start();
    for (const QByteArray &body : bodies)
        pushes.append(mms::pushes::parseReports(body.mid(5)).records);
    const double parse = t.nsecsElapsed() / 1e9;
    t.restart();
    for (const auto &records : std::as_const(pushes))
        writer.store(records, &error);
    const double store = t.nsecsElapsed() / 1e9;
    t.restart();
    while (writer.applyOutcomes(20000, &error) > 0) {
    }
    const double apply = t.nsecsElapsed() / 1e9;
    std::printf("without HTTP: parse %.2f s, store (append) %.2f s, link and apply outcomes %.2f s: %.0f records/s stored\n",
                parse, store, apply, total / store);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("BENCH_KEEP"));
    const QString path = dir.filePath(u"studio.sqlite"_s);
    QString error;
    makeCampaign(path, total);
    // The reports, in an order a platform might push them: numbers from all over the campaign.
    QList<QByteArray> records;
    records.reserve(total);
    for (int i = 0; i < total; ++i) {
        const int n = int((qint64(i) * 7919 + 13) % total);
        records.append(mobile(n).toLatin1() + (n % 10 ? ",DELIVRD,T" : ",UNDELIV,T") + QByteArray::number(n / 1000 + 1)
                       + ",20251111101010");
    }
    QList<QByteArray> bodies;
    for (int i = 0; i < total; i += kPerPush)
        bodies.append("rpts=" + records.mid(i, kPerPush).join(';'));

    mms::ReceiverService receiver;
    QEventLoop loop;
    QObject::connect(&receiver, &mms::ReceiverService::started, &loop, &QEventLoop::quit);
    QObject::connect(&receiver, &mms::ReceiverService::failed, &loop, [&](const QString &e) {
        std::fprintf(stderr, "receiver: %s\n", qPrintable(e));
        loop.quit();
    });
    receiver.start(path, QHostAddress::LocalHost, 0);
    loop.exec();
    if (!receiver.isListening())
        return 1;

    // The load generator: kConnections kept-alive connections, each sending its next push as soon
    // as the previous one is answered, every request written in one piece.
    constexpr int kConnections = 6;
    const QUrl url = receiver.url(u"report"_s);
    int next = 0, answered = 0, failures = 0;
    const QMap<QString, double> cpuBefore = threadCpu();
    QElapsedTimer t;
    t.start();
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> inbox(kConnections);
    auto send = [&](QTcpSocket *s) {
        if (next >= bodies.size())
            return;
        const QByteArray &body = bodies.at(next++);
        s->write("POST " + url.path().toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + QByteArray::number(body.size())
                 + "\r\n\r\n" + body);
    };
    for (int c = 0; c < kConnections; ++c) {
        auto *s = sockets.emplace_back(std::make_unique<QTcpSocket>()).get();
        s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        QObject::connect(s, &QTcpSocket::readyRead, &loop, [&, s, c] {
            inbox[size_t(c)] += s->readAll();
            // Answers carry a Content-Length; count complete ones.
            for (;;) {
                const qsizetype end = inbox[size_t(c)].indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = inbox[size_t(c)].left(end);
                const qsizetype cl = head.toLower().indexOf("content-length:");
                const int length = cl < 0 ? 0 : head.mid(cl + 15).split('\r').first().trimmed().toInt();
                if (inbox[size_t(c)].size() < end + 4 + length)
                    return;
                if (!head.startsWith("HTTP/1.1 200"))
                    ++failures;
                inbox[size_t(c)].remove(0, end + 4 + length);
                if (++answered == bodies.size())
                    loop.quit();
                send(s);
            }
        });
        s->connectToHost(QHostAddress::LocalHost, url.port());
        send(s);
    }
    loop.exec();
    const double receiverSecs = t.nsecsElapsed() / 1e9;
    const QMap<QString, double> cpuAfter = threadCpu();
    for (auto it = cpuAfter.cbegin(); it != cpuAfter.cend(); ++it)
        std::printf("cpu during the pushes: %-16s %.2f s\n", qPrintable(it.key()), it.value() - cpuBefore.value(it.key()));

    // Outcomes (recipients' delivery, batch counts) follow within about a second.
    auto db = mms::Database::open(path, &error);
    QSqlQuery q(db->db());
    for (int i = 0; i < 200; ++i) {
        q.exec(u"SELECT SUM(delivered) + SUM(failed) FROM batches"_s);
        if (q.next() && q.value(0).toInt() == total)
            break;
        QEventLoop pause;
        QTimer::singleShot(50, &pause, &QEventLoop::quit);
        pause.exec();
    }
    const double outcomeSecs = t.nsecsElapsed() / 1e9;
    q.exec(u"SELECT COUNT(*), SUM(recipient_id IS NOT NULL) FROM reports"_s);
    q.next();
    const int stored = q.value(0).toInt(), linked = q.value(1).toInt();
    q.exec(u"SELECT SUM(delivered), SUM(failed) FROM batches"_s);
    q.next();
    const double bareSecs = bareInsert(dir.filePath(u"bare.sqlite"_s), records);
    direct(dir.filePath(u"direct.sqlite"_s), total, bodies);

    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    std::printf("records: %d in pushes of %d (%lld pushes), answered non-200: %d\n", total, kPerPush,
                qint64(bodies.size()), failures);
    std::printf("stored %d, linked to their recipient %d, batches count %d delivered + %d failed\n", stored, linked,
                q.value(0).toInt(), q.value(1).toInt());
    std::printf("receiver over HTTP : %6.2f s  %9.0f records/s\n", receiverSecs, total / receiverSecs);
    std::printf("outcomes all applied: %6.2f s after the first push\n", outcomeSecs);
    std::printf("bare SQLite insert : %6.2f s  %9.0f records/s\n", bareSecs, total / bareSecs);
    std::printf("ratio receiver/bare: %.2f   peak memory (whole bench): %ld MB\n", bareSecs / receiverSecs, u.ru_maxrss / 1024);
    return stored == total && failures == 0 ? 0 : 1;
}
