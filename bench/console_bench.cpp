// The console over a campaign of 1,000,000 recipients: how long the reads behind the Reports
// area take (counts by outcome, a page of the recipient table anywhere in it, a number search,
// the campaign's detail and delivery timeline), and a CSV export of all of it, through
// ReportService as the studio uses it (its own thread and connection).
#include "reports/RecipientTableModel.h"
#include "reports/ReportService.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/RecipientPager.h"
#include "storage/ReportStore.h"
#include "storage/ReportWriter.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;

namespace {
QString mobile(int i)
{
    return u"139%1"_s.arg(i, 8, 10, QChar(u'0'));
}

struct Stats
{
    std::vector<double> ms;
    void add(double v) { ms.push_back(v); }
    QString text()
    {
        std::sort(ms.begin(), ms.end());
        return u"median %1 ms, worst %2 ms (%3 reads)"_s.arg(ms[ms.size() / 2], 0, 'f', 1).arg(ms.back(), 0, 'f', 1).arg(ms.size());
    }
};

// Runs fn, which starts an asynchronous read, and waits for signal; returns the milliseconds.
template<typename Signal, typename Fn>
double timed(mms::ReportService &service, Signal signal, Fn fn)
{
    QEventLoop loop;
    const auto c = QObject::connect(&service, signal, &loop, [&loop] { loop.quit(); });
    QElapsedTimer t;
    t.start();
    fn();
    loop.exec();
    QObject::disconnect(c);
    return t.nsecsElapsed() / 1e6;
}
} // namespace

// A campaign of `total` personalised recipients, all sent but the last 10 %, with reports for
// 80 % of the sent (9 in 10 delivered); its batches' taskids start with `task`.
qint64 makeCampaign(mms::Database &db, qint64 acc, int total, const QString &task)
{
    QString error;
    QList<mms::VariableEntry> recipients;
    recipients.reserve(total);
    for (int i = 0; i < total; ++i)
        recipients.append({mobile(i), {{u"Text1"_s, u"客户%1"_s.arg(i)}}});
    mms::CampaignStore campaigns(db);
    mms::CampaignStore::NewCampaign nc;
    nc.accountId = acc;
    nc.mmsid = u"M"_s;
    nc.personalised = true;
    nc.variables = {u"Text1"_s};
    const qint64 campaign = *campaigns.create(nc, recipients, 1000, &error);
    recipients.clear();
    // All sent but the last 10 %; reports for 80 % of the sent: 9 in 10 delivered.
    const auto batches = campaigns.batches(campaign);
    for (const mms::BatchRow &b : batches)
        if (b.seq <= batches.size() * 9 / 10)
            campaigns.setBatchState(b.id, u"accepted"_s, task + QString::number(b.seq), 0, {}, &error);
    mms::ReportWriter writer(db);
    QList<mms::ReportRecord> push;
    for (int i = 0; i < total * 9 / 10; ++i) {
        if (i % 10 >= 8)
            continue;
        const QString minute = u"2026112910%1"_s.arg(i * 60 / total, 2, 10, QChar(u'0'));
        push.append({mobile(i), i % 9 ? u"DELIVRD"_s : u"UNDELIV"_s, task + QString::number(i / 1000 + 1), minute + u"00"_s, {}});
        if (push.size() == 500) {
            writer.store(push, &error);
            push.clear();
        }
    }
    writer.store(push, &error);
    while (writer.applyOutcomes(50000, &error) > 0) {
    }
    return campaign;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"studio.sqlite"_s);
    QString error;
    qint64 campaign = 0, acc = 0;
    QElapsedTimer setup;
    setup.start();
    {
        auto db = mms::Database::open(path, &error);
        mms::Store store(*db);
        mms::Account a;
        a.name = u"bench"_s;
        a.baseUrl = QUrl(u"http://127.0.0.1:1/"_s);
        a.userid = a.username = u"1"_s;
        acc = *store.saveAccount(a, &error);
        campaign = makeCampaign(*db, acc, total, u"T"_s);
    }
    std::printf("campaign: %d recipients, %d sent, %d reports (setup %.1f s, %.0f MB on disk)\n", total, total * 9 / 10,
                total * 9 / 10 * 8 / 10, setup.elapsed() / 1000.0, QFileInfo(path).size() / 1e6);

    mms::ReportService service;
    service.open(path);
    QRandomGenerator random(7);
    using F = mms::RecipientFilter;
    const std::pair<F, const char *> filters[] = {{F::All, "all"}, {F::Delivered, "delivered"}, {F::Failed, "failed"},
                                                  {F::Waiting, "waiting"}, {F::Replied, "replied"}, {F::NotSent, "not sent"}};
    for (const auto &[filter, name] : filters) {
        const mms::RecipientQuery q{campaign, filter, {}};
        int count = 0;
        QObject::connect(&service, &mms::ReportService::counted, &app, [&count](quint64, int n) { count = n; },
                         Qt::SingleShotConnection);
        const double countMs = timed(service, &mms::ReportService::counted, [&] { service.count(q, 1); });
        Stats pages;
        for (int i = 0; i < 20 && count > 0; ++i) {
            const int offset = int(random.bounded(qMax(1, count - 200)));
            pages.add(timed(service, &mms::ReportService::fetched, [&] { service.fetch(q, offset, 200, 2); }));
        }
        std::printf("%-10s %8d rows: count %6.1f ms; a page of 200 anywhere: %s\n", name, count, countMs,
                    count ? qPrintable(pages.text()) : "-");
    }
    Stats search;
    for (int i = 0; i < 10; ++i) {
        const mms::RecipientQuery q{campaign, F::All, mobile(int(random.bounded(total))).right(6)};
        search.add(timed(service, &mms::ReportService::counted, [&] { service.count(q, 3); })
                   + timed(service, &mms::ReportService::fetched, [&] { service.fetch(q, 0, 200, 3); }));
    }
    std::printf("search by 6 digits (count + first page): %s\n", qPrintable(search.text()));
    Stats whole;
    for (int i = 0; i < 10; ++i) {
        const mms::RecipientQuery q{campaign, F::All, mobile(int(random.bounded(total)))};
        whole.add(timed(service, &mms::ReportService::counted, [&] { service.count(q, 4); })
                  + timed(service, &mms::ReportService::fetched, [&] { service.fetch(q, 0, 200, 4); }));
    }
    std::printf("search by a whole number (count + first page): %s\n", qPrintable(whole.text()));
    const double detail = timed(service, &mms::ReportService::detailLoaded, [&] { service.loadDetail(campaign); });
    std::printf("campaign detail and delivery timeline: %.1f ms\n", detail);

    // Results by carrier, province, city and hour (BreakdownReader through the service): the
    // first read, then refreshes as a dashboard makes them, with nothing new and with a second's
    // worth of new reports (1,000 over 50 batches); side by side with one GROUP BY of the
    // campaign's recipients in SQL, the plain way, on a connection of its own.
    {
        qint64 sentInGroups = 0;
        QObject::connect(&service, &mms::ReportService::breakdownLoaded, &app,
                         [&sentInGroups](quint64, const mms::CampaignBreakdown &b) { sentInGroups = b.totals.sent; });
        const double first = timed(service, &mms::ReportService::breakdownLoaded, [&] { service.loadBreakdown(campaign, 1); });
        Stats idle, live, five;
        for (int i = 0; i < 10; ++i)
            idle.add(timed(service, &mms::ReportService::breakdownLoaded, [&] { service.loadBreakdown(campaign, 2); }));
        auto db = mms::Database::open(path, &error);
        mms::ReportWriter writer(*db);
        int next = 0;
        for (int round = 0; round < 10; ++round) {
            QList<mms::ReportRecord> push;
            for (int b = 0; b < 50; ++b)
                for (int k = 0; k < 20; ++k) {
                    const int i = (b * 17 + round * 131) % (total * 9 / 10 / 1000) * 1000 + 800 + (next++ % 200);
                    push.append({mobile(i), u"DELIVRD"_s, u"T%1"_s.arg(i / 1000 + 1), u"20261129113000"_s, {}});
                }
            writer.store(push, &error);
            while (writer.applyOutcomes(50000, &error) > 0) {
            }
            live.add(timed(service, &mms::ReportService::breakdownLoaded, [&] { service.loadBreakdown(campaign, 3); }));
        }
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 5; ++i)
            timed(service, &mms::ReportService::breakdownLoaded, [&] { service.loadBreakdown(campaign, 4); });
        const double fiveMs = t.nsecsElapsed() / 1e6;
        QSqlQuery q(db->db());
        t.start();
        q.prepare(u"SELECT substr(mobile, 1, 7), carrier, delivery, substr(reported_at, 9, 2), replied, COUNT(*) FROM recipients"
                  " WHERE campaign_id = ? AND batch_id IN (SELECT id FROM batches WHERE campaign_id = ? AND state = 'accepted')"
                  " GROUP BY 1, 2, 3, 4, 5"_s);
        q.addBindValue(campaign);
        q.addBindValue(campaign);
        q.exec();
        int groups = 0;
        while (q.next())
            ++groups;
        const double plain = t.nsecsElapsed() / 1e6;
        std::printf("results by carrier/province/city/hour (%lld sent): first read %.0f ms; refresh, nothing new: %s;\n"
                    "  refresh after 1,000 new reports in 50 batches: %s; five refreshes in a row %.1f ms\n"
                    "  baseline, one GROUP BY of the recipients in SQL: %.0f ms (%d groups)\n",
                    static_cast<long long>(sentInGroups), first, qPrintable(idle.text()), qPrintable(live.text()), fiveMs, plain, groups);
    }

    // console_bench N compare: four more such campaigns, then the five side by side (Compare…),
    // each one's first read and then again.
    if (argc > 2 && QByteArray(argv[2]) == "compare") {
        QList<qint64> five{campaign};
        {
            auto db = mms::Database::open(path, &error);
            for (int c = 2; c <= 5; ++c)
                five << makeCampaign(*db, acc, total, u"C%1-"_s.arg(c));
        }
        const double cold = timed(service, &mms::ReportService::compared, [&] { service.compare(five, 9); });
        Stats warm;
        for (int i = 0; i < 5; ++i)
            warm.add(timed(service, &mms::ReportService::compared, [&] { service.compare(five, 10); }));
        std::printf("five campaigns of %d side by side: first %.0f ms (the first campaign read before), again: %s\n", total, cold,
                    qPrintable(warm.text()));
    }

    // The model as the view uses it: a jump to the far end of the table, shown.
    mms::RecipientTableModel model(&service);
    model.setQuery({campaign, F::All, {}});
    QEventLoop wait;
    QObject::connect(&model, &mms::RecipientTableModel::countChanged, &wait, &QEventLoop::quit);
    wait.exec();
    Stats jumps;
    for (int i = 0; i < 20; ++i) {
        const int row = int(random.bounded(model.rowCount()));
        QElapsedTimer t;
        t.start();
        while (!model.index(row, 0).data(mms::RecipientTableModel::LoadedRole).toBool()) {
            QEventLoop page;
            QObject::connect(&model, &QAbstractItemModel::dataChanged, &page, &QEventLoop::quit);
            page.exec();
        }
        jumps.add(t.nsecsElapsed() / 1e6);
    }
    std::printf("table model, a jump anywhere until its row shows: %s\n", qPrintable(jumps.text()));

    int exported = 0;
    QObject::connect(&service, &mms::ReportService::exportFinished, &app, [&exported](const QString &, int rows) { exported = rows; });
    const double exportMs = timed(service, &mms::ReportService::exportFinished,
                                  [&] { service.exportRecipients({campaign, F::All, {}}, dir.filePath(u"all.csv"_s)); });
    std::printf("CSV export of every recipient: %d rows in %.1f s (%.0f rows/s, %.0f MB)\n", exported, exportMs / 1000,
                exported / (exportMs / 1000), QFileInfo(dir.filePath(u"all.csv"_s)).size() / 1e6);
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    std::printf("peak memory (whole bench, setup included): %ld MB\n", u.ru_maxrss / 1024);

    // Deleting the campaign: its reports stay, unlinked. Before migration 9 (reports' links
    // as foreign keys, with no index on them) this read every report once per recipient.
    {
        auto db = mms::Database::open(path, &error);
        QElapsedTimer t;
        t.start();
        const bool deleted = mms::CampaignStore(*db).deleteCampaign(campaign, &error);
        std::printf("deleting the campaign (%d recipients, its reports kept unlinked): %s in %.2f s\n", total,
                    deleted ? "done" : qPrintable(error), t.elapsed() / 1000.0);
    }
    return 0;
}
