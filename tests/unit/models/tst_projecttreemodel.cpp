// SPDX-License-Identifier: Apache-2.0
#include "views/projecttreemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using Runbench::Models::FunctionSummary;
using Runbench::Models::ProjectSummary;
using Runbench::Models::ProjectTreeModel;

// Checks the projects tree model's shape, data and reset signals.
class TestProjectTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void emptyModel();
    void shapeAfterSetProjects();
    void projectData();
    void functionData();
    void runsNodeFollowsFunctions();
    void headers();
    void resetReplacesEverything();

private:
    static std::vector<ProjectSummary> sampleProjects();
    static QDateTime sampleCreated();
};

QDateTime TestProjectTreeModel::sampleCreated()
{
    return QDateTime(QDate(2024, 5, 17), QTime(9, 30), Qt::UTC);
}

std::vector<ProjectSummary> TestProjectTreeModel::sampleProjects()
{
    std::vector<ProjectSummary> projects;
    projects.push_back(ProjectSummary{
        QStringLiteral("fraud"),
        QStringLiteral("Fraud detection"),
        {
            FunctionSummary{QStringLiteral("trainer"),
                            QStringLiteral("job"),
                            QStringLiteral("0123456789abcdef0123456789abcdef01234567"),
                            {QStringLiteral("latest"), QStringLiteral("v2")},
                            sampleCreated()},
            FunctionSummary{QStringLiteral("server"),
                            QStringLiteral("serving"),
                            QStringLiteral("fedcba9876543210"),
                            {},
                            QDateTime()},
        },
        {1234, 2}});
    projects.push_back(ProjectSummary{QStringLiteral("empty"), QString(), {}, {}});
    return projects;
}

void TestProjectTreeModel::emptyModel()
{
    ProjectTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.projectCount(), 0);
    QCOMPARE(model.functionCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
}

void TestProjectTreeModel::shapeAfterSetProjects()
{
    ProjectTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProjects(sampleProjects());

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.projectCount(), 2);
    QCOMPARE(model.functionCount(), 2);

    const QModelIndex fraud = model.index(0, 0);
    const QModelIndex empty = model.index(1, 0);
    QCOMPARE(model.rowCount(fraud), 3); // two functions and the Runs node
    QCOMPARE(model.columnCount(fraud), 5);
    QVERIFY(model.hasChildren(fraud));
    QCOMPARE(model.rowCount(empty), 1); // only the Runs node
    QVERIFY(model.hasChildren(empty));
    QVERIFY(!model.hasChildren(model.index(0, 0, empty)));
    QCOMPARE(model.rowCount(model.index(0, 1)), 0);

    const QModelIndex server = model.index(1, 3, fraud);
    QVERIFY(server.isValid());
    QCOMPARE(model.parent(server), fraud);
    QVERIFY(!model.parent(fraud).isValid());
    QCOMPARE(model.rowCount(server.siblingAtColumn(0)), 0);
    QVERIFY(model.flags(server).testFlag(Qt::ItemNeverHasChildren));
    QVERIFY(!model.flags(fraud).testFlag(Qt::ItemNeverHasChildren));
    QVERIFY(model.flags(server).testFlag(Qt::ItemIsSelectable));
}

void TestProjectTreeModel::projectData()
{
    ProjectTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProjects(sampleProjects());

    const QModelIndex fraud = model.index(0, 0);
    QCOMPARE(fraud.data().toString(), QStringLiteral("fraud"));
    QCOMPARE(fraud.data(Qt::ToolTipRole).toString(), QStringLiteral("Fraud detection"));
    QCOMPARE(fraud.data(ProjectTreeModel::ItemTypeRole).value<ProjectTreeModel::ItemType>(),
             ProjectTreeModel::ItemType::Project);
    QCOMPARE(fraud.data(ProjectTreeModel::ProjectNameRole).toString(), QStringLiteral("fraud"));
    QCOMPARE(fraud.data(ProjectTreeModel::DescriptionRole).toString(),
             QStringLiteral("Fraud detection"));
    QVERIFY(!fraud.data(ProjectTreeModel::FunctionNameRole).isValid());
    for (int column = 1; column < model.columnCount(); ++column) {
        QVERIFY(!model.index(0, column).data().isValid());
    }
    QVERIFY(!model.index(1, 0).data(Qt::ToolTipRole).isValid());
}

void TestProjectTreeModel::functionData()
{
    ProjectTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProjects(sampleProjects());

    const QModelIndex fraud = model.index(0, 0);
    const QModelIndex trainer = model.index(0, ProjectTreeModel::NameColumn, fraud);
    QCOMPARE(trainer.data().toString(), QStringLiteral("trainer"));
    QCOMPARE(trainer.siblingAtColumn(ProjectTreeModel::KindColumn).data().toString(),
             QStringLiteral("job"));
    QCOMPARE(trainer.siblingAtColumn(ProjectTreeModel::TagsColumn).data().toString(),
             QStringLiteral("latest, v2"));
    QCOMPARE(trainer.siblingAtColumn(ProjectTreeModel::HashColumn).data().toString(),
             QStringLiteral("0123456789ab"));
    QCOMPARE(trainer.siblingAtColumn(ProjectTreeModel::HashColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
    QCOMPARE(trainer.siblingAtColumn(ProjectTreeModel::CreatedColumn).data().toString(),
             QLocale().toString(sampleCreated().toLocalTime(), QLocale::ShortFormat));

    QCOMPARE(trainer.data(ProjectTreeModel::ItemTypeRole).value<ProjectTreeModel::ItemType>(),
             ProjectTreeModel::ItemType::Function);
    QCOMPARE(trainer.data(ProjectTreeModel::ProjectNameRole).toString(), QStringLiteral("fraud"));
    QCOMPARE(trainer.data(ProjectTreeModel::FunctionNameRole).toString(),
             QStringLiteral("trainer"));
    QCOMPARE(trainer.data(ProjectTreeModel::KindRole).toString(), QStringLiteral("job"));
    QCOMPARE(trainer.data(ProjectTreeModel::TagsRole).toStringList(),
             QStringList({QStringLiteral("latest"), QStringLiteral("v2")}));
    QCOMPARE(trainer.data(ProjectTreeModel::HashRole).toString(),
             QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
    QCOMPARE(trainer.data(ProjectTreeModel::CreatedRole).toDateTime(), sampleCreated());

    const QModelIndex server = model.index(1, 0, fraud);
    QCOMPARE(server.siblingAtColumn(ProjectTreeModel::HashColumn).data().toString(),
             QStringLiteral("fedcba987654"));
    QCOMPARE(server.siblingAtColumn(ProjectTreeModel::TagsColumn).data().toString(), QString());
    QCOMPARE(server.siblingAtColumn(ProjectTreeModel::CreatedColumn).data().toString(), QString());
}

void TestProjectTreeModel::runsNodeFollowsFunctions()
{
    ProjectTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProjects(sampleProjects());

    const QModelIndex fraud = model.index(0, 0);
    const QModelIndex runs = model.index(2, ProjectTreeModel::NameColumn, fraud);
    QCOMPARE(runs.data().toString(),
             QStringLiteral("Runs (%1 · 2 active)").arg(QLocale().toString(1234)));
    QCOMPARE(runs.data(ProjectTreeModel::ItemTypeRole).value<ProjectTreeModel::ItemType>(),
             ProjectTreeModel::ItemType::Runs);
    QCOMPARE(runs.data(ProjectTreeModel::ProjectNameRole).toString(), QStringLiteral("fraud"));
    QCOMPARE(runs.data(ProjectTreeModel::RunCountRole).toInt(), 1234);
    QCOMPARE(runs.data(ProjectTreeModel::ActiveRunCountRole).toInt(), 2);
    QCOMPARE(runs.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Activate to list the runs of fraud."));
    QVERIFY(!runs.data(ProjectTreeModel::FunctionNameRole).isValid());
    QVERIFY(!runs.data(ProjectTreeModel::HashRole).isValid());
    for (int column = 1; column < model.columnCount(); ++column) {
        QVERIFY(!runs.siblingAtColumn(column).data().isValid());
    }
    QCOMPARE(model.parent(runs), fraud);
    QVERIFY(model.flags(runs).testFlag(Qt::ItemNeverHasChildren));
    QVERIFY(model.flags(runs).testFlag(Qt::ItemIsSelectable));

    const QModelIndex idle = model.index(0, 0, model.index(1, 0));
    QCOMPARE(idle.data().toString(), QStringLiteral("Runs (0)"));
    QCOMPARE(idle.data(ProjectTreeModel::ProjectNameRole).toString(), QStringLiteral("empty"));
    QCOMPARE(idle.data(ProjectTreeModel::RunCountRole).toInt(), 0);
    QCOMPARE(model.functionCount(), 2);
}

void TestProjectTreeModel::headers()
{
    ProjectTreeModel model;
    const QStringList expected = {QStringLiteral("Name"), QStringLiteral("Kind"),
                                  QStringLiteral("Tags"), QStringLiteral("Hash"),
                                  QStringLiteral("Created")};
    for (int section = 0; section < expected.size(); ++section) {
        QCOMPARE(model.headerData(section, Qt::Horizontal).toString(), expected.at(section));
    }
    QVERIFY(!model.headerData(5, Qt::Horizontal).isValid());
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    QVERIFY(model.roleNames().contains(ProjectTreeModel::HashRole));
    QCOMPARE(model.roleNames().value(ProjectTreeModel::RunCountRole), QByteArray("runCount"));
    QCOMPARE(model.roleNames().value(ProjectTreeModel::ActiveRunCountRole),
             QByteArray("activeRunCount"));
}

void TestProjectTreeModel::resetReplacesEverything()
{
    ProjectTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProjects(sampleProjects());

    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    std::vector<ProjectSummary> replacement;
    replacement.push_back(ProjectSummary{
        QStringLiteral("only"),
        QString(),
        {FunctionSummary{
            QStringLiteral("f"), QStringLiteral("local"), QStringLiteral("abc"), {}, {}}},
        {}});
    model.setProjects(std::move(replacement));

    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.functionCount(), 1);
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data().toString(), QStringLiteral("f"));

    model.setProjects({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 2);
}

QTEST_GUILESS_MAIN(TestProjectTreeModel)
#include "tst_projecttreemodel.moc"
