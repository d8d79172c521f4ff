#include "PreviewExportBar.h"

#include "Prompts.h"
#include "SuggestedPath.h"
#include "design/PreviewExport.h"
#include "design/TemplateDocument.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace mms {

PreviewExportBar::PreviewExportBar(TemplateDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_job(new PreviewExportJob(this))
    , m_action(new QAction(tr("E&xport preview…"), this))
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(u"previewExportBar"_s);
    m_action->setObjectName(u"actionExportPreview"_s);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_action->setToolTip(tr("Save the template as a video of the slideshow (MP4) or a picture of the message (PNG), "
                            "with the sample values, to send to whoever approves it"));
    m_progress->setObjectName(u"previewExportProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(u"previewExportCancel"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress, 1);
    layout->addWidget(cancel);
    hide();
    connect(m_action, &QAction::triggered, this, &PreviewExportBar::start);
    connect(cancel, &QPushButton::clicked, m_job, &PreviewExportJob::cancel);
    connect(m_job, &PreviewExportJob::progress, m_progress, &QProgressBar::setValue);
    connect(m_job, &PreviewExportJob::finished, this, [this](const QString &path, const PreviewExportResult &r) {
        hide();
        m_action->setEnabled(true);
        const QString file = QDir::toNativeSeparators(path);
        if (r.cancelled)
            Q_EMIT message(tr("Preview cancelled: %1 was not written.").arg(file), false);
        else if (!r.ok)
            Q_EMIT message(tr("The preview could not be made: %1").arg(r.error), true);
        else
            Q_EMIT message(tr("Preview saved to %1: it carries a \"预览\" mark, so nobody takes it for a message sent.").arg(file), false);
    });
}

bool PreviewExportBar::isRunning() const
{
    return m_job->isRunning();
}

void PreviewExportBar::start()
{
    if (m_job->isRunning())
        return;
    if (m_doc->tpl().frames.isEmpty()) {
        Q_EMIT message(tr("Add a frame first: there is nothing to preview."), true);
        return;
    }
    const QString name = m_doc->tpl().subject.isEmpty() ? tr("preview") : tr("%1 preview").arg(m_doc->tpl().subject);
    const QString video = tr("Video of the slideshow (*.mp4)"), picture = tr("Picture of the message (*.png)");
    QString path = prompts::saveFileName(this, tr("Export preview"), suggestedPath(name + u".mp4"_s), video + u";;"_s + picture);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".mp4"_s, Qt::CaseInsensitive) && !path.endsWith(u".png"_s, Qt::CaseInsensitive))
        path += u".mp4"_s;
    PreviewExportOptions options;
    options.values = m_doc->samples();
    m_label->setText(tr("Making the preview %1…").arg(QFileInfo(path).fileName()));
    m_progress->setValue(0);
    m_action->setEnabled(false);
    show();
    m_job->start(m_doc->tpl(), path, options);
}

} // namespace mms
