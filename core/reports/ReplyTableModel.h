#pragma once

#include "reports/PagedTableModel.h"
#include "storage/ReplyPager.h"

#include <QHash>

namespace mms {

class ReportService;

// The inbox for a table view: every reply the query selects, newest first, paged lazily from
// the store through ReportService (see PagedTableModel). readError() says when the store could
// not be read, so an empty table is never mistaken for "no replies".
class ReplyTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Columns { Time, Number, Reply, Campaign, Blocked, ColumnCount };
    enum Roles {
        MobileRole = Qt::UserRole, // the sender, as stored
        TextRole,                  // the reply's text
        BlockedRole,               // the sender is on the blocklist
        CampaignIdRole,            // the campaign replied to (0: none found)
        LoadedRole,                // false while the row's page is on its way
    };

    explicit ReplyTableModel(ReportService *service, QObject *parent = nullptr);

    void setQuery(const mms::ReplyQuery &query);
    const ReplyQuery &query() const { return m_query; }
    QString readError() const { return m_readError; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void readFailed(const QString &error);

protected:
    bool hasQuery() const override { return m_active; }
    void askCount(quint64 ticket) override;
    void askPage(int page, quint64 ticket) const override;
    QList<int> heldPages() const override { return m_pages.keys(); }
    void dropPage(int page) override { m_pages.remove(page); }

private:
    void onCounted(quint64 ticket, int count, const QString &error);
    void onFetched(quint64 ticket, int offset, const QList<mms::ReplyRow> &rows);

    ReportService *m_service;
    ReplyQuery m_query;
    bool m_active = false;
    QString m_readError;
    QHash<int, QList<ReplyRow>> m_pages;
};

} // namespace mms
