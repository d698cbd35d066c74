// SPDX-License-Identifier: Apache-2.0
#include "runfollower.h"

#include <QTimer>

namespace Runbench::Runtimes {

namespace {

// Lives in the worker thread: the store connection and the service that uses it.
class FollowerWorker final : public QObject
{
public:
    FollowerWorker(std::unique_ptr<Models::Store> store, const RunSettings &settings,
                   int intervalMs)
        : m_store(std::move(store))
        , m_service(*m_store, settings)
    {
        m_rescan.setInterval(intervalMs);
        connect(&m_rescan, &QTimer::timeout, this, [this] { m_service.reattach(true); });
        m_rescan.start();
        m_service.reattach(true);
    }

    RunService &service() { return m_service; }

private:
    std::unique_ptr<Models::Store> m_store;
    RunService m_service;
    QTimer m_rescan;
};

} // namespace

RunFollower::RunFollower(QString storePath, RunSettings settings, int rescanIntervalMs,
                         QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("RunFollower"));
    m_thread.start();
    auto *anchor = new QObject;
    anchor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, anchor, &QObject::deleteLater);
    QMetaObject::invokeMethod(anchor, [this, anchor, storePath, settings, rescanIntervalMs] {
        auto store = Models::Store::open(storePath);
        if (!store) {
            emit failed(store.error().toString());
            return;
        }
        auto *worker = new FollowerWorker(std::move(*store), settings, rescanIntervalMs);
        worker->setParent(anchor);
        connect(&worker->service(), &RunService::runUpdated, this, &RunFollower::runUpdated);
    });
}

RunFollower::~RunFollower()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace Runbench::Runtimes
