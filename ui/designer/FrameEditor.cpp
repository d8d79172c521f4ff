#include "designer/FrameEditor.h"

#include "design/AudioDuration.h"

#include "design/ContentRules.h"
#include "design/MediaProbe.h"
#include "design/TemplateFitter.h"
#include "design/TemplateDocument.h"
#include "designer/ThumbnailCache.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QDoubleSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
QString kindLabel(MediaKind k)
{
    switch (k) {
    case MediaKind::Text:
        return FrameEditor::tr("Text");
    case MediaKind::Image:
        return FrameEditor::tr("Image");
    case MediaKind::Video:
        return FrameEditor::tr("Video");
    case MediaKind::Audio:
        return FrameEditor::tr("Sound");
    case MediaKind::Unsupported:
        break;
    }
    return FrameEditor::tr("Unsupported");
}
} // namespace

FrameEditor::FrameEditor(TemplateDocument *doc, ThumbnailCache *thumbnails, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_thumbnails(thumbnails)
    , m_limit(ContentRules::load().mediaMaxBytes)
    , m_title(new QLabel(this))
    , m_duration(new QDoubleSpinBox(this))
    , m_seconds(new QLabel(this))
    , m_fitVideo(new QPushButton(tr("Fit to &video"), this))
    , m_fitAudio(new QPushButton(tr("Fit to &audio"), this))
    , m_attachments(new QListWidget(this))
    , m_add(new QPushButton(tr("Add &file…"), this))
    , m_newText(new QPushButton(tr("New &text"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_fitItem(new QPushButton(tr("Fit to budget"), this))
    , m_detail(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_info(new QLabel(this))
{
    setObjectName(u"frameEditor"_s);
    setAcceptDrops(true);
    m_title->setObjectName(u"frameTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_duration->setObjectName(u"durationSpin"_s);
    // Seconds with one decimal, as people think of a slide; the document keeps exact
    // milliseconds (a frame timed to its video or sound), changed only when the box is.
    m_duration->setRange(0.1, 600.0);
    m_duration->setDecimals(1);
    m_duration->setSingleStep(0.5);
    m_duration->setSuffix(tr(" s"));
    m_duration->setAccelerated(true);
    m_duration->setKeyboardTracking(false); // a typed value counts once complete (Enter, Tab), not at each digit
    m_duration->setToolTip(tr("How long the phone shows this frame, in seconds"));
    m_seconds->setObjectName(u"durationSeconds"_s);
    m_fitVideo->setObjectName(u"fitVideoButton"_s);
    m_fitVideo->setToolTip(tr("Make the frame last as long as its video"));
    connect(m_fitVideo, &QPushButton::clicked, this, [this] {
        const qint64 length = m_fitVideo->property("videoMs").toLongLong();
        if (length > 0)
            m_doc->setDuration(m_frame, int((length + 99) / 100 * 100));
    });
    m_fitAudio->setObjectName(u"fitAudioButton"_s);
    m_fitAudio->setToolTip(tr("Make the frame last as long as its sound"));
    connect(m_fitAudio, &QPushButton::clicked, this, [this] {
        const qint64 length = m_fitAudio->property("audioMs").toLongLong();
        if (length > 0) // one undoable edit, like Fit to video; a frame lasts at most 600 s
            m_doc->setDuration(m_frame, int(qMin<qint64>((length + 99) / 100 * 100, 600000)));
    });
    m_attachments->setObjectName(u"attachmentList"_s);
    m_attachments->setIconSize(QSize(48, 36));
    m_attachments->setMaximumHeight(150);
    m_add->setObjectName(u"addAttachmentButton"_s);
    m_newText->setObjectName(u"newTextButton"_s);
    m_up->setObjectName(u"attachmentUpButton"_s);
    m_down->setObjectName(u"attachmentDownButton"_s);
    m_remove->setObjectName(u"removeAttachmentButton"_s);
    m_fitItem->setObjectName(u"fitItemButton"_s);
    m_fitItem->setToolTip(tr("Re-encode this file to its share of the template's size limit"));
    connect(m_fitItem, &QPushButton::clicked, this, [this] { Q_EMIT fitItemRequested(m_frame, currentAttachment()); });
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_text->setObjectName(u"textEditor"_s);
    // One undo history: the document's. The editor's own would fight with it.
    m_text->setUndoRedoEnabled(false);
    m_text->setPlaceholderText(tr("Type the message; Ctrl+Shift+I inserts a variable such as ${Text1}."));
    m_text->installEventFilter(this);
    // Files dropped on the text join the frame (handled here), rather than becoming paths in it.
    m_text->setAcceptDrops(false);
    m_text->viewport()->setAcceptDrops(false);
    m_info->setObjectName(u"attachmentInfo"_s);
    m_info->setAlignment(Qt::AlignCenter);
    m_info->setWordWrap(true);
    m_detail->addWidget(m_text);
    m_detail->addWidget(m_info);

    auto *durationRow = new QHBoxLayout;
    durationRow->addWidget(new QLabel(tr("&Duration:"), this));
    static_cast<QLabel *>(durationRow->itemAt(0)->widget())->setBuddy(m_duration);
    durationRow->addWidget(m_duration);
    durationRow->addWidget(m_seconds);
    durationRow->addWidget(m_fitVideo);
    durationRow->addWidget(m_fitAudio);
    durationRow->addStretch();
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_newText, m_up, m_down, m_remove, m_fitItem})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(durationRow);
    layout->addWidget(m_attachments);
    layout->addLayout(buttons);
    layout->addWidget(m_detail, 1);

    connect(m_duration, &QDoubleSpinBox::valueChanged, this, [this](double seconds) {
        if (m_updating)
            return;
        const int ms = int(qRound(seconds * 1000.0));
        m_seconds->clear();
        m_doc->setDuration(m_frame, ms);
    });
    connect(m_attachments, &QListWidget::currentRowChanged, this, [this] {
        if (!m_updating)
            showAttachment();
        updateButtons();
    });
    connect(m_add, &QPushButton::clicked, this, &FrameEditor::addFileRequested);
    connect(m_newText, &QPushButton::clicked, this, [this] {
        if (m_frame >= 0) {
            m_doc->addText(m_frame, {});
            m_text->setFocus();
        }
    });
    connect(m_up, &QPushButton::clicked, this, [this] {
        m_doc->moveAttachment(m_frame, currentAttachment(), currentAttachment() - 1);
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        m_doc->moveAttachment(m_frame, currentAttachment(), currentAttachment() + 1);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_doc->removeAttachment(m_frame, currentAttachment()); });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_doc->setText(m_frame, currentAttachment(), m_text->toPlainText());
    });
    connect(m_doc, &TemplateDocument::changed, this, &FrameEditor::refresh);
    connect(m_doc, &TemplateDocument::focusRequested, this, [this](int frame, int attachment) {
        setFrame(frame, attachment);
    });
    connect(m_thumbnails, &ThumbnailCache::updated, this, &FrameEditor::refresh);
    refresh();
}

int FrameEditor::currentAttachment() const
{
    return m_attachments->currentRow();
}

void FrameEditor::setFrame(int frame, int attachment)
{
    const bool same = frame == m_frame;
    m_frame = frame;
    refresh();
    if (attachment >= 0 && attachment < m_attachments->count())
        m_attachments->setCurrentRow(attachment);
    else if (!same && m_attachments->count() > 0)
        m_attachments->setCurrentRow(0);
    showAttachment();
}

void FrameEditor::refresh()
{
    const MmsTemplate &tpl = m_doc->tpl();
    const bool valid = m_frame >= 0 && m_frame < tpl.frames.size();
    m_updating = true;
    const int keep = m_attachments->currentRow();
    m_attachments->clear();
    if (valid) {
        const Frame &f = tpl.frames.at(m_frame);
        m_title->setText(tr("Frame %1 of %2").arg(m_frame + 1).arg(tpl.frames.size()));
        m_duration->setValue(f.durationMs / 1000.0);
        // A duration the box rounds (timed to a video or sound) is said exactly beside it.
        m_seconds->setText(f.durationMs % 100 ? tr("exactly %1 ms").arg(QLocale().toString(f.durationMs)) : QString());
        for (const Attachment &a : f.attachments) {
            auto *item = new QListWidgetItem(u"%1 — %2, %3"_s.arg(a.fileName, kindLabel(a.kind()),
                                             QLocale().formattedDataSize(a.data.size(), 1, QLocale::DataSizeTraditionalFormat)));
            item->setIcon(QPixmap::fromImage(m_thumbnails->forFrame(Frame{0, {a}})));
            m_attachments->addItem(item);
        }
        m_attachments->setCurrentRow(qMin(keep, m_attachments->count() - 1));
    } else {
        m_title->setText(tpl.frames.isEmpty() ? tr("No frames yet") : tr("No frame selected"));
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_duration, m_attachments, m_add, m_newText})
        w->setEnabled(valid);
    qint64 videoMs = -1, audioMs = -1;
    if (valid) {
        for (const Attachment &a : tpl.frames.at(m_frame).attachments) {
            if (a.kind() == MediaKind::Video && videoMs < 0)
                videoMs = MediaProbe::mp4DurationMs(a.data);
            if (a.kind() == MediaKind::Audio && audioMs < 0)
                audioMs = audioDurationMs(a.data);
        }
    }
    m_fitAudio->setProperty("audioMs", audioMs);
    m_fitAudio->setVisible(audioMs > 0);
    m_fitAudio->setText(tr("Fit to audio (%1 s)").arg(QLocale().toString(audioMs / 1000.0, 'f', 1)));
    m_fitVideo->setProperty("videoMs", videoMs);
    m_fitVideo->setVisible(videoMs > 0);
    m_fitVideo->setText(tr("Fit to video (%1 s)").arg(QLocale().toString(videoMs / 1000.0, 'f', 1)));
    m_updating = false;
    showAttachment();
    updateButtons();
}

void FrameEditor::showAttachment()
{
    const MmsTemplate &tpl = m_doc->tpl();
    const int a = currentAttachment();
    if (m_frame < 0 || m_frame >= tpl.frames.size() || a < 0 || a >= tpl.frames.at(m_frame).attachments.size()) {
        m_info->setText(m_frame >= 0 ? tr("Drop files here to add them to this frame, or write a new text.") : QString());
        m_info->setPixmap({});
        m_shownImage.clear();
        m_detail->setCurrentWidget(m_info);
        return;
    }
    const Attachment &att = tpl.frames.at(m_frame).attachments.at(a);
    if (att.kind() == MediaKind::Text) {
        const QString text = QString::fromUtf8(att.data);
        if (m_text->toPlainText() != text) {
            m_updating = true;
            const int pos = m_text->textCursor().position();
            m_text->setPlainText(text);
            QTextCursor c = m_text->textCursor();
            c.setPosition(qMin(pos, int(text.size())));
            m_text->setTextCursor(c);
            m_updating = false;
        }
        m_detail->setCurrentWidget(m_text);
        return;
    }
    const QImage img = m_thumbnails->forFrame(Frame{0, {att}});
    if (att.kind() == MediaKind::Image) {
        // Decoding a large photo takes a while: only when the picture shown really changed
        // (implicitly shared bytes: same buffer, same picture), not at every edit.
        if (m_shownImage.constData() != att.data.constData() || m_shownImage.size() != att.data.size()) {
            m_shownImage = att.data;
            const QImage full = QImage::fromData(att.data);
            m_info->setPixmap(QPixmap::fromImage(full.scaled(QSize(360, 240), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        }
        m_detail->setCurrentWidget(m_info);
        return;
    }
    m_shownImage.clear();
    if (att.kind() == MediaKind::Video && !img.isNull()) {
        m_info->setPixmap(QPixmap::fromImage(img.scaled(QSize(360, 240), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    } else {
        m_info->setPixmap({});
        m_shownImage.clear();
        m_info->setText(tr("%1 (%2)").arg(att.fileName, kindLabel(att.kind())));
    }
    m_detail->setCurrentWidget(m_info);
}

void FrameEditor::updateButtons()
{
    const int a = currentAttachment();
    const int n = m_attachments->count();
    m_up->setEnabled(a > 0);
    m_down->setEnabled(a >= 0 && a + 1 < n);
    m_remove->setEnabled(a >= 0);
    // Only items over their share of the limit can be fitted.
    bool over = false;
    if (a >= 0 && m_doc->tpl().mediaBytes() > 0) {
        for (const TemplateFitter::Share &s : TemplateFitter::overShare(m_doc->tpl(), m_limit))
            over = over || (s.frame == m_frame && s.attachment == a);
    }
    m_fitItem->setVisible(over);
}

void FrameEditor::insertVariable(const QString &name)
{
    if (m_frame < 0)
        return;
    const QString placeholder = u"${"_s + name + u'}';
    const int a = currentAttachment();
    const MmsTemplate &tpl = m_doc->tpl();
    if (a < 0 || tpl.frames.at(m_frame).attachments.at(a).kind() != MediaKind::Text) {
        m_doc->addText(m_frame, placeholder);
        return;
    }
    m_text->insertPlainText(placeholder); // textChanged makes it an undoable edit
    m_text->setFocus();
}

void FrameEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && m_frame >= 0)
        event->acceptProposedAction();
}

void FrameEditor::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &u : event->mimeData()->urls()) {
        if (u.isLocalFile())
            paths << u.toLocalFile();
    }
    if (!paths.isEmpty())
        Q_EMIT filesDropped(paths);
    event->acceptProposedAction();
}

bool FrameEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The text's context menu offers the variables too.
    if (watched == m_text && event->type() == QEvent::ContextMenu) {
        auto *e = static_cast<QContextMenuEvent *>(event);
        QMenu *menu = m_text->createStandardContextMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        // Undo/redo of the editor itself are off; the Edit menu's act on the template.
        menu->addSeparator();
        QAction *insert = menu->addAction(tr("Insert variable…"));
        connect(insert, &QAction::triggered, this, [this, pos = e->globalPos()] { Q_EMIT insertVariableMenuRequested(pos); });
        menu->popup(e->globalPos());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace mms
