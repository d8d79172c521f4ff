#include "Translations.h"

#include "protocol/ReportStatus.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace mms {

namespace {
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> list;
    return list;
}

bool install(QTranslator *t, bool loaded)
{
    if (!loaded) {
        delete t;
        return false;
    }
    QCoreApplication::installTranslator(t);
    installed().append(t);
    return true;
}
} // namespace

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() != QLocale::Chinese) {
        // English is the source language; its catalogue only adds plural forms ("1 recipient").
        auto *en = new QTranslator(QCoreApplication::instance());
        install(en, en->load(u":/i18n/mmsstudio_en.qm"_s));
        setReportStatusLanguage(u"en"_s);
        return u"en"_s;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); // numbers, sizes and dates too
    setReportStatusLanguage(u"zh_CN"_s);
    auto *app = new QTranslator(QCoreApplication::instance());
    install(app, app->load(QLocale(QLocale::Chinese, QLocale::China), u"mmsstudio"_s, u"_"_s, u":/i18n"_s));
    auto *qt = new QTranslator(QCoreApplication::instance());
    install(qt, qt->load(QLocale(QLocale::Chinese, QLocale::China), u"qtbase"_s, u"_"_s,
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    return u"zh_CN"_s;
}

void removeTranslations()
{
    for (QTranslator *t : std::as_const(installed())) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();
}

} // namespace mms
