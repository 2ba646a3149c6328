#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: the input as Qt types, and a way to report a broken property
// that libFuzzer (and the corpus runner) treat as a crash, with the input saved.
namespace fuzz {
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

[[noreturn]] inline void broken(const char *property)
{
    std::fprintf(stderr, "fuzz: property broken: %s\n", property);
    std::abort();
}

inline void check(bool holds, const char *property)
{
    if (!holds)
        broken(property);
}
} // namespace fuzz

#define FUZZ_CHECK(condition) fuzz::check((condition), #condition)
