#include "designer/StoryboardModel.h"

#include "design/TemplateDocument.h"
#include "designer/ThumbnailCache.h"

#include <QLocale>
#include <QMimeData>

using namespace Qt::Literals::StringLiterals;

namespace mms {

StoryboardModel::StoryboardModel(TemplateDocument *doc, ThumbnailCache *thumbnails, QObject *parent)
    : QAbstractListModel(parent)
    , m_doc(doc)
    , m_thumbnails(thumbnails)
    , m_rows(int(doc->tpl().frames.size()))
{
    connect(doc, &TemplateDocument::framesReset, this, [this] {
        beginResetModel();
        m_rows = int(m_doc->tpl().frames.size());
        endResetModel();
    });
    auto refreshAll = [this] {
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0), index(m_rows - 1));
    };
    connect(doc, &TemplateDocument::changed, this, refreshAll);
    connect(thumbnails, &ThumbnailCache::updated, this, refreshAll);
}

int StoryboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant StoryboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() >= m_doc->tpl().frames.size())
        return {};
    const Frame &f = m_doc->tpl().frames.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2 s").arg(index.row() + 1).arg(QLocale().toString(f.durationMs / 1000.0, 'f', 1));
    case Qt::DecorationRole:
        return m_thumbnails->forFrame(f);
    case Qt::ToolTipRole: {
        QStringList names;
        for (const Attachment &a : f.attachments)
            names << a.fileName;
        return tr("Frame %1, %2 ms\n%3").arg(index.row() + 1).arg(f.durationMs).arg(names.isEmpty() ? tr("(empty)") : names.join(u'\n'));
    }
    case DurationRole:
        return f.durationMs;
    case AttachmentCountRole:
        return int(f.attachments.size());
    case KindsRole: {
        QStringList kinds;
        for (const Attachment &a : f.attachments)
            kinds << mediaKindName(a.kind());
        return kinds;
    }
    case TextExcerptRole:
        for (const Attachment &a : f.attachments) {
            if (a.kind() == MediaKind::Text)
                return QString::fromUtf8(a.data).left(40);
        }
        return QString();
    default:
        return {};
    }
}

Qt::ItemFlags StoryboardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList StoryboardModel::mimeTypes() const
{
    return {QString::fromLatin1(kFrameMimeType), u"text/uri-list"_s};
}

QMimeData *StoryboardModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kFrameMimeType), QByteArray::number(indexes.first().row()));
    return mime;
}

Qt::DropActions StoryboardModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions StoryboardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace mms
