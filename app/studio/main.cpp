// MMS Studio (视频彩信工作室): the desktop application.
#include "MainWindow.h"
#include "util/DataPaths.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"mms-studio"_s);
    QApplication::setApplicationDisplayName(u"MMS Studio"_s);
    QApplication::setOrganizationName(u"MMSStudio"_s);
    QApplication::setApplicationVersion(QStringLiteral(MMS_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(u"MMS Studio: video MMS templates and campaigns."_s);
    p.addHelpOption();
    p.addVersionOption();
    QCommandLineOption db(u"db"_s, u"Database file (default: the per-user store)."_s, u"PATH"_s);
    p.addOption(db);
    p.process(app);

    mms::MainWindow window(p.isSet(db) ? p.value(db) : mms::paths::defaultDatabasePath());
    window.show();
    return app.exec();
}
