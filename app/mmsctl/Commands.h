#pragma once

#include <QStringList>

class CliContext;

// Each command parses its own options (args[0] is the program name) and returns the exit code.
int runBalance(CliContext &ctx, const QStringList &args);
int runAccount(CliContext &ctx, const QString &sub, const QStringList &args);
int runTemplate(CliContext &ctx, const QString &sub, const QStringList &args);
int runSend(CliContext &ctx, const QStringList &args);
int runReceive(CliContext &ctx, const QStringList &args);
int runCampaign(CliContext &ctx, const QString &sub, const QStringList &args);
int runCampaignResend(CliContext &ctx, const QStringList &args); // campaign resend ID --failed|--unreached
int runRecipients(CliContext &ctx, const QString &sub, const QStringList &args);
int runBlocklist(CliContext &ctx, const QString &sub, const QStringList &args);
int runAudience(CliContext &ctx, const QString &sub, const QStringList &args);
int runReports(CliContext &ctx, const QString &command, const QStringList &args);

// A recipients file as the importing commands read it (send --csv, recipients check, blocklist
// import, audience import): --sheet, --encoding and --mobile-column applied, every failure
// reported. false: the failure is reported and *exitCode holds its code.
namespace mms {
struct FileSniff;
struct ImportOptions;
}
class QCommandLineParser;
class QString;
bool readRecipientList(CliContext &ctx, const QCommandLineParser &p, const QString &path, mms::FileSniff *sniff,
                       mms::ImportOptions *options, int *exitCode);

// Sends (or resumes) a stored campaign with the engine until it stops; prints the outcome.
namespace mms {
struct Account;
}
class QJsonObject;
int sendCampaign(CliContext &ctx, const mms::Account &account, qint64 campaignId, double requestsPerSecond,
                 const QJsonObject &extra);

// Shared by the commands: parse args with the global options plus the command's own.
// Returns false after printing an error (exit code in *exitCode).
class QCommandLineParser;
bool parseCommand(CliContext &ctx, QCommandLineParser &parser, const QStringList &args, const QString &usage,
                  int expectedPositionals, int *exitCode);
