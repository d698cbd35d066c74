// SPDX-License-Identifier: Apache-2.0
#include "runfollower.h"

#include <QPointer>
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
    m_anchor = anchor;
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
        connect(&worker->service(), &RunService::runFinished, this, &RunFollower::runFinished);
        m_service = &worker->service();
    });
}

void RunFollower::submit(const Models::FunctionSpec &function, const QString &functionRef,
                         const Models::RunTask &task, QObject *context,
                         std::function<void(Models::Result<QString>)> done)
{
    QMetaObject::invokeMethod(m_anchor, [this, function, functionRef, task,
                                         guard = QPointer(context), done] {
        Models::Result<QString> uid =
            m_service ? m_service->submit(function, functionRef, task)
                      : Models::Result<QString>(Models::Error{
                            tr("Runs cannot start because the run store could not be opened.")});
        QMetaObject::invokeMethod(this, [guard, done, uid] {
            if (guard)
                done(uid);
        });
    });
}

void RunFollower::abort(const QString &uid, QObject *context,
                        std::function<void(Models::Status)> done)
{
    QMetaObject::invokeMethod(m_anchor, [this, uid, guard = QPointer(context), done] {
        Models::Status status =
            m_service ? m_service->abort(uid)
                      : Models::Status(Models::Error{
                            tr("Run %1 cannot be aborted because the run store could not be "
                               "opened.")
                                .arg(uid)});
        QMetaObject::invokeMethod(this, [guard, done, status] {
            if (guard)
                done(status);
        });
    });
}

RunFollower::~RunFollower()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace Runbench::Runtimes
