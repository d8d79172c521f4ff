#include "designer/SubmitPanel.h"
#include "util/Words.h"

#include "campaign/CampaignService.h"
#include "design/TemplateDocument.h"
#include "designer/CheckPanel.h"
#include "protocol/Carriers.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace mms {

SubmitPanel::SubmitPanel(TemplateDocument *doc, CampaignService *service, CheckPanel *check, QAction *submitAction, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_service(service)
    , m_check(check)
    , m_submitAction(submitAction)
    , m_submit(new QPushButton(tr("Su&bmit to the platform"), this))
    , m_submitNew(new QPushButton(tr("Submit as a new template"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_hashTimer(new QTimer(this))
{
    setObjectName(u"submitPanel"_s);
    m_submit->setObjectName(u"submitTemplateButton"_s);
    m_submit->setIcon(QIcon(u":/icons/actions/submit.svg"_s));
    m_submitNew->setObjectName(u"submitAsNewButton"_s);
    m_submitNew->setToolTip(tr("Create another template at the platform with the same content (each carrier audits it again)."));
    m_submitNew->hide();
    m_progress->setObjectName(u"submitProgress"_s);
    m_progress->setRange(0, 0); // busy: the platform gives no progress
    m_progress->setMaximumHeight(8);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setObjectName(u"submitStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_submit, 1);
    buttons->addWidget(m_submitNew);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    // Hashing a template of 2 MB takes milliseconds; after a pause in typing is soon enough.
    m_hashTimer->setSingleShot(true);
    m_hashTimer->setInterval(150);
    // Off the GUI thread: an unfitted template may hold 100 MB files. The template is a shared
    // copy; a result for an older copy than the latest edit's is dropped.
    connect(m_hashTimer, &QTimer::timeout, this, [this] {
        const int generation = ++m_hashGeneration;
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_hashGeneration)
                return;
            const QString hash = watcher->result();
            if (hash != m_hash)
                m_note.clear(); // it spoke of the content before this edit
            m_hash = hash;
            updateState();
        });
        watcher->setFuture(QtConcurrent::run([tpl = m_doc->tpl()] { return tpl.contentHash(); }));
    });
    connect(m_doc, &TemplateDocument::changed, m_hashTimer, qOverload<>(&QTimer::start));
    connect(m_submit, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_submitNew, &QPushButton::clicked, this, [this] { submit(true); });
    connect(m_service, &CampaignService::templatesLoaded, this, &SubmitPanel::templatesLoaded);
    connect(m_service, &CampaignService::templateSubmitted, this, [this](const QString &mmsid, const QString &error) {
        if (!m_submitting)
            return;
        m_submitting = false;
        if (mmsid.isEmpty()) {
            m_note = tr("The platform refused the template: %1").arg(error);
        } else {
            m_lastSubmitted = mmsid;
            m_note = error; // recorded or not
        }
        updateState();
    });
    connect(m_service, &CampaignService::templateExists, this, [this](const TemplateRow &existing) {
        if (!m_submitting)
            return;
        m_submitting = false;
        m_lastSubmitted = existing.mmsid;
        if (!m_templates.isEmpty() && std::none_of(m_templates.cbegin(), m_templates.cend(),
                                                  [&](const TemplateRow &t) { return t.id == existing.id; }))
            m_templates << existing;
        m_note = tr("Nothing was sent: this content is already template %1. To have it audited again as another "
                    "template, use \"Submit as a new template\".").arg(existing.mmsid);
        updateState();
    });
    m_hash = m_doc->tpl().contentHash();
    updateState();
}

void SubmitPanel::submit(bool again)
{
    if (m_check->hasErrors() || m_submitting)
        return;
    m_submitting = true;
    m_note.clear();
    m_status->setProperty("mmsid", QVariant());
    updateState();
    m_service->submitTemplate(m_doc->project(), again);
}

void SubmitPanel::reset()
{
    m_lastSubmitted.clear();
    m_note.clear();
    m_hash.clear(); // hashed again shortly, off the GUI thread
    m_hashTimer->start();
    updateState();
}

void SubmitPanel::templatesLoaded(const QList<TemplateRow> &rows)
{
    m_templates = rows;
    updateState();
}

std::optional<TemplateRow> SubmitPanel::submittedAs() const
{
    if (m_hash.isEmpty() || m_doc->tpl().frames.isEmpty())
        return std::nullopt;
    // The newest template with this content (several, when it was submitted again on purpose).
    for (auto it = m_templates.crbegin(); it != m_templates.crend(); ++it) {
        if (it->contentHash == m_hash)
            return *it;
    }
    return std::nullopt;
}

QString SubmitPanel::auditsText(const TemplateRow &t) const
{
    QStringList states;
    for (int c = 1; c <= 3; ++c) {
        const AuditState &a = t.audits[size_t(c - 1)];
        states << words::labelled(Carriers::name(c), a.status == 1   ? tr("approved")
                                                     : a.status == 2 ? tr("rejected (%1)").arg(a.message)
                                                                     : tr("waiting"));
    }
    return words::clauses(states);
}

void SubmitPanel::updateState()
{
    const bool errors = m_check->hasErrors();
    const auto existing = submittedAs();
    m_submit->setEnabled(!errors && !m_submitting);
    m_submitAction->setEnabled(!errors && !m_submitting);
    m_progress->setVisible(m_submitting);
    m_submitNew->setVisible(existing.has_value() && !m_submitting);
    m_submitNew->setEnabled(!errors && !m_submitting);
    m_status->setProperty("mmsid", existing ? QVariant(existing->mmsid) : QVariant());
    QString text;
    if (m_submitting) {
        text = tr("Submitting \"%1\" to the platform…").arg(m_doc->tpl().subject);
        m_submit->setToolTip(tr("Submitting…"));
    } else if (existing) {
        text = tr("Submitted as template %1 on %2. %3")
                   .arg(existing->mmsid,
                        QDateTime::fromString(existing->createdAt, Qt::ISODateWithMs).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                        auditsText(*existing));
        m_submit->setToolTip(tr("This content is already a template: Submit names it instead of making another."));
    } else if (!m_lastSubmitted.isEmpty()) {
        text = tr("Changed since it was submitted as template %1: submit it to create a new template.").arg(m_lastSubmitted);
        m_submit->setToolTip(tr("Create the template on the platform; each carrier then audits it."));
    } else if (errors) {
        text = tr("Submit is disabled while errors remain (marked ✖ above).");
        m_submit->setToolTip(tr("Fix the errors in the list above first."));
    } else {
        text = tr("Ready to submit.");
        m_submit->setToolTip(tr("Create the template on the platform; each carrier then audits it."));
    }
    if (!m_note.isEmpty() && !m_submitting)
        text += u"\n"_s + m_note;
    m_status->setText(text);
}

} // namespace mms
