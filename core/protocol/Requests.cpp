#include "protocol/Requests.h"

#include "protocol/Encoding.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace mms {

QUrl Account::endpoint(const QString &call) const
{
    QUrl url = baseUrl;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + call);
    url.setQuery(QString());
    return url;
}

namespace requests {
namespace {

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

QJsonObject credentials(const Account &a)
{
    return QJsonObject{{u"userid"_s, a.userid}, {u"username"_s, a.username}, {u"password"_s, a.password}};
}

bool checkAccount(const Account &a, QString *error)
{
    if (a.userid.isEmpty() || a.username.isEmpty())
        return fail(error, QCoreApplication::translate("mms::requests", "the account has no userid or username"));
    return true;
}

bool checkMmsid(const QString &mmsid, QString *error)
{
    if (mmsid.trimmed().isEmpty())
        return fail(error, QCoreApplication::translate("mms::requests", "no template id (mmsid) given"));
    return true;
}

QJsonObject paramsObject(const QMap<QString, QString> &params)
{
    QJsonObject o;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

std::optional<QByteArray> saveMmsModel(const Account &account, const MmsTemplate &tpl,
                                       AttachmentEncoding encoding, QString *error)
{
    if (!checkAccount(account, error))
        return std::nullopt;
    if (tpl.subject.trimmed().isEmpty()) {
        fail(error, QCoreApplication::translate("mms::requests", "the template has no subject"));
        return std::nullopt;
    }
    if (tpl.frames.isEmpty()) {
        fail(error, QCoreApplication::translate("mms::requests", "the template has no frames"));
        return std::nullopt;
    }
    QJsonArray frames;
    for (int i = 0; i < tpl.frames.size(); ++i) {
        const Frame &f = tpl.frames.at(i);
        if (f.durationMs <= 0) {
            fail(error, QCoreApplication::translate("mms::requests", "frame %1: the duration must be a positive number of milliseconds").arg(i + 1));
            return std::nullopt;
        }
        if (f.attachments.isEmpty()) {
            fail(error, QCoreApplication::translate("mms::requests", "frame %1 has no attachments").arg(i + 1));
            return std::nullopt;
        }
        QJsonArray attachments;
        for (int j = 0; j < f.attachments.size(); ++j) {
            const Attachment &a = f.attachments.at(j);
            QJsonObject o{{u"index"_s, j + 1}, {u"fileName"_s, a.fileName}};
            if (encoding == AttachmentEncoding::Hex16) {
                o.insert(u"hex16str"_s, QString::fromLatin1(encoding::toHex16(a.data)));
            } else {
                QByteArray bytes = a.data;
                if (a.kind() == MediaKind::Text) {
                    // The original says base64 text is GBK (PROTOCOL.md section 1).
                    const auto gbk = encoding::toGbk(QString::fromUtf8(a.data));
                    if (!gbk) {
                        fail(error, QCoreApplication::translate("mms::requests", "%1 has characters that GBK cannot hold; send it as hex16str").arg(a.fileName));
                        return std::nullopt;
                    }
                    bytes = *gbk;
                }
                o.insert(u"base64str"_s, QString::fromLatin1(bytes.toBase64()));
            }
            attachments.append(o);
        }
        // dur is a string in the field table; index is the play order, counted from 1.
        frames.append(QJsonObject{{u"index"_s, i + 1},
                                  {u"dur"_s, QString::number(f.durationMs)},
                                  {u"attachments"_s, attachments}});
    }
    QJsonObject body = credentials(account);
    body.insert(u"productid"_s, account.productid);
    body.insert(u"subject"_s, encoding::subjectToHex(tpl.subject));
    body.insert(u"frames"_s, frames);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

namespace {
bool checkCount(qsizetype n, QString *error)
{
    if (n == 0)
        return fail(error, QCoreApplication::translate("mms::requests", "no mobile numbers given"));
    if (n > kMaxNumbersPerRequest)
        return fail(error, QCoreApplication::translate("mms::requests", "%1 numbers in one request; the platform takes at most %2")
                               .arg(n).arg(kMaxNumbersPerRequest));
    return true;
}
} // namespace

std::optional<QByteArray> sendMmsTask(const Account &account, const QString &mmsid,
                                      const QStringList &mobiles, const QString &sub,
                                      const QMap<QString, QString> &sharedVars, QString *error)
{
    if (!checkAccount(account, error) || !checkMmsid(mmsid, error) || !checkCount(mobiles.size(), error))
        return std::nullopt;
    for (const QString &m : mobiles) {
        if (m.isEmpty() || m.contains(u',')) {
            fail(error, QCoreApplication::translate("mms::requests", "invalid mobile number: \"%1\"").arg(m));
            return std::nullopt;
        }
    }
    QJsonObject body = credentials(account);
    body.insert(u"mobile"_s, mobiles.join(u','));
    body.insert(u"mmsid"_s, mmsid);
    body.insert(u"sub"_s, sub);
    // cont is a string holding a JSON object, empty when no variables are shared.
    body.insert(u"cont"_s, sharedVars.isEmpty()
                               ? QString()
                               : QString::fromUtf8(QJsonDocument(paramsObject(sharedVars)).toJson(QJsonDocument::Compact)));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<QByteArray> sendVariableMmsTask(const Account &account, const QString &mmsid,
                                              const QString &sub,
                                              const QList<VariableEntry> &entries,
                                              QString *error)
{
    if (!checkAccount(account, error) || !checkMmsid(mmsid, error) || !checkCount(entries.size(), error))
        return std::nullopt;
    QJsonArray cont;
    for (const VariableEntry &e : entries) {
        if (e.mobile.isEmpty() || e.mobile.contains(u',')) {
            fail(error, QCoreApplication::translate("mms::requests", "invalid mobile number: \"%1\"").arg(e.mobile));
            return std::nullopt;
        }
        cont.append(QJsonObject{{u"mobile"_s, e.mobile}, {u"param"_s, paramsObject(e.params)}});
    }
    QJsonObject body = credentials(account);
    body.insert(u"mmsid"_s, mmsid);
    body.insert(u"sub"_s, sub);
    // PROTOCOL.md section 4: a string by default, inline array as a per-account option.
    if (account.contInline)
        body.insert(u"cont"_s, cont);
    else
        body.insert(u"cont"_s, QString::fromUtf8(QJsonDocument(cont).toJson(QJsonDocument::Compact)));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<QUrl> queryBalanceUrl(const Account &account, QString *error)
{
    if (!checkAccount(account, error))
        return std::nullopt;
    const auto user = encoding::gbkPercentEncode(account.username);
    const auto pass = encoding::gbkPercentEncode(account.password);
    if (!user || !pass) {
        fail(error, QCoreApplication::translate("mms::requests", "the username or password has characters that GBK cannot hold"));
        return std::nullopt;
    }
    const QByteArray query = "userid=" + QUrl::toPercentEncoding(account.userid) + "&username=" + *user
                             + "&password=" + *pass;
    QUrl url = account.endpoint(u"QueryBalance.do"_s);
    // The GBK percent-escapes are not UTF-8: keep them exactly as encoded.
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

} // namespace requests
} // namespace mms
