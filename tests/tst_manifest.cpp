#include "manifest/TemplateManifest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace mms;

class TestManifest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    void write(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    ManifestResult parse(const QByteArray &json, qint64 limit = kDefaultMediaLimitBytes)
    {
        return TemplateManifest::parse(json, m_dir.path(), limit);
    }
    static bool has(const ManifestResult &r, const QString &text)
    {
        for (const QString &e : r.errors) {
            if (e.contains(text))
                return true;
        }
        qWarning() << "errors were" << r.errors;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(u"1.txt"_s, u"尊敬的${Text1}，您好！${Text2}"_s.toUtf8());
        write(u"logo.jpg"_s, QByteArray("\xFF\xD8\xFF\xE0 fake jpeg", 15));
        write(u"clip.mp4"_s, QByteArray(2000, 'v'));
        write(u"gbk.txt"_s, QByteArray("\xC4\xE3\xBA\xC3", 4));
        write(u"empty.txt"_s, QByteArray());
        write(u"doc.pdf"_s, QByteArray("%PDF"));
        write(u"big.mp4"_s, QByteArray(300 * 1024, 'b'));
        QDir(m_dir.path()).mkdir(u"folder.jpg"_s);
    }
    void theIssueExampleLoads()
    {
        const auto r = parse(R"({"subject": "双十一大促", "frames": [{"dur": 5000, "attachments": ["1.txt", "logo.jpg"]}, {"dur": 3000, "attachments": ["clip.mp4"]}]})");
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.tpl.subject, u"双十一大促"_s);
        QCOMPARE(r.tpl.frames.size(), 2);
        QCOMPARE(r.tpl.frames[0].durationMs, 5000);
        QCOMPARE(r.tpl.frames[1].attachments[0].data.size(), 2000);
        QCOMPARE(r.tpl.variables(), (QStringList{u"Text1"_s, u"Text2"_s}));
        QCOMPARE(r.tpl.totalDurationMs(), 8000);
    }
    void durationAsNumericString()
    {
        QVERIFY(parse(R"({"subject": "s", "frames": [{"dur": "5000", "attachments": ["1.txt"]}]})").ok());
    }
    void loadFromFileResolvesRelativePaths()
    {
        write(u"m.json"_s, R"({"subject": "s", "frames": [{"dur": 1000, "attachments": ["logo.jpg"]}]})");
        const auto r = TemplateManifest::load(m_dir.filePath(u"m.json"_s));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
    }
    void rejections_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("") << u"empty"_s;
        QTest::newRow("garbage") << QByteArray("\x89PNG\r\n") << u"not valid JSON"_s;
        QTest::newRow("truncated") << QByteArray(R"({"subject": "s", "frames": [{"dur": 50)") << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"must be a JSON object"_s;
        QTest::newRow("no frames") << QByteArray(R"({"subject": "s", "frames": []})") << u"no frames"_s;
        QTest::newRow("no subject") << QByteArray(R"({"frames": [{"dur": 1, "attachments": ["1.txt"]}]})") << u"subject"_s;
        QTest::newRow("frame without attachments") << QByteArray(R"({"subject": "s", "frames": [{"dur": 1000, "attachments": []}]})") << u"frame 1 has no attachments"_s;
        QTest::newRow("missing file") << QByteArray(R"({"subject": "s", "frames": [{"dur": 1000, "attachments": ["nope.jpg"]}]})") << u"nope.jpg is missing"_s;
        QTest::newRow("unsupported type") << QByteArray(R"({"subject": "s", "frames": [{"dur": 1000, "attachments": ["doc.pdf"]}]})") << u"unsupported type"_s;
        QTest::newRow("folder") << QByteArray(R"({"subject": "s", "frames": [{"dur": 1000, "attachments": ["folder.jpg"]}]})") << u"is a folder"_s;
        QTest::newRow("dur zero") << QByteArray(R"({"subject": "s", "frames": [{"dur": 0, "attachments": ["1.txt"]}]})") << u"positive whole number"_s;
        QTest::newRow("dur negative") << QByteArray(R"({"subject": "s", "frames": [{"dur": -5, "attachments": ["1.txt"]}]})") << u"positive whole number"_s;
        QTest::newRow("dur fraction") << QByteArray(R"({"subject": "s", "frames": [{"dur": 1.5, "attachments": ["1.txt"]}]})") << u"positive whole number"_s;
        QTest::newRow("dur words") << QByteArray(R"({"subject": "s", "frames": [{"dur": "5s", "attachments": ["1.txt"]}]})") << u"positive whole number"_s;
        QTest::newRow("dur missing") << QByteArray(R"({"subject": "s", "frames": [{"attachments": ["1.txt"]}]})") << u"positive whole number"_s;
        QTest::newRow("gbk text") << QByteArray(R"({"subject": "s", "frames": [{"dur": 1000, "attachments": ["gbk.txt"]}]})") << u"not UTF-8"_s;
        QTest::newRow("empty file") << QByteArray(R"({"subject": "s", "frames": [{"dur": 1000, "attachments": ["empty.txt"]}]})") << u"empty (0 bytes)"_s;
        QTest::newRow("attachment not a string") << QByteArray(R"({"subject": "s", "frames": [{"dur": 1000, "attachments": [42]}]})") << u"must be a file path"_s;
    }
    void rejections()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto r = parse(json);
        QVERIFY(!r.ok());
        QVERIFY(has(r, message));
    }
    void overTheSizeLimit()
    {
        const QByteArray json = R"({"subject": "s", "frames": [{"dur": 1000, "attachments": ["1.txt", "big.mp4"]}]})";
        QVERIFY(parse(json).ok());
        const auto r = parse(json, 200 * 1024);
        QVERIFY(!r.ok());
        QVERIFY(has(r, u"over the limit of 200.0 KB"_s));
    }
    void sameNameDifferentContent()
    {
        QDir(m_dir.path()).mkdir(u"other"_s);
        write(u"other/logo.jpg"_s, "different");
        const auto r = parse(R"({"subject": "s", "frames": [{"dur": 1000, "attachments": ["logo.jpg"]}, {"dur": 1000, "attachments": ["other/logo.jpg"]}]})");
        QVERIFY(has(r, u"two different files are both named logo.jpg"_s));
        // The same file in two frames is fine.
        QVERIFY(parse(R"({"subject": "s", "frames": [{"dur": 1000, "attachments": ["logo.jpg"]}, {"dur": 1000, "attachments": ["logo.jpg"]}]})").ok());
    }
    void everyProblemIsListed()
    {
        const auto r = parse(R"({"subject": "s", "frames": [{"dur": 0, "attachments": ["nope.jpg"]}, {"dur": 1000, "attachments": []}]})");
        QVERIFY(has(r, u"frame 1: \"dur\""_s));
        QVERIFY(has(r, u"nope.jpg is missing"_s));
        QVERIFY(has(r, u"frame 2 has no attachments"_s));
    }
    void missingAndOversizedManifestFiles()
    {
        QVERIFY(has(TemplateManifest::load(m_dir.filePath(u"absent.json"_s)), u"does not exist"_s));
        QVERIFY(has(TemplateManifest::load(m_dir.path()), u"is a folder"_s));
        write(u"huge.json"_s, QByteArray(2 * 1024 * 1024, ' '));
        QVERIFY(has(TemplateManifest::load(m_dir.filePath(u"huge.json"_s)), u"too large"_s));
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
