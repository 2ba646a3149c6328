#pragma once

struct ApiError;

// The documented exit statuses of tokendesk-cli (man page, README): scripts branch on them.
namespace ExitCode {
constexpr int Ok = 0;
constexpr int Failed = 1;
constexpr int Usage = 2;
constexpr int NotSignedIn = 3;
constexpr int NotFound = 4;
constexpr int Forbidden = 5; // forbidden, or refused by the server's policy
constexpr int Unreachable = 6;

// The status for a failed request: transport failures are "unreachable", 401/403/404 their own.
int of(const ApiError &error);
} // namespace ExitCode
