#include "ChartPicture.h"

#include <QChartView>
#include <QImage>
#include <QPainter>

namespace mms {

bool saveChartPicture(QChartView *chart, const QString &path)
{
    const QSize size = chart->size() * 2;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        chart->render(&p, QRectF(QPointF(0, 0), QSizeF(size)), chart->viewport()->rect());
    }
    return image.save(path, "PNG");
}

} // namespace mms
