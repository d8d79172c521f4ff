#include "sim/PlatformSimulator.h"

#include "protocol/Encoding.h"
#include "protocol/Mobile.h"
#include "protocol/MmsTemplate.h"
#include "protocol/ResultCodes.h"
#include "sim/PushSender.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace mms::sim {
namespace {
QJsonDocument parseObject(const QByteArray &body, bool *ok)
{
    QJsonParseError err;
    QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    *ok = err.error == QJsonParseError::NoError && doc.isObject();
    return doc;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    }
    return "Status";
}
} // namespace

PlatformSimulator::PlatformSimulator(const SimulatorConfig &config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(config)
    , m_pushes(new PushSender(this))
{
    m_rng = config.seed ? QRandomGenerator(config.seed) : QRandomGenerator(QRandomGenerator::global()->generate());
    m_idPrefix = static_cast<quint32>(QDateTime::currentSecsSinceEpoch() & 0x7fffffff);
}

PlatformSimulator::~PlatformSimulator() = default;

quint16 PlatformSimulator::listenLoopback(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

void PlatformSimulator::enableTls(const QSslCertificate &certificate, const QSslKey &key)
{
    sslSetup(certificate, key);
    m_tls = true;
}

QUrl PlatformSimulator::baseUrl() const
{
    return QUrl(u"%1://127.0.0.1:%2/mms/api/"_s.arg(m_tls ? u"https"_s : u"http"_s).arg(m_port));
}

bool PlatformSimulator::setLogFile(const QString &path, QString *error)
{
    auto *f = new QFile(path, this);
    if (!f->open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = f->errorString();
        delete f;
        return false;
    }
    m_logFile = f;
    return true;
}

bool PlatformSimulator::setStateFile(const QString &path, QString *error)
{
    m_statePath = path;
    if (QFile::exists(path))
        loadState();
    Q_UNUSED(error);
    return true;
}

void PlatformSimulator::setIdleTimeoutMs(int ms)
{
    if (!m_idleTimer) {
        m_idleTimer = new QTimer(this);
        m_idleTimer->setSingleShot(true);
        connect(m_idleTimer, &QTimer::timeout, this, &PlatformSimulator::idleTimeout);
    }
    m_idleTimer->start(ms);
}

void PlatformSimulator::write(QTcpSocket *socket, const Answer &a, bool truncated)
{
    const QByteArray body = truncated ? a.body.left(a.body.size() / 2) : a.body;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(a.status) + ' ' + reasonPhrase(a.status) + "\r\n";
    head += "Content-Type: " + a.contentType + "\r\n";
    // A truncated answer announces the full length, then the connection is closed.
    head += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n";
    if (truncated)
        head += "Connection: close\r\n";
    head += "\r\n";
    socket->write(head + body);
    if (truncated) {
        socket->flush();
        socket->disconnectFromHost();
    }
}

PlatformSimulator::Answer PlatformSimulator::codeAnswer(int code, const QString &idKey, const QString &id)
{
    QJsonObject o{{u"code"_s, QString::number(code)},
                  {u"message"_s, code == 0 ? u"提交成功"_s : ResultCodes::chinese(code)}};
    if (!idKey.isEmpty())
        o.insert(idKey, id);
    return Answer{200, QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

void PlatformSimulator::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    write(socket, Answer{404, "not found", "text/plain"});
}

std::optional<Fault> PlatformSimulator::takeFault(const QString &call)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!f.call.isEmpty() && f.call != call)
            continue;
        const Fault taken = f;
        if (f.count > 0 && --f.count == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

bool PlatformSimulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (m_idleTimer)
        m_idleTimer->start();
    const QString path = request.url().path();
    if (path.startsWith(u"/sim/"_s)) {
        write(socket, handleControl(request));
        return true;
    }
    static const QStringList calls = {u"SaveMmsModel"_s, u"SendMmsTask"_s, u"SendVariableMmsTask"_s, u"QueryBalance"_s};
    QString call;
    for (const QString &c : calls) {
        if (path.endsWith(u'/' + c + u".do"_s))
            call = c;
    }
    if (call.isEmpty())
        return false;

    const std::optional<Fault> fault = takeFault(call);
    const Fault::Kind kind = fault ? fault->kind : Fault::Kind::Latency;
    if (fault) {
        switch (kind) {
        case Fault::Kind::Http500:
            write(socket, Answer{500, "<html><body>500 Internal Server Error</body></html>", "text/html"});
            return true;
        case Fault::Kind::Drop:
            socket->abort();
            return true;
        case Fault::Kind::Malformed:
            write(socket, Answer{200, "<html><body>Service temporarily unavailable</body></html>", "text/html"});
            return true;
        case Fault::Kind::Code:
            write(socket, codeAnswer(fault->code));
            return true;
        default:
            break;
        }
    }
    const Answer answer = process(call, request);
    if (!fault) {
        write(socket, answer);
        return true;
    }
    switch (kind) {
    case Fault::Kind::DropAfter:
        socket->abort();
        break;
    case Fault::Kind::NoAnswer:
        break; // the client's timeout is the only way out
    case Fault::Kind::Truncated:
        write(socket, answer, true);
        break;
    default: {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault->latencyMs, this, [guard, answer] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                write(guard, answer);
        });
        break;
    }
    }
    return true;
}

PlatformSimulator::Answer PlatformSimulator::handleControl(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    auto json = [](const QJsonDocument &d) { return Answer{200, d.toJson(QJsonDocument::Compact)}; };
    auto bad = [](const QString &why) {
        return Answer{400, QJsonDocument(QJsonObject{{u"error"_s, why}}).toJson(QJsonDocument::Compact)};
    };
    if (path == u"/sim/state"_s) {
        QJsonArray tpls;
        for (const SimTemplate &t : std::as_const(m_templates))
            tpls.append(QJsonObject{{u"mmsid"_s, t.mmsid}, {u"subject"_s, t.subject}, {u"expired"_s, t.expired},
                                    {u"variables"_s, QJsonArray::fromStringList(t.variables)}});
        QJsonArray faults;
        for (const Fault &f : std::as_const(m_faults))
            faults.append(f.toJson());
        return json(QJsonDocument(QJsonObject{{u"config"_s, m_config.toJson()}, {u"templates"_s, tpls},
                                              {u"faults"_s, faults}, {u"sends"_s, m_sendLog.size()}}));
    }
    if (path == u"/sim/log"_s)
        return json(QJsonDocument(m_sendLog));
    if (!isPost)
        return bad(u"use POST"_s);
    if (path == u"/sim/config"_s) {
        bool ok = false;
        const QJsonDocument doc = parseObject(request.body(), &ok);
        QString error;
        if (!ok)
            return bad(u"body must be a JSON object"_s);
        if (!m_config.apply(doc.object(), &error))
            return bad(error);
        saveState();
        releaseHeld();
        return json(QJsonDocument(m_config.toJson()));
    }
    if (path == u"/sim/faults"_s) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body());
        if (!doc.isArray())
            return bad(u"body must be a JSON array of faults"_s);
        QList<Fault> faults;
        for (const QJsonValue &v : doc.array()) {
            QString error;
            const auto f = Fault::fromJson(v.toObject(), &error);
            if (!f)
                return bad(error);
            faults.append(*f);
        }
        m_faults = faults;
        return json(QJsonDocument(QJsonObject{{u"faults"_s, int(m_faults.size())}}));
    }
    if (path == u"/sim/expire"_s) {
        const QString mmsid = request.query().queryItemValue(u"mmsid"_s);
        if (!m_templates.contains(mmsid))
            return bad(u"no template %1"_s.arg(mmsid));
        m_templates[mmsid].expired = true;
        saveState();
        return json(QJsonDocument(QJsonObject{{u"expired"_s, mmsid}}));
    }
    if (path == u"/sim/shutdown"_s) {
        QTimer::singleShot(100, this, &PlatformSimulator::shutdownRequested);
        return json(QJsonDocument(QJsonObject{{u"shutdown"_s, true}}));
    }
    return bad(u"unknown control endpoint"_s);
}

PlatformSimulator::Answer PlatformSimulator::process(const QString &call, const QHttpServerRequest &request)
{
    Answer a;
    if (call == u"QueryBalance"_s) {
        a = queryBalance(request);
    } else {
        bool ok = false;
        const QJsonDocument doc = parseObject(request.body(), &ok);
        if (!ok)
            a = codeAnswer(-10);
        else if (const int c = checkCredentials(doc.object()); c != 0)
            a = codeAnswer(c);
        else if (call == u"SaveMmsModel"_s)
            a = saveTemplate(doc.object());
        else if (call == u"SendMmsTask"_s)
            a = sendTask(doc.object());
        else
            a = sendVariableTask(doc.object());
    }
    const QJsonDocument d = QJsonDocument::fromJson(a.body);
    Q_EMIT callHandled(call, d.isObject() ? d.object().value(u"code"_s).toString().toInt() : a.body.toInt());
    return a;
}

int PlatformSimulator::checkCredentials(const QJsonObject &o) const
{
    const QJsonValue userid = o.value(u"userid"_s), username = o.value(u"username"_s), password = o.value(u"password"_s);
    if (!userid.isString() || !username.isString() || !password.isString())
        return -1;
    if (userid.toString() != m_config.userid)
        return -2;
    if (username.toString() != m_config.username || password.toString() != m_config.password)
        return -3;
    return 0;
}

PlatformSimulator::Answer PlatformSimulator::queryBalance(const QHttpServerRequest &request)
{
    // Raw query: username and password arrive percent-encoded from GBK bytes.
    QHash<QByteArray, QByteArray> params;
    for (const QByteArray &pair : request.url().query(QUrl::FullyEncoded).toLatin1().split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0)
            params.insert(pair.left(eq), pair.mid(eq + 1));
    }
    auto text = [](int v) { return Answer{200, QByteArray::number(v), "text/plain;charset=UTF-8"}; };
    if (!params.contains("userid") || !params.contains("username") || !params.contains("password"))
        return text(-1);
    const auto username = encoding::gbkPercentDecode(params.value("username"));
    const auto password = encoding::gbkPercentDecode(params.value("password"));
    if (QString::fromUtf8(QByteArray::fromPercentEncoding(params.value("userid"))) != m_config.userid)
        return text(-2);
    if (!username || !password || *username != m_config.username || *password != m_config.password)
        return text(-3);
    return Answer{200, QByteArray::number(m_config.balance), "text/plain;charset=UTF-8"};
}

PlatformSimulator::Answer PlatformSimulator::saveTemplate(const QJsonObject &o)
{
    const QJsonValue subjectHex = o.value(u"subject"_s);
    const QJsonValue frames = o.value(u"frames"_s);
    if (!subjectHex.isString() || !frames.isArray())
        return codeAnswer(-1);
    const auto subject = encoding::subjectFromHex(subjectHex.toString());
    if (!subject || subject->trimmed().isEmpty())
        return codeAnswer(-1);
    if (frames.toArray().isEmpty())
        return codeAnswer(-6);
    qint64 total = 0;
    QStringList variables;
    for (const QJsonValue &fv : frames.toArray()) {
        const QJsonObject f = fv.toObject();
        bool durOk = false;
        const int dur = f.value(u"dur"_s).toString().toInt(&durOk);
        const QJsonArray atts = f.value(u"attachments"_s).toArray();
        if (!durOk || dur <= 0 || atts.isEmpty())
            return codeAnswer(-6);
        for (const QJsonValue &av : atts) {
            const QJsonObject a = av.toObject();
            const QString fileName = a.value(u"fileName"_s).toString();
            const bool hasHex = a.contains(u"hex16str"_s), hasB64 = a.contains(u"base64str"_s);
            if (fileName.isEmpty() || hasHex == hasB64)
                return codeAnswer(-6);
            const auto bytes = hasHex ? encoding::fromHex16(a.value(u"hex16str"_s).toString().toLatin1())
                                      : encoding::fromBase64Strict(a.value(u"base64str"_s).toString().toLatin1());
            if (!bytes || bytes->isEmpty())
                return codeAnswer(-11);
            total += bytes->size();
            if (mediaKindForFileName(fileName) == MediaKind::Text) {
                QString text;
                if (hasHex) {
                    text = QString::fromUtf8(*bytes);
                } else {
                    QStringDecoder gbk("GB18030");
                    text = gbk.decode(*bytes);
                }
                for (const QString &v : variablesInText(text)) {
                    if (!variables.contains(v))
                        variables << v;
                }
            } else if (mediaKindForFileName(fileName) == MediaKind::Unsupported) {
                return codeAnswer(-6);
            }
        }
    }
    if (total > m_config.templateLimitBytes)
        return codeAnswer(-6);
    SimTemplate t{nextId(m_mmsCounter), *subject, variables, false, {0, 0, 0}};
    m_templates.insert(t.mmsid, t);
    saveState();
    scheduleAudits(t.mmsid);
    return codeAnswer(0, u"mmsid"_s, t.mmsid);
}

PlatformSimulator::Answer PlatformSimulator::sendTask(const QJsonObject &o)
{
    const QJsonValue mobile = o.value(u"mobile"_s);
    const QJsonValue mmsid = o.value(u"mmsid"_s);
    if (!mobile.isString() || !mmsid.isString() || mobile.toString().trimmed().isEmpty())
        return codeAnswer(-1);
    QStringList mobiles;
    for (const QString &m : mobile.toString().split(u',')) {
        const QString t = m.trimmed();
        if (!mobile::isValid(t))
            return codeAnswer(-1);
        mobiles << t;
    }
    if (mobiles.size() > 1000)
        return codeAnswer(-5);
    const QJsonValue cont = o.value(u"cont"_s);
    if (!cont.isUndefined() && !cont.isNull()) {
        if (!cont.isString())
            return codeAnswer(-10);
        if (!cont.toString().trimmed().isEmpty()) {
            bool ok = false;
            const QJsonDocument vars = parseObject(cont.toString().toUtf8(), &ok);
            if (!ok)
                return codeAnswer(-10);
            for (const QJsonValue &v : vars.object()) {
                if (!v.isString())
                    return codeAnswer(-10);
            }
        }
    }
    return accept(u"SendMmsTask"_s, mmsid.toString(), o.value(u"sub"_s).toString(), mobiles);
}

PlatformSimulator::Answer PlatformSimulator::sendVariableTask(const QJsonObject &o)
{
    const QJsonValue mmsid = o.value(u"mmsid"_s);
    QJsonValue cont = o.value(u"cont"_s);
    if (!mmsid.isString() || cont.isUndefined() || cont.isNull())
        return codeAnswer(-1);
    // PROTOCOL.md section 4: a string holding the array, or the array inline.
    if (cont.isString()) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(cont.toString().toUtf8(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isArray())
            return codeAnswer(-10);
        cont = doc.array();
    }
    if (!cont.isArray() || cont.toArray().isEmpty())
        return codeAnswer(-10);
    const QJsonArray entries = cont.toArray();
    if (entries.size() > 1000)
        return codeAnswer(-5);
    const auto tpl = m_templates.constFind(mmsid.toString());
    QStringList mobiles;
    for (const QJsonValue &ev : entries) {
        const QJsonObject e = ev.toObject();
        const QString m = e.value(u"mobile"_s).toString().trimmed();
        if (!mobile::isValid(m) || !e.value(u"param"_s).isObject())
            return codeAnswer(-11);
        const QJsonObject param = e.value(u"param"_s).toObject();
        for (const QJsonValue &v : param) {
            if (!v.isString())
                return codeAnswer(-11);
        }
        if (tpl != m_templates.constEnd()) {
            for (const QString &name : tpl->variables) {
                if (param.value(name).toString().isEmpty())
                    return codeAnswer(-11);
            }
        }
        mobiles << m;
    }
    return accept(u"SendVariableMmsTask"_s, mmsid.toString(), o.value(u"sub"_s).toString(), mobiles);
}

PlatformSimulator::Answer PlatformSimulator::accept(const QString &call, const QString &mmsid, const QString &sub,
                                                    const QStringList &mobiles)
{
    const auto tpl = m_templates.constFind(mmsid);
    if (tpl == m_templates.constEnd())
        return codeAnswer(-6);
    if (tpl->expired)
        return codeAnswer(-7);
    if (mobiles.size() > m_config.balance)
        return codeAnswer(-8);
    m_config.balance -= mobiles.size();
    const QString taskid = nextId(m_taskCounter);
    const QJsonObject entry{{u"call"_s, call}, {u"taskid"_s, taskid}, {u"mmsid"_s, mmsid}, {u"sub"_s, sub},
                            {u"mobiles"_s, QJsonArray::fromStringList(mobiles)},
                            {u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    m_sendLog.append(entry);
    if (m_logFile) {
        m_logFile->write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
        m_logFile->flush();
    }
    saveState();
    scheduleReports(taskid, sub, mobiles);
    return codeAnswer(0, u"taskid"_s, taskid);
}

QString PlatformSimulator::nextId(quint32 &counter)
{
    ++counter;
    return u"%1%2"_s.arg(m_idPrefix, 8, 16, QChar(u'0')).arg(counter, 8, 16, QChar(u'0')).toUpper();
}

void PlatformSimulator::saveState()
{
    if (m_statePath.isEmpty())
        return;
    QJsonArray tpls;
    for (const SimTemplate &t : std::as_const(m_templates))
        tpls.append(QJsonObject{{u"mmsid"_s, t.mmsid}, {u"subject"_s, t.subject}, {u"expired"_s, t.expired},
                                {u"variables"_s, QJsonArray::fromStringList(t.variables)}});
    const QJsonObject state{{u"balance"_s, static_cast<double>(m_config.balance)},
                            {u"idPrefix"_s, static_cast<double>(m_idPrefix)},
                            {u"mmsCounter"_s, static_cast<double>(m_mmsCounter)},
                            {u"taskCounter"_s, static_cast<double>(m_taskCounter)},
                            {u"templates"_s, tpls}};
    QSaveFile f(m_statePath);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(state).toJson());
        f.commit();
    }
}

void PlatformSimulator::loadState()
{
    QFile f(m_statePath);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject s = QJsonDocument::fromJson(f.readAll()).object();
    if (s.isEmpty())
        return; // a damaged state file: start afresh rather than refuse to start
    m_config.balance = static_cast<qint64>(s.value(u"balance"_s).toDouble(double(m_config.balance)));
    m_idPrefix = static_cast<quint32>(s.value(u"idPrefix"_s).toDouble(m_idPrefix));
    m_mmsCounter = static_cast<quint32>(s.value(u"mmsCounter"_s).toDouble());
    m_taskCounter = static_cast<quint32>(s.value(u"taskCounter"_s).toDouble());
    for (const QJsonValue &v : s.value(u"templates"_s).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList vars;
        for (const QJsonValue &x : o.value(u"variables"_s).toArray())
            vars << x.toString();
        SimTemplate t{o.value(u"mmsid"_s).toString(), o.value(u"subject"_s).toString(), vars,
                      o.value(u"expired"_s).toBool(), {0, 0, 0}};
        if (!t.mmsid.isEmpty())
            m_templates.insert(t.mmsid, t);
    }
}

} // namespace mms::sim
