// Recipient import: a generated CSV (mobile + 3 variables) into the store, validated and
// deduplicated, side by side with sqlite3's own .import of the same file (no checks at all).
#include "import/RecipientFile.h"
#include "import/RecipientImport.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/wait.h>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {
long peakRssMb(int who)
{
    rusage u{};
    getrusage(who, &u);
    return u.ru_maxrss / 1024;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"recipients.csv"_s);
    {
        QFile f(csv);
        f.open(QIODevice::WriteOnly);
        QByteArray chunk = "手机号,姓名,门店,优惠券\n";
        for (qint64 i = 0; i < rows; ++i) {
            // Numbers in no particular order, as in a real export (a permutation of 0..rows-1).
            const qint64 n = (i * 7919 + 13) % rows;
            chunk += "13" + QByteArray::number(n % 10 < 5 ? 8 : 9) + QByteArray::number(n).rightJustified(8, '0') + ",客户"
                     + QByteArray::number(i) + ",门店" + QByteArray::number(i % 97) + ",CODE" + QByteArray::number(i * 7 % 100000) + '\n';
            if (chunk.size() > (1 << 20)) {
                f.write(chunk);
                chunk.clear();
            }
        }
        f.write(chunk);
        std::printf("file: %lld rows, %.1f MB\n", rows, f.size() / 1e6);
    }

    // sqlite3's bare .import of the same file into an empty table, in its own process.
    QProcess sqlite;
    QElapsedTimer t;
    t.start();
    sqlite.start(u"sqlite3"_s, {dir.filePath(u"bare.sqlite"_s), u"-cmd"_s, u"PRAGMA journal_mode=WAL"_s, u".mode csv"_s,
                                u".import %1 recipients"_s.arg(csv)});
    if (!sqlite.waitForStarted()) {
        std::printf("sqlite3 .import: sqlite3 is not installed\n");
        return 1;
    }
    sqlite.waitForFinished(-1);
    const double bareSecs = t.elapsed() / 1000.0;
    std::printf("sqlite3 .import:   %lld rows in %.2f s (%.0f rows/s), no checks; peak memory %ld MB\n", rows, bareSecs,
                rows / bareSecs, peakRssMb(RUSAGE_CHILDREN));
    // Reading and checking alone (no store): what the store adds is the difference.
    {
        class NullSink : public mms::RecipientSink
        {
        public:
            bool add(const QString &, const QStringList &) override { return true; }
        } nullSink;
        const mms::FileSniff sn = mms::sniffRecipientFile(csv);
        mms::ImportOptions vo = mms::ImportOptions::fromSniff(sn);
        vo.variables = {{u"Text1"_s, 1}, {u"Text2"_s, 2}, {u"Text3"_s, 3}};
        QElapsedTimer vt;
        vt.start();
        const mms::ImportSummary vs = mms::importRecipients(csv, vo, nullSink);
        std::printf("read + validate + deduplicate only: %lld rows in %.2f s (%.0f rows/s)\n", vs.rows, vt.elapsed() / 1000.0,
                    vs.rows / (vt.elapsed() / 1000.0));
    }

    // MMS Studio: sniff, validate, deduplicate, store, split into batches.
    QString error;
    auto db = mms::Database::open(dir.filePath(u"store.sqlite"_s), &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    mms::Store store(*db);
    mms::Account account;
    account.name = u"bench"_s;
    account.baseUrl = QUrl(u"http://127.0.0.1:1/"_s);
    account.userid = account.username = u"1"_s;
    const qint64 accountId = *store.saveAccount(account, &error);
    t.restart();
    const mms::FileSniff sniff = mms::sniffRecipientFile(csv);
    mms::ImportOptions o = mms::ImportOptions::fromSniff(sniff);
    o.variables = {{u"Text1"_s, 1}, {u"Text2"_s, 2}, {u"Text3"_s, 3}};
    mms::CampaignStore campaigns(*db);
    mms::CampaignStore::NewCampaign nc;
    nc.accountId = accountId;
    nc.mmsid = u"M"_s;
    nc.personalised = true;
    nc.variables = {u"Text1"_s, u"Text2"_s, u"Text3"_s};
    const qint64 id = *campaigns.createDraft(nc, &error);
    mms::ImportSummary s;
    double importSecs = 0, totalSecs = 0;
    {
        mms::CampaignRecipientSink sink(*db, id, nc.variables);
        sink.begin();
        s = mms::importRecipients(csv, o, sink);
        const double readSecs = t.elapsed() / 1000.0;
        sink.commit();
        importSecs = t.elapsed() / 1000.0;
        std::printf("  of which reading into the sink %.2f s, writing and committing %.2f s\n", readSecs, importSecs - readSecs);
        campaigns.finalize(id, &error);
        totalSecs = t.elapsed() / 1000.0;
    } // the sink copies the WAL into the database file as it goes, after the user was told
    std::printf("MMS Studio import: %lld valid of %lld rows in %.2f s (%.0f rows/s); with batch split %.2f s (%.0f rows/s); "
                "peak memory %ld MB; then checkpointed in %.2f s\n",
                s.valid, s.rows, importSecs, s.rows / importSecs, totalSecs, s.rows / totalSecs, peakRssMb(RUSAGE_SELF),
                t.elapsed() / 1000.0 - totalSecs);
    std::printf("ratio (MMS Studio import with batches / sqlite3 .import): %.2f\n", totalSecs / bareSecs);

    std::printf("ratio counting the checkpoint too (sqlite3 checkpoints as it closes): %.2f\n",
                (t.elapsed() / 1000.0) / bareSecs);

    // What the import no longer does is done as each batch is claimed for sending: its
    // numbers go into the (batch, number) index that reports and replies are linked through.
    {
        QElapsedTimer ct;
        ct.start();
        int claimed = 0;
        while (campaigns.claimNext(id, u"bench"_s, &error))
            ++claimed;
        const double secs = ct.elapsed() / 1000.0;
        std::printf("claiming the %d batches one by one (each its own transaction, its numbers indexed): %.2f s, %.2f ms a batch\n",
                    claimed, secs, claimed ? secs * 1000 / claimed : 0.0);
    }
    return 0;
}
