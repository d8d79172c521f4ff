// Recipient import from an Excel workbook side by side with the same rows as CSV, in the same
// run: mobile (a number cell, as Excel keeps it) + 3 text variables (shared strings, as Excel
// writes them). The workbook is made by libxlsxwriter in a child process, so its memory does
// not count in this process's peak.
#include "import/RecipientFile.h"
#include "import/RecipientImport.h"
#include "storage/CampaignRecipientSink.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {
long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

qint64 mobileOf(qint64 i, qint64 rows)
{
    const qint64 n = (i * 7919 + 13) % rows; // a permutation: no duplicates, in no order
    return (n % 10 < 5 ? 13800000000LL : 13900000000LL) + n;
}

void writeCsv(const QString &path, qint64 rows)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    QByteArray chunk = "手机号,姓名,门店,优惠券\n";
    for (qint64 i = 0; i < rows; ++i) {
        chunk += QByteArray::number(mobileOf(i, rows)) + ",客户" + QByteArray::number(i) + ",门店" + QByteArray::number(i % 97)
                 + ",CODE" + QByteArray::number(i * 7 % 100000) + '\n';
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
}

bool writeXlsx(const QString &path, qint64 rows)
{
    const pid_t child = fork();
    if (child == 0) {
        lxw_workbook *wb = workbook_new(path.toLocal8Bit().constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, "客户");
        const char *header[] = {"手机号", "姓名", "门店", "优惠券"};
        for (int c = 0; c < 4; ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), header[c], nullptr);
        for (qint64 i = 0; i < rows; ++i) {
            const auto r = lxw_row_t(i + 1);
            worksheet_write_number(ws, r, 0, double(mobileOf(i, rows)), nullptr);
            worksheet_write_string(ws, r, 1, QByteArray("客户" + QByteArray::number(i)).constData(), nullptr);
            worksheet_write_string(ws, r, 2, QByteArray("门店" + QByteArray::number(i % 97)).constData(), nullptr);
            worksheet_write_string(ws, r, 3, QByteArray("CODE" + QByteArray::number(i * 7 % 100000)).constData(), nullptr);
        }
        const lxw_error e = workbook_close(wb);
        if (e != LXW_NO_ERROR)
            std::fprintf(stderr, "libxlsxwriter: %s\n", lxw_strerror(e));
        _exit(e == LXW_NO_ERROR ? 0 : 1);
    }
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status))
        std::fprintf(stderr, "the workbook writer ended by signal %d\n", WTERMSIG(status));
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

class NullSink : public mms::RecipientSink
{
public:
    bool add(const QString &, const QStringList &) override { return true; }
};

struct Timing
{
    double sniff = 0, check = 0, store = 0;
    qint64 valid = 0;
};

Timing measure(const QString &file, mms::Database &db, qint64 accountId)
{
    Timing t;
    QElapsedTimer clock;
    clock.start();
    const mms::FileSniff sniff = mms::sniffRecipientFile(file);
    t.sniff = clock.elapsed() / 1000.0;
    if (!sniff.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(sniff.error));
        return t;
    }
    mms::ImportOptions o = mms::ImportOptions::fromSniff(sniff);
    o.variables = {{u"Text1"_s, 1}, {u"Text2"_s, 2}, {u"Text3"_s, 3}};
    NullSink null;
    clock.restart();
    const mms::ImportSummary checked = mms::importRecipients(file, o, null);
    t.check = clock.elapsed() / 1000.0;
    t.valid = checked.valid;

    QString error;
    mms::CampaignStore campaigns(db);
    mms::CampaignStore::NewCampaign nc;
    nc.accountId = accountId;
    nc.mmsid = u"M"_s;
    nc.personalised = true;
    nc.variables = {u"Text1"_s, u"Text2"_s, u"Text3"_s};
    const qint64 id = *campaigns.createDraft(nc, &error);
    clock.restart();
    {
        mms::CampaignRecipientSink sink(db, id, nc.variables);
        sink.begin();
        (void)mms::importRecipients(file, o, sink);
        sink.commit();
        campaigns.finalize(id, &error);
    }
    t.store = clock.elapsed() / 1000.0;
    return t;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    if (argc > 2) // xlsx_bench ROWS FILE.xlsx: only make the workbook (for profiling the reader)
        return writeXlsx(QString::fromLocal8Bit(argv[2]), rows) ? 0 : 1;
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"recipients.csv"_s);
    const QString xlsx = dir.filePath(u"recipients.xlsx"_s);
    QElapsedTimer made;
    made.start();
    writeCsv(csv, rows);
    if (!writeXlsx(xlsx, rows)) {
        std::fprintf(stderr, "libxlsxwriter could not write %s\n", qPrintable(xlsx));
        return 1;
    }
    std::printf("files: %lld rows; CSV %.1f MB, workbook %.1f MB (made in %.1f s)\n", rows, QFile(csv).size() / 1e6,
                QFile(xlsx).size() / 1e6, made.elapsed() / 1000.0);

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

    const Timing c = measure(csv, *db, accountId);
    const long csvPeak = peakRssMb();
    const Timing x = measure(xlsx, *db, accountId);
    std::printf("                       %10s %10s\n", "CSV", "xlsx");
    std::printf("sniff (preview)        %9.2fs %9.2fs\n", c.sniff, x.sniff);
    std::printf("read + check only      %9.2fs %9.2fs\n", c.check, x.check);
    std::printf("import into a campaign %9.2fs %9.2fs\n", c.store, x.store);
    std::printf("valid recipients       %10lld %10lld\n", c.valid, x.valid);
    std::printf("peak memory after CSV %ld MB, after both %ld MB\n", csvPeak, peakRssMb());
    std::printf("ratio xlsx / CSV: import %.2f (goal <= 2), read + check %.2f\n", x.store / c.store, x.check / c.check);
    return c.valid == x.valid && x.valid == rows ? 0 : 1;
}
