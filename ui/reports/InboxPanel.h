#pragma once

#include "storage/ReplyPager.h"
#include "storage/ReportStore.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace mms {

class ReplyTableModel;
class ReportService;

// The inbox: every reply ever received, paged lazily, filtered by campaign, day range, text,
// blocked or not and opt-out words; the count is the true total of what is shown; the sender
// of the selected reply can be blocked, and what is shown exported.
class InboxPanel : public QWidget
{
    Q_OBJECT
public:
    InboxPanel(ReportService *service, QWidget *parent = nullptr);
    // The campaigns to filter by (the Reports list).
    void setCampaigns(const QList<mms::CampaignDelivery> &campaigns);
    void setOptOutWords(const QStringList &words);
    // New replies or blocks: rows and count are read again where the view stands.
    void refresh();
    ReplyTableModel *model() const { return m_model; }
    void setExportEnabled(bool enabled);

Q_SIGNALS:
    void blockRequested(const QString &mobile, const QString &reason, qint64 campaignId);
    void exportRequested(const mms::ReplyQuery &query);
    void countChanged(int count);

private:
    ReplyQuery currentQuery() const;
    void applyQuery();
    void showCount(int count);
    void updateBlockButton();

    ReplyTableModel *m_model;
    QComboBox *m_campaign;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QComboBox *m_blocked;
    QCheckBox *m_optOut;
    QPushButton *m_clear;
    QLabel *m_count;
    QPushButton *m_block;
    QPushButton *m_export;
    QTableView *m_table;
    QTimer *m_searchDelay;
    QStringList m_optOutWords;
};

} // namespace mms
