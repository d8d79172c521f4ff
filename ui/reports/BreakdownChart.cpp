#include "BreakdownChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace mms {

namespace {
// The axis's top: a round number at or above v that four intervals divide evenly.
qint64 niceTop(qint64 v)
{
    qint64 step = 1;
    while (step * 10 < v)
        step *= 10;
    // Four ticks of whole numbers: 4, 8, 20, 40, 80, 100, 200…
    for (const qint64 m : {1, 2, 4, 5, 8, 10})
        if (m * step >= v && (m * step) % 4 == 0)
            return m * step;
    return 20 * step;
}
} // namespace

BreakdownChart::BreakdownChart(QWidget *parent)
    : QChartView(parent)
    , m_bars(new QStackedBarSeries)
    , m_delivered(new QBarSet(tr("Delivered")))
    , m_failed(new QBarSet(tr("Failed")))
    , m_waiting(new QBarSet(tr("Waiting")))
    , m_replied(new QScatterSeries)
    , m_axis(new QBarCategoryAxis)
    , m_hours(new QValueAxis)
    , m_count(new QValueAxis)
    , m_replies(new QValueAxis)
{
    setObjectName(u"breakdownChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 180);
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // The colours of the delivery chart beside it: green delivered, red failed.
    m_delivered->setColor(QColor(0x27, 0xae, 0x60));
    m_failed->setColor(QColor(0xc0, 0x39, 0x2b));
    m_waiting->setColor(QColor(0xbd, 0xc3, 0xc7));
    for (QBarSet *s : {m_delivered, m_failed, m_waiting}) {
        s->setBorderColor(s->color());
        m_bars->append(s);
    }
    m_bars->setBarWidth(0.7);
    m_replied->setName(tr("Replied"));
    const QColor blue(0x29, 0x80, 0xb9);
    m_replied->setColor(blue);
    // Points, not a line: the groups (carriers, places) follow no order a line could join.
    m_replied->setMarkerSize(9);
    m_replied->setBorderColor(blue);
    chart->addSeries(m_bars);
    chart->addSeries(m_replied);
    m_count->setLabelFormat(u"%d"_s);
    m_replies->setLabelFormat(u"%d"_s);
    // The replies' own scale, in their colour, so the line is read against the right axis.
    m_replies->setLabelsColor(blue);
    m_replies->setLinePenColor(blue);
    m_count->setTickCount(5);
    m_replies->setTickCount(5);
    // Hours on a value axis, every third one named (24 category labels do not fit half a laptop's
    // screen); groups by name on a category axis. One of the two is shown at a time.
    m_hours->setRange(-0.5, 23.5);
    m_hours->setTickType(QValueAxis::TicksDynamic);
    m_hours->setTickAnchor(0);
    m_hours->setTickInterval(3);
    m_hours->setLabelFormat(u"%02d:00"_s);
    m_hours->setGridLineVisible(false);
    chart->addAxis(m_hours, Qt::AlignBottom);
    chart->addAxis(m_axis, Qt::AlignBottom);
    chart->addAxis(m_count, Qt::AlignLeft);
    chart->addAxis(m_replies, Qt::AlignRight);
    m_bars->attachAxis(m_count);
    m_replied->attachAxis(m_replies);
    setChart(chart);
    clear();
}

void BreakdownChart::clear()
{
    setBreakdown({}, BreakdownBy::Hour, tr("No results yet"));
}

void BreakdownChart::setBreakdown(const CampaignBreakdown &breakdown, BreakdownBy by, const QString &title)
{
    QList<BreakdownGroup> groups;
    if (by == BreakdownBy::Hour) {
        // Every hour of the day, so the shape of the day shows; a send with no time is left out.
        for (int h = 0; h < 24; ++h) {
            BreakdownGroup g{u"%1"_s.arg(h, 2, 10, QChar(u'0')), h, {}};
            for (const BreakdownGroup &found : breakdown.byHour)
                if (found.code == h)
                    g = found;
            groups << g;
        }
    } else {
        groups = breakdown.groups(by);
        // Carriers in their own order, as in the table; places by most sent.
        if (by != BreakdownBy::Carrier) {
            std::stable_sort(groups.begin(), groups.end(),
                             [](const BreakdownGroup &a, const BreakdownGroup &b) { return a.counts.sent > b.counts.sent; });
            if (groups.size() > kMostGroups)
                groups = groups.mid(0, kMostGroups);
        }
    }
    QList<qreal> delivered, failed, waiting;
    QList<QPointF> replied;
    m_categories.clear();
    qint64 top = 0, topReplies = 0;
    for (const BreakdownGroup &g : std::as_const(groups)) {
        QString label = breakdownGroupLabel(by, g);
        if (by == BreakdownBy::City && !g.key.isEmpty())
            label = g.key.section(u' ', 1); // the city; its province is in the table
        m_categories << label;
        delivered << qreal(g.counts.delivered);
        failed << qreal(g.counts.failed);
        waiting << qreal(g.counts.waiting());
        replied << QPointF(qreal(replied.size()), qreal(g.counts.replied));
        top = qMax(top, g.counts.sent);
        topReplies = qMax(topReplies, g.counts.replied);
    }
    // A category axis needs its labels unique: two unknown cities would merge into one bar.
    for (int i = 0; i < m_categories.size(); ++i)
        while (m_categories.indexOf(m_categories.at(i)) < i)
            m_categories[i] += u' ';
    m_delivered->remove(0, m_delivered->count());
    m_failed->remove(0, m_failed->count());
    m_waiting->remove(0, m_waiting->count());
    m_delivered->append(delivered);
    m_failed->append(failed);
    m_waiting->append(waiting);
    m_replied->replace(replied);
    m_axis->setCategories(m_categories);
    m_count->setRange(0, qreal(niceTop(qMax<qint64>(4, top + top / 20))));
    m_replies->setRange(0, qreal(niceTop(qMax<qint64>(4, topReplies + topReplies / 20))));
    QAbstractAxis *x = by == BreakdownBy::Hour ? static_cast<QAbstractAxis *>(m_hours) : m_axis;
    QAbstractAxis *other = x == m_hours ? static_cast<QAbstractAxis *>(m_axis) : m_hours;
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_bars), static_cast<QAbstractSeries *>(m_replied)}) {
        if (s->attachedAxes().contains(other))
            s->detachAxis(other);
        if (!s->attachedAxes().contains(x))
            s->attachAxis(x);
    }
    other->setVisible(false);
    x->setVisible(true);
    chart()->setTitle(title);
}

} // namespace mms
