#pragma once

#include "storage/ReportStore.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace mms {

// A campaign's deliveries over time: cumulative delivered and failed recipients per minute,
// on the user's clock, as the reports arrive.
class DeliveryChart : public QChartView
{
    Q_OBJECT
public:
    explicit DeliveryChart(QWidget *parent = nullptr);
    void setTimeline(const QList<mms::DeliveryPoint> &timeline);
    void clear();

    QLineSeries *deliveredSeries() const { return m_delivered; }
    QLineSeries *failedSeries() const { return m_failed; }

private:
    QLineSeries *m_delivered;
    QLineSeries *m_failed;
    QDateTimeAxis *m_time;
    QValueAxis *m_count;
};

} // namespace mms
