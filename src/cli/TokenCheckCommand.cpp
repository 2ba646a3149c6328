#include "TokenCheckCommand.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "CliSignIn.h"
#include "ExitCode.h"
#include "PasswordPrompt.h"
#include "TokenCheck.h"

#include <QJsonObject>
#include <QMetaEnum>

void TokenCheckCommand::start()
{
    // Offline checking needs no account: a failed sign-in only skips the server's part.
    auto *signIn = new CliSignIn(m_context, this);
    connect(signIn, &CliSignIn::ready, this, [this] { check(true); });
    connect(signIn, &CliSignIn::failed, this, [this] { check(false); });
    signIn->start();
}

void TokenCheckCommand::check(bool signedIn)
{
    QByteArray line = PasswordPrompt::readLine(tr("Token (not shown): "), true);
    QString text = QString::fromUtf8(line);
    SecureBuffer::wipe(line);
    m_check = new TokenCheck(m_context.services, this);
    m_check->setText(text);
    if (signedIn && m_check->lookup() == TokenCheck::Lookup::Asking) {
        connect(m_check, &TokenCheck::lookupChanged, this, [this](TokenCheck::Lookup lookup) {
            if (lookup != TokenCheck::Lookup::Asking)
                report();
        });
        return;
    }
    report();
}

void TokenCheckCommand::report()
{
    const TokenCheck::Verdict verdict = m_check->verdict();
    const TokenCheck::Lookup lookup = m_check->lookup();
    const auto key = [](auto value) {
        return QString::fromLatin1(QMetaEnum::fromType<decltype(value)>().valueToKey(int(value)))
            .toLower();
    };
    const bool identified = lookup == TokenCheck::Lookup::Identified;
    if (m_context.json()) {
        QJsonObject answer{{QStringLiteral("verdict"), key(verdict)},
                           {QStringLiteral("lookup"), key(lookup)}};
        if (identified)
            answer.insert(QStringLiteral("token"), m_check->identified().toJson());
        m_context.output.json(answer);
    } else {
        QString text;
        switch (verdict) {
        case TokenCheck::Verdict::Empty:
            text = tr("Nothing was read from standard input.");
            break;
        case TokenCheck::Verdict::NotAToken:
            text = tr("This is not a TokenDesk API token.");
            break;
        case TokenCheck::Verdict::BadChecksum:
            text = tr("Shaped like a TokenDesk token, but its checksum is wrong (a typo?).");
            break;
        case TokenCheck::Verdict::Session:
            text = tr("This is a TokenDesk sign-in session, not an API token.");
            break;
        case TokenCheck::Verdict::Valid:
            text = identified ? tr("A valid TokenDesk token: \"%1\" (%2), owned by %3.")
                                    .arg(m_check->identified().name, m_check->identified().id,
                                         m_check->identified().owner.name)
                              : tr("A well-formed TokenDesk API token; whose it is is unknown.");
            break;
        }
        m_context.output.line(text);
    }
    m_check->clear();
    finish(verdict == TokenCheck::Verdict::Valid ? ExitCode::Ok : ExitCode::Failed);
}
