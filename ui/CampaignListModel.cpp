#include "CampaignListModel.h"

#include <QColor>

using namespace Qt::Literals::StringLiterals;

namespace mms {

void CampaignListModel::setCampaigns(const QList<CampaignRow> &campaigns)
{
    beginResetModel();
    m_rows = campaigns;
    endResetModel();
}

void CampaignListModel::update(const CampaignRow &campaign)
{
    const int row = rowOf(campaign.id);
    if (row < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(campaign);
        endInsertRows();
        return;
    }
    m_rows[row] = campaign;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::optional<CampaignRow> CampaignListModel::campaignAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int CampaignListModel::rowOf(qint64 campaignId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == campaignId)
            return i;
    }
    return -1;
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CampaignListModel::stateText(const QString &state)
{
    if (state == campaign::Draft)
        return tr("Draft");
    if (state == campaign::Ready)
        return tr("Ready");
    if (state == campaign::Running)
        return tr("Sending");
    if (state == campaign::Paused)
        return tr("Paused");
    if (state == campaign::Completed)
        return tr("Sent");
    if (state == campaign::Attention)
        return tr("Needs attention");
    if (state == campaign::Cancelled)
        return tr("Cancelled");
    return state;
}

int CampaignListModel::percentDone(const CampaignRow &c)
{
    int total = 0, done = 0;
    for (auto it = c.recipientsByState.cbegin(); it != c.recipientsByState.cend(); ++it) {
        total += it.value();
        if (it.key() != batch::Pending && it.key() != batch::InFlight)
            done += it.value();
    }
    return total == 0 ? 0 : done * 100 / total;
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CampaignRow &c = m_rows.at(index.row());
    switch (role) {
    case CampaignIdRole:
        return c.id;
    case StateRole:
        return c.state;
    case ProgressRole:
        return percentDone(c);
    case Qt::ForegroundRole:
        if (index.column() == State && (c.state == campaign::Attention || c.state == campaign::Paused))
            return QColor(0xb0, 0x40, 0x00);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return c.id;
        case Name:
            return c.name.isEmpty() ? (c.isTest ? tr("Test send") : tr("Campaign %1").arg(c.id)) : c.name;
        case State:
            return stateText(c.state);
        case Recipients:
            return c.recipients;
        case Progress:
            return u"%1%"_s.arg(percentDone(c));
        case Message:
            return c.message;
        }
    }
    return {};
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("No.");
    case Name:
        return tr("Campaign");
    case State:
        return tr("State");
    case Recipients:
        return tr("Recipients");
    case Progress:
        return tr("Done");
    case Message:
        return tr("Message");
    }
    return {};
}

} // namespace mms
