#include "NavigationList.h"

#include "ItemViewFocus.h"
#include "TokenOwner.h"

namespace {
constexpr int PageRole = Qt::UserRole + 1;
}

NavigationList::NavigationList(QWidget *parent) : QListWidget(parent)
{
    ItemViewFocus::install(this);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (auto *page = item ? item->data(PageRole).value<QWidget *>() : nullptr)
            Q_EMIT pageSelected(page);
    });
}

void NavigationList::clearPages()
{
    clear();
    m_hasTeamsHeading = false;
}

QListWidgetItem *NavigationList::pageItem(const QString &text, QWidget *page)
{
    auto *item = new QListWidgetItem(text, this);
    item->setData(PageRole, QVariant::fromValue(page));
    return item;
}

void NavigationList::addPage(const QString &text, QWidget *page)
{
    pageItem(text, page);
}

void NavigationList::addTeamPage(const TokenOwner &team, QWidget *page)
{
    if (!m_hasTeamsHeading) {
        auto *heading = new QListWidgetItem(tr("Teams"), this);
        heading->setFlags(Qt::NoItemFlags);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        m_hasTeamsHeading = true;
    }
    QListWidgetItem *item = pageItem(team.name, page);
    item->setData(Qt::AccessibleTextRole, tr("Team %1").arg(team.name));
}

void NavigationList::addTeamActivityPage(const TokenOwner &team, QWidget *page)
{
    //: A navigation entry: %1 is the team's name
    QListWidgetItem *item = pageItem(tr("%1 activity").arg(team.name), page);
    item->setData(Qt::AccessibleTextRole, tr("Team %1 activity").arg(team.name));
}

QWidget *NavigationList::currentPage() const
{
    return currentItem() ? currentItem()->data(PageRole).value<QWidget *>() : nullptr;
}

void NavigationList::selectPage(QWidget *page)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(PageRole).value<QWidget *>() == page)
            setCurrentRow(row);
    }
}

void NavigationList::restoreRow(int row)
{
    setCurrentRow(row > 0 && row < count() ? row : 1);
}
