// mms-receiver: the platform's pushes (audit results, delivery reports, replies) received
// around the clock on a server and stored in the team's database. See docs/team-mode.md.
#include "ReceiverConfig.h"
#include "ReceiverDaemon.h"

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"mms-receiver"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MMS_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(u"Receives the video MMS platform's pushes on /report, /mo and /audit and stores them "
                                "in MMS Studio's database (SQLite file or PostgreSQL), answering each push once it is committed."_s);
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({u"config"_s, u"The config file (default /etc/mms-receiver/mms-receiver.conf)."_s, u"FILE"_s,
                 u"/etc/mms-receiver/mms-receiver.conf"_s});
    p.addOption({u"check"_s, u"Read the config, open (and migrate) the database, then exit: 0 if all is well."_s});
    p.process(app);

    ReceiverConfig config;
    QString error;
    if (!config.load(p.value(u"config"_s), &error)) {
        ReceiverDaemon::log(ReceiverDaemon::Error, u"config: %1"_s.arg(error));
        return 2;
    }
    if (p.isSet(u"check"_s)) {
        if (!mms::Database::open(config.databaseWithPassword(), &error)) {
            ReceiverDaemon::log(ReceiverDaemon::Error, u"database: %1"_s.arg(error));
            return 3;
        }
        ReceiverDaemon::log(ReceiverDaemon::Info, u"config and database are fine: %1"_s.arg(mms::Database::displayLocation(config.database)));
        return 0;
    }
    int rc = 0;
    {
        ReceiverDaemon daemon(config);
        if (!daemon.start(&error)) {
            ReceiverDaemon::log(ReceiverDaemon::Error, error);
            return 3;
        }
        std::signal(SIGTERM, [](int) { ReceiverDaemon::requestStop(); });
        std::signal(SIGINT, [](int) { ReceiverDaemon::requestStop(); });
        rc = QCoreApplication::exec();
    } // the receiver applies the outcomes of everything it answered as it goes
    ReceiverDaemon::log(ReceiverDaemon::Info, u"stopped"_s);
    return rc;
}
