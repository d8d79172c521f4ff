#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace mms {

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // English is the source language: nothing to load (and no Chinese fallback for en_US).
    if (locale.language() != QLocale::Chinese)
        return u"en"_s;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); // numbers, sizes and dates too
    auto *app = new QTranslator(QCoreApplication::instance());
    if (app->load(QLocale(QLocale::Chinese, QLocale::China), u"mmsstudio"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(app);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return u"zh_CN"_s;
}

} // namespace mms
