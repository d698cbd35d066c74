// SPDX-License-Identifier: Apache-2.0
#include "buildform.h"

#include <QFormLayout>

namespace Runbench::Ui {

using Models::FunctionSpec;

BuildForm::BuildForm(QWidget *parent)
    : SpecForm(parent)
{
    setObjectName(QStringLiteral("buildForm"));
    auto *layout = new QFormLayout(this);
    textField(layout, tr("&Base image:"), QStringLiteral("baseImageEdit"),
              FunctionSpec::TextField::BaseImage, QStringLiteral("spec.build.base_image"), true);
    listField(layout, tr("&Requirements (one per line):"), QStringLiteral("requirementsEdit"),
              FunctionSpec::ListField::Requirements, QStringLiteral("spec.build.requirements"));
    listField(layout, tr("Build &commands (one per line):"), QStringLiteral("buildCommandsEdit"),
              FunctionSpec::ListField::BuildCommands, QStringLiteral("spec.build.commands"));
}

} // namespace Runbench::Ui
