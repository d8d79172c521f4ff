#pragma once

#include "storage/CampaignStore.h"

#include <QAbstractTableModel>

namespace mms {

// The batches of one campaign: state, size, taskid and the platform's message.
class BatchTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { Seq, State, Size, TaskId, Message, ColumnCount };
    enum Roles { BatchIdRole = Qt::UserRole + 1, StateRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setBatches(qint64 campaignId, const QList<BatchRow> &batches);
    void update(qint64 campaignId, const BatchRow &batch);
    qint64 campaignId() const { return m_campaignId; }
    std::optional<BatchRow> batchAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const QString &state);

private:
    qint64 m_campaignId = 0;
    QList<BatchRow> m_rows;
};

} // namespace mms
