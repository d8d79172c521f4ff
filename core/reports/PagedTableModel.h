#pragma once

#include <QAbstractTableModel>
#include <QSet>

namespace mms {

// The paging both lazily fetched tables share (a campaign's recipients, the inbox): rowCount()
// is the query's count, a row not yet here asks once for its page (on the report thread, never
// this one) and shows "…" meanwhile, answers to an older query are dropped by their ticket, and
// only the pages near the one last shown are kept. A subclass holds its typed pages and says
// how to ask for a count and a page.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    int rowCount(const QModelIndex &parent = {}) const override;
    bool isCounting() const { return m_counting; }
    // New pushes arrived: the count and the pages in view are read again, the view stays put.
    void refresh();

Q_SIGNALS:
    void countChanged(int count);

protected:
    explicit PagedTableModel(QObject *parent = nullptr);

    virtual bool hasQuery() const = 0;
    virtual void askCount(quint64 ticket) = 0;
    virtual void askPage(int page, quint64 ticket) const = 0;
    virtual QList<int> heldPages() const = 0;
    virtual void dropPage(int page) = 0;

    // A new query: call between beginResetModel() and endResetModel(), after dropping the pages.
    void resetPaging();
    // After endResetModel(): counts the new query.
    void startCounting();
    // The answers, from the report service's signals.
    void counted(quint64 ticket, int count);
    // true when the page is for the current query (the subclass then stores it, then calls pageStored()).
    bool acceptPage(quint64 ticket, int offset);
    void pageStored(int offset, int rows);
    // For data(): asks for the page once unless it is here and current.
    void ensurePage(int page, bool loaded) const;
    quint64 ticket() const { return m_ticket; }

private:
    void request(int page) const;

    quint64 m_ticket = 0;
    int m_count = 0;
    bool m_counting = false;
    bool m_refreshAgain = false;
    mutable QSet<int> m_requested;
};

} // namespace mms
