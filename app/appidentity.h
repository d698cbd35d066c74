// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Runbench::App {

// Names the application the same way for the GUI and the CLI, so both find the same settings.
void setApplicationIdentity();

} // namespace Runbench::App
