#include "import/CharsetDetector.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <uchardet.h>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
bool isUtf8Prefix(const QByteArray &bytes)
{
    // Stateful decoding: a multi-byte sequence cut at the end of the sample is no error.
    QStringDecoder stateful(QStringDecoder::Utf8);
    const QString s = stateful.decode(bytes);
    Q_UNUSED(s);
    return !stateful.hasError();
}

bool isGb18030(const QByteArray &bytes)
{
    QStringDecoder stateful("GB18030");
    const QString s = stateful.decode(bytes);
    Q_UNUSED(s);
    return !stateful.hasError();
}

QString gbLabel()
{
    return u"GBK/GB18030"_s;
}
} // namespace

DetectedCharset detectCharset(const QByteArray &sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return {"UTF-8", 3, u"UTF-8 (BOM)"_s};
    if (sample.startsWith("\xFF\xFE"))
        return {"UTF-16LE", 2, u"UTF-16 (Excel Unicode text)"_s};
    if (sample.startsWith("\xFE\xFF"))
        return {"UTF-16BE", 2, u"UTF-16BE"_s};
    if (isUtf8Prefix(sample))
        return {"UTF-8", 0, u"UTF-8"_s};

    QByteArray name;
    if (uchardet_t ud = uchardet_new()) {
        if (uchardet_handle_data(ud, sample.constData(), size_t(sample.size())) == 0) {
            uchardet_data_end(ud);
            name = QByteArray(uchardet_get_charset(ud)).toUpper();
        }
        uchardet_delete(ud);
    }
    // Excel on a Chinese Windows writes GBK ("ANSI"); read every GB flavour as GB18030.
    if (name.isEmpty() || name.startsWith("GB") || name == "HZ-GB-2312" || name == "ASCII")
        return {"GB18030", 0, gbLabel()};
    QStringDecoder probe(name.constData());
    // A single-byte charset (or one Qt cannot read) for bytes that are valid GB18030: on this
    // market the GBK file is far likelier (a header line of Chinese alone came out as Greek).
    if (!probe.isValid() || isGb18030(sample))
        return {"GB18030", 0,
                QCoreApplication::translate("mms::CharsetDetector", "%1 (guessed; the detector said %2)").arg(gbLabel(), QString::fromLatin1(name)),
                true};
    return {name, 0, QString::fromLatin1(name)};
}

QList<QByteArray> choosableCharsets()
{
    return {"UTF-8", "GB18030", "UTF-16LE", "UTF-16BE"};
}

std::optional<DetectedCharset> chosenCharset(const QByteArray &codec, const QByteArray &sample)
{
    const QByteArray c = codec.toUpper();
    if (c == "UTF-8" || c == "UTF8")
        return DetectedCharset{"UTF-8", sample.startsWith("\xEF\xBB\xBF") ? 3 : 0, u"UTF-8"_s};
    if (c == "GB18030" || c == "GBK" || c == "GB2312")
        return DetectedCharset{"GB18030", 0, gbLabel()};
    if (c == "UTF-16LE" || c == "UTF-16")
        return DetectedCharset{"UTF-16LE", sample.startsWith("\xFF\xFE") ? 2 : 0, u"UTF-16LE"_s};
    if (c == "UTF-16BE")
        return DetectedCharset{"UTF-16BE", sample.startsWith("\xFE\xFF") ? 2 : 0, u"UTF-16BE"_s};
    return std::nullopt;
}

} // namespace mms
