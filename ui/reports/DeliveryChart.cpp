#include "DeliveryChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace mms {

DeliveryChart::DeliveryChart(QWidget *parent)
    : QChartView(parent)
    , m_delivered(new QLineSeries)
    , m_failed(new QLineSeries)
    , m_time(new QDateTimeAxis)
    , m_count(new QValueAxis)
{
    setObjectName(u"deliveryChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(380, 180);
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_delivered->setName(tr("Delivered"));
    m_delivered->setColor(QColor(0x27, 0xae, 0x60));
    m_failed->setName(tr("Failed"));
    m_failed->setColor(QColor(0xc0, 0x39, 0x2b));
    chart->addSeries(m_delivered);
    chart->addSeries(m_failed);
    m_time->setFormat(u"HH:mm"_s);
    m_time->setTickCount(5);
    m_count->setLabelFormat(u"%d"_s);
    m_count->setMin(0);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_count, Qt::AlignLeft);
    for (QLineSeries *s : {m_delivered, m_failed}) {
        s->attachAxis(m_time);
        s->attachAxis(m_count);
    }
    setChart(chart);
    clear();
}

void DeliveryChart::clear()
{
    setTimeline({});
}

void DeliveryChart::setTimeline(const QList<DeliveryPoint> &timeline)
{
    QList<QPointF> delivered;
    QList<QPointF> failed;
    int top = 0;
    if (!timeline.isEmpty()) {
        // The curves start from zero a minute before the first report, so one minute of reports
        // still draws a line.
        const qreal start = qreal(timeline.first().minute.addSecs(-60).toMSecsSinceEpoch());
        delivered.append({start, 0});
        failed.append({start, 0});
    }
    for (const DeliveryPoint &p : timeline) {
        const qreal x = qreal(p.minute.toMSecsSinceEpoch());
        delivered.append({x, qreal(p.delivered)});
        failed.append({x, qreal(p.failed)});
        top = qMax(top, qMax(p.delivered, p.failed));
    }
    m_delivered->replace(delivered);
    m_failed->replace(failed);
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime from = timeline.isEmpty() ? now.addSecs(-600) : timeline.first().minute.addSecs(-60).toLocalTime();
    QDateTime to = timeline.isEmpty() ? now : timeline.last().minute.toLocalTime();
    if (from.secsTo(to) < 300)
        to = from.addSecs(300);
    // Over a day, the date matters more than the minute.
    m_time->setFormat(from.daysTo(to) >= 1 ? u"MM-dd HH:mm"_s : u"HH:mm"_s);
    m_time->setRange(from, to);
    m_count->setRange(0, qMax(10, int(top * 1.1) + 1));
    m_count->applyNiceNumbers();
    chart()->setTitle(timeline.isEmpty() ? tr("No delivery reports yet") : QString());
}

} // namespace mms
