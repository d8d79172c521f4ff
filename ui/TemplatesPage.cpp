#include "TemplatesPage.h"
#include "util/Words.h"

#include "Prompts.h"

#include "campaign/CampaignService.h"
#include "protocol/Carriers.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QColor>

using namespace Qt::Literals::StringLiterals;

namespace mms {
TemplatesPage::TemplatesPage(CampaignService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_table(new QTableWidget(0, 8, this))
    , m_submit(new QPushButton(tr("&Submit manifest…"), this))
    , m_newVersion(new QPushButton(tr("&New version in the designer"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"templatesPageWidget"_s);
    m_table->setObjectName(u"templateTable"_s);
    m_table->setHorizontalHeaderLabels({tr("mmsid"), tr("Subject"), tr("Frames"), tr("Size"), tr("Created"),
                                        Carriers::name(1), Carriers::name(2), Carriers::name(3)});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // The subject takes the room; every other column fits its header (Chinese ones too) or content.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setMinimumSectionSize(80);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_submit->setObjectName(u"submitManifestButton"_s);
    m_submit->setToolTip(tr("A template manifest (JSON, see docs/manifest.md) is checked, then created on the platform for each carrier's audit."));
    m_status->setObjectName(u"templateStatusLabel"_s);
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newVersion);
    buttons->addWidget(m_submit);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    m_newVersion->setObjectName(u"newVersionButton"_s);
    m_newVersion->setToolTip(tr("Open a copy of the selected template in the designer, to change it and submit it as a new template."));
    m_newVersion->setEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_newVersion->setEnabled(m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty());
    });
    connect(m_newVersion, &QPushButton::clicked, this, [this] {
        if (const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0))
            Q_EMIT newVersionRequested(item->text());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, m_newVersion, &QPushButton::click);

    connect(m_submit, &QPushButton::clicked, this, &TemplatesPage::submit);
    connect(service, &CampaignService::templatesLoaded, this, &TemplatesPage::show);
    connect(service, &CampaignService::opened, this, [this](const QString &) { m_service->loadTemplates(); });
    // Only this page's own submissions speak here (the designer has its own corner), and what
    // is said follows the audits as they arrive.
    connect(service, &CampaignService::templateSubmitted, this, [this](const QString &mmsid, const QString &error) {
        if (!m_submitting)
            return;
        m_submitting = false;
        m_submit->setEnabled(true);
        m_submitted = mmsid;
        if (mmsid.isEmpty())
            m_status->setText(u"<span style='color:#b02020'>%1</span>"_s.arg(error.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s)));
        else
            m_status->setText(tr("Template %1 created; waiting for the carriers' audit.").arg(mmsid).toHtmlEscaped());
    });
    connect(service, &CampaignService::templateExists, this, [this](const TemplateRow &existing) {
        if (!m_submitting)
            return;
        m_submitting = false;
        m_submit->setEnabled(true);
        m_submitted = existing.mmsid;
        m_status->setText(tr("Nothing was sent: this manifest's content is already template %1.").arg(existing.mmsid).toHtmlEscaped());
    });
}

void TemplatesPage::submit()
{
    const QString path = prompts::openFileName(this, tr("Template manifest"), tr("Template manifests (*.json)"));
    if (path.isEmpty())
        return;
    m_submit->setEnabled(false);
    m_submitting = true;
    m_submitted.clear();
    m_status->setText(tr("Checking and submitting %1…").arg(path).toHtmlEscaped());
    m_service->submitManifest(path);
}

void TemplatesPage::show(const QList<TemplateRow> &templates)
{
    const QLocale locale;
    m_table->setRowCount(int(templates.size()));
    for (int r = 0; r < templates.size(); ++r) {
        const TemplateRow &t = templates.at(r);
        QStringList cells{t.mmsid, t.subject, QString::number(t.frameCount),
                          locale.formattedDataSize(t.mediaBytes, 1, QLocale::DataSizeTraditionalFormat), QDateTime::fromString(t.createdAt, Qt::ISODateWithMs).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)};
        for (int c = 0; c < 3; ++c) {
            const AuditState &a = t.audits[c];
            cells << (a.status == 1 ? tr("approved") : a.status == 2 ? tr("rejected: %1").arg(a.message) : tr("waiting"));
        }
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(words::plainTip(cells.at(c))); // a rejection's reason is longer than its column
            if (c >= 5)
                item->setForeground(t.audits[c - 5].status == 1 ? QColor(0x20, 0x80, 0x30)
                                    : t.audits[c - 5].status == 2 ? QColor(0xb0, 0x20, 0x20) : QColor(0x70, 0x70, 0x70));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (const TemplateRow &t : templates) {
        if (t.mmsid != m_submitted || m_submitting)
            continue;
        QStringList states;
        int approved = 0;
        for (int c = 1; c <= 3; ++c) {
            const AuditState &a = t.audits[size_t(c - 1)];
            approved += a.status == 1;
            states << words::labelled(Carriers::name(c), a.status == 1 ? tr("approved") : a.status == 2 ? tr("rejected") : tr("waiting"));
        }
        m_status->setText((approved == 3 ? tr("Template %1 is approved by every carrier.").arg(t.mmsid)
                                         : tr("Template %1: %2").arg(t.mmsid, words::clauses(states))).toHtmlEscaped());
    }
}

} // namespace mms
