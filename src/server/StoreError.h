#pragma once

#include <stdexcept>
#include <string>

// A database failure. Endpoints do not handle it; the Router turns it into 500 "internal".
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const std::string &what) : std::runtime_error(what) {}
};
