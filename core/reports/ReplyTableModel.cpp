#include "reports/ReplyTableModel.h"

#include "protocol/Pushes.h"
#include "reports/RecipientStatus.h"
#include "reports/ReportService.h"
#include "util/Words.h"

using namespace Qt::Literals::StringLiterals;

namespace mms {

ReplyTableModel::ReplyTableModel(ReportService *service, QObject *parent)
    : PagedTableModel(parent)
    , m_service(service)
{
    connect(service, &ReportService::repliesCounted, this, &ReplyTableModel::onCounted);
    connect(service, &ReportService::repliesFetched, this, &ReplyTableModel::onFetched);
}

void ReplyTableModel::setQuery(const ReplyQuery &query)
{
    beginResetModel();
    m_query = query;
    m_active = true;
    m_pages.clear();
    resetPaging();
    endResetModel();
    startCounting();
}

void ReplyTableModel::askCount(quint64 ticket)
{
    m_service->countReplies(m_query, ticket);
}

void ReplyTableModel::askPage(int page, quint64 ticket) const
{
    // After the page before it when that one is here: no OFFSET for the store to walk.
    const auto previous = m_pages.constFind(page - 1);
    const qint64 before = previous != m_pages.cend() && previous->size() == kPageSize ? previous->last().id : 0;
    m_service->fetchReplies(m_query, page * kPageSize, kPageSize, before, ticket);
}

void ReplyTableModel::onCounted(quint64 ticket, int count, const QString &error)
{
    if (ticket != this->ticket())
        return;
    if (error != m_readError) {
        m_readError = error;
        if (!error.isEmpty())
            Q_EMIT readFailed(error);
    }
    counted(ticket, count);
}

void ReplyTableModel::onFetched(quint64 ticket, int offset, const QList<ReplyRow> &rows)
{
    if (!acceptPage(ticket, offset))
        return;
    m_pages.insert(offset / kPageSize, rows);
    pageStored(offset, int(rows.size()));
}

int ReplyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int page = index.row() / kPageSize;
    const auto it = m_pages.constFind(page);
    const bool loaded = it != m_pages.cend() && index.row() % kPageSize < it->size();
    ensurePage(page, loaded);
    if (role == LoadedRole)
        return loaded;
    if (!loaded)
        return role == Qt::DisplayRole && index.column() == Time ? QVariant(u"…"_s) : QVariant();
    const ReplyRow &r = it->at(index.row() % kPageSize);
    switch (role) {
    case MobileRole:
        return r.mobile;
    case TextRole:
        return r.text;
    case BlockedRole:
        return r.blocked;
    case CampaignIdRole:
        return r.campaignId;
    case Qt::ToolTipRole:
        // A reply is a stranger's text, longer than its column: shown whole, as plain text.
        return words::plainTip(data(index, Qt::DisplayRole).toString());
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return localPushTime(r.repliedAt);
        case Number: return r.mobile;
        case Reply: return pushes::printable(r.text, 500);
        case Campaign:
            return r.campaignId ? (r.campaignName.isEmpty() ? tr("Campaign %1").arg(r.campaignId) : r.campaignName)
                                : tr("(no campaign found for extension %1)").arg(r.extension);
        case Blocked: return r.blocked ? tr("blocked") : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant ReplyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Number: return tr("Number");
    case Reply: return tr("Reply");
    case Campaign: return tr("Campaign");
    case Blocked: return tr("Blocklist");
    }
    return {};
}

} // namespace mms
