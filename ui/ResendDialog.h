#pragma once

#include "campaign/DraftImport.h"
#include "storage/CampaignStore.h"
#include "storage/Store.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace mms {

class CampaignService;

// "Send again to those not reached": whom (reported failed, or also no report after some hours
// and batches never sent), with which template, how many; then a draft of exactly them and the
// same confirmation as every send. Nothing is sent before the user confirms; a draft not
// confirmed is discarded.
class ResendDialog : public QDialog
{
    Q_OBJECT
public:
    ResendDialog(CampaignService *service, const CampaignRow &campaign, const QString &campaignName, double balance,
                 QWidget *parent = nullptr);

    void reject() override;

Q_SIGNALS:
    void campaignStarted(qint64 campaignId);

private:
    ResendScope scope() const;
    QDateTime cutOff() const;
    void recount();
    void create();
    void confirm(const DraftImportResult &result);

    CampaignService *m_service;
    CampaignRow m_campaign;
    double m_balance;
    QList<TemplateRow> m_templates;
    QRadioButton *m_failed;
    QRadioButton *m_unreached;
    QSpinBox *m_hours;
    QComboBox *m_template;
    QLabel *m_count;
    QPushButton *m_create;
    qint64 m_draft = 0;
    bool m_creating = false;
    bool m_abandoned = false; // closed while the draft was being made
};

} // namespace mms
