#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace mms {

class Database;

// What became of the messages a number was sent, across every campaign of an account: the
// segments of an audience ("delivered", "failed", "replied", "never sent").
enum class PastOutcome { Any, Delivered, Failed, Replied, NeverSent };

std::optional<PastOutcome> pastOutcomeFromName(const QString &name); // any|delivered|failed|replied|never-sent
QString pastOutcomeName(PastOutcome outcome);
QString pastOutcomeLabel(PastOutcome outcome); // for people, translated

class PastOutcomes
{
public:
    enum Flag : quint8 { Sent = 1, Delivered = 2, Failed = 4, Replied = 8 };

    // The flags of each of numbers (SendLedger::key) over the account's sent batches; nullopt with
    // *error when the store could not be read. One pass over the recipients those batches hold.
    static std::optional<QHash<quint64, quint8>> read(Database &db, qint64 accountId, const QSet<quint64> &numbers, QString *error);
    // Delivered: was delivered once; Failed: reported failed, never delivered; Replied: replied once;
    // NeverSent: in no sent batch.
    static bool matches(quint8 flags, PastOutcome outcome);
};

} // namespace mms
