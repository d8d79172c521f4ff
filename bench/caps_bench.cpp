// Frequency caps at import: building a campaign of ROWS recipients from a CSV with the caps on,
// once into a store with no sending history and once into one whose send ledger holds HISTORY
// sends (the 40 days the ledger keeps; TODAY of them today, by default HISTORY/40: half of
// today's to the file's numbers, a tenth of those with the same template, which the caps then
// leave out). Same file, same run. caps_bench [ROWS [HISTORY [TODAY [bare|busy|off]]]]
#include "campaign/DraftImport.h"
#include "campaign/FrequencyCaps.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/SendLedger.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sys/resource.h>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {
long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

QString numberOf(qint64 n)
{
    return u"13"_s + QString::number(n % 10 < 5 ? 8 : 9) + QString::number(n).rightJustified(8, u'0');
}

struct Run
{
    double secs = 0;
    qint64 valid = 0;
    qint64 capped = 0;
};

Run importOnce(mms::Database &db, qint64 accountId, const QString &csv, const QDateTime &now, bool caps = true)
{
    mms::DraftImportRequest r;
    r.path = csv;
    r.options.format = mms::FileFormat::Text;
    r.options.hasHeader = true;
    r.options.mobileColumn = 0;
    r.options.variables = {{u"Text1"_s, 1}};
    r.campaign.accountId = accountId;
    r.campaign.mmsid = u"TPL-A"_s;
    r.campaign.caps = (caps ? mms::FrequencyCaps::standard() : mms::FrequencyCaps::off()).toString();
    r.now = now;
    QElapsedTimer t;
    t.start();
    const mms::DraftImportResult result = mms::importDraft(db, r);
    Run run;
    run.secs = t.elapsed() / 1000.0;
    run.valid = result.summary.valid;
    run.capped = result.summary.capped;
    if (!result.created())
        std::fprintf(stderr, "import failed: %s\n", qPrintable(result.error));
    return run;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const qint64 history = argc > 2 ? QByteArray(argv[2]).toLongLong() : 10 * rows;
    // Sends of today among them: by default the history spread evenly over the 40 days the
    // ledger keeps; give ROWS (or more) for a heavy day.
    const qint64 todays = qBound<qint64>(1000, argc > 3 && *argv[3] ? QByteArray(argv[3]).toLongLong() : history / 40, history) / 1000 * 1000;
    QTemporaryDir dir;
    dir.setAutoRemove(!qEnvironmentVariableIsSet("CAPS_BENCH_KEEP")); // to look at the stores afterwards
    const QString csv = dir.filePath(u"recipients.csv"_s);
    {
        QFile f(csv);
        f.open(QIODevice::WriteOnly);
        QByteArray chunk = "手机号,姓名\n";
        for (qint64 i = 0; i < rows; ++i) {
            chunk += numberOf((i * 7919 + 13) % rows).toLatin1() + ",客户" + QByteArray::number(i) + '\n';
            if (chunk.size() > (1 << 20)) {
                f.write(chunk);
                chunk.clear();
            }
        }
        f.write(chunk);
        std::printf("file: %lld rows, %.1f MB\n", rows, f.size() / 1e6);
    }
    const QDateTime now(QDate(2026, 12, 7), QTime(10, 0), QTimeZone(8 * 3600));
    const int today = mms::FrequencyCaps::chinaDay(now);

    QString error;
    auto bare = mms::Database::open(dir.filePath(u"bare.sqlite"_s), &error);
    auto busy = mms::Database::open(dir.filePath(u"busy.sqlite"_s), &error);
    if (!bare || !busy) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    mms::Account a;
    a.name = u"bench"_s;
    a.baseUrl = QUrl(u"http://127.0.0.1:1/"_s);
    a.userid = a.username = u"300000"_s;
    const auto bareAccountId = mms::Store(*bare).saveAccount(a, &error);
    const auto busyAccountId = mms::Store(*busy).saveAccount(a, &error);
    if (!bareAccountId || !busyAccountId) {
        std::fprintf(stderr, "account: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 bareAccount = *bareAccountId, busyAccount = *busyAccountId;

    // The history: HISTORY ledger entries over 40 days, TODAY of them today. Today's were sent
    // in TODAY/1000 accepted batches whose recipients are in the store (as the claim leaves
    // them): every second one a number of the file; every tenth batch with the file's own
    // template (TODAY/20 of the file's numbers), the others another; every 40th reported failed
    // (those may get it again: TODAY/20 - TODAY/400 capped). Older entries stand for campaigns
    // long deleted.
    {
        QElapsedTimer t;
        t.start();
        const QString mobile = u"CASE WHEN i % 2 = 0 THEN '13' || (CASE WHEN (i / 2) % 10 < 5 THEN 8 ELSE 9 END) || printf('%08d', i / 2)"
                               " ELSE '15' || printf('%09d', i) END"_s;
        const QString series = u"WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < %1) "_s;
        QSqlQuery q(busy->db());
        const QStringList steps{
            u"INSERT INTO campaigns (id, account_id, mmsid, name, state, created_at, updated_at)"
            " VALUES (1, %1, 'TPL-B', 'history', 'completed', '', '')"_s.arg(busyAccount),
            u"BEGIN"_s,
            series.arg(todays / 1000 - 1)
                + u"INSERT INTO batches (id, campaign_id, seq, state, size, updated_at, first_recipient, last_recipient, failed)"
                  " SELECT i + 2, 1, i + 2, 'accepted', 1000, '', i * 1000 + 1, i * 1000 + 1000, 25 FROM c"_s,
            series.arg(todays - 1)
                + u"INSERT INTO recipients (id, campaign_id, batch_id, mobile, params, carrier, delivery, indexed)"
                  " SELECT i + 1, 1, i / 1000 + 2, %1, '', 1, CASE WHEN i % 40 = 0 THEN 'UNDELIV' ELSE 'DELIVRD' END, 1 FROM c"_s.arg(mobile),
            series.arg(history - 1)
                + u"INSERT INTO send_ledger (day, hour, mobile, mmsid, account_id, campaign_id, batch_id, recipient_id)"
                  " SELECT CASE WHEN i < %1 THEN %2 ELSE %2 - 1 - (i % 39) END, 9, %3,"
                  " CASE WHEN (i / 1000) % 10 = 0 THEN 'TPL-A' ELSE 'TPL-B' END, %4, 1,"
                  " CASE WHEN i < %1 THEN i / 1000 + 2 ELSE 0 END, CASE WHEN i < %1 THEN i + 1 ELSE 0 END FROM c"_s
                      .arg(todays)
                      .arg(today)
                      .arg(mobile)
                      .arg(busyAccount),
            u"COMMIT"_s,
            u"ANALYZE"_s,
            u"PRAGMA wal_checkpoint(TRUNCATE)"_s, // a history that grew over weeks is in the database file
        };
        for (const QString &step : steps) {
            if (!q.exec(step)) {
                std::fprintf(stderr, "history: %s\n", qPrintable(q.lastError().text()));
                return 1;
            }
        }
        std::printf("history: %lld sends in the ledger (%lld today, %lld recipients in %lld batches), written in %.1f s\n", history,
                    todays, todays, todays / 1000, t.elapsed() / 1000.0);
    }

    if (argc <= 4) {
        QElapsedTimer t;
        t.start();
        const auto counts = mms::SendLedger(*busy).counts(busyAccount, u"TPL-A"_s, today, &error);
        std::printf("reading today's ledger alone: %lld numbers in %.2f s\n", counts ? qint64(counts->size()) : -1LL, t.elapsed() / 1000.0);
        t.restart();
        qint64 found = 0;
        for (qint64 i = 0; counts && i < rows; ++i)
            found += counts->find(mms::SendLedger::key(numberOf((i * 7919 + 13) % rows))) != nullptr;
        std::printf("looking up the file's %lld numbers in it: %lld found in %.2f s (with making each number's text)\n", rows, found,
                    t.elapsed() / 1000.0);
    }
    // Under callgrind (--toggle-collect='mms::importDraft*'), one import at a time: bare, busy or off.
    const QByteArray only = argc > 4 ? QByteArray(argv[4]) : QByteArray();
    const Run first = only.isEmpty() || only == "bare" ? importOnce(*bare, bareAccount, csv, now) : Run();
    const Run second = only.isEmpty() || only == "busy" ? importOnce(*busy, busyAccount, csv, now) : Run();
    const Run control = only.isEmpty() || only == "off" ? importOnce(*busy, busyAccount, csv, now, false) : Run();
    std::printf("import with caps, no history:          %lld valid, %lld capped in %.2f s\n", first.valid, first.capped, first.secs);
    std::printf("import with caps, %lld sends of history: %lld valid, %lld capped in %.2f s\n", history, second.valid,
                second.capped, second.secs);
    std::printf("(the same store and history, caps off: %.2f s)\n", control.secs);
    if (first.secs > 0 && second.secs > 0)
        std::printf("ratio (with history / without): %.2f (goal <= 1.5); peak memory %ld MB\n", second.secs / first.secs, peakRssMb());
    return 0;
}
