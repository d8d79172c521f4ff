#pragma once

#include "reports/Breakdown.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QScatterSeries;
class QStackedBarSeries;
class QValueAxis;

namespace mms {

// A breakdown as stacked bars (delivered, failed, waiting) with the recipients who replied as
// a line on an axis of its own: every hour of the day for the hours (00-23, China time), the
// groups with most sent for the rest.
class BreakdownChart : public QChartView
{
    Q_OBJECT
public:
    static constexpr int kMostGroups = 12;

    explicit BreakdownChart(QWidget *parent = nullptr);
    void setBreakdown(const CampaignBreakdown &breakdown, BreakdownBy by, const QString &title);
    void clear();
    // The categories drawn, in order (for tests and the picture's caption).
    QStringList categories() const { return m_categories; }

private:
    QStackedBarSeries *m_bars;
    QBarSet *m_delivered;
    QBarSet *m_failed;
    QBarSet *m_waiting;
    QScatterSeries *m_replied;
    QBarCategoryAxis *m_axis;
    QValueAxis *m_hours;
    QValueAxis *m_count;
    QValueAxis *m_replies;
    QStringList m_categories;
};

} // namespace mms
