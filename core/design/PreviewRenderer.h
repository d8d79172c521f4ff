#pragma once

#include "protocol/MmsTemplate.h"

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QMap>
#include <QRect>
#include <QStringList>

namespace mms {

// How a recipient's phone draws the message, for the previews people approve away from the
// studio: Android's or iPhone's messaging app, light or dark.
struct PreviewStyle
{
    enum class Look { Android, Ios };
    enum class Theme { Light, Dark };
    Look look = Look::Android;
    Theme theme = Theme::Light;
    QString sender = QStringLiteral("106900000000"); // the number or signature the message comes from
    QDateTime time;                                   // shown above the message; now when invalid

    static std::optional<Look> lookFromName(const QString &name);   // android | ios
    static std::optional<Theme> themeFromName(const QString &name); // light | dark
};

// Draws previews with QPainter (QtGui, no widgets): every picture carries a small "预览" mark,
// so nobody mistakes it for a message that was sent. Values fill the ${TextN} variables.
class PreviewRenderer
{
public:
    PreviewRenderer(const MmsTemplate &tpl, const QMap<QString, QString> &values, const PreviewStyle &style);

    // The conversation view as one tall picture, `width` wide: the sender and time, the subject
    // as the message's title, then every frame's parts in their order (a video as its poster
    // with a play mark, pictures, text, a sound as a bubble with its length). posters: a video
    // attachment's first picture, by "frame/attachment" ("0/1").
    QImage conversation(const QHash<QString, QImage> &posters, int width = 720) const;

    // One frame as the slideshow player shows it, size big: the subject above, the frame's
    // picture, video and text in its order, the sound named below. *videoRect: where a video
    // is to be drawn over it (empty when the frame has none).
    QImage slide(int frame, QSize size, QRect *videoRect = nullptr) const;

    // The conversation view's parts in the order drawn, as "kind: text" ("title: 双十一大促",
    // "text: 尊敬的张先生…", "picture: logo.jpg", "video: clip.mp4", "sound: ♪ 4\" tone.mp3"):
    // what the picture shows, for tests and for reading it out.
    QStringList outline() const;

private:
    struct Source
    {
        enum Kind { Title, Picture, Video, Text, Sound } kind;
        int frame = -1;
        int attachment = -1;
        QString text; // the title, the text with its values, a file's name, the sound's label
    };
    QList<Source> sources() const; // one order for the picture and its outline
    struct Palette;
    Palette palette() const;
    void drawMark(class QPainter &p, const QRect &area) const;

    MmsTemplate m_tpl;
    QMap<QString, QString> m_values;
    PreviewStyle m_style;
};

} // namespace mms
