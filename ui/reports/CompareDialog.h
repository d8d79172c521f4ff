#pragma once

#include "campaign/BalanceTerms.h"
#include "reports/Breakdown.h"

#include <QDialog>

class QChartView;
class QLabel;
class QTableWidget;

namespace mms {

class ReportService;

// Two to five campaigns side by side: the funnel, delivery and reply rates, the failure mix
// (the statuses they failed with, as shares of what was sent) and the cost of a reply, with a
// chart of the two rates that can be saved as a picture.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMost = 5;

    // names: the campaigns' titles, by id, as the list shows them.
    CompareDialog(ReportService *reports, const QList<qint64> &campaignIds, const QHash<qint64, QString> &names,
                  const BalanceTerms &terms, QWidget *parent = nullptr);

Q_SIGNALS:
    void shown(); // the numbers arrived (tests wait for it)

private:
    void showNumbers(quint64 ticket, const QList<CampaignBreakdown> &breakdowns, const QString &error);
    void saveChart();

    QHash<qint64, QString> m_names;
    BalanceTerms m_terms;
    QTableWidget *m_table;
    QChartView *m_chart;
    QLabel *m_status;
    quint64 m_ticket = 0;
};

} // namespace mms
