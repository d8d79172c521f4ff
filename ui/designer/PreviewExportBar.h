#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;

namespace mms {

class PreviewExportJob;
class TemplateDocument;

// Template → Export preview…: the template as an MP4 of the slideshow or a PNG of the
// conversation view (with the sample values), to send to whoever approves it; progress and
// Cancel in this bar while it is made, off the GUI thread.
class PreviewExportBar : public QWidget
{
    Q_OBJECT
public:
    PreviewExportBar(TemplateDocument *doc, QWidget *parent = nullptr);
    QAction *action() const { return m_action; }
    bool isRunning() const;

Q_SIGNALS:
    void message(const QString &text, bool error);

private:
    void start();

    TemplateDocument *m_doc;
    PreviewExportJob *m_job;
    QAction *m_action;
    QLabel *m_label;
    QProgressBar *m_progress;
};

} // namespace mms
