#!/usr/bin/env bash
# The manual pages (issue 17): generated at build time, they name every command of
# `hookbench-cli --help` and, in that command's section, every option of
# `hookbench-cli COMMAND --help`; the other programs' pages name all their options; and
# man renders every page without a warning.
#
# Usage: check-manpages.sh BIN_DIR MAN_DIR
set -euo pipefail

bin_dir=$1
man_dir=$2
export LC_ALL=C.UTF-8 LANGUAGE='' QT_QPA_PLATFORM=offscreen
unset HOOKBENCH_URL HOOKBENCH_ACCOUNT HOOKBENCH_TOKEN

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# The page's roff source with the escapes that matter here undone: \- is "-", fonts go.
page_text() {
    gzip -dc "$man_dir/$1.1.gz" | sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\e/\\/g'
}

# Every option name (-x and --name) of a help text.
options_of() {
    awk '/^  -/ {
        spec = substr($0, 3)
        split_at = index(spec, "  ")
        if (split_at > 0)
            spec = substr(spec, 1, split_at - 1)
        count = split(spec, names, ", ")
        for (i = 1; i <= count; i++) {
            name = names[i]
            sub(/ .*/, "", name)
            print name
        }
    }'
}

# The lines of a page from the heading that matches $2 to the next heading of that kind.
section_of() {
    awk -v start="$1" -v kind="$2" '
        $0 == start { inside = 1; print; next }
        inside && index($0, kind) == 1 { exit }
        inside { print }'
}

# Whether a text names an option as a word of its own.
names_option() {
    grep -qE -- "(^|[^A-Za-z0-9-])$2([^A-Za-z0-9-]|\$)" <<<"$1"
}

for program in hookbench hookbench-cli hookbench-sandbox; do
    if [ ! -s "$man_dir/$program.1.gz" ]; then
        fail "no manual page $man_dir/$program.1.gz"
        continue
    fi
    text=$(page_text "$program")
    help=$("$bin_dir/$program" --help)
    grep -q "^\.TH \"$(tr '[:lower:]' '[:upper:]' <<<"$program")\" 1 " <<<"$text" \
        || fail "$program.1 has no .TH line"
    if ! grep -q '^\.SH NAME' <<<"$text" || ! grep -q "^$program - " <<<"$text"; then
        fail "$program.1 has no NAME line"
    fi
    options=$(section_of ".SH OPTIONS" ".SH" <<<"$text")
    option_count=0
    for option in $(options_of <<<"$help"); do
        option_count=$((option_count + 1))
        names_option "$options" "$option" || fail "$program.1 lacks its option $option"
    done
    [ "$option_count" -ge 3 ] || fail "$program --help lists only $option_count options"

    # man reads it without a complaint (what lintian checks too).
    warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$man_dir/$program.1.gz" 2>&1 >/dev/null || true)
    [ -z "$warnings" ] || fail "man warns about $program.1: $warnings"
done

# hookbench-cli: every command, and every option of each command in its own section.
help=$("$bin_dir/hookbench-cli" --help)
commands=$(awk '/^Commands:$/ { inside = 1; next }
                inside && /^$/ { exit }
                inside && /^  [a-z]/ { print $1 }' <<<"$help")
command_count=$(wc -w <<<"$commands")
[ "$command_count" -ge 8 ] || fail "hookbench-cli --help lists only $command_count commands"
text=$(page_text hookbench-cli)
for command in $commands; do
    section=$(awk -v start=".SS $command" '
        $0 == start { inside = 1; next }
        inside && /^\.S[SH] / { exit }
        inside { print }' <<<"$text")
    if [ -z "$section" ]; then
        fail "hookbench-cli.1 has no section for the command $command"
        continue
    fi
    command_help=$("$bin_dir/hookbench-cli" "$command" --help)
    usage=$(head -1 <<<"$command_help" | sed 's/^Usage: //')
    grep -qF -- "$usage" <<<"$section" || fail "the section of $command lacks its usage: $usage"
    for option in $(options_of <<<"$command_help"); do
        names_option "$section" "$option" || fail "the section of $command lacks $option"
    done
    echo "hookbench-cli $command: $(options_of <<<"$command_help" | wc -l) options documented"
done

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "the manual pages are complete"
