// Frequency caps at import: building a campaign of ROWS recipients from a CSV with the caps on,
// once into a store with no sending history and once into one whose send ledger holds HISTORY
// sends (the last 40 days; ROWS of them today, half of today's to the file's numbers, a tenth
// of those with the same template, which the caps then leave out). Same file, same run.
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

Run importOnce(mms::Database &db, qint64 accountId, const QString &csv, const QDateTime &now)
{
    mms::DraftImportRequest r;
    r.path = csv;
    r.options.format = mms::FileFormat::Text;
    r.options.hasHeader = true;
    r.options.mobileColumn = 0;
    r.options.variables = {{u"Text1"_s, 1}};
    r.campaign.accountId = accountId;
    r.campaign.mmsid = u"TPL-A"_s;
    r.campaign.caps = mms::FrequencyCaps::standard().toString();
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
    QTemporaryDir dir;
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
    a.baseUrl = u"http://127.0.0.1:1/"_s;
    const qint64 bareAccount = *mms::Store(*bare).saveAccount(a, &error);
    const qint64 busyAccount = *mms::Store(*busy).saveAccount(a, &error);

    // The history: HISTORY ledger entries over 40 days, ROWS of them today. Today's: every
    // second one to a number of the file (another template), and a tenth of those with the
    // file's own template. One accepted batch stands for all of them.
    {
        QElapsedTimer t;
        t.start();
        QSqlQuery q(busy->db());
        const bool ok = q.exec(u"INSERT INTO campaigns (account_id, mmsid, name, state, created_at, updated_at)"
                               " VALUES (%1, 'OLD', 'history', 'completed', '', '')"_s.arg(busyAccount))
                        && q.exec(u"INSERT INTO batches (campaign_id, seq, state, size, updated_at)"
                                  " VALUES ((SELECT MAX(id) FROM campaigns), 1, 'accepted', 1000, '')"_s)
                        && q.exec(u"BEGIN"_s)
                        && q.exec(u"WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < %1)"
                                  " INSERT INTO send_ledger (day, hour, mobile, mmsid, account_id, campaign_id, batch_id, recipient_id)"
                                  " SELECT CASE WHEN i < %2 THEN %3 ELSE %4 - 1 - (i % 39) END, 9,"
                                  " CASE WHEN i % 2 = 0 THEN '13' || (CASE WHEN (i / 2) % 10 < 5 THEN 8 ELSE 9 END) || printf('%08d', i / 2)"
                                  " ELSE '15' || printf('%09d', i) END,"
                                  " CASE WHEN i % 20 = 0 THEN 'TPL-A' ELSE 'TPL-B' END, %5, 1, 1, i + 1 FROM c"_s
                                      .arg(history - 1)
                                      .arg(rows)
                                      .arg(today)
                                      .arg(today)
                                      .arg(busyAccount))
                        && q.exec(u"COMMIT"_s);
        if (!ok) {
            std::fprintf(stderr, "history: %s\n", qPrintable(q.lastError().text()));
            return 1;
        }
        q.exec(u"ANALYZE"_s);
        std::printf("history: %lld sends in the ledger (%lld today), written in %.1f s\n", history, rows, t.elapsed() / 1000.0);
    }

    const Run first = importOnce(*bare, bareAccount, csv, now);
    const Run second = importOnce(*busy, busyAccount, csv, now);
    std::printf("import with caps, no history:          %lld valid, %lld capped in %.2f s\n", first.valid, first.capped, first.secs);
    std::printf("import with caps, %lld sends of history: %lld valid, %lld capped in %.2f s\n", history, second.valid,
                second.capped, second.secs);
    std::printf("ratio (with history / without): %.2f (goal <= 1.5); peak memory %ld MB\n", second.secs / first.secs, peakRssMb());
    return 0;
}
