// The wizard's first page: the template, and where the recipients come from (a file, with its
// sheet and encoding, or an audience), with the choice to keep a file as an audience.
#include "NewCampaignWizard.h"

#include "RecipientFileChooser.h"
#include "WizardPage.h"
#include "util/Words.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace mms {
using wizard::Page;

QWizardPage *NewCampaignWizard::buildSourcePage()
{
    auto *p = new Page;
    p->setTitle(tr("Template and recipients"));
    p->setSubTitle(tr("Choose an approved template and the file of recipients: an Excel workbook, CSV (GBK or UTF-8) or TXT with one number a line."));
    m_template = new QComboBox;
    m_template->setObjectName(u"templateCombo"_s);
    m_template->setEditable(true);
    m_template->setPlaceholderText(tr("mmsid"));
    m_chooser = new RecipientFileChooser(m_service);
    // Recipients come from a file, or from an audience kept from an earlier one.
    m_source = new QComboBox;
    m_source->setObjectName(u"recipientSourceCombo"_s);
    m_source->addItem(tr("A file"), QString());
    m_segment = new QComboBox;
    m_segment->setObjectName(u"audienceSegmentCombo"_s);
    for (PastOutcome o : {PastOutcome::Any, PastOutcome::Delivered, PastOutcome::Failed, PastOutcome::Replied, PastOutcome::NeverSent})
        m_segment->addItem(pastOutcomeLabel(o), int(o));
    m_segment->setToolTip(tr("What became of the messages sent to each member before, across this account's campaigns"));
    m_audienceInfo = new QLabel;
    m_audienceInfo->setObjectName(u"audienceInfoLabel"_s);
    m_audienceInfo->setWordWrap(true);
    m_keepAudience = new QCheckBox(tr("Also &keep this list as an audience named:"));
    m_keepAudience->setObjectName(u"keepAudienceCheck"_s);
    m_audienceName = new QLineEdit;
    m_audienceName->setObjectName(u"audienceNameEdit"_s);
    m_audienceName->setPlaceholderText(tr("e.g. 会员 2026"));
    m_audienceName->setEnabled(false);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keepAudience);
    keepRow->addWidget(m_audienceName, 1);
    auto *form = new QFormLayout(p);
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("Recipients &from:"), m_source);
    // A row holding a compound widget gets no buddy from the form: without one "&R" shows as it is.
    auto *fileLabel = new QLabel(tr("&Recipients file:"));
    fileLabel->setBuddy(m_chooser->pathEdit());
    form->addRow(fileLabel, m_chooser);
    form->addRow(QString(), m_audienceInfo);
    auto *segmentLabel = new QLabel(tr("&Send to:"));
    segmentLabel->setBuddy(m_segment);
    form->addRow(segmentLabel, m_segment);
    form->addRow(QString(), keepRow);
    m_audienceInfo->hide();
    m_segment->hide();
    segmentLabel->hide();
    connect(m_chooser, &RecipientFileChooser::changed, p, [this, p] {
        if (!audience().isEmpty())
            return;
        m_sniff = m_chooser->sniff();
        if (m_audienceName->text().isEmpty() && m_chooser->isReady())
            m_audienceName->setText(QFileInfo(m_sniff.path).completeBaseName());
        p->changed();
    });
    connect(m_keepAudience, &QCheckBox::toggled, m_audienceName, &QWidget::setEnabled);
    connect(m_source, &QComboBox::currentIndexChanged, p, [this, fileLabel, keepRow, segmentLabel, p] {
        const QString name = audience();
        m_segment->setVisible(!name.isEmpty());
        segmentLabel->setVisible(!name.isEmpty());
        m_chooser->setVisible(name.isEmpty());
        fileLabel->setVisible(name.isEmpty());
        m_keepAudience->setVisible(name.isEmpty());
        m_audienceName->setVisible(name.isEmpty());
        m_audienceInfo->setVisible(!name.isEmpty());
        m_audienceReady = false;
        if (name.isEmpty()) {
            m_sniff = m_chooser->sniff();
        } else {
            m_audienceInfo->setText(tr("Reading the audience…"));
            m_service->sniffAudience(name);
        }
        p->changed();
    });
    connect(m_service, &CampaignService::sniffed, p, [this, p](const FileSniff &sniff) {
        if (audience().isEmpty() || sniff.path != CampaignService::audiencePath(audience()))
            return;
        m_sniff = sniff;
        m_audienceReady = sniff.ok();
        m_audienceInfo->setText(sniff.ok() ? tr("%Ln member(s); columns: %1.", nullptr, int(sniff.fileSize)).arg(words::list(sniff.header.mid(1)))
                                           : sniff.error);
        p->changed();
    });
    connect(m_service, &CampaignService::audiencesLoaded, this, [this](const QList<AudienceRow> &audiences) {
        const QString chosen = audience();
        const QSignalBlocker quiet(m_source);
        while (m_source->count() > 1)
            m_source->removeItem(1);
        const QLocale locale;
        for (const AudienceRow &a : audiences)
            m_source->addItem(tr("Audience “%1” (%2)").arg(a.name, locale.toString(a.members)), a.name);
        const int index = m_source->findData(chosen);
        m_source->setCurrentIndex(index < 0 ? 0 : index);
    });
    connect(m_template, &QComboBox::currentTextChanged, p, [p] { p->changed(); });
    p->complete = [this] {
        return (audience().isEmpty() ? m_chooser->isReady() : m_audienceReady) && !m_template->currentText().trimmed().isEmpty()
               && (!m_keepAudience->isChecked() || !audience().isEmpty() || !m_audienceName->text().trimmed().isEmpty());
    };
    connect(m_audienceName, &QLineEdit::textChanged, p, [p] { p->changed(); });
    return p;
}

QString NewCampaignWizard::audience() const
{
    return m_source ? m_source->currentData().toString() : QString();
}

} // namespace mms
