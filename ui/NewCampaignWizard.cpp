#include "NewCampaignWizard.h"
#include "WizardPage.h"
#include "util/Words.h"

#include "Prompts.h"
#include "util/MoneyText.h"
#include "RecipientFileChooser.h"
#include "SendConfirmDialog.h"
#include "SendWindowEdit.h"
#include "TemplateLabel.h"

#include "protocol/Requests.h"
#include "campaign/FrequencyCaps.h"
#include "util/Config.h"

#include "protocol/Carriers.h"
#include "protocol/Mobile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QTimeZone>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace mms {
using wizard::Page;
using wizard::pageOf;

NewCampaignWizard::NewCampaignWizard(CampaignService *service, double balance, QWidget *parent)
    : QWizard(parent)
    , m_service(service)
    , m_balance(balance)
{
    setObjectName(u"newCampaignWizard"_s);
    setWindowTitle(tr("New campaign"));
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(SourcePage, buildSourcePage());
    setPage(MappingPage, buildMappingPage());
    setPage(ConfirmPage, buildConfirmPage());
    setButtonText(QWizard::FinishButton, tr("Send now"));
    resize(820, 600);
    connect(service, &CampaignService::templatesLoaded, this, &NewCampaignWizard::onTemplates);
    connect(service, &CampaignService::importFinished, this, &NewCampaignWizard::onImported);
    connect(service, &CampaignService::importProgress, this, [this](int permille) {
        if (m_progress)
            m_progress->setValue(permille);
    });
    connect(service, &CampaignService::created, this, [this](qint64 id, const QString &error) {
        if (!m_testResult)
            return;
        if (id == 0) {
            m_testResult->setText(tr("The test could not be recorded: %1").arg(error));
            return;
        }
        m_service->start(id);
        m_testResult->setText(tr("Test send started (campaign %1); follow it in the Campaigns list.").arg(id));
    });
    service->loadTemplates();
    service->loadAudiences();
}

NewCampaignWizard::~NewCampaignWizard() = default;

QWizardPage *NewCampaignWizard::buildMappingPage()
{
    auto *p = new Page;
    p->setTitle(tr("Columns"));
    p->setSubTitle(tr("Say which column holds the mobile numbers and which columns fill the template's variables."));
    m_preview = new QTableWidget;
    m_preview->setObjectName(u"previewTable"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mobileColumn = new QComboBox;
    m_mobileColumn->setObjectName(u"mobileColumnCombo"_s);
    m_variableBox = new QWidget;
    new QFormLayout(m_variableBox);
    m_skipEmpty = new QCheckBox(tr("Leave out rows with an empty variable value (otherwise they stop the send)"));
    m_skipEmpty->setObjectName(u"skipEmptyCheck"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&Mobile numbers in:"), m_mobileColumn);
    // A template one carrier has not approved does not reach its numbers (and may still be
    // counted): the user can leave them out here.
    auto *carrierRow = new QHBoxLayout;
    for (int c : {1, 2, 3, 0}) {
        auto *check = new QCheckBox(Carriers::name(c));
        check->setObjectName(u"carrierCheck_%1"_s.arg(c));
        check->setChecked(true);
        carrierRow->addWidget(check);
        m_carrierChecks.append({c, check});
        connect(check, &QCheckBox::toggled, this, [this, check](bool on) {
            // Sending to no carrier is no send: the last ticked box stays ticked.
            if (!on && std::none_of(m_carrierChecks.cbegin(), m_carrierChecks.cend(), [](const auto &p) { return p.second->isChecked(); }))
                check->setChecked(true);
        });
    }
    carrierRow->addStretch();
    form->addRow(tr("Send to (by number):"), carrierRow);
    auto *layout = new QVBoxLayout(p);
    layout->addWidget(m_preview, 1);
    layout->addLayout(form);
    layout->addWidget(m_variableBox);
    layout->addWidget(m_skipEmpty);
    p->complete = [this] { return m_mobileColumn->currentIndex() >= 0; };
    return p;
}

QWizardPage *NewCampaignWizard::buildConfirmPage()
{
    auto *p = new Page;
    p->setTitle(tr("Check and send"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setRange(0, 1000);
    m_cancelImport = new QPushButton(tr("Cancel import"));
    m_cancelImport->setObjectName(u"cancelImportButton"_s);
    m_summaryLabel = new QLabel;
    m_summaryLabel->setObjectName(u"importSummaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_issues = new QTableWidget(0, 3);
    m_issues->setObjectName(u"issuesTable"_s);
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Value"), tr("Problem")});
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->verticalHeader()->hide();
    m_saveIssues = new QPushButton(tr("Save problem rows…"));
    m_saveIssues->setObjectName(u"saveIssuesButton"_s);
    m_testNumbers = new QLineEdit;
    m_testNumbers->setObjectName(u"testNumbersEdit"_s);
    m_testNumbers->setPlaceholderText(tr("e.g. two colleagues: 13800138000, 13900139000"));
    m_sendTest = new QPushButton(tr("Send test"));
    m_sendTest->setObjectName(u"sendTestButton"_s);
    m_testResult = new QLabel;
    m_testResult->setObjectName(u"testResultLabel"_s);
    m_testResult->setWordWrap(true);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelImport);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(new QLabel(tr("Test first:")));
    testRow->addWidget(m_testNumbers, 1);
    testRow->addWidget(m_sendTest);
    m_scheduled = new QCheckBox(tr("Start at"));
    m_scheduled->setObjectName(u"scheduleCheck"_s);
    m_startAt = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600));
    m_startAt->setObjectName(u"startAtEdit"_s);
    m_startAt->setCalendarPopup(true);
    m_startAt->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_startAt->setEnabled(false);
    m_scheduleNote = new QLabel;
    m_scheduleNote->setObjectName(u"scheduleNoteLabel"_s);
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(m_scheduled);
    scheduleRow->addWidget(m_startAt);
    scheduleRow->addWidget(m_scheduleNote, 1);
    connect(m_scheduled, &QCheckBox::toggled, m_startAt, &QWidget::setEnabled);
    connect(m_scheduled, &QCheckBox::toggled, this, &NewCampaignWizard::updateScheduleNote);
    connect(m_startAt, &QDateTimeEdit::dateTimeChanged, this, &NewCampaignWizard::updateScheduleNote);
    m_window = new SendWindowEdit;
    m_window->setWindow(SendWindow::parse(Config().sendWindow(Config().activeAccount()), nullptr).value_or(SendWindow::standard()));
    connect(m_window, &SendWindowEdit::changed, this, &NewCampaignWizard::updateScheduleNote);
    auto *layout = new QVBoxLayout(p);
    layout->addLayout(progressRow);
    layout->addWidget(m_summaryLabel);
    m_audienceResult = new QLabel;
    m_audienceResult->setObjectName(u"audienceResultLabel"_s);
    m_audienceResult->setWordWrap(true);
    m_audienceResult->hide();
    layout->addWidget(m_audienceResult);
    connect(m_service, &CampaignService::audienceImported, this, [this](const QString &name, const AudienceImportResult &r) {
        m_audienceResult->setText(r.ok() ? tr("Kept as the audience “%1” (%Ln member(s)).", nullptr, int(r.members)).arg(name)
                                         : tr("The list was not kept as an audience: %1").arg(r.error));
        m_audienceResult->show();
    });
    layout->addWidget(m_issues, 1);
    layout->addWidget(m_saveIssues, 0, Qt::AlignLeft);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addLayout(scheduleRow);
    layout->addWidget(m_window);
    connect(m_cancelImport, &QPushButton::clicked, m_service, &CampaignService::cancelImport);
    connect(m_saveIssues, &QPushButton::clicked, this, &NewCampaignWizard::saveIssues);
    connect(m_sendTest, &QPushButton::clicked, this, &NewCampaignWizard::sendTest);
    p->complete = [this] { return m_importDone && m_campaignId != 0; };
    return p;
}

void NewCampaignWizard::setRecipientFile(const QString &path)
{
    m_chooser->setPath(path);
}

void NewCampaignWizard::onTemplates(const QList<TemplateRow> &templates)
{
    m_templates = templates;
    const QString typed = m_template->currentText();
    m_template->clear();
    for (const TemplateRow &t : templates)
        m_template->addItem(templateLabel(t), t.mmsid);
    if (!typed.isEmpty())
        m_template->setEditText(typed);
}

std::optional<TemplateRow> NewCampaignWizard::chosenTemplate() const
{
    const int i = m_template->currentIndex();
    if (i >= 0 && i < m_templates.size() && m_template->currentText() == m_template->itemText(i))
        return m_templates.at(i);
    for (const TemplateRow &t : m_templates) {
        if (t.mmsid == m_template->currentText().trimmed())
            return t;
    }
    return std::nullopt;
}

QStringList NewCampaignWizard::variables() const
{
    if (const auto t = chosenTemplate())
        return t->variables;
    return {u"Text1"_s, u"Text2"_s, u"Text3"_s}; // a template we do not know: offer the usual three
}

void NewCampaignWizard::fillMapping()
{
    m_preview->clear();
    m_preview->setColumnCount(m_sniff.columnCount);
    m_preview->setRowCount(int(m_sniff.preview.size()));
    m_preview->setHorizontalHeaderLabels(m_sniff.header);
    for (int r = 0; r < m_sniff.preview.size(); ++r)
        for (int c = 0; c < m_sniff.preview.at(r).size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(m_sniff.preview.at(r).at(c)));
    m_mobileColumn->clear();
    m_mobileColumn->addItems(m_sniff.header);
    m_mobileColumn->setCurrentIndex(m_sniff.mobileColumn);
    m_mobileColumn->setEnabled(audience().isEmpty()); // an audience's numbers are its own column

    auto *form = static_cast<QFormLayout *>(m_variableBox->layout());
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_variableCombos.clear();
    for (const QString &name : variables()) {
        auto *combo = new QComboBox;
        combo->setObjectName(u"variableCombo_"_s + name);
        combo->addItem(tr("(not used)"), -1);
        for (int c = 0; c < m_sniff.header.size(); ++c)
            combo->addItem(m_sniff.header.at(c), c);
        // Guess: the columns after the number column, in order (手机号,姓名,门店 -> Text1, Text2).
        const int guess = m_sniff.mobileColumn + 1 + int(m_variableCombos.size());
        if (chosenTemplate() && guess < m_sniff.columnCount)
            combo->setCurrentIndex(guess + 1);
        form->addRow(u"${%1} ←"_s.arg(name), combo);
        m_variableCombos << combo;
    }
}

void NewCampaignWizard::initializePage(int id)
{
    if (id == MappingPage) {
        fillMapping();
        updateCarrierChecks();
    }
    if (id == ConfirmPage) {
        m_importDone = false;
        m_importing = true;
        m_campaignId = 0;
        m_summaryLabel->setText(tr("Reading and checking the recipients…"));
        m_issues->setRowCount(0);
        m_progress->setValue(0);
        m_progress->show();
        m_cancelImport->show();
        m_saveIssues->setEnabled(false);
        m_sendTest->setEnabled(false);
        updateScheduleNote();
        DraftImportRequest request;
        request.audience = audience();
        request.pastOutcome = request.audience.isEmpty() ? PastOutcome::Any : PastOutcome(m_segment->currentData().toInt());
        request.path = request.audience.isEmpty() ? m_sniff.path : QString();
        request.options = ImportOptions::fromSniff(m_sniff);
        request.options.mobileColumn = m_mobileColumn->currentIndex();
        m_audienceResult->hide();
        if (request.audience.isEmpty() && m_keepAudience->isChecked()) {
            // The list is kept as it is, every column, whatever this campaign uses of it.
            AudienceImportRequest keep;
            keep.name = m_audienceName->text().trimmed();
            keep.path = m_sniff.path;
            keep.header = m_sniff.header;
            keep.options = request.options;
            m_service->importAudience(keep);
        }
        request.options.skipRowsWithEmptyValues = m_skipEmpty->isChecked();
        unsigned mask = 0;
        for (const auto &[carrier, check] : std::as_const(m_carrierChecks))
            if (check->isChecked())
                mask |= ImportOptions::carrierBit(carrier);
        // All ticked is no filter at all (a number of a carrier the table does not know included).
        request.options.carriers = mask == (ImportOptions::carrierBit(0) | ImportOptions::carrierBit(1) | ImportOptions::carrierBit(2)
                                            | ImportOptions::carrierBit(3)) ? 0 : mask;
        const QStringList names = variables();
        for (int i = 0; i < m_variableCombos.size(); ++i) {
            const int column = m_variableCombos.at(i)->currentData().toInt();
            if (column >= 0)
                request.options.variables.append({names.at(i), column});
        }
        request.campaign.mmsid = chosenTemplate() ? chosenTemplate()->mmsid : m_template->currentText().trimmed();
        request.campaign.source = request.audience.isEmpty() ? m_sniff.path : tr("audience: %1").arg(request.audience);
        request.campaign.name = defaultName();
        request.campaign.caps = Config().frequencyCaps(Config().activeAccount()); // Preferences; the confirmation names them
        m_service->importFile(request);
        pageOf(this, ConfirmPage)->changed();
    }
    QWizard::initializePage(id);
}

void NewCampaignWizard::cleanupPage(int id)
{
    // Back from the last page: the draft made from the old choices goes.
    if (id == ConfirmPage) {
        if (m_importing)
            m_service->cancelImport();
        if (m_campaignId)
            m_service->discard(m_campaignId);
        m_campaignId = 0;
        m_importDone = false;
    }
    QWizard::cleanupPage(id);
}

int NewCampaignWizard::nextId() const
{
    return currentId() == ConfirmPage ? -1 : currentId() + 1;
}

bool NewCampaignWizard::validateCurrentPage()
{
    if (currentId() == SourcePage && audience().isEmpty() && m_keepAudience->isChecked()) {
        // Keeping the file under the name of another audience would replace its members: ask.
        const QString name = m_audienceName->text().trimmed();
        for (int i = 1; i < m_source->count(); ++i)
            if (m_source->itemData(i).toString() == name
                && prompts::ask(this, tr("New campaign"), tr("An audience “%1” exists: replace its members with this file's?").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                       != QMessageBox::Yes)
                return false;
    }
    if (currentId() == MappingPage) {
        // Every variable the template uses needs a column.
        if (chosenTemplate()) {
            QStringList missing;
            for (int i = 0; i < m_variableCombos.size(); ++i) {
                if (m_variableCombos.at(i)->currentData().toInt() < 0)
                    missing << variables().at(i);
            }
            if (!missing.isEmpty()) {
                m_variableBox->setToolTip(tr("The template uses %1: choose a column for each.").arg(words::list(missing)));
                setSubTitleFormat(Qt::PlainText);
                currentPage()->setSubTitle(tr("The template uses %1: choose a column for each.").arg(words::list(missing)));
                return false;
            }
        }
    }
    return QWizard::validateCurrentPage();
}

void NewCampaignWizard::onImported(const DraftImportResult &result)
{
    using Outcome = DraftImportResult::Outcome;
    const ImportSummary &s = result.summary;
    const qint64 campaignId = result.campaignId;
    m_importing = false;
    m_importDone = true;
    m_campaignId = campaignId;
    m_summary = s;
    m_progress->hide();
    m_cancelImport->hide();
    QStringList lines;
    const QLocale locale;
    const bool checked = result.created() || result.outcome == Outcome::EmptyValues || result.outcome == Outcome::NoValidRecipients;
    if (result.outcome == Outcome::Cancelled) {
        lines << tr("The import was cancelled; nothing was kept.");
    } else if (!checked) {
        lines << u"<span style='color:#b02020'>%1</span>"_s.arg(result.error.toHtmlEscaped());
    } else {
        lines << tr("<b>%1 recipients</b> ready to send. Rows read: %2; invalid: %3; duplicates removed: %4; on the blocklist: %5.")
                     .arg(locale.toString(s.valid), locale.toString(s.rows), locale.toString(s.invalid),
                          locale.toString(s.duplicates), locale.toString(s.blocked));
        if (s.otherCarriers > 0)
            lines << tr("Left out, on carriers not chosen: %1.").arg(locale.toString(s.otherCarriers));
        if (s.capped > 0)
            lines << tr("Left out, they already got what the frequency caps allow today: %1 (Preferences).").arg(locale.toString(s.capped));
        QStringList carriers;
        for (auto it = s.byCarrier.cbegin(); it != s.byCarrier.cend(); ++it)
            carriers << u"%1 %2"_s.arg(Carriers::name(it.key()), locale.toString(it.value()));
        lines << tr("By carrier: %1.").arg(words::list(carriers));
        if (const auto t = chosenTemplate()) {
            for (int c = 1; c <= 3; ++c) {
                const qint64 n = s.byCarrier.value(c);
                if (n > 0 && t->audits[c - 1].status != 1)
                    lines << u"<span style='color:#b04000'>%1</span>"_s.arg(
                        tr("%1 recipients are on %2, which has %3 this template: they will not receive it "
                           "(go back to Columns to leave them out).")
                            .arg(locale.toString(n), Carriers::name(c),
                                 t->audits[c - 1].status == 2 ? tr("rejected") : tr("not yet approved")));
            }
        }
        // In the account's balance unit, as the confirmation reckons it (one estimate for both).
        const SendEstimate e = estimate();
        const QString balanceText = e.balance ? money::amount(*e.balance, e.terms) : tr("unknown");
        lines << tr("This send costs about %1; the account has %2.").arg(money::amount(e.cost, e.terms), balanceText);
        if (e.balanceShort())
            lines << u"<span style='color:#b02020'>%1</span>"_s.arg(tr("The balance is not enough: the campaign will pause when it runs out."));
        if (s.blockingRows > 0)
            lines << u"<span style='color:#b02020'>%1</span>"_s.arg(
                tr("%1 rows have an empty variable value. Fill them in the file, or go back and choose to leave them out.")
                    .arg(locale.toString(s.blockingRows)));
        if (result.outcome == Outcome::NoValidRecipients) // the one path's words (carriers chosen, or the number column)
            lines << u"<span style='color:#b02020'>%1</span>"_s.arg(result.error.toHtmlEscaped());
    }
    m_summaryLabel->setText(lines.join(u"<br>"_s));
    int shown = 0;
    m_issues->setRowCount(0);
    for (const RowIssue &i : s.issues) {
        if (i.kind == RowIssue::Kind::Duplicate)
            continue;
        if (++shown > 500)
            break;
        const int r = m_issues->rowCount();
        m_issues->insertRow(r);
        m_issues->setItem(r, 0, new QTableWidgetItem(QString::number(i.line)));
        m_issues->setItem(r, 1, new QTableWidgetItem(i.value));
        m_issues->setItem(r, 2, new QTableWidgetItem(i.reason));
    }
    m_saveIssues->setEnabled(!s.issues.isEmpty());
    m_sendTest->setEnabled(campaignId != 0);
    pageOf(this, ConfirmPage)->changed();
}

void NewCampaignWizard::saveIssues()
{
    const QString path = prompts::saveTableFileName(this, tr("Save problem rows"), tr("problem-rows"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeIssues(path, m_summary.issues, &error))
        m_testResult->setText(tr("Could not save %1: %2").arg(path, error));
    else
        m_testResult->setText(tr("Saved %1 problem rows to %2.").arg(m_summary.issues.size()).arg(path));
}

void NewCampaignWizard::sendTest()
{
    QList<VariableEntry> recipients;
    QStringList bad;
    QMap<QString, QString> sample;
    const QStringList names = variables();
    // The first preview row's values stand in for the variables.
    for (int i = 0; i < m_variableCombos.size(); ++i) {
        const int column = m_variableCombos.at(i)->currentData().toInt();
        if (column >= 0 && !m_sniff.preview.isEmpty())
            sample.insert(names.at(i), m_sniff.preview.first().value(column));
    }
    for (const QString &raw : m_testNumbers->text().split(QRegularExpression(u"[,;，；\\s]+"_s), Qt::SkipEmptyParts)) {
        QString why;
        if (const auto n = mobile::normalize(raw, &why))
            recipients.append({*n, sample});
        else
            bad << words::aside(raw, why);
    }
    if (!bad.isEmpty() || recipients.isEmpty()) {
        m_testResult->setText(bad.isEmpty() ? tr("Type one or more mobile numbers for the test.")
                                            : tr("Not valid: %1").arg(words::clauses(bad)));
        return;
    }
    if (recipients.size() > 20) {
        m_testResult->setText(tr("A test goes to at most 20 numbers."));
        return;
    }
    CampaignStore::NewCampaign nc;
    nc.mmsid = chosenTemplate() ? chosenTemplate()->mmsid : m_template->currentText().trimmed();
    nc.isTest = true;
    nc.personalised = !sample.isEmpty();
    nc.variables = sample.keys();
    nc.name = tr("Test: %1").arg(defaultName());
    m_service->createFromNumbers(nc, recipients);
}

void NewCampaignWizard::updateScheduleNote()
{
    const QDateTime at = m_scheduled->isChecked() ? m_startAt->dateTime() : QDateTime::currentDateTime();
    const int hour = at.toTimeZone(QTimeZone(8 * 3600)).time().hour();
    QStringList notes;
    if (m_scheduled->isChecked() && at < QDateTime::currentDateTime())
        notes << tr("That time has passed: the campaign starts at once.");
    const auto window = m_window->window();
    if (window && !window->contains(at))
        notes << tr("Outside the sending window: it waits until %1 China time.").arg(SendWindow::hhmm(window->startMinute()));
    // Carriers and consoles commonly hold bulk sends to 08:00-22:00 China time (CARRIER-RULES.md).
    else if (window && window->isAnyTime() && (hour < 8 || hour >= 22))
        notes << tr("Outside 08:00–22:00 China time: carriers may hold or refuse bulk sends then.");
    m_scheduleNote->setText(notes.join(u' '));
    // Not "send now" for a send that will wait for its window's opening.
    const bool waits = window && !window->contains(at);
    setButtonText(QWizard::FinishButton, m_scheduled->isChecked() ? tr("Schedule") : waits ? tr("Send from %1").arg(SendWindow::hhmm(window->startMinute())) : tr("Send now"));
}

void NewCampaignWizard::updateCarrierChecks()
{
    // Each carrier's audit of the chosen template, beside its box.
    const auto t = chosenTemplate();
    for (const auto &[carrier, check] : std::as_const(m_carrierChecks)) {
        QString text = Carriers::name(carrier);
        if (t && carrier >= 1 && carrier <= 3) {
            const int status = t->audits[size_t(carrier - 1)].status;
            text += status == 1 ? tr(" (approved)") : status == 2 ? tr(" (rejected)") : tr(" (not yet approved)");
        }
        check->setText(text);
    }
}

QString NewCampaignWizard::defaultName() const
{
    // The template's subject and the day: what a marketer looks for in the list later.
    const auto t = chosenTemplate();
    const QString what = t && !t->subject.isEmpty() ? t->subject : m_template->currentText().trimmed();
    return tr("%1 %2").arg(what, QDate::currentDate().toString(u"yyyy-MM-dd"_s));
}

SendEstimate NewCampaignWizard::estimate() const
{
    const Config config;
    SendEstimateInput in;
    in.mmsid = chosenTemplate() ? chosenTemplate()->mmsid : m_template->currentText().trimmed();
    in.tpl = chosenTemplate();
    in.byCarrier = m_summary.byCarrier;
    in.batches = int((m_summary.valid + kMaxNumbersPerRequest - 1) / kMaxNumbersPerRequest);
    in.terms = config.balanceTerms(config.activeAccount());
    if (m_balance >= 0)
        in.balance = m_balance;
    in.requestsPerSecond = config.requestsPerSecond();
    if (m_scheduled->isChecked())
        in.startAt = m_startAt->dateTime();
    in.largeSendThreshold = config.largeSendThreshold();
    in.window = m_window->window().value_or(SendWindow::standard());
    in.blockedLeftOut = m_summary.blocked;
    in.cappedLeftOut = m_summary.capped;
    in.caps = FrequencyCaps::parse(config.frequencyCaps(config.activeAccount()), nullptr).value_or(FrequencyCaps::standard());
    return estimateSend(in);
}

void NewCampaignWizard::accept()
{
    if (!m_campaignId) {
        QWizard::accept();
        return;
    }
    if (!m_window->window()) // the edit says why under it
        return;
    // Nothing is sent before the user has seen what it costs and said so.
    auto *confirm = new SendConfirmDialog(estimate(), m_scheduled->isChecked(), this);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QDialog::accepted, this, [this] {
        if (!m_campaignId)
            return;
        // Set before the start, on the same queue: the engine never sees the campaign without it.
        m_service->setSendWindow(m_campaignId, m_window->window().value_or(SendWindow::standard()).toString());
        if (m_scheduled->isChecked())
            m_service->startAt(m_campaignId, m_startAt->dateTime());
        else
            m_service->start(m_campaignId);
        Q_EMIT campaignStarted(m_campaignId);
        QWizard::accept();
    });
    confirm->open();
}

void NewCampaignWizard::reject()
{
    if (m_importing)
        m_service->cancelImport();
    if (m_campaignId && !result())
        m_service->discard(m_campaignId);
    m_campaignId = 0;
    QWizard::reject();
}

} // namespace mms
