#include "SecureBuffer.h"

#include "TokenFormat.h"

#include <cstring>

namespace {
// volatile stops the compiler from dropping the stores as dead writes.
void zero(void *data, std::size_t size)
{
    volatile unsigned char *p = static_cast<volatile unsigned char *>(data);
    while (size--)
        *p++ = 0;
}
} // namespace

SecureBuffer::SecureBuffer(QByteArrayView data)
{
    if (data.isEmpty())
        return;
    m_size = static_cast<std::size_t>(data.size());
    m_data = std::make_unique<char[]>(m_size + 1);
    std::memcpy(m_data.get(), data.data(), m_size);
    m_data[m_size] = '\0';
}

SecureBuffer SecureBuffer::take(QByteArray &source)
{
    SecureBuffer buffer(source);
    wipe(source);
    // Empty, but the (zeroed) allocation stays with source until it goes, so the wipe can be
    // checked: freeing it here would leave nothing to look at.
    source.truncate(0);
    return buffer;
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::move(other.m_data)), m_size(other.m_size)
{
    other.m_size = 0;
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = other.m_size;
        other.m_size = 0;
    }
    return *this;
}

void SecureBuffer::clear()
{
    if (m_data)
        zero(m_data.get(), m_size);
    m_data.reset();
    m_size = 0;
}

bool operator==(const SecureBuffer &a, const SecureBuffer &b)
{
    return TokenFormat::constantTimeEquals(a.view(), b.view());
}

void SecureBuffer::wipe(QByteArray &bytes)
{
    // Only an unshared array can be wiped in place; detaching would wipe a fresh copy instead.
    if (!bytes.isEmpty() && !bytes.isDetached())
        return;
    if (!bytes.isEmpty())
        zero(bytes.data(), static_cast<std::size_t>(bytes.size()));
}

void SecureBuffer::wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        zero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
}
