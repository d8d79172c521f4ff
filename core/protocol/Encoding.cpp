#include "protocol/Encoding.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace mms::encoding {

QString subjectToHex(const QString &subject)
{
    return QString::fromLatin1(subject.toUtf8().toHex());
}

std::optional<QString> subjectFromHex(const QString &hex)
{
    const auto bytes = fromHex16(hex.toLatin1());
    if (!bytes || !isValidUtf8(*bytes))
        return std::nullopt;
    return QString::fromUtf8(*bytes);
}

QByteArray toHex16(const QByteArray &bytes)
{
    return bytes.toHex();
}

std::optional<QByteArray> fromHex16(const QByteArray &hex)
{
    if (hex.size() % 2 != 0)
        return std::nullopt;
    for (char c : hex) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!ok)
            return std::nullopt;
    }
    return QByteArray::fromHex(hex);
}

std::optional<QByteArray> fromBase64Strict(const QByteArray &b64)
{
    auto result = QByteArray::fromBase64Encoding(
        b64, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return result.decoded;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

std::optional<QByteArray> toGbk(const QString &text)
{
    QStringEncoder encoder("GB18030");
    if (!encoder.isValid())
        return std::nullopt;
    QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        return std::nullopt;
    // GB18030 is a superset of GBK; characters outside GBK become 4-byte sequences,
    // which a GBK-only platform cannot read.
    QStringEncoder gbk("GBK");
    if (gbk.isValid()) {
        QByteArray strict = gbk.encode(text);
        if (gbk.hasError() || strict != bytes)
            return std::nullopt;
    }
    return bytes;
}

std::optional<QByteArray> gbkPercentEncode(const QString &text)
{
    const auto bytes = toGbk(text);
    if (!bytes)
        return std::nullopt;
    return bytes->toPercentEncoding();
}

std::optional<QString> gbkPercentDecode(const QByteArray &encoded)
{
    const QByteArray bytes = QByteArray::fromPercentEncoding(encoded);
    QStringDecoder decoder("GB18030");
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace mms::encoding
