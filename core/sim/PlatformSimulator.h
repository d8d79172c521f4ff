#pragma once

#include "sim/SimulatorConfig.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

class QTimer;
class QFile;

namespace mms::sim {

class PushSender;

// The project's own stand-in for the video MMS platform (PROTOCOL.md): the four calls
// under /mms/api/, audit / RPT / MO pushes to configured URLs, and fault injection.
// Control endpoints under /sim/ let tests and the sandbox configure it (docs/simulator.md).
//
// Built on QAbstractHttpServer rather than QHttpServer's router because fault injection
// needs the socket itself: to drop a connection, delay an answer or never answer.
class PlatformSimulator : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit PlatformSimulator(const SimulatorConfig &config = {}, QObject *parent = nullptr);
    ~PlatformSimulator() override;

    // Listens on 127.0.0.1; 0 picks a free port. Returns the port, 0 on failure.
    quint16 listenLoopback(quint16 port = 0);
    // Serve https with this certificate (call before listenLoopback).
    void enableTls(const QSslCertificate &certificate, const QSslKey &key);
    QUrl baseUrl() const; // http(s)://127.0.0.1:PORT/mms/api/

    SimulatorConfig &config() { return m_config; }
    void addFault(const Fault &fault) { m_faults.append(fault); }
    void clearFaults() { m_faults.clear(); }

    // Appends one JSON line per accepted send (call, taskid, mmsid, mobiles) to this file.
    bool setLogFile(const QString &path, QString *error);
    // Keeps templates, balance and counters across restarts (the sandbox uses it).
    bool setStateFile(const QString &path, QString *error);
    void setIdleTimeoutMs(int ms);

    QJsonArray sendLog() const { return m_sendLog; }
    int templateCount() const { return int(m_templates.size()); }

Q_SIGNALS:
    void callHandled(const QString &call, int code);
    void shutdownRequested();
    void idleTimeout();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json;charset=UTF-8";
    };
    struct SimTemplate
    {
        QString mmsid;
        QString subject;
        QStringList variables;
        bool expired = false;
        QList<int> verdicts; // per carrier, 0 while waiting
    };

    Answer handleControl(const QHttpServerRequest &request);
    Answer process(const QString &call, const QHttpServerRequest &request);
    Answer saveTemplate(const QJsonObject &o);
    Answer sendTask(const QJsonObject &o);
    Answer sendVariableTask(const QJsonObject &o);
    Answer queryBalance(const QHttpServerRequest &request);
    int checkCredentials(const QJsonObject &o) const;
    std::optional<Fault> takeFault(const QString &call);
    Answer accept(const QString &call, const QString &mmsid, const QString &sub, const QStringList &mobiles);
    void scheduleAudits(const QString &mmsid);
    // Pushes for which no URL is configured yet wait here, as a platform would retry them.
    struct HeldPush
    {
        enum Kind { Audit, Report, Reply } kind;
        QByteArray name;
        QList<QByteArray> records; // report / reply records
        QByteArray json;           // audit body
    };
    QList<HeldPush> m_held;
    void push(const HeldPush &p);
    void releaseHeld();
    void scheduleReports(const QString &taskid, const QString &sub, const QStringList &mobiles);
    QString nextId(quint32 &counter);
    void saveState();
    void loadState();
    static void write(QTcpSocket *socket, const Answer &answer, bool truncated = false);
    static Answer codeAnswer(int code, const QString &idKey = {}, const QString &id = {});

    SimulatorConfig m_config;
    QList<Fault> m_faults;
    QHash<QString, SimTemplate> m_templates;
    QJsonArray m_sendLog;
    quint32 m_idPrefix = 0;
    quint32 m_mmsCounter = 0;
    quint32 m_taskCounter = 0;
    QRandomGenerator m_rng;
    PushSender *m_pushes;
    QFile *m_logFile = nullptr;
    QString m_statePath;
    QTimer *m_idleTimer = nullptr;
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace mms::sim
