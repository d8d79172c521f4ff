#pragma once

#include "reports/PagedTableModel.h"
#include "storage/RecipientPager.h"

#include <QHash>

namespace mms {

class ReportService;

// One campaign's recipients for a table view, filtered by outcome and searched by number,
// fetched lazily from the store a page at a time through ReportService (never on the GUI
// thread): rowCount() is the count, rows not yet fetched show as "…" until their page
// arrives. A million rows scroll as smoothly as a hundred; only the pages in view are held.
class RecipientTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Columns { Number, Carrier, Status, ReportedAt, Replied, Variables, ColumnCount };
    enum Roles {
        MobileRole = Qt::UserRole, // the number, as stored
        DeliveryRole,              // DELIVRD, a failure code, or empty
        LoadedRole,                // false while the row's page is on its way
    };
    explicit RecipientTableModel(ReportService *service, QObject *parent = nullptr);

    void setQuery(const mms::RecipientQuery &query);
    const RecipientQuery &query() const { return m_query; }
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool hasQuery() const override { return m_query.campaignId != 0; }
    void askCount(quint64 ticket) override;
    void askPage(int page, quint64 ticket) const override;
    QList<int> heldPages() const override { return m_pages.keys(); }
    void dropPage(int page) override { m_pages.remove(page); }

private:
    void onFetched(quint64 ticket, int offset, const QList<mms::RecipientRow> &rows);

    ReportService *m_service;
    RecipientQuery m_query;
    QHash<int, QList<RecipientRow>> m_pages;
};

} // namespace mms
