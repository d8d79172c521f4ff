#include "FrequencyCapsEdit.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace mms {

FrequencyCapsEdit::FrequencyCapsEdit(QWidget *parent)
    : QWidget(parent)
    , m_on(new QCheckBox(tr("The same template at most"), this))
    , m_template(new QSpinBox(this))
    , m_day(new QSpinBox(this))
    , m_hour(new QSpinBox(this))
    , m_note(new QLabel(this))
{
    setObjectName(u"frequencyCapsEdit"_s);
    m_on->setObjectName(u"capsCheck"_s);
    m_template->setObjectName(u"capTemplateSpin"_s);
    m_day->setObjectName(u"capDaySpin"_s);
    m_hour->setObjectName(u"capHourSpin"_s);
    m_note->setObjectName(u"capsNoteLabel"_s);
    m_note->setWordWrap(true);
    m_on->setToolTip(tr("Aliyun allows one template once a day per number and 10 messages a day; JD Cloud 20 a day. "
                        "A send reported failed does not count; test sends neither count nor are capped."));
    // Units in the boxes (suffix, prefix) so each language puts them where it says them:
    // "at most 1 a day" and "每天最多 1 条".
    for (QSpinBox *s : {m_template, m_day}) {
        s->setRange(1, FrequencyCaps::kMaxCap);
        s->setSuffix(tr(" a day"));
    }
    m_hour->setRange(0, FrequencyCaps::kMaxCap);
    m_hour->setPrefix(tr("at most "));
    m_hour->setSuffix(tr(" an hour"));
    m_hour->setSpecialValueText(tr("no hourly cap"));
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(m_on);
    row->addWidget(m_template);
    row->addWidget(new QLabel(tr("; all messages at most"), this));
    row->addWidget(m_day);
    row->addWidget(new QLabel(tr(";", "between the daily and the hourly cap"), this));
    row->addWidget(m_hour);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_note);
    connect(m_on, &QCheckBox::toggled, this, &FrequencyCapsEdit::update);
    for (QSpinBox *s : {m_template, m_day, m_hour})
        connect(s, &QSpinBox::valueChanged, this, &FrequencyCapsEdit::update);
    setCaps(FrequencyCaps::standard());
}

void FrequencyCapsEdit::setCaps(const FrequencyCaps &caps)
{
    const FrequencyCaps shown = caps.isOff() ? FrequencyCaps::standard() : caps;
    const QSignalBlocker a(m_on), b(m_template), c(m_day), d(m_hour);
    m_on->setChecked(!caps.isOff());
    m_template->setValue(shown.sameTemplatePerDay());
    m_day->setValue(shown.perDay());
    m_hour->setValue(shown.perHour());
    update();
}

std::optional<FrequencyCaps> FrequencyCapsEdit::caps() const
{
    if (!m_on->isChecked())
        return FrequencyCaps::off();
    return FrequencyCaps::make(m_template->value(), m_day->value(), m_hour->value(), nullptr);
}

void FrequencyCapsEdit::update()
{
    for (QSpinBox *s : {m_template, m_day, m_hour})
        s->setEnabled(m_on->isChecked());
    QString error;
    const auto c = m_on->isChecked() ? FrequencyCaps::make(m_template->value(), m_day->value(), m_hour->value(), &error)
                                     : std::optional<FrequencyCaps>(FrequencyCaps::off());
    m_note->setProperty("error", !c.has_value());
    m_note->setStyleSheet(c ? QString() : u"color: #b00020"_s);
    m_note->setText(!c ? error
                    : c->isOff() ? tr("No caps: a number may get any number of messages a day. The platforms may refuse or block what exceeds theirs.")
                                 : tr("Per number, China time; a send reported failed does not count. Numbers over a cap are left out and counted."));
}

} // namespace mms
