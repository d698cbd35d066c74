// SPDX-License-Identifier: Apache-2.0
#include "recentitems.h"

#include <QSettings>

namespace Runbench::Ui {

namespace {
const auto kKey = QStringLiteral("MainWindow/recentItems");
}

QStringList RecentItems::items() const
{
    return QSettings().value(kKey).toStringList().mid(0, kMaximum);
}

void RecentItems::add(const QString &item)
{
    QStringList list = items();
    list.removeAll(item);
    list.prepend(item);
    save(list.mid(0, kMaximum));
}

void RecentItems::clear()
{
    save({});
}

void RecentItems::save(const QStringList &items)
{
    QSettings().setValue(kKey, items);
}

} // namespace Runbench::Ui
