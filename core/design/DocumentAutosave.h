#pragma once

#include "design/TemplateProject.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace mms {

class TemplateDocument;

// Keeps a copy of the unsaved document in the data folder a few seconds after each edit, so a
// crash loses at most those seconds. The copy is written off the GUI thread (one at a time) and
// removed when the document is saved or its changes are discarded.
class DocumentAutosave : public QObject
{
    Q_OBJECT
public:
    DocumentAutosave(TemplateDocument *doc, const QString &folder, int delayMs, QObject *parent = nullptr);
    ~DocumentAutosave() override;

    bool hasRecovery() const;
    // The recovered project, and the file it belonged to (empty for a new template).
    std::optional<TemplateProject> recover(QString *originalPath, QString *error) const;
    void discard();
    // Writes now (and waits): used before quitting and by tests.
    void flush();

Q_SIGNALS:
    void saved();

private:
    void write();
    QString projectPath() const;
    QString metaPath() const;

    TemplateDocument *m_doc;
    QString m_folder;
    QTimer m_timer;
    QThreadPool m_pool;
};

} // namespace mms
