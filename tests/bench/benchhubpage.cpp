// SPDX-License-Identifier: Apache-2.0
// Hub page benchmarks over a synthetic channel catalog of 1,000 versions (250 items, each
// "latest" plus three versions): parse, index into the page's item model, and the filter
// work of each search keystroke, category and kind change.
#include "hub/hubcatalog.h"
#include "views/hubcatalogfiltermodel.h"
#include "views/hubcatalogmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

using namespace Runbench::Models;

namespace {

constexpr int kItems = 250;
const QStringList kCategories{QStringLiteral("machine-learning"),
                              QStringLiteral("data-preparation"),
                              QStringLiteral("utils"),
                              QStringLiteral("NLP"),
                              QStringLiteral("model-serving"),
                              QStringLiteral("etl")};
const QStringList kKinds{QStringLiteral("job"), QStringLiteral("serving"),
                         QStringLiteral("nuclio:serving"), QStringLiteral("local")};

QJsonObject entry(int item, const QString &version)
{
    const QString name = QStringLiteral("function-%1").arg(item);
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("name"), name},
        {QStringLiteral("version"), version},
        {QStringLiteral("description"),
         QStringLiteral("Train, score or transform data set number %1 with a reusable step")
             .arg(item)},
        {QStringLiteral("categories"), QJsonArray{kCategories[item % kCategories.size()],
                                                  kCategories[(item / 7) % kCategories.size()]}},
        {QStringLiteral("labels"),
         QJsonObject{{QStringLiteral("author"), QStringLiteral("bench")}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("filename"), name + QStringLiteral(".py")},
                     {QStringLiteral("handler"), QStringLiteral("handler")},
                     {QStringLiteral("image"), QStringLiteral("mlrun/mlrun")},
                     {QStringLiteral("kind"), kKinds[item % kKinds.size()]},
                     {QStringLiteral("requirements"), QJsonArray{}}}},
        {QStringLiteral("assets"),
         QJsonObject{{QStringLiteral("function"), QStringLiteral("src/function.yaml")}}},
    };
}

QByteArray catalogJson()
{
    QJsonObject catalog;
    for (int item = 0; item < kItems; ++item) {
        QJsonObject versions;
        for (int v = 1; v <= 3; ++v)
            versions.insert(QStringLiteral("1.%1.0").arg(v),
                            entry(item, QStringLiteral("1.%1.0").arg(v)));
        versions.insert(QStringLiteral("latest"), entry(item, QStringLiteral("1.3.0")));
        catalog.insert(QStringLiteral("function_%1").arg(item), versions);
    }
    return QJsonDocument(catalog).toJson(QJsonDocument::Compact);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray json = catalogJson();
    const HubSource source(QStringLiteral("bench"), HubSource::Kind::Folder, QStringLiteral("/"));

    std::vector<double> parses;
    std::vector<double> indexes;
    HubCatalogModel model;
    for (int round = 0; round < 9; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto catalog = HubCatalog::parse(
            std::string_view(json.constData(), std::size_t(json.size())), QStringLiteral("bench"));
        if (!catalog || catalog->items().size() != std::size_t(kItems * 4)) {
            std::fprintf(stderr, "the synthetic catalog did not parse\n");
            return 1;
        }
        parses.push_back(elapsedMs(timer));
        timer.restart();
        std::vector<LoadedHubSource> sources;
        sources.push_back({source, std::move(*catalog)});
        model.setSources(std::move(sources));
        indexes.push_back(elapsedMs(timer));
    }
    std::printf("hub page: catalog of %d versions: parse (HubCatalog) median %.2f ms, index into "
                "%d cards (HubCatalogModel) median %.2f ms\n",
                kItems * 4, median(parses), model.rowCount(), median(indexes));

    HubCatalogFilterModel filter(&model);
    std::vector<double> keystrokes;
    qint64 shown = 0;
    const QString typed = QStringLiteral("transform data set number 12");
    for (int round = 0; round < 5; ++round) {
        for (qsizetype length = 0; length <= typed.size(); ++length) {
            QElapsedTimer timer;
            timer.start();
            filter.setSearchText(typed.left(length));
            shown += filter.rowCount(); // a view asks at once; this makes the proxy filter
            keystrokes.push_back(elapsedMs(timer));
        }
        for (qsizetype length = typed.size(); length >= 0; --length) {
            QElapsedTimer timer;
            timer.start();
            filter.setSearchText(typed.left(length));
            shown += filter.rowCount(); // a view asks at once; this makes the proxy filter
            keystrokes.push_back(elapsedMs(timer));
        }
    }
    std::printf("hub page: search keystroke over %d cards: median %.3f ms, max %.3f ms\n",
                model.rowCount(), median(keystrokes),
                *std::max_element(keystrokes.begin(), keystrokes.end()));

    std::vector<double> changes;
    for (int round = 0; round < 5; ++round) {
        for (const QString &category : kCategories + QStringList{QString()}) {
            for (const QString &kind : kKinds + QStringList{QString()}) {
                QElapsedTimer timer;
                timer.start();
                filter.setCategory(category);
                filter.setKind(kind);
                shown += filter.rowCount();
                changes.push_back(elapsedMs(timer));
            }
        }
    }
    std::printf("hub page: category and kind filter change: median %.3f ms, max %.3f ms\n",
                median(changes), *std::max_element(changes.begin(), changes.end()));
    return shown > 0 ? 0 : 1;
}
