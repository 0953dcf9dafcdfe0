#!/usr/bin/env bash
# The bash completion (issue 17): runs its completion function as bash would for a few
# command lines and compares the candidates. Commands, options and --format values come
# from the built programs' help, profile names from a profile store in this test's own
# XDG folders, event names from the built-in catalogue: HOOKBENCH_URL points at a closed
# port, so a completion that asked the network would find no events.
#
# Usage: check-bash-completion.sh COMPLETION_FILE BIN_DIR
set -euo pipefail

completion=$1
bin_dir=$2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME" "$XDG_CONFIG_HOME/Hookbench"
# Two profiles as Hookbench stores them (ProfileStore: group = the name's UTF-8 in hex).
hex() { printf '%s' "$1" | od -An -tx1 | tr -d ' \n'; }
{
    echo "[profiles]"
    for name in Production Staging; do
        printf '%s\\account=wdc\n' "$(hex "$name")"
        printf '%s\\name=%s\n' "$(hex "$name")" "$name"
        printf '%s\\serviceUrl=https://api.4me.com/v1\n' "$(hex "$name")"
    done
} >"$XDG_CONFIG_HOME/Hookbench/hookbench.conf"
export HOOKBENCH_URL=http://127.0.0.1:9/v1 HOOKBENCH_ACCOUNT=wdc
export HOOKBENCH_TOKEN=completion-test-5ecret

# shellcheck source=/dev/null
source "$completion"

failures=0

# complete EXPECTED WORD...: completes the last WORD (the one under the cursor) and
# compares the sorted candidates with EXPECTED (space-separated, sorted).
complete_line() {
    local expected=$1
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _hookbench_complete
    local actual
    actual=$(printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort | tr '\n' ' ' | sed 's/ $//')
    local shown=("$@")
    shown[0]=${shown[0]##*/}
    if [ "$actual" = "$expected" ]; then
        echo "ok: ${shown[*]}|  ->  $actual"
    else
        echo "FAIL: ${shown[*]}|  ->  '$actual', expected '$expected'" >&2
        failures=$((failures + 1))
    fi
}

# contains WORD: like complete_line, but only checks that WORD is among the candidates.
complete_contains() {
    local wanted=$1
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMPREPLY=()
    _hookbench_complete
    local shown=("$@")
    shown[0]=${shown[0]##*/}
    if printf '%s\n' "${COMPREPLY[@]}" | grep -qxF -- "$wanted"; then
        echo "ok: ${shown[*]}|  ->  ${#COMPREPLY[@]} candidates with $wanted"
    else
        echo "FAIL: ${shown[*]}|  ->  '${COMPREPLY[*]}' lacks '$wanted'" >&2
        failures=$((failures + 1))
    fi
}

cli="$bin_dir/hookbench-cli"
sandbox="$bin_dir/hookbench-sandbox"

# Commands.
complete_line "export" "$cli" ex
complete_line "events export" "$cli" e
complete_contains listen "$cli" ""
complete_contains profiles "$cli" ""
complete_line "export" "$cli" --url http://127.0.0.1:1/v1 ex
# Options: the command's, and the global ones before a command.
complete_line "--state" "$cli" list --st
complete_line "--bom" "$cli" export --b
complete_line "--account --account-header" "$cli" --acc
complete_line "--state" "$cli" --profile Production list --st
complete_line "--mail-exceptions-to" "$cli" update 4 --mail
# --format values, from each command's help.
complete_line "csv json table" "$cli" list --format ""
complete_line "csv json" "$cli" export --format ""
complete_line "json" "$cli" get 4 --format j
complete_line "json" "$cli" list --format = j
complete_line "json text" "$cli" listen --format ""
# Other values the help names.
complete_line "all disabled enabled" "$cli" list --state ""
# Event names from the built-in catalogue, without network.
complete_contains request.create "$cli" create --event request.c
complete_contains change.update "$cli" update 4 --event ch
complete_line "" "$cli" create --event no.such.prefix
# Profile names from the profile store, never a token.
complete_line "Production" "$cli" --profile Pro
complete_line "Production Staging" "$cli" --profile ""
# File names for FILE values.
touch "$work/webhooks.csv"
complete_line "$work/webhooks.csv" "$cli" export --output "$work/webh"
# The other programs: their own options.
complete_line "--seed --seed-variant" "$sandbox" --se
complete_contains --sandbox "$bin_dir/hookbench" --
complete_line "cursor pages" "$sandbox" --pagination ""
complete_line "200 201" "$sandbox" --create-status ""

if [ "$failures" -gt 0 ]; then
    echo "$failures completion(s) wrong" >&2
    exit 1
fi
echo "the bash completion works"
