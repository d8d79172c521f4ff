#include "BatchTableModel.h"
#include "util/Words.h"

#include <QLocale>

#include <QColor>

namespace mms {

void BatchTableModel::setBatches(qint64 campaignId, const QList<BatchRow> &batches)
{
    beginResetModel();
    m_campaignId = campaignId;
    m_rows = batches;
    endResetModel();
}

void BatchTableModel::update(qint64 campaignId, const BatchRow &b)
{
    if (campaignId != m_campaignId)
        return;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == b.id) {
            m_rows[i] = b;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
}

std::optional<BatchRow> BatchTableModel::batchAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int BatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchTableModel::stateText(const QString &state)
{
    if (state == batch::Pending)
        return tr("Waiting");
    if (state == batch::InFlight)
        return tr("Sending…");
    if (state == batch::Accepted)
        return tr("Accepted");
    if (state == batch::Rejected)
        return tr("Rejected");
    if (state == batch::Unknown)
        return tr("Outcome unknown");
    if (state == batch::Cancelled)
        return tr("Cancelled");
    return state;
}

QVariant BatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BatchRow &b = m_rows.at(index.row());
    switch (role) {
    case BatchIdRole:
        return b.id;
    case StateRole:
        return b.state;
    case Qt::ToolTipRole:
        // In a team, which desktop sent (or is sending) this batch.
        if (index.column() == State && !b.claimedBy.isEmpty())
            return tr("Sent from %1 (process %2)").arg(b.claimedBy.section(u'/', 0, 0), b.claimedBy.section(u'/', 1, 1));
        // The platform's message (a failure's reason) is longer than its column.
        if (index.column() == Message)
            return words::plainTip(data(index, Qt::DisplayRole).toString());
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State) {
            if (b.state == batch::Unknown || b.state == batch::Rejected)
                return QColor(0xb0, 0x20, 0x20);
            if (b.state == batch::Accepted)
                return QColor(0x20, 0x80, 0x30);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Seq:
            return b.seq;
        case State:
            return stateText(b.state);
        case Size:
            return b.size;
        case TaskId:
            return b.taskid;
        case Message:
            if (b.state == QLatin1String("unknown") && b.reportedNumbers > 0)
                return tr("%1 — the platform has reported on %2 of its numbers, so it did arrive: count it as sent")
                    .arg(b.message, QLocale().toString(b.reportedNumbers));
            return b.message;
        }
    }
    return {};
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("Batch");
    case State:
        return tr("State");
    case Size:
        return tr("Numbers");
    case TaskId:
        return tr("Task id");
    case Message:
        return tr("Platform message");
    }
    return {};
}

} // namespace mms
