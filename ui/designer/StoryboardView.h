#pragma once

#include <QListView>

namespace mms {

// The storyboard strip. Files dropped between frames (or on empty space) become new frames
// there; files dropped on a frame join it; a frame dragged elsewhere in the strip moves.
class StoryboardView : public QListView
{
    Q_OBJECT
public:
    explicit StoryboardView(QWidget *parent = nullptr);

    int currentFrame() const;
    void selectFrame(int frame);

Q_SIGNALS:
    void filesDroppedAsFrames(const QStringList &paths, int insertAt);
    void filesDroppedOnFrame(const QStringList &paths, int frame);
    void frameDragged(int from, int to);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Target
    {
        int row = -1;    // the frame dropped on, or where to insert
        bool onItem = false;
    };
    Target targetAt(const QPoint &pos, bool filesAllowedOnItem) const;
    bool accepts(const QMimeData *mime) const;

    QRect m_marker;
};

} // namespace mms
