# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
# The "Connections…" dialog: connection profiles (alerta_client) and their test against a server. Included by
# CMakeLists.txt.
target_sources(alerta_ui PRIVATE connectiondialog.cpp connectiondialog.h)
# connectiondialog.h exposes ConnectionProfile; the .cpp runs a RemoteBackend for "Test connection".
target_link_libraries(alerta_ui PUBLIC alerta_client)
