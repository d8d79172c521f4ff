// The receiver under abuse (issue 6): oversized pushes, slow senders, thousands of connections
// and garbage bytes against `mmsctl receive` (a process of its own, so its memory can be read),
// while a well-behaved platform keeps pushing. Every good push must be answered 200 and stored,
// the abusers cut off within the limits, and the receiver's memory stay bounded.
#include "TestSupport.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kMaxRequest = 65536;
constexpr int kMaxConnections = 32;

qint64 rssKb(qint64 pid)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}
} // namespace

class TestReceiverAbuse : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_receiver;
    QUrl m_url;
    QByteArray m_log;
    int m_goodSent = 0;
    int m_goodAnswered = 0;

    // A push as the platform sends it; true when answered 200.
    bool goodPush()
    {
        const QByteArray id = "G" + QByteArray::number(m_goodSent++);
        const auto r = testsupport::http("POST", m_url, "rpts=13000000000,DELIVRD," + id + ",20261125101010",
                                         "application/x-www-form-urlencoded", 5000);
        if (r.status == 200)
            ++m_goodAnswered;
        return r.status == 200;
    }
    std::unique_ptr<QTcpSocket> connectRaw()
    {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, quint16(m_url.port()));
        return s;
    }
    QByteArray head(int contentLength) const
    {
        return "POST " + m_url.path().toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
               "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
    }
    qint64 rss() { return rssKb(m_receiver.processId()); }
    // Sockets the receiver process holds open (its listening one included), from /proc.
    int sockets()
    {
        int n = 0;
        const QDir fds(u"/proc/%1/fd"_s.arg(m_receiver.processId()));
        for (const QString &name : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
            char target[64] = {};
            if (::readlink(QFile::encodeName(fds.filePath(name)).constData(), target, sizeof target - 1) > 0
                && qstrncmp(target, "socket:", 7) == 0)
                ++n;
        }
        return n;
    }
    int m_socketsAtRest = 0;

private Q_SLOTS:
    void initTestCase()
    {
        // Room for the abusers' sockets in this process.
        rlimit files{};
        getrlimit(RLIMIT_NOFILE, &files);
        files.rlim_cur = std::min<rlim_t>(files.rlim_max, 8192);
        setrlimit(RLIMIT_NOFILE, &files);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MMS_DATA_DIR"_s, m_dir.filePath(u"data"_s));
        env.insert(u"MMS_SANDBOX_DIR"_s, m_dir.filePath(u"sandbox"_s));
        m_receiver.setProcessEnvironment(env);
        m_receiver.start(QStringLiteral(MMSCTL_PATH),
                         {u"--db"_s, m_dir.filePath(u"store.sqlite"_s), u"receive"_s, u"--listen"_s, u"127.0.0.1:0"_s,
                          u"--no-register"_s, u"--max-request-bytes"_s, QString::number(kMaxRequest), u"--request-timeout"_s,
                          u"1"_s, u"--idle-timeout"_s, u"2"_s, u"--max-connections"_s, QString::number(kMaxConnections)});
        QVERIFY(m_receiver.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT((m_log += m_receiver.readAllStandardError()).contains("listening"), 15000);
        const QByteArray line = m_log.mid(m_log.indexOf("http://"));
        m_url = QUrl(QString::fromUtf8(line.left(line.indexOf(' '))));
        QVERIFY(m_url.port() > 0);
        for (int i = 0; i < 20; ++i)
            QVERIFY(goodPush());
        m_socketsAtRest = sockets();
        qInfo("receiver memory at rest: %lld KB, %d sockets", rss(), m_socketsAtRest);
    }

    void oversizedPushesAreRefusedAndBounded()
    {
        // 20 senders each announcing and streaming 10 MB: each gets 413 and is closed long before.
        std::vector<std::unique_ptr<QTcpSocket>> senders;
        std::vector<QByteArray> answers(20);
        std::vector<qint64> sent(20, 0);
        const QByteArray chunk(16384, 'x');
        for (int i = 0; i < 20; ++i) {
            senders.push_back(connectRaw());
            QTcpSocket *s = senders.back().get();
            QObject::connect(s, &QTcpSocket::connected, s, [&, s, i] {
                s->write(head(10 << 20) + "rpts=");
            });
            QObject::connect(s, &QTcpSocket::bytesWritten, s, [&, s, i](qint64 n) {
                sent[size_t(i)] += n;
                if (sent[size_t(i)] < (10 << 20) && s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < 65536)
                    s->write(chunk);
            });
            QObject::connect(s, &QTcpSocket::readyRead, s, [&, s, i] { answers[size_t(i)] += s->readAll(); });
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(senders.begin(), senders.end(),
                                             [](const auto &s) { return s->state() == QAbstractSocket::UnconnectedState; }),
                                 10000);
        int refused = 0;
        qint64 maxSent = 0;
        for (int i = 0; i < 20; ++i) {
            refused += answers[size_t(i)].startsWith("HTTP/1.1 413") ? 1 : 0;
            maxSent = std::max(maxSent, sent[size_t(i)]);
        }
        qInfo("oversized: %d of 20 answered 413; the most any sender got out before being cut: %lld KB of 10240 KB; receiver memory %lld KB",
              refused, maxSent / 1024, rss());
        QCOMPARE(refused, 20);
        QVERIFY(maxSent < 10 << 20);
        QVERIFY(goodPush());
    }

    void slowSendersAreCutOffWhileGoodPushesGoOn()
    {
        // 100 slowloris clients: a request line, then a header byte every 200 ms, never finishing.
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 100; ++i) {
            slow.push_back(connectRaw());
            QTcpSocket *s = slow.back().get();
            QObject::connect(s, &QTcpSocket::connected, s, [this, s] { s->write("POST " + m_url.path().toUtf8() + " HTTP/1.1\r\nX-Slow: "); });
        }
        QTimer drip;
        QObject::connect(&drip, &QTimer::timeout, &drip, [&slow] {
            for (const auto &s : slow)
                if (s->state() == QAbstractSocket::ConnectedState)
                    s->write("a");
        });
        drip.start(200);
        QElapsedTimer t;
        t.start();
        int good = 0, goodOk = 0;
        while (t.elapsed() < 4000) {
            ++good;
            goodOk += goodPush() ? 1 : 0;
            QTest::qWait(50);
        }
        // Every slow one was cut (by the request timeout, or to make room), none lasted.
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(slow.begin(), slow.end(),
                                             [](const auto &s) { return s->state() == QAbstractSocket::UnconnectedState; }),
                                 5000);
        qInfo("slowloris: 100 slow senders all cut off; %d of %d good pushes answered 200 meanwhile; receiver memory %lld KB",
              goodOk, good, rss());
        QCOMPARE(goodOk, good);
    }

    void thousandsOfConnections()
    {
        const int n = 2000;
        std::vector<std::unique_ptr<QTcpSocket>> crowd;
        // In waves of 100, as a crowd arrives: all at once, most would wait in the kernel's SYN
        // retries (the listen backlog is full) and arrive over minutes, not be refused.
        for (int i = 0; i < n; ++i) {
            crowd.push_back(connectRaw());
            if (i % 100 == 99)
                QTest::qWait(100);
        }
        QTest::qWait(500);
        int good = 0, goodOk = 0;
        for (int i = 0; i < 30; ++i) {
            ++good;
            goodOk += goodPush() ? 1 : 0;
        }
        const qint64 memory = rss();
        // The crowd stops arriving: those still knocking (a slow sanitizer build leaves many in
        // the kernel's SYN retries) give up.
        for (const auto &s : crowd)
            if (s->state() == QAbstractSocket::ConnectingState || s->state() == QAbstractSocket::HostLookupState)
                s->abort();
        // The receiver keeps at most kMaxConnections open: the rest were closed to make room.
        // Counted on its side: a client may still see a connection as open that the kernel
        // completed but the receiver has not taken yet.
        QTRY_VERIFY_WITH_TIMEOUT(sockets() - m_socketsAtRest <= kMaxConnections, 30000);
        // Sampled for a while: a late arrival may push one out, which keeps its socket for at
        // most a second to say so; beyond those few, nothing.
        int peak = 0;
        for (int i = 0; i < 20; ++i) {
            peak = std::max(peak, sockets() - m_socketsAtRest);
            QTest::qWait(25);
        }
        QVERIFY2(peak <= kMaxConnections + 8, qPrintable(QString::number(peak)));
        qInfo("crowd: %d idle connections opened, at most %d held open by the receiver after, %lld still open on the client side; "
              "%d of %d good pushes answered 200; receiver memory %lld KB",
              n, peak, qint64(std::count_if(crowd.begin(), crowd.end(), [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; })),
              goodOk, good, memory);
        QCOMPARE(goodOk, good);
    }

    void garbageBytes()
    {
        QRandomGenerator random(6);
        int closed = 0;
        for (int i = 0; i < 20; ++i) {
            auto s = connectRaw();
            QVERIFY(s->waitForConnected(3000));
            QByteArray junk(32768, Qt::Uninitialized);
            for (char &c : junk)
                c = char(random.bounded(256));
            s->write(junk);
            s->flush();
            QTRY_VERIFY_WITH_TIMEOUT(s->state() == QAbstractSocket::UnconnectedState, 5000);
            ++closed;
            QVERIFY(goodPush());
        }
        qInfo("garbage: %d connections of 32 KB random bytes, each closed; receiver memory %lld KB", closed, rss());
    }

    void cleanupTestCase()
    {
        const qint64 memory = rss();
        qInfo("receiver memory after all the abuse: %lld KB", memory);
        // Bounded: 64 KB requests and 32 connections at once leave nothing to pile up. AddressSanitizer
        // keeps freed memory in quarantine (up to 256 MB) and shadows the rest, hence its own bound.
#if defined(__SANITIZE_ADDRESS__)
        constexpr qint64 kBoundKb = 450 * 1024;
#else
        constexpr qint64 kBoundKb = 150 * 1024;
#endif
        QVERIFY2(memory > 0 && memory < kBoundKb, qPrintable(QString::number(memory)));
        m_receiver.terminate();
        QVERIFY(m_receiver.waitForFinished(10000));
        // Every good push answered 200 is in the store.
        QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        d.setDatabaseName(m_dir.filePath(u"store.sqlite"_s));
        QVERIFY(d.open());
        {
            QSqlQuery q(d);
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM reports WHERE taskid LIKE 'G%'"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), m_goodAnswered);
            QCOMPARE(m_goodAnswered, m_goodSent);
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
        }
        d.close();
        d = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
        qInfo("good pushes: %d sent, %d answered 200 and stored", m_goodSent, m_goodAnswered);
    }
};

QTEST_GUILESS_MAIN(TestReceiverAbuse)
#include "tst_receiverabuse.moc"
