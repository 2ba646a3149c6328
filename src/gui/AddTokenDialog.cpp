#include "AddTokenDialog.h"
#include "ui_AddTokenDialog.h"

#include "AccountSession.h"
#include "ApiError.h"
#include "ComboValue.h"
#include "StatusStyle.h"
#include "TimeText.h"

#include <QCheckBox>
#include <QPushButton>

AddTokenDialog::AddTokenDialog(const AccountSession &session, const TokenOwner &preselected,
                               QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AddTokenDialog>()), m_policy(session.policy())
{
    m_ui->setupUi(this);
    for (QWidget *message : {m_ui->nameError, m_ui->scopesError, m_ui->errorLabel})
        StatusStyle::apply(message, StatusColors::Tone::Error, StatusStyle::Kind::Text);
    m_createButton = m_ui->buttonBox->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_createButton->setDefault(true);
    m_ui->errorLabel->hide();
    m_ui->progress->hide();
    m_ui->nameError->hide();
    m_ui->scopesError->hide();
    buildOwners(session, preselected);
    buildExpiryChoices();
    buildScopes();
    // Screen readers: the combo boxes' values (Qt 6.4 does not expose them), and the expiry
    // summary belongs to the expiry box, so opening the dialog does not read out a clock.
    ComboValue::track(m_ui->ownerCombo);
    ComboValue::track(m_ui->expiryCombo);
    m_ui->expirySummary->setBuddy(m_ui->expiryCombo);

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this] {
        m_ui->nameError->hide(); // a server error about the old name no longer applies
        revalidate();
    });
    connect(m_ui->expiryCombo, &QComboBox::currentIndexChanged, this, &AddTokenDialog::revalidate);
    connect(m_ui->customDateEdit, &QDateTimeEdit::dateTimeChanged, this,
            &AddTokenDialog::revalidate);
    for (QSpinBox *spin : {m_ui->daysSpin, m_ui->hoursSpin, m_ui->minutesSpin})
        connect(spin, &QSpinBox::valueChanged, this, &AddTokenDialog::revalidate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (isValid() && !m_busy)
            Q_EMIT createRequested();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->nameEdit->setFocus();
    revalidate();
}

AddTokenDialog::~AddTokenDialog() = default;

void AddTokenDialog::buildOwners(const AccountSession &session, const TokenOwner &preselected)
{
    m_owners = session.owners();
    for (int i = 0; i < m_owners.size(); ++i) {
        const TokenOwner &owner = m_owners[i];
        m_ui->ownerCombo->addItem(owner.isTeam() ? tr("Team %1").arg(owner.name)
                                                 : tr("Me (%1)").arg(owner.name));
        if (owner.sameAs(preselected))
            m_ui->ownerCombo->setCurrentIndex(i);
    }
}

void AddTokenDialog::buildExpiryChoices()
{
    const struct
    {
        int days;
        QString label;
    } presets[] = {{7, tr("7 days")},
                   {30, tr("30 days")},
                   {60, tr("60 days")},
                   {90, tr("90 days")},
                   {365, tr("1 year")}};
    int preferred = 0;
    for (const auto &preset : presets) {
        if (preset.days > m_policy.maxLifetimeDays)
            continue;
        m_ui->expiryCombo->addItem(preset.label, preset.days);
        if (preset.days <= m_policy.defaultLifetimeDays)
            preferred = m_ui->expiryCombo->count() - 1;
    }
    m_ui->expiryCombo->addItem(tr("Custom date…"), int(CustomDate));
    m_ui->expiryCombo->addItem(tr("Custom duration…"), int(CustomDuration));
    if (m_policy.allowNoExpiry)
        m_ui->expiryCombo->addItem(tr("No expiry"), int(NoExpiry));
    m_ui->expiryCombo->setCurrentIndex(preferred);

    const QDateTime now = QDateTime::currentDateTime();
    m_ui->customDateEdit->setMinimumDateTime(now.addSecs(60));
    m_ui->customDateEdit->setMaximumDateTime(now.addDays(m_policy.maxLifetimeDays));
    m_ui->customDateEdit->setDateTime(now.addDays(m_policy.defaultLifetimeDays));
    m_ui->daysSpin->setMaximum(m_policy.maxLifetimeDays);
    m_ui->daysSpin->setValue(m_policy.defaultLifetimeDays);
}

void AddTokenDialog::buildScopes()
{
    for (const Scope &scope : m_policy.scopes) {
        auto *check = new QCheckBox(scope.id, m_ui->scopesBox);
        check->setToolTip(scope.description);
        check->setAccessibleName(tr("Scope %1").arg(scope.id));
        check->setAccessibleDescription(scope.description);
        // Least privilege by default: reading only.
        check->setChecked(scope.id == QLatin1String("read"));
        m_ui->scopesLayout->addWidget(check);
        m_scopeChecks.append(check);
        connect(check, &QCheckBox::toggled, this, [this] {
            m_ui->scopesError->hide();
            revalidate();
        });
    }
    // Every scope follows the one before it, then the buttons.
    QWidget *previous = m_ui->minutesSpin;
    for (QCheckBox *check : std::as_const(m_scopeChecks)) {
        setTabOrder(previous, check);
        previous = check;
    }
    setTabOrder(previous, m_createButton);
}

QDateTime AddTokenDialog::expiry() const
{
    const int choice = m_ui->expiryCombo->currentData().toInt();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (choice) {
    case NoExpiry:
        return {};
    case CustomDate:
        return m_ui->customDateEdit->dateTime().toUTC();
    case CustomDuration:
        return now.addDays(m_ui->daysSpin->value())
            .addSecs(m_ui->hoursSpin->value() * 3600 + m_ui->minutesSpin->value() * 60);
    default:
        return now.addDays(choice);
    }
}

TokenDraft AddTokenDialog::draft() const
{
    TokenDraft draft;
    draft.name = m_ui->nameEdit->text().trimmed();
    for (QCheckBox *check : m_scopeChecks) {
        if (check->isChecked())
            draft.scopes.append(check->text().remove(QLatin1Char('&')));
    }
    draft.expiresAt = expiry();
    return draft;
}

TokenOwner AddTokenDialog::owner() const
{
    return m_owners.value(m_ui->ownerCombo->currentIndex());
}

QString AddTokenDialog::nameProblem() const
{
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty())
        return tr("Give the token a name, so you recognise it later.");
    for (const QChar c : name) {
        // The server's rule: no control or invisible formatting characters.
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr("The name must not contain control or invisible formatting characters.");
    }
    return {};
}

QString AddTokenDialog::expiryProblem() const
{
    const int choice = m_ui->expiryCombo->currentData().toInt();
    if (choice == NoExpiry)
        return {};
    const QDateTime expires = expiry();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (expires <= now.addSecs(59))
        return tr("The token must live at least one minute.");
    if (expires > now.addDays(m_policy.maxLifetimeDays))
        return tr("Tokens may live at most %n days on this server.", nullptr,
                  m_policy.maxLifetimeDays);
    return {};
}

bool AddTokenDialog::isValid() const
{
    return nameProblem().isEmpty() && expiryProblem().isEmpty() && !draft().scopes.isEmpty();
}

void AddTokenDialog::revalidate()
{
    const int choice = m_ui->expiryCombo->currentData().toInt();
    const bool customDate = choice == CustomDate;
    const bool customDuration = choice == CustomDuration;
    m_ui->customDateLabel->setVisible(customDate);
    m_ui->customDateEdit->setVisible(customDate);
    m_ui->durationLabel->setVisible(customDuration);
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->daysSpin), static_cast<QWidget *>(m_ui->hoursSpin),
          static_cast<QWidget *>(m_ui->minutesSpin)})
        w->setVisible(customDuration);

    const QString problem = expiryProblem();
    if (!problem.isEmpty()) {
        m_ui->expirySummary->setText(problem);
        StatusStyle::apply(m_ui->expirySummary, StatusColors::Tone::Error, StatusStyle::Kind::Text);
    } else {
        const QDateTime expires = expiry();
        StatusStyle::clear(m_ui->expirySummary);
        m_ui->expirySummary->setText(
            expires.isValid()
                ? tr("Expires %1 (%2).")
                      .arg(TimeText::exact(expires),
                           TimeText::relative(expires, QDateTime::currentDateTimeUtc()))
                : tr("This token never expires. Delete it when it is no longer needed."));
    }
    // Only complain about the name once the user typed something.
    const QString nameIssue = m_ui->nameEdit->isModified() ? nameProblem() : QString();
    if (!nameIssue.isEmpty()) {
        m_ui->nameError->setText(nameIssue);
        m_ui->nameError->show();
    }
    if (draft().scopes.isEmpty()) {
        m_ui->scopesError->setText(tr("Choose at least one scope."));
        m_ui->scopesError->show();
    }
    m_createButton->setEnabled(isValid() && !m_busy);
}

void AddTokenDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void AddTokenDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_ui->progress->setVisible(busy);
    if (busy)
        m_ui->errorLabel->hide();
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->nameEdit), static_cast<QWidget *>(m_ui->ownerCombo),
          static_cast<QWidget *>(m_ui->expiryCombo), static_cast<QWidget *>(m_ui->scopesBox)})
        w->setEnabled(!busy);
    revalidate();
}

void AddTokenDialog::showError(const ApiError &error)
{
    setBusy(false);
    if (error.field == QLatin1String("name")) {
        m_ui->nameError->setText(error.message);
        m_ui->nameError->show();
        m_ui->nameEdit->setFocus();
        m_ui->nameEdit->selectAll();
    } else if (error.field == QLatin1String("scopes")) {
        m_ui->scopesError->setText(error.message);
        m_ui->scopesError->show();
    } else if (error.field == QLatin1String("expires_at")) {
        m_ui->expirySummary->setText(error.message);
        StatusStyle::apply(m_ui->expirySummary, StatusColors::Tone::Error, StatusStyle::Kind::Text);
        m_ui->expiryCombo->setFocus();
    } else {
        m_ui->errorLabel->setText(error.message);
        m_ui->errorLabel->show();
    }
}
