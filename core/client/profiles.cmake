# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
# Connection profiles and their secrets: the SecretStore interface, its QtKeychain adapter (never a plaintext
# fallback) and in-memory fake, and the QSettings-backed ConnectionProfileStore. Included by CMakeLists.txt.
find_package(Qt6Keychain REQUIRED)
set_package_properties(Qt6Keychain PROPERTIES
    DESCRIPTION "Qt API to store passwords in the platform keychain"
    URL "https://github.com/frankosterfeld/qtkeychain"
    TYPE REQUIRED
    PURPOSE "Keeps the console's API keys and passwords (Debian: qtkeychain-qt6-dev)")
target_sources(alerta_client PRIVATE
    connectionprofile.cpp connectionprofile.h
    connectionprofilestore.cpp connectionprofilestore.h
    keychainsecretstore.cpp keychainsecretstore.h
    memorysecretstore.cpp memorysecretstore.h
    secretstore.cpp secretstore.h)
target_link_libraries(alerta_client PRIVATE Qt6Keychain::Qt6Keychain)
