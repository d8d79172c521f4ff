#pragma once

#include "storage/RecipientPager.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace mms {

class ReportService;

// One campaign's recipients for a table view, filtered by outcome and searched by number,
// fetched lazily from the store a page at a time through ReportService (never on the GUI
// thread): rowCount() is the count, rows not yet fetched show as "…" until their page
// arrives. A million rows scroll as smoothly as a hundred; only the pages in view are held.
class RecipientTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { Number, Carrier, Status, ReportedAt, Replied, Variables, ColumnCount };
    enum Roles {
        MobileRole = Qt::UserRole, // the number, as stored
        DeliveryRole,              // DELIVRD, a failure code, or empty
        LoadedRole,                // false while the row's page is on its way
    };
    static constexpr int kPageSize = 200;

    explicit RecipientTableModel(ReportService *service, QObject *parent = nullptr);

    void setQuery(const mms::RecipientQuery &query);
    const RecipientQuery &query() const { return m_query; }
    // New pushes arrived: counts and rows are read again, keeping the view where it is.
    void refresh();
    bool isCounting() const { return m_counting; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countChanged(int count);

private:
    void onCounted(quint64 ticket, int count);
    void onFetched(quint64 ticket, int offset, const QList<mms::RecipientRow> &rows);
    void request(int page) const;
    void forgetFarPages(int nearPage);

    ReportService *m_service;
    RecipientQuery m_query;
    quint64 m_ticket = 0; // the current query's; answers for older ones are dropped
    int m_count = 0;
    bool m_counting = false;
    bool m_refreshAgain = false;
    QHash<int, QList<RecipientRow>> m_pages;
    mutable QSet<int> m_requested;
};

} // namespace mms
