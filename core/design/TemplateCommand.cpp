#include "design/TemplateCommand.h"

#include "design/TemplateDocument.h"

namespace mms {

TemplateCommand::TemplateCommand(TemplateDocument *doc, const QString &label, const MmsTemplate &before,
                                 const MmsTemplate &after, int focusFrame, int focusAttachment,
                                 const QString &mergeKey)
    : QUndoCommand(label)
    , m_doc(doc)
    , m_before(before)
    , m_after(after)
    , m_focusFrame(focusFrame)
    , m_focusAttachment(focusAttachment)
    , m_focusBeforeFrame(qMin(focusFrame, int(before.frames.size()) - 1))
    , m_mergeKey(mergeKey)
{
}

void TemplateCommand::undo()
{
    m_doc->applySnapshot(m_before, m_focusBeforeFrame, m_focusAttachment);
}

void TemplateCommand::redo()
{
    m_doc->applySnapshot(m_after, m_focusFrame, m_focusAttachment);
}

bool TemplateCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const TemplateCommand *>(other);
    if (o->m_mergeKey != m_mergeKey || o->m_doc != m_doc)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace mms
