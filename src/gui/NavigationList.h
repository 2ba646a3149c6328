#pragma once

#include <QListWidget>

struct TokenOwner;

// The window's navigation: Profile, Personal tokens, then a "Teams" heading with one entry per
// team. Each entry shows a page; a team entry is named "Team <name>" for screen readers, so it
// says what it is without relying on indentation (and no name is padded with spaces).
class NavigationList : public QListWidget
{
    Q_OBJECT
public:
    explicit NavigationList(QWidget *parent = nullptr);
    Q_DISABLE_COPY(NavigationList)

    void clearPages();
    void addPage(const QString &text, QWidget *page);
    // The first team adds the "Teams" heading (not selectable; the arrow keys pass over it).
    void addTeamPage(const TokenOwner &team, QWidget *page);
    // A team's activity page, after the team's entry ("Team <name> activity" for screen readers).
    void addTeamActivityPage(const TokenOwner &team, QWidget *page);
    QWidget *currentPage() const;
    void selectPage(QWidget *page);
    // The row to keep after a rebuild, or the first page after Profile.
    void restoreRow(int row);

Q_SIGNALS:
    void pageSelected(QWidget *page);

private:
    QListWidgetItem *pageItem(const QString &text, QWidget *page);
    bool m_hasTeamsHeading = false;
};
