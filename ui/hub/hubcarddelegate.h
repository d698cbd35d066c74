// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace Runbench::Ui {

// Paints a hub item as a card: icon, name and version, kind, one line of description and the
// categories.
class HubCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubCardDelegate)

public:
    explicit HubCardDelegate(QObject *parent = nullptr);
    ~HubCardDelegate() override;

    // The icon a card shows for a catalog kind.
    static QIcon iconForKind(const QString &kind);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Runbench::Ui
