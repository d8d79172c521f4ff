#pragma once

#include "design/PreviewRenderer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;
class QTimer;

namespace mms {

class TemplateDocument;
class ThumbnailCache;

// The preview's "对话" view: the message as a phone's messaging app shows it before it is
// opened (the sender, the time, the subject as the title, then every part in order, a video as
// its first picture with a play mark), in Android's or iPhone's style, light or dark, with the
// sample values. Drawn by PreviewRenderer, the same picture Export preview… saves.
class ConversationView : public QWidget
{
    Q_OBJECT
public:
    ConversationView(TemplateDocument *doc, ThumbnailCache *posters, QWidget *parent = nullptr);
    PreviewStyle style() const;
    QImage picture() const { return m_picture; }

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void fit();

    TemplateDocument *m_doc;
    ThumbnailCache *m_posters;
    QComboBox *m_style;
    QScrollArea *m_scroll;
    QLabel *m_label;
    QTimer *m_timer;
    QImage m_picture;
};

} // namespace mms
