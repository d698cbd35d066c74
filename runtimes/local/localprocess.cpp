// SPDX-License-Identifier: Apache-2.0
#include "localprocess.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace Runbench::Runtimes {

namespace {

// Fields of /proc/<pid>/stat after the command name: index 0 is field 3 (state).
std::optional<QByteArrayList> statFields(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    return text.mid(close + 2).split(' ');
}

} // namespace

std::optional<qint64> LocalProcess::startTicks(qint64 pid)
{
    const auto fields = statFields(pid);
    if (!fields || fields->size() < 20)
        return std::nullopt;
    return fields->at(19).toLongLong();
}

Models::Result<LocalProcess::Identity> LocalProcess::start(const QString &program,
                                                           const QStringList &arguments,
                                                           const QString &workingDirectory,
                                                           const QString &capturePath)
{
    const QString executable =
        program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program);
    if (executable.isEmpty() || !QFileInfo(executable).isExecutable()) {
        return Models::Error{QCoreApplication::translate("LocalProcess",
                                                         "%1 was not found; install it or choose "
                                                         "another interpreter.")
                                 .arg(program)};
    }
    const QByteArray capture = QFile::encodeName(capturePath);
    const QByteArray directory = QFile::encodeName(workingDirectory);
    std::vector<QByteArray> argStorage{QFile::encodeName(executable)};
    for (const QString &argument : arguments)
        argStorage.push_back(argument.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &a : argStorage)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, capture.constData(),
                                     O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    posix_spawn_file_actions_addchdir_np(&actions, directory.constData());
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes,
                             POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attributes, &none);
    sigset_t defaults;
    sigfillset(&defaults);
    posix_spawnattr_setsigdefault(&attributes, &defaults);

    pid_t pid = 0;
    const int code = posix_spawn(&pid, argv.front(), &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (code != 0) {
        return Models::Error{QCoreApplication::translate("LocalProcess", "Could not start %1: %2.")
                                 .arg(executable, QString::fromLocal8Bit(std::strerror(code)))};
    }
    return Identity{pid, startTicks(pid).value_or(0)};
}

bool LocalProcess::isAlive(const Identity &identity)
{
    if (identity.pid <= 0)
        return false;
    const auto fields = statFields(identity.pid);
    if (!fields || fields->size() < 20)
        return false;
    const bool zombie = fields->at(0) == "Z" || fields->at(0) == "X";
    return !zombie &&
           (identity.startTicks == 0 || fields->at(19).toLongLong() == identity.startTicks);
}

std::optional<int> LocalProcess::reap(qint64 pid)
{
    int status = 0;
    const pid_t result = waitpid(pid_t(pid), &status, WNOHANG);
    if (result == 0)
        return std::nullopt;
    if (result < 0)
        return -1; // not our child (any more): the caller learns the outcome from the capture
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return 128 + WTERMSIG(status);
}

void LocalProcess::signalGroup(const Identity &identity, int signal)
{
    if (isAlive(identity))
        ::kill(-pid_t(identity.pid), signal);
}

} // namespace Runbench::Runtimes
