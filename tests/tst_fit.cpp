// Fit to budget: the planner with plain numbers, then real media made by FFmpeg at test time
// (a 20-second 1080p test pattern with a tone, a 4000×3000 noise photo) fitted for real.
#include "design/TemplateFitter.h"
#include "manifest/TemplateManifest.h"
#include "media/BudgetPlanner.h"
#include "media/Ffmpeg.h"

#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include "design/PreviewExport.h"
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace mms;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

bool runFfmpeg(const QStringList &args)
{
    QProcess p;
    p.start(ffmpeg::program(u"ffmpeg"_s), QStringList{u"-v"_s, u"error"_s, u"-y"_s} + args);
    return p.waitForFinished(120000) && p.exitCode() == 0;
}

qint64 sum(const BudgetPlan &p)
{
    qint64 total = 0; // every item's budget, the fixed ones included
    for (const ItemPlan &i : p.items)
        total += i.budget;
    return total;
}
} // namespace

class TestFit : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_video, m_photo;
    MmsTemplate m_tpl;

private Q_SLOTS:
    void initTestCase();
    void plannerKeepsWhatFits();
    void plannerSharesByKindAndDuration();
    void plannerInfeasible();
    void lowBitrateLowersResolution();
    void fitsTheWholeTemplate();
    void fitsOneItem();
    void cancelLeavesNothing();
    void mmsctlFit();
    void mmsctlPreview();
    void aPlaylistPosingAsVideoIsRefused();
};

void TestFit::aPlaylistPosingAsVideoIsRefused()
{
    // An HLS playlist named clip.mp4 would make FFmpeg read the files it lists (any file of this
    // computer) into the "fitted" video: FFmpeg is held to the template's formats and local files.
    const QString evil = m_dir.filePath(u"evil.mp4"_s);
    QFile f(evil);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\n" + m_video.toUtf8() + "\n#EXT-X-ENDLIST\n");
    f.close();
    QString error;
    QVERIFY(!ffmpeg::probe(evil, &error));
    QVERIFY2(error.contains(u"whitelist"_s), qPrintable(error));
    QVERIFY2(ffmpeg::probe(m_video, &error), qPrintable(error)); // a real video still reads
}

void TestFit::initTestCase()
{
    if (!ffmpeg::available())
        QSKIP("FFmpeg is not installed (scripts/install-deps.sh installs it)");
    m_video = m_dir.filePath(u"product.mp4"_s);
    m_photo = m_dir.filePath(u"photo.jpg"_s);
    QVERIFY(runFfmpeg({u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc2=size=1920x1080:rate=25:duration=20"_s,
                       u"-f"_s, u"lavfi"_s, u"-i"_s, u"sine=frequency=440:duration=20"_s,
                       u"-c:v"_s, u"libx264"_s, u"-preset"_s, u"ultrafast"_s, u"-crf"_s, u"20"_s,
                       u"-c:a"_s, u"aac"_s, u"-shortest"_s, m_video}));
    QVERIFY(runFfmpeg({u"-f"_s, u"lavfi"_s, u"-i"_s, u"nullsrc=s=4000x3000,geq=random(1)*255:128:128"_s,
                       u"-frames:v"_s, u"1"_s, u"-q:v"_s, u"2"_s, m_photo}));
    QVERIFY(QFileInfo(m_video).size() > 10 * 1024 * 1024);
    QVERIFY(QFileInfo(m_photo).size() > 2 * 1024 * 1024);
    m_tpl.subject = u"新品"_s;
    m_tpl.frames.append({3000, {{u"1.txt"_s, u"${Text1}您好，新品上市。拒收请回复R"_s.toUtf8()}, {u"photo.jpg"_s, readFile(m_photo)}}});
    m_tpl.frames.append({20000, {{u"product.mp4"_s, readFile(m_video)}}});
}

void TestFit::plannerKeepsWhatFits()
{
    const BudgetPlan p = BudgetPlanner::plan({{MediaItem::Kind::Text, 100}, {MediaItem::Kind::Image, 50'000},
                                              {MediaItem::Kind::Video, 900'000, 10'000}}, 1'945'600);
    QVERIFY(p.feasible);
    for (const ItemPlan &i : p.items)
        QVERIFY(i.keep);
}

void TestFit::plannerSharesByKindAndDuration()
{
    const qint64 limit = 1'945'600;
    const QList<MediaItem> items{{MediaItem::Kind::Text, 2'000},
                                 {MediaItem::Kind::Image, 900'000},
                                 {MediaItem::Kind::Video, 30'000'000, 20'000, 1920, 1080, true},
                                 {MediaItem::Kind::Audio, 3'000'000, 5'000},
                                 {MediaItem::Kind::Image, 30'000}};
    const BudgetPlan p = BudgetPlanner::plan(items, limit);
    QVERIFY(p.feasible);
    QVERIFY(p.items.at(0).keep); // text is never touched
    QVERIFY(p.items.at(4).keep); // a small logo stays as it is
    QVERIFY(!p.items.at(1).keep && !p.items.at(2).keep && !p.items.at(3).keep);
    QVERIFY(sum(p) <= p.usable);
    QVERIFY(sum(p) > p.usable * 0.98); // and the budget is used, not wasted
    QVERIFY(p.items.at(2).budget > 5 * p.items.at(1).budget); // 20 s of video outweighs a photo
    QVERIFY(p.items.at(1).budget > p.items.at(3).budget / 2);
    QVERIFY(p.items.at(2).video.videoKbps > 300);
    QVERIFY(p.items.at(2).video.audioKbps >= 16);
    QVERIFY(p.items.at(3).audioKbps >= 8);
}

void TestFit::plannerInfeasible()
{
    const BudgetPlan p = BudgetPlanner::plan({{MediaItem::Kind::Text, 2'000'000}, {MediaItem::Kind::Video, 5'000'000, 10'000}}, 1'945'600);
    QVERIFY(!p.feasible);
}

void TestFit::lowBitrateLowersResolution()
{
    const VideoTarget rich = BudgetPlanner::videoTarget(1'500'000, 10'000, true);
    const VideoTarget poor = BudgetPlanner::videoTarget(150'000, 20'000, true);
    QCOMPARE(rich.maxLongSide, 480);
    QCOMPARE(rich.fps, 25);
    QVERIFY(poor.maxLongSide < rich.maxLongSide);
    QVERIFY(poor.fps < rich.fps);
    QVERIFY(poor.videoKbps + poor.audioKbps <= 150'000 * 8 / 20 / 1000);
}

void TestFit::fitsTheWholeTemplate()
{
    const qint64 limit = 1900 * 1024;
    QList<int> progress;
    const FitResult r = TemplateFitter::fit(m_tpl, {limit, {}, -1, -1}, [&](int permille, const QString &) { progress << permille; }, nullptr);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.changes.size(), 2); // the photo and the video; the text is left
    QVERIFY(r.bytesAfter <= limit);
    QVERIFY(r.bytesAfter > limit * 0.7); // the budget is spent on quality, not thrown away
    QVERIFY(!progress.isEmpty() && progress.last() == 1000);
    for (int i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i) >= progress.at(i - 1));
    // Every fitted file decodes, and the video keeps its length.
    for (const FitChange &c : r.changes) {
        const QString path = m_dir.filePath(u"fitted-"_s + c.after.fileName);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(c.after.data);
        f.close();
        QString error;
        const auto facts = ffmpeg::probe(path, &error);
        QVERIFY2(facts, qPrintable(error));
        QVERIFY(facts->hasVideo);
        if (c.after.fileName.endsWith(u".mp4"_s)) {
            QCOMPARE(facts->videoCodec, u"h264"_s);
            QCOMPARE(facts->audioCodec, u"aac"_s);
            QVERIFY2(qAbs(facts->durationMs - 20000) <= 200, qPrintable(QString::number(facts->durationMs)));
            QVERIFY(qMax(facts->width, facts->height) <= 480);
            QVERIFY(c.after.data.left(64).contains("ftyp"));
            // faststart: the index (moov) comes before the media data (mdat).
            QVERIFY(c.after.data.indexOf("moov") < c.after.data.indexOf("mdat"));
        } else {
            QVERIFY(!QImage::fromData(c.after.data).isNull());
            QVERIFY(qMax(facts->width, facts->height) <= 720);
        }
    }
    MmsTemplate fitted = m_tpl;
    for (const FitChange &c : r.changes)
        fitted.frames[c.frame].attachments[c.attachment] = c.after;
    QVERIFY(TemplateManifest::validate(fitted, limit).isEmpty());
}

void TestFit::fitsOneItem()
{
    const FitResult r = TemplateFitter::fit(m_tpl, {1900 * 1024, {}, 0, 1}, {}, nullptr);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.changes.size(), 1);
    QCOMPARE(r.changes.first().frame, 0);
    QCOMPARE(r.changes.first().before.fileName, u"photo.jpg"_s);
    // Only its share of the whole: the video still needs fitting.
    QVERIFY(!TemplateFitter::overShare(m_tpl, 1900 * 1024).isEmpty());
}

void TestFit::cancelLeavesNothing()
{
    // A private temporary folder shows that nothing is left behind.
    QTemporaryDir tmp;
    const QByteArray oldTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", tmp.path().toUtf8());
    std::atomic<bool> cancel{false};
    const FitResult r = TemplateFitter::fit(m_tpl, {1900 * 1024, {}, 1, 0}, [&](int permille, const QString &) {
        if (permille > 100)
            cancel = true; // during the video's encoding
    }, &cancel);
    qputenv("TMPDIR", oldTmp);
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
    QVERIFY(r.changes.isEmpty());
    QVERIFY2(QDir(tmp.path()).isEmpty(), qPrintable(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u',')));
}

void TestFit::mmsctlFit()
{
    QDir(m_dir.path()).mkpath(u"in"_s);
    QFile::copy(m_photo, m_dir.filePath(u"in/photo.jpg"_s));
    QFile::copy(m_video, m_dir.filePath(u"in/product.mp4"_s));
    QFile text(m_dir.filePath(u"in/1.txt"_s));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(u"您好，新品上市。拒收请回复R"_s.toUtf8());
    text.close();
    QFile manifest(m_dir.filePath(u"in/template.json"_s));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write(R"({"subject":"新品","frames":[{"dur":3000,"attachments":["1.txt","photo.jpg"]},{"dur":20000,"attachments":["product.mp4"]}]})");
    manifest.close();
    const QString out = m_dir.filePath(u"out"_s);
    QProcess p;
    p.start(QStringLiteral(MMSCTL_PATH), {u"--json"_s, u"template"_s, u"fit"_s, manifest.fileName(), u"--out"_s, out,
                                          u"--limit"_s, u"1500000"_s});
    QVERIFY(p.waitForFinished(180000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QVERIFY(o.value(u"ok"_s).toBool());
    QVERIFY(o.value(u"bytesAfter"_s).toDouble() <= 1500000);
    const ManifestResult fitted = TemplateManifest::load(out + u"/template.json"_s, 1500000);
    QVERIFY2(fitted.ok(), qPrintable(fitted.errors.join(u'\n')));
    QCOMPARE(fitted.tpl.frames.size(), 2);
    // The originals are untouched.
    QCOMPARE(QFileInfo(m_dir.filePath(u"in/product.mp4"_s)).size(), QFileInfo(m_video).size());

    // A project saved by the studio is read as a manifest is (the example's own, which was refused).
    const QString fromProject = m_dir.filePath(u"out-project"_s);
    p.start(QStringLiteral(MMSCTL_PATH), {u"--json"_s, u"template"_s, u"fit"_s, QStringLiteral(EXAMPLES_DIR "/double11/double11.mmstpl"),
                                          u"--out"_s, fromProject});
    QVERIFY(p.waitForFinished(180000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const ManifestResult example = TemplateManifest::load(fromProject + u"/template.json"_s, kDefaultMediaLimitBytes);
    QVERIFY2(example.ok(), qPrintable(example.errors.join(u'\n')));
    QVERIFY(example.tpl.frames.size() >= 2);
}

void TestFit::mmsctlPreview()
{
    // A 3-frame template: a 3 s video with sound, a 5 s picture with text, a 4 s MP3.
    const QString in = m_dir.filePath(u"preview-in"_s);
    QDir().mkpath(in);
    QVERIFY(runFfmpeg({u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc2=size=640x360:rate=25:duration=3"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                       u"sine=frequency=440:duration=3"_s, u"-c:v"_s, u"libx264"_s, u"-pix_fmt"_s, u"yuv420p"_s, u"-c:a"_s, u"aac"_s,
                       u"-shortest"_s, in + u"/clip.mp4"_s}));
    QVERIFY(runFfmpeg({u"-f"_s, u"lavfi"_s, u"-i"_s, u"sine=frequency=660:duration=4"_s, u"-c:a"_s, u"libmp3lame"_s, u"-b:a"_s, u"64k"_s,
                       in + u"/tone.mp3"_s}));
    QFile::copy(m_photo, in + u"/photo.jpg"_s);
    QFile text(in + u"/1.txt"_s);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(u"${Text1}您好，新品上市。拒收请回复R"_s.toUtf8());
    text.close();
    QFile manifest(in + u"/template.json"_s);
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write(R"({"subject":"新品","frames":[{"dur":3000,"attachments":["clip.mp4"]},{"dur":5000,"attachments":["photo.jpg","1.txt"]},)"
                   R"({"dur":4000,"attachments":["tone.mp3"]}]})");
    manifest.close();

    const QString mp4 = m_dir.filePath(u"preview.mp4"_s);
    QProcess p;
    p.start(QStringLiteral(MMSCTL_PATH), {u"--json"_s, u"template"_s, u"preview"_s, manifest.fileName(), u"--out"_s, mp4,
                                          u"--vars"_s, u"{\"Text1\":\"张三\"}"_s});
    QVERIFY(p.waitForFinished(180000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QString error;
    const auto facts = ffmpeg::probe(mp4, &error);
    QVERIFY2(facts, qPrintable(error));
    QVERIFY2(qAbs(facts->durationMs - 12000) <= 100, qPrintable(QString::number(facts->durationMs)));
    QVERIFY(facts->hasVideo && facts->hasAudio);
    QVERIFY(facts->width <= 720 && facts->height <= 1280 && facts->height > facts->width);
    QCOMPARE(facts->videoCodec, u"h264"_s);
    QCOMPARE(facts->audioCodec, u"aac"_s);

    // The conversation view: one picture taller than wide, in the dark iPhone style too.
    const QString png = m_dir.filePath(u"preview.png"_s);
    p.start(QStringLiteral(MMSCTL_PATH), {u"template"_s, u"preview"_s, manifest.fileName(), u"--out"_s, png, u"--style"_s, u"ios"_s,
                                          u"--theme"_s, u"dark"_s});
    QVERIFY(p.waitForFinished(180000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QImage picture(png);
    QVERIFY(!picture.isNull());
    QVERIFY(picture.height() > picture.width());
    QCOMPARE(picture.pixelColor(2, picture.height() - 2), QColor(Qt::black)); // dark

    // A recipients file's row gives the values: row 1 and row 2 draw different names; a row past
    // the end is refused.
    QFile customers(in + u"/customers.csv"_s);
    QVERIFY(customers.open(QIODevice::WriteOnly));
    customers.write("手机号码,姓名\n13800138000,张三\n13800138001,欧阳娜娜\n");
    customers.close();
    QImage rows[2];
    for (int n = 1; n <= 2; ++n) {
        const QString out = m_dir.filePath(u"row%1.png"_s.arg(n));
        p.start(QStringLiteral(MMSCTL_PATH), {u"template"_s, u"preview"_s, manifest.fileName(), u"--out"_s, out, u"--row"_s,
                                              customers.fileName() + u":"_s + QString::number(n)});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        rows[n - 1] = QImage(out);
    }
    QVERIFY(!rows[0].isNull() && rows[0] != rows[1]);
    p.start(QStringLiteral(MMSCTL_PATH), {u"template"_s, u"preview"_s, manifest.fileName(), u"--out"_s, m_dir.filePath(u"row9.png"_s),
                                          u"--row"_s, customers.fileName() + u":9"_s});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY(p.exitCode() != 0);
    QVERIFY(!QFile::exists(m_dir.filePath(u"row9.png"_s)));

    // The phone styles are data: one in the data folder replaces the built-in ones.
    const QString data = m_dir.filePath(u"styles-data"_s);
    QDir().mkpath(data);
    QFile styles(data + u"/phone-styles.json"_s);
    QVERIFY(styles.open(QIODevice::WriteOnly));
    styles.write(R"({"android": {"light": {"background": "#ff0000"}}, "ios": {"light": {}}})");
    styles.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MMS_DATA_DIR"_s, data);
    p.setProcessEnvironment(env);
    const QString red = m_dir.filePath(u"red.png"_s);
    p.start(QStringLiteral(MMSCTL_PATH), {u"template"_s, u"preview"_s, manifest.fileName(), u"--out"_s, red});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QImage(red).pixelColor(2, QImage(red).height() - 2), QColor(Qt::red));
    p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());

    // The example's own project works too; a bad suffix is refused.
    p.start(QStringLiteral(MMSCTL_PATH), {u"template"_s, u"preview"_s, QStringLiteral(EXAMPLES_DIR "/double11/double11.mmstpl"), u"--out"_s,
                                          m_dir.filePath(u"example.png"_s)});
    QVERIFY(p.waitForFinished(180000));
    QCOMPARE(p.exitCode(), 0);
    p.start(QStringLiteral(MMSCTL_PATH), {u"template"_s, u"preview"_s, manifest.fileName(), u"--out"_s, m_dir.filePath(u"x.gif"_s)});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);

    // Cancelled: no file, no part left.
    const ManifestResult loaded = TemplateManifest::load(manifest.fileName(), kDefaultMediaLimitBytes);
    std::atomic<bool> cancel{true};
    const QString cancelled = m_dir.filePath(u"cancelled.mp4"_s);
    const PreviewExportResult r = exportPreview(loaded.tpl, cancelled, {}, {}, &cancel);
    QVERIFY(r.cancelled && !r.ok);
    QVERIFY(!QFile::exists(cancelled));
    QCOMPARE(QDir(m_dir.path()).entryList({u".cancelled*"_s}, QDir::Hidden | QDir::Files).size(), 0);
}

QTEST_GUILESS_MAIN(TestFit)
#include "tst_fit.moc"
