// MMS Studio (视频彩信工作室): the desktop application.
#include "MainWindow.h"
#include "StudioApp.h"
#include "Translations.h"
#include "util/Config.h"
#include "designer/DesignerPage.h"
#include "util/DataPaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QScreen>
#include <QTimer>

#include <utility>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"mms-studio"_s);
    QApplication::setApplicationDisplayName(u"MMS Studio"_s);
    QApplication::setOrganizationName(u"MMSStudio"_s);
    QApplication::setApplicationVersion(QStringLiteral(MMS_VERSION));
    QGuiApplication::setDesktopFileName(u"cn.mmsstudio.MmsStudio"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/cn.mmsstudio.MmsStudio.svg"_s));

    QCommandLineOption lang(u"lang"_s, u"Language: zh_CN or en (default: the setting, else the system's)."_s, u"LANG"_s);
    // The language must be known before any widget is made; a quick look at the arguments.
    {
        const QStringList args = QCoreApplication::arguments();
        const qsizetype i = args.indexOf(u"--lang"_s);
        mms::installTranslations(i >= 0 && i + 1 < args.size() ? args.at(i + 1) : mms::Config().language());
    }
    QCommandLineParser p;
    p.addOption(lang);
    p.setApplicationDescription(u"MMS Studio: video MMS templates and campaigns."_s);
    p.addHelpOption();
    p.addVersionOption();
    QCommandLineOption db(u"db"_s, u"Store: a database file, or postgresql://user:password@host:port/database (default: the saved workspace, else the per-user store)."_s, u"PATH"_s);
    p.addOption(db);
    // For the user guide and for checking the look: grab the window after a delay and exit.
    QCommandLineOption screenshot(u"screenshot"_s, u"Save a picture of the window to FILE and exit."_s, u"FILE"_s);
    QCommandLineOption delay(u"screenshot-delay"_s, u"Milliseconds to wait before the picture (default 4000)."_s,
                             u"MS"_s, u"4000"_s);
    QCommandLineOption area(u"area"_s, u"Open on this area: templates, campaigns, reports or results (Reports, its Results tab)."_s, u"AREA"_s);
    p.addOption(area);
    p.addOption(screenshot);
    QCommandLineOption screenshotScreen(u"screenshot-screen"_s, u"With --screenshot: a picture of the whole screen, not only the window."_s);
    p.addOption(screenshotScreen);
    p.addOption(delay);
    p.addPositionalArgument(u"file"_s, u"A template to open (*.mmstpl), or a manifest to import (*.json)."_s, u"[file]"_s);
    p.process(app);

    // The saved workspace (the local store, or a team's database) opens once its password is
    // read and its server answers; the window appears then.
    mms::StudioApp studio(p.isSet(db) ? p.value(db) : mms::paths::defaultDatabasePath(), p.isSet(db));
    bool first = true;
    QObject::connect(&studio, &mms::StudioApp::windowReady, &studio, [&](mms::MainWindow *window) {
        if (!std::exchange(first, false))
            return;
        if (!p.positionalArguments().isEmpty())
            window->designer()->openFile(p.positionalArguments().constFirst());
        if (p.isSet(area))
            window->showArea(p.value(area));
        window->show();
        if (p.isSet(screenshot)) {
            QTimer::singleShot(p.value(delay).toInt(), &studio, [&studio, &p, &screenshotScreen, file = p.value(screenshot)] {
                const bool saved = p.isSet(screenshotScreen) ? studio.window()->screen()->grabWindow(0).save(file)
                                                             : studio.window()->grab().save(file);
                QCoreApplication::exit(saved ? 0 : 1);
            });
        }
    });
    studio.start();
    return app.exec();
}
