// SPDX-License-Identifier: Apache-2.0
// Runs-table benchmark: a store with 100,000 runs (seeded in one transaction), the runs table
// model loaded from it in the background, then the time of a filter change (state, name
// search, label, project, and clearing) on the model alone and with a table view that
// repaints, as the runs monitor shows it. Goal: under 50 ms.
#include "store/store.h"
#include "views/runstablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Runbench::Models;

namespace {

constexpr int kRuns = 100000;
constexpr int kRounds = 7;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

std::vector<RunRecordRow> seedRows()
{
    static const char *const states[] = {"completed", "completed", "completed",
                                         "error",     "running",   "aborted"};
    static const char *const words[] = {"train", "prepare", "evaluate", "serve", "tune"};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<RunRecordRow> rows(kRuns);
    for (int i = 0; i < kRuns; ++i) {
        RunRecordRow &row = rows[std::size_t(i)];
        row.uid = QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0'));
        row.project = QStringLiteral("project%1").arg(i % 10);
        row.name = QStringLiteral("%1-model-%2").arg(QLatin1String(words[i % 5])).arg(i);
        row.function = row.project + QStringLiteral("/") + QLatin1String(words[i % 5]) +
                       QStringLiteral("@0123456789abcdef0123456789abcdef01234567");
        row.kind = QStringLiteral("job");
        row.state = QLatin1String(states[i % 6]);
        row.started = now.addSecs(-i * 60);
        row.updated = row.started.addSecs(30);
        if (row.state != QLatin1String("running"))
            row.ended = row.updated;
        row.labels = QStringLiteral(R"({"team": "t%1", "device": "%2"})")
                         .arg(i % 7)
                         .arg(i % 3 ? QStringLiteral("cpu") : QStringLiteral("gpu"))
                         .toUtf8();
        row.parameters = QByteArrayLiteral(R"({"lr": 0.01, "epochs": 10})");
        row.results = QByteArrayLiteral(R"({"accuracy": 0.93, "loss": 0.2})");
    }
    return rows;
}

std::vector<RunsFilter> filters()
{
    std::vector<RunsFilter> list(7);
    list[0].states = {QStringLiteral("completed")};
    list[1].states = {QStringLiteral("error")};
    list[2].nameContains = QStringLiteral("train");
    list[3].nameContains = QStringLiteral("MODEL-4242");
    list[4].labels.insert(QStringLiteral("team"), QStringLiteral("t3"));
    list[5].labels.insert(QStringLiteral("device"), QStringLiteral("gpu"));
    list[5].states = {QStringLiteral("completed")};
    list[6].project = QStringLiteral("project4");
    list.push_back(RunsFilter()); // clear every filter: all 100,000 rows
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bench.db"));
    {
        auto store = Store::open(db);
        if (!store)
            return 1;
        for (int p = 0; p < 10; ++p) {
            ProjectRecord project;
            project.name = QStringLiteral("project%1").arg(p);
            (*store)->createProject(project);
        }
        const std::vector<RunRecordRow> rows = seedRows();
        QElapsedTimer seed;
        seed.start();
        if (const Status saved = (*store)->saveRuns(rows); !saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().toString()));
            return 1;
        }
        std::printf("seeded %d runs in one transaction: %.0f ms\n", kRuns,
                    seed.nsecsElapsed() / 1e6);
    }

    RunsTableModel model(db);
    QElapsedTimer load;
    load.start();
    QEventLoop loop;
    QObject::connect(&model, &RunsTableModel::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&model, &RunsTableModel::loadFailed, &loop, [&loop](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        loop.exit(1);
    });
    model.reload();
    if (loop.exec() != 0)
        return 1;
    std::printf("runs table loaded %d runs in the background: %.0f ms\n", model.totalCount(),
                load.nsecsElapsed() / 1e6);

    const std::vector<RunsFilter> list = filters();
    std::vector<double> modelOnly;
    for (int round = 0; round < kRounds; ++round) {
        for (const RunsFilter &filter : list) {
            QElapsedTimer timer;
            timer.start();
            model.setFilter(filter);
            modelOnly.push_back(timer.nsecsElapsed() / 1e6);
        }
    }

    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->hide();
    view.resize(1200, 700);
    view.show();
    QCoreApplication::processEvents();
    std::vector<double> withView;
    for (int round = 0; round < kRounds; ++round) {
        for (const RunsFilter &filter : list) {
            QElapsedTimer timer;
            timer.start();
            model.setFilter(filter);
            view.viewport()->repaint();
            withView.push_back(timer.nsecsElapsed() / 1e6);
        }
    }
    const double worst = *std::max_element(withView.begin(), withView.end());
    std::printf("runs-table filter change on %d runs (state, name search, label, project, clear; "
                "%zu changes): model median %.1f ms; with a repainting table view median %.1f ms, "
                "max %.1f ms (goal < 50 ms)\n",
                kRuns, withView.size(), median(modelOnly), median(withView), worst);
    return 0;
}
