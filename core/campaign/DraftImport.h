#pragma once

#include "import/RecipientImport.h"
#include "storage/CampaignStore.h"
#include "storage/PastOutcomes.h"
#include "storage/ResendStore.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>

namespace mms {

class Database;

// The one path from a recipients file to a draft campaign, with one set of rules, for the
// wizard (through CampaignService), `mmsctl send` and audiences. The rules:
// - every variable the template uses (when the store knows the template) has a column or a
//   shared value, checked before the file is read;
// - the file is read and checked as importRecipients() does, the store's blocklist applied;
// - rows with an empty variable value that are not left out, no valid recipient, a failure or
//   a cancel leave no campaign behind (the summary still lists every problem row);
// - otherwise the draft holds its recipients, batches and problem rows, ready to confirm.
struct DraftImportRequest
{
    QString path;
    // Instead of a file: an audience by name. Its rows are the number (column 0) and then its
    // columns (1, 2…): options.variables map to those; the blocklist applies the same way.
    QString audience;
    // Of an audience, only the members with this past outcome across the account's campaigns
    // (a segment; by carrier: options.carriers).
    PastOutcome pastOutcome = PastOutcome::Any;
    // Instead of a file or an audience: the recipients a campaign did not reach (ResendStore),
    // as rows of the number and then the campaign's variables in order. makeResendRequest()
    // fills in the rest.
    struct Resend
    {
        qint64 campaignId = 0;
        ResendScope scope = ResendScope::Failed;
        QDateTime noReportBefore; // Unreached: accepted with no report by then
    } resend;
    ImportOptions options; // the blocklist is the store's, whatever is given here
    // campaign.caps (FrequencyCaps) leave out, as the file is read, the numbers that already got
    // what the caps allow on the China day the campaign starts (the send ledger); they apply
    // again as each batch is claimed. Variables and personalised follow options.variables.
    CampaignStore::NewCampaign campaign;
    QDateTime now; // the clock (tests); invalid: the system's
};

struct DraftImportResult
{
    enum class Outcome {
        Created,
        MissingVariables, // a template variable has neither a column nor a shared value
        Unreadable,       // the file could not be read to the end
        Cancelled,
        EmptyValues,      // rows with an empty variable value block the send
        NoValidRecipients,
        StorageFailed,
    };
    Outcome outcome = Outcome::StorageFailed;
    qint64 campaignId = 0; // non-zero only for Created
    qint64 segmentLeftOut = 0; // members of the audience outside the segment asked for
    ImportSummary summary;
    QStringList missingVariables;
    QString error; // in words, for every outcome but Created

    bool created() const { return outcome == Outcome::Created; }
};

// The template variables that neither a column nor a shared value gives.
QStringList unmappedVariables(const QStringList &templateVariables, const ImportOptions &options,
                              const QMap<QString, QString> &sharedVars);

// A resend of campaign id to those it did not reach, as the original was sent (its variables and
// their values, shared values, extension, sending window), with template mmsid (empty: the
// same). Counts says how many are in scope. nullopt with *error when there is no such campaign.
std::optional<DraftImportRequest> makeResendRequest(Database &db, qint64 campaignId, ResendScope scope,
                                                    const QDateTime &noReportBefore, const QString &mmsid,
                                                    ResendCounts *counts, QString *error);

// Runs on the calling thread with its own connection db. progress(permille) is called now and
// then (reading the file is the first 950, writing what is left the rest); returning false cancels.
DraftImportResult importDraft(Database &db, const DraftImportRequest &request,
                              const std::function<bool(int)> &progress = {});

} // namespace mms
