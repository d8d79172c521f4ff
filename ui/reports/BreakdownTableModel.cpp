#include "BreakdownTableModel.h"

#include "protocol/ReportStatus.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace mms {

BreakdownTableModel::BreakdownTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BreakdownTableModel::setBreakdown(const CampaignBreakdown &breakdown, BreakdownBy by)
{
    const QList<BreakdownGroup> &groups = breakdown.groups(by);
    // Same groups (a refresh while reports arrive): the rows stay, so do selection and scroll.
    bool same = by == m_by && groups.size() == m_groups.size();
    for (int i = 0; same && i < groups.size(); ++i)
        same = groups.at(i).key == m_groups.at(i).key;
    if (same) {
        m_groups = groups;
        if (!m_groups.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_by = by;
    m_groups = groups;
    endResetModel();
}

int BreakdownTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int BreakdownTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const BreakdownGroup &g = m_groups.at(index.row());
    const OutcomeCounts &c = g.counts;
    const QLocale locale;
    const auto number = [&](int column) -> qint64 {
        switch (column) {
        case Sent: return c.sent;
        case Delivered: return c.delivered;
        case Failed: return c.failed;
        case Waiting: return c.waiting();
        case Replied: return c.replied;
        default: return 0;
        }
    };
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Group)
            return breakdownGroupLabel(m_by, g);
        if (column == DeliveryRate || column == ReplyRate)
            return QString(locale.toString((column == DeliveryRate ? c.deliveryRate() : c.replyRate()) * 100.0, 'f', 1) + u'%');
        return locale.toString(number(column));
    case SortRole:
        if (column == Group) { // hours and carriers in their own order, unknown and other last
            if (m_by == BreakdownBy::Hour)
                return g.code < 0 ? 99 : g.code;
            if (m_by == BreakdownBy::Carrier)
                return g.code == 0 ? 99 : g.code;
            return g.key.isEmpty() ? QString(u"\uffff"_s) : g.key;
        }
        if (column == DeliveryRate)
            return c.deliveryRate();
        if (column == ReplyRate)
            return c.replyRate();
        return number(column);
    case RateRole:
        if (column == DeliveryRate)
            return c.deliveryRate();
        if (column == ReplyRate)
            return c.replyRate();
        return {};
    case Qt::TextAlignmentRole:
        return column == Group ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Failed && !c.failures.isEmpty()) {
            QStringList lines;
            for (auto it = c.failures.cbegin(); it != c.failures.cend(); ++it) {
                // A carrier's own codes explained as that carrier uses them.
                const QString why = explainReportStatus(it.key(), m_by == BreakdownBy::Carrier ? g.code : 0);
                lines << (why.isEmpty() ? u"%1: %2"_s.arg(it.key(), locale.toString(it.value()))
                                        : u"%1: %2 — %3"_s.arg(it.key(), locale.toString(it.value()), why));
            }
            return lines.join(u'\n');
        }
        return {};
    default:
        return {};
    }
}

QVariant BreakdownTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group:
        switch (m_by) {
        case BreakdownBy::Carrier: return tr("Carrier (by segment)");
        case BreakdownBy::Province: return tr("Province");
        case BreakdownBy::City: return tr("City");
        case BreakdownBy::Hour: return tr("Hour (China time)");
        }
        return {};
    case Sent: return tr("Sent");
    case Delivered: return tr("Delivered");
    case Failed: return tr("Failed");
    case Waiting: return tr("Waiting");
    case Replied: return tr("Replied");
    case DeliveryRate: return tr("Delivery rate");
    case ReplyRate: return tr("Reply rate");
    default: return {};
    }
}

} // namespace mms
