// The inbox's and the blocklist's reads and writes on both backends (the embedded SQLite store
// and a throw-away PostgreSQL server): every reply filter, keyset pages, bulk block and
// unblock, a suppression list imported.
#include "PgTestServer.h"
#include "campaign/BlocklistImport.h"
#include "import/RecipientFile.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/ReplyPager.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace mms;

namespace {
QString mobile(int i)
{
    return u"139%1"_s.arg(i, 8, 10, QChar(u'0'));
}
} // namespace

class TestInboxStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    const bool m_postgres;
    testsupport::PgTestServer *m_server = nullptr;

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

public:
    explicit TestInboxStore(bool postgres)
        : m_postgres(postgres)
    {
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_postgres)
            return;
        QString error;
        m_server = testsupport::PgTestServer::instance(&error);
        QVERIFY2(m_server, qPrintable(error));
    }

    void replyFiltersAndPages()
    {
        QString error;
        auto db = Database::open(location(u"inbox"_s), &error);
        QVERIFY2(db, qPrintable(error));
        Store store(*db);
        Account a;
        a.name = u"sandbox"_s;
        a.baseUrl = QUrl(u"http://127.0.0.1:1/"_s);
        a.userid = a.username = u"1"_s;
        const qint64 account = *store.saveAccount(a, &error);
        QList<VariableEntry> recipients;
        for (int i = 0; i < 1000; ++i)
            recipients.append({mobile(i), {}});
        CampaignStore campaigns(*db);
        CampaignStore::NewCampaign nc;
        nc.accountId = account;
        nc.mmsid = u"M"_s;
        nc.sub = u"01"_s;
        const qint64 campaign = *campaigns.create(nc, recipients, 1000, &error);
        for (const BatchRow &b : campaigns.batches(campaign))
            QVERIFY(campaigns.setBatchState(b.id, u"accepted"_s, u"T%1"_s.arg(b.seq), 0, {}, &error));
        QList<ReplyRecord> replies;
        for (int i = 0; i < 1000; ++i) {
            const QString text = i % 10 == 0 ? u" Td "_s : i % 7 == 0 ? u"优惠券 100%_ %1"_s.arg(i) : u"好的 %1"_s.arg(i);
            replies.append({mobile(i), u"01"_s, text, u"202611"_s + QString::number(20 + i % 5) + u"100000"_s});
        }
        replies.append({u"13700000000"_s, u"99"_s, u"who is this"_s, u"20261120100000"_s}); // to no campaign
        QVERIFY2(store.storeReplies(replies, &error), qPrintable(error));
        QList<BlockEntry> blocks;
        for (int i = 0; i < 30; ++i)
            blocks.append({mobile(i * 3), u"manual"_s, {}, 0, {}});
        QCOMPARE(store.addToBlocklist(blocks, &error).value_or(-1), 30);
        QCOMPARE(store.addToBlocklist(blocks, &error).value_or(-1), 0); // already there

        const ReplyPager pager(*db);
        const auto count = [&pager](const ReplyQuery &q) {
            QString e;
            const auto n = pager.count(q, &e);
            if (!n)
                qWarning("%s", qPrintable(e));
            return n.value_or(-1);
        };
        QCOMPARE(count({}), 1001);
        ReplyQuery q;
        q.campaignId = campaign;
        QCOMPARE(count(q), 1000);
        q = {};
        q.text = u"优惠券"_s;
        const int coupons = count(q);
        QVERIFY(coupons > 100);
        q.text = u"100%_"_s; // LIKE's own characters, meant literally
        QCOMPARE(count(q), coupons);
        q.text = u"100%x"_s;
        QCOMPARE(count(q), 0);
        q.text = u"WHO"_s; // any case
        QCOMPARE(count(q), 1);
        q = {};
        q.optOutWords = {u"TD"_s, u"退订"_s};
        QCOMPARE(count(q), 100);
        q = {};
        q.blocked = ReplyQuery::Blocked::Yes;
        QCOMPARE(count(q), 30);
        q.blocked = ReplyQuery::Blocked::No;
        QCOMPARE(count(q), 971);
        q = {};
        q.from = q.to = QDate(2026, 11, 21);
        QCOMPARE(count(q), 200);
        q.from = QDate(2026, 11, 23);
        q.to = QDate();
        QCOMPARE(count(q), 400);
        // Filters together.
        q = {};
        q.blocked = ReplyQuery::Blocked::Yes;
        q.optOutWords = {u"td"_s};
        QCOMPARE(count(q), 3); // i = 0, 30, 60: blocked (i = 3k, k < 30) and TD (i % 10 == 0)
        // Every reply once, newest first, page after page.
        QSet<qint64> seen;
        qint64 before = 0, previous = std::numeric_limits<qint64>::max();
        while (true) {
            const auto page = pager.page({}, 0, 300, before, &error);
            QVERIFY2(page, qPrintable(error));
            if (page->isEmpty())
                break;
            for (const ReplyRow &r : *page) {
                QVERIFY(r.id < previous);
                previous = r.id;
                seen.insert(r.id);
            }
            before = page->last().id;
        }
        QCOMPARE(seen.size(), 1001);
        const auto blockedPage = pager.page(q, 0, 50);
        QVERIFY(blockedPage && blockedPage->size() == 3);
        QVERIFY(std::all_of(blockedPage->cbegin(), blockedPage->cend(), [](const ReplyRow &r) { return r.blocked; }));

        // Unblock in bulk; the entries read back newest first with their reasons.
        QCOMPARE(store.removeFromBlocklist(QStringList{mobile(0), mobile(3), u"13000000000"_s}, &error).value_or(-1), 2);
        const auto entries = store.blocklistEntries(&error);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 28);
        QCOMPARE(entries->first().reason, u"manual"_s);
        QCOMPARE(entries->first().campaignId, 0);
        // An opt-out reply blocks its sender with the campaign it replied to.
        store.setAutoBlockKeywords({u"退订"_s});
        QVERIFY(store.storeReplies({{mobile(5), u"01"_s, u"退订"_s, u"20261125100000"_s}}, &error));
        const auto after = store.blocklistEntries(&error);
        const auto it = std::find_if(after->cbegin(), after->cend(), [](const BlockEntry &e) { return e.mobile == mobile(5); });
        QVERIFY(it != after->cend());
        QCOMPARE(it->campaignId, campaign);
    }

    void suppressionListImported()
    {
        QString error;
        auto db = Database::open(location(u"suppression"_s), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(Store(*db).addToBlocklist(mobile(1), u"replied TD"_s, &error));
        const QString file = m_dir.filePath(u"suppression.csv"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QString(u"号码\n"_s + mobile(1) + u"\n"_s + mobile(2) + u"\n"_s + mobile(2) + u"\n+86 "_s + mobile(3) + u"\nabc\n"_s).toUtf8());
        f.close();
        const FileSniff sniff = sniffRecipientFile(file);
        QVERIFY(sniff.ok());
        const ImportOptions options = ImportOptions::fromSniff(sniff);
        const BlocklistImportResult check = importBlocklist(*db, file, options, u"list"_s, false);
        QVERIFY(check.ok());
        QCOMPARE(check.summary.valid, 2);
        QCOMPARE(check.summary.blocked, 1);
        QCOMPARE(check.summary.duplicates, 1);
        QCOMPARE(check.summary.invalid, 1);
        QCOMPARE(check.added, 0);
        QCOMPARE(Store(*db).blocklist()->size(), 1); // a check changes nothing
        const BlocklistImportResult done = importBlocklist(*db, file, options, u"list"_s, true);
        QCOMPARE(done.added, 2);
        const QSet<QString> blocked = *Store(*db).blocklist();
        QCOMPARE(blocked, (QSet<QString>{mobile(1), mobile(2), mobile(3)}));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        TestInboxStore sqlite(false);
        failures += QTest::qExec(&sqlite, argc, argv);
    }
    if (!testsupport::PgTestServer::skipped()) {
        TestInboxStore postgres(true);
        failures += QTest::qExec(&postgres, argc, argv);
        testsupport::PgTestServer::stop();
    }
    return failures;
}
#include "tst_inboxstore.moc"
