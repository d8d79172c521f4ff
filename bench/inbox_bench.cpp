// The inbox over 1,000,000 replies: what the Replies tab's reads take (the count, a page at the
// top, the next pages after the last one read, a jump deep into the list, each filter), beside
// the bare read of one page of the same table without joins or filters (the baseline) in the
// same run.
#include "storage/Database.h"
#include "storage/ReplyPager.h"
#include "storage/SqlHelpers.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The median of five runs of fn, in milliseconds.
double timed(const std::function<void()> &fn)
{
    std::vector<double> ms;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    return median(ms);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    QString error;
    auto db = mms::Database::open(dir.filePath(u"inbox.sqlite"_s), &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    {
        QElapsedTimer t;
        t.start();
        QSqlDatabase &d = db->db();
        d.transaction();
        QSqlQuery q(d);
        q.prepare(u"INSERT INTO replies (mobile, extension, text, replied_at, received_at) VALUES (?, '01', ?, ?, '2026-12-01T00:00:00Z')"_s);
        for (int i = 0; i < rows; ++i) {
            q.addBindValue(u"139%1"_s.arg(i % 400000, 8, 10, QChar(u'0')));
            q.addBindValue(i % 20 == 0 ? u"TD"_s : i % 7 == 0 ? u"优惠券还有吗 %1"_s.arg(i) : u"好的，谢谢 %1"_s.arg(i));
            q.addBindValue(u"202611%1%2"_s.arg(1 + i % 30, 2, 10, QChar(u'0')).arg(i % 86400, 6, 10, QChar(u'0')));
            q.exec();
        }
        QSqlQuery b(d);
        b.prepare(u"INSERT INTO blocklist (mobile, reason, added_at) VALUES (?, 'TD', '2026-12-01T00:00:00Z') ON CONFLICT DO NOTHING"_s);
        for (int i = 0; i < rows / 100; ++i) {
            b.addBindValue(u"139%1"_s.arg(i * 37 % 400000, 8, 10, QChar(u'0')));
            b.exec();
        }
        d.commit();
        std::printf("store: %d replies, %d blocked numbers, made in %.1f s\n", rows, rows / 100, t.elapsed() / 1000.0);
    }
    const mms::ReplyPager pager(*db);
    QSqlQuery bare(db->db());
    const double baseline = timed([&] {
        bare.exec(u"SELECT id, mobile, text, replied_at FROM replies ORDER BY id DESC LIMIT 200"_s);
        while (bare.next()) {
        }
    });
    std::printf("%-52s %8.2f ms  (baseline)\n", "bare page of 200, no joins, no filter", baseline);
    const auto line = [baseline](const char *what, double ms, double goal) {
        std::printf("%-52s %8.2f ms  %6.1fx baseline  goal <= %.0f ms%s\n", what, ms, ms / baseline, goal, ms <= goal ? "" : "  (not met)");
    };
    line("count, no filter", timed([&] { (void)pager.count({}); }), 100);
    line("first page", timed([&] { (void)pager.page({}, 0, 200); }), 5);
    qint64 before = 0;
    for (int p = 0; p < 2000; ++p) // walk down to about row 400,000
        before = pager.page({}, 0, 200, before)->last().id;
    line("a page after row 400,000 (after the last one read)", timed([&] { (void)pager.page({}, 0, 200, before); }), 5);
    line("a page at row 900,000 (a jump: OFFSET)", timed([&] { (void)pager.page({}, 900000, 200); }), 100);
    mms::ReplyQuery text;
    text.text = u"优惠券"_s;
    line("filter by text: count", timed([&] { (void)pager.count(text); }), 100);
    line("filter by text: first page", timed([&] { (void)pager.page(text, 0, 200); }), 100);
    mms::ReplyQuery blocked;
    blocked.blocked = mms::ReplyQuery::Blocked::Yes;
    line("blocked senders: count", timed([&] { (void)pager.count(blocked); }), 100);
    mms::ReplyQuery optOut;
    optOut.optOutWords = mms::Store::defaultAutoBlockKeywords();
    line("opt-out words: count", timed([&] { (void)pager.count(optOut); }), 100);
    mms::ReplyQuery day;
    day.from = day.to = QDate(2026, 11, 15);
    line("one day: count", timed([&] { (void)pager.count(day); }), 100);
    return 0;
}
