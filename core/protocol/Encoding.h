#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace mms::encoding {

// Subject: lowercase hex of the UTF-8 bytes (测试模板标题 -> e6b58be8...).
QString subjectToHex(const QString &subject);
// Returns nullopt when the hex is malformed or the bytes are not UTF-8.
std::optional<QString> subjectFromHex(const QString &hex);

// Lowercase hex of raw bytes (attachments' hex16str).
QByteArray toHex16(const QByteArray &bytes);
// Strict: even length, hex digits only (either case). nullopt otherwise.
std::optional<QByteArray> fromHex16(const QByteArray &hex);
// Strict base64 (standard alphabet, padding optional). nullopt otherwise.
std::optional<QByteArray> fromBase64Strict(const QByteArray &b64);

bool isValidUtf8(const QByteArray &bytes);

// GBK bytes, percent-encoded, for QueryBalance's username/password.
// nullopt when the text has characters GBK cannot represent.
std::optional<QByteArray> gbkPercentEncode(const QString &text);
std::optional<QString> gbkPercentDecode(const QByteArray &encoded);

std::optional<QByteArray> toGbk(const QString &text);

} // namespace mms::encoding
