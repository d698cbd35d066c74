// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "specform.h"

namespace Runbench::Ui {

// Build: base image, requirements (one per line) and build commands.
class BuildForm final : public SpecForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildForm)

public:
    explicit BuildForm(QWidget *parent = nullptr);

protected:
    void loadFields(const Models::FunctionSpec &) override {}
};

} // namespace Runbench::Ui
