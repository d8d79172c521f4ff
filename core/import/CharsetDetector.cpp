#include "import/CharsetDetector.h"

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
        return {"GB18030", 0, u"GBK/GB18030"_s};
    QStringDecoder probe(name.constData());
    if (!probe.isValid())
        return {"GB18030", 0, u"GBK/GB18030 (guessed; detector said %1)"_s.arg(QString::fromLatin1(name))};
    return {name, 0, QString::fromLatin1(name)};
}

} // namespace mms
