#include "ResendDialog.h"

#include "SendConfirmDialog.h"
#include "TemplateLabel.h"
#include "campaign/CampaignService.h"
#include "campaign/SendEstimate.h"
#include "protocol/Carriers.h"
#include "protocol/Requests.h"
#include "util/Config.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace mms {

ResendDialog::ResendDialog(CampaignService *service, const CampaignRow &campaign, const QString &campaignName, double balance,
                           QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_campaign(campaign)
    , m_balance(balance)
    , m_failed(new QRadioButton(tr("Only those reported &failed"), this))
    , m_unreached(new QRadioButton(tr("Everyone &not reached: also no report after"), this))
    , m_hours(new QSpinBox(this))
    , m_template(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_create(new QPushButton(tr("Make the campaign and confirm…"), this))
{
    setObjectName(u"resendDialog"_s);
    setWindowTitle(tr("Send again: %1").arg(campaignName));
    m_failed->setObjectName(u"resendFailedRadio"_s);
    m_unreached->setObjectName(u"resendUnreachedRadio"_s);
    m_unreached->setToolTip(tr("Numbers with no report by then, and those of batches the platform refused or that were cancelled (nothing was sent to them)."));
    m_hours->setObjectName(u"resendHoursSpin"_s);
    m_hours->setRange(0, 720);
    m_hours->setValue(24);
    m_hours->setSuffix(tr(" h"));
    m_template->setObjectName(u"resendTemplateCombo"_s);
    m_count->setObjectName(u"resendCountLabel"_s);
    m_count->setWordWrap(true);
    m_create->setObjectName(u"resendCreateButton"_s);
    m_failed->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_failed);
    group->addButton(m_unreached);

    auto *intro = new QLabel(tr("A new campaign of exactly those this one did not reach, each with their own values. "
                                "Numbers on the blocklist now are left out; the sending window stays the campaign's."), this);
    intro->setWordWrap(true);
    auto *unreachedRow = new QHBoxLayout;
    unreachedRow->addWidget(m_unreached);
    unreachedRow->addWidget(m_hours);
    unreachedRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Template:"), m_template);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"resendCancelButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_failed);
    layout->addLayout(unreachedRow);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_failed, &QRadioButton::toggled, this, &ResendDialog::recount);
    connect(m_hours, &QSpinBox::valueChanged, this, [this] {
        if (m_unreached->isChecked())
            recount();
    });
    connect(m_create, &QPushButton::clicked, this, &ResendDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_service, &CampaignService::resendCounted, this, [this](qint64 id, const ResendCounts &c, const QString &error) {
        if (id != m_campaign.id || m_creating)
            return;
        const QLocale locale;
        if (!error.isEmpty()) {
            m_count->setText(tr("Cannot count them: %1").arg(error));
            m_create->setEnabled(false);
            return;
        }
        QString text = scope() == ResendScope::Failed
                           ? tr("%1 reported failed.").arg(locale.toString(c.failed))
                           : tr("%1 in all: %2 reported failed, %3 with no report, %4 not sent.")
                                 .arg(locale.toString(c.total()), locale.toString(c.failed), locale.toString(c.noReport), locale.toString(c.notSent));
        if (c.undecided > 0)
            text += u' ' + tr("%1 in batches still to send or of unknown outcome stay with this campaign: decide those there.").arg(locale.toString(c.undecided));
        if (c.earlierResends > 0)
            text += u"<br><span style='color:#b04000'>%1</span>"_s.arg(
                tr("This campaign was already sent again %n time(s): whoever that reached may get the message once more.", nullptr, c.earlierResends)
                    .toHtmlEscaped());
        m_count->setText(text);
        m_create->setEnabled(c.total() > 0);
    });
    connect(m_service, &CampaignService::templatesLoaded, this, [this](const QList<TemplateRow> &templates) {
        m_templates = templates;
        m_template->clear();
        for (const TemplateRow &t : templates)
            m_template->addItem(templateLabel(t), t.mmsid);
        if (m_template->findData(m_campaign.mmsid) < 0)
            m_template->insertItem(0, tr("%1 (the campaign's)").arg(m_campaign.mmsid), m_campaign.mmsid);
        m_template->setCurrentIndex(m_template->findData(m_campaign.mmsid));
    });
    connect(m_service, &CampaignService::resendCreated, this, [this](qint64 id, const DraftImportResult &r) {
        if (id != m_campaign.id || !m_creating)
            return;
        m_creating = false;
        if (m_abandoned) {
            // Closed while it was being made: what was made goes, unsent, and so does the dialog.
            if (r.created())
                m_service->discard(r.campaignId);
            QDialog::reject();
            return;
        }
        if (!r.created()) {
            m_count->setText(r.error);
            m_create->setEnabled(true);
            return;
        }
        confirm(r);
    });
    m_template->addItem(m_campaign.mmsid, m_campaign.mmsid);
    m_create->setEnabled(false);
    m_service->loadTemplates();
    recount();
    resize(560, sizeHint().height());
}

void ResendDialog::reject()
{
    if (m_creating) {
        // The draft may be made before the cancel is seen: wait for it (hidden), then discard it.
        m_service->cancelImport();
        m_abandoned = true;
        hide();
        return;
    }
    if (m_draft)
        m_service->discard(std::exchange(m_draft, 0));
    QDialog::reject();
}

ResendScope ResendDialog::scope() const
{
    return m_failed->isChecked() ? ResendScope::Failed : ResendScope::Unreached;
}

QDateTime ResendDialog::cutOff() const
{
    return QDateTime::currentDateTimeUtc().addSecs(-qint64(m_hours->value()) * 3600);
}

void ResendDialog::recount()
{
    m_count->setText(tr("Counting…"));
    m_create->setEnabled(false);
    m_service->countResend(m_campaign.id, scope(), cutOff());
}

void ResendDialog::create()
{
    m_creating = true;
    m_create->setEnabled(false);
    m_count->setText(tr("Making the campaign…"));
    m_service->createResend(m_campaign.id, scope(), cutOff(), m_template->currentData().toString());
}

void ResendDialog::confirm(const DraftImportResult &result)
{
    m_draft = result.campaignId;
    const Config config;
    SendEstimateInput in;
    in.mmsid = m_template->currentData().toString();
    for (const TemplateRow &t : std::as_const(m_templates))
        if (t.mmsid == in.mmsid)
            in.tpl = t;
    in.byCarrier = result.summary.byCarrier;
    in.batches = int((result.summary.valid + kMaxNumbersPerRequest - 1) / kMaxNumbersPerRequest);
    in.terms = config.balanceTerms(config.activeAccount());
    if (m_balance >= 0)
        in.balance = m_balance;
    in.requestsPerSecond = config.requestsPerSecond();
    in.largeSendThreshold = config.largeSendThreshold();
    in.window = SendWindow::parse(m_campaign.sendWindow, nullptr).value_or(SendWindow::standard());
    in.blockedLeftOut = result.summary.blocked;
    in.cappedLeftOut = result.summary.capped;
    in.caps = FrequencyCaps::parse(m_campaign.caps, nullptr).value_or(FrequencyCaps::off());
    auto *dialog = new SendConfirmDialog(estimateSend(in), false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_service->start(m_draft);
        Q_EMIT campaignStarted(std::exchange(m_draft, 0));
        accept();
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        // Not confirmed: the draft goes, as the wizard's does.
        m_service->discard(std::exchange(m_draft, 0));
        m_count->setText(tr("Not sent; the campaign was discarded."));
        m_create->setEnabled(true);
    });
    dialog->open();
}

} // namespace mms
