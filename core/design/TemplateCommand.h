#pragma once

#include "protocol/MmsTemplate.h"

#include <QUndoCommand>

namespace mms {

class TemplateDocument;

// One edit of the template, stored as the template before and after. Attachments' bytes are
// implicitly shared, so a snapshot costs little. Typing in one text, or changing one frame's
// duration, merges into a single step (same merge key, consecutive commands).
class TemplateCommand : public QUndoCommand
{
public:
    TemplateCommand(TemplateDocument *doc, const QString &label, const MmsTemplate &before,
                    const MmsTemplate &after, int focusFrame, int focusAttachment, const QString &mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    TemplateDocument *m_doc;
    MmsTemplate m_before;
    MmsTemplate m_after;
    int m_focusFrame;
    int m_focusAttachment;
    int m_focusBeforeFrame;
    QString m_mergeKey;
};

} // namespace mms
