// SPDX-License-Identifier: Apache-2.0
#include "hubcarddelegate.h"

#include "views/hubcatalogmodel.h"

#include <QApplication>
#include <QPainter>

namespace Runbench::Ui {

using Models::HubCatalogModel;

namespace {

constexpr int kMargin = 8;
constexpr int kIconSize = 32;
constexpr int kLines = 3;

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

QFont smallFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

} // namespace

HubCardDelegate::HubCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

HubCardDelegate::~HubCardDelegate() = default;

QIcon HubCardDelegate::iconForKind(const QString &kind)
{
    QStyle *style = QApplication::style();
    if (kind == QLatin1String("serving") || kind == QLatin1String("remote") ||
        kind.startsWith(QLatin1String("nuclio")))
        return QIcon::fromTheme(QStringLiteral("network-server"),
                                style->standardIcon(QStyle::SP_DriveNetIcon));
    if (kind == QLatin1String("local"))
        return QIcon::fromTheme(QStringLiteral("utilities-terminal"),
                                style->standardIcon(QStyle::SP_ComputerIcon));
    return QIcon::fromTheme(QStringLiteral("system-run"), style->standardIcon(QStyle::SP_FileIcon));
}

void HubCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    opt.icon = {};
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.7f);

    const QString kind = index.data(HubCatalogModel::KindRole).toString();
    const QRect area = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QRect iconRect(area.left(), area.top(), kIconSize, kIconSize);
    iconForKind(kind).paint(painter, iconRect);

    const QRect textArea = area.adjusted(kIconSize + kMargin, 0, 0, 0);
    const QFontMetrics normal(opt.font);
    const int lineHeight = normal.lineSpacing();
    painter->save();

    const QFont small = smallFont(opt.font);
    const QFontMetrics smallMetrics(small);
    const QString badge =
        QStringLiteral("%1 · %2").arg(kind, index.data(HubCatalogModel::SourceRole).toString());
    const int badgeWidth = smallMetrics.horizontalAdvance(badge);
    painter->setFont(small);
    painter->setPen(faint);
    painter->drawText(QRect(textArea.right() - badgeWidth, textArea.top(), badgeWidth, lineHeight),
                      Qt::AlignRight | Qt::AlignVCenter, badge);

    const QFont bold = boldFont(opt.font);
    const QString title =
        QStringLiteral("%1  %2").arg(index.data(HubCatalogModel::NameRole).toString(),
                                     index.data(HubCatalogModel::VersionRole).toString());
    const QRect titleRect(textArea.left(), textArea.top(), textArea.width() - badgeWidth - kMargin,
                          lineHeight);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, titleRect.width()));

    const QString description =
        index.data(HubCatalogModel::DescriptionRole).toString().simplified();
    const QRect descriptionRect(textArea.left(), textArea.top() + lineHeight, textArea.width(),
                                lineHeight);
    painter->setFont(opt.font);
    painter->drawText(descriptionRect, Qt::AlignLeft | Qt::AlignVCenter,
                      normal.elidedText(description, Qt::ElideRight, descriptionRect.width()));

    const QString categories =
        index.data(HubCatalogModel::CategoriesRole).toStringList().join(QStringLiteral(", "));
    const QRect categoriesRect(textArea.left(), textArea.top() + 2 * lineHeight, textArea.width(),
                               lineHeight);
    painter->setFont(small);
    painter->setPen(faint);
    painter->drawText(categoriesRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(categories, Qt::ElideRight, categoriesRect.width()));
    painter->restore();

    if (opt.state.testFlag(QStyle::State_HasFocus)) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect.adjusted(1, 1, -1, -1);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

QSize HubCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int height = std::max(kIconSize, kLines * QFontMetrics(option.font).lineSpacing());
    return {kIconSize * 8, height + 2 * kMargin};
}

} // namespace Runbench::Ui
