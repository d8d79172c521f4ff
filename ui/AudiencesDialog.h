#pragma once

#include "audience/AudienceStore.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace mms {

class CampaignService;
class RecipientFileChooser;

// The audiences kept in the store: their members by carrier, columns and source; import a file
// as a new one (or replace or add to one), remove one. Campaigns are made from them in the
// New campaign wizard (Recipients from).
class AudiencesDialog : public QDialog
{
    Q_OBJECT
public:
    AudiencesDialog(CampaignService *service, QWidget *parent = nullptr);

private:
    void show(const QList<mms::AudienceRow> &audiences, const QString &error);
    void importChosen();
    void removeSelected();
    void updateButtons();

    CampaignService *m_service;
    QTableWidget *m_table;
    QPushButton *m_remove;
    QLineEdit *m_name;
    QCheckBox *m_add;
    RecipientFileChooser *m_chooser;
    QPushButton *m_import;
    QLabel *m_status;
    QList<AudienceRow> m_audiences;
};

} // namespace mms
