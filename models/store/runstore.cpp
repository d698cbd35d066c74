// SPDX-License-Identifier: Apache-2.0
// The run half of Store: run iterations and their artifacts.
#include "store.h"
#include "storeconnection.h"

#include <QSet>

namespace Runbench::Models {

namespace {

bool isRunState(const QString &state)
{
    static const QStringList states = {
        QStringLiteral("created"),   QStringLiteral("pending"), QStringLiteral("running"),
        QStringLiteral("completed"), QStringLiteral("error"),   QStringLiteral("aborted"),
    };
    return states.contains(state);
}

const char *const runColumns =
    "uid, iteration, project, name, function, kind, handler, state, started, updated, ended,"
    " exit_code, error, run_dir, pid, pid_start, log_offset, labels, parameters, results, task,"
    " iterations";

RunRecordRow readRun(const SqliteStatement &row)
{
    RunRecordRow run;
    run.uid = row.text(0);
    run.iteration = int(row.int64(1));
    run.project = row.text(2);
    run.name = row.text(3);
    run.function = row.text(4);
    run.kind = row.text(5);
    run.handler = row.text(6);
    run.state = row.text(7);
    run.started = row.dateTime(8);
    run.updated = row.dateTime(9);
    run.ended = row.dateTime(10);
    if (!row.isNull(11))
        run.exitCode = int(row.int64(11));
    run.error = row.text(12);
    run.runDir = row.text(13);
    run.pid = row.int64(14);
    run.pidStart = row.int64(15);
    run.logOffset = row.int64(16);
    run.labels = row.blob(17);
    run.parameters = row.blob(18);
    run.results = row.blob(19);
    run.task = row.blob(20);
    run.iterations = row.blob(21);
    return run;
}

Status checkRun(const RunRecordRow &run)
{
    if (run.uid.isEmpty())
        return storeError(QStringLiteral("A run needs a uid to be saved."));
    if (!isRunState(run.state))
        return storeError(
            QStringLiteral("The run state '%1' is not one of created, pending, running, "
                           "completed, error or aborted.")
                .arg(run.state));
    return {};
}

Status writeRun(StoreConnection &c, const RunRecordRow &run, const QString &action)
{
    auto statement = c.prepare(
        QByteArray("INSERT INTO runs (") + runColumns +
            ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
            " ?18, ?19, ?20, ?21, ?22) ON CONFLICT (uid, iteration) DO UPDATE SET"
            " project = excluded.project, name = excluded.name, function = excluded.function,"
            " kind = excluded.kind, handler = excluded.handler, state = excluded.state,"
            " started = excluded.started, updated = excluded.updated, ended = excluded.ended,"
            " exit_code = excluded.exit_code, error = excluded.error, run_dir = excluded.run_dir,"
            " pid = excluded.pid, pid_start = excluded.pid_start, log_offset = excluded.log_offset,"
            " labels = excluded.labels, parameters = excluded.parameters,"
            " results = excluded.results, task = excluded.task, iterations = excluded.iterations",
        action);
    if (!statement.ok())
        return statement.error();
    statement->bindAll(run.uid, run.iteration, run.project, run.name, run.function, run.kind,
                       run.handler, run.state, run.started, run.updated, run.ended, run.exitCode,
                       run.error, run.runDir, run.pid, run.pidStart, run.logOffset);
    statement->bindBlob(18, run.labels);
    statement->bindBlob(19, run.parameters);
    statement->bindBlob(20, run.results);
    statement->bindBlob(21, run.task);
    statement->bindBlob(22, run.iterations);
    return c.execute(*statement, action);
}

Result<std::optional<RunRecordRow>> readOneRun(StoreConnection &c, const QString &uid,
                                               int iteration, const QString &action)
{
    auto statement = c.prepare(QByteArray("SELECT ") + runColumns +
                                   " FROM runs WHERE uid = ?1 AND iteration = ?2",
                               action);
    if (!statement.ok())
        return statement.error();
    statement->bindAll(uid, iteration);
    const int code = statement->step();
    if (code == SQLITE_DONE)
        return std::optional<RunRecordRow>();
    if (code != SQLITE_ROW)
        return c.failure(code, action);
    return std::optional<RunRecordRow>(readRun(*statement));
}

} // namespace

Status Store::saveRun(const RunRecordRow &run)
{
    return saveRuns({run});
}

Status Store::saveRuns(const std::vector<RunRecordRow> &runs)
{
    for (const RunRecordRow &run : runs) {
        if (Status ok = checkRun(run); !ok.ok())
            return ok;
    }
    const QString action = runs.size() == 1 ? QStringLiteral("save run %1").arg(runs.front().uid)
                                            : QStringLiteral("save %1 runs").arg(runs.size());
    return m_d->write(action, [&]() -> Status {
        QSet<QString> known;
        for (const RunRecordRow &run : runs) {
            if (!known.contains(run.project)) {
                Status lookup;
                if (!m_d->projectExists(run.project, &lookup))
                    return lookup.ok() ? storeError(QStringLiteral("The project '%1' does not "
                                                                   "exist, so run %2 cannot be "
                                                                   "saved in it.")
                                                        .arg(run.project, run.uid))
                                       : lookup;
                known.insert(run.project);
            }
            if (Status written = writeRun(*m_d, run, action); !written)
                return written;
        }
        return {};
    });
}

Result<std::optional<RunRecordRow>> Store::run(const QString &uid, int iteration) const
{
    return readOneRun(*m_d, uid, iteration, QStringLiteral("read run %1").arg(uid));
}

Result<RunRecordRow> Store::updateRun(const QString &uid, int iteration,
                                      const std::function<bool(RunRecordRow &)> &change)
{
    const QString action = QStringLiteral("update run %1").arg(uid);
    RunRecordRow result;
    const Status status = m_d->write(action, [&]() -> Status {
        auto found = readOneRun(*m_d, uid, iteration, action);
        if (!found.ok())
            return found.error();
        if (!*found)
            return storeError(
                QStringLiteral("Run %1 (iteration %2) does not exist.").arg(uid).arg(iteration));
        result = std::move(**found);
        RunRecordRow changed = result;
        if (!change(changed))
            return {};
        if (Status ok = checkRun(changed); !ok.ok())
            return ok;
        if (Status ok = writeRun(*m_d, changed, action); !ok.ok())
            return ok;
        result = std::move(changed);
        return {};
    });
    if (!status.ok())
        return status.error();
    return result;
}

Result<std::vector<RunRecordRow>> Store::runs(const RunQuery &query) const
{
    QByteArray sql = QByteArray("SELECT ") + runColumns + " FROM runs WHERE 1 = 1";
    QStringList values;
    // Binds value as the next parameter and returns its placeholder, "?N".
    auto placeholder = [&values](const QString &value) {
        values << value;
        return "?" + QByteArray::number(values.size());
    };
    if (!query.withIterations)
        sql += " AND iteration = 0";
    if (!query.project.isEmpty())
        sql += " AND project = " + placeholder(query.project);
    if (!query.uid.isEmpty())
        sql += " AND uid = " + placeholder(query.uid);
    if (!query.nameContains.isEmpty())
        sql += " AND instr(name, " + placeholder(query.nameContains) + ") > 0";
    if (!query.states.isEmpty()) {
        QByteArrayList states;
        for (const QString &state : query.states)
            states << placeholder(state);
        sql += " AND state IN (" + states.join(", ") + ")";
    }
    for (auto it = query.labels.cbegin(); it != query.labels.cend(); ++it) {
        sql += " AND json_extract(labels, " +
               placeholder(QStringLiteral("$.\"%1\"").arg(it.key())) +
               ") = " + placeholder(it.value());
    }
    sql += " ORDER BY started DESC, uid, iteration";
    if (query.limit > 0)
        sql += " LIMIT " + QByteArray::number(query.limit);
    const QString action = QStringLiteral("list runs");
    auto statement = m_d->prepare(sql, action);
    if (!statement.ok())
        return statement.error();
    for (qsizetype i = 0; i < values.size(); ++i)
        statement->bind(int(i + 1), values[i]);
    std::vector<RunRecordRow> result;
    int code;
    while ((code = statement->step()) == SQLITE_ROW)
        result.push_back(readRun(*statement));
    if (code != SQLITE_DONE)
        return m_d->failure(code, action);
    return result;
}

Status Store::saveArtifact(const ArtifactRow &artifact)
{
    const QString action =
        QStringLiteral("save artifact '%1' of run %2").arg(artifact.key, artifact.uid);
    return m_d->write(action, [&]() -> Status {
        auto statement = m_d->prepare(
            "INSERT INTO artifacts (run_uid, run_iteration, key, path, kind, size, hash)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (run_uid, run_iteration, key) DO "
            "UPDATE"
            " SET path = excluded.path, kind = excluded.kind, size = excluded.size,"
            " hash = excluded.hash",
            action);
        if (!statement.ok())
            return statement.error();
        statement->bindAll(artifact.uid, artifact.iteration, artifact.key, artifact.path,
                           artifact.kind, artifact.size, artifact.hash);
        return m_d->execute(*statement, action);
    });
}

Result<std::vector<ArtifactRow>> Store::artifacts(const QString &uid, int iteration) const
{
    const QString action = QStringLiteral("list the artifacts of run %1").arg(uid);
    auto statement = m_d->prepare("SELECT key, path, kind, size, hash FROM artifacts"
                                  " WHERE run_uid = ?1 AND run_iteration = ?2 ORDER BY rowid",
                                  action);
    if (!statement.ok())
        return statement.error();
    statement->bindAll(uid, iteration);
    std::vector<ArtifactRow> result;
    int code;
    while ((code = statement->step()) == SQLITE_ROW) {
        result.push_back({uid, iteration, statement->text(0), statement->text(1),
                          statement->text(2), statement->int64(3), statement->text(4)});
    }
    if (code != SQLITE_DONE)
        return m_d->failure(code, action);
    return result;
}

} // namespace Runbench::Models
