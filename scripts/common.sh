# Shared by scripts/demo, scripts/test and scripts/bench. Source it; do not run it.
# Installs the missing packages of scripts/packages.txt, then configures and builds.

set -euo pipefail

HB_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HB_BUILD_DIR=${HB_BUILD_DIR:-"$HB_ROOT/build"}

hb_log() { printf '==> %s\n' "$*" >&2; }

# Installs what scripts/packages.txt lists, and the packages named as arguments, when dpkg
# does not have them yet.
hb_install_dependencies() {
    local wanted missing=() pkg
    wanted=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$HB_ROOT/scripts/packages.txt")
    wanted="$wanted $*"
    for pkg in $wanted; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        hb_log "missing packages: ${missing[*]}; install them with your package manager"
        return 1
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    hb_log "installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" \
        >/dev/null
}

# Configures (once) and builds in $HB_BUILD_DIR. Extra arguments go to cmake's configure step.
# hb_build [--target T...] [cmake configure options...]: configures and builds; with
# --target only those targets (the demo builds the two programs it runs, not the tests).
hb_build() {
    local targets=()
    while [ "${1:-}" = "--target" ]; do
        targets+=(--target "$2")
        shift 2
    done
    local generator=()
    if [ ! -f "$HB_BUILD_DIR/CMakeCache.txt" ] && command -v ninja >/dev/null 2>&1; then
        generator=(-G Ninja)
    fi
    hb_log "configuring in $HB_BUILD_DIR"
    cmake -S "$HB_ROOT" -B "$HB_BUILD_DIR" "${generator[@]}" "$@" >/dev/null
    hb_log "building"
    cmake --build "$HB_BUILD_DIR" --parallel "$(nproc 2>/dev/null || echo 2)" "${targets[@]}"
}
