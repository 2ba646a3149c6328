#include "ClipboardGuard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QMimeData>

namespace {
// Hashes the UTF-16 code units as they are, so no extra (UTF-8) copy of the secret is made.
QByteArray digestOf(const QString &text)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.constData()),
                                text.size() * qsizetype(sizeof(QChar))));
    return hash.result();
}
} // namespace

QString ClipboardGuard::secretHintMimeType()
{
    return QStringLiteral("x-kde-passwordManagerHint");
}

QByteArray ClipboardGuard::secretHintValue()
{
    return QByteArrayLiteral("secret");
}

ClipboardGuard::ClipboardGuard(QClipboard *clipboard, QObject *parent)
    : QObject(parent), m_clipboard(clipboard)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ClipboardGuard::onTick);
    if (m_clipboard) {
        connect(m_clipboard, &QClipboard::dataChanged, this, &ClipboardGuard::onClipboardChanged);
    }
}

ClipboardGuard::~ClipboardGuard()
{
    // At quit the countdown may not have run out; the secret must not outlive the app on the
    // clipboard. No signals from here: their receivers may be gone already.
    m_ticker.stop();
    if (m_clipboard) {
        m_clipboard->disconnect(this);
        if (clipboardHoldsOurs())
            m_clipboard->clear(QClipboard::Clipboard);
    }
}

void ClipboardGuard::setClearSeconds(int seconds)
{
    m_clearSeconds = qMax(1, seconds);
}

void ClipboardGuard::copySecret(const SecureBuffer &secret)
{
    if (!m_clipboard || secret.isEmpty())
        return;
    // This copy is shared with the mime data the clipboard now owns, so it cannot be wiped
    // here; it goes when the clipboard is cleared.
    const QString text = secret.toString();
    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setData(secretHintMimeType(), secretHintValue());
    m_digest = digestOf(text);
    // Only the clipboard, not the X11 primary selection: a secret there would be pasted by any
    // middle click.
    m_settingClipboard = true;
    m_clipboard->setMimeData(mime, QClipboard::Clipboard);
    m_settingClipboard = false;

    m_secondsLeft = m_clearSeconds;
    m_ticker.start();
    Q_EMIT countdown(m_secondsLeft);
}

void ClipboardGuard::copyText(const QString &text)
{
    if (!m_clipboard)
        return;
    const bool replacingOurs = clipboardHoldsOurs();
    auto *mime = new QMimeData;
    mime->setText(text);
    m_settingClipboard = true;
    m_clipboard->setMimeData(mime, QClipboard::Clipboard);
    m_settingClipboard = false;
    if (replacingOurs)
        finish(false);
}

bool ClipboardGuard::holdsSecret() const
{
    return clipboardHoldsOurs();
}

void ClipboardGuard::clearNow()
{
    finish(true);
}

void ClipboardGuard::onTick()
{
    if (--m_secondsLeft > 0) {
        Q_EMIT countdown(m_secondsLeft);
        return;
    }
    Q_EMIT countdown(0);
    finish(true);
}

void ClipboardGuard::onClipboardChanged()
{
    // Someone else replaced our secret: nothing is left to clear, so stop counting now rather
    // than show a countdown for text that is no longer there.
    if (m_settingClipboard || m_digest.isEmpty() || clipboardHoldsOurs())
        return;
    finish(false);
}

void ClipboardGuard::finish(bool clear)
{
    m_ticker.stop();
    m_secondsLeft = 0;
    if (m_digest.isEmpty())
        return;
    if (clear && clipboardHoldsOurs()) {
        m_settingClipboard = true;
        m_clipboard->clear(QClipboard::Clipboard);
        m_settingClipboard = false;
    }
    m_digest.clear();
    Q_EMIT cleared();
}

bool ClipboardGuard::clipboardHoldsOurs() const
{
    if (m_digest.isEmpty() || !m_clipboard)
        return false;
    const QMimeData *mime = m_clipboard->mimeData(QClipboard::Clipboard);
    if (!mime || !mime->hasText())
        return false;
    QString current = mime->text();
    const bool ours = digestOf(current) == m_digest;
    // Wipes only a private copy (wipe() leaves shared data alone).
    SecureBuffer::wipe(current);
    return ours;
}
