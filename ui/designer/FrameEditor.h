#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QDoubleSpinBox;
class QStackedWidget;

namespace mms {

class TemplateDocument;
class ThumbnailCache;

// Edits one frame: its duration, its attachments (add, reorder, remove; files dropped here
// join the frame) and, for a text attachment, the text itself, with variables inserted at the
// cursor. Every change goes to the document as an undoable edit.
class FrameEditor : public QWidget
{
    Q_OBJECT
public:
    FrameEditor(TemplateDocument *doc, ThumbnailCache *thumbnails, QWidget *parent = nullptr);

    int frame() const { return m_frame; }
    int currentAttachment() const;
    void setFrame(int frame, int attachment = -1);
    // Puts ${name} at the text cursor; with no text selected, a new text attachment holds it.
    void insertVariable(const QString &name);
    QPlainTextEdit *textEditor() const { return m_text; }

Q_SIGNALS:
    void filesDropped(const QStringList &paths);
    void addFileRequested();
    void insertVariableMenuRequested(const QPoint &globalPos);
    void fitItemRequested(int frame, int attachment);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void showAttachment();
    void updateButtons();

    TemplateDocument *m_doc;
    ThumbnailCache *m_thumbnails;
    int m_frame = -1;
    qint64 m_limit;
    bool m_updating = false;
    QLabel *m_title;
    QDoubleSpinBox *m_duration;
    QLabel *m_seconds;
    QPushButton *m_fitVideo;
    QPushButton *m_fitAudio;
    QListWidget *m_attachments;
    QPushButton *m_add;
    QPushButton *m_newText;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QPushButton *m_fitItem;
    QStackedWidget *m_detail;
    QPlainTextEdit *m_text;
    QLabel *m_info;
    QByteArray m_shownImage; // the bytes of the picture on show
};

} // namespace mms
