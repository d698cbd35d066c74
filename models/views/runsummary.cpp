// SPDX-License-Identifier: Apache-2.0
#include "runsummary.h"

#include "document/storedjson.h"

#include <algorithm>

namespace Runbench::Models {

RunSummary RunSummary::fromRow(const RunRecordRow &row)
{
    RunSummary run;
    run.uid = row.uid;
    run.name = row.name;
    run.project = row.project;
    run.functionRef = row.function;
    run.function = row.function.section(QLatin1Char('@'), 0, 0);
    run.state = row.state;
    run.started = row.started.isValid() ? row.started.toMSecsSinceEpoch() : 0;
    run.ended = row.ended.isValid() ? row.ended.toMSecsSinceEpoch() : 0;
    QStringList texts;
    const Node labels = StoredJson::read(row.labels);
    for (const Node::Member &member : labels.members()) {
        const QString key = QString::fromStdString(member.key.displayText());
        const QString value = QString::fromStdString(member.value.displayText());
        run.labels.append({key, value});
        texts << key + QLatin1Char('=') + value;
    }
    run.labelsText = texts.join(QStringLiteral(", "));
    return run;
}

bool RunsFilter::accepts(const RunSummary &run) const
{
    if (!states.isEmpty() && !states.contains(run.state))
        return false;
    if (!project.isEmpty() && run.project != project)
        return false;
    if (!function.isEmpty() && run.function != function)
        return false;
    if (!nameContains.isEmpty() && !run.name.contains(nameContains, Qt::CaseInsensitive))
        return false;
    if ((startedFrom && run.started < startedFrom) || (startedTo && run.started > startedTo))
        return false;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        const auto found = std::find_if(run.labels.cbegin(), run.labels.cend(),
                                        [&](const auto &label) { return label.first == it.key(); });
        if (found == run.labels.cend() || found->second != it.value())
            return false;
    }
    return true;
}

} // namespace Runbench::Models
