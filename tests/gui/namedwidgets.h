// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

// Checks for the desktop convention that every interactive widget is named.
namespace NamedWidgets {

// Every button, combo, spin box, line edit and item view under root has an object name and an
// accessible name.
inline void check(const QWidget &root)
{
    // Parts of a combo box, spin box, item view or line edit belong to it and are named through it.
    const auto inner = [&root](const QWidget *w) {
        for (const QWidget *p = w->parentWidget(); p && p != &root; p = p->parentWidget()) {
            if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p) ||
                qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QLineEdit *>(p))
                return true;
        }
        return false;
    };
    for (const QWidget *w : root.findChildren<QWidget *>()) {
        const bool interactive =
            qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w) ||
            qobject_cast<const QAbstractSpinBox *>(w) ||
            qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QLineEdit *>(w);
        if (!interactive || inner(w) || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
}

} // namespace NamedWidgets
