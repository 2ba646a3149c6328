#!/bin/sh
# Runs a test in its own D-Bus session with a fresh gnome-keyring, unlocked, in a throwaway
# HOME: the test never touches the developer's keyring and never waits for an unlock prompt.
# Usage: with-keyring.sh TEST [ARGS...]
set -eu
sandbox_name=keyring
. "$(dirname "$0")/sandbox.sh"

status=0
dbus-run-session -- sh -c \
    'printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
    sh "$@" || status=$?
exit "$status"
