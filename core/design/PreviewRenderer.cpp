#include "design/PreviewRenderer.h"

#include "design/AudioDuration.h"
#include "design/Placeholders.h"
#include "util/DataPaths.h"

#include <QFile>
#include <QFont>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

using namespace Qt::Literals::StringLiterals;

namespace mms {

std::optional<PreviewStyle::Look> PreviewStyle::lookFromName(const QString &name)
{
    if (name == u"android"_s)
        return Look::Android;
    if (name == u"ios"_s)
        return Look::Ios;
    return std::nullopt;
}

std::optional<PreviewStyle::Theme> PreviewStyle::themeFromName(const QString &name)
{
    if (name == u"light"_s)
        return Theme::Light;
    if (name == u"dark"_s)
        return Theme::Dark;
    return std::nullopt;
}

struct PreviewRenderer::Palette
{
    QColor background, bar, barText, bubble, bubbleText, muted, accent;
    double corner = 0.03; // the bubble's corner radius, a share of the width
    bool senderCentered = false;
    QString footer;
};

PreviewRenderer::PreviewRenderer(const MmsTemplate &tpl, const QMap<QString, QString> &values, const PreviewStyle &style)
    : m_tpl(tpl)
    , m_values(values)
    , m_style(style)
{
}

namespace {
// The phone styles, as data (core/data/phone-styles.json, or one in the data folder).
QJsonObject phoneStyles()
{
    static const QJsonObject styles = [] {
        for (const QString &path : QStringList{paths::dataDir() + u"/phone-styles.json"_s, u":/mms/phone-styles.json"_s}) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            if (o.value(u"android"_s).isObject() && o.value(u"ios"_s).isObject())
                return o;
            qWarning("%s ignored: it needs an android and an ios style", qPrintable(path));
        }
        return QJsonObject();
    }();
    return styles;
}
} // namespace

PreviewRenderer::Palette PreviewRenderer::palette() const
{
    const QJsonObject look = phoneStyles().value(m_style.look == PreviewStyle::Look::Ios ? u"ios"_s : u"android"_s).toObject();
    const QJsonObject c = look.value(m_style.theme == PreviewStyle::Theme::Dark ? u"dark"_s : u"light"_s).toObject();
    const auto colour = [&c](const char *name, const char *fallback) {
        const QColor v(c.value(QLatin1String(name)).toString());
        return v.isValid() ? v : QColor(QLatin1String(fallback));
    };
    Palette p;
    p.background = colour("background", "#ffffff");
    p.bar = colour("bar", "#1a73e8");
    p.barText = colour("barText", "#ffffff");
    p.bubble = colour("bubble", "#e9e9eb");
    p.bubbleText = colour("bubbleText", "#000000");
    p.muted = colour("muted", "#8e8e93");
    p.accent = colour("accent", "#1a73e8");
    p.corner = qBound(0.0, look.value(u"corner"_s).toDouble(0.03), 0.2);
    p.senderCentered = look.value(u"senderCentered"_s).toBool();
    p.footer = look.value(u"footer"_s).toString();
    return p;
}

void PreviewRenderer::drawMark(QPainter &p, const QRect &area) const
{
    // "预览" in a red rounded badge, top right: a preview, not a message that was sent.
    QFont f = p.font();
    f.setPixelSize(qMax(12, area.width() / 28));
    f.setBold(true);
    p.save();
    p.setFont(f);
    const QString mark = u"预览"_s;
    const QFontMetrics m(f);
    const QRect badge(area.right() - m.horizontalAdvance(mark) - 24 - 8, area.top() + 8, m.horizontalAdvance(mark) + 24, m.height() + 8);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xd9, 0x30, 0x25, 220));
    p.drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    p.setPen(Qt::white);
    p.drawText(badge, Qt::AlignCenter, mark);
    p.restore();
}

namespace {
// Lays text out in width: its lines, for drawing and for the height it needs.
int textHeight(const QString &text, const QFont &font, int width)
{
    const QFontMetrics m(font);
    return m.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text).height();
}

QImage scaledToWidth(const QImage &img, int width, int maxHeight)
{
    if (img.isNull())
        return img;
    QImage s = img.scaledToWidth(width, Qt::SmoothTransformation);
    if (s.height() > maxHeight)
        s = img.scaledToHeight(maxHeight, Qt::SmoothTransformation);
    return s;
}
} // namespace

QList<PreviewRenderer::Source> PreviewRenderer::sources() const
{
    QList<Source> out;
    if (!m_tpl.subject.isEmpty())
        out << Source{Source::Title, -1, -1, m_tpl.subject};
    for (int f = 0; f < m_tpl.frames.size(); ++f) {
        const QList<Attachment> &as = m_tpl.frames.at(f).attachments;
        for (int i = 0; i < as.size(); ++i) {
            const Attachment &a = as.at(i);
            switch (a.kind()) {
            case MediaKind::Image: out << Source{Source::Picture, f, i, a.fileName}; break;
            case MediaKind::Video: out << Source{Source::Video, f, i, a.fileName}; break;
            case MediaKind::Text:
                out << Source{Source::Text, f, i, placeholders::substitute(QString::fromUtf8(a.data), m_values)};
                break;
            case MediaKind::Audio: {
                const qint64 ms = audioDurationMs(a.data);
                out << Source{Source::Sound, f, i,
                              ms > 0 ? u"♪  %1\"  %2"_s.arg(QLocale().toString(ms / 1000.0, 'f', 0), a.fileName) : u"♪  "_s + a.fileName};
                break;
            }
            case MediaKind::Unsupported: break;
            }
        }
    }
    return out;
}

QStringList PreviewRenderer::outline() const
{
    static const char *const kinds[] = {"title", "picture", "video", "text", "sound"};
    QStringList out;
    for (const Source &s : sources())
        out << QString::fromLatin1(kinds[s.kind]) + u": "_s + s.text;
    return out;
}

QImage PreviewRenderer::conversation(const QHash<QString, QImage> &posters, int width) const
{
    const Palette pal = palette();
    const int margin = width / 24, bubbleWidth = width * 3 / 4, pad = width / 40;
    QFont body;
    body.setPixelSize(width / 26);
    QFont title = body;
    title.setBold(true);
    title.setPixelSize(width / 23);
    QFont small = body;
    small.setPixelSize(width / 34);
    const int inner = bubbleWidth - 2 * pad;

    // The parts in the message's order, each with its height in the bubble.
    struct Part
    {
        enum Kind { Picture, Video, Text, Sound } kind;
        QImage image;
        QString text;
        int height = 0;
    };
    QList<Part> parts;
    for (const Source &src : sources()) {
        switch (src.kind) {
        case Source::Title:
            parts << Part{Part::Text, {}, src.text, textHeight(src.text, title, inner)};
            break;
        case Source::Picture: {
            const QImage img = scaledToWidth(QImage::fromData(m_tpl.frames.at(src.frame).attachments.at(src.attachment).data), inner, width);
            if (!img.isNull())
                parts << Part{Part::Picture, img, {}, img.height()};
            break;
        }
        case Source::Video: {
            QImage poster = posters.value(u"%1/%2"_s.arg(src.frame).arg(src.attachment));
            if (poster.isNull()) {
                poster = QImage(inner, inner * 9 / 16, QImage::Format_RGB32);
                poster.fill(QColor(0x30, 0x30, 0x30));
            }
            poster = scaledToWidth(poster, inner, width);
            parts << Part{Part::Video, poster, {}, poster.height()};
            break;
        }
        case Source::Text:
            parts << Part{Part::Text, {}, src.text, textHeight(src.text, body, inner)};
            break;
        case Source::Sound:
            parts << Part{Part::Sound, {}, src.text, QFontMetrics(body).height() + pad};
            break;
        }
    }
    const int barHeight = width / 7;
    const int timeHeight = QFontMetrics(small).height() + 2 * pad;
    int bubbleHeight = pad;
    for (const Part &p : std::as_const(parts))
        bubbleHeight += p.height + pad;
    const int height = barHeight + timeHeight + bubbleHeight + 2 * margin + QFontMetrics(small).height() * 2;

    QImage out(width, height, QImage::Format_ARGB32_Premultiplied);
    out.fill(pal.background);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    // The app's bar: who it is from.
    p.fillRect(QRect(0, 0, width, barHeight), pal.bar);
    p.setPen(pal.barText);
    QFont barFont = title;
    p.setFont(barFont);
    p.drawText(QRect(margin, 0, width - 2 * margin, barHeight), (pal.senderCentered ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter, m_style.sender);
    // The time the message came.
    const QDateTime when = m_style.time.isValid() ? m_style.time : QDateTime::currentDateTime();
    p.setFont(small);
    p.setPen(pal.muted);
    p.drawText(QRect(0, barHeight, width, timeHeight), Qt::AlignCenter, QLocale().toString(when, u"M月d日 HH:mm"_s));
    // The message: one bubble (a card on Android) holding the parts in order.
    const QRect bubble(margin, barHeight + timeHeight, bubbleWidth, bubbleHeight);
    QPainterPath path;
    path.addRoundedRect(bubble, width * pal.corner, width * pal.corner);
    p.fillPath(path, pal.bubble);
    int y = bubble.top() + pad;
    for (int i = 0; i < parts.size(); ++i) {
        const Part &part = parts.at(i);
        const QRect r(bubble.left() + pad, y, inner, part.height);
        switch (part.kind) {
        case Part::Picture:
            p.drawImage(QPoint(r.left() + (inner - part.image.width()) / 2, r.top()), part.image);
            break;
        case Part::Video: {
            const QPoint at(r.left() + (inner - part.image.width()) / 2, r.top());
            p.drawImage(at, part.image);
            // The play mark: a white triangle in a dark circle.
            const int d = qMin(part.image.width(), part.image.height()) / 4;
            const QPoint c = at + QPoint(part.image.width() / 2, part.image.height() / 2);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0, 0, 0, 140));
            p.drawEllipse(c, d / 2, d / 2);
            p.setBrush(Qt::white);
            const QPolygon tri({c + QPoint(-d / 6, -d / 4), c + QPoint(-d / 6, d / 4), c + QPoint(d / 4, 0)});
            p.drawPolygon(tri);
            break;
        }
        case Part::Text:
            p.setPen(pal.bubbleText);
            p.setFont(i == 0 && !m_tpl.subject.isEmpty() ? title : body);
            p.drawText(r, Qt::TextWordWrap, part.text);
            break;
        case Part::Sound: {
            QPainterPath pill;
            pill.addRoundedRect(QRectF(r.adjusted(0, 0, 0, -pad / 2)), r.height() / 2.5, r.height() / 2.5);
            p.fillPath(pill, pal.accent);
            p.setPen(Qt::white);
            p.setFont(body);
            p.drawText(r.adjusted(pad, 0, -pad, -pad / 2), Qt::AlignVCenter | Qt::AlignLeft, part.text);
            break;
        }
        }
        y += part.height + pad;
    }
    p.setFont(small);
    p.setPen(pal.muted);
    p.drawText(QRect(margin, bubble.bottom() + margin / 2, width - 2 * margin, QFontMetrics(small).height() * 2), Qt::AlignLeft,
               pal.footer);
    drawMark(p, QRect(0, barHeight, width, height - barHeight));
    return out;
}

QImage PreviewRenderer::slide(int frame, QSize size, QRect *videoRect) const
{
    const Palette pal = palette();
    const int w = size.width(), h = size.height(), pad = w / 30;
    QImage out(size, QImage::Format_RGB32);
    out.fill(pal.background);
    if (videoRect)
        *videoRect = QRect();
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    QFont body;
    body.setPixelSize(w / 24);
    QFont title = body;
    title.setBold(true);
    // The subject, as the player's title bar.
    const int barHeight = w / 7;
    p.fillRect(QRect(0, 0, w, barHeight), pal.bar);
    p.setPen(pal.barText);
    p.setFont(title);
    p.drawText(QRect(pad, 0, w - 2 * pad, barHeight), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
               QFontMetrics(title).elidedText(m_tpl.subject, Qt::ElideRight, w - 2 * pad - w / 5));
    if (frame < 0 || frame >= m_tpl.frames.size()) {
        drawMark(p, out.rect());
        return out;
    }
    const QList<Attachment> &as = m_tpl.frames.at(frame).attachments;
    int visuals = 0;
    for (const Attachment &a : as)
        visuals += a.kind() == MediaKind::Image || a.kind() == MediaKind::Video;
    QString sound;
    int y = barHeight + pad;
    const int bottom = h - pad - QFontMetrics(body).height() * 2;
    // Pictures and videos share what the text leaves, in the frame's order.
    int textNeed = 0;
    for (const Attachment &a : as)
        if (a.kind() == MediaKind::Text)
            textNeed += textHeight(placeholders::substitute(QString::fromUtf8(a.data), m_values), body, w - 2 * pad) + pad;
    const int visualRoom = visuals ? qMax(h / 5, (bottom - y - textNeed) / visuals - pad) : 0;
    for (const Attachment &a : as) {
        switch (a.kind()) {
        case MediaKind::Image: {
            const QImage img = QImage::fromData(a.data);
            if (img.isNull())
                break;
            const QImage s = img.scaled(w - 2 * pad, visualRoom, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            p.drawImage(QPoint((w - s.width()) / 2, y), s);
            y += s.height() + pad;
            break;
        }
        case MediaKind::Video: {
            // Room kept for the video, drawn over the picture later (16:9 unless it does not fit).
            int vw = w - 2 * pad, vh = vw * 9 / 16;
            if (vh > visualRoom) {
                vh = visualRoom;
                vw = vh * 16 / 9;
            }
            const QRect r((w - vw) / 2, y, vw, vh);
            p.fillRect(r, Qt::black);
            if (videoRect && videoRect->isNull())
                *videoRect = r;
            y += vh + pad;
            break;
        }
        case MediaKind::Text: {
            const QString t = placeholders::substitute(QString::fromUtf8(a.data), m_values);
            const int th = textHeight(t, body, w - 2 * pad);
            p.setPen(pal.bubbleText == Qt::white || m_style.theme == PreviewStyle::Theme::Dark ? QColor(0xee, 0xee, 0xee) : QColor(0x22, 0x22, 0x22));
            p.setFont(body);
            p.drawText(QRect(pad, y, w - 2 * pad, th), Qt::TextWordWrap, t);
            y += th + pad;
            break;
        }
        case MediaKind::Audio:
            sound = a.fileName;
            break;
        case MediaKind::Unsupported:
            break;
        }
    }
    if (!sound.isEmpty()) {
        p.setPen(pal.accent);
        p.setFont(body);
        p.drawText(QRect(pad, bottom, w - 2 * pad, h - bottom - pad), Qt::AlignLeft | Qt::AlignVCenter, u"♪ "_s + sound);
    }
    drawMark(p, out.rect());
    return out;
}

} // namespace mms
