#pragma once

#include "protocol/Pushes.h"

#include <QString>
#include <memory>
#include <optional>

namespace mms {

class Database;
struct PushStoreResult;

// Stores delivery-report pushes through SQLite's own API with statements prepared once, since
// the receiver takes tens of thousands of records a second.
//
// Two steps, so a push costs a few appended pages whatever order its numbers come in:
// store() appends a push's records in one transaction, each linked to its batch (taskid) and
// recipient (number); applyOutcomes() then folds the reports not yet applied into each
// recipient's outcome and each batch's counts, in recipient order, and moves the applied-up-to
// mark in the same transaction (so a crash between the two loses nothing: the next apply
// picks up from the mark). Belongs to the Database's thread.
class ReportWriter
{
public:
    explicit ReportWriter(Database &db);
    ~ReportWriter();
    ReportWriter(const ReportWriter &) = delete;
    ReportWriter &operator=(const ReportWriter &) = delete;

    std::optional<PushStoreResult> store(const QList<ReportRecord> &reports, QString *error);
    // Applies up to maxReports stored reports; returns how many (0: none waiting), -1 on error.
    int applyOutcomes(int maxReports, QString *error);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace mms
