#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace mms::sim {

// A fault the simulator injects into its answers (docs/simulator.md).
struct Fault
{
    enum class Kind {
        Latency,    // answer normally after latencyMs
        Http500,    // answer 500, nothing processed
        Drop,       // close the connection, nothing processed
        DropAfter,  // process the call (create task, charge), then close without answering
        NoAnswer,   // process the call, then never answer
        Malformed,  // answer 200 with a body that is not JSON, nothing processed
        Truncated,  // process the call, answer 200 with truncated JSON
        Code,       // answer with the platform code `code`, nothing processed
    };
    Kind kind = Kind::Latency;
    QString call;      // SaveMmsModel, SendMmsTask, SendVariableMmsTask, QueryBalance; empty = all
    int count = -1;    // how many calls it affects; -1 = until cleared
    int latencyMs = 0;
    int code = -100;

    static std::optional<Fault> fromJson(const QJsonObject &o, QString *error);
    QJsonObject toJson() const;
};

struct SimulatorConfig
{
    QString userid = QStringLiteral("300000");
    QString username = QStringLiteral("300000");
    QString password = QStringLiteral("123456");
    QString productid = QStringLiteral("16891");
    qint64 balance = 100000;     // messages; each recipient costs one
    qint64 templateLimitBytes = 2 * 1024 * 1024;

    QUrl auditUrl, reportUrl, moUrl; // where pushes go; empty = not pushed
    int auditDelayMs = 2000;
    QList<int> auditVerdicts = {1, 1, 1}; // per carrier 移动/联通/电信: 1 approve, 2 reject, 0 never
    int reportDelayMs = 1500;
    double deliveredRatio = 0.9;
    double replyRatio = 0.05;
    int replyDelayMs = 3000;
    quint32 seed = 0; // 0: random

    // Applies the keys present in o (partial update). false with *error on a bad value.
    bool apply(const QJsonObject &o, QString *error);
    QJsonObject toJson() const;
};

} // namespace mms::sim
