// mmsctl end to end: the real binary against the real simulator binary over loopback.
#include "TestSupport.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSettings>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kVars = QStringLiteral(R"({"Text1":"张先生"})");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString text() const { return QString::fromUtf8(out + err); }
};
} // namespace

class TestMmsctl : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_sim;
    quint16 m_port = 0;

    QProcessEnvironment env(bool platform = true) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString &k : {u"MMS_BASE_URL"_s, u"MMS_USERID"_s, u"MMS_USERNAME"_s, u"MMS_PASSWORD"_s, u"MMS_PRODUCTID"_s})
            e.remove(k);
        e.insert(u"MMS_DATA_DIR"_s, m_dir.filePath(u"data"_s));
        testsupport::sendAtAnyHour(m_dir.filePath(u"data"_s));
        e.insert(u"MMS_SANDBOX_DIR"_s, m_dir.filePath(u"sandbox"_s));
        if (platform) {
            e.insert(u"MMS_BASE_URL"_s, u"http://127.0.0.1:%1/mms/api/"_s.arg(m_port));
            e.insert(u"MMS_USERID"_s, u"300000"_s);
            e.insert(u"MMS_USERNAME"_s, u"300000"_s);
            e.insert(u"MMS_PASSWORD"_s, u"123456"_s);
            e.insert(u"MMS_PRODUCTID"_s, u"16891"_s);
        }
        return e;
    }
    Run mmsctl(const QStringList &args, const QProcessEnvironment &environment)
    {
        QProcess p;
        p.setProcessEnvironment(environment);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(MMSCTL_PATH), QStringList{u"--db"_s, db()} + args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        Run r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
        if (r.exitCode != 0)
            qDebug().noquote() << args.join(u' ') << "->" << r.exitCode << r.text().left(500);
        return r;
    }
    Run mmsctl(const QStringList &args) { return mmsctl(args, env()); }
    QString db() const { return m_dir.filePath(u"test.sqlite"_s); }
    void write(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    QUrl control(const QString &endpoint) const { return QUrl(u"http://127.0.0.1:%1/sim/%2"_s.arg(m_port).arg(endpoint)); }
    QString submitTemplate()
    {
        const Run r = mmsctl({u"template"_s, u"submit"_s, m_dir.filePath(u"t.json"_s)});
        return r.exitCode == 0 ? QString::fromUtf8(r.out.trimmed()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Tests send to the same numbers again and again; audienceImportedOnceSentTwice turns caps on.
        testsupport::sendWithoutCaps(m_dir.filePath(u"data"_s));
        m_port = testsupport::startSimulatorProcess(m_sim, m_dir.filePath(u"port"_s),
                                                    {u"--log"_s, m_dir.filePath(u"sends.log"_s)});
        QVERIFY(m_port != 0);
        write(u"1.txt"_s, u"尊敬的${Text1}，双十一大促开始啦！拒收请回复R"_s.toUtf8());
        write(u"logo.jpg"_s, QByteArrayLiteral("\xFF\xD8\xFF\xE0 not really a jpeg"));
        write(u"t.json"_s, R"({"subject": "双十一大促", "frames": [{"dur": 5000, "attachments": ["1.txt", "logo.jpg"]}, {"dur": 3000, "attachments": ["logo.jpg"]}]})");
        write(u"bad.json"_s, R"({"subject": "x", "frames": [{"dur": 0, "attachments": ["missing.mp4"]}]})");
    }
    void cleanupTestCase()
    {
        m_sim.terminate();
        m_sim.waitForFinished(5000);
    }
    void init() { testsupport::http("POST", control(u"faults"_s), "[]"); }

    void helpAndUsage()
    {
        Run r = mmsctl({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.text().contains(u"template submit"_s));
        r = mmsctl({u"send"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.text().contains(u"--mmsid"_s));
        QCOMPARE(mmsctl({}).exitCode, 1);
        QCOMPARE(mmsctl({u"frobnicate"_s}).exitCode, 1);
        QCOMPARE(mmsctl({u"template"_s}).exitCode, 1);
        QCOMPARE(mmsctl({u"balance"_s, u"--bogus"_s}).exitCode, 1);
        QCOMPARE(mmsctl({u"send"_s, u"--to"_s, u"13800138000"_s}).exitCode, 1); // no --mmsid
    }
    void balance()
    {
        Run r = mmsctl({u"balance"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.text().contains(u"balance"_s));
        r = mmsctl({u"--json"_s, u"balance"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().value(u"ok"_s).toBool());
        QVERIFY(r.json().value(u"balance"_s).toDouble() > 0);
    }
    void wrongPasswordExitsWithThePlatformCode()
    {
        QProcessEnvironment e = env();
        e.insert(u"MMS_PASSWORD"_s, u"Zq9-secret"_s);
        Run r = mmsctl({u"balance"_s}, e);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.text().contains(u"-3"_s));
        QVERIFY(r.text().contains(u"用户账号密码错误"_s));
        r = mmsctl({u"--json"_s, u"template"_s, u"submit"_s, m_dir.filePath(u"t.json"_s)}, e);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.json().value(u"error"_s).toObject().value(u"code"_s).toInt(), -3);
        QVERIFY(!r.out.contains("Zq9-secret") && !r.err.contains("Zq9-secret")); // the password is never printed
    }
    void badEnvironment()
    {
        QProcessEnvironment e = env();
        e.insert(u"MMS_BASE_URL"_s, u"ftp://nowhere"_s);
        QCOMPARE(mmsctl({u"balance"_s}, e).exitCode, 5);
        e = env();
        e.remove(u"MMS_PASSWORD"_s);
        const Run r = mmsctl({u"balance"_s}, e);
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.text().contains(u"MMS_PASSWORD"_s));
    }
    void templateCheck()
    {
        Run r = mmsctl({u"template"_s, u"check"_s, m_dir.filePath(u"t.json"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.text().contains(u"2 frames"_s));
        QVERIFY(r.text().contains(u"Text1"_s));
        r = mmsctl({u"template"_s, u"check"_s, m_dir.filePath(u"bad.json"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.text().contains(u"missing.mp4 is missing"_s));
        QVERIFY(r.text().contains(u"positive whole number"_s));
        r = mmsctl({u"--json"_s, u"template"_s, u"check"_s, m_dir.filePath(u"bad.json"_s)});
        QCOMPARE(r.json().value(u"error"_s).toObject().value(u"errors"_s).toArray().size(), 2);
        r = mmsctl({u"template"_s, u"check"_s, m_dir.filePath(u"t.json"_s), u"--limit"_s, u"10"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.text().contains(u"over the limit"_s));
        QCOMPARE(mmsctl({u"template"_s, u"check"_s, m_dir.filePath(u"nope.json"_s)}).exitCode, 2);
        QCOMPARE(mmsctl({u"template"_s, u"check"_s}).exitCode, 1);
    }
    void garbageManifests_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray("{\"subject\": \"x\", \"frames\": [{\"du");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5);
        QTest::newRow("oversized") << QByteArray(3 * 1024 * 1024, '[');
    }
    void garbageManifests()
    {
        QFETCH(QByteArray, content);
        write(u"g.json"_s, content);
        const Run r = mmsctl({u"template"_s, u"submit"_s, m_dir.filePath(u"g.json"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.text().contains(u"g.json"_s) || r.text().contains(u"manifest"_s));
    }
    void submitListAndAudit()
    {
        const QString mmsid = submitTemplate();
        QCOMPARE(mmsid.size(), 16);
        Run r = mmsctl({u"--json"_s, u"template"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        bool found = false;
        for (const QJsonValue &v : r.json().value(u"templates"_s).toArray()) {
            const QJsonObject t = v.toObject();
            if (t.value(u"mmsid"_s).toString() == mmsid) {
                found = true;
                QCOMPARE(t.value(u"subject"_s).toString(), u"双十一大促"_s);
                QCOMPARE(t.value(u"audits"_s).toObject().value(u"移动"_s).toObject().value(u"status"_s).toString(), u"waiting"_s);
            }
        }
        QVERIFY(found);
        r = mmsctl({u"template"_s, u"submit"_s, m_dir.filePath(u"t.json"_s), u"--encoding"_s, u"base64"_s, u"--again"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QString::fromUtf8(r.out.trimmed()) != mmsid);
    }
    void submitGuard()
    {
        // The same content twice: one template at the platform; the second submit names it.
        auto platformTemplates = [this] {
            return QJsonDocument::fromJson(testsupport::http("GET", control(u"state"_s)).body).object().value(u"templates"_s).toArray().size();
        };
        write(u"g1.txt"_s, "guard v1");
        write(u"guard.json"_s, R"({"subject": "guard", "frames": [{"dur": 2000, "attachments": ["g1.txt"]}]})");
        const qsizetype before = platformTemplates();
        Run r = mmsctl({u"template"_s, u"submit"_s, m_dir.filePath(u"guard.json"_s)});
        QCOMPARE(r.exitCode, 0);
        const QString first = QString::fromUtf8(r.out.trimmed());
        QCOMPARE(platformTemplates(), before + 1);
        r = mmsctl({u"--json"_s, u"template"_s, u"submit"_s, m_dir.filePath(u"guard.json"_s)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"mmsid"_s).toString(), first);
        QVERIFY(r.json().value(u"existing"_s).toBool());
        QCOMPARE(platformTemplates(), before + 1); // no platform call
        r = mmsctl({u"template"_s, u"submit"_s, m_dir.filePath(u"guard.json"_s)});
        QVERIFY(r.err.contains("unchanged") && r.err.contains(first.toUtf8()));
        // On purpose: --again makes a second template.
        r = mmsctl({u"template"_s, u"submit"_s, m_dir.filePath(u"guard.json"_s), u"--again"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QString::fromUtf8(r.out.trimmed()) != first);
        QCOMPARE(platformTemplates(), before + 2);
        // One byte of a file changed is new content.
        write(u"g1.txt"_s, "guard v2");
        r = mmsctl({u"template"_s, u"submit"_s, m_dir.filePath(u"guard.json"_s)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(platformTemplates(), before + 3);
    }
    void send()
    {
        const QString mmsid = submitTemplate();
        Run r = mmsctl({u"--json"_s, u"send"_s, u"--mmsid"_s, mmsid, u"--to"_s, u"13800138000, +86 139-0013-9000,13800138000"_s,
                        u"--vars"_s, uR"({"Text1":"张先生"})"_s, u"--sub"_s, u"001"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"recipients"_s).toInt(), 2);
        QCOMPARE(o.value(u"duplicates"_s).toInt(), 1);
        const QJsonObject batch = o.value(u"batches"_s).toArray().at(0).toObject();
        QCOMPARE(batch.value(u"state"_s).toString(), u"accepted"_s);
        QCOMPARE(batch.value(u"taskid"_s).toString().size(), 16);
        // The simulator received exactly those numbers, once.
        const auto log = testsupport::http("GET", control(u"log"_s));
        const QJsonArray sends = QJsonDocument::fromJson(log.body).array();
        const QJsonObject last = sends.last().toObject();
        QCOMPARE(last.value(u"taskid"_s).toString(), batch.value(u"taskid"_s).toString());
        QCOMPARE(last.value(u"mobiles"_s).toArray(), (QJsonArray{u"13800138000"_s, u"13900139000"_s}));
    }
    void sendAsksOnATerminal()
    {
        // `script` gives mmsctl a terminal, as a person at a shell has: it shows the summary and asks.
        const QString mmsid = submitTemplate();
        auto sends = [this] { return QJsonDocument::fromJson(testsupport::http("GET", control(u"log"_s)).body).array().size(); };
        auto onTerminal = [&](const QByteArray &answer, const QStringList &extra) {
            QProcess p;
            p.setProcessEnvironment(env());
            p.setWorkingDirectory(m_dir.path());
            QStringList command{QStringLiteral(MMSCTL_PATH), u"--db"_s, db(), u"send"_s, u"--mmsid"_s, mmsid,
                                u"--to"_s, u"13800138000,18600186000"_s, u"--vars"_s, u"'"_s + kVars + u"'"_s};
            command += extra;
            p.start(u"script"_s, {u"-qec"_s, command.join(u' '), u"/dev/null"_s});
            p.waitForStarted();
            QByteArray out;
            // The answer goes once the question is on the terminal (or at once with --yes).
            while (!answer.isEmpty() && !out.contains("cancels: ") && p.state() == QProcess::Running && p.waitForReadyRead(15000))
                out += p.readAllStandardOutput();
            p.write(answer);
            if (!p.waitForFinished(30000))
                p.kill();
            out += p.readAllStandardOutput();
            return std::pair{p.exitCode(), QString::fromUtf8(out)};
        };
        const qsizetype before = sends();
        auto [code, out] = onTerminal("no\r", {});
        QVERIFY2(out.contains(u"recipients: 2 in 1 batches"_s) && out.contains(u"estimated cost: 2 messages"_s), qPrintable(out));
        QVERIFY2(out.contains(u"China Unicom: 1 recipients"_s), qPrintable(out));
        QCOMPARE(code, 1);
        QVERIFY(out.contains(u"nothing was sent"_s));
        QCOMPARE(sends(), before);
        std::tie(code, out) = onTerminal("yes\r", {});
        QCOMPARE(code, 0);
        QCOMPARE(sends(), before + 1);
        // --yes: no question.
        std::tie(code, out) = onTerminal("", {u"--yes"_s});
        QCOMPARE(code, 0);
        QVERIFY(!out.contains(u"Type yes"_s));
        QCOMPARE(sends(), before + 2);
    }
    void receiveTakesTheSecretFromTheEnvironment()
    {
        // The secret stays out of the command line (and so out of /proc/PID/cmdline) and out of
        // the log; pushes under it are heard.
        const QByteArray secret = "Xq7Lm2Pz9Rt4Vw8Ky3Nb6Hc";
        QProcess receiver;
        QProcessEnvironment e = env();
        e.insert(u"MMS_RECEIVER_SECRET"_s, QString::fromLatin1(secret));
        receiver.setProcessEnvironment(e);
        // A store of its own: the other tests count the reports of the shared one.
        receiver.start(QStringLiteral(MMSCTL_PATH), {u"--db"_s, m_dir.filePath(u"env-secret.sqlite"_s), u"receive"_s, u"--listen"_s,
                                                    u"127.0.0.1:0"_s, u"--no-register"_s});
        QVERIFY(receiver.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += receiver.readAllStandardError()).contains("listening"), 10000);
        QVERIFY2(!err.contains(secret) && err.contains("<secret>"), err.constData());
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(receiver.processId()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        QVERIFY(!cmdline.readAll().contains(secret));
        QByteArray line = err.mid(err.indexOf("http://"));
        QUrl url(QString::fromUtf8(line.left(line.indexOf(' '))).replace(u"<secret>"_s, QString::fromLatin1(secret)));
        QCOMPARE(testsupport::http("POST", url, "rpts=13000000000,DELIVRD,ENV1,20090422094620", "application/x-www-form-urlencoded").status, 200);
        url.setPath(u"/report"_s);
        QCOMPARE(testsupport::http("POST", url, "rpts=13000000000,DELIVRD,ENV2,20090422094620", "application/x-www-form-urlencoded").status, 404);
        receiver.terminate();
        QVERIFY(receiver.waitForFinished(5000));
    }
    void blocklistUndoSince()
    {
        // A flood of opt-outs (forged or not) is taken back in one go, from a time on.
        QCOMPARE(mmsctl({u"blocklist"_s, u"add"_s, u"13800000001"_s}).exitCode, 0);
        const QString since = QDateTime::currentDateTime().addSecs(1).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        QTest::qWait(1100); // a clock, not an event: the next blocks are added after that second
        QCOMPARE(mmsctl({u"blocklist"_s, u"add"_s, u"13800000002"_s, u"13800000003"_s}).exitCode, 0);
        Run r = mmsctl({u"--json"_s, u"blocklist"_s, u"undo"_s, u"--since"_s, since});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"removed"_s).toInt(), 2);
        r = mmsctl({u"--json"_s, u"blocklist"_s, u"list"_s});
        QCOMPARE(r.json().value(u"blocklist"_s).toArray(), (QJsonArray{u"13800000001"_s}));
        QCOMPARE(mmsctl({u"blocklist"_s, u"undo"_s, u"--since"_s, u"yesterday"_s}).exitCode, 1);
        QCOMPARE(mmsctl({u"blocklist"_s, u"remove"_s, u"13800000001"_s}).exitCode, 0);
    }
    void sendSplitsIntoRequestsOfAtMost1000()
    {
        const QString mmsid = submitTemplate();
        QStringList numbers;
        for (int i = 0; i < 2500; ++i)
            numbers << u"137%1"_s.arg(i, 8, 10, QChar(u'0'));
        const int before = int(QJsonDocument::fromJson(testsupport::http("GET", control(u"log"_s)).body).array().size());
        const Run r = mmsctl({u"--json"_s, u"send"_s, u"--mmsid"_s, mmsid, u"--to"_s, numbers.join(u','), u"--vars"_s, kVars,
                              u"--throttle"_s, u"100"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"batches"_s).toArray().size(), 3);
        const QJsonArray sends = QJsonDocument::fromJson(testsupport::http("GET", control(u"log"_s)).body).array();
        QCOMPARE(sends.size(), before + 3);
        QSet<QString> seen;
        for (int i = before; i < sends.size(); ++i) {
            const QJsonArray mobiles = sends.at(i).toObject().value(u"mobiles"_s).toArray();
            QVERIFY(mobiles.size() <= 1000);
            for (const QJsonValue &m : mobiles)
                seen.insert(m.toString());
        }
        QCOMPARE(seen.size(), 2500);
    }
    void sendRefusesBadInputBeforeSending()
    {
        const int before = int(QJsonDocument::fromJson(testsupport::http("GET", control(u"log"_s)).body).array().size());
        Run r = mmsctl({u"send"_s, u"--mmsid"_s, u"X"_s, u"--to"_s, u"13800138000,1.3681E+10,12345"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.text().contains(u"scientific notation"_s));
        QVERIFY(r.text().contains(u"12345"_s));
        r = mmsctl({u"send"_s, u"--mmsid"_s, u"X"_s, u"--to"_s, u"13800138000"_s, u"--vars"_s, u"{broken"_s});
        QCOMPARE(r.exitCode, 2);
        r = mmsctl({u"send"_s, u"--mmsid"_s, u"X"_s, u"--to"_s, u"13800138000"_s, u"--vars"_s, uR"({"Text1": 5})"_s});
        QCOMPARE(r.exitCode, 2);
        r = mmsctl({u"send"_s, u"--mmsid"_s, u"X"_s, u"--to"_s, u"13800138000"_s, u"--sub"_s, u"abc"_s});
        QCOMPARE(r.exitCode, 2);
        r = mmsctl({u"send"_s, u"--mmsid"_s, u"X"_s, u"--to"_s, u" , "_s});
        QCOMPARE(r.exitCode, 2);
        const int after = int(QJsonDocument::fromJson(testsupport::http("GET", control(u"log"_s)).body).array().size());
        QCOMPARE(after, before);
    }
    void platformErrorsOnSend()
    {
        // -6 unknown template
        Run r = mmsctl({u"--json"_s, u"send"_s, u"--mmsid"_s, u"FFFFFFFFFFFFFFFF"_s, u"--to"_s, u"13800138000"_s});
        QCOMPARE(r.exitCode, 3);
        // The platform refused the request: nothing was sent, the batch waits, the campaign pauses.
        const QJsonObject e = r.json().value(u"error"_s).toObject();
        QCOMPARE(e.value(u"state"_s).toString(), u"paused"_s);
        const QJsonObject b = e.value(u"batches"_s).toArray().at(0).toObject();
        QCOMPARE(b.value(u"state"_s).toString(), u"pending"_s);
        QCOMPARE(b.value(u"code"_s).toInt(), -6);
        // -8 balance
        const QString mmsid = submitTemplate();
        testsupport::http("POST", control(u"config"_s), R"({"balance": 1})");
        r = mmsctl({u"send"_s, u"--mmsid"_s, mmsid, u"--to"_s, u"13800138000,13800138001"_s, u"--vars"_s, kVars});
        testsupport::http("POST", control(u"config"_s), R"({"balance": 100000})");
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.text().contains(u"-8"_s));
        QVERIFY(r.text().contains(u"账户余额不足"_s));
    }
    void unknownOutcomeIsRecordedNotResent()
    {
        const QString mmsid = submitTemplate();
        testsupport::http("POST", control(u"faults"_s), R"([{"kind":"drop-after","call":"SendMmsTask","count":1}])");
        const int before = int(QJsonDocument::fromJson(testsupport::http("GET", control(u"log"_s)).body).array().size());
        const Run r = mmsctl({u"--json"_s, u"send"_s, u"--mmsid"_s, mmsid, u"--to"_s, u"13600136000"_s, u"--vars"_s, kVars});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.json().value(u"error"_s).toObject().value(u"batches"_s).toArray().at(0).toObject().value(u"state"_s).toString(),
                 u"unknown"_s);
        const int after = int(QJsonDocument::fromJson(testsupport::http("GET", control(u"log"_s)).body).array().size());
        QCOMPARE(after, before + 1); // it did arrive, exactly once
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(db.databaseName().isEmpty() ? this->db() : db.databaseName());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT state FROM batches ORDER BY id DESC LIMIT 1"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"unknown"_s);
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
    }
    void noAnswerTimesOut()
    {
        const QString mmsid = submitTemplate();
        testsupport::http("POST", control(u"faults"_s), R"([{"kind":"no-answer","call":"SendMmsTask","count":1}])");
        const Run r = mmsctl({u"--timeout"_s, u"1"_s, u"send"_s, u"--mmsid"_s, mmsid, u"--to"_s, u"13600136001"_s, u"--vars"_s, kVars});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.text().contains(u"may have arrived"_s));
    }
    void receiveStoresPushes()
    {
        QProcess receiver;
        receiver.setProcessEnvironment(env());
        receiver.start(QStringLiteral(MMSCTL_PATH), {u"--db"_s, db(), u"receive"_s, u"--listen"_s, u"127.0.0.1:0"_s});
        QVERIFY(receiver.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += receiver.readAllStandardError()).contains("listening"), 10000);
        const QByteArray line = err.mid(err.indexOf("http://"));
        const QUrl reportUrl(QString::fromUtf8(line.left(line.indexOf(' '))));
        QVERIFY(reportUrl.port() > 0);
        const auto r = testsupport::http("POST", reportUrl, "rpts=13000000000,DELIVRD,RCV1,20090422094620;x", "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT((err += receiver.readAllStandardError()).contains("left out"), 5000);
        receiver.terminate();
        QVERIFY(receiver.waitForFinished(5000));
        QCOMPARE(receiver.exitCode(), 0);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"recv"_s);
        db.setDatabaseName(this->db());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM reports WHERE taskid = 'RCV1'"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"recv"_s);
        QCOMPARE(mmsctl({u"receive"_s, u"--listen"_s, u"not-an-address"_s}).exitCode, 1);
        // The stored push, read back from a terminal.
        Run reports = mmsctl({u"--json"_s, u"reports"_s});
        QCOMPARE(reports.exitCode, 0);
        QCOMPARE(reports.json().value(u"unmatchedReports"_s).toInt(), 1);
        QCOMPARE(mmsctl({u"replies"_s}).exitCode, 0);
        QCOMPARE(mmsctl({u"audits"_s}).exitCode, 0);
        QCOMPARE(mmsctl({u"reports"_s, u"--campaign"_s, u"99999"_s}).exitCode, 2);
    }
    void reportsPerRecipient()
    {
        const QString mmsid = submitTemplate();
        const Run sent = mmsctl({u"--json"_s, u"send"_s, u"--mmsid"_s, mmsid, u"--to"_s, u"13700137001,13700137002,13700137003"_s,
                                 u"--vars"_s, kVars, u"--name"_s, u"per-recipient"_s});
        QCOMPARE(sent.exitCode, 0);
        const qint64 campaign = sent.json().value(u"campaign"_s).toInteger();
        QVERIFY(campaign > 0);
        {
            // The platform's reports for two of the three, as the receiver would store them.
            QString error;
            auto database = mms::Database::open(db(), &error);
            QVERIFY2(database, qPrintable(error));
            QSqlQuery q(database->db());
            q.prepare(u"SELECT taskid FROM batches WHERE campaign_id = ?"_s);
            q.addBindValue(campaign);
            QVERIFY(q.exec() && q.next());
            const QString taskid = q.value(0).toString();
            q.finish();
            QVERIFY(mms::Store(*database).storeReports({{u"13700137001"_s, u"DELIVRD"_s, taskid, u"20261129120000"_s, {}},
                                                        {u"13700137002"_s, u"UNDELIV"_s, taskid, u"20261129120100"_s, {}}},
                                                       &error));
        }
        Run r = mmsctl({u"--json"_s, u"reports"_s, u"--campaign"_s, QString::number(campaign)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"delivered"_s).toInt(), 1);
        QCOMPARE(r.json().value(u"failed"_s).toInt(), 1);
        QCOMPARE(r.json().value(u"waiting"_s).toInt(), 1);
        QCOMPARE(r.json().value(u"recipients"_s).toArray().size(), 3);
        r = mmsctl({u"--json"_s, u"reports"_s, u"--campaign"_s, QString::number(campaign), u"--filter"_s, u"failed"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonArray rows = r.json().value(u"recipients"_s).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(u"mobile"_s).toString(), u"13700137002"_s);
        QCOMPARE(rows.at(0).toObject().value(u"status"_s).toString(), u"UNDELIV"_s);
        r = mmsctl({u"--json"_s, u"reports"_s, u"--campaign"_s, QString::number(campaign), u"--filter"_s, u"waiting"_s});
        rows = r.json().value(u"recipients"_s).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(u"mobile"_s).toString(), u"13700137003"_s);
        QVERIFY(rows.at(0).toObject().value(u"status"_s).isNull());
        r = mmsctl({u"--json"_s, u"reports"_s, u"--campaign"_s, QString::number(campaign), u"--search"_s, u"37002"_s});
        rows = r.json().value(u"recipients"_s).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(u"mobile"_s).toString(), u"13700137002"_s);
        r = mmsctl({u"reports"_s, u"--campaign"_s, QString::number(campaign), u"--limit"_s, u"1"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.text().contains(u"(1 of 3 shown"_s));
        QCOMPARE(mmsctl({u"reports"_s, u"--campaign"_s, QString::number(campaign), u"--filter"_s, u"nope"_s}).exitCode, 1);
        QCOMPARE(mmsctl({u"reports"_s, u"--campaign"_s, QString::number(campaign), u"--search"_s, u"abc"_s}).exitCode, 1);

        // For Excel: the failed recipients as a workbook, numbers as text (openpyxl reads it back).
        const QString failedOut = m_dir.filePath(u"failed.xlsx"_s);
        r = mmsctl({u"--json"_s, u"reports"_s, u"--campaign"_s, QString::number(campaign), u"--filter"_s, u"failed"_s, u"--out"_s, failedOut});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"rows"_s).toInt(), 1);
        QJsonArray sheetRows = testsupport::readWorkbook(failedOut).at(0).toObject().value(u"rows"_s).toArray();
        QCOMPARE(sheetRows.size(), 2);
        QCOMPARE(sheetRows.at(1).toArray().at(0).toArray(), (QJsonArray{u"13700137002"_s, u"s"_s}));
        QCOMPARE(sheetRows.at(1).toArray().at(3).toArray().at(0).toString(), u"UNDELIV"_s);
        // As CSV, and read again by our own import: ="…" keeps the numbers and comes back as them.
        const QString allOut = m_dir.filePath(u"all.csv"_s);
        QCOMPARE(mmsctl({u"reports"_s, u"--campaign"_s, QString::number(campaign), u"--out"_s, allOut}).exitCode, 0);
        QFile csv(allOut);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains("\"=\"\"13700137001\"\"\","));
        r = mmsctl({u"--json"_s, u"recipients"_s, u"check"_s, allOut});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"valid"_s).toInt(), 3);
        // The blocklist and the replies the same way; --out where it means nothing is refused.
        QCOMPARE(mmsctl({u"blocklist"_s, u"add"_s, u"13700137009"_s, u"--reason"_s, u"退订"_s}).exitCode, 0);
        const QString blockOut = m_dir.filePath(u"blocklist.xlsx"_s);
        r = mmsctl({u"--json"_s, u"blocklist"_s, u"list"_s, u"--out"_s, blockOut});
        QCOMPARE(r.exitCode, 0);
        sheetRows = testsupport::readWorkbook(blockOut).at(0).toObject().value(u"rows"_s).toArray();
        QCOMPARE(sheetRows.size(), 2);
        QCOMPARE(sheetRows.at(1).toArray().at(0).toArray(), (QJsonArray{u"13700137009"_s, u"s"_s}));
        QCOMPARE(sheetRows.at(1).toArray().at(1).toArray().at(0).toString(), u"退订"_s);
        QCOMPARE(mmsctl({u"blocklist"_s, u"remove"_s, u"13700137009"_s}).exitCode, 0);
        // A suppression list from Excel: checked first (nothing added), then imported.
        const QString suppression = m_dir.filePath(u"suppression.xlsx"_s);
        QProcess py;
        py.start(u"/usr/bin/python3"_s, {QStringLiteral(SOURCE_DIR "/tests/xlsx_fixtures.py"), u"two_sheets"_s, suppression});
        QVERIFY(py.waitForFinished(60000) && py.exitCode() == 0);
        r = mmsctl({u"--json"_s, u"blocklist"_s, u"import"_s, suppression, u"--sheet"_s, u"上海"_s, u"--check"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"new"_s).toInt(), 2);
        QCOMPARE(r.json().value(u"added"_s).toInt(), 0);
        QVERIFY(!mmsctl({u"--json"_s, u"blocklist"_s, u"list"_s}).json().value(u"blocklist"_s).toArray().contains(u"13900139000"_s));
        r = mmsctl({u"--json"_s, u"blocklist"_s, u"import"_s, suppression, u"--sheet"_s, u"上海"_s});
        QCOMPARE(r.json().value(u"added"_s).toInt(), 2);
        r = mmsctl({u"--json"_s, u"blocklist"_s, u"import"_s, suppression, u"--sheet"_s, u"上海"_s});
        QCOMPARE(r.json().value(u"added"_s).toInt(), 0);
        QCOMPARE(r.json().value(u"alreadyBlocked"_s).toInt(), 2);
        QCOMPARE(mmsctl({u"blocklist"_s, u"remove"_s, u"13900139000"_s, u"13900139001"_s}).exitCode, 0);
        r = mmsctl({u"--json"_s, u"replies"_s, u"--out"_s, m_dir.filePath(u"replies.xlsx"_s)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(testsupport::readWorkbook(m_dir.filePath(u"replies.xlsx"_s)).at(0).toObject().value(u"name"_s).toString(), u"Replies"_s);
        QCOMPARE(mmsctl({u"reports"_s, u"--out"_s, m_dir.filePath(u"x.xlsx"_s)}).exitCode, 1);
        QCOMPARE(mmsctl({u"reports"_s, u"--campaign"_s, QString::number(campaign), u"--out"_s, u"/proc/nope/x.xlsx"_s}).exitCode, 5);
    }
    void windowsAndResendToTheFailed()
    {
        const QString mmsid = submitTemplate();
        // A window is checked before anything is read or sent.
        Run r = mmsctl({u"send"_s, u"--mmsid"_s, mmsid, u"--to"_s, u"13700137101"_s, u"--vars"_s, kVars, u"--window"_s, u"08:00-25:00"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.text().contains(u"not a time of day"_s), qPrintable(r.text()));
        QCOMPARE(mmsctl({u"send"_s, u"--mmsid"_s, mmsid, u"--to"_s, u"13700137101"_s, u"--vars"_s, kVars, u"--window"_s, u"09:00-09:00"_s}).exitCode, 1);
        const Run sent = mmsctl({u"--json"_s, u"send"_s, u"--mmsid"_s, mmsid, u"--to"_s, u"13700137101,13700137102,13700137103"_s,
                                 u"--vars"_s, kVars, u"--name"_s, u"周末"_s, u"--window"_s, u"any"_s});
        QCOMPARE(sent.exitCode, 0);
        QCOMPARE(sent.json().value(u"window"_s).toString(), u"any"_s);
        const qint64 campaign = sent.json().value(u"campaign"_s).toInteger();
        // Nobody failed yet: nothing to send again, nothing made.
        r = mmsctl({u"campaign"_s, u"resend"_s, QString::number(campaign), u"--failed"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.text().contains(u"Nobody to send to again"_s), qPrintable(r.text()));
        QCOMPARE(mmsctl({u"campaign"_s, u"resend"_s, QString::number(campaign)}).exitCode, 1); // --failed or --unreached
        {
            QString error;
            auto database = mms::Database::open(db(), &error);
            QVERIFY2(database, qPrintable(error));
            const QString taskid = mms::CampaignStore(*database).batches(campaign).at(0).taskid;
            QVERIFY(mms::Store(*database).storeReports({{u"13700137101"_s, u"DELIVRD"_s, taskid, u"20261203120000"_s, {}},
                                                        {u"13700137102"_s, u"UNDELIV"_s, taskid, u"20261203120100"_s, {}}},
                                                       &error));
        }
        r = mmsctl({u"--json"_s, u"campaign"_s, u"resend"_s, QString::number(campaign), u"--failed"_s});
        QCOMPARE(r.exitCode, 0);
        const qint64 again = r.json().value(u"campaign"_s).toInteger();
        QVERIFY(again > campaign);
        QCOMPARE(r.json().value(u"recipients"_s).toInt(), 1);
        QCOMPARE(r.json().value(u"counts"_s).toObject().value(u"failed"_s).toInt(), 1);
        // Made, not sent: it goes with resume, here with a window given there.
        QCOMPARE(mmsctl({u"campaign"_s, u"resume"_s, QString::number(again), u"--window"_s, u"nonsense"_s}).exitCode, 1);
        r = mmsctl({u"--json"_s, u"campaign"_s, u"resume"_s, QString::number(again), u"--window"_s, u"any"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"state"_s).toString(), u"completed"_s);
        const auto log = testsupport::http("GET", control(u"log"_s));
        const QJsonArray sends = QJsonDocument::fromJson(log.body).array();
        QCOMPARE(sends.last().toObject().value(u"mobiles"_s).toArray(), (QJsonArray{u"13700137102"_s}));
        // Only the carriers that approved: a file's other numbers are left out and counted.
        write(u"carriers.txt"_s, "13700137201\n18600186201\n18900189201\n");
        QCOMPARE(mmsctl({u"send"_s, u"--mmsid"_s, mmsid, u"--csv"_s, m_dir.filePath(u"carriers.txt"_s), u"--vars"_s, kVars, u"--carriers"_s, u"mobile,nope"_s}).exitCode, 1);
        QCOMPARE(mmsctl({u"send"_s, u"--mmsid"_s, mmsid, u"--to"_s, u"13700137201"_s, u"--vars"_s, kVars, u"--carriers"_s, u"mobile"_s}).exitCode, 1);
        r = mmsctl({u"--json"_s, u"send"_s, u"--mmsid"_s, mmsid, u"--csv"_s, m_dir.filePath(u"carriers.txt"_s), u"--vars"_s, kVars,
                    u"--carriers"_s, u"移动,电信"_s, u"--window"_s, u"any"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"recipients"_s).toInt(), 2);
        QCOMPARE(r.json().value(u"import"_s).toObject().value(u"otherCarriers"_s).toInt(), 1);
        // --unreached with no wait: the one with no report too, never the delivered one.
        r = mmsctl({u"--json"_s, u"campaign"_s, u"resend"_s, QString::number(campaign), u"--unreached"_s, u"--no-report-hours"_s, u"0"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"recipients"_s).toInt(), 2);
        QCOMPARE(r.json().value(u"counts"_s).toObject().value(u"noReport"_s).toInt(), 1);
    }
    void audienceImportedOnceSentTwice()
    {
        QByteArray csv = "手机号,姓名\n";
        for (int i = 0; i < 2000; ++i)
            csv += "1350000" + QByteArray::number(i).rightJustified(4, '0') + ",客户" + QByteArray::number(i) + "\n";
        const QString file = m_dir.filePath(u"members.csv"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        Run r = mmsctl({u"--json"_s, u"audience"_s, u"import"_s, u"老客户"_s, file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"members"_s).toInt(), 2000);
        r = mmsctl({u"--json"_s, u"audience"_s, u"list"_s});
        QCOMPARE(r.json().value(u"audiences"_s).toArray().size(), 1);
        r = mmsctl({u"--json"_s, u"audience"_s, u"show"_s, u"老客户"_s});
        QCOMPARE(r.json().value(u"columns"_s).toArray(), (QJsonArray{u"姓名"_s}));
        QCOMPARE(r.json().value(u"first"_s).toArray().size(), 10);
        // Sent twice without its file: two campaigns of 2,000, each personalised from the audience.
        // With the account's frequency caps on (the same template once a day), the second send
        // the same day is refused with every number counted, until --ignore-caps says otherwise.
        {
            QSettings settings(m_dir.filePath(u"data/settings.ini"_s), QSettings::IniFormat);
            settings.setValue(u"sending/caps"_s, u"1/10"_s);
        }
        const QString mmsid = submitTemplate();
        const int before = int(QJsonDocument::fromJson(testsupport::http("GET", control(u"log"_s)).body).array().size());
        const QStringList send{u"--json"_s, u"send"_s, u"--mmsid"_s, mmsid, u"--audience"_s, u"老客户"_s, u"--map"_s, u"Text1=姓名"_s,
                               u"--throttle"_s, u"100"_s};
        r = mmsctl(send);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"import"_s).toObject().value(u"valid"_s).toInt(), 2000);
        r = mmsctl(send);
        QCOMPARE(r.exitCode, 2);
        const QJsonObject refused = r.json().value(u"error"_s).toObject();
        QCOMPARE(refused.value(u"import"_s).toObject().value(u"capped"_s).toInt(), 2000);
        QVERIFY2(refused.value(u"message"_s).toString().contains(u"frequency caps"_s), r.out.constData());
        r = mmsctl(send + QStringList{u"--ignore-caps"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"import"_s).toObject().value(u"valid"_s).toInt(), 2000);
        QVERIFY(r.err.contains("--ignore-caps"));
        const QString ignored = QString::number(r.json().value(u"campaign"_s).toInteger());
        QCOMPARE(mmsctl({u"--json"_s, u"campaign"_s, u"show"_s, ignored}).json().value(u"caps"_s).toString(), u"off"_s);
        testsupport::sendWithoutCaps(m_dir.filePath(u"data"_s));
        const QJsonArray sends = QJsonDocument::fromJson(testsupport::http("GET", control(u"log"_s)).body).array();
        QCOMPARE(sends.size(), before + 4); // 2 batches of 1000, twice
        // Bad input: an unknown audience, an unknown column, a file with no number: clear, nothing made.
        QCOMPARE(mmsctl({u"send"_s, u"--mmsid"_s, mmsid, u"--audience"_s, u"没有"_s}).exitCode, 2);
        r = mmsctl({u"send"_s, u"--mmsid"_s, mmsid, u"--audience"_s, u"老客户"_s, u"--map"_s, u"Text1=门店"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no column"));
        QFile bad(m_dir.filePath(u"bad.csv"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("手机号\n123\n");
        bad.close();
        QCOMPARE(mmsctl({u"audience"_s, u"import"_s, u"坏名单"_s, bad.fileName()}).exitCode, 2);
        QCOMPARE(mmsctl({u"--json"_s, u"audience"_s, u"list"_s}).json().value(u"audiences"_s).toArray().size(), 1);
        QCOMPARE(mmsctl({u"audience"_s, u"remove"_s, u"老客户"_s}).exitCode, 0);
        QCOMPARE(mmsctl({u"audience"_s, u"remove"_s, u"老客户"_s}).exitCode, 2);
    }
    void accountProfiles()
    {
        Run r = mmsctl({u"account"_s, u"add"_s, u"main"_s, u"--base-url"_s, u"http://127.0.0.1:%1/mms/api/"_s.arg(m_port),
                        u"--userid"_s, u"300000"_s, u"--username"_s, u"300000"_s});
        QCOMPARE(r.exitCode, 0);
        QProcessEnvironment e = env(false);
        e.insert(u"MMS_PASSWORD"_s, u"123456"_s);
        r = mmsctl({u"--profile"_s, u"main"_s, u"balance"_s}, e);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(mmsctl({u"--profile"_s, u"nobody"_s, u"balance"_s}, e).exitCode, 5);
        QCOMPARE(mmsctl({u"account"_s, u"add"_s, u"x"_s, u"--base-url"_s, u"nonsense"_s}).exitCode, 2);
        r = mmsctl({u"--json"_s, u"account"_s, u"list"_s});
        QVERIFY(QString::fromUtf8(r.out).contains(u"main"_s));
        QVERIFY(!r.out.contains("123456"));
    }
    void accountPasswordFromTheKeychain()
    {
        // A script needs no password in its environment: 'account password' keeps it in the
        // keychain (read from stdin, never an argument) and --profile finds it there.
        QVERIFY(mmsctl({u"account"_s, u"add"_s, u"kc"_s, u"--base-url"_s, u"http://127.0.0.1:%1/mms/api/"_s.arg(m_port),
                        u"--userid"_s, u"300000"_s, u"--username"_s, u"300000"_s}).exitCode == 0);
        QProcessEnvironment e = env(false);
        // Without a keychain service: said, with the ways out.
        e.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
        Run r = mmsctl({u"--timeout"_s, u"3"_s, u"--profile"_s, u"kc"_s, u"balance"_s}, e);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.text().contains(u"mmsctl account password kc"_s) && r.text().contains(u"MMS_PASSWORD"_s), qPrintable(r.text()));
        if (QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s).isEmpty()) {
            if (qEnvironmentVariableIntValue("MMS_SKIP_KEYCHAIN") == 1)
                QSKIP("no gnome-keyring-daemon (MMS_SKIP_KEYCHAIN=1)");
            QFAIL("gnome-keyring-daemon is missing: scripts/install-deps.sh --tests installs it");
        }
        // A real keychain for this test: a D-Bus session with an unlocked gnome-keyring.
        const QString ctl = u"'%1' --db '%2'"_s.arg(QStringLiteral(MMSCTL_PATH), db());
        QProcess session;
        e = env(false);
        session.setProcessEnvironment(e);
        session.start(u"dbus-run-session"_s,
                      {u"--"_s, u"sh"_s, u"-c"_s,
                       u"printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1;"
                       " printf '123456\\n' | %1 account password kc || exit 10;"
                       " %1 --json --profile kc balance"_s.arg(ctl)});
        QVERIFY(session.waitForFinished(60000));
        const QByteArray out = session.readAllStandardOutput();
        QVERIFY2(session.exitCode() == 0, qPrintable(QString::fromUtf8(out + session.readAllStandardError())));
        QVERIFY2(out.contains("\"balance\""), out.constData());
        QVERIFY(!out.contains("123456"));
        // Not a known account: nothing asked, nothing kept.
        QCOMPARE(mmsctl({u"account"_s, u"password"_s, u"nobody"_s}, env(false)).exitCode, 2);
    }
    void templateVariablesMustHaveValues()
    {
        const QString mmsid = submitTemplate();
        const Run r = mmsctl({u"send"_s, u"--mmsid"_s, mmsid, u"--to"_s, u"13800138000"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.text().contains(u"Text1"_s));
    }
    void sandboxStartsOnDemandAndIsShared()
    {
        const QProcessEnvironment e = env(false);
        // The first call starts the simulator, inside a shell's $(…), which waits for the end of
        // the output: the simulator must not hold mmsctl's stdout open.
        QProcess shell;
        shell.setProcessEnvironment(e);
        shell.start(u"/bin/sh"_s, {u"-c"_s, u"out=$(\"$0\" --db \"$1\" balance) && echo \"$out\""_s,
                                   QStringLiteral(MMSCTL_PATH), db()});
        QVERIFY2(shell.waitForFinished(20000), "a shell reading mmsctl's output waited for the sandbox simulator");
        QVERIFY(shell.readAllStandardOutput().contains("balance"));
        Run r = mmsctl({u"--json"_s, u"balance"_s}, e);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"account"_s).toString(), u"sandbox"_s);
        QFile info(m_dir.filePath(u"sandbox/sandbox.json"_s));
        QVERIFY(info.open(QIODevice::ReadOnly));
        const QJsonObject first = QJsonDocument::fromJson(info.readAll()).object();
        info.close();
        r = mmsctl({u"--json"_s, u"template"_s, u"submit"_s, m_dir.filePath(u"t.json"_s)}, e);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(info.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(info.readAll()).object().value(u"pid"_s), first.value(u"pid"_s));
        info.close();
        const quint16 port = static_cast<quint16>(first.value(u"port"_s).toInt());
        QCOMPARE(testsupport::http("POST", QUrl(u"http://127.0.0.1:%1/sim/shutdown"_s.arg(port)), "{}").status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(info.fileName()), 5000);
    }
};

QTEST_GUILESS_MAIN(TestMmsctl)
#include "tst_mmsctl.moc"
