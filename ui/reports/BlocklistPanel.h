#pragma once

#include "campaign/BlocklistImport.h"
#include "storage/Store.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace mms {

class CampaignService;

// The blocklist: every number never to be sent to, with why and since when; search; unblock
// the selected numbers (with Undo, which puts them back as they were); import a suppression
// file, checked first and confirmed with its counts.
class BlocklistPanel : public QWidget
{
    Q_OBJECT
public:
    BlocklistPanel(CampaignService *service, QWidget *parent = nullptr);
    // Reads the blocklist again (after a block elsewhere, new replies…).
    void reload();

Q_SIGNALS:
    void countChanged(int count);
    void statusMessage(const QString &message);

private:
    void show(const QList<mms::BlockEntry> &entries, const QString &error);
    void unblockSelected();
    void importFile();
    void onSniffed(const mms::FileSniff &sniff);
    void onImported(const QString &path, const mms::BlocklistImportResult &result, bool applied);
    void updateButtons();

    CampaignService *m_service;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QLabel *m_count;
    QPushButton *m_unblock;
    QPushButton *m_undo;
    QPushButton *m_import;
    QTableView *m_table;
    QList<BlockEntry> m_lastUnblocked;
    ImportOptions m_pendingImport;
    QString m_pendingReason;
    QString m_pendingPath; // the file being read before its check
};

} // namespace mms
