#pragma once

#include "campaign/CampaignService.h"
#include "campaign/SendEstimate.h"

#include <QWizard>

class QCheckBox;
class QDateTimeEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace mms {

class RecipientFileChooser;
class SendWindowEdit;

// Template and file -> columns and variables -> checked recipients, test send, confirm.
// The import runs on the service's thread with a progress bar and cancel; a draft that
// is not sent is discarded.
class NewCampaignWizard : public QWizard
{
    Q_OBJECT
public:
    enum Pages { SourcePage, MappingPage, ConfirmPage };

    NewCampaignWizard(CampaignService *service, double balance, QWidget *parent = nullptr);
    ~NewCampaignWizard() override;

    qint64 campaignId() const { return m_campaignId; }
    // Chooses the recipients file as Browse… would.
    void setRecipientFile(const QString &path);

    bool validateCurrentPage() override;
    void initializePage(int id) override;
    void cleanupPage(int id) override;
    int nextId() const override;
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void campaignStarted(qint64 campaignId);

private:
    QWizardPage *buildSourcePage();
    QWizardPage *buildMappingPage();
    QWizardPage *buildConfirmPage();
    void onTemplates(const QList<TemplateRow> &templates);
    void onImported(const mms::DraftImportResult &result);
    void fillMapping();
    void sendTest();
    void saveIssues();
    std::optional<TemplateRow> chosenTemplate() const;
    SendEstimate estimate() const;
    QString defaultName() const;
    QStringList variables() const;
    QString audience() const; // the audience chosen as the source, or empty for a file

    CampaignService *m_service;
    double m_balance;
    QList<TemplateRow> m_templates;
    FileSniff m_sniff;
    qint64 m_campaignId = 0;
    bool m_importing = false;
    bool m_importDone = false;
    ImportSummary m_summary;

    // Source
    QComboBox *m_template = nullptr;
    RecipientFileChooser *m_chooser = nullptr;
    QComboBox *m_segment = nullptr; // of an audience: every member, or those with a past outcome
    QComboBox *m_source = nullptr;
    QLabel *m_audienceInfo = nullptr;
    QCheckBox *m_keepAudience = nullptr;
    QLineEdit *m_audienceName = nullptr;
    bool m_audienceReady = false;
    QLabel *m_audienceResult = nullptr; // whether the file was kept as an audience
    // Mapping
    QTableWidget *m_preview = nullptr;
    QComboBox *m_mobileColumn = nullptr;
    QList<QComboBox *> m_variableCombos;
    QWidget *m_variableBox = nullptr;
    QCheckBox *m_skipEmpty = nullptr;
    QList<QPair<int, QCheckBox *>> m_carrierChecks; // carrier -> "send to it"
    void updateCarrierChecks();
    // Confirm
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelImport = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableWidget *m_issues = nullptr;
    QPushButton *m_saveIssues = nullptr;
    QLineEdit *m_testNumbers = nullptr;
    QPushButton *m_sendTest = nullptr;
    QLabel *m_testResult = nullptr;
    QCheckBox *m_scheduled = nullptr;
    QDateTimeEdit *m_startAt = nullptr;
    QLabel *m_scheduleNote = nullptr;
    SendWindowEdit *m_window = nullptr;
    void updateScheduleNote();
};

} // namespace mms
