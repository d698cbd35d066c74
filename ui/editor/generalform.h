// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "specform.h"

class QComboBox;

namespace Runbench::Ui {

class RowTable;

// General: name, tag, kind, description, labels, default handler, image, command and args.
class GeneralForm final : public SpecForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralForm)

public:
    explicit GeneralForm(QWidget *parent = nullptr);
    // The handlers found in the code, offered by the default handler box.
    void setHandlers(const QStringList &handlers);

protected:
    void loadFields(const Models::FunctionSpec &spec) override;

private:
    QComboBox *m_kind = nullptr;
    QComboBox *m_handler = nullptr;
    RowTable *m_labels = nullptr;
};

} // namespace Runbench::Ui
