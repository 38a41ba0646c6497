# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
# One INTERFACE target that every project target links: language level, warnings and Qt safety defines.
add_library(alerta_options INTERFACE)
target_compile_features(alerta_options INTERFACE cxx_std_20)
target_compile_options(alerta_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
    $<$<BOOL:${ALERTA_WERROR}>:-Werror>)
target_compile_definitions(alerta_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    ALERTA_VERSION="${PROJECT_VERSION}")
if(ALERTA_SANITIZE OR ALERTA_BUILD_FUZZ)
    target_compile_options(alerta_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                    -fno-sanitize-recover=undefined)
    target_link_options(alerta_options INTERFACE -fsanitize=address,undefined)
endif()
# The fuzz targets (tests/fuzz) steer by the coverage of the code they call: instrument every library for it.
# The fuzz executables themselves add -fsanitize=fuzzer, which brings libFuzzer's main().
if(ALERTA_BUILD_FUZZ)
    target_compile_options(alerta_options INTERFACE -fsanitize=fuzzer-no-link)
endif()

# alerta_server_allocator: what the executables that run the core under load (alerta-server, the core benchmarks)
# link to replace glibc's malloc with jemalloc. The receive path hands objects from the store's writer thread to the
# callers' threads, which free them: glibc's per-thread arenas then contend on the writer's arena lock and
# consolidate its free lists, which cost a third of the writer's time (bench-receive under perf); jemalloc's
# thread caches do not. Not under the sanitizers, which bring their own allocator, nor in the console, whose memory
# benchmarks read glibc's malloc statistics.
add_library(alerta_server_allocator INTERFACE)
if(ALERTA_JEMALLOC AND NOT ALERTA_SANITIZE AND NOT ALERTA_BUILD_FUZZ)
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(JEMALLOC REQUIRED IMPORTED_TARGET jemalloc)
    target_link_libraries(alerta_server_allocator INTERFACE PkgConfig::JEMALLOC)
    target_compile_definitions(alerta_server_allocator INTERFACE ALERTA_WITH_JEMALLOC)
endif()

# alerta_add_test(name SOURCES ... LIBS ... [GUI] [PLATFORM p] [SESSION command...] [POSTGRES] [TIMEOUT s]):
# a Qt Test executable run by ctest, with a clean per-test environment. GUI runs it on the offscreen platform,
# PLATFORM on another one (QT_QPA_PLATFORM). SESSION runs it through a command that sets up real desktop parts
# around it (a session script of tests/support/, dbus-run-session), which gets the executable as its last argument.
# TIMEOUT (seconds, 300 unless given) is tripled under ALERTA_SANITIZE.
# POSTGRES runs the same executable a second time as `name_pg`, against the throwaway PostgreSQL cluster of the
# `postgres` fixture (tests/CMakeLists.txt), whose socket directory it finds in ALERTA_TEST_PG.
function(alerta_add_test name)
    cmake_parse_arguments(ARG "GUI;POSTGRES" "TIMEOUT;PLATFORM" "SOURCES;LIBS;SESSION" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE alerta_options Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
    add_test(NAME ${name} COMMAND ${ARG_SESSION} $<TARGET_FILE:${name}>)
    set(env "LANG=C.UTF-8" "LC_ALL=C.UTF-8" "QT_LOGGING_RULES=alerta.*.debug=false")
    if(ARG_PLATFORM)
        list(APPEND env "QT_QPA_PLATFORM=${ARG_PLATFORM}")
    elseif(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    # Under the sanitizers every allocation is recorded with a full stack walk (CI's LSAN_OPTIONS ask for the slow
    # unwinder so that the suppressions match frames inside Qt): allocation-heavy tests run up to twenty times
    # slower (testalerttablemodel: 3 s in release, 258 s there), so they get three times the time.
    if(ALERTA_SANITIZE)
        math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * 3")
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${ARG_TIMEOUT})
    if(ARG_POSTGRES)
        add_test(NAME ${name}_pg COMMAND ${name})
        set_tests_properties(${name}_pg PROPERTIES
            ENVIRONMENT "${env};ALERTA_TEST_PG=${ALERTA_TEST_PG_DIR}"
            FIXTURES_REQUIRED postgres
            TIMEOUT ${ARG_TIMEOUT})
    endif()
endfunction()
