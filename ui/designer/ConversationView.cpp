#include "ConversationView.h"

#include "designer/ThumbnailCache.h"
#include "design/TemplateDocument.h"

#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace mms {

ConversationView::ConversationView(TemplateDocument *doc, ThumbnailCache *posters, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_posters(posters)
    , m_style(new QComboBox(this))
    , m_scroll(new QScrollArea(this))
    , m_label(new QLabel(m_scroll))
    , m_timer(new QTimer(this))
{
    setObjectName(u"conversationView"_s);
    m_style->setObjectName(u"conversationStyle"_s);
    m_style->setToolTip(tr("How the recipient's phone shows it"));
    m_style->addItem(tr("Android, light"), 0);
    m_style->addItem(tr("Android, dark"), 1);
    m_style->addItem(tr("iPhone, light"), 2);
    m_style->addItem(tr("iPhone, dark"), 3);
    m_label->setObjectName(u"conversationPicture"_s);
    m_label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setWidget(m_label);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_style);
    layout->addWidget(m_scroll, 1);
    // Typing redraws at most every 200 ms, and only while the view is shown.
    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &ConversationView::render);
    const auto later = [this] {
        if (isVisible())
            m_timer->start();
    };
    connect(m_doc, &TemplateDocument::changed, this, later);
    connect(m_doc, &TemplateDocument::samplesChanged, this, later);
    connect(m_posters, &ThumbnailCache::updated, this, later);
    connect(m_style, &QComboBox::currentIndexChanged, this, &ConversationView::render);
}

PreviewStyle ConversationView::style() const
{
    PreviewStyle s;
    const int v = m_style->currentData().toInt();
    s.look = v >= 2 ? PreviewStyle::Look::Ios : PreviewStyle::Look::Android;
    s.theme = v % 2 ? PreviewStyle::Theme::Dark : PreviewStyle::Theme::Light;
    return s;
}

void ConversationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    render();
}

void ConversationView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fit();
}

void ConversationView::render()
{
    const MmsTemplate &tpl = m_doc->tpl();
    QHash<QString, QImage> posters;
    for (int f = 0; f < tpl.frames.size(); ++f)
        for (int i = 0; i < tpl.frames.at(f).attachments.size(); ++i)
            if (tpl.frames.at(f).attachments.at(i).kind() == MediaKind::Video)
                posters.insert(u"%1/%2"_s.arg(f).arg(i), m_posters->videoFrame(tpl.frames.at(f).attachments.at(i)));
    m_picture = PreviewRenderer(tpl, m_doc->samples(), style()).conversation(posters, 720);
    fit();
}

void ConversationView::fit()
{
    if (m_picture.isNull())
        return;
    // The scroll bar's room kept from the start: the picture is taller than the view.
    const int width = qMax(120, m_scroll->width() - m_scroll->verticalScrollBar()->sizeHint().width() - 2 * m_scroll->frameWidth() - 2);
    const qreal dpr = devicePixelRatioF();
    QPixmap shown = QPixmap::fromImage(m_picture.scaledToWidth(int(width * dpr), Qt::SmoothTransformation));
    shown.setDevicePixelRatio(dpr);
    m_label->setPixmap(shown);
}

} // namespace mms
