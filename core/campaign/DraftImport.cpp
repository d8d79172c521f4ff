#include "campaign/DraftImport.h"

#include "audience/AudienceRowReader.h"
#include "campaign/ResendRowReader.h"
#include "storage/CampaignRecipientSink.h"
#include "storage/Database.h"
#include "storage/SendLedger.h"
#include "storage/Store.h"
#include "util/Words.h"

#include <QCoreApplication>
#include <array>
#include <climits>

namespace mms {

QStringList unmappedVariables(const QStringList &templateVariables, const ImportOptions &options,
                              const QMap<QString, QString> &sharedVars)
{
    QStringList missing;
    for (const QString &v : templateVariables) {
        bool given = sharedVars.contains(v);
        for (const auto &m : options.variables)
            given = given || m.first == v;
        if (!given)
            missing << v;
    }
    return missing;
}

DraftImportResult importDraft(Database &db, const DraftImportRequest &request, const std::function<bool(int)> &progress)
{
    DraftImportResult r;
    if (const auto tpl = Store(db).templateByMmsid(request.campaign.mmsid))
        r.missingVariables = unmappedVariables(tpl->variables, request.options, request.campaign.sharedVars);
    if (!r.missingVariables.isEmpty()) {
        r.outcome = DraftImportResult::Outcome::MissingVariables;
        r.error = QCoreApplication::translate("mms::DraftImport", "The template uses %1 with no value: choose a column for each.").arg(words::list(r.missingVariables));
        return r;
    }

    ImportOptions options = request.options;
    QString error;
    const auto blocked = Store(db).blocklist(&error);
    if (!blocked) {
        r.outcome = DraftImportResult::Outcome::StorageFailed;
        r.error = QCoreApplication::translate("mms::DraftImport", "Cannot read the blocklist: %1").arg(error);
        return r;
    }
    options.blocklist = *blocked;
    const auto caps = FrequencyCaps::parse(request.campaign.caps, &error);
    if (!caps) {
        r.outcome = DraftImportResult::Outcome::StorageFailed;
        r.error = error;
        return r;
    }
    SendLedger::Day sentToday;
    if (!caps->isOff() && !request.campaign.isTest) {
        const QDateTime now = request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
        const QDateTime start = QDateTime::fromString(request.campaign.scheduledAt, Qt::ISODate);
        const int day = FrequencyCaps::chinaDay(start.isValid() && start > now ? start : now);
        auto counts = SendLedger(db).counts(request.campaign.accountId, request.campaign.mmsid, day, &error);
        if (!counts) {
            r.outcome = DraftImportResult::Outcome::StorageFailed;
            r.error = QCoreApplication::translate("mms::DraftImport", "Cannot read what was sent today: %1").arg(error);
            return r;
        }
        sentToday = std::move(*counts);
        if (!sentToday.isEmpty()) {
            // The hour a row will go out in is not known yet: the hourly cap waits for the claim.
            // The reasons worded once: tens of thousands of rows may share them.
            const std::array<QString, 4> reasons{QString(), caps->reasonText(FrequencyCaps::Reason::SameTemplate),
                                                 caps->reasonText(FrequencyCaps::Reason::Day),
                                                 caps->reasonText(FrequencyCaps::Reason::Hour)};
            options.capReason = [&sentToday, c = *caps, reasons](qint64 number) {
                const SendLedger::Counts *got = sentToday.find(quint64(number));
                return got ? reasons[size_t(c.check(got->sameTemplate, got->all, 0))] : QString();
            };
        }
    }

    CampaignStore::NewCampaign nc = request.campaign;
    nc.variables.clear();
    for (const auto &m : std::as_const(options.variables))
        nc.variables << m.first;
    nc.personalised = !nc.variables.isEmpty();

    CampaignStore store(db);
    const auto id = store.createDraft(nc, &error);
    if (!id) {
        r.outcome = DraftImportResult::Outcome::StorageFailed;
        r.error = QCoreApplication::translate("mms::DraftImport", "Cannot create the campaign: %1").arg(error);
        return r;
    }
    // Whatever goes wrong from here, nothing is left behind.
    const auto dropDraft = [&](CampaignRecipientSink *sink) {
        if (sink)
            sink->rollback();
        QString ignored;
        store.deleteCampaign(*id, &ignored);
    };

    CampaignRecipientSink sink(db, *id, nc.variables);
    if (!sink.begin()) {
        r.outcome = DraftImportResult::Outcome::StorageFailed;
        r.error = QCoreApplication::translate("mms::DraftImport", "Cannot write the recipients: %1").arg(sink.error());
        dropDraft(nullptr);
        return r;
    }
    if (progress) {
        // Rows are written while the file is read; what is left at the end is short.
        sink.setProgress([&progress](qint64 done, qint64 total) { progress(950 + int(total ? done * 50 / total : 50)); });
    }
    const auto reading = [&progress](qint64 done, qint64 total) { return !progress || progress(int(total ? done * 950 / total : 0)); };
    if (request.resend.campaignId) {
        const DraftImportRequest::Resend &rs = request.resend;
        const auto counts = ResendStore(db).count(rs.campaignId, rs.scope, rs.noReportBefore, &error);
        if (!counts) {
            r.outcome = DraftImportResult::Outcome::StorageFailed;
            r.error = QCoreApplication::translate("mms::DraftImport", "Cannot read the campaign's recipients: %1").arg(error);
            dropDraft(&sink);
            return r;
        }
        options.hasHeader = false;
        options.skipRows = 0;
        options.mobileColumn = 0;
        QStringList variables;
        for (const auto &m : std::as_const(options.variables))
            variables << m.first;
        ResendRowReader reader(db, rs.campaignId, rs.scope, rs.noReportBefore, variables, counts->total());
        r.summary = importRows(reader, options, sink, reading);
    } else if (request.audience.isEmpty()) {
        r.summary = importRecipients(request.path, options, sink, reading);
    } else {
        const auto audience = AudienceStore(db).find(request.audience, &error);
        if (!audience) {
            r.outcome = DraftImportResult::Outcome::Unreadable;
            r.error = error.isEmpty() ? QCoreApplication::translate("mms::DraftImport", "There is no audience “%1”.").arg(request.audience)
                                      : QCoreApplication::translate("mms::DraftImport", "Cannot read the audience: %1").arg(error);
            dropDraft(&sink);
            return r;
        }
        options.hasHeader = false;
        options.skipRows = 0;
        options.mobileColumn = 0;
        AudienceRowReader reader(db, *audience);
        QHash<quint64, quint8> outcomes;
        if (request.pastOutcome != PastOutcome::Any) {
            // A segment by past outcome: every member's number, then one pass over the account's sends.
            QSet<quint64> numbers;
            for (qint64 after = 0;;) {
                const auto page = AudienceStore(db).members(audience->id, after, 5000, &error);
                if (!page) {
                    r.outcome = DraftImportResult::Outcome::Unreadable;
                    r.error = QCoreApplication::translate("mms::DraftImport", "Cannot read the audience: %1").arg(error);
                    dropDraft(&sink);
                    return r;
                }
                if (page->isEmpty())
                    break;
                for (const AudienceStore::Member &m : *page)
                    numbers.insert(SendLedger::key(m.mobile));
                after = page->last().id;
            }
            const auto read = PastOutcomes::read(db, request.campaign.accountId, numbers, &error);
            if (!read) {
                r.outcome = DraftImportResult::Outcome::Unreadable;
                r.error = QCoreApplication::translate("mms::DraftImport", "Cannot read the earlier sends: %1").arg(error);
                dropDraft(&sink);
                return r;
            }
            outcomes = *read;
            const PastOutcome wanted = request.pastOutcome;
            reader.setFilter([&outcomes, wanted](const QString &mobile) {
                return PastOutcomes::matches(outcomes.value(SendLedger::key(mobile)), wanted);
            });
        }
        r.summary = importRows(reader, options, sink, reading);
        r.segmentLeftOut = reader.leftOut();
    }
    const ImportSummary &s = r.summary;
    using Outcome = DraftImportResult::Outcome;
    if (s.cancelled) {
        r.outcome = Outcome::Cancelled;
        r.error = QCoreApplication::translate("mms::DraftImport", "The import was cancelled; nothing was kept.");
    } else if (!s.error.isEmpty()) {
        r.outcome = Outcome::Unreadable;
        r.error = s.error;
    } else if (s.blockingRows > 0) {
        // A draft that cannot be sent is no use to anyone (and a crash would leave it behind):
        // the problem rows are in the summary, to be fixed in the file or left out.
        r.outcome = Outcome::EmptyValues;
        const int rows = s.blockingRows > INT_MAX ? INT_MAX : int(s.blockingRows); // (lupdate hangs on a template call in tr's arguments)
        r.error = QCoreApplication::translate("mms::DraftImport", "%n rows have an empty variable value: fill them in the file, or leave them out.", nullptr,
                     rows);
    } else if (s.valid == 0) {
        r.outcome = Outcome::NoValidRecipients;
        r.error = request.resend.campaignId
                      ? QCoreApplication::translate("mms::DraftImport", "Nobody to send to again: the campaign reached everyone in that choice, or they are on the blocklist now.")
                  : s.capped > 0 && s.blocked + s.invalid + s.otherCarriers == 0
                      ? QCoreApplication::translate("mms::DraftImport", "Nobody to send to: every number already got what the frequency caps allow today (Preferences → Frequency caps per number; mmsctl send --ignore-caps for one send).")
                  : r.segmentLeftOut > 0 && s.invalid == 0
                      ? QCoreApplication::translate("mms::DraftImport", "Nobody to send to: no member of the audience is in the segment chosen (%1).")
                            .arg(pastOutcomeLabel(request.pastOutcome))
                  : s.otherCarriers > 0
                      ? QCoreApplication::translate("mms::DraftImport", "No recipients on the carriers chosen: choose more of them.")
                      : QCoreApplication::translate("mms::DraftImport", "No valid recipients: check the number column.");
    } else if (!sink.commit()) {
        r.outcome = Outcome::StorageFailed;
        r.error = QCoreApplication::translate("mms::DraftImport", "Cannot write the recipients: %1").arg(sink.error());
    } else if (!store.saveIssues(*id, s.issues, &error) || !store.finalize(*id, &error)) {
        r.outcome = Outcome::StorageFailed;
        r.error = QCoreApplication::translate("mms::DraftImport", "Cannot write the recipients: %1").arg(error);
    } else {
        r.outcome = Outcome::Created;
        r.campaignId = *id;
        return r;
    }
    dropDraft(&sink);
    return r;
}

std::optional<DraftImportRequest> makeResendRequest(Database &db, qint64 campaignId, ResendScope scope,
                                                    const QDateTime &noReportBefore, const QString &mmsid,
                                                    ResendCounts *counts, QString *error)
{
    const auto original = CampaignStore(db).campaign(campaignId);
    if (!original) {
        *error = QCoreApplication::translate("mms::DraftImport", "There is no campaign %1.").arg(campaignId);
        return std::nullopt;
    }
    const auto c = ResendStore(db).count(campaignId, scope, noReportBefore, error);
    if (!c)
        return std::nullopt;
    if (counts)
        *counts = *c;
    DraftImportRequest request;
    request.resend = {campaignId, scope, noReportBefore};
    // The rows are the number and then the original's variables, in its order.
    for (int i = 0; i < original->variables.size(); ++i)
        request.options.variables.append({original->variables.at(i), i + 1});
    request.options.hasHeader = false;
    request.options.mobileColumn = 0;
    request.options.emptyValuesAllowed = true; // the values went out once as they are
    CampaignStore::NewCampaign &nc = request.campaign;
    nc.accountId = original->accountId;
    nc.mmsid = mmsid.isEmpty() ? original->mmsid : mmsid;
    nc.sub = original->sub;
    nc.sharedVars = original->sharedVars;
    nc.sendWindow = original->sendWindow;
    nc.caps = original->caps;
    const QString base = original->name.isEmpty() ? QCoreApplication::translate("mms::DraftImport", "Campaign %1").arg(campaignId) : original->name;
    nc.name = scope == ResendScope::Failed ? QCoreApplication::translate("mms::DraftImport", "%1 (again: failed)").arg(base)
                                           : QCoreApplication::translate("mms::DraftImport", "%1 (again: unreached)").arg(base);
    nc.source = scope == ResendScope::Failed ? QStringLiteral("resend:%1:failed").arg(campaignId)
                                             : QStringLiteral("resend:%1:unreached").arg(campaignId);
    return request;
}

} // namespace mms
