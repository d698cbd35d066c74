// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Runbench::Ui {

// The functions and files the user opened last, newest first, kept in the settings so the
// File menu offers them again after a restart.
class RecentItems
{
public:
    static constexpr int kMaximum = 10;

    QStringList items() const;
    // Moves (or adds) an item to the front.
    void add(const QString &item);
    void clear();

private:
    void save(const QStringList &items);
};

} // namespace Runbench::Ui
