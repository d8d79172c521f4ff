#pragma once

#include "storage/CampaignStore.h"

#include <QAbstractTableModel>

namespace mms {

// The account's campaigns, newest last; updated in place as batches move.
class CampaignListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { Id, Name, State, Template, Recipients, Progress, TimeLeft, Created, Started, Finished, Message, ColumnCount };
    enum Roles { CampaignIdRole = Qt::UserRole + 1, StateRole, ProgressRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setCampaigns(const QList<CampaignRow> &campaigns);
    void update(const CampaignRow &campaign);
    std::optional<CampaignRow> campaignAt(int row) const;
    int rowOf(qint64 campaignId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The sending speed, for the time a running campaign has left.
    void setRequestsPerSecond(double rps);
    static QString stateText(const QString &state);
    // Running, but outside its sending window now: it waits for the opening.
    static bool waitingForWindow(const CampaignRow &c);
    // Seconds a campaign still needs at rps (-1: not sending).
    static qint64 secondsLeft(const CampaignRow &c, double rps);
    static QString durationText(qint64 seconds);
    static int percentDone(const CampaignRow &c);

private:
    QList<CampaignRow> m_rows;
    double m_rps = 5;
};

} // namespace mms
