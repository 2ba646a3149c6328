# CPack: three Debian packages, tokendesk (app), tokendesk-cli and tokendesk-server, from the
# install components "app", "cli" and "server" (src/, deploy/CMakeLists.txt). `./dev package`.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tokendesk)
set(CPACK_PACKAGE_VENDOR "TokenDesk developers")
set(CPACK_PACKAGE_CONTACT "TokenDesk developers <maintainers@tokendesk.example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "https://tokendesk.example.org/")
set(CPACK_COMPONENTS_ALL app cli server)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
    GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_APP_PACKAGE_NAME tokendesk)
set(CPACK_DEBIAN_APP_PACKAGE_SECTION utils)
# Plugins that dpkg-shlibdeps cannot see: the X11/Wayland platforms and the SVG icon engine.
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
# qt6-translations-l10n: Qt's own strings (standard buttons, dialogs) in the chosen language.
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_COMPONENT_APP_DESCRIPTION "manage API tokens for you and your teams
TokenDesk is a desktop application for the API tokens of a TokenDesk server:
list personal and team tokens, create, rotate and delete them. A new secret is
shown once; it can be copied to the clipboard (cleared after a while) or kept
in the system keychain through the Secret Service, never in plain files.")

set(CPACK_DEBIAN_CLI_PACKAGE_NAME tokendesk-cli)
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION utils)
# Without a Secret Service only TOKENDESK_SESSION works (CI), hence a recommendation only.
set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, libsecret-tools")
set(CPACK_COMPONENT_CLI_DESCRIPTION "manage TokenDesk API tokens from a terminal or a script
tokendesk-cli does what the TokenDesk desktop application does, without a
display: sign in, list, create, rotate and revoke personal and team tokens,
with JSON output and documented exit codes for scripts. It shares the desktop
application's accounts; sessions live in the system keychain (or, in CI, in
the TOKENDESK_SESSION environment variable), never in plain files.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME tokendesk-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA ${PROJECT_SOURCE_DIR}/deploy/conffiles)
set(CPACK_COMPONENT_SERVER_DESCRIPTION "reference backend for the TokenDesk app
tokendesk-server serves the TokenDesk API v1 (accounts, personal and team
tokens) over HTTP or HTTPS and keeps its data in one SQLite database. It
stores only digests of secrets and hashes of passwords.
.
The package ships a sandboxed systemd unit (tokendesk-server.service, with a
dynamic user and its database in /var/lib/tokendesk-server) configured in
/etc/default/tokendesk-server.")

include(CPack)
