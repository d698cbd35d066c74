// SPDX-License-Identifier: Apache-2.0
#include "placementform.h"

#include "rowtable.h"
#include "spec/placementspec.h"

#include <QFormLayout>
#include <QTableWidget>

namespace Runbench::Ui {

using Models::FunctionSpec;
using Models::MatchExpression;
using Models::NodeAffinity;
using Models::PlacementSpec;
using Models::PreferredTerm;
using Models::Toleration;
using F = FunctionSpec::TextField;

namespace {

QList<QPair<QString, QString>> same(const QStringList &values)
{
    QList<QPair<QString, QString>> out;
    for (const QString &value : values)
        out.append({value, value});
    return out;
}

MatchExpression expression(const QString &key, const QString &op, const QString &values)
{
    QStringList list;
    for (const QString &value : values.split(u',')) {
        if (!value.trimmed().isEmpty())
            list << value.trimmed();
    }
    return {key, op, list};
}

} // namespace

PlacementForm::PlacementForm(QWidget *parent)
    : SpecForm(parent)
{
    setObjectName(QStringLiteral("placementForm"));
    auto *layout = new QFormLayout(this);
    textField(layout, tr("Node &name:"), QStringLiteral("nodeNameEdit"), F::NodeName,
              QStringLiteral("spec.node_name"), true);

    m_selector = new RowTable(QStringLiteral("nodeSelectorTable"), tr("Node selector"),
                              {{tr("Label"), {}}, {tr("Value"), {}}}, this);
    addRow(layout, tr("Node &selector:"), m_selector->table(), QStringLiteral("spec.node_selector"),
           m_selector);
    connect(m_selector, &RowTable::edited, this, [this](const QString &step) {
        QMap<QString, QString> selector;
        for (const QStringList &row : m_selector->rows())
            selector.insert(row.value(0), row.value(1));
        emitEdit(step, [selector](FunctionSpec &spec) {
            if (spec.map(FunctionSpec::MapField::NodeSelector) != selector)
                spec.setMap(FunctionSpec::MapField::NodeSelector, selector);
        });
    });

    const auto operators = same(PlacementSpec::operators());
    m_required = new RowTable(QStringLiteral("requiredAffinityTable"), tr("Required node affinity"),
                              {{tr("Term"), {}},
                               {tr("Key"), {}},
                               {tr("Operator"), operators},
                               {tr("Values (comma separated)"), {}}},
                              this);
    m_required->table()->setToolTip(
        tr("A node must match one term; a term matches when all its expressions match."));
    addRow(layout, tr("&Required affinity:"), m_required->table(),
           QStringLiteral("spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuring"
                          "Execution"),
           m_required);
    m_preferred =
        new RowTable(QStringLiteral("preferredAffinityTable"), tr("Preferred node affinity"),
                     {{tr("Term"), {}},
                      {tr("Weight"), {}},
                      {tr("Key"), {}},
                      {tr("Operator"), operators},
                      {tr("Values (comma separated)"), {}}},
                     this);
    m_preferred->table()->setToolTip(
        tr("Nodes matching a term gain its weight (1 to 100); the weight of a term is read "
           "from its first row."));
    addRow(layout, tr("&Preferred affinity:"), m_preferred->table(),
           QStringLiteral("spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuring"
                          "Execution"),
           m_preferred);
    connect(m_required, &RowTable::edited, this, &PlacementForm::emitAffinity);
    connect(m_preferred, &RowTable::edited, this, &PlacementForm::emitAffinity);

    m_tolerations =
        new RowTable(QStringLiteral("tolerationsTable"), tr("Tolerations"),
                     {{tr("Key"), {}},
                      {tr("Operator"), same({QStringLiteral("Equal"), QStringLiteral("Exists")})},
                      {tr("Value"), {}},
                      {tr("Effect"),
                       {{QString(), tr("All effects")},
                        {QStringLiteral("NoSchedule"), QStringLiteral("NoSchedule")},
                        {QStringLiteral("PreferNoSchedule"), QStringLiteral("PreferNoSchedule")},
                        {QStringLiteral("NoExecute"), QStringLiteral("NoExecute")}}},
                      {tr("Seconds"), {}}},
                     this);
    addRow(layout, tr("&Tolerations:"), m_tolerations->table(), QStringLiteral("spec.tolerations"),
           m_tolerations);
    connect(m_tolerations, &RowTable::edited, this, &PlacementForm::emitTolerations);

    textField(layout, tr("Priority &class:"), QStringLiteral("priorityClassEdit"),
              F::PriorityClassName, QStringLiteral("spec.priority_class_name"), true);
    choiceField(layout, tr("Pree&mption mode:"), QStringLiteral("preemptionModeCombo"),
                F::PreemptionMode, QStringLiteral("spec.preemption_mode"),
                {{QString(), tr("Not set")},
                 {QStringLiteral("allow"), tr("Allow")},
                 {QStringLiteral("constrain"), tr("Constrain")},
                 {QStringLiteral("prevent"), tr("Prevent")},
                 {QStringLiteral("none"), tr("None")}});
}

void PlacementForm::emitAffinity(const QString &step)
{
    NodeAffinity affinity;
    QStringList terms;
    for (const QStringList &row : m_required->rows()) {
        qsizetype term = terms.indexOf(row.value(0));
        if (term < 0) {
            terms << row.value(0);
            affinity.required.append(QList<MatchExpression>());
            term = terms.size() - 1;
        }
        affinity.required[term] << expression(row.value(1), row.value(2), row.value(3));
    }
    terms.clear();
    for (const QStringList &row : m_preferred->rows()) {
        qsizetype term = terms.indexOf(row.value(0));
        if (term < 0) {
            terms << row.value(0);
            affinity.preferred.append(PreferredTerm{row.value(1).toLongLong(), {}});
            term = terms.size() - 1;
        }
        affinity.preferred[term].expressions
            << expression(row.value(2), row.value(3), row.value(4));
    }
    emitEdit(step, [affinity](FunctionSpec &spec) {
        if (PlacementSpec::nodeAffinity(spec) != affinity)
            PlacementSpec::setNodeAffinity(spec, affinity);
    });
}

void PlacementForm::emitTolerations(const QString &step)
{
    QList<Toleration> tolerations;
    for (const QStringList &row : m_tolerations->rows()) {
        bool whole = false;
        const qint64 seconds = row.value(4).toLongLong(&whole);
        tolerations << Toleration{row.value(0), row.value(1), row.value(2), row.value(3),
                                  whole ? std::optional<qint64>(seconds) : std::nullopt};
    }
    emitEdit(step, [tolerations](FunctionSpec &spec) {
        if (PlacementSpec::tolerations(spec) != tolerations)
            PlacementSpec::setTolerations(spec, tolerations);
    });
}

void PlacementForm::loadFields(const FunctionSpec &spec)
{
    QList<QStringList> selector;
    const auto selected = spec.map(FunctionSpec::MapField::NodeSelector);
    for (auto it = selected.cbegin(); it != selected.cend(); ++it)
        selector << QStringList{it.key(), it.value()};
    m_selector->setRows(selector);

    const NodeAffinity affinity = PlacementSpec::nodeAffinity(spec);
    QList<QStringList> required;
    for (qsizetype term = 0; term < affinity.required.size(); ++term) {
        for (const MatchExpression &e : affinity.required[term])
            required << QStringList{QString::number(term + 1), e.key, e.op,
                                    e.values.join(QStringLiteral(", "))};
    }
    m_required->setRows(required);
    QList<QStringList> preferred;
    for (qsizetype term = 0; term < affinity.preferred.size(); ++term) {
        const PreferredTerm &t = affinity.preferred[term];
        for (const MatchExpression &e : t.expressions)
            preferred << QStringList{QString::number(term + 1), QString::number(t.weight), e.key,
                                     e.op, e.values.join(QStringLiteral(", "))};
    }
    m_preferred->setRows(preferred);

    QList<QStringList> tolerations;
    for (const Toleration &t : PlacementSpec::tolerations(spec))
        tolerations << QStringList{t.key, t.op.isEmpty() ? QStringLiteral("Equal") : t.op, t.value,
                                   t.effect, t.seconds ? QString::number(*t.seconds) : QString()};
    m_tolerations->setRows(tolerations);
}

} // namespace Runbench::Ui
