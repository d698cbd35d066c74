// SPDX-License-Identifier: Apache-2.0
#include "appidentity.h"
#include "commandline.h"
#include "workbench.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!Runbench::App::CommandLine::wantsCommand(arguments)) {
        Runbench::App::Workbench workbench;
        return workbench.run(argc, argv);
    }
    QCoreApplication app(argc, argv);
    Runbench::App::setApplicationIdentity();
    return Runbench::App::CommandLine::run(arguments);
}
