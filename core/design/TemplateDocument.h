#pragma once

#include "design/TemplateFitter.h"
#include "design/TemplateProject.h"

#include <QObject>
#include <QUndoStack>

namespace mms {

// The template being designed. Every edit goes through a public method here that pushes one
// undo command; widgets never change the template themselves and redraw on changed().
class TemplateDocument : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultFrameMs = 3000;

    explicit TemplateDocument(QObject *parent = nullptr);

    const MmsTemplate &tpl() const { return m_tpl; }
    const QMap<QString, QString> &samples() const { return m_samples; }
    TemplateProject project() const { return {m_tpl, m_samples}; }
    QUndoStack *undoStack() { return &m_undo; }

    QString filePath() const { return m_filePath; }
    bool isModified() const { return !m_undo.isClean() || m_samplesModified; }
    void markSaved(const QString &filePath);
    // Replaces everything (new, open, recover); clears the undo history.
    void reset(const TemplateProject &project, const QString &filePath, bool modified = false);

    // Edits, each one undoable step. Indexes are 0-based.
    void setSubject(const QString &subject);
    int addFrame(int index);
    // One new frame per attachment, inserted at index; returns the first new frame's index.
    int addFrames(int index, const QList<Attachment> &attachments);
    void duplicateFrame(int frame);
    void removeFrame(int frame);
    void moveFrame(int from, int to);
    void setDuration(int frame, int ms);
    void addAttachments(int frame, const QList<Attachment> &attachments);
    int addText(int frame, const QString &text);
    void removeAttachment(int frame, int attachment);
    void moveAttachment(int frame, int from, int to);
    void setText(int frame, int attachment, const QString &text);
    // Replaces fitted attachments in one step ("Fit to budget"); an attachment that changed
    // meanwhile is skipped. Returns how many were replaced.
    int applyFit(const QList<FitChange> &changes);
    // Sample values for the preview: saved with the project, not part of the undo history.
    void setSample(const QString &name, const QString &value);

    // A name not used by another attachment: logo.jpg, logo-2.jpg… ; for new text, 1.txt, 2.txt…
    static QString uniqueName(const MmsTemplate &tpl, const QString &wanted, const QByteArray &data);

    // Used by the undo commands only.
    void applySnapshot(const MmsTemplate &tpl, int focusFrame, int focusAttachment);

Q_SIGNALS:
    void changed();
    void framesReset();            // frames added, removed or reordered
    void focusRequested(int frame, int attachment);
    void samplesChanged();
    void modifiedChanged(bool modified);

private:
    void push(const QString &label, const MmsTemplate &after, int focusFrame, int focusAttachment,
              const QString &mergeKey = {});
    bool validFrame(int frame) const { return frame >= 0 && frame < m_tpl.frames.size(); }

    MmsTemplate m_tpl;
    QMap<QString, QString> m_samples;
    QString m_filePath;
    QUndoStack m_undo;
    bool m_samplesModified = false;
};

} // namespace mms
