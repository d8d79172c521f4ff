#pragma once

#include "storage/RecipientPager.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace mms {

class RecipientTableModel;
class ReportService;

// One campaign's recipients: filter by outcome, search by number, export what is shown.
class RecipientsPanel : public QWidget
{
    Q_OBJECT
public:
    RecipientsPanel(ReportService *service, QWidget *parent = nullptr);
    void setCampaign(qint64 campaignId);
    // New reports or replies: rows and count are read again where the view stands.
    void refresh();
    RecipientTableModel *model() const { return m_model; }
    void setExportEnabled(bool enabled);

Q_SIGNALS:
    void exportRequested(const mms::RecipientQuery &query);

private:
    void applyQuery();
    void showCount(int count);

    RecipientTableModel *m_model;
    QComboBox *m_filter;
    QLineEdit *m_search;
    QLabel *m_count;
    QPushButton *m_export;
    QTableView *m_table;
    QTimer *m_searchDelay;
    qint64 m_campaignId = 0;
};

} // namespace mms
