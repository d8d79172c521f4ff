#include "design/TemplateDocument.h"

#include "design/AudioDuration.h"

#include "design/MediaProbe.h"
#include "design/TemplateCommand.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace mms {

TemplateDocument::TemplateDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this] { Q_EMIT modifiedChanged(isModified()); });
}

void TemplateDocument::markSaved(const QString &filePath)
{
    m_filePath = filePath;
    m_samplesModified = false;
    m_undo.setClean();
    Q_EMIT modifiedChanged(false);
}

void TemplateDocument::reset(const TemplateProject &project, const QString &filePath, bool modified)
{
    m_undo.clear();
    m_tpl = project.tpl;
    m_samples = project.samples;
    m_filePath = filePath;
    m_samplesModified = modified;
    Q_EMIT framesReset();
    Q_EMIT changed();
    Q_EMIT samplesChanged();
    Q_EMIT focusRequested(m_tpl.frames.isEmpty() ? -1 : 0, -1);
    Q_EMIT modifiedChanged(isModified());
}

void TemplateDocument::applySnapshot(const MmsTemplate &tpl, int focusFrame, int focusAttachment)
{
    // Frames added or removed: views rebuild; otherwise they refresh each frame in place.
    const bool structural = tpl.frames.size() != m_tpl.frames.size();
    m_tpl = tpl;
    if (structural)
        Q_EMIT framesReset();
    Q_EMIT changed();
    Q_EMIT focusRequested(qMin(focusFrame, int(m_tpl.frames.size()) - 1), focusAttachment);
}

void TemplateDocument::push(const QString &label, const MmsTemplate &after, int focusFrame,
                            int focusAttachment, const QString &mergeKey)
{
    m_undo.push(new TemplateCommand(this, label, m_tpl, after, focusFrame, focusAttachment, mergeKey));
}

void TemplateDocument::setSubject(const QString &subject)
{
    if (subject == m_tpl.subject)
        return;
    MmsTemplate t = m_tpl;
    t.subject = subject;
    push(tr("Edit subject"), t, -1, -1, u"subject"_s);
}

int TemplateDocument::addFrame(int index)
{
    index = qBound(0, index, int(m_tpl.frames.size()));
    MmsTemplate t = m_tpl;
    Frame f;
    f.durationMs = kDefaultFrameMs;
    t.frames.insert(index, f);
    push(tr("Add frame %1").arg(index + 1), t, index, -1);
    return index;
}

int TemplateDocument::addFrames(int index, const QList<Attachment> &attachments)
{
    if (attachments.isEmpty())
        return -1;
    index = qBound(0, index, int(m_tpl.frames.size()));
    MmsTemplate t = m_tpl;
    for (int i = 0; i < attachments.size(); ++i) {
        Attachment a = attachments.at(i);
        a.fileName = uniqueName(t, a.fileName, a.data); // unique against the frames added so far too
        Frame f;
        f.durationMs = kDefaultFrameMs;
        // A video's (or a sound's) frame lasts as long as it plays, rounded up to a tenth of a second.
        const qint64 length = a.kind() == MediaKind::Video   ? MediaProbe::mp4DurationMs(a.data)
                              : a.kind() == MediaKind::Audio ? audioDurationMs(a.data)
                                                             : -1;
        if (length > 0)
            f.durationMs = int(qMin<qint64>(600000, (length + 99) / 100 * 100));
        f.attachments.append(a);
        t.frames.insert(index + i, f);
    }
    const QString label = attachments.size() == 1 ? tr("Add %1").arg(attachments.first().fileName)
                                                   : tr("Add %n file(s)", nullptr, int(attachments.size()));
    push(label, t, index, 0);
    return index;
}

void TemplateDocument::duplicateFrame(int frame)
{
    if (!validFrame(frame))
        return;
    MmsTemplate t = m_tpl;
    t.frames.insert(frame + 1, t.frames.at(frame));
    push(tr("Duplicate frame %1").arg(frame + 1), t, frame + 1, -1);
}

void TemplateDocument::removeFrame(int frame)
{
    if (!validFrame(frame))
        return;
    MmsTemplate t = m_tpl;
    t.frames.removeAt(frame);
    push(tr("Delete frame %1").arg(frame + 1), t, qMin(frame, int(t.frames.size()) - 1), -1);
}

void TemplateDocument::moveFrame(int from, int to)
{
    to = qBound(0, to, int(m_tpl.frames.size()) - 1);
    if (!validFrame(from) || from == to)
        return;
    MmsTemplate t = m_tpl;
    t.frames.move(from, to);
    push(tr("Move frame %1 to %2").arg(from + 1).arg(to + 1), t, to, -1);
}

void TemplateDocument::setDuration(int frame, int ms)
{
    if (!validFrame(frame) || m_tpl.frames.at(frame).durationMs == ms)
        return;
    MmsTemplate t = m_tpl;
    t.frames[frame].durationMs = ms;
    push(tr("Frame %1 duration").arg(frame + 1), t, frame, -1, u"duration/"_s + QString::number(frame));
}

void TemplateDocument::addAttachments(int frame, const QList<Attachment> &attachments)
{
    if (!validFrame(frame) || attachments.isEmpty())
        return;
    MmsTemplate t = m_tpl;
    for (Attachment a : attachments) {
        a.fileName = uniqueName(t, a.fileName, a.data);
        t.frames[frame].attachments.append(a);
    }
    const QString label = attachments.size() == 1 ? tr("Add %1").arg(attachments.first().fileName)
                                                   : tr("Add %n file(s)", nullptr, int(attachments.size()));
    push(label, t, frame, int(t.frames.at(frame).attachments.size()) - 1);
}

int TemplateDocument::addText(int frame, const QString &text)
{
    if (!validFrame(frame))
        return -1;
    MmsTemplate t = m_tpl;
    const QByteArray data = text.toUtf8();
    t.frames[frame].attachments.append({uniqueName(m_tpl, u"1.txt"_s, {}), data});
    const int index = int(t.frames.at(frame).attachments.size()) - 1;
    push(tr("New text in frame %1").arg(frame + 1), t, frame, index);
    return index;
}

void TemplateDocument::removeAttachment(int frame, int attachment)
{
    if (!validFrame(frame) || attachment < 0 || attachment >= m_tpl.frames.at(frame).attachments.size())
        return;
    MmsTemplate t = m_tpl;
    const QString name = t.frames[frame].attachments.takeAt(attachment).fileName;
    push(tr("Remove %1").arg(name), t, frame, qMin(attachment, int(t.frames.at(frame).attachments.size()) - 1));
}

void TemplateDocument::moveAttachment(int frame, int from, int to)
{
    if (!validFrame(frame))
        return;
    const int n = int(m_tpl.frames.at(frame).attachments.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    MmsTemplate t = m_tpl;
    t.frames[frame].attachments.move(from, to);
    push(tr("Move %1").arg(t.frames.at(frame).attachments.at(to).fileName), t, frame, to);
}

void TemplateDocument::setText(int frame, int attachment, const QString &text)
{
    if (!validFrame(frame) || attachment < 0 || attachment >= m_tpl.frames.at(frame).attachments.size())
        return;
    const QByteArray data = text.toUtf8();
    if (m_tpl.frames.at(frame).attachments.at(attachment).data == data)
        return;
    MmsTemplate t = m_tpl;
    t.frames[frame].attachments[attachment].data = data;
    push(tr("Type in %1").arg(t.frames.at(frame).attachments.at(attachment).fileName), t, frame, attachment,
         u"text/%1/%2"_s.arg(frame).arg(attachment));
}

int TemplateDocument::applyFit(const QList<FitChange> &changes)
{
    MmsTemplate t = m_tpl;
    int applied = 0;
    int focusFrame = -1, focusAttachment = -1;
    for (const FitChange &c : changes) {
        // Where is the original now? Where it was, or (frames moved meanwhile) wherever it went.
        int frame = -1, index = -1;
        if (c.frame < t.frames.size() && c.attachment < t.frames.at(c.frame).attachments.size()
            && t.frames.at(c.frame).attachments.at(c.attachment).data == c.before.data) {
            frame = c.frame;
            index = c.attachment;
        }
        for (int f = 0; f < t.frames.size() && frame < 0; ++f)
            for (int i = 0; i < t.frames.at(f).attachments.size() && frame < 0; ++i)
                if (t.frames.at(f).attachments.at(i).data == c.before.data)
                    frame = f, index = i;
        if (frame < 0)
            continue;
        Attachment after = c.after;
        t.frames[frame].attachments[index] = Attachment{}; // its old name is free for the new file
        after.fileName = uniqueName(t, after.fileName, after.data);
        t.frames[frame].attachments[index] = after;
        ++applied;
        focusFrame = frame;
        focusAttachment = index;
    }
    if (applied > 0)
        push(tr("Fit to budget"), t, focusFrame, focusAttachment);
    return applied;
}

void TemplateDocument::setSample(const QString &name, const QString &value)
{
    if (m_samples.value(name) == value)
        return;
    m_samples.insert(name, value);
    m_samplesModified = true;
    Q_EMIT samplesChanged();
    Q_EMIT modifiedChanged(isModified());
}

QString TemplateDocument::uniqueName(const MmsTemplate &tpl, const QString &wanted, const QByteArray &data)
{
    QHash<QString, QByteArray> used;
    for (const Frame &f : tpl.frames) {
        for (const Attachment &a : f.attachments)
            used.insert(a.fileName, a.data);
    }
    const QFileInfo fi(wanted);
    const bool numbered = fi.completeBaseName().toInt() > 0; // 1.txt, 2.txt…
    for (int i = numbered ? fi.completeBaseName().toInt() : 1;; ++i) {
        QString name = wanted;
        if (numbered)
            name = QString::number(i) + u'.' + fi.suffix();
        else if (i > 1)
            name = fi.completeBaseName() + u'-' + QString::number(i) + u'.' + fi.suffix();
        const auto it = used.constFind(name);
        // The same file used again keeps its name: the platform stores it once.
        if (it == used.constEnd() || (!data.isEmpty() && *it == data))
            return name;
    }
}

} // namespace mms
