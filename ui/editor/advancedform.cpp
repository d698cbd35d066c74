// SPDX-License-Identifier: Apache-2.0
#include "advancedform.h"

#include <QFormLayout>
#include <QSpinBox>

namespace Runbench::Ui {

using Models::FunctionSpec;
using F = FunctionSpec::TextField;

AdvancedForm::AdvancedForm(QWidget *parent)
    : SpecForm(parent)
    , m_replicas(new QSpinBox(this))
{
    setObjectName(QStringLiteral("advancedForm"));
    auto *layout = new QFormLayout(this);
    m_replicas->setObjectName(QStringLiteral("replicasSpin"));
    m_replicas->setAccessibleName(tr("Replicas"));
    m_replicas->setRange(-1, 10000);
    m_replicas->setSpecialValueText(tr("Not set"));
    m_replicas->setValue(-1);
    addRow(layout, tr("&Replicas:"), m_replicas, QStringLiteral("spec.replicas"));
    connect(m_replicas, &QSpinBox::valueChanged, this, [this](int value) {
        emitEdit(QStringLiteral("replicasSpin"), [value](FunctionSpec &spec) {
            const std::optional<qint64> replicas =
                value < 0 ? std::nullopt : std::optional<qint64>(value);
            if (spec.replicas() != replicas)
                spec.setReplicas(replicas);
        });
    });
    choiceField(layout, tr("Image &pull policy:"), QStringLiteral("imagePullPolicyCombo"),
                F::ImagePullPolicy, QStringLiteral("spec.image_pull_policy"),
                {{QString(), tr("Not set")},
                 {QStringLiteral("Always"), tr("Always")},
                 {QStringLiteral("IfNotPresent"), tr("If not present")},
                 {QStringLiteral("Never"), tr("Never")}});
    textField(layout, tr("Image pull &secret:"), QStringLiteral("imagePullSecretEdit"),
              F::ImagePullSecret, QStringLiteral("spec.image_pull_secret"), true);
    textField(layout, tr("Service &account:"), QStringLiteral("serviceAccountEdit"),
              F::ServiceAccount, QStringLiteral("spec.service_account"), true);
}

void AdvancedForm::loadFields(const FunctionSpec &spec)
{
    m_replicas->setValue(int(spec.replicas().value_or(-1)));
}

} // namespace Runbench::Ui
