// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "specform.h"

namespace Runbench::Ui {

class RowTable;

// Node placement: node name and selector, node affinity (required and preferred terms),
// tolerations, priority class and preemption mode.
class PlacementForm final : public SpecForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementForm)

public:
    explicit PlacementForm(QWidget *parent = nullptr);

protected:
    void loadFields(const Models::FunctionSpec &spec) override;

private:
    void emitAffinity(const QString &step);
    void emitTolerations(const QString &step);

    RowTable *m_selector = nullptr;
    RowTable *m_required = nullptr;
    RowTable *m_preferred = nullptr;
    RowTable *m_tolerations = nullptr;
};

} // namespace Runbench::Ui
