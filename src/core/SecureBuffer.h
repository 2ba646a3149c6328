#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <memory>

// Holds a secret (token, session, password) in memory it owns alone and overwrites with zeros
// on destruction or clear(). Unlike QByteArray it is never implicitly shared, so no hidden copy
// outlives it; copies are explicit (clone()). Lives in core because both the API layer (which
// receives secrets) and the secrets layer (which stores them) pass it around.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(QByteArrayView data);
    // Takes the bytes and wipes the source array (when it is not shared with other copies).
    static SecureBuffer take(QByteArray &source);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    SecureBuffer clone() const { return SecureBuffer(view()); }
    QByteArrayView view() const { return {m_data.get(), static_cast<qsizetype>(m_size)}; }
    const char *data() const { return m_data.get(); }
    qsizetype size() const { return static_cast<qsizetype>(m_size); }
    bool isEmpty() const { return m_size == 0; }
    // A QString copy for a widget or the clipboard; the caller keeps it as short as it can.
    QString toString() const { return QString::fromUtf8(view()); }
    void clear();

    friend bool operator==(const SecureBuffer &a, const SecureBuffer &b);

    // Overwrites the bytes of an array (e.g. a QByteArray that briefly held a secret).
    static void wipe(QByteArray &bytes);
    static void wipe(QString &text);

private:
    std::unique_ptr<char[]> m_data;
    std::size_t m_size = 0;
};
