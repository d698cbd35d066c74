// SPDX-License-Identifier: Apache-2.0
#include "katehighlighter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace Runbench::Ui {

namespace {

constexpr int kTimeoutMs = 20000;

} // namespace

KateHighlighter::KateHighlighter(QObject *parent)
    : QObject(parent)
{}

KateHighlighter::~KateHighlighter()
{
    cancel();
}

QString KateHighlighter::program()
{
    static const QString path =
        QStandardPaths::findExecutable(QStringLiteral("kate-syntax-highlighter"));
    return path;
}

void KateHighlighter::cancel()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    m_process->kill();
    m_process->deleteLater();
    m_process = nullptr;
}

void KateHighlighter::highlight(const QString &fileName, const QByteArray &text, bool darkTheme)
{
    cancel();
    const QString tool = program();
    if (tool.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            emit failed(tr("kate-syntax-highlighter is not installed; showing plain text."));
        });
        return;
    }
    auto *process = new QProcess(this);
    m_process = process;
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart || process != m_process)
            return;
        const QString reason = process->errorString();
        cancel();
        emit failed(tr("kate-syntax-highlighter could not start: %1").arg(reason));
    });
    connect(process, &QProcess::finished, this,
            [this, process, fileName](int code, QProcess::ExitStatus status) {
                if (process != m_process)
                    return;
                const QByteArray html = process->readAllStandardOutput();
                const QString error = QString::fromUtf8(process->readAllStandardError()).trimmed();
                m_process->deleteLater();
                m_process = nullptr;
                if (status != QProcess::NormalExit || code != 0 || html.isEmpty()) {
                    emit failed(tr("kate-syntax-highlighter could not highlight %1: %2")
                                    .arg(fileName, error.isEmpty() ? tr("no output") : error));
                    return;
                }
                emit highlighted(QString::fromUtf8(html));
            });
    QStringList arguments{QStringLiteral("--stdin"),
                          QStringLiteral("--syntax"),
                          fileName,
                          QStringLiteral("--output-format"),
                          QStringLiteral("html"),
                          QStringLiteral("--title"),
                          fileName};
    if (darkTheme)
        arguments << QStringLiteral("--theme") << QStringLiteral("Breeze Dark");
    QTimer::singleShot(kTimeoutMs, process, [this, process] {
        if (process != m_process)
            return;
        cancel();
        emit failed(tr("kate-syntax-highlighter took longer than %1 seconds; showing plain text.")
                        .arg(kTimeoutMs / 1000));
    });
    process->start(tool, arguments);
    process->write(text);
    process->closeWriteChannel();
}

} // namespace Runbench::Ui
