// The template designer driven as a user would, offscreen, in the real main window: files
// dropped on the storyboard, variables inserted, frames reordered, undo/redo, live checks, the
// preview played, the template saved, reopened and submitted to the sandbox platform.
#include "MainWindow.h"
#include "Prompts.h"

#include "design/DocumentAutosave.h"
#include "media/Ffmpeg.h"
#include "design/PreviewTimeline.h"
#include "design/TemplateDocument.h"
#include "design/TemplateProject.h"
#include "designer/DesignerPage.h"
#include "designer/PreviewPlayer.h"
#include "designer/ConversationView.h"
#include "designer/SampleRowBar.h"
#include <QSignalSpy>
#include <QComboBox>
#include "designer/StoryboardModel.h"
#include "sim/Sandbox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QDoubleSpinBox>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QSignalSpy>
#include <QUndoStack>
#include <QAudioDevice>
#include <QMediaDevices>
#include "campaign/CampaignService.h"
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

QByteArray pngBytes(QColor color)
{
    QImage img(64, 48, QImage::Format_RGB32);
    img.fill(color);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

// A drag from the file manager: enter, move, drop at pos on the widget.
void dropFiles(QWidget *target, const QStringList &paths, QPoint pos)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    // The files are read off the GUI thread; wait until the designer has them.
    auto *designer = target->window()->findChild<mms::DesignerPage *>();
    for (int i = 0; designer && designer->isAddingFiles() && i < 1000; ++i)
        QTest::qWait(10);
}

void dragFrame(QListView *view, int from, QPoint pos)
{
    QMimeData mime;
    mime.setData(QString::fromLatin1(mms::StoryboardModel::kFrameMimeType), QByteArray::number(from));
    QDragEnterEvent enter(pos, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(pos, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QDropEvent drop(QPointF(pos), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
}

// Chinese comes from an input method, not from key presses.
void typeChinese(QWidget *w, const QString &text)
{
    QInputMethodEvent e;
    e.setCommitString(text);
    QApplication::sendEvent(w, &e);
}

QStringList frameNames(mms::TemplateDocument *doc)
{
    QStringList out;
    for (const mms::Frame &f : doc->tpl().frames)
        out << (f.attachments.isEmpty() ? u"-"_s : f.attachments.first().fileName);
    return out;
}

QStringList problemCodes(QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->data(Qt::UserRole + 2).toString();
    return out;
}
} // namespace

class TestDesigner : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_media;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("MMS_SANDBOX_DIR", m_dir.filePath(u"sandbox"_s).toUtf8());
        qputenv("MMS_DATA_DIR", m_dir.filePath(u"data"_s).toUtf8());
        qputenv("MMS_SIMULATOR", SIMULATOR_PATH);
        m_media = m_dir.filePath(u"media"_s);
        QDir().mkpath(m_media);
        writeFile(m_media + u"/logo.png"_s, pngBytes(Qt::darkRed));
        QFile::copy(QStringLiteral(EXAMPLES_DIR "/double11/clip.mp4"), m_media + u"/clip.mp4"_s);
        writeFile(m_media + u"/greeting.txt"_s, u"尊敬的客户：双十一全场五折！拒收请回复R"_s.toUtf8());
    }
    void init()
    {
        // Each test starts without an autosaved template to recover (the recovery test leaves one).
        QDir(m_dir.filePath(u"data/autosave"_s)).removeRecursively();
    }
    void cleanupTestCase()
    {
        if (const auto info = mms::Sandbox::findRunning(m_dir.filePath(u"sandbox"_s))) {
            QNetworkAccessManager nam;
            QNetworkReply *reply = nam.post(QNetworkRequest(info->controlUrl(u"shutdown"_s)), QByteArray("{}"));
            QTRY_VERIFY(reply->isFinished());
            delete reply;
        }
    }

    void designPlaySaveSubmit();
    void badFilesAreRefusedAndTemplateKept();
    void recoversAfterCrash();
    void fitToBudget();
    void framesTimedToTheirSound();
    void aFramesOrderIsTheSameEverywhere();
    void sampleValuesFromARecipientsFile();
};

void TestDesigner::sampleValuesFromARecipientsFile()
{
    // The preview and the checks with a customer's own values: row 1, row 2, then the longest,
    // whose name is longer than the carriers allow a variable (a warning, named).
    writeFile(m_media + u"/hello.txt"_s, u"${Text1}您好，双十二五折起。拒收请回复R"_s.toUtf8());
    const QString longName = u"上海浦东新区陆家嘴环路一千号国金中心二期分店"_s; // 22 characters
    writeFile(m_media + u"/customers.csv"_s, (u"手机号码,姓名\n13800138000,张三\n13800138001,李四\n13800138002,"_s + longName + u"\n"_s).toUtf8());
    mms::MainWindow window(m_dir.filePath(u"studio-samples.sqlite"_s));
    window.showArea(u"templates"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    mms::TemplateDocument *doc = window.designer()->document();
    auto *storyboard = window.findChild<QListView *>(u"storyboard"_s);
    dropFiles(storyboard->viewport(), {m_media + u"/hello.txt"_s, m_media + u"/logo.png"_s}, QPoint(storyboard->viewport()->width() - 10, 20));
    QCOMPARE(doc->tpl().variables(), QStringList{u"Text1"_s});
    auto *bar = window.findChild<mms::SampleRowBar *>();
    QSignalSpy loaded(bar, &mms::SampleRowBar::loaded);
    mms::prompts::setNextFileName(m_media + u"/customers.csv"_s);
    QTest::mouseClick(window.findChild<QPushButton *>(u"sampleFileButton"_s), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(doc->samples().value(u"Text1"_s), u"张三"_s);
    QVERIFY2(window.findChild<QLabel *>(u"sampleRowNote"_s)->text().contains(u"${Text1} ← 姓名"_s),
             qPrintable(window.findChild<QLabel *>(u"sampleRowNote"_s)->text()));
    auto *row = window.findChild<QSpinBox *>(u"sampleRowSpin"_s);
    row->setValue(2);
    QCOMPARE(doc->samples().value(u"Text1"_s), u"李四"_s);
    auto *problems = window.findChild<QListWidget *>(u"problemsList"_s);
    QVERIFY(!problemCodes(problems).contains(u"value-too-long"_s));
    QTest::mouseClick(window.findChild<QPushButton *>(u"longestRowButton"_s), Qt::LeftButton);
    QCOMPARE(row->value(), 3);
    QCOMPARE(doc->samples().value(u"Text1"_s), longName);
    QTRY_VERIFY(problemCodes(problems).contains(u"value-too-long"_s));
    storyboard->setCurrentIndex(storyboard->model()->index(0, 0));
    QTRY_VERIFY2(window.designer()->preview()->shownText().startsWith(longName), qPrintable(window.designer()->preview()->shownText()));
}

void TestDesigner::aFramesOrderIsTheSameEverywhere()
{
    // A video with a photo dropped onto it: the list, the thumbnail and the phone all put the
    // video first, as the request does; the photo dropped first, the photo first.
    mms::MainWindow window(m_dir.filePath(u"studio-order.sqlite"_s));
    window.showArea(u"templates"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    mms::TemplateDocument *doc = window.designer()->document();
    auto *storyboard = window.findChild<QListView *>(u"storyboard"_s);
    dropFiles(storyboard->viewport(), {m_media + u"/clip.mp4"_s}, QPoint(storyboard->viewport()->width() - 10, 20));
    QCOMPARE(doc->tpl().frames.size(), 1);
    dropFiles(storyboard->viewport(), {m_media + u"/logo.png"_s}, storyboard->visualRect(storyboard->model()->index(0, 0)).center());
    QCOMPARE(doc->tpl().frames.at(0).attachments.size(), 2);
    QCOMPARE(doc->tpl().frames.at(0).attachments.at(0).fileName, u"clip.mp4"_s);
    storyboard->setCurrentIndex(storyboard->model()->index(0, 0));
    auto *image = window.findChild<QWidget *>(u"previewImage"_s);
    auto *video = window.findChild<QWidget *>(u"previewVideo"_s);
    QTRY_VERIFY(image->isVisible() && video->isVisible());
    QTRY_VERIFY2(video->y() < image->y(), qPrintable(u"video at %1, picture at %2"_s.arg(video->y()).arg(image->y())));
    // The thumbnail is the video's (a frame of it, or its placeholder), not the red photo.
    const QImage thumb = storyboard->model()->index(0, 0).data(Qt::DecorationRole).value<QPixmap>().toImage();
    if (!thumb.isNull())
        QVERIFY(thumb.pixelColor(thumb.width() / 2, thumb.height() / 2) != QColor(Qt::darkRed));

    // A second frame, the photo first: the picture is on top.
    dropFiles(storyboard->viewport(), {m_media + u"/logo.png"_s}, QPoint(storyboard->viewport()->width() - 10, 20));
    dropFiles(storyboard->viewport(), {m_media + u"/clip.mp4"_s}, storyboard->visualRect(storyboard->model()->index(1, 0)).center());
    QCOMPARE(doc->tpl().frames.at(1).attachments.at(0).fileName, u"logo.png"_s);
    storyboard->setCurrentIndex(storyboard->model()->index(1, 0));
    QTRY_VERIFY2(image->y() < video->y(), qPrintable(u"video at %1, picture at %2"_s.arg(video->y()).arg(image->y())));

    // Template → Export preview…: the conversation view as a picture, made off the GUI thread.
    const QString png = m_dir.filePath(u"order-preview.png"_s);
    mms::prompts::setNextFileName(png);
    auto *exportPreview = window.findChild<QAction *>(u"actionExportPreview"_s);
    QVERIFY(exportPreview && exportPreview->isEnabled());
    exportPreview->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(png) && exportPreview->isEnabled(), 30000);
    const QImage picture(png);
    QVERIFY(picture.height() > picture.width());

    // The conversation view beside the slideshow: the message as the app lists it, iPhone dark.
    QTest::mouseClick(window.findChild<QWidget *>(u"previewConversationView"_s), Qt::LeftButton);
    auto *conversation = window.findChild<mms::ConversationView *>();
    QTRY_VERIFY(conversation->isVisible());
    QVERIFY(!conversation->picture().isNull());
    QVERIFY(conversation->picture().height() > conversation->picture().width());
    auto *style = window.findChild<QComboBox *>(u"conversationStyle"_s);
    style->setCurrentIndex(3);
    QCOMPARE(conversation->style().look, mms::PreviewStyle::Look::Ios);
    const QImage dark = conversation->picture();
    QCOMPARE(dark.pixelColor(2, dark.height() - 2), QColor(Qt::black));
    QVERIFY(!window.findChild<QLabel *>(u"conversationPicture"_s)->pixmap().isNull());
    QTest::mouseClick(window.findChild<QWidget *>(u"previewPlayView"_s), Qt::LeftButton);
    QTRY_VERIFY(!conversation->isVisible());
}

void TestDesigner::framesTimedToTheirSound()
{
    // 300 frames of MP3 (128 kbit/s, 44.1 kHz): 7.836 s.
    QByteArray mp3;
    for (int i = 0; i < 300; ++i)
        mp3 += QByteArray("\xff\xfb\x90\x00", 4) + QByteArray(413, '\x11');
    writeFile(m_media + u"/jingle.mp3"_s, mp3);
    mms::MainWindow window(m_dir.filePath(u"studio-sound.sqlite"_s));
    window.showArea(u"templates"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    mms::TemplateDocument *doc = window.designer()->document();
    auto *storyboard = window.findChild<QListView *>(u"storyboard"_s);
    dropFiles(storyboard->viewport(), {m_media + u"/jingle.mp3"_s}, QPoint(storyboard->viewport()->width() - 10, 20));
    QCOMPARE(doc->tpl().frames.size(), 1);
    QCOMPARE(doc->tpl().frames.at(0).durationMs, 7900); // as long as the sound
    storyboard->setCurrentIndex(storyboard->model()->index(0, 0));
    auto *fit = window.findChild<QPushButton *>(u"fitAudioButton"_s);
    QTRY_VERIFY(fit->isVisible());
    QVERIFY2(fit->text().contains(u"7.8"_s), qPrintable(fit->text()));
    // The preview names the sound and its length (and says so where nothing can be heard).
    auto *sound = window.findChild<QLabel *>(u"previewSound"_s);
    QTRY_VERIFY2(sound->text().contains(u"jingle.mp3 (7.8 s)"_s), qPrintable(sound->text()));
    if (QMediaDevices::audioOutputs().isEmpty())
        QVERIFY(sound->text().contains(u"no sound output"_s));
    doc->setDuration(0, 3000);
    auto *problems = window.findChild<QListWidget *>(u"problemsList"_s);
    QTRY_VERIFY(problemCodes(problems).contains(u"audio-longer-than-frame"_s));
    QTest::mouseClick(fit, Qt::LeftButton);
    QCOMPARE(doc->tpl().frames.at(0).durationMs, 7900);
    QTRY_VERIFY(!problemCodes(problems).contains(u"audio-longer-than-frame"_s));
    // An undoable edit (merged with the duration typed just before, as typing in the box is).
    const QString undoText = doc->undoStack()->undoText();
    QVERIFY2(!undoText.isEmpty(), "Fit to audio left nothing to undo");
    // Durations in seconds with one decimal; exact milliseconds kept underneath until the box is changed.
    auto *duration = window.findChild<QDoubleSpinBox *>(u"durationSpin"_s);
    QCOMPARE(duration->suffix(), u" s"_s);
    doc->setDuration(0, 7836);
    QTRY_COMPARE(duration->value(), 7.8);
    QCOMPARE(doc->tpl().frames.at(0).durationMs, 7836); // showing it rounded changed nothing
    QCOMPARE(window.findChild<QLabel *>(u"durationSeconds"_s)->text(), u"exactly 7,836 ms"_s);
    duration->setFocus();
    duration->selectAll();
    QTest::keyClicks(duration, u"2.5"_s);
    QTest::keyClick(duration, Qt::Key_Enter);
    QTRY_COMPARE(doc->tpl().frames.at(0).durationMs, 2500);
}

void TestDesigner::designPlaySaveSubmit()
{
    mms::MainWindow window(m_dir.filePath(u"studio.sqlite"_s));
    window.showArea(u"templates"_s);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    mms::DesignerPage *designer = window.designer();
    mms::TemplateDocument *doc = designer->document();
    auto *storyboard = window.findChild<QListView *>(u"storyboard"_s);
    auto *problems = window.findChild<QListWidget *>(u"problemsList"_s);
    auto *text = window.findChild<QPlainTextEdit *>(u"textEditor"_s);
    auto *variables = window.findChild<QTableWidget *>(u"variablesTable"_s);
    auto *subject = window.findChild<QLineEdit *>(u"subjectEdit"_s);
    auto *submit = window.findChild<QPushButton *>(u"submitTemplateButton"_s);
    QVERIFY(storyboard && problems && text && variables && subject && submit);
    QAbstractItemModelTester tester(storyboard->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // An empty template cannot be submitted, and says why.
    QTRY_VERIFY(problemCodes(problems).contains(u"no-frames"_s));
    QVERIFY(!submit->isEnabled());

    // Three files from the file manager onto the empty storyboard: three frames.
    dropFiles(storyboard->viewport(), {m_media + u"/logo.png"_s, m_media + u"/clip.mp4"_s, m_media + u"/greeting.txt"_s},
              QPoint(storyboard->viewport()->width() - 10, 20));
    QCOMPARE(storyboard->model()->rowCount(), 3);
    QCOMPARE(frameNames(doc), (QStringList{u"logo.png"_s, u"clip.mp4"_s, u"greeting.txt"_s}));
    QVERIFY(!storyboard->model()->index(0, 0).data(Qt::DecorationRole).value<QImage>().isNull());
    // The video's thumbnail is its first picture, decoded asynchronously.
    QTRY_VERIFY_WITH_TIMEOUT(storyboard->model()->index(1, 0).data(Qt::DecorationRole).value<QImage>().pixelColor(2, 2) != QColor(0x40, 0x40, 0x48), 10000);

    // A second image dropped onto frame 3 joins it.
    writeFile(m_media + u"/banner.png"_s, pngBytes(Qt::blue));
    const QRect third = storyboard->visualRect(storyboard->model()->index(2, 0));
    dropFiles(storyboard->viewport(), {m_media + u"/banner.png"_s}, third.center());
    QCOMPARE(doc->tpl().frames.size(), 3);
    QCOMPARE(doc->tpl().frames.at(2).attachments.size(), 2);

    // Type in the text, then insert a variable at the cursor through the menu.
    storyboard->setCurrentIndex(storyboard->model()->index(2, 0));
    auto *attachments = window.findChild<QListWidget *>(u"attachmentList"_s);
    attachments->setCurrentRow(0);
    QTRY_VERIFY(text->isVisible());
    text->setFocus();
    text->moveCursor(QTextCursor::Start);
    typeChinese(text, u"您好"_s);
    auto *insert = window.findChild<QAction *>(u"actionInsertVariable"_s);
    insert->trigger();
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QAction *text1 = menu->findChild<QAction *>(u"insert_Text1"_s);
    QVERIFY(text1);
    text1->trigger();
    menu->close();
    QVERIFY(QString::fromUtf8(doc->tpl().frames.at(2).attachments.at(0).data).startsWith(u"您好${Text1}尊敬的客户"_s));
    QTRY_COMPARE(variables->rowCount(), 1);
    QCOMPARE(variables->item(0, 0)->text(), u"${Text1}"_s);
    QVERIFY(variables->item(0, 1)->text().contains(u"frame 3"_s));

    // A misspelt variable is an error that blocks the submit, and goes away with undo.
    QTest::keyClicks(text, u" ${text2}"_s);
    QTRY_VERIFY(problemCodes(problems).contains(u"malformed-variable"_s));
    QVERIFY(!submit->isEnabled());
    auto *undo = window.findChild<QAction *>(u"actionUndo"_s);
    auto *redo = window.findChild<QAction *>(u"actionRedo"_s);
    QVERIFY(undo->text().contains(u"greeting.txt"_s)); // "Undo Type in greeting.txt"
    undo->trigger(); // typing merges: the whole " ${text2}"… and "您好" go together with it
    QTRY_VERIFY(!problemCodes(problems).contains(u"malformed-variable"_s));
    QVERIFY(!QString::fromUtf8(doc->tpl().frames.at(2).attachments.at(0).data).contains(u"text2"_s));
    redo->trigger();
    QTRY_VERIFY(problemCodes(problems).contains(u"malformed-variable"_s));
    undo->trigger();
    QTRY_VERIFY(!problemCodes(problems).contains(u"malformed-variable"_s));
    // Put the greeting with its variable back as it should be.
    doc->setText(2, 0, u"您好${Text1}，双十一全场五折！拒收请回复R"_s);

    // Reorder by keyboard: the text frame moves to the front; undo puts it back.
    QTRY_VERIFY(!QApplication::activePopupWidget());
    window.activateWindow(); // the variable menu took it
    QVERIFY(QTest::qWaitForWindowActive(&window));
    storyboard->setFocus();
    QVERIFY(storyboard->hasFocus());
    storyboard->setCurrentIndex(storyboard->model()->index(2, 0));
    QTest::keyClick(storyboard, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(storyboard, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(frameNames(doc), (QStringList{u"greeting.txt"_s, u"logo.png"_s, u"clip.mp4"_s}));
    QVERIFY(undo->text().contains(u"Move frame"_s));
    undo->trigger();
    QCOMPARE(frameNames(doc), (QStringList{u"logo.png"_s, u"greeting.txt"_s, u"clip.mp4"_s}));
    // And by dragging: the video frame dropped before the first frame.
    dragFrame(storyboard, 2, storyboard->visualRect(storyboard->model()->index(0, 0)).topLeft() + QPoint(2, 10));
    QCOMPARE(frameNames(doc), (QStringList{u"clip.mp4"_s, u"logo.png"_s, u"greeting.txt"_s}));
    // Delete a frame with the Delete key, then undo.
    storyboard->setCurrentIndex(storyboard->model()->index(1, 0));
    QTest::keyClick(storyboard, Qt::Key_Delete);
    QCOMPARE(frameNames(doc), (QStringList{u"clip.mp4"_s, u"greeting.txt"_s}));
    undo->trigger();
    QCOMPARE(frameNames(doc), (QStringList{u"clip.mp4"_s, u"logo.png"_s, u"greeting.txt"_s}));

    // Short durations, a subject and a sample value, then play: frames advance and it stops.
    auto *duration = window.findChild<QDoubleSpinBox *>(u"durationSpin"_s);
    for (int f = 0; f < 3; ++f) {
        storyboard->setCurrentIndex(storyboard->model()->index(f, 0));
        duration->setValue(1.0); // seconds
    }
    QCOMPARE(doc->tpl().totalDurationMs(), 3000);
    subject->setFocus();
    typeChinese(subject, u"双十一大促"_s);
    QCOMPARE(doc->tpl().subject, u"双十一大促"_s);
    variables->item(0, 2)->setText(u"张三"_s);
    QCOMPARE(doc->samples().value(u"Text1"_s), u"张三"_s);

    mms::PreviewPlayer *preview = designer->preview();
    QList<int> shown;
    connect(preview->timeline(), &mms::PreviewTimeline::frameChanged, this, [&shown](int f) {
        if (shown.isEmpty() || shown.last() != f)
            shown << f;
    });
    QString textSeen;
    connect(preview->timeline(), &mms::PreviewTimeline::frameChanged, this, [&textSeen, preview](int f) {
        if (f == 2)
            textSeen = preview->shownText();
    });
    preview->timeline()->stop();
    QElapsedTimer played;
    played.start();
    QTest::mouseClick(window.findChild<QWidget *>(u"previewPlayButton"_s), Qt::LeftButton);
    QCOMPARE(preview->timeline()->state(), mms::PreviewTimeline::State::Playing);
    QTRY_COMPARE_WITH_TIMEOUT(preview->timeline()->state(), mms::PreviewTimeline::State::Stopped, 10000);
    QVERIFY(played.elapsed() >= 2900);
    // Every frame in order (a stalled machine may skip one: the clock keeps real time).
    QVERIFY2(shown == (QList<int>{0, 1, 2}) || shown == (QList<int>{0, 2}), qPrintable(QString::number(shown.size())));
    QVERIFY2(textSeen.startsWith(u"您好张三，"_s), qPrintable(textSeen));
    QCOMPARE(preview->timeline()->positionMs(), 3000);

    // Selecting a frame in the storyboard (a click, as a user does) shows it on the phone.
    QTest::mouseClick(storyboard->viewport(), Qt::LeftButton, {}, storyboard->visualRect(storyboard->model()->index(1, 0)).center());
    QCOMPARE(preview->timeline()->currentFrame(), 1);
    QCOMPARE(preview->timeline()->positionMs(), 1000);
    QTest::mouseClick(storyboard->viewport(), Qt::LeftButton, {}, storyboard->visualRect(storyboard->model()->index(2, 0)).center());
    QCOMPARE(preview->timeline()->currentFrame(), 2);
    QVERIFY2(preview->shownText().startsWith(u"您好张三，"_s), qPrintable(preview->shownText()));

    // The size meter follows the media.
    auto *meter = window.findChild<QProgressBar *>(u"sizeMeter"_s);
    QVERIFY(meter->value() > 0);
    QVERIFY(!meter->property("overLimit").toBool());

    // Save; the title loses its star; a new template is empty; the recent file reopens it.
    const QString saved = m_dir.filePath(u"double11.mmstpl"_s);
    mms::prompts::setNextFileName(saved);
    window.findChild<QAction *>(u"actionSaveTemplate"_s)->trigger();
    QVERIFY(QFile::exists(saved));
    QVERIFY(!doc->isModified());
    QVERIFY(window.windowTitle().startsWith(u"double11.mmstpl —"_s));
    window.findChild<QAction *>(u"actionNewTemplate"_s)->trigger();
    QCOMPARE(doc->tpl().frames.size(), 0);
    auto *recent = window.findChild<QMenu *>(u"recentTemplatesMenu"_s);
    QVERIFY(recent && !recent->actions().isEmpty());
    recent->actions().first()->trigger();
    QCOMPARE(frameNames(doc), (QStringList{u"clip.mp4"_s, u"logo.png"_s, u"greeting.txt"_s}));
    QCOMPARE(doc->samples().value(u"Text1"_s), u"张三"_s);

    // Submit to the sandbox: the mmsid appears, then each carrier's audit.
    auto *status = window.findChild<QLabel *>(u"submitStatus"_s);
    auto *balance = window.findChild<QLabel *>(u"balanceLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(balance->property("balance").isValid(), 15000);
    QTRY_VERIFY(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!status->property("mmsid").toString().isEmpty(), 15000);
    const QString mmsid = status->property("mmsid").toString();
    QVERIFY(status->text().contains(mmsid));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().count(u"approved"_s) == 3, 20000);
    QVERIFY(status->text().startsWith(u"Submitted as template %1"_s.arg(mmsid)));

    // Submit again, unchanged: no second template; the first is named with its audits.
    QSignalSpy exists(window.campaignService(), &mms::CampaignService::templateExists);
    QSignalSpy created(window.campaignService(), &mms::CampaignService::templateSubmitted);
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_COMPARE(exists.size(), 1);
    QCOMPARE(created.size(), 0);
    QTRY_VERIFY(status->text().contains(u"Nothing was sent"_s));
    QCOMPARE(status->property("mmsid").toString(), mmsid);
    // An edit: the designer says the template changed since; undo brings the audits back.
    doc->setSubject(doc->tpl().subject + u"！"_s);
    QTRY_VERIFY2(status->text().startsWith(u"Changed since it was submitted as template %1"_s.arg(mmsid)), qPrintable(status->text()));
    QVERIFY(status->property("mmsid").isNull());
    doc->undoStack()->undo();
    QTRY_VERIFY(status->text().startsWith(u"Submitted as template %1"_s.arg(mmsid)));
    QVERIFY(status->text().count(u"approved"_s) == 3);
    // On purpose: "Submit as a new template" makes a second one.
    auto *again = window.findChild<QPushButton *>(u"submitAsNewButton"_s);
    QVERIFY(again && again->isVisible());
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 15000);
    const QString second = created.at(0).at(0).toString();
    QVERIFY(!second.isEmpty() && second != mmsid);
    QTRY_COMPARE(status->property("mmsid").toString(), second);
    // The toolbar's Undo keeps its label whatever the step; the step is in its tooltip.
    auto *toolbar = window.findChild<QToolBar *>(u"designerToolbar"_s);
    QWidget *undoButton = toolbar->widgetForAction(window.findChild<QAction *>(u"actionUndo"_s));
    const QRect undoGeometry = undoButton->geometry();
    doc->setSubject(u"一个很长很长的主题，用来检查工具栏"_s);
    QCOMPARE(window.findChild<QAction *>(u"actionUndo"_s)->iconText(), u"Undo"_s);
    QVERIFY(window.findChild<QAction *>(u"actionUndo"_s)->toolTip().contains(u":"_s));
    QCOMPARE(undoButton->geometry(), undoGeometry);
    doc->undoStack()->undo();

    // The library lists it; "new version" opens a copy in the designer.
    auto *library = window.findChild<QTableWidget *>(u"templateTable"_s);
    QTRY_VERIFY(library->rowCount() >= 1);
    library->selectRow(0);
    QCOMPARE(library->item(0, 0)->text(), mmsid);
    window.findChild<QAction *>(u"actionNewTemplate"_s)->trigger();
    QTest::mouseClick(window.findChild<QPushButton *>(u"newVersionButton"_s), Qt::LeftButton);
    QTRY_COMPARE(doc->tpl().frames.size(), 3);
    QCOMPARE(doc->tpl().subject, u"双十一大促"_s);
    QVERIFY(doc->filePath().isEmpty());
}

void TestDesigner::badFilesAreRefusedAndTemplateKept()
{
    mms::MainWindow window(m_dir.filePath(u"studio2.sqlite"_s));
    window.showArea(u"templates"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    mms::DesignerPage *designer = window.designer();
    mms::TemplateDocument *doc = designer->document();
    auto *storyboard = window.findChild<QListView *>(u"storyboard"_s);
    const QPoint end(storyboard->viewport()->width() - 10, 20);
    dropFiles(storyboard->viewport(), {m_media + u"/logo.png"_s}, end);
    QCOMPARE(doc->tpl().frames.size(), 1);
    const int steps = doc->undoStack()->count();

    QDir(m_media).mkpath(u"folder"_s);
    const QString empty = writeFile(m_media + u"/empty.jpg"_s, {});
    const QString fake = writeFile(m_media + u"/fake.jpg"_s, "not a picture at all");
    const QString huge = m_media + u"/huge.mp4"_s;
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(200LL * 1024 * 1024)); // sparse: costs no disk
    }
    const struct {
        QString path;
        QString says;
    } cases[] = {{m_media + u"/folder"_s, u"folder"_s}, {empty, u"empty"_s}, {fake, u"renamed"_s}, {huge, u"1.9 MB"_s}};
    for (const auto &c : cases) {
        dropFiles(storyboard->viewport(), {c.path}, end);
        QVERIFY2(designer->message().contains(c.says), qPrintable(designer->message()));
        QCOMPARE(doc->tpl().frames.size(), 1);
        QCOMPARE(doc->undoStack()->count(), steps);
    }

    // GBK text: offered for conversion; yes converts, no leaves the template as it was.
    QStringEncoder gbk("GB18030");
    const QString greeting = u"${Text1}您好，会员日全场八折，欢迎光临。拒收请回复R"_s;
    const QString gbkFile = writeFile(m_media + u"/gbk.txt"_s, gbk.encode(greeting));
    mms::prompts::setNextAnswer(QMessageBox::No);
    dropFiles(storyboard->viewport(), {gbkFile}, end);
    QCOMPARE(doc->tpl().frames.size(), 1);
    QVERIFY(designer->message().contains(u"gbk.txt"_s));
    mms::prompts::setNextAnswer(QMessageBox::Yes);
    dropFiles(storyboard->viewport(), {gbkFile}, end);
    QCOMPARE(doc->tpl().frames.size(), 2);
    QCOMPARE(QString::fromUtf8(doc->tpl().frames.at(1).attachments.at(0).data), greeting);
}

void TestDesigner::recoversAfterCrash()
{
    const QString autosaveDir = m_dir.filePath(u"data/autosave"_s);
    {
        mms::MainWindow window(m_dir.filePath(u"studio3.sqlite"_s));
        mms::TemplateDocument *doc = window.designer()->document();
        doc->setSubject(u"未保存的模板"_s);
        doc->addFrames(0, {{u"a.txt"_s, "hello 拒收请回复R"_ba}});
        window.designer()->flushAutosave();
        QVERIFY(QFile::exists(autosaveDir + u"/autosave.mmstpl"_s));
        // As after a crash: the window goes without being asked to save.
        QFile::copy(autosaveDir + u"/autosave.mmstpl"_s, m_dir.filePath(u"kept.mmstpl"_s));
    }
    // Discarding removed the copy; put back what a crash would have left.
    QDir().mkpath(autosaveDir);
    QFile::remove(autosaveDir + u"/autosave.mmstpl"_s);
    QVERIFY(QFile::copy(m_dir.filePath(u"kept.mmstpl"_s), autosaveDir + u"/autosave.mmstpl"_s));

    mms::prompts::setNextAnswer(QMessageBox::Yes);
    mms::MainWindow window(m_dir.filePath(u"studio3.sqlite"_s));
    window.show();
    mms::TemplateDocument *doc = window.designer()->document();
    QTRY_COMPARE(doc->tpl().subject, u"未保存的模板"_s);
    QCOMPARE(doc->tpl().frames.size(), 1);
    QVERIFY(doc->isModified());
    QVERIFY(window.windowTitle().contains(u'*'));
}

void TestDesigner::fitToBudget()
{
    if (!mms::ffmpeg::available())
        QSKIP("FFmpeg is not installed");
    // An agency's video: 8 s of 720p, far over the template's 1.9 MB.
    const QString big = m_media + u"/agency.mp4"_s;
    QProcess ff;
    ff.start(mms::ffmpeg::program(u"ffmpeg"_s), {u"-v"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc2=size=1280x720:rate=25:duration=8"_s,
                                                u"-f"_s, u"lavfi"_s, u"-i"_s, u"sine=frequency=660:duration=8"_s, u"-c:v"_s, u"libx264"_s,
                                                u"-preset"_s, u"ultrafast"_s, u"-crf"_s, u"14"_s, u"-c:a"_s, u"aac"_s, u"-shortest"_s, big});
    QVERIFY(ff.waitForFinished(120000) && ff.exitCode() == 0);
    QVERIFY(QFileInfo(big).size() > 3 * 1024 * 1024);

    mms::MainWindow window(m_dir.filePath(u"studio4.sqlite"_s));
    window.showArea(u"templates"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    mms::DesignerPage *designer = window.designer();
    mms::TemplateDocument *doc = designer->document();
    auto *storyboard = window.findChild<QListView *>(u"storyboard"_s);
    auto *problems = window.findChild<QListWidget *>(u"problemsList"_s);
    auto *fitButton = window.findChild<QPushButton *>(u"fitBudgetButton"_s);
    auto *meter = window.findChild<QProgressBar *>(u"sizeMeter"_s);
    doc->setSubject(u"新品视频"_s);
    dropFiles(storyboard->viewport(), {m_media + u"/greeting.txt"_s, m_media + u"/logo.png"_s, big}, QPoint(storyboard->viewport()->width() - 10, 20));
    QCOMPARE(doc->tpl().frames.size(), 3);
    const qint64 before = doc->tpl().mediaBytes();
    QTRY_VERIFY(problemCodes(problems).contains(u"too-large"_s));
    QVERIFY(problemCodes(problems).contains(u"over-share"_s)); // names the video
    QVERIFY(meter->property("overLimit").toBool());
    QTRY_VERIFY(fitButton->isVisible());

    // Cancel: the template is left as it was.
    const int steps = doc->undoStack()->count();
    QTest::mouseClick(fitButton, Qt::LeftButton);
    QVERIFY(designer->isFitting());
    QTest::mouseClick(window.findChild<QPushButton *>(u"fitCancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!designer->isFitting(), 30000);
    QVERIFY2(designer->message().contains(u"cancelled"_s), qPrintable(designer->message() + window.findChild<QLabel *>(u"designerMessage"_s)->text()));
    QCOMPARE(doc->undoStack()->count(), steps);
    QCOMPARE(doc->tpl().mediaBytes(), before);

    // Fit: progress shows, then the template fits and can be submitted; undo restores.
    auto *progress = window.findChild<QProgressBar *>(u"fitProgress"_s);
    int highest = 0;
    connect(progress, &QProgressBar::valueChanged, this, [&highest](int v) { highest = qMax(highest, v); });
    QTest::mouseClick(fitButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!designer->isFitting(), 120000);
    QVERIFY2(designer->message().contains(u"Fitted"_s), qPrintable(designer->message()));
    QVERIFY(highest > 0);
    QVERIFY(doc->tpl().mediaBytes() <= 1900 * 1024);
    QCOMPARE(doc->tpl().frames.at(2).attachments.at(0).fileName, u"agency.mp4"_s);
    QTRY_VERIFY(!problemCodes(problems).contains(u"too-large"_s));
    QVERIFY(!meter->property("overLimit").toBool());
    QTRY_VERIFY(window.findChild<QPushButton *>(u"submitTemplateButton"_s)->isEnabled());
    QVERIFY(window.findChild<QAction *>(u"actionUndo"_s)->text().contains(u"Fit to budget"_s));
    doc->undoStack()->undo();
    QCOMPARE(doc->tpl().mediaBytes(), before);
}

QTEST_MAIN(TestDesigner)
#include "tst_designer.moc"
