#include "reports/PagedTableModel.h"

namespace mms {
namespace {
// Pages kept around the one last shown: enough for a screen and quick scrolling back.
constexpr int kKeepPages = 40;
} // namespace

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

void PagedTableModel::resetPaging()
{
    ++m_ticket;
    m_count = 0;
    m_refreshAgain = false;
    m_counting = false;
    m_requested.clear();
}

void PagedTableModel::startCounting()
{
    if (!hasQuery())
        return;
    m_counting = true;
    askCount(m_ticket);
}

void PagedTableModel::refresh()
{
    if (!hasQuery())
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
    askCount(m_ticket);
}

void PagedTableModel::counted(quint64 ticket, int count)
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
    for (int page : heldPages()) {
        if (page * kPageSize >= m_count) {
            dropPage(page);
            continue;
        }
        request(page);
    }
    Q_EMIT countChanged(m_count);
}

bool PagedTableModel::acceptPage(quint64 ticket, int offset)
{
    if (ticket != m_ticket)
        return false;
    m_requested.remove(offset / kPageSize);
    return true;
}

void PagedTableModel::pageStored(int offset, int rows)
{
    Q_UNUSED(rows);
    const int near = offset / kPageSize;
    const QList<int> held = heldPages();
    if (held.size() > kKeepPages)
        for (int page : held)
            if (qAbs(page - near) > kKeepPages / 2)
                dropPage(page);
    const int last = qMin(m_count, offset + kPageSize) - 1;
    if (offset <= last)
        Q_EMIT dataChanged(index(offset, 0), index(last, columnCount() - 1));
}

void PagedTableModel::ensurePage(int page, bool loaded) const
{
    // Not here yet (or being read again): ask once, show what is held meanwhile.
    if (!loaded || m_requested.contains(page))
        request(page);
}

void PagedTableModel::request(int page) const
{
    if (m_requested.contains(page))
        return;
    m_requested.insert(page);
    askPage(page, m_ticket);
}

} // namespace mms
