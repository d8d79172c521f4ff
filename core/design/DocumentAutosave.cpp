#include "design/DocumentAutosave.h"

#include "design/TemplateDocument.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace mms {

DocumentAutosave::DocumentAutosave(TemplateDocument *doc, const QString &folder, int delayMs, QObject *parent)
    : QObject(parent)
    , m_doc(doc)
    , m_folder(folder)
{
    m_pool.setMaxThreadCount(1); // writes in order, never two at once
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &DocumentAutosave::write);
    connect(doc, &TemplateDocument::changed, this, [this] {
        if (m_doc->isModified())
            m_timer.start();
    });
    connect(doc, &TemplateDocument::samplesChanged, this, [this] {
        if (m_doc->isModified())
            m_timer.start();
    });
    connect(doc, &TemplateDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

DocumentAutosave::~DocumentAutosave()
{
    m_pool.waitForDone();
}

QString DocumentAutosave::projectPath() const
{
    return m_folder + u"/autosave.mmstpl"_s;
}

QString DocumentAutosave::metaPath() const
{
    return m_folder + u"/autosave.path"_s;
}

bool DocumentAutosave::hasRecovery() const
{
    return QFile::exists(projectPath());
}

std::optional<TemplateProject> DocumentAutosave::recover(QString *originalPath, QString *error) const
{
    QFile meta(metaPath());
    if (originalPath)
        *originalPath = meta.open(QIODevice::ReadOnly) ? QString::fromUtf8(meta.readAll()) : QString();
    return TemplateProject::load(projectPath(), error);
}

void DocumentAutosave::discard()
{
    m_timer.stop();
    m_pool.waitForDone();
    QFile::remove(projectPath());
    QFile::remove(metaPath());
}

void DocumentAutosave::flush()
{
    if (m_timer.isActive() || m_doc->isModified())
        write();
    m_pool.waitForDone();
}

void DocumentAutosave::write()
{
    m_timer.stop();
    if (!m_doc->isModified())
        return;
    // The project is copied here (cheap: shared bytes) and serialised on the pool's thread.
    const TemplateProject project = m_doc->project();
    const QString original = m_doc->filePath();
    const QString folder = m_folder, path = projectPath(), meta = metaPath();
    m_pool.start([project, original, folder, path, meta] {
        QDir().mkpath(folder);
        QString error;
        project.save(path, &error);
        QSaveFile m(meta);
        if (m.open(QIODevice::WriteOnly)) {
            m.write(original.toUtf8());
            m.commit();
        }
    });
    Q_EMIT saved();
}

} // namespace mms
