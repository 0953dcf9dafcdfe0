#!/bin/sh
# Writes the manual page of a Hookbench program from its own --help, so that the page
# lists exactly the options (and, with --commands, the commands and their options) that
# the program accepts.
#
# Usage: HookbenchManPage.sh PROGRAM NAME VERSION OUTPUT [--commands]
#   PROGRAM   the built executable, run with --help (and COMMAND --help)
#   NAME      the page's name, e.g. hookbench-cli
#   OUTPUT    the page to write, gzip-compressed (e.g. hookbench-cli.1.gz)
#   --commands  also document every command listed under "Commands:" in the help
set -eu

if [ $# -lt 4 ]; then
    echo "usage: $0 PROGRAM NAME VERSION OUTPUT [--commands]" >&2
    exit 2
fi
program=$1
name=$2
version=$3
output=$4
with_commands=${5:-}
awk_script="$(dirname "$0")/HookbenchManPage.awk"

# The help in English, without a display, and without the user's connection settings.
export LC_ALL=C.UTF-8 LANGUAGE='' QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0
unset HOOKBENCH_URL HOOKBENCH_ACCOUNT HOOKBENCH_TOKEN 2>/dev/null || true

help_of() {
    if ! "$program" "$@" --help; then
        echo "$0: '$program $* --help' failed" >&2
        exit 1
    fi
}

help=$(help_of)
# The first line after "Usage:" is the program's one-line summary.
summary=$(printf '%s\n' "$help" | sed -n '2{s/\.$//;p;}')
upper=$(printf '%s' "$name" | tr '[:lower:]' '[:upper:]')

page="$output.tmp"
{
    printf '.TH "%s" 1 "" "Hookbench %s" "User Commands"\n' "$upper" "$version"
    echo ".SH NAME"
    printf '%s \\- %s\n' "$(printf '%s' "$name" | sed 's/-/\\-/g')" "$summary"
    printf '%s\n' "$help" | awk -v level=page -v program="$name" -f "$awk_script"
    if [ "$with_commands" = "--commands" ]; then
        echo ".SH COMMANDS"
        # Entries of the "Commands:" block: two spaces, the name, two spaces, the summary.
        commands=$(printf '%s\n' "$help" | awk '
            /^Commands:$/ { inside = 1; next }
            inside && /^$/ { exit }
            inside && /^  [a-z]/ { print $1 }')
        if [ -z "$commands" ]; then
            echo "$0: no commands found in '$program --help'" >&2
            exit 1
        fi
        for command in $commands; do
            help_of "$command" | awk -v level=command -v command="$command" -v program="$name" \
                -f "$awk_script"
        done
    fi
    echo '.SH "SEE ALSO"'
    see_also=""
    for other in hookbench hookbench-cli hookbench-sandbox; do
        if [ "$other" != "$name" ]; then
            see_also="$see_also${see_also:+, }\\fB$(printf '%s' "$other" | sed 's/-/\\-/g')\\fR(1)"
        fi
    done
    printf '%s\n' "$see_also"
} >"$page"

gzip -9n -c "$page" >"$output.gz.tmp"
rm -f "$page"
mv -f "$output.gz.tmp" "$output"
