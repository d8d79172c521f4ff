#include "CampaignListModel.h"

#include "campaign/SendWindow.h"
#include "util/Words.h"

#include <QColor>
#include <QDateTime>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
// Stored times are ISO UTC; people read them in their own time, to the minute.
QString localTime(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(u"MM-dd HH:mm"_s) : iso;
}
} // namespace

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

void CampaignListModel::setRequestsPerSecond(double rps)
{
    m_rps = rps > 0 ? rps : 5;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TimeLeft), index(int(m_rows.size()) - 1, TimeLeft));
}

qint64 CampaignListModel::secondsLeft(const CampaignRow &c, double rps)
{
    if (c.state != campaign::Running || rps <= 0)
        return -1;
    // One batch a request: what is left is the pending batches and the one in flight.
    const int batches = c.batchesByState.value(batch::Pending) + c.batchesByState.value(batch::InFlight);
    return qint64(std::ceil(batches / rps));
}

QString CampaignListModel::durationText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n min", nullptr, int((seconds + 59) / 60));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600 + 59) / 60);
}

bool CampaignListModel::waitingForWindow(const CampaignRow &c)
{
    if (c.state != campaign::Running || c.isTest)
        return false;
    const auto window = SendWindow::parse(c.sendWindow, nullptr);
    return window && !window->contains(QDateTime::currentDateTimeUtc());
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
    case Qt::ToolTipRole:
        // Long names, templates and messages are cut by the column: the whole text is here.
        if (index.column() == Name || index.column() == Message || index.column() == Template)
            return words::plainTip(data(index, Qt::DisplayRole).toString());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Recipients || index.column() == Progress || index.column() == Id || index.column() == TimeLeft)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
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
            return waitingForWindow(c) ? tr("Waiting for its hours") : stateText(c.state);
        case Template:
            return c.templateSubject.isEmpty() ? c.mmsid : words::aside(c.templateSubject, c.mmsid);
        case Recipients:
            return c.recipients;
        case Progress:
            return u"%1%"_s.arg(percentDone(c));
        case TimeLeft:
            // Outside its window nothing moves until the opening: that is the honest answer.
            if (waitingForWindow(c))
                return tr("from %1").arg(SendWindow::hhmm(SendWindow::parse(c.sendWindow, nullptr)->startMinute()));
            return durationText(secondsLeft(c, m_rps));
        case Created:
            return localTime(c.createdAt);
        case Started:
            return localTime(c.startedAt);
        case Finished:
            return c.state == campaign::Completed || c.state == campaign::Attention || c.state == campaign::Cancelled
                       ? localTime(c.updatedAt) : QString();
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
    case Template:
        return tr("Template");
    case Recipients:
        return tr("Recipients");
    case Progress:
        return tr("Done");
    case TimeLeft:
        return tr("Time left");
    case Created:
        return tr("Created");
    case Started:
        return tr("Started");
    case Finished:
        return tr("Finished");
    case Message:
        return tr("Message");
    }
    return {};
}

} // namespace mms
