#pragma once

#include "TokenOwner.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ActivityPage;
}
class AccountSession;
class EventListModel;
class TokenListModel;

// One owner's activity log — the user's own, or a team's for its admins: who created, rotated
// or revoked which token, sign-ins, uses from new addresses. Filter by action and by token; more
// events are loaded as the person scrolls to the end of the table. The work is EventListModel's.
class ActivityPage : public QWidget
{
    Q_OBJECT
public:
    // tokens: the owner's tokens (for the token filter); borrowed, outlives this page.
    ActivityPage(AccountSession &session, const TokenOwner &owner, TokenListModel &tokens,
                 QWidget *parent = nullptr);
    ~ActivityPage() override;
    Q_DISABLE_COPY(ActivityPage)

    TokenOwner owner() const;
    EventListModel &model() { return *m_model; }
    // Loads the first page, once: the log is fetched when the page is first shown.
    void ensureLoaded();
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillTokenFilter();
    void applyFilter();
    void updateState();
    void showBanner(const QString &message);

    std::unique_ptr<Ui::ActivityPage> m_ui;
    EventListModel *m_model;
    TokenListModel &m_tokens;
};
