#pragma once

#include <stdexcept>
#include <string>

// A database failure. Endpoints do not handle it; ApiRoutes turns it into 500 "internal", or
// 503 "unavailable" when the database cannot be reached or is too busy to answer in time (the
// request may be repeated; the server reconnects by itself).
class StoreError : public std::runtime_error
{
public:
    enum class Kind
    {
        Failed,
        Unavailable
    };

    explicit StoreError(const std::string &what, Kind kind = Kind::Failed)
        : std::runtime_error(what), m_kind(kind)
    {}

    Kind kind() const { return m_kind; }
    bool unavailable() const { return m_kind == Kind::Unavailable; }

private:
    Kind m_kind;
};
