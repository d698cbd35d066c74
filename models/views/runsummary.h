// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/store.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

namespace Runbench::Models {

// What the runs table keeps of one run: small, so 100,000 of them filter in a few milliseconds.
struct RunSummary
{
    QString uid;
    QString name;
    QString project;
    QString function;    // project/name of the function, without the hash
    QString functionRef; // project/name@hash as stored
    QString state;
    qint64 started = 0; // ms since the epoch, 0 = unknown
    qint64 ended = 0;   // ms since the epoch, 0 = not ended
    QList<std::pair<QString, QString>> labels;
    QString labelsText; // "key=value, ..." as the table shows it

    static RunSummary fromRow(const RunRecordRow &row);
};

// Which runs the runs table shows; empty fields do not filter.
struct RunsFilter
{
    QStringList states;
    QString project;
    QString function;     // project/name
    QString nameContains; // any case
    QMap<QString, QString> labels;
    qint64 startedFrom = 0; // ms since the epoch; the run started at or after it; 0 = open
    qint64 startedTo = 0;   // ms since the epoch; the run started at or before it; 0 = open

    bool accepts(const RunSummary &run) const;
    bool operator==(const RunsFilter &other) const = default;
};

} // namespace Runbench::Models
