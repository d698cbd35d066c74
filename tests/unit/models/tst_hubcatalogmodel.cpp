// SPDX-License-Identifier: Apache-2.0
#include "hub/hubcatalog.h"
#include "views/hubcatalogfiltermodel.h"
#include "views/hubcatalogmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using Runbench::Models::HubCatalog;
using Runbench::Models::HubCatalogFilterModel;
using Runbench::Models::HubCatalogModel;
using Runbench::Models::HubSource;
using Runbench::Models::LoadedHubSource;

// Checks the hub page's item model (one card per item and source) and its filter.
class TestHubCatalogModel : public QObject
{
    Q_OBJECT

private slots:
    void oneRowPerItemAndSource();
    void newestVersionWithoutLatest();
    void rowData();
    void versionsAndEntries();
    void categoriesAndKinds();
    void filterBySearchCategoryAndKind();

private:
    static std::vector<LoadedHubSource> sources();
};

namespace {

std::string entry(const char *name, const char *version, const char *description,
                  const char *categories, const char *kind)
{
    return std::string("{\"name\":\"") + name + "\",\"version\":\"" + version +
           "\",\"description\":\"" + description + "\",\"categories\":[" + categories +
           "],\"spec\":{\"kind\":\"" + kind + "\",\"filename\":\"f.py\"}," +
           "\"assets\":{\"function\":\"src/function.yaml\"}}";
}

LoadedHubSource loaded(const QString &name, const std::string &json)
{
    auto catalog = HubCatalog::parse(json, name);
    if (!catalog)
        qFatal("%s", qPrintable(catalog.error().message));
    return {HubSource(name, HubSource::Kind::Folder, QStringLiteral("/nowhere")),
            std::move(*catalog)};
}

} // namespace

std::vector<LoadedHubSource> TestHubCatalogModel::sources()
{
    const std::string mine =
        "{\"trainer\":{\"latest\":" +
        entry("trainer", "1.2.0", "Fit a model", "\"machine-learning\"", "job") +
        ",\"1.2.0\":" + entry("trainer", "1.2.0", "Fit a model", "\"machine-learning\"", "job") +
        ",\"1.0.0\":" + entry("trainer", "1.0.0", "Fit a model", "\"machine-learning\"", "job") +
        "},\"model_server\":{\"latest\":" +
        entry("model-server", "0.9.0", "Serve models over HTTP", "\"model-serving\"",
              "nuclio:serving") +
        "}}";
    const std::string other =
        "{\"trainer\":{\"2.0.0\":" +
        entry("trainer", "2.0.0", "Another trainer", "\"utils\"", "job") + ",\"2.1.0\":" +
        entry("trainer", "2.1.0", "Another trainer, newer", "\"utils\",\"NLP\"", "job") +
        ",\"1.9.0\":" + entry("trainer", "1.9.0", "Old", "\"utils\"", "job") + "}}";
    std::vector<LoadedHubSource> result;
    result.push_back(loaded(QStringLiteral("mine"), mine));
    result.push_back(loaded(QStringLiteral("other"), other));
    return result;
}

void TestHubCatalogModel::oneRowPerItemAndSource()
{
    HubCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setSources(sources());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("model-server"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("trainer"));
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("trainer"));
    QCOMPARE(model.index(1).data(HubCatalogModel::SourceRole).toString(), QStringLiteral("mine"));
    QCOMPARE(model.index(2).data(HubCatalogModel::SourceRole).toString(), QStringLiteral("other"));
    QCOMPARE(model.rowOf(QStringLiteral("other"), QStringLiteral("trainer")), 2);
    QCOMPARE(model.rowOf(QStringLiteral("mine"), QStringLiteral("model_server")), 0);
    QCOMPARE(model.rowOf(QStringLiteral("other"), QStringLiteral("model-server")), -1);
    model.setSources({});
    QCOMPARE(model.rowCount(), 0);
}

void TestHubCatalogModel::newestVersionWithoutLatest()
{
    HubCatalogModel model;
    model.setSources(sources());
    QCOMPARE(model.item(2).tag, QStringLiteral("2.1.0"));
    QCOMPARE(model.item(1).tag, QStringLiteral("latest"));
    QCOMPARE(model.index(2).data(HubCatalogModel::VersionRole).toString(), QStringLiteral("2.1.0"));
}

void TestHubCatalogModel::rowData()
{
    HubCatalogModel model;
    model.setSources(sources());
    const QModelIndex server = model.index(0);
    QCOMPARE(server.data(HubCatalogModel::DescriptionRole).toString(),
             QStringLiteral("Serve models over HTTP"));
    QCOMPARE(server.data(Qt::ToolTipRole), server.data(HubCatalogModel::DescriptionRole));
    QCOMPARE(server.data(HubCatalogModel::KindRole).toString(), QStringLiteral("nuclio:serving"));
    QCOMPARE(server.data(HubCatalogModel::FunctionKindRole).toString(), QStringLiteral("remote"));
    QCOMPARE(server.data(HubCatalogModel::CategoriesRole).toStringList(),
             QStringList{QStringLiteral("model-serving")});
    QCOMPARE(server.data(HubCatalogModel::ReferenceRole).toString(),
             QStringLiteral("hub://mine/model-server"));
    QVERIFY(!model.index(5).data().isValid());
    QVERIFY(model.roleNames().values().contains("categories"));
}

void TestHubCatalogModel::versionsAndEntries()
{
    HubCatalogModel model;
    model.setSources(sources());
    QCOMPARE(model.versions(1), (QStringList{QStringLiteral("latest"), QStringLiteral("1.2.0"),
                                             QStringLiteral("1.0.0")}));
    QCOMPARE(model.versions(2), (QStringList{QStringLiteral("2.1.0"), QStringLiteral("2.0.0"),
                                             QStringLiteral("1.9.0")}));
    QVERIFY(model.entry(1, QStringLiteral("1.0.0")));
    QCOMPARE(model.entry(1, QStringLiteral("1.0.0"))->version, QStringLiteral("1.0.0"));
    QVERIFY(!model.entry(1, QStringLiteral("9.9.9")));
}

void TestHubCatalogModel::categoriesAndKinds()
{
    HubCatalogModel model;
    model.setSources(sources());
    QCOMPARE(model.categories(),
             (QStringList{QStringLiteral("machine-learning"), QStringLiteral("model-serving"),
                          QStringLiteral("NLP"), QStringLiteral("utils")}));
    QCOMPARE(model.kinds(), (QStringList{QStringLiteral("job"), QStringLiteral("nuclio:serving"),
                                         QStringLiteral("remote")}));
}

void TestHubCatalogModel::filterBySearchCategoryAndKind()
{
    HubCatalogModel model;
    model.setSources(sources());
    HubCatalogFilterModel filter(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(filter.rowCount(), 3);

    filter.setSearchText(QStringLiteral("  HTTP "));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.searchText(), QStringLiteral("http"));
    filter.setSearchText(QStringLiteral("nlp"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(HubCatalogModel::SourceRole).toString(),
             QStringLiteral("other"));
    filter.setSearchText(QStringLiteral("model_server"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearchText(QString());
    QCOMPARE(filter.rowCount(), 3);

    filter.setKind(QStringLiteral("remote"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setKind(QStringLiteral("nuclio:serving"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setKind(QStringLiteral("job"));
    QCOMPARE(filter.rowCount(), 2);
    filter.setCategory(QStringLiteral("utils"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearchText(QStringLiteral("fit"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setCategory(QString());
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(HubCatalogModel::SourceRole).toString(),
             QStringLiteral("mine"));
}

QTEST_GUILESS_MAIN(TestHubCatalogModel)

#include "tst_hubcatalogmodel.moc"
