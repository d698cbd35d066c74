// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "specform.h"

class QSpinBox;

namespace Runbench::Ui {

// Advanced: replicas, image pull policy and secret, service account.
class AdvancedForm final : public SpecForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvancedForm)

public:
    explicit AdvancedForm(QWidget *parent = nullptr);

protected:
    void loadFields(const Models::FunctionSpec &spec) override;

private:
    QSpinBox *m_replicas = nullptr;
};

} // namespace Runbench::Ui
