# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
# ConnectionDialog over a temporary INI file and the in-memory SecretStore; "Test connection" against a real
# alerta-server on loopback. Included by CMakeLists.txt.
alerta_add_test(testconnectiondialog SOURCES testconnectiondialog.cpp LIBS alerta_ui alerta_client Qt6::Widgets GUI)
target_compile_definitions(testconnectiondialog PRIVATE ALERTA_SERVER_PATH="$<TARGET_FILE:alerta-server>")
add_dependencies(testconnectiondialog alerta-server)
