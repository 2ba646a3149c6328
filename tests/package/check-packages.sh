#!/usr/bin/env bash
# check-packages.sh DEB_DIR: the Debian packages `./dev package` (or `cpack`) made in DEB_DIR.
# lintian without errors, desktop-file-validate and appstreamcli on the installed files, and both
# binaries from the unpacked packages answering --version. Exit 77 (ctest: skipped) without .debs.
set -euo pipefail
dir=$1
shopt -s nullglob
app=("$dir"/tokendesk_*.deb)
server=("$dir"/tokendesk-server_*.deb)
cli=("$dir"/tokendesk-cli_*.deb)
if [ ${#app[@]} -ne 1 ] || [ ${#server[@]} -ne 1 ] || [ ${#cli[@]} -ne 1 ]; then
    echo "SKIP: no tokendesk_*.deb and tokendesk-server_*.deb in $dir (run ./dev package or cpack there)"
    exit 77
fi
for tool in lintian desktop-file-validate appstreamcli dpkg-deb; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (./dev test installs it)"; exit 1; }
done
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

echo "== lintian"
# Errors fail; warnings and notes are listed (deploy/lintian-notes.md explains the ones we keep).
lintian --fail-on error --tag-display-limit 0 -I "${app[0]}" "${server[0]}" "${cli[0]}" || fail "lintian reported errors"

dpkg-deb -x "${app[0]}" "$root"
dpkg-deb -x "${server[0]}" "$root"
dpkg-deb -x "${cli[0]}" "$root"
# The command line runs without a display: nothing of Qt Gui or Widgets in its dependencies.
if dpkg-deb -f "${cli[0]}" Depends | grep -q 'libqt6gui\|libqt6widgets'; then
    fail "tokendesk-cli depends on Qt Gui/Widgets: $(dpkg-deb -f "${cli[0]}" Depends)"
fi

echo "== desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/tokendesk.desktop" || fail "desktop file"
echo "== appstreamcli validate"
appstreamcli validate --no-net "$root"/usr/share/metainfo/*.metainfo.xml || fail "metainfo"

echo "== installed files"
for f in usr/share/icons/hicolor/scalable/apps/tokendesk.svg usr/share/icons/hicolor/48x48/apps/tokendesk.png \
    usr/share/icons/hicolor/256x256/apps/tokendesk.png usr/share/man/man1/tokendesk.1.gz \
    usr/share/man/man1/tokendesk-server.1.gz usr/share/doc/tokendesk/copyright \
    usr/share/doc/tokendesk-server/changelog.gz lib/systemd/system/tokendesk-server.service \
    etc/default/tokendesk-server usr/share/man/man1/tokendesk-cli.1.gz \
    usr/share/bash-completion/completions/tokendesk-cli usr/share/zsh/vendor-completions/_tokendesk-cli \
    usr/share/fish/vendor_completions.d/tokendesk-cli.fish usr/share/doc/tokendesk-cli/copyright; do
    [ -s "$root/$f" ] || fail "$f missing from the packages"
done
unit="$root/lib/systemd/system/tokendesk-server.service"
for line in DynamicUser=yes StateDirectory=tokendesk-server ProtectSystem=strict NoNewPrivileges=yes \
    EnvironmentFile=/etc/default/tokendesk-server; do
    grep -qx "$line" "$unit" || fail "unit lacks $line"
done

echo "== --version from the unpacked packages"
check_version() {
    local bin=$1 out
    out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/$bin" --version 2>&1) || { fail "$bin --version: $out"; return; }
    echo "$out"
    grep -q "[0-9]\+\.[0-9]\+\.[0-9]\+" <<<"$out" || fail "$bin --version printed no version: $out"
    QT_QPA_PLATFORM=offscreen "$root/usr/bin/$bin" --help >/dev/null 2>&1 || fail "$bin --help failed"
}
check_version tokendesk
check_version tokendesk-server
check_version tokendesk-cli
bash -n "$root/usr/share/bash-completion/completions/tokendesk-cli" || fail "bash completion"

echo "== translations (built into the app)"
# A German and a French system locale, no saved language: --help speaks it.
for lang in de_DE:"Verwalten Sie Ihre API-Tokens." fr_FR:"Gérez vos jetons d’API."; do
    out=$(env -u LANGUAGE LC_ALL="${lang%%:*}.UTF-8" XDG_CONFIG_HOME="$root/config" QT_QPA_PLATFORM=offscreen \
        "$root/usr/bin/tokendesk" --help 2>&1) || true
    grep -qF "${lang#*:}" <<<"$out" || fail "tokendesk --help under ${lang%%:*} lacks \"${lang#*:}\": $out"
done
[ $status -eq 0 ] && echo "PASS: the three packages"
exit $status
