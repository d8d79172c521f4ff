#include "designer/CheckPanel.h"

#include "design/TemplateDocument.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace mms {

CheckPanel::CheckPanel(TemplateDocument *doc, const ContentRules &rules, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_rules(rules)
    , m_list(new QListWidget(this))
    , m_meter(new QProgressBar(this))
    , m_sizeLabel(new QLabel(this))
{
    m_list->setObjectName(u"problemsList"_s);
    m_list->setWordWrap(true);
    m_list->setToolTip(tr("Double-click a problem to go to its frame."));
    m_meter->setObjectName(u"sizeMeter"_s);
    m_meter->setRange(0, 1000);
    m_meter->setTextVisible(true);
    m_sizeLabel->setObjectName(u"sizeLabel"_s);
    m_sizeLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_meter);
    layout->addWidget(m_sizeLabel);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT problemActivated(item->data(Qt::UserRole).toInt(), item->data(Qt::UserRole + 1).toInt());
    });
    // Checks run once per burst of edits (typing), not on every key.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(debounce, &QTimer::timeout, this, &CheckPanel::recheck);
    connect(doc, &TemplateDocument::changed, debounce, qOverload<>(&QTimer::start));
    connect(doc, &TemplateDocument::samplesChanged, debounce, qOverload<>(&QTimer::start));
    recheck();
}

void CheckPanel::recheck()
{
    const MmsTemplate &tpl = m_doc->tpl();
    m_problems = TemplateCheck::check(tpl, m_rules, m_doc->samples());
    m_list->clear();
    for (const Problem &p : std::as_const(m_problems)) {
        auto *item = new QListWidgetItem(style()->standardIcon(p.severity == Problem::Error ? QStyle::SP_MessageBoxCritical
                                                                                            : QStyle::SP_MessageBoxWarning),
                                         p.message);
        item->setData(Qt::UserRole, p.frame);
        item->setData(Qt::UserRole + 1, p.attachment);
        item->setData(Qt::UserRole + 2, p.code);
        m_list->addItem(item);
    }
    if (m_problems.isEmpty())
        m_list->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("No problems found.")));

    const QLocale locale;
    const qint64 bytes = tpl.mediaBytes();
    const qint64 limit = m_rules.mediaMaxBytes;
    m_meter->setValue(int(qMin<qint64>(1000, limit > 0 ? bytes * 1000 / limit : 0)));
    m_meter->setFormat(tr("%1 of %2").arg(locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat),
                                          locale.formattedDataSize(limit, 1, QLocale::DataSizeTraditionalFormat)));
    const QString color = bytes > limit ? u"#c0392b"_s : bytes > limit * 9 / 10 ? u"#e0a000"_s : u"#2e8b57"_s;
    m_meter->setStyleSheet(u"QProgressBar::chunk { background: %1; }"_s.arg(color));
    m_meter->setProperty("overLimit", bytes > limit);
    m_sizeLabel->setText(tr("Request to the platform: %1 (attachments travel as hex, twice their size).")
                             .arg(locale.formattedDataSize(TemplateCheck::encodedRequestBytes(tpl), 1, QLocale::DataSizeTraditionalFormat)));
    Q_EMIT checked();
}

} // namespace mms
