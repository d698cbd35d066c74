// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QProcess;

namespace Runbench::Ui {

// Turns source text into highlighted HTML by running kate-syntax-highlighter out of process;
// the syntax is chosen by the file name. Only the newest request reports.
class KateHighlighter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KateHighlighter)

public:
    explicit KateHighlighter(QObject *parent = nullptr);
    ~KateHighlighter() override;

    // The tool's path, or empty when it is not installed.
    static QString program();

    // Starts highlighting text as the file fileName; an unfinished earlier request is dropped.
    // Emits highlighted() or failed() later, never from inside this call.
    void highlight(const QString &fileName, const QByteArray &text, bool darkTheme);
    // Drops the unfinished request, if any.
    void cancel();

signals:
    void highlighted(const QString &html);
    void failed(const QString &reason);

private:
    QProcess *m_process = nullptr;
};

} // namespace Runbench::Ui
