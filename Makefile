# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
#
# Front door for a fresh Debian 12 machine:
#   make run    install what is missing, build, start the console with the embedded core
#   make test   install what is missing, build, run every test through ctest
#   make bench  build in release mode and run the benchmarks
#   make soak   alerta-server under SOAK_MINUTES (default 60) of mixed load, its memory sampled (not in CI)
#   make package       build the Debian packages alerta-console and alerta-server (in $(PKG_DIR)/packages)
#   make package-test  build them, install them into a fresh Debian 12 root and check them (root; a few minutes)
#   make fuzz   build the libFuzzer targets (clang, ASan + UBSan) and run each for FUZZ_SECONDS (default 600)
BUILD_DIR   ?= build
BENCH_DIR   ?= build-bench
PKG_DIR     ?= build-pkg
FUZZ_DIR    ?= build-fuzz
FUZZ_SECONDS ?= 600
BUILD_TYPE  ?= RelWithDebInfo
CMAKE_FLAGS ?=
JOBS        ?= $(shell nproc)
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian 12 packages the build, the tests and the benchmarks need.
DEB_PACKAGES := build-essential cmake ninja-build pkg-config \
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-httpserver-dev \
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev \
    libqt6sql6-sqlite libqt6sql6-psql libpq-dev qtkeychain-qt6-dev libsqlite3-dev libcrypt-dev libjemalloc-dev \
    dbus-daemon dbus-bin gnome-keyring libsecret-1-0 libsecret-tools \
    postgresql clang-format xvfb xauth nginx wrk openssl dunst trayer \
    qt6-multimedia-dev pulseaudio pulseaudio-utils qt6-base-private-dev xdotool qt6-translations-l10n

# What `make package` and `make package-test` need beyond DEB_PACKAGES (CI runs neither).
PACKAGE_DEB_PACKAGES := dpkg-dev file fakeroot
PACKAGE_TEST_DEB_PACKAGES := debootstrap lintian appstream desktop-file-utils curl systemd python3
# What `make fuzz` needs beyond DEB_PACKAGES: clang and its libFuzzer and sanitizer runtimes.
FUZZ_DEB_PACKAGES := clang libclang-rt-14-dev

.PHONY: all deps configure build run test bench soak format format-check clean package package-test fuzz

all: build

deps:
	@missing=$$(for p in $(DEB_PACKAGES) $(EXTRA_DEB_PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	    echo "Installing:" $$missing; \
	    $(SUDO) apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; \
	fi

$(BUILD_DIR)/build.ninja: | deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DCMAKE_EXPORT_COMPILE_COMMANDS=ON $(CMAKE_FLAGS)

configure: deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DCMAKE_EXPORT_COMPILE_COMMANDS=ON $(CMAKE_FLAGS)

build: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	$(BUILD_DIR)/app/alerta-console

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

bench: deps
	cmake -S . -B $(BENCH_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DALERTA_BUILD_GUI=ON -DALERTA_BUILD_TESTS=OFF -DALERTA_BUILD_BENCH=ON -DALERTA_SANITIZE=OFF
	cmake --build $(BENCH_DIR) -j $(JOBS)
	$(BENCH_DIR)/bench/bench-receive
	$(BENCH_DIR)/bench/bench-query
	$(BENCH_DIR)/bench/bench-sqldriver
	$(BENCH_DIR)/bench/bench-housekeeping
	$(BENCH_DIR)/bench/console/bench-alerttable
	$(BENCH_DIR)/bench/console/bench-wallsoak --hours 24 --speed 720
	$(BENCH_DIR)/bench/remote/bench-streamlatency 2000 200
	bench/http/run-http-bench.sh $(BENCH_DIR)
	bench/http/run-pg-bench.sh $(BENCH_DIR)

SOAK_MINUTES ?= 60
soak: deps
	cmake -S . -B $(BENCH_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DALERTA_BUILD_GUI=ON -DALERTA_BUILD_TESTS=OFF -DALERTA_BUILD_BENCH=ON -DALERTA_SANITIZE=OFF
	cmake --build $(BENCH_DIR) -j $(JOBS) --target bench-soak
	$(BENCH_DIR)/bench/soak/bench-soak $(SOAK_MINUTES)

format: $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) --target format

format-check: $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) --target format-check

# The packages: a tree installing to /usr, linked with full RELRO as Debian builds do; CPack writes
# alerta-console_<version>_<arch>.deb and alerta-server_<version>_<arch>.deb (docs/packaging.md).
package:
	$(MAKE) deps EXTRA_DEB_PACKAGES="$(PACKAGE_DEB_PACKAGES)"
	cmake -S . -B $(PKG_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
	    -DALERTA_BUILD_TESTS=OFF -DALERTA_BUILD_BENCH=OFF -DCMAKE_EXE_LINKER_FLAGS="-Wl,-z,relro -Wl,-z,now" $(CMAKE_FLAGS)
	cmake --build $(PKG_DIR) -j $(JOBS)
	rm -f $(PKG_DIR)/packages/*.deb
	cd $(PKG_DIR) && cpack -G DEB
	@ls -l $(PKG_DIR)/packages/*.deb

package-test: package
	$(MAKE) deps EXTRA_DEB_PACKAGES="$(PACKAGE_TEST_DEB_PACKAGES)"
	$(SUDO) tests/packaging/packagetest.sh $(PKG_DIR)/packages $(PKG_DIR)/packagetest

# The fuzz targets of tests/fuzz, two at a time, each on a copy of its seed corpus; fails on any crash (README
# "Fuzzing"). The findings and logs stay in $(FUZZ_DIR)/fuzz/<target>/.
fuzz:
	$(MAKE) deps EXTRA_DEB_PACKAGES="$(FUZZ_DEB_PACKAGES)"
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DALERTA_BUILD_FUZZ=ON \
	    -DALERTA_BUILD_GUI=OFF -DALERTA_BUILD_TESTS=OFF -DALERTA_BUILD_BENCH=OFF $(CMAKE_FLAGS)
	cmake --build $(FUZZ_DIR) --target fuzzers -j $(JOBS)
	tests/fuzz/run-fuzzers.sh $(FUZZ_DIR) $(FUZZ_SECONDS) 2

clean:
	rm -rf $(BUILD_DIR) $(BENCH_DIR) $(PKG_DIR) $(FUZZ_DIR)
