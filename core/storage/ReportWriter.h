#pragma once

#include "protocol/Pushes.h"

#include <QString>
#include <memory>
#include <optional>

namespace mms {

class Database;
struct PushStoreResult;

// Stores delivery-report pushes: on SQLite through its own API with statements prepared once,
// since the receiver takes tens of thousands of records a second; on PostgreSQL with COPY and
// set statements (ReportApplyPostgres).
//
// Two steps, so that answering a push costs about what a bare insert costs:
// store() appends a push's records as they came, in one transaction; applyOutcomes() then,
// a moment later and for many pushes at once, links each stored report to its batch (taskid)
// and recipient (number), folds it into the recipient's outcome and the batch's counts in
// recipient order, and moves the applied-up-to mark in the same transaction (so a crash
// between the two loses nothing: the next apply picks up from the mark). Belongs to the
// Database's thread.
class ReportWriter
{
public:
    explicit ReportWriter(Database &db);
    ~ReportWriter();
    ReportWriter(const ReportWriter &) = delete;
    ReportWriter &operator=(const ReportWriter &) = delete;

    std::optional<PushStoreResult> store(const QList<ReportRecord> &reports, QString *error);
    // Links and applies up to maxReports stored reports; returns how many (0: none waiting),
    // -1 on error. matched: how many of them named a known send (the others are kept unmatched).
    int applyOutcomes(int maxReports, QString *error, int *matched = nullptr);
    // Links the reports already applied that named this taskid before any send had it (its
    // answer stored later, or adopted from the reports for a batch of unknown outcome) and
    // applies their outcomes. Returns how many were linked, -1 on error.
    int relink(const QString &taskid, QString *error);

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace mms
