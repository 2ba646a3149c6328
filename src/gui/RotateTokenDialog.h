#pragma once

#include "Policy.h"
#include "Token.h"

#include <QDateTime>
#include <QDialog>

#include <memory>

namespace Ui {
class RotateTokenDialog;
}
class QPushButton;

// Rotate…: a new secret for a token, keeping its name, scopes and owner. Asks for the new expiry
// (the same lifetime as before by default) and how long the old secret keeps working, so that
// what uses it can be switched over without downtime. Rotation itself is OwnerTokens' job.
class RotateTokenDialog : public QDialog
{
    Q_OBJECT
public:
    // The grace periods offered, in seconds.
    static constexpr int OneHour = 3600;
    static constexpr int OneDay = 86400;

    RotateTokenDialog(const Token &token, const Policy &policy, QWidget *parent = nullptr);
    ~RotateTokenDialog() override;
    Q_DISABLE_COPY(RotateTokenDialog)

    const Token &token() const { return m_token; }
    // Invalid: keep the token's lifetime (counted from now).
    QDateTime expiresAt() const;
    int graceSeconds() const;

Q_SIGNALS:
    // The user chose Rotate; the dialog closes.
    void rotateRequested();

private:
    void updateSummary();

    std::unique_ptr<Ui::RotateTokenDialog> m_ui;
    Token m_token;
    QPushButton *m_rotateButton;
};
