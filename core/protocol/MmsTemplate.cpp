#include "protocol/MmsTemplate.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace mms {

QStringList supportedExtensions(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Text:
        return {u"txt"_s};
    case MediaKind::Image:
        return {u"jpg"_s, u"jpeg"_s, u"png"_s, u"gif"_s};
    case MediaKind::Video:
        return {u"mp4"_s, u"3gp"_s};
    case MediaKind::Audio:
        return {u"mp3"_s, u"amr"_s, u"aac"_s, u"m4a"_s, u"wav"_s};
    case MediaKind::Unsupported:
        break;
    }
    return {};
}

MediaKind mediaKindForFileName(const QString &fileName)
{
    const QString ext = QFileInfo(fileName).suffix().toLower();
    for (MediaKind k : {MediaKind::Text, MediaKind::Image, MediaKind::Video, MediaKind::Audio}) {
        if (supportedExtensions(k).contains(ext))
            return k;
    }
    return MediaKind::Unsupported;
}

QString mediaKindName(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Text:
        return u"text"_s;
    case MediaKind::Image:
        return u"image"_s;
    case MediaKind::Video:
        return u"video"_s;
    case MediaKind::Audio:
        return u"audio"_s;
    case MediaKind::Unsupported:
        break;
    }
    return u"unsupported"_s;
}

qint64 MmsTemplate::mediaBytes() const
{
    qint64 total = 0;
    for (const Frame &f : frames) {
        for (const Attachment &a : f.attachments)
            total += a.data.size();
    }
    return total;
}

int MmsTemplate::totalDurationMs() const
{
    int total = 0;
    for (const Frame &f : frames)
        total += f.durationMs;
    return total;
}

QStringList variablesInText(const QString &text)
{
    static const QRegularExpression re(u"\\$\\{(Text[1-9][0-9]*)\\}"_s);
    QStringList names;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QStringList MmsTemplate::variables() const
{
    QStringList names;
    for (const Frame &f : frames) {
        for (const Attachment &a : f.attachments) {
            if (a.kind() != MediaKind::Text)
                continue;
            for (const QString &n : variablesInText(QString::fromUtf8(a.data))) {
                if (!names.contains(n))
                    names.append(n);
            }
        }
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.mid(4).toInt() < b.mid(4).toInt();
    });
    return names;
}

QString MmsTemplate::contentHash() const
{
    // Each field is length-prefixed, so no two different templates give the same byte stream.
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto add = [&h](const QByteArray &bytes) {
        const quint64 n = quint64(bytes.size());
        h.addData(QByteArrayView(reinterpret_cast<const char *>(&n), sizeof n));
        h.addData(bytes);
    };
    add(QByteArrayLiteral("mms-template-v1"));
    add(subject.toUtf8());
    for (const Frame &f : frames) {
        add(QByteArray::number(f.durationMs));
        add(QByteArray::number(f.attachments.size()));
        for (const Attachment &a : f.attachments) {
            add(a.fileName.toUtf8());
            add(a.data);
        }
    }
    return QString::fromLatin1(h.result().toHex());
}

bool isSafeFileName(const QString &name, QString *why)
{
    auto no = [why, &name](const char *reason) {
        if (why)
            *why = QCoreApplication::translate("mms::MmsTemplate", reason).arg(name.left(80));
        return false;
    };
    if (name.isEmpty())
        return no(QT_TRANSLATE_NOOP("mms::MmsTemplate", "an attachment has no name"));
    if (name.size() > 200)
        return no(QT_TRANSLATE_NOOP("mms::MmsTemplate", "the attachment name \"%1…\" is too long"));
    for (const QChar c : name)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return no(QT_TRANSLATE_NOOP("mms::MmsTemplate", "the attachment name \"%1\" holds a control character"));
    if (name.contains(u'/') || name.contains(u'\\') || name == u"."_s || name == u".."_s || name.startsWith(u".."_s)
        || (name.size() >= 2 && name.at(1) == u':')
        // ":name" is a path into the program's own resources for Qt (QDir::filePath keeps it as it is).
        || name.startsWith(u':'))
        return no(QT_TRANSLATE_NOOP("mms::MmsTemplate", "the attachment name \"%1\" is a path, not a file name"));
    if (name.endsWith(u'.') || name.endsWith(u' '))
        return no(QT_TRANSLATE_NOOP("mms::MmsTemplate", "the attachment name \"%1\" ends with a dot or a space"));
    // Windows opens a device for these whatever the extension ("con.txt" is the console).
    static const QRegularExpression reserved(u"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(name).hasMatch())
        return no(QT_TRANSLATE_NOOP("mms::MmsTemplate", "the attachment name \"%1\" is reserved by Windows"));
    return true;
}

} // namespace mms
