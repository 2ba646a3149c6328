#include "RotateTokenDialog.h"
#include "ui_RotateTokenDialog.h"

#include "ComboValue.h"
#include "TimeText.h"

#include <QPushButton>

namespace {
constexpr int KeepLifetime = 0;
}

RotateTokenDialog::RotateTokenDialog(const Token &token, const Policy &policy, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RotateTokenDialog>()), m_token(token)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Rotate token: %1").arg(token.name));
    m_ui->introLabel->setText(
        tr("Rotate \"%1\" (%2)? It gets a new secret, shown once; its name, scopes and owner "
           "stay. Anything using the old secret must be given the new one.")
            .arg(token.name, token.hint));

    m_ui->expiryCombo->addItem(token.expires() ? tr("Same lifetime as before")
                                               : tr("Same as before (no expiry)"),
                               KeepLifetime);
    const struct
    {
        int days;
        QString label;
    } presets[] = {{7, tr("7 days")},
                   {30, tr("30 days")},
                   {60, tr("60 days")},
                   {90, tr("90 days")},
                   {365, tr("1 year")}};
    for (const auto &preset : presets) {
        if (preset.days <= policy.maxLifetimeDays)
            m_ui->expiryCombo->addItem(preset.label, preset.days);
    }
    m_ui->graceCombo->addItem(tr("No: it stops working at once"), 0);
    m_ui->graceCombo->addItem(tr("1 hour"), OneHour);
    m_ui->graceCombo->addItem(tr("24 hours"), OneDay);
    ComboValue::track(m_ui->expiryCombo);
    ComboValue::track(m_ui->graceCombo);

    m_rotateButton = m_ui->buttonBox->addButton(tr("&Rotate"), QDialogButtonBox::AcceptRole);
    m_rotateButton->setDefault(true);
    connect(m_ui->graceCombo, &QComboBox::currentIndexChanged, this,
            &RotateTokenDialog::updateSummary);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT rotateRequested();
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSummary();
    m_ui->expiryCombo->setFocus();
}

RotateTokenDialog::~RotateTokenDialog() = default;

QDateTime RotateTokenDialog::expiresAt() const
{
    const int days = m_ui->expiryCombo->currentData().toInt();
    return days == KeepLifetime ? QDateTime() : QDateTime::currentDateTimeUtc().addDays(days);
}

int RotateTokenDialog::graceSeconds() const
{
    return m_ui->graceCombo->currentData().toInt();
}

void RotateTokenDialog::updateSummary()
{
    const int grace = graceSeconds();
    m_ui->graceSummary->setText(
        grace == 0 ? tr("The old secret stops working the moment the new one is created.")
                   : tr("Both secrets work until about %1; then only the new one does. Switch "
                        "everything to the new secret before then.")
                         .arg(TimeText::exact(QDateTime::currentDateTimeUtc().addSecs(grace))));
}
