# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
#
# Install rules for everything beside the executables (app/CMakeLists.txt installs those) and the CPack set-up of
# the two Debian packages: `alerta-console` (component `console`) and `alerta-server` (component `server`).
# `make package` configures a tree with CMAKE_INSTALL_PREFIX=/usr and runs `cpack -G DEB` there, which writes
# alerta-console_<version>_<arch>.deb and alerta-server_<version>_<arch>.deb; tests/packaging/packagetest.sh
# installs them into a fresh Debian 12 root. docs/packaging.md explains both.
include(GNUInstallDirs)

set(ALERTA_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
# Debian 12 keeps units in /lib (lintian rejects /usr/lib/systemd/system there); the unit names /usr/bin and /etc.
set(ALERTA_SYSTEMD_UNIT_DIR "/lib/systemd/system" CACHE PATH "Where the alerta-server systemd unit is installed")
set(ALERTA_SYSCONF_DIR "/etc" CACHE PATH "Where the alerta-server settings are installed (the unit reads /etc)")

# The Debian changelog, compressed as lintian wants it (-n: no name or time stamp, so builds are reproducible). Its
# latest entry must be the project's version.
file(STRINGS ${ALERTA_PACKAGING_DIR}/debian/changelog alerta_changelog_head LIMIT_COUNT 1)
if(NOT alerta_changelog_head MATCHES "\\(${PROJECT_VERSION}\\)")
    message(WARNING "packaging/debian/changelog does not start with version ${PROJECT_VERSION}: add an entry")
endif()
set(alerta_changelog_gz ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(OUTPUT ${alerta_changelog_gz}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/packaging
    COMMAND gzip -9 -n -c ${ALERTA_PACKAGING_DIR}/debian/changelog > ${alerta_changelog_gz}
    DEPENDS ${ALERTA_PACKAGING_DIR}/debian/changelog
    VERBATIM)
# The manual pages, compressed the same way.
set(alerta_generated_docs ${alerta_changelog_gz})
foreach(program alerta-console alerta-server)
    set(alerta_${program}_man_gz ${CMAKE_CURRENT_BINARY_DIR}/packaging/${program}.1.gz)
    add_custom_command(OUTPUT ${alerta_${program}_man_gz}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/packaging
        COMMAND gzip -9 -n -c ${ALERTA_PACKAGING_DIR}/man/${program}.1 > ${alerta_${program}_man_gz}
        DEPENDS ${ALERTA_PACKAGING_DIR}/man/${program}.1
        VERBATIM)
    list(APPEND alerta_generated_docs ${alerta_${program}_man_gz})
endforeach()
add_custom_target(alerta-packaging-docs ALL DEPENDS ${alerta_generated_docs})

# alerta-console: desktop entry, AppStream metadata, icons (PNGs rendered from the SVG by resources/icons/render.sh).
if(ALERTA_BUILD_GUI)
    install(FILES ${ALERTA_PACKAGING_DIR}/linux/io.alerta.Console.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT console)
    install(FILES ${ALERTA_PACKAGING_DIR}/linux/io.alerta.Console.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT console)
    set(alerta_icons ${PROJECT_SOURCE_DIR}/resources/icons)
    foreach(size 16 22 24 32 48 64 128 256)
        install(FILES ${alerta_icons}/hicolor/${size}x${size}/io.alerta.Console.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps COMPONENT console)
    endforeach()
    install(FILES ${alerta_icons}/io.alerta.Console.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT console)
    install(FILES ${alerta_icons}/io.alerta.Console-symbolic.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/symbolic/apps COMPONENT console)
    install(FILES ${ALERTA_PACKAGING_DIR}/debian/copyright ${alerta_changelog_gz}
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/alerta-console COMPONENT console)
    install(FILES ${alerta_alerta-console_man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT console)
endif()

# alerta-server: the unit, the default settings (a conffile), the nginx example, the Debian notes.
install(FILES ${ALERTA_PACKAGING_DIR}/linux/alerta-server.service
        DESTINATION ${ALERTA_SYSTEMD_UNIT_DIR} COMPONENT server)
install(FILES ${ALERTA_PACKAGING_DIR}/debian/alertad.conf
        DESTINATION ${ALERTA_SYSCONF_DIR}/alerta COMPONENT server)
install(FILES ${ALERTA_PACKAGING_DIR}/debian/copyright ${alerta_changelog_gz}
              ${ALERTA_PACKAGING_DIR}/debian/alerta-server/README.Debian
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/alerta-server COMPONENT server)
install(FILES ${ALERTA_PACKAGING_DIR}/linux/nginx-alerta.conf
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/alerta-server/examples COMPONENT server)
install(FILES ${alerta_alerta-server_man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT server)

# A tree with shared libraries (one that builds the tests, CMakeLists.txt) installs them too; it makes no packages,
# which `make package` builds from a static tree.
if(BUILD_SHARED_LIBS)
    set(alerta_libraries alerta_core alerta_api alerta_client)
    if(ALERTA_BUILD_GUI)
        list(APPEND alerta_libraries alerta_models alerta_ui)
    endif()
    install(TARGETS ${alerta_libraries} LIBRARY DESTINATION ${ALERTA_INSTALL_LIBDIR} COMPONENT libraries)
    return()
endif()

# CPack: one .deb per component.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME alerta)
set(CPACK_PACKAGE_VENDOR "Alerta Console contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each component's description starts with its own synopsis line; an empty summary keeps CPack from putting the
# project's description in front of it.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGE_CONTACT "Alerta Console contributors <maintainers@alerta-console.invalid>")
# Absolute destinations (/etc, /lib/systemd) must land in the package's staging tree, never in the build host's /.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)

set(CPACK_DEB_COMPONENT_INSTALL ON)
if(ALERTA_BUILD_GUI)
    set(CPACK_COMPONENTS_ALL console server)
else()
    set(CPACK_COMPONENTS_ALL server)
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME alerta-console)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION net)
set(CPACK_COMPONENT_CONSOLE_DESCRIPTION "operator console for Alerta monitoring alerts
Alerta Console is a Qt desktop console for the Alerta monitoring system. It
shows live the alerts of its embedded Alerta-compatible engine, which receives
alerts through the Alerta REST API, or of a remote Alerta server. It has
filters, saved views, watch lists, a full-screen wall display, a tray icon,
desktop notifications and sounds, and the server's administration windows.")
# Loaded at run time, so dpkg-shlibdeps cannot see them: the SQL drivers (QPSQL for PostgreSQL stores) and a D-Bus
# bus for notifications, the screen saver and the keychain. The xcb platform plugin is in libqt6gui6, which
# dpkg-shlibdeps adds.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, dbus")
# Qt's own dialogs in the user's language; the keychain for connection secrets; Wayland.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, libsecret-1-0, gnome-keyring | kwalletmanager, qt6-wayland, hicolor-icon-theme")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SUGGESTS "alerta-server")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME alerta-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_COMPONENT_SERVER_DESCRIPTION "Alerta-compatible alert server
alerta-server serves the Alerta REST API and a live /stream WebSocket for
Alerta clients (the alerta command line tool, the web UI, webhooks such as
Prometheus Alertmanager). It de-duplicates and correlates alerts, runs the
Alerta alarm model and keeps history, in SQLite or PostgreSQL.

This package runs it as a hardened systemd service.")
# QPSQL is loaded at run time (DATABASE_URL=postgres://...); adduser for postinst (deb-systemd-helper comes from
# init-system-helpers, which is essential).
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-psql, adduser")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "nginx, postgresql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${ALERTA_PACKAGING_DIR}/debian/alerta-server/conffiles
    ${ALERTA_PACKAGING_DIR}/debian/alerta-server/postinst
    ${ALERTA_PACKAGING_DIR}/debian/alerta-server/prerm
    ${ALERTA_PACKAGING_DIR}/debian/alerta-server/postrm)

include(CPack)
cpack_add_component(console DISPLAY_NAME "Alerta Console" DESCRIPTION "${CPACK_COMPONENT_CONSOLE_DESCRIPTION}")
cpack_add_component(server DISPLAY_NAME "alerta-server" DESCRIPTION "${CPACK_COMPONENT_SERVER_DESCRIPTION}")
