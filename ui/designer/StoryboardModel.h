#pragma once

#include <QAbstractListModel>

namespace mms {

class TemplateDocument;
class ThumbnailCache;

// The frames of the document being designed, one row each, for the storyboard strip.
// Read-only: edits go through the document (and its undo stack); the view's drops call it.
class StoryboardModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        DurationRole = Qt::UserRole + 1, // int, milliseconds
        AttachmentCountRole,
        KindsRole,       // QStringList: "text", "image"…
        TextExcerptRole, // the first text attachment, shortened
    };
    static constexpr const char *kFrameMimeType = "application/x-mms-studio-frame";

    StoryboardModel(TemplateDocument *doc, ThumbnailCache *thumbnails, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

private:
    TemplateDocument *m_doc;
    ThumbnailCache *m_thumbnails;
    int m_rows = 0;
};

} // namespace mms
