#pragma once

#include "storage/Store.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mms {

class CampaignService;

// The template library: each template with its three carriers' audit state, live.
class TemplatesPage : public QWidget
{
    Q_OBJECT
public:
    TemplatesPage(CampaignService *service, QWidget *parent = nullptr);

Q_SIGNALS:
    void newVersionRequested(const QString &mmsid);

private:
    void show(const QList<TemplateRow> &templates);
    void submit();

    CampaignService *m_service;
    QTableWidget *m_table;
    QPushButton *m_submit;
    QPushButton *m_newVersion;
    QLabel *m_status;
    QString m_submitted; // the template this page submitted last
    bool m_submitting = false;
};

} // namespace mms
