#pragma once

#include "ExpiryWarning.h"
#include "Token.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>

// Notices tokens that expire within the warning window when a list is (re)loaded, and reports
// each token once per run of the app, so a refresh does not repeat the same warning.
class ExpiryWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ExpiryWatcher(QObject *parent = nullptr);
    Q_DISABLE_COPY(ExpiryWatcher)

    void setWarningDays(int days) { m_warningDays = days; }
    int warningDays() const { return m_warningDays; }
    // Tests pin the clock; invalid: the real current time.
    void setNow(const QDateTime &now) { m_fixedNow = now; }
    void check(const QList<Token> &tokens);
    // A human summary, e.g. "ci-deploy expires in 3 days."
    static QString describe(const QList<Token> &tokens, const QDateTime &now);

Q_SIGNALS:
    void expiringSoon(const QList<Token> &tokens);

private:
    int m_warningDays = ExpiryWarning::DefaultDays;
    QDateTime m_fixedNow;
    QSet<QString> m_reported; // "id@expiry": a rotated token with a new expiry counts anew
};
