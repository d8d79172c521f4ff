#pragma once

#include "protocol/Account.h"
#include "protocol/MmsTemplate.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace mms {

enum class AttachmentEncoding { Hex16, Base64 };

constexpr int kMaxNumbersPerRequest = 1000;

struct VariableEntry
{
    QString mobile;
    QMap<QString, QString> params; // Text1 -> value
};

// Builders for the four calls (PROTOCOL.md sections 1, 3, 4, 5). Each returns the JSON
// body (or URL), or nullopt with a reason in *error when the request cannot be built.
namespace requests {

std::optional<QByteArray> saveMmsModel(const Account &account, const MmsTemplate &tpl,
                                       AttachmentEncoding encoding, QString *error);

std::optional<QByteArray> sendMmsTask(const Account &account, const QString &mmsid,
                                      const QStringList &mobiles, const QString &sub,
                                      const QMap<QString, QString> &sharedVars, QString *error);

std::optional<QByteArray> sendVariableMmsTask(const Account &account, const QString &mmsid,
                                              const QString &sub,
                                              const QList<VariableEntry> &entries,
                                              QString *error);

std::optional<QUrl> queryBalanceUrl(const Account &account, QString *error);

} // namespace requests
} // namespace mms
