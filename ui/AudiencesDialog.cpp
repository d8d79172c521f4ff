#include "AudiencesDialog.h"

#include "Prompts.h"
#include "RecipientFileChooser.h"
#include "campaign/CampaignService.h"
#include "protocol/Carriers.h"
#include "util/Words.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace mms {

AudiencesDialog::AudiencesDialog(CampaignService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_table(new QTableWidget(0, 4, this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_name(new QLineEdit(this))
    , m_add(new QCheckBox(tr("&Add to the audience of that name instead of replacing its members"), this))
    , m_chooser(new RecipientFileChooser(service, this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"audiencesDialog"_s);
    setWindowTitle(tr("Audiences"));
    m_table->setObjectName(u"audienceTable"_s);
    m_remove->setObjectName(u"removeAudienceButton"_s);
    m_name->setObjectName(u"audienceImportName"_s);
    m_add->setObjectName(u"audienceAddCheck"_s);
    m_import->setObjectName(u"importAudienceButton"_s);
    m_status->setObjectName(u"audienceStatus"_s);
    m_status->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Audience"), tr("Members"), tr("Columns"), tr("Updated")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_name->setPlaceholderText(tr("e.g. 会员 2026"));

    auto *importBox = new QGroupBox(tr("Import a list as an audience"), this);
    auto *form = new QFormLayout(importBox);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_add);
    auto *fileLabel = new QLabel(tr("&File:"), importBox);
    fileLabel->setBuddy(m_chooser->pathEdit());
    form->addRow(fileLabel, m_chooser);
    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_status, 1);
    importRow->addWidget(m_import);
    form->addRow(importRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch();
    listButtons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(listButtons);
    layout->addWidget(importBox);
    layout->addWidget(buttons);
    resize(760, 600);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AudiencesDialog::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &AudiencesDialog::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &AudiencesDialog::importChosen);
    connect(m_name, &QLineEdit::textChanged, this, &AudiencesDialog::updateButtons);
    connect(m_chooser, &RecipientFileChooser::changed, this, [this] {
        if (m_name->text().isEmpty() && m_chooser->isReady())
            m_name->setText(QFileInfo(m_chooser->sniff().path).completeBaseName());
        updateButtons();
    });
    connect(service, &CampaignService::audiencesLoaded, this, &AudiencesDialog::show);
    connect(service, &CampaignService::audienceImported, this, [this](const QString &name, const AudienceImportResult &r) {
        m_import->setEnabled(true);
        m_status->setText(r.ok() ? tr("Audience “%1”: %Ln member(s); %2 rows were not valid numbers, %3 duplicates.", nullptr, int(r.members))
                                       .arg(name, QLocale().toString(r.summary.invalid), QLocale().toString(r.summary.duplicates))
                                 : u"<span style='color:#b02020'>%1</span>"_s.arg(r.error.toHtmlEscaped()));
    });
    service->loadAudiences();
    updateButtons();
}

void AudiencesDialog::show(const QList<AudienceRow> &audiences, const QString &error)
{
    if (!error.isEmpty()) {
        m_status->setText(tr("Cannot read the database: %1").arg(error));
        return;
    }
    m_audiences = audiences;
    const QLocale locale;
    m_table->setRowCount(int(audiences.size()));
    for (int r = 0; r < audiences.size(); ++r) {
        const AudienceRow &a = audiences.at(r);
        QStringList carriers;
        for (auto it = a.byCarrier.cbegin(); it != a.byCarrier.cend(); ++it)
            carriers << u"%1 %2"_s.arg(Carriers::name(it.key()), locale.toString(it.value()));
        auto *members = new QTableWidgetItem(locale.toString(a.members));
        members->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        members->setToolTip(words::list(carriers));
        const QStringList cells{a.name, QString(), words::list(a.columns),
                                QDateTime::fromString(a.updatedAt, Qt::ISODate).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)};
        for (int c = 0; c < cells.size(); ++c) {
            if (c == 1) {
                m_table->setItem(r, c, members);
                continue;
            }
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(words::plainTip(c == 3 ? a.source : cells.at(c)));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void AudiencesDialog::importChosen()
{
    const FileSniff &sniff = m_chooser->sniff();
    if (!m_chooser->isReady() || sniff.mobileColumn < 0) {
        m_status->setText(tr("Choose a file with a column of mobile numbers."));
        return;
    }
    AudienceImportRequest request;
    request.name = m_name->text().trimmed();
    request.path = sniff.path;
    request.header = sniff.header;
    request.options = ImportOptions::fromSniff(sniff);
    request.mode = m_add->isChecked() ? AudienceImportRequest::Mode::Add : AudienceImportRequest::Mode::Replace;
    const bool exists = std::any_of(m_audiences.cbegin(), m_audiences.cend(), [&](const AudienceRow &a) { return a.name == request.name; });
    if (exists && request.mode == AudienceImportRequest::Mode::Replace
        && prompts::ask(this, tr("Audiences"), tr("Replace the members of “%1” with the numbers of this file?").arg(request.name),
                        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    m_import->setEnabled(false);
    m_status->setText(tr("Importing %1…").arg(QFileInfo(sniff.path).fileName()));
    m_service->importAudience(request);
}

void AudiencesDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_audiences.size())
        return;
    const QString name = m_audiences.at(row).name;
    if (prompts::ask(this, tr("Audiences"), tr("Remove the audience “%1”? Campaigns made from it keep their recipients.").arg(name),
                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_service->removeAudience(name);
}

void AudiencesDialog::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty());
    m_import->setEnabled(m_chooser->isReady() && !m_name->text().trimmed().isEmpty());
}

} // namespace mms
