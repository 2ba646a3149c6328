#!/bin/sh
# What a blind user hears: Orca 43 (with openbox as the window manager) listens while real key
# presses drive TokenDesk; orca_workflow.py checks what is spoken.
# Usage: run-orca.sh TOKENDESK TOKENDESK_SERVER
#
# The same throwaway session as run-atspi.sh (sandbox, Xvfb, own D-Bus and accessibility bus,
# unlocked keyring, seeded server on a free loopback port); the driver starts openbox, Orca and
# the app inside it and stops them again.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for tool in orca openbox xdotool; do
    command -v "$tool" >/dev/null || {
        echo "missing $tool: apt-get install orca openbox xdotool" >&2
        exit 1
    }
done
TOKENDESK_A11Y_DRIVER=orca_workflow.py TOKENDESK_A11Y_SANDBOX=orca exec "$here/run-atspi.sh" "$@"
