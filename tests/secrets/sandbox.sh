# Sourced by with-keyring.sh and without-keyring.sh (POSIX sh): a throwaway HOME and XDG
# folders under one temporary folder, $sandbox, removed on exit, and no display, so no unlock
# prompt can open and wait for a human. $sandbox_name names the folder.
sandbox=$(mktemp -d "${TMPDIR:-/tmp}/tokendesk-$sandbox_name.XXXXXX")
trap 'rm -rf "$sandbox"' EXIT
trap 'exit 1' INT TERM
mkdir -p "$sandbox/home" "$sandbox/data" "$sandbox/config" "$sandbox/cache" "$sandbox/run"
chmod 700 "$sandbox/run"

export HOME="$sandbox/home" XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config"
export XDG_CACHE_HOME="$sandbox/cache" XDG_RUNTIME_DIR="$sandbox/run"
# Tells the tests they may use this keychain, and where to look for leaked secrets.
export TOKENDESK_TEST_SANDBOX="$sandbox"
# The Secret Service, whatever desktop the developer runs (on KDE QtKeychain would pick KWallet).
export QTKEYCHAIN_BACKEND=libsecret
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
