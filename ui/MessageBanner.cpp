#include "MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace mms {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel)
    , m_scroll(new QScrollArea(this))
    , m_close(new QToolButton(this))
{
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setTextFormat(Qt::PlainText);
    m_scroll->setWidget(m_label);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setStyleSheet(u"background: transparent;"_s);
    // About four lines, whatever the font's size (HiDPI, a larger system font).
    m_scroll->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 8);
    m_scroll->setMinimumHeight(fontMetrics().lineSpacing() + 4);
    m_close->setObjectName(u"bannerCloseButton"_s);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBanner::show(const QString &text, Kind kind)
{
    m_label->setText(text);
    const char16_t *style = kind == Kind::Error     ? u"mms--MessageBanner { background:#fdecea; border-radius:4px; } QLabel { color:#8a1f11; }"
                            : kind == Kind::Warning ? u"mms--MessageBanner { background:#fff4e0; border-radius:4px; } QLabel { color:#6b4300; }"
                                                    : u"mms--MessageBanner { background:#e8f4e8; border-radius:4px; } QLabel { color:#1e5c1e; }";
    setStyleSheet(QString::fromUtf16(style));
    setProperty("error", kind == Kind::Error);
    setVisible(!text.isEmpty());
    // The label's height for its width, so that short messages take one line only.
    m_scroll->setMinimumHeight(qMin(m_scroll->maximumHeight(), m_label->heightForWidth(qMax(200, m_scroll->width())) + 2));
}

QString MessageBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace mms
