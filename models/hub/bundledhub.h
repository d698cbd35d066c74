// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "hub/hubsource.h"

#include <QString>

namespace Runbench::Models {

// The small hub that ships inside Runbench (resources/hub), so a new user sees working
// functions with no network. It is unpacked once into a cache folder and read from there.
class BundledHub
{
public:
    static constexpr const char *kSourceName = "bundled";

    // The hub as a folder source, unpacked into `cacheDir` when needed.
    static Result<HubSource> source(const QString &cacheDir);
};

} // namespace Runbench::Models
