// The designer's model without widgets: placeholders, checks, undo, project files, file probing,
// and the preview clock.
#include "design/AudioDuration.h"
#include "design/MediaProbe.h"
#include "design/Placeholders.h"
#include "design/PreviewRenderer.h"
#include "design/PreviewTimeline.h"
#include "design/TemplateCheck.h"
#include "design/TemplateDocument.h"
#include "design/TemplateProject.h"
#include "protocol/Requests.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace mms;

namespace {
QByteArray png()
{
    QImage img(8, 8, QImage::Format_RGB32);
    img.fill(Qt::red);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

QStringList codes(const QList<Problem> &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.code;
    return out;
}

MmsTemplate goodTemplate()
{
    MmsTemplate t;
    t.subject = u"双十一"_s;
    t.frames.append({3000, {{u"1.txt"_s, "${Text1}您好，拒收请回复R"_ba}, {u"logo.png"_s, png()}}});
    return t;
}
} // namespace

class TestDesign : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conversationShowsThePartsInOrderWithTheirValues()
    {
        // The conversation view (and the PNG preview) draws the subject as the title, then every
        // frame's parts in the frame's own order, the variables filled in.
        MmsTemplate t;
        t.subject = u"双十一"_s;
        t.frames = {Frame{3000, {Attachment{u"clip.mp4"_s, "not really a video"}, Attachment{u"1.txt"_s, u"${Text1}您好，${Text2}见"_s.toUtf8()}}},
                    Frame{2000, {Attachment{u"logo.png"_s, "png"}, Attachment{u"tone.mp3"_s, "not really a sound"}}}};
        const PreviewRenderer r(t, {{u"Text1"_s, u"张三"_s}, {u"Text2"_s, u"南京路店"_s}}, PreviewStyle{});
        QCOMPARE(r.outline(), (QStringList{u"title: 双十一"_s, u"video: clip.mp4"_s, u"text: 张三您好，南京路店见"_s, u"picture: logo.png"_s,
                                           u"sound: ♪  tone.mp3"_s}));
        // A picture first in its frame comes first.
        std::swap(t.frames[0].attachments[0], t.frames[0].attachments[1]);
        QCOMPARE(PreviewRenderer(t, {}, PreviewStyle{}).outline().at(1), u"text: ${Text1}您好，${Text2}见"_s);
    }
    void contentHashFollowsContent();
    void malformedPlaceholders_data();
    void malformedPlaceholders();
    void gapsAndNextFree();
    void substituteSamples();
    void checkFindsProblemsAndRules();
    void checkCleanTemplate();
    void encodedSizeIsHex();
    void undoRedoEveryEdit();
    void typingMergesIntoOneStep();
    void uniqueNames();
    void projectRoundTrip();
    void projectRejectsGarbage();
    void hostileNamesStayInTheirFolder();
    void manifestExportImport();
    void probeBadFiles();
    void probeGbkTextOffersConversion();
    void videoLengthSetsAndChecksTheFrame();
    void audioLengthSetsAndChecksTheFrame();
    void timelinePlaysFramesInOrder();
    void timelineSeekNextPrevious();
};

void TestDesign::malformedPlaceholders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("found");
    QTest::addColumn<QString>("suggestion");
    QTest::newRow("lower case") << u"Hi ${text1}!"_s << u"${text1}"_s << u"${Text1}"_s;
    QTest::newRow("no braces") << u"Hi $Text2 ok"_s << u"$Text2"_s << u"${Text2}"_s;
    QTest::newRow("unclosed") << u"Hi ${Text1 ok"_s << u"${Text1"_s << u"${Text1}"_s;
    QTest::newRow("no dollar") << u"Hi {Text3}"_s << u"{Text3}"_s << u"${Text3}"_s;
    QTest::newRow("spaces") << u"${ Text1 }"_s << u"${ Text1 }"_s << u"${Text1}"_s;
    QTest::newRow("zero") << u"${Text0}"_s << u"${Text0}"_s << u"${Text1}"_s;
    QTest::newRow("upper") << u"${TEXT1}"_s << u"${TEXT1}"_s << u"${Text1}"_s;
}

void TestDesign::malformedPlaceholders()
{
    QFETCH(QString, text);
    QFETCH(QString, found);
    QFETCH(QString, suggestion);
    const auto m = placeholders::malformed(text);
    QCOMPARE(m.size(), 1);
    QCOMPARE(m.first().found, found);
    QCOMPARE(m.first().suggestion, suggestion);
    // Well-formed ones and plain prose are not reported.
    QVERIFY(placeholders::malformed(u"${Text1}，${Text12}; read the text 2 times; Text1"_s).isEmpty());
}

void TestDesign::gapsAndNextFree()
{
    QCOMPARE(placeholders::gaps({u"Text1"_s, u"Text3"_s}), QStringList{u"Text2"_s});
    QVERIFY(placeholders::gaps({u"Text1"_s, u"Text2"_s}).isEmpty());
    QCOMPARE(placeholders::nextFree({}), u"Text1"_s);
    QCOMPARE(placeholders::nextFree({u"Text1"_s, u"Text3"_s}), u"Text2"_s);
}

void TestDesign::substituteSamples()
{
    QCOMPARE(placeholders::substitute(u"${Text1}，欢迎来${Text2}。${Text3}"_s, {{u"Text1"_s, u"张三"_s}, {u"Text2"_s, u"南京路店"_s}}),
             u"张三，欢迎来南京路店。${Text3}"_s);
}

void TestDesign::checkFindsProblemsAndRules()
{
    MmsTemplate t;
    QStringList c = codes(TemplateCheck::check(t, ContentRules::builtIn()));
    QVERIFY(c.contains(u"no-subject"_s));
    QVERIFY(c.contains(u"no-frames"_s));

    t.subject = u"s"_s;
    t.frames.append(Frame{0, {}});
    t.frames.append({1000, {{u"a.txt"_s, "【促销】${text1} ${Text3}"_ba}}});
    t.frames.append({1000, {{u"b.txt"_s, "\xB0\xA1"_ba}, {u"clip.mp4"_s, "\0\0\0\x18" "ftypisom"_ba}, {u"x.wav"_s, "RIFF"_ba}}});
    const QList<Problem> problems = TemplateCheck::check(t, ContentRules::builtIn());
    c = codes(problems);
    for (const char *code : {"no-duration", "empty-frame", "malformed-variable", "variable-gap", "not-utf8",
                             "rule-brackets", "rule-video-codec", "rule-audio-format", "rule-opt-out", "rule-min-size"})
        QVERIFY2(c.contains(QString::fromLatin1(code)), code);
    QVERIFY(TemplateCheck::hasErrors(problems));
    // Problems name their frame.
    for (const Problem &p : problems) {
        if (p.code == u"malformed-variable"_s)
            QCOMPARE(p.frame, 1);
    }

    MmsTemplate big = goodTemplate();
    big.frames[0].attachments.append({u"big.png"_s, QByteArray(2 * 1024 * 1024, 'x')});
    QVERIFY(codes(TemplateCheck::check(big, ContentRules::builtIn())).contains(u"too-large"_s));

    MmsTemplate textOnly;
    textOnly.subject = u"s"_s;
    textOnly.frames.append({1000, {{u"a.txt"_s, "hi 拒收请回复R"_ba}}});
    QVERIFY(codes(TemplateCheck::check(textOnly, ContentRules::builtIn())).contains(u"rule-mix"_s));
}

void TestDesign::checkCleanTemplate()
{
    const QList<Problem> problems = TemplateCheck::check(goodTemplate(), ContentRules::builtIn());
    QVERIFY(!TemplateCheck::hasErrors(problems));
    const QStringList c = codes(problems);
    QVERIFY(!c.contains(u"rule-opt-out"_s));
    QVERIFY(!c.contains(u"rule-mix"_s));
}

void TestDesign::encodedSizeIsHex()
{
    const MmsTemplate t = goodTemplate();
    const qint64 encoded = TemplateCheck::encodedRequestBytes(t);
    QVERIFY(encoded > 2 * t.mediaBytes());
    QVERIFY(encoded < 2 * t.mediaBytes() + 1000);
    // The estimate is the size of the real request (same account fields as the estimate's).
    Account a;
    a.userid = u"0"_s;
    a.username = u"user"_s;
    a.password = u"password"_s;
    QCOMPARE(encoded, qint64(requests::saveMmsModel(a, t, AttachmentEncoding::Hex16, nullptr)->size()));
}

void TestDesign::undoRedoEveryEdit()
{
    TemplateDocument doc;
    QSignalSpy changed(&doc, &TemplateDocument::changed);
    doc.setSubject(u"新品"_s);
    QCOMPARE(doc.addFrames(0, {{u"logo.png"_s, png()}, {u"clip.mp4"_s, "\0\0\0\x18" "ftypisom"_ba}}), 0);
    QCOMPARE(doc.tpl().frames.size(), 2);
    doc.addText(0, u"你好"_s);
    doc.setDuration(1, 5000);
    doc.moveFrame(1, 0);
    QCOMPARE(doc.tpl().frames.at(0).attachments.first().fileName, u"clip.mp4"_s);
    doc.duplicateFrame(0);
    QCOMPARE(doc.tpl().frames.size(), 3);
    doc.moveAttachment(2, 1, 0);
    QCOMPARE(doc.tpl().frames.at(2).attachments.first().fileName, u"1.txt"_s);
    doc.removeAttachment(2, 1);
    doc.removeFrame(1);
    QCOMPARE(doc.tpl().frames.size(), 2);
    QVERIFY(changed.count() >= 9);
    QVERIFY(doc.isModified());

    QUndoStack *undo = doc.undoStack();
    QCOMPARE(undo->undoText(), u"Delete frame 2"_s);
    const int steps = undo->count();
    QCOMPARE(steps, 9);
    for (int i = 0; i < steps; ++i)
        undo->undo();
    QVERIFY(doc.tpl().frames.isEmpty());
    QVERIFY(doc.tpl().subject.isEmpty());
    QVERIFY(!doc.isModified());
    for (int i = 0; i < steps; ++i)
        undo->redo();
    QCOMPARE(doc.tpl().frames.size(), 2);
    QCOMPARE(doc.tpl().frames.at(0).durationMs, 5000);
    QCOMPARE(doc.tpl().frames.at(1).attachments.size(), 1);
    QCOMPARE(doc.tpl().frames.at(1).attachments.first().fileName, u"1.txt"_s);
}

void TestDesign::typingMergesIntoOneStep()
{
    TemplateDocument doc;
    doc.addFrame(0);
    const int text = doc.addText(0, {});
    const QString typed = u"${Text1}您好"_s;
    for (int i = 1; i <= typed.size(); ++i)
        doc.setText(0, text, typed.left(i));
    for (int ms : {1, 10, 100, 1000})
        doc.setDuration(0, ms);
    QCOMPARE(doc.undoStack()->count(), 4); // add frame, new text, typing, duration
    doc.undoStack()->undo();
    QCOMPARE(doc.tpl().frames.at(0).durationMs, TemplateDocument::kDefaultFrameMs);
    doc.undoStack()->undo();
    QVERIFY(doc.tpl().frames.at(0).attachments.at(0).data.isEmpty());
    doc.undoStack()->redo();
    QCOMPARE(QString::fromUtf8(doc.tpl().frames.at(0).attachments.at(0).data), typed);
}

void TestDesign::uniqueNames()
{
    TemplateDocument doc;
    doc.addFrames(0, {{u"logo.png"_s, png()}});
    doc.addFrames(1, {{u"logo.png"_s, "other"_ba}, {u"logo.png"_s, png()}});
    QCOMPARE(doc.tpl().frames.at(1).attachments.first().fileName, u"logo-2.png"_s);
    QCOMPARE(doc.tpl().frames.at(2).attachments.first().fileName, u"logo.png"_s); // same bytes, same name
    doc.addText(0, u"a"_s);
    doc.addText(0, u"b"_s);
    QCOMPARE(doc.tpl().frames.at(0).attachments.at(1).fileName, u"1.txt"_s);
    QCOMPARE(doc.tpl().frames.at(0).attachments.at(2).fileName, u"2.txt"_s);
}

void TestDesign::projectRoundTrip()
{
    QTemporaryDir dir;
    TemplateProject p{goodTemplate(), {{u"Text1"_s, u"张三"_s}}};
    QString error;
    const QString path = dir.filePath(u"t.mmstpl"_s);
    QVERIFY2(p.save(path, &error), qPrintable(error));
    const auto back = TemplateProject::load(path, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->tpl.subject, p.tpl.subject);
    QCOMPARE(back->tpl.frames.size(), 1);
    QCOMPARE(back->tpl.frames.at(0).durationMs, 3000);
    QCOMPARE(back->tpl.frames.at(0).attachments.at(1).data, png());
    QCOMPARE(back->samples.value(u"Text1"_s), u"张三"_s);
}

void TestDesign::projectRejectsGarbage()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!TemplateProject::load(dir.path(), &error));
    QVERIFY(!TemplateProject::load(write(dir, u"a.mmstpl"_s, "\x01\x02garbage"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!TemplateProject::load(write(dir, u"b.mmstpl"_s, R"({"subject":"x"})"), &error));
    QVERIFY(!TemplateProject::load(write(dir, u"c.mmstpl"_s,
        R"({"format":"mms-studio-template","version":1,"frames":[{"dur":1,"attachments":[{"name":"a.png","data":"@@@"}]}]})"), &error));
    QVERIFY2(error.contains(u"a.png"_s), qPrintable(error));
}

void TestDesign::hostileNamesStayInTheirFolder()
{
    // A template file from a stranger names its attachments as paths: refused on load, and an
    // export of such a template (made in memory) writes nothing outside its folder.
    QTemporaryDir dir;
    const QString data = QString::fromLatin1(QByteArray("hello").toBase64());
    for (const QString &name : {u"../x.txt"_s, u"../../.bashrc"_s, u"/etc/passwd"_s, u"C:\\x.txt"_s, u"a\\..\\b.txt"_s,
                                u"con.txt"_s, u"NUL"_s, u"lpt1.jpg"_s, u".."_s, u"x.txt."_s, u"a\u0000b.txt"_s, u"sub/a.txt"_s, u":carriers.json"_s}) {
        const QByteArray json = QJsonDocument(QJsonObject{
            {u"format"_s, u"mms-studio-template"_s}, {u"version"_s, 1},
            {u"frames"_s, QJsonArray{QJsonObject{{u"dur"_s, 1000},
                                                 {u"attachments"_s, QJsonArray{QJsonObject{{u"name"_s, name}, {u"data"_s, data}}}}}}}})
                                    .toJson();
        QString error;
        QVERIFY2(!TemplateProject::fromJson(json, &error), qPrintable(name));
        QVERIFY2(!error.isEmpty(), qPrintable(name));
        MmsTemplate t;
        t.subject = u"x"_s;
        t.frames = {Frame{1000, {Attachment{name, "hello"}}}};
        QVERIFY2(!(TemplateProject{t, {}}.exportManifest(dir.filePath(u"a/b/out"_s), &error)), qPrintable(name));
    }
    QVERIFY(!QFile::exists(dir.filePath(u"a/b/x.txt"_s)) && !QFile::exists(dir.filePath(u"a/x.txt"_s)) && !QFile::exists(dir.filePath(u"a/.bashrc"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"a/b/out/template.json"_s)));
    QVERIFY(isSafeFileName(u"双十一.mp4"_s, nullptr) && isSafeFileName(u"logo.v2.png"_s, nullptr) && isSafeFileName(u"console.jpg"_s, nullptr));
}

void TestDesign::manifestExportImport()
{
    QTemporaryDir dir;
    MmsTemplate t = goodTemplate();
    t.frames.append({2000, {{u"logo.png"_s, png()}}}); // the same file twice: written once
    QString error;
    QVERIFY2((TemplateProject{t, {}}.exportManifest(dir.filePath(u"out"_s), &error)), qPrintable(error));
    QVERIFY(QFile::exists(dir.filePath(u"out/template.json"_s)));
    QCOMPARE(readFile(dir.filePath(u"out/logo.png"_s)), png());
    const auto back = TemplateProject::importManifest(dir.filePath(u"out/template.json"_s), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->tpl.frames.size(), 2);
    QCOMPARE(back->tpl.frames.at(1).durationMs, 2000);
    QCOMPARE(back->tpl.frames.at(0).attachments.at(0).data, t.frames.at(0).attachments.at(0).data);
    QVERIFY(!TemplateProject::importManifest(write(dir, u"bad.json"_s, "{"), &error));
    QVERIFY(!error.isEmpty());
}

void TestDesign::probeBadFiles()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(u"folder.jpg"_s);
    const struct {
        QString path;
        const char *expect;
    } cases[] = {
        {dir.filePath(u"folder.jpg"_s), "folder"},
        {write(dir, u"empty.png"_s, {}), "empty"},
        {write(dir, u"fake.jpg"_s, "this is a text file"), "renamed"},
        {write(dir, u"doc.pdf"_s, "%PDF-1.4"), ".pdf"},
        {dir.filePath(u"missing.png"_s), "does not exist"},
    };
    for (const auto &c : cases) {
        const ProbedFile r = MediaProbe::probe(c.path);
        QVERIFY2(!r.ok, qPrintable(c.path));
        QVERIFY2(r.error.contains(QString::fromLatin1(c.expect)), qPrintable(r.error));
    }
    // Huge: a sparse 200 MB file costs no disk.
    const QString huge = dir.filePath(u"huge.mp4"_s);
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(200LL * 1024 * 1024));
    }
    const ProbedFile h = MediaProbe::probe(huge);
    QVERIFY(!h.ok);
    QVERIFY2(h.error.contains(u"1.9 MB"_s), qPrintable(h.error));

    const ProbedFile ok = MediaProbe::probe(write(dir, u"logo.png"_s, png()));
    QVERIFY(ok.ok);
    QCOMPARE(ok.attachment.fileName, u"logo.png"_s);
    const ProbedFile video = MediaProbe::probe(QStringLiteral(EXAMPLES_DIR "/double11/clip.mp4"));
    QVERIFY2(video.ok, qPrintable(video.error));
}

void TestDesign::probeGbkTextOffersConversion()
{
    QTemporaryDir dir;
    const QString greeting = u"${Text1}您好，双十一全场五折，欢迎光临本店选购。拒收请回复R"_s;
    QStringEncoder gbk("GB18030");
    const QByteArray bytes = gbk.encode(greeting);
    const ProbedFile r = MediaProbe::probe(write(dir, u"greeting.txt"_s, bytes));
    QVERIFY(r.ok);
    QVERIFY(r.needsConversion);
    QCOMPARE(QString::fromUtf8(r.convertedUtf8), greeting);
    const ProbedFile u = MediaProbe::probe(write(dir, u"utf8.txt"_s, "\xEF\xBB\xBF" + greeting.toUtf8()));
    QVERIFY(u.ok);
    QVERIFY(!u.needsConversion);
    QCOMPARE(u.attachment.data, greeting.toUtf8()); // BOM dropped
}

void TestDesign::videoLengthSetsAndChecksTheFrame()
{
    const QByteArray clip = readFile(QStringLiteral(EXAMPLES_DIR "/double11/clip.mp4"));
    QCOMPARE(MediaProbe::mp4DurationMs(clip), 2000); // made with ffmpeg -t 2
    QCOMPARE(MediaProbe::mp4DurationMs("garbage"), -1);
    QCOMPARE(MediaProbe::mp4DurationMs(clip.left(40)), -1);
    // Found by fuzz_templates: a 64-bit box size past the end overflowed the walk.
    QCOMPARE(MediaProbe::mp4DurationMs(QByteArray::fromBase64("AAAAAUgABQCAAAAAAAAAAAAAAA==")), -1);
    TemplateDocument doc;
    doc.addFrames(0, {{u"clip.mp4"_s, clip}});
    QCOMPARE(doc.tpl().frames.at(0).durationMs, 2000); // a video's frame lasts as long as it
    doc.setDuration(0, 1000);
    QVERIFY(codes(TemplateCheck::check(doc.tpl(), ContentRules::builtIn())).contains(u"video-longer-than-frame"_s));
    doc.setDuration(0, 2000);
    QVERIFY(!codes(TemplateCheck::check(doc.tpl(), ContentRules::builtIn())).contains(u"video-longer-than-frame"_s));
}

void TestDesign::audioLengthSetsAndChecksTheFrame()
{
    // 300 frames of MPEG-1 layer III at 128 kbit/s, 44.1 kHz (417 bytes each), behind an ID3v2 tag:
    // 300 × 1152 / 44100 s.
    QByteArray mp3 = QByteArray("ID3\x03\x00\x00\x00\x00\x00\x14", 10) + QByteArray(20, '\0');
    for (int i = 0; i < 300; ++i)
        mp3 += QByteArray("\xff\xfb\x90\x00", 4) + QByteArray(413, '\x11');
    QCOMPARE(audioDurationMs(mp3), 7836);
    // AMR-NB: 250 frames of 12.2 kbit/s (32 bytes), 20 ms each.
    QByteArray amr("#!AMR\n");
    for (int i = 0; i < 250; ++i)
        amr += QByteArray("\x3c", 1) + QByteArray(31, '\x22');
    QCOMPARE(audioDurationMs(amr), 5000);
    QCOMPARE(audioDurationMs("garbage"), -1);
    QCOMPARE(audioDurationMs(mp3.left(700)), -1); // two frames: not a sound
    QCOMPARE(audioDurationMs(QByteArray("ID3\x03\x00\x00\x7f\x7f\x7f\x7f", 10)), -1); // a tag past the end
    TemplateDocument doc;
    doc.addFrames(0, {{u"jingle.mp3"_s, mp3}});
    QCOMPARE(doc.tpl().frames.at(0).durationMs, 7900); // a sound's frame lasts as long as it
    doc.setDuration(0, 3000);
    QVERIFY(codes(TemplateCheck::check(doc.tpl(), ContentRules::builtIn())).contains(u"audio-longer-than-frame"_s));
    doc.setDuration(0, 7900);
    QVERIFY(!codes(TemplateCheck::check(doc.tpl(), ContentRules::builtIn())).contains(u"audio-longer-than-frame"_s));
}

void TestDesign::timelinePlaysFramesInOrder()
{
    PreviewTimeline tl;
    tl.setDurations({150, 100, 200});
    QCOMPARE(tl.totalMs(), 450);
    QCOMPARE(tl.frameAt(0), 0);
    QCOMPARE(tl.frameAt(150), 1);
    QCOMPARE(tl.frameAt(449), 2);
    QSignalSpy frames(&tl, &PreviewTimeline::frameChanged);
    QSignalSpy finished(&tl, &PreviewTimeline::finished);
    QElapsedTimer clock;
    clock.start();
    tl.play();
    QCOMPARE(tl.state(), PreviewTimeline::State::Playing);
    QVERIFY(finished.wait(5000));
    QVERIFY(clock.elapsed() >= 440);
    QList<int> seen;
    for (const auto &args : frames)
        if (seen.isEmpty() || seen.last() != args.at(0).toInt())
            seen << args.at(0).toInt();
    QCOMPARE(seen, (QList<int>{0, 1, 2}));
    QCOMPARE(tl.state(), PreviewTimeline::State::Stopped);
    QCOMPARE(tl.positionMs(), 450);
}

void TestDesign::timelineSeekNextPrevious()
{
    PreviewTimeline tl;
    tl.setDurations({1000, 2000, 3000});
    tl.nextFrame();
    QCOMPARE(tl.positionMs(), 1000);
    QCOMPARE(tl.currentFrame(), 1);
    tl.nextFrame();
    QCOMPARE(tl.currentFrame(), 2);
    tl.nextFrame(); // stays on the last frame
    QCOMPARE(tl.currentFrame(), 2);
    tl.seek(3200);
    tl.previousFrame(); // near the frame's start: to the previous frame
    QCOMPARE(tl.currentFrame(), 1);
    tl.seek(2500);
    tl.previousFrame(); // well into the frame: to its start
    QCOMPARE(tl.positionMs(), 1000);
    tl.play();
    tl.pause();
    const qint64 paused = tl.positionMs();
    QTest::qWait(50);
    QCOMPARE(tl.positionMs(), paused);
    tl.stop();
    QCOMPARE(tl.positionMs(), 0);
    QCOMPARE(tl.currentFrame(), 0);
}

void TestDesign::contentHashFollowsContent()
{
    // The submit guard's fingerprint: equal for equal content, different for any change.
    mms::MmsTemplate a;
    a.subject = u"双十一"_s;
    a.frames = {mms::Frame{3000, {mms::Attachment{u"1.txt"_s, "hello"}, mms::Attachment{u"a.jpg"_s, QByteArray(1000, 'x')}}}};
    const QString h = a.contentHash();
    QCOMPARE(h.size(), 64);
    mms::MmsTemplate b = a;
    QCOMPARE(b.contentHash(), h);
    b.frames[0].attachments[1].data[500] = 'y';
    QVERIFY(b.contentHash() != h);
    b = a;
    b.frames[0].durationMs = 3001;
    QVERIFY(b.contentHash() != h);
    b = a;
    b.subject += u"!"_s;
    QVERIFY(b.contentHash() != h);
    b = a;
    b.frames[0].attachments[0].fileName = u"2.txt"_s;
    QVERIFY(b.contentHash() != h);
    b = a; // the same bytes split differently between two files
    b.frames[0].attachments[0].data = "hell";
    b.frames[0].attachments[1].data.prepend('o');
    QVERIFY(b.contentHash() != h);
}

QTEST_GUILESS_MAIN(TestDesign)
#include "tst_design.moc"
