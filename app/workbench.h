// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Runbench::App {

// Starts the desktop application: the main window over the store, or with --self-test the same
// window in test-mode paths that loads everything and quits.
class Workbench
{
public:
    int run(int argc, char *argv[]);
};

} // namespace Runbench::App
