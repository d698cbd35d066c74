// SPDX-License-Identifier: Apache-2.0
#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Runbench::Ui {

namespace {

// Where qt_add_translations embeds Runbench's .qm files.
const auto EmbeddedTranslations = QStringLiteral(":/i18n");

bool install(QCoreApplication &app, const QLocale &locale, const QString &name,
             const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, name, QStringLiteral("_"), directory) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

bool installTranslators(QCoreApplication &app, const QLocale &locale)
{
    install(app, locale, QStringLiteral("qt"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const auto runbench = QStringLiteral("runbench");
    return install(app, locale, runbench, EmbeddedTranslations) ||
           install(app, QLocale(QLocale::English), runbench, EmbeddedTranslations);
}

} // namespace Runbench::Ui
