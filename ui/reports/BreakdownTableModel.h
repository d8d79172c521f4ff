#pragma once

#include "reports/Breakdown.h"

#include <QAbstractTableModel>

namespace mms {

// One breakdown of a campaign's results as a table: a row per group (carrier, province, city
// or hour), its funnel and rates. SortRole gives numbers for sorting; RateRole the rate (0-1)
// a bar is drawn for.
class BreakdownTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { Group, Sent, Delivered, Failed, Waiting, Replied, DeliveryRate, ReplyRate, ColumnCount };
    enum Roles { SortRole = Qt::UserRole, RateRole };

    explicit BreakdownTableModel(QObject *parent = nullptr);
    void setBreakdown(const CampaignBreakdown &breakdown, BreakdownBy by);
    const QList<BreakdownGroup> &groups() const { return m_groups; }
    BreakdownBy by() const { return m_by; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BreakdownGroup> m_groups;
    BreakdownBy m_by = BreakdownBy::Carrier;
};

} // namespace mms
