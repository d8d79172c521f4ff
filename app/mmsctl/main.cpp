// mmsctl: MMS Studio from a terminal (docs/mmsctl.md).
#include "CliContext.h"
#include "Commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {
const char *kUsage =
    "Usage: mmsctl <command> [options]\n"
    "\n"
    "Commands:\n"
    "  balance                       Show the account balance.\n"
    "  template check MANIFEST       Validate a template manifest (offline).\n"
    "  template submit MANIFEST      Validate and submit a template; prints its mmsid.\n"
    "  template fit MANIFEST --out DIR  Re-encode media to fit the size limit (FFmpeg).\n"
    "  template preview MANIFEST --out FILE.mp4|FILE.png\n"
    "                                A preview to send for approval (the slideshow, or the conversation).\n"
    "  template list                 Templates of the account with each carrier's audit state.\n"
    "  send --mmsid ID --to N1,N2    Send a template to numbers (common send); --window HH:MM-HH:MM|any\n"
    "                                sets the hours it may send in (default 08:00-22:00 China time).\n"
    "  send --mmsid ID --csv FILE --map Text1=姓名,Text2=门店\n"
    "                                Send to the recipients of a CSV/TXT file, personalised.\n"
    "  send --mmsid ID --audience NAME --map Text1=姓名\n"
    "                                Send to an audience (a list kept in the store), personalised.\n"
    "  recipients check FILE         Check a recipients file: valid, invalid (why), duplicates.\n"
    "  audience import NAME FILE|list|show NAME|remove NAME\n"
    "                                Customer lists kept with all their columns, sent to again.\n"
    "  campaign list|show|resume|pause|cancel|resolve\n"
    "                                Follow and control campaigns (resolve: unknown batches;\n"
    "                                resume ID --window 08:00-22:00|any: the hours it may send in).\n"
    "  campaign resend ID --failed|--unreached [--mmsid ID]\n"
    "                                A new campaign of those campaign ID did not reach.\n"
    "  blocklist add|remove|list|import|undo  Numbers never sent to (import FILE: a suppression list; undo --since TIME takes blocks back).\n"
    "  receive --listen HOST:PORT    Receive and store audit, report and reply pushes.\n"
    "  reports [--campaign ID]       Delivery: delivered, failed (by status), waiting, replies.\n"
    "  replies                       Replies received (MO), newest first.\n"
    "  audits                        Audit results received, per carrier.\n"
    "  account add NAME ...          Save a platform account (its password is not part of it).\n"
    "  account password NAME         Keep its password in the system keychain (read from stdin).\n"
    "  account list                  List saved accounts.\n"
    "\n"
    "Global options: --db PATH, --profile NAME, --json, --timeout SECONDS, --help, --version.\n"
    "--profile NAME takes the password from MMS_PASSWORD, else from the keychain (as the studio does).\n"
    "Without --profile or MMS_BASE_URL (with MMS_USERID, MMS_USERNAME, MMS_PASSWORD, MMS_PRODUCTID),\n"
    "mmsctl uses the sandbox platform simulator, started on demand.\n"
    "'mmsctl <command> --help' describes each command.\n";

// The first arguments that are not options name the command (and its subcommand).
QStringList commandWords(const QStringList &args)
{
    static const QStringList withValue = {u"--db"_s, u"--profile"_s, u"--timeout"_s};
    QStringList words;
    for (int i = 1; i < args.size() && words.size() < 2; ++i) {
        const QString &a = args.at(i);
        if (withValue.contains(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(u'-'))
            continue;
        words << a;
    }
    return words;
}
} // namespace

int main(int argc, char *argv[])
{
    // template preview draws text (fonts need a QGuiApplication): on the offscreen platform, so
    // it runs without a display; every other command is a plain QCoreApplication.
    bool drawing = false;
    for (int i = 1; i + 1 < argc; ++i)
        drawing |= qstrcmp(argv[i], "template") == 0 && qstrcmp(argv[i + 1], "preview") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // QGuiApplication takes some options for itself (--style among them): the command line as given.
    QStringList given;
    for (int i = 0; i < argc; ++i)
        given << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> application(drawing ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(u"mmsctl"_s);
    QCoreApplication::setOrganizationName(u"MMSStudio"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MMS_VERSION));

    const QStringList args = drawing ? given : app.arguments();
    const QStringList words = commandWords(args);
    QTextStream out(stdout), err(stderr);
    if (words.isEmpty()) {
        if (args.contains(u"--version"_s)) {
            out << "mmsctl " << MMS_VERSION << Qt::endl;
            return ExitOk;
        }
        const bool help = args.contains(u"--help"_s) || args.contains(u"-h"_s);
        (help ? out : err) << kUsage;
        return help ? ExitOk : ExitUsage;
    }
    CliContext ctx;
    const QString command = words.at(0);
    const QString sub = words.value(1);
    if (command == u"balance"_s)
        return runBalance(ctx, args);
    if (command == u"template"_s)
        return runTemplate(ctx, sub, args);
    if (command == u"account"_s)
        return runAccount(ctx, sub, args);
    if (command == u"send"_s)
        return runSend(ctx, args);
    if (command == u"receive"_s)
        return runReceive(ctx, args);
    if (command == u"campaign"_s)
        return runCampaign(ctx, sub, args);
    if (command == u"recipients"_s)
        return runRecipients(ctx, sub, args);
    if (command == u"blocklist"_s)
        return runBlocklist(ctx, sub, args);
    if (command == u"audience"_s)
        return runAudience(ctx, sub, args);
    if (command == u"reports"_s || command == u"replies"_s || command == u"audits"_s)
        return runReports(ctx, command, args);
    err << "mmsctl: unknown command \"" << command << "\"\n\n" << kUsage;
    return ExitUsage;
}
