// SPDX-License-Identifier: Apache-2.0
#include "environmentform.h"

#include "rowtable.h"

#include <QFormLayout>
#include <QTableWidget>

namespace Runbench::Ui {

using Models::EnvVar;
using Models::FunctionSpec;

namespace {

const auto valueSource = QStringLiteral("value");
const auto secretSource = QStringLiteral("secret");

} // namespace

EnvironmentForm::EnvironmentForm(QWidget *parent)
    : SpecForm(parent)
{
    setObjectName(QStringLiteral("environmentForm"));
    auto *layout = new QFormLayout(this);
    m_env =
        new RowTable(QStringLiteral("envTable"), tr("Environment variables"),
                     {{tr("Name"), {}},
                      {tr("Source"), {{valueSource, tr("Value")}, {secretSource, tr("Secret")}}},
                      {tr("Value"), {}},
                      {tr("Secret name"), {}},
                      {tr("Secret key"), {}}},
                     this);
    addRow(layout, tr("&Variables:"), m_env->table(), QStringLiteral("spec.env"), m_env);
    connect(m_env, &RowTable::edited, this, [this](const QString &step) {
        QList<EnvVar> env;
        for (const QStringList &row : m_env->rows()) {
            if (row.value(1) == secretSource)
                env << EnvVar{row.value(0), {}, row.value(3), row.value(4)};
            else
                env << EnvVar{row.value(0), row.value(2), {}, {}};
        }
        emitEdit(step, [env](FunctionSpec &spec) {
            const QList<EnvVar> current = spec.env();
            const bool same = current.size() == env.size() &&
                              std::equal(current.cbegin(), current.cend(), env.cbegin(),
                                         [](const EnvVar &a, const EnvVar &b) {
                                             return a.name == b.name && a.value == b.value &&
                                                    a.secretName == b.secretName &&
                                                    a.secretKey == b.secretKey;
                                         });
            if (!same)
                spec.setEnv(env);
        });
    });
}

void EnvironmentForm::loadFields(const FunctionSpec &spec)
{
    QList<QStringList> rows;
    for (const EnvVar &var : spec.env()) {
        if (!var.secretName.isEmpty())
            rows << QStringList{var.name, secretSource, {}, var.secretName, var.secretKey};
        else
            rows << QStringList{var.name, valueSource, var.value, {}, {}};
    }
    m_env->setRows(rows);
}

} // namespace Runbench::Ui
