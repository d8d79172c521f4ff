#include "SendWindowEdit.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace mms {

SendWindowEdit::SendWindowEdit(QWidget *parent)
    : QWidget(parent)
    , m_only(new QCheckBox(tr("Send only from"), this))
    , m_start(new QTimeEdit(this))
    , m_end(new QTimeEdit(this))
    , m_note(new QLabel(this))
{
    setObjectName(u"sendWindowEdit"_s);
    m_only->setObjectName(u"windowCheck"_s);
    m_start->setObjectName(u"windowStartEdit"_s);
    m_end->setObjectName(u"windowEndEdit"_s);
    m_note->setObjectName(u"windowNoteLabel"_s);
    m_note->setWordWrap(true);
    for (QTimeEdit *e : {m_start, m_end})
        e->setDisplayFormat(u"HH:mm"_s);
    m_only->setToolTip(tr("Promotional sends are allowed only in the day's hours (SUBMAIL, Aliyun, Huawei, JD Cloud): "
                          "outside them the campaign waits and goes on by itself."));
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_only);
    row->addWidget(m_start);
    row->addWidget(new QLabel(tr("to"), this));
    row->addWidget(m_end);
    row->addWidget(new QLabel(tr("China time"), this));
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_note);
    connect(m_only, &QCheckBox::toggled, this, &SendWindowEdit::update);
    connect(m_start, &QTimeEdit::timeChanged, this, &SendWindowEdit::update);
    connect(m_end, &QTimeEdit::timeChanged, this, &SendWindowEdit::update);
    setWindow(SendWindow::standard());
}

void SendWindowEdit::setWindow(const SendWindow &window)
{
    const SendWindow shown = window.isAnyTime() ? SendWindow::standard() : window;
    const QSignalBlocker a(m_only), b(m_start), c(m_end);
    m_only->setChecked(!window.isAnyTime());
    m_start->setTime(QTime(shown.startMinute() / 60, shown.startMinute() % 60));
    m_end->setTime(QTime((shown.endMinute() / 60) % 24, shown.endMinute() % 60)); // 24:00 shows as 00:00
    update();
}

std::optional<SendWindow> SendWindowEdit::window() const
{
    if (!m_only->isChecked())
        return SendWindow::anyTime();
    const int start = m_start->time().hour() * 60 + m_start->time().minute();
    int end = m_end->time().hour() * 60 + m_end->time().minute();
    if (end == 0)
        end = 24 * 60; // until midnight
    if (start == end || (start == 0 && end == 24 * 60))
        return std::nullopt;
    return SendWindow(start, end);
}

void SendWindowEdit::openDialog(QWidget *parent, const QString &campaignName, const SendWindow &current,
                                std::function<void(const SendWindow &)> done)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(u"sendWindowDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Sending window of %1").arg(campaignName));
    auto *edit = new SendWindowEdit(dialog);
    edit->setWindow(current);
    auto *intro = new QLabel(tr("A waiting campaign looks at the new window at once; one that is sending finishes the batch in flight when it closes, then waits."), dialog);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"sendWindowOkButton"_s);
    connect(edit, &SendWindowEdit::changed, ok, [edit, ok] { ok->setEnabled(edit->window().has_value()); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [dialog, edit, done = std::move(done)] {
        if (const auto w = edit->window()) {
            done(*w);
            dialog->accept();
        }
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void SendWindowEdit::update()
{
    m_start->setEnabled(m_only->isChecked());
    m_end->setEnabled(m_only->isChecked());
    const auto w = window();
    if (!w)
        m_note->setText(tr("The window starts when it ends: choose two different times, or untick it to send at any time."));
    else if (w->isAnyTime())
        m_note->setText(tr("Sends at any hour, night included: carriers may hold or refuse promotional sends at night."));
    else if (w->overMidnight())
        m_note->setText(tr("Runs over midnight: from %1 to %2 the next day.").arg(SendWindow::hhmm(w->startMinute()), SendWindow::hhmm(w->endMinute())));
    else
        m_note->clear();
    m_note->setVisible(!m_note->text().isEmpty());
    Q_EMIT changed();
}

} // namespace mms
