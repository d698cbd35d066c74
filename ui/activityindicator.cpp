// SPDX-License-Identifier: Apache-2.0
#include "activityindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace Runbench::Ui {

ActivityIndicator::ActivityIndicator(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("activityIndicator"));
    setAccessibleName(tr("Background activity"));
    m_text->setObjectName(QStringLiteral("activityText"));
    m_busy->setObjectName(QStringLiteral("activityBusy"));
    m_busy->setAccessibleName(tr("Background work in progress"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_text);
    layout->addWidget(m_busy);
    update();
}

int ActivityIndicator::begin(const QString &text)
{
    const int token = m_next++;
    m_tasks.insert(token, text);
    update();
    return token;
}

void ActivityIndicator::end(int token)
{
    m_tasks.remove(token);
    update();
}

void ActivityIndicator::update()
{
    const bool busy = !m_tasks.isEmpty();
    m_busy->setVisible(busy);
    m_text->setVisible(busy);
    if (!busy)
        return;
    const QString newest = m_tasks.last();
    m_text->setText(m_tasks.size() == 1
                        ? newest
                        : tr("%1 (and %n more)", nullptr, int(m_tasks.size()) - 1).arg(newest));
}

} // namespace Runbench::Ui
