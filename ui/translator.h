// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Runbench::Ui {

// Installs Qt's and Runbench's translations for the locale, falling back to English.
// Returns true when Runbench's own translation for the locale (or English) was found.
bool installTranslators(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Runbench::Ui
