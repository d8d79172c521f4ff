// A recipient's variables as the JSON object the store keeps (recipients.params), written
// straight into UTF-8 for the import's hot path (CampaignRecipientSink), and the same for one row.
#include "storage/CampaignRecipientSink.h"

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace mms {

void appendParamsJson(QByteArray &out, const QByteArrayList &names, const QStringList &values)
{
    static constexpr char hex[] = "0123456789abcdef";
    // Written through a pointer into room made once: appending byte by byte costs more than
    // the rest of the import's reading.
    qsizetype room = 2;
    for (qsizetype i = 0; i < names.size(); ++i)
        room += names.at(i).size() + 6 + 6 * values.value(i).size(); // 6: the longest escape of one unit
    const qsizetype start = out.size();
    out.resize(start + room);
    char *w = out.data() + start;
    *w++ = '{';
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i)
            *w++ = ',';
        *w++ = '"';
        std::memcpy(w, names.at(i).constData(), size_t(names.at(i).size()));
        w += names.at(i).size();
        *w++ = '"';
        *w++ = ':';
        *w++ = '"';
        const QString value = values.value(i);
        const char16_t *p = reinterpret_cast<const char16_t *>(value.utf16());
        const char16_t *end = p + value.size();
        for (; p != end; ++p) {
            char32_t c = *p;
            if (c == u'"' || c == u'\\') {
                *w++ = '\\';
                *w++ = char(c);
            } else if (c < 0x20) {
                *w++ = '\\';
                switch (c) {
                case u'\n':
                    *w++ = 'n';
                    break;
                case u'\r':
                    *w++ = 'r';
                    break;
                case u'\t':
                    *w++ = 't';
                    break;
                default:
                    *w++ = 'u';
                    *w++ = '0';
                    *w++ = '0';
                    *w++ = hex[c >> 4];
                    *w++ = hex[c & 15];
                }
            } else if (c < 0x80) {
                *w++ = char(c);
            } else if (c < 0x800) {
                *w++ = char(0xC0 | (c >> 6));
                *w++ = char(0x80 | (c & 0x3F));
            } else {
                if (QChar::isHighSurrogate(c) && p + 1 != end && QChar::isLowSurrogate(p[1]))
                    c = QChar::surrogateToUcs4(char16_t(c), *++p);
                else if (QChar::isSurrogate(c))
                    c = 0xFFFD; // a lone half of a pair is not valid UTF-8: the replacement character
                if (c < 0x10000) {
                    *w++ = char(0xE0 | (c >> 12));
                } else {
                    *w++ = char(0xF0 | (c >> 18));
                    *w++ = char(0x80 | ((c >> 12) & 0x3F));
                }
                *w++ = char(0x80 | ((c >> 6) & 0x3F));
                *w++ = char(0x80 | (c & 0x3F));
            }
        }
        *w++ = '"';
    }
    *w++ = '}';
    out.resize(w - out.constData());
}

QString paramsJson(const QStringList &names, const QStringList &values)
{
    QByteArrayList utf8;
    for (const QString &n : names)
        utf8 << n.toUtf8();
    QByteArray out;
    appendParamsJson(out, utf8, values);
    return QString::fromUtf8(out);
}

} // namespace mms
