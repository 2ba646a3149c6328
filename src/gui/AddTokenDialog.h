#pragma once

#include "Policy.h"
#include "TokenDraft.h"
#include "TokenOwner.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class AddTokenDialog;
}
class AccountSession;
class QCheckBox;
class QPushButton;
struct ApiError;

// Name, owner, expiry (presets, custom date, custom duration, no expiry when the policy allows)
// and scopes from the policy. Validates inline; Create stays disabled while the input is invalid
// or a request is running. The dialog does not call the server itself: it emits
// createRequested() and shows the outcome (errors at their field), keeping the input.
class AddTokenDialog : public QDialog
{
    Q_OBJECT
public:
    enum ExpiryChoice
    {
        CustomDate = -1,
        CustomDuration = -2,
        NoExpiry = -3
    };

    AddTokenDialog(const AccountSession &session, const TokenOwner &preselected,
                   QWidget *parent = nullptr);
    ~AddTokenDialog() override;
    Q_DISABLE_COPY(AddTokenDialog)

    TokenDraft draft() const;
    TokenOwner owner() const;
    // The expiry the current choice means now (invalid: no expiry).
    QDateTime expiry() const;
    bool isValid() const;

    void setBusy(bool busy);
    void showError(const ApiError &error);
    // While a create request runs the dialog stays open: its answer (and the one-time secret)
    // must have somewhere to go.
    void reject() override;

Q_SIGNALS:
    void createRequested();

private:
    void buildOwners(const AccountSession &session, const TokenOwner &preselected);
    void buildExpiryChoices();
    void buildScopes();
    void revalidate();
    QString nameProblem() const;
    QString expiryProblem() const;

    std::unique_ptr<Ui::AddTokenDialog> m_ui;
    Policy m_policy;
    QList<TokenOwner> m_owners;
    QList<QCheckBox *> m_scopeChecks;
    QPushButton *m_createButton = nullptr;
    bool m_busy = false;
};
