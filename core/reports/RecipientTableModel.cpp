#include "protocol/Carriers.h"
#include "util/Words.h"
#include "reports/RecipientTableModel.h"

#include "protocol/Pushes.h"
#include "reports/RecipientStatus.h"
#include "reports/ReportService.h"


using namespace Qt::Literals::StringLiterals;

namespace mms {

RecipientTableModel::RecipientTableModel(ReportService *service, QObject *parent)
    : PagedTableModel(parent)
    , m_service(service)
{
    connect(service, &ReportService::counted, this, &RecipientTableModel::counted);
    connect(service, &ReportService::fetched, this, &RecipientTableModel::onFetched);
}

void RecipientTableModel::setQuery(const RecipientQuery &query)
{
    beginResetModel();
    m_query = query;
    m_pages.clear();
    resetPaging();
    endResetModel();
    startCounting();
}

void RecipientTableModel::askCount(quint64 ticket)
{
    m_service->count(m_query, ticket);
}

void RecipientTableModel::askPage(int page, quint64 ticket) const
{
    m_service->fetch(m_query, page * kPageSize, kPageSize, ticket);
}

void RecipientTableModel::onFetched(quint64 ticket, int offset, const QList<RecipientRow> &rows)
{
    if (!acceptPage(ticket, offset))
        return;
    m_pages.insert(offset / kPageSize, rows);
    pageStored(offset, int(rows.size()));
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
    ensurePage(page, loaded);
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
