// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "specform.h"

namespace Runbench::Ui {

class RowTable;

// Environment: variables with a plain value or a reference to a key of a secret.
class EnvironmentForm final : public SpecForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentForm)

public:
    explicit EnvironmentForm(QWidget *parent = nullptr);

protected:
    void loadFields(const Models::FunctionSpec &spec) override;

private:
    RowTable *m_env = nullptr;
};

} // namespace Runbench::Ui
