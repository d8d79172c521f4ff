#include "protocol/Carriers.h"
#include "util/Words.h"
#include "reports/RecipientTableModel.h"

#include "protocol/Pushes.h"
#include "reports/RecipientStatus.h"
#include "reports/ReportService.h"


using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
// Pages kept around the one last shown: enough for a screen and quick scrolling back.
constexpr int kKeepPages = 40;
} // namespace

RecipientTableModel::RecipientTableModel(ReportService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(service, &ReportService::counted, this, &RecipientTableModel::onCounted);
    connect(service, &ReportService::fetched, this, &RecipientTableModel::onFetched);
}

void RecipientTableModel::setQuery(const RecipientQuery &query)
{
    beginResetModel();
    m_query = query;
    ++m_ticket;
    m_count = 0;
    m_refreshAgain = false;
    m_pages.clear();
    m_requested.clear();
    endResetModel();
    if (query.campaignId == 0)
        return;
    m_counting = true;
    m_service->count(m_query, m_ticket);
}

void RecipientTableModel::refresh()
{
    if (m_query.campaignId == 0)
        return;
    if (m_counting) {
        // The count on its way may predate what changed: read again once it is here.
        m_refreshAgain = true;
        return;
    }
    // Same query, new ticket: the pages held are replaced as the new ones arrive.
    ++m_ticket;
    m_requested.clear();
    m_counting = true;
    m_service->count(m_query, m_ticket);
}

void RecipientTableModel::onCounted(quint64 ticket, int count)
{
    if (ticket != m_ticket)
        return;
    m_counting = false;
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
    if (count > m_count) {
        beginInsertRows({}, m_count, count - 1);
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        beginRemoveRows({}, count, m_count - 1);
        m_count = count;
        endRemoveRows();
    }
    // Pages held from before are stale: fetch again those that were in view.
    const QList<int> held = m_pages.keys();
    for (int page : held) {
        if (page * kPageSize >= m_count) {
            m_pages.remove(page);
            continue;
        }
        request(page);
    }
    Q_EMIT countChanged(m_count);
}

void RecipientTableModel::onFetched(quint64 ticket, int offset, const QList<RecipientRow> &rows)
{
    if (ticket != m_ticket)
        return;
    const int page = offset / kPageSize;
    m_requested.remove(page);
    m_pages.insert(page, rows);
    forgetFarPages(page);
    const int last = qMin(m_count, offset + kPageSize) - 1;
    if (offset <= last)
        Q_EMIT dataChanged(index(offset, 0), index(last, ColumnCount - 1));
}

void RecipientTableModel::request(int page) const
{
    if (m_requested.contains(page))
        return;
    m_requested.insert(page);
    m_service->fetch(m_query, page * kPageSize, kPageSize, m_ticket);
}

void RecipientTableModel::forgetFarPages(int nearPage)
{
    if (m_pages.size() <= kKeepPages)
        return;
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (qAbs(it.key() - nearPage) > kKeepPages / 2)
            it = m_pages.erase(it);
        else
            ++it;
    }
}

int RecipientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int RecipientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecipientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int page = index.row() / kPageSize;
    const auto it = m_pages.constFind(page);
    const bool loaded = it != m_pages.cend() && index.row() % kPageSize < it->size();
    if (!loaded || m_requested.contains(page)) {
        // Not here yet (or being read again): ask once, show what is held meanwhile.
        request(page);
    }
    if (role == LoadedRole)
        return loaded;
    if (!loaded)
        return role == Qt::DisplayRole && index.column() == Number ? QVariant(u"…"_s) : QVariant();
    const RecipientRow &r = it->at(index.row() % kPageSize);
    switch (role) {
    case MobileRole:
        return r.mobile;
    case DeliveryRole:
        return r.delivery;
    case Qt::ToolTipRole:
        // The explanation of a failure is longer than its column.
        // Any cell a column may cut (the explanation of a failure, a carrier's English name,
        // long variables) shows whole.
        return words::plainTip(index.column() == Status ? recipientStatusText(r) : data(index, Qt::DisplayRole).toString());
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number: return r.mobile;
        case Carrier: return Carriers::name(r.carrier);
        case Status: return recipientStatusText(r);
        case ReportedAt: return recipientReportedAt(r);
        case Replied: return r.replied ? tr("yes") : QString();
        case Variables: {
            QStringList parts;
            for (auto v = r.params.cbegin(); v != r.params.cend(); ++v)
                parts << u"%1=%2"_s.arg(v.key(), v.value());
            return words::clauses(parts);
        }
        }
        return {};
    default:
        return {};
    }
}

QVariant RecipientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("Number");
    case Carrier: return tr("Carrier");
    case Status: return tr("Status");
    case ReportedAt: return tr("Reported at");
    case Replied: return tr("Replied");
    case Variables: return tr("Variables");
    }
    return {};
}

} // namespace mms
