// The simulator's pushes: audits a few seconds after a template is saved, delivery reports and
// replies after a send, held until the studio has told where to push them (as a platform retries).
#include "sim/PlatformSimulator.h"

#include "sim/PushSender.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace mms::sim {
namespace {
QString chinaTime()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).toString(u"yyyyMMddHHmmss"_s);
}
} // namespace

void PlatformSimulator::push(const HeldPush &p)
{
    const QUrl url = p.kind == HeldPush::Audit ? m_config.auditUrl : p.kind == HeldPush::Report ? m_config.reportUrl : m_config.moUrl;
    if (url.isEmpty()) {
        // Bounded: a sandbox nobody listens to keeps the latest 200 pushes (up to 100,000 records).
        if (m_held.size() >= 200)
            m_held.removeFirst();
        m_held.append(p);
        return;
    }
    if (p.kind == HeldPush::Audit)
        m_pushes->postJson(url, p.json);
    else
        m_pushes->postRecords(url, p.name, p.records);
}

void PlatformSimulator::releaseHeld()
{
    const QList<HeldPush> held = std::exchange(m_held, {});
    for (const HeldPush &p : held)
        push(p);
}

void PlatformSimulator::scheduleAudits(const QString &mmsid)
{
    for (int carrier = 1; carrier <= 3; ++carrier) {
        const int verdict = m_config.auditVerdicts.value(carrier - 1, 1);
        if (verdict == 0)
            continue;
        QTimer::singleShot(m_config.auditDelayMs + (carrier - 1) * 50, this, [this, mmsid, carrier, verdict] {
            if (m_templates.contains(mmsid))
                m_templates[mmsid].verdicts[carrier - 1] = verdict;
            const QJsonObject push{{u"username"_s, m_config.username}, {u"mmsid"_s, mmsid},
                                   {u"status"_s, QString::number(verdict)},
                                   {u"message"_s, verdict == 1 ? u"通过"_s : u"内容不符合规范"_s},
                                   {u"type"_s, QString::number(carrier)}};
            this->push(HeldPush{HeldPush::Audit, {}, {}, QJsonDocument(push).toJson(QJsonDocument::Compact)});
        });
    }
}

void PlatformSimulator::scheduleReports(const QString &taskid, const QString &sub, const QStringList &mobiles)
{
    {
        QTimer::singleShot(m_config.reportDelayMs, this, [this, taskid, mobiles] {
            static const QList<QByteArray> failures = {"UNDELIV", "EXPIRED", "REJECTD", "MK:0001", "DB:0140"};
            QList<QByteArray> records;
            const QByteArray time = chinaTime().toLatin1();
            for (const QString &m : mobiles) {
                const bool ok = m_rng.generateDouble() < m_config.deliveredRatio;
                const QByteArray status = ok ? QByteArray("DELIVRD") : failures.at(m_rng.bounded(int(failures.size())));
                records.append(m.toLatin1() + ',' + status + ',' + taskid.toLatin1() + ',' + time);
            }
            push(HeldPush{HeldPush::Report, "rpts", records, {}});
        });
    }
    if (m_config.replyRatio > 0) {
        QTimer::singleShot(m_config.replyDelayMs, this, [this, sub, mobiles] {
            static const QStringList texts = {u"收到"_s, u"TD"_s, u"好的，谢谢"_s, u"退订"_s, u"T"_s, u"几点开始？"_s};
            QList<QByteArray> records;
            const QByteArray time = chinaTime().toLatin1();
            for (const QString &m : mobiles) {
                if (m_rng.generateDouble() >= m_config.replyRatio)
                    continue;
                const QString text = texts.at(m_rng.bounded(int(texts.size())));
                records.append(m.toLatin1() + ',' + sub.toLatin1() + ',' + QUrl::toPercentEncoding(text) + ',' + time);
            }
            if (!records.isEmpty())
                push(HeldPush{HeldPush::Reply, "mos", records, {}});
        });
    }
}

} // namespace mms::sim
