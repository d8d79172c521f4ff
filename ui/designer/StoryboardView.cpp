#include "designer/StoryboardView.h"

#include "designer/StoryboardModel.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>

using namespace Qt::Literals::StringLiterals;

namespace mms {

StoryboardView::StoryboardView(QWidget *parent)
    : QListView(parent)
{
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    // The grid holds a thumbnail and one line of caption ("3 · 3.0 秒") in the font in use, so a
    // larger font or 200 % never clips the caption.
    setIconSize(QSize(112, 84));
    setGridSize(QSize(132, 84 + fontMetrics().lineSpacing() + 16));
    setUniformItemSizes(true);
    setSpacing(6);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true); // drops land on the viewport
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // One row and the scroll bar that many frames bring: exactly that high, so the row is never
    // cut and no height is taken from the editor below on a short screen.
    setFixedHeight(gridSize().height() + 2 * spacing() + horizontalScrollBar()->sizeHint().height() + 2 * frameWidth());
}

int StoryboardView::currentFrame() const
{
    const QModelIndex i = currentIndex();
    return i.isValid() ? i.row() : -1;
}

void StoryboardView::selectFrame(int frame)
{
    if (!model() || frame < 0 || frame >= model()->rowCount()) {
        clearSelection();
        return;
    }
    const QModelIndex i = model()->index(frame, 0);
    setCurrentIndex(i);
    scrollTo(i);
}

bool StoryboardView::accepts(const QMimeData *mime) const
{
    return mime && (mime->hasUrls() || mime->hasFormat(QString::fromLatin1(StoryboardModel::kFrameMimeType)));
}

StoryboardView::Target StoryboardView::targetAt(const QPoint &pos, bool filesAllowedOnItem) const
{
    const int rows = model() ? model()->rowCount() : 0;
    const QModelIndex i = indexAt(pos);
    if (!i.isValid()) {
        // Past the last frame, or before the first one.
        if (rows > 0 && pos.x() < visualRect(model()->index(0, 0)).left())
            return {0, false};
        return {rows, false};
    }
    const QRect r = visualRect(i);
    const int quarter = r.width() / 4;
    if (filesAllowedOnItem && pos.x() >= r.left() + quarter && pos.x() <= r.right() - quarter)
        return {i.row(), true};
    return {pos.x() < r.center().x() ? i.row() : i.row() + 1, false};
}

void StoryboardView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!accepts(event->mimeData())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

void StoryboardView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!accepts(event->mimeData())) {
        event->ignore();
        return;
    }
    const bool files = event->mimeData()->hasUrls();
    const Target t = targetAt(event->position().toPoint(), files);
    const int rows = model() ? model()->rowCount() : 0;
    if (t.onItem) {
        m_marker = visualRect(model()->index(t.row, 0));
    } else if (rows == 0) {
        m_marker = QRect(4, 4, 3, viewport()->height() - 8);
    } else {
        const QRect r = t.row < rows ? visualRect(model()->index(t.row, 0)) : visualRect(model()->index(rows - 1, 0));
        const int x = t.row < rows ? r.left() - 4 : r.right() + 4;
        m_marker = QRect(x - 1, r.top(), 3, r.height());
    }
    viewport()->update();
    event->setDropAction(files ? Qt::CopyAction : Qt::MoveAction);
    event->accept();
}

void StoryboardView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_marker = {};
    viewport()->update();
    QListView::dragLeaveEvent(event);
}

void StoryboardView::dropEvent(QDropEvent *event)
{
    m_marker = {};
    viewport()->update();
    const QMimeData *mime = event->mimeData();
    if (!accepts(mime)) {
        event->ignore();
        return;
    }
    const Target t = targetAt(event->position().toPoint(), mime->hasUrls());
    if (mime->hasFormat(QString::fromLatin1(StoryboardModel::kFrameMimeType))) {
        const int from = mime->data(QString::fromLatin1(StoryboardModel::kFrameMimeType)).toInt();
        // Inserting after itself or before the next frame changes nothing.
        const int to = t.row > from ? t.row - 1 : t.row;
        if (to != from)
            Q_EMIT frameDragged(from, to);
    } else {
        QStringList paths;
        for (const QUrl &u : mime->urls()) {
            if (u.isLocalFile())
                paths << u.toLocalFile();
        }
        if (!paths.isEmpty()) {
            if (t.onItem)
                Q_EMIT filesDroppedOnFrame(paths, t.row);
            else
                Q_EMIT filesDroppedAsFrames(paths, t.row);
        }
    }
    // Copy: the view must not remove the dragged row itself; the document has moved it.
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void StoryboardView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    QPainter p(viewport());
    if (model() && model()->rowCount() == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Drop images, videos, sounds or text files here: each becomes a frame."));
    }
    if (!m_marker.isNull()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(m_marker.width() <= 3 ? palette().color(QPalette::Highlight) : Qt::transparent);
        p.drawRect(m_marker);
    }
}

} // namespace mms
