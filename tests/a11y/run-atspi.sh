#!/bin/sh
# Drives the real TokenDesk app the way a screen reader sees it: through AT-SPI.
# Usage: run-atspi.sh TOKENDESK TOKENDESK_SERVER [SCRIPT ARGS...]
#
# Everything runs in throwaway places: a HOME/XDG sandbox (nothing of the developer's settings
# or keyring is touched), its own Xvfb display, its own D-Bus session with the accessibility
# bus and an unlocked gnome-keyring (so no unlock prompt can wait for a human), and a fresh
# server database. Every process started here is stopped on exit; the exit status is the
# script's (atspi_workflow.py).
#
# run-orca.sh reuses this with TOKENDESK_A11Y_DRIVER=orca_workflow.py: that driver starts a
# window manager and Orca before the app, so it starts the app itself (TOKENDESK_APP,
# TOKENDESK_SERVER_URL) instead of this script.
set -eu

[ $# -ge 2 ] || { echo "usage: $0 TOKENDESK TOKENDESK_SERVER [SCRIPT ARGS...]" >&2; exit 2; }
app_bin=$1
server_bin=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
python=/usr/bin/python3 # Debian's: python3-pyatspi lives there, not in a pyenv/venv python

if [ -z "${TOKENDESK_ATSPI_INNER:-}" ]; then
    # Outer part: sandbox and display, then the rest again inside a new D-Bus session.
    sandbox_name=${TOKENDESK_A11Y_SANDBOX:-atspi}
    # shellcheck source=../secrets/sandbox.sh
    . "$here/../secrets/sandbox.sh" # exports HOME, XDG_*; sets $sandbox
    for tool in Xvfb dbus-run-session dbus-send gnome-keyring-daemon \
        /usr/libexec/at-spi-bus-launcher "$python"; do
        command -v "$tool" >/dev/null || {
            echo "missing $tool: apt-get install xvfb dbus gnome-keyring at-spi2-core" \
                "python3-pyatspi" >&2
            exit 1
        }
    done
    # Not the developer's session: its accessibility bus, X authority, language (the checks
    # look for English names).
    unset AT_SPI_BUS_ADDRESS XAUTHORITY LANGUAGE
    export LC_ALL=C.UTF-8
    "$python" -c 'import pyatspi' ||
        { echo "$python cannot import pyatspi (apt-get install python3-pyatspi)" >&2; exit 1; }

    xvfb_pid=
    cleanup() {
        if [ -n "$xvfb_pid" ]; then
            kill "$xvfb_pid" 2>/dev/null || true
            wait "$xvfb_pid" 2>/dev/null || true
        fi
        rm -rf "$sandbox"
    }
    trap cleanup EXIT # replaces sandbox.sh's, which only removed $sandbox

    # -displayfd: Xvfb picks a free display number and writes it once it accepts clients. Two
    # Xvfbs starting at the same moment (the AT-SPI and Orca suites start together) can pick
    # the same number, and then one app talks to no display: one start at a time, machine-wide.
    exec 9>/tmp/tokendesk-xvfb-start.lock
    flock -w 60 9 || true
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$sandbox/display" 9>&- \
        >"$sandbox/xvfb.log" 2>&1 &
    xvfb_pid=$!
    i=0
    until [ -s "$sandbox/display" ]; do
        i=$((i + 1))
        if [ $i -gt 200 ] || ! kill -0 "$xvfb_pid" 2>/dev/null; then
            echo "Xvfb did not start:" >&2
            cat "$sandbox/xvfb.log" >&2
            exit 1
        fi
        sleep 0.1
    done
    flock -u 9
    exec 9>&-
    DISPLAY=:$(head -n 1 "$sandbox/display")
    export DISPLAY

    status=0
    TOKENDESK_ATSPI_INNER=1 dbus-run-session -- "$0" "$app_bin" "$server_bin" "$@" || status=$?
    exit "$status"
fi

# Inner part, in the new D-Bus session: keyring, accessibility bus, server, app, script.
sandbox=$TOKENDESK_TEST_SANDBOX # set by sandbox.sh in the outer part
pids=
cleanup() {
    for pid in $pids; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in $pids; do
        wait "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# An unlocked keyring, as in with-keyring.sh: the app probes the keychain at start, and a
# keyring D-Bus-activated with a display would open an unlock prompt nobody answers.
printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null

/usr/libexec/at-spi-bus-launcher --launch-immediately >"$sandbox/at-spi.log" 2>&1 &
pids="$pids $!"

# The file exists before the server starts: the background job opens it later, and a sed on a
# missing file would end this script (set -e) before the server had a chance to write.
: >"$sandbox/server.out"
"$server_bin" --listen 127.0.0.1:0 --database "$sandbox/db.sqlite" --demo \
    >"$sandbox/server.out" 2>"$sandbox/server.log" &
server_pid=$!
pids="$pids $server_pid"
i=0
port=
while [ -z "$port" ]; do
    port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9][0-9]*\).*|\1|p' \
        "$sandbox/server.out")
    [ -n "$port" ] && break
    i=$((i + 1))
    if [ $i -gt 300 ] || ! kill -0 "$server_pid" 2>/dev/null; then
        echo "tokendesk-server did not report a port:" >&2
        cat "$sandbox/server.out" "$sandbox/server.log" >&2
        exit 1
    fi
    sleep 0.1
done

# Wait until the launcher owns org.a11y.Bus (asking the bus, which activates nothing): a
# request to org.a11y.Bus before that would D-Bus-activate a second launcher racing this one.
i=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q 'boolean true'; do
    i=$((i + 1))
    if [ $i -gt 100 ]; then
        echo "the AT-SPI bus did not start:" >&2
        cat "$sandbox/at-spi.log" >&2
        exit 1
    fi
    sleep 0.1
done

driver=${TOKENDESK_A11Y_DRIVER:-atspi_workflow.py}
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb QT_LOGGING_RULES='qt.qpa.*=false'
if [ "$driver" = atspi_workflow.py ]; then
    "$app_bin" --server "http://127.0.0.1:$port" >"$sandbox/app.log" 2>&1 &
    app_pid=$!
    pids="$pids $app_pid"
else
    app_pid= # the driver starts it (and stops it)
    export TOKENDESK_APP="$app_bin" TOKENDESK_SERVER_URL="http://127.0.0.1:$port"
    export TOKENDESK_APP_LOG="$sandbox/app.log"
fi

status=0
TOKENDESK_PID=$app_pid "$python" "$here/$driver" "$@" || status=$?
if [ "$status" -ne 0 ]; then
    echo "--- app output" >&2
    cat "$sandbox/app.log" >&2 || true
    echo "--- server log (last 20 lines)" >&2
    tail -n 20 "$sandbox/server.log" >&2
fi
exit "$status"
