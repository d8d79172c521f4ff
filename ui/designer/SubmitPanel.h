#pragma once

#include "storage/Store.h"

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace mms {

class CampaignService;
class CheckPanel;
class TemplateDocument;

// The designer's submit corner: the Submit button, "Submit as a new template", a busy bar and
// what is true now about the template in the designer: ready, submitted as … with each
// carrier's audit, or changed since it was submitted. Submitting content that was submitted
// before names the existing template instead of making a second one (CampaignService's guard).
class SubmitPanel : public QWidget
{
    Q_OBJECT
public:
    SubmitPanel(TemplateDocument *doc, CampaignService *service, CheckPanel *check, QAction *submitAction,
                QWidget *parent = nullptr);

    // again: create a new template at the platform even when this content was submitted.
    void submit(bool again = false);
    // A new or other document: forget what the last one was submitted as.
    void reset();
    void updateState();

private:
    void templatesLoaded(const QList<TemplateRow> &rows);
    std::optional<TemplateRow> submittedAs() const;
    QString auditsText(const TemplateRow &t) const;

    TemplateDocument *m_doc;
    CampaignService *m_service;
    CheckPanel *m_check;
    QAction *m_submitAction;
    QPushButton *m_submit;
    QPushButton *m_submitNew;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTimer *m_hashTimer;
    QList<TemplateRow> m_templates;
    QString m_hash;           // the document's content hash, recomputed shortly after each edit
    QString m_lastSubmitted;  // what this document was last submitted as (this session)
    QString m_note;           // a one-off word about the last submit (refused, already there)
    bool m_submitting = false;
    int m_hashGeneration = 0;
};

} // namespace mms
