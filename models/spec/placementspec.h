// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "spec/functionspec.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Runbench::Models {

// One Kubernetes node selector requirement: key, operator and values.
struct MatchExpression
{
    QString key;
    QString op; // In, NotIn, Exists, DoesNotExist, Gt, Lt
    QStringList values;
    bool operator==(const MatchExpression &) const = default;
};

// One preferred scheduling term: a weight (1-100) and the expressions it prefers.
struct PreferredTerm
{
    qint64 weight = 1;
    QList<MatchExpression> expressions;
    bool operator==(const PreferredTerm &) const = default;
};

// spec.affinity.nodeAffinity: required terms (any one must match, each a list of expressions
// that must all match) and weighted preferred terms.
struct NodeAffinity
{
    QList<QList<MatchExpression>> required;
    QList<PreferredTerm> preferred;
    bool isEmpty() const { return required.isEmpty() && preferred.isEmpty(); }
    bool operator==(const NodeAffinity &) const = default;
};

// One Kubernetes toleration.
struct Toleration
{
    QString key;
    QString op; // Equal (default) or Exists
    QString value;
    QString effect;
    std::optional<qint64> seconds;
    bool operator==(const Toleration &) const = default;
};

// Typed reading and editing of spec.affinity.nodeAffinity and spec.tolerations. Writing keeps
// the fields it does not know (pod affinity, extra keys of a toleration) where they were.
class PlacementSpec
{
public:
    static const QStringList &operators();
    static NodeAffinity nodeAffinity(const FunctionSpec &spec);
    static void setNodeAffinity(FunctionSpec &spec, const NodeAffinity &affinity);
    static QList<Toleration> tolerations(const FunctionSpec &spec);
    static void setTolerations(FunctionSpec &spec, const QList<Toleration> &tolerations);
};

} // namespace Runbench::Models
