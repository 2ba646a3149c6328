#!/bin/sh
# Runs a test in its own D-Bus session where nobody provides the Secret Service, in a
# throwaway HOME: what a user without a keychain sees.
# Usage: without-keyring.sh TEST [ARGS...]
set -eu
sandbox_name=nokeyring
. "$(dirname "$0")/sandbox.sh"

# The default session bus would start gnome-keyring on demand (its D-Bus activation file is
# installed with it), so this bus looks for services in an empty folder only.
mkdir "$sandbox/no-services"
cat >"$sandbox/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$sandbox/run</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$sandbox/no-services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF

status=0
dbus-run-session --config-file="$sandbox/session.conf" -- "$@" || status=$?
exit "$status"
