# bash completion for hookbench, hookbench-cli and hookbench-sandbox       -*- shell-script -*-
#
# Nothing here lists a command or an option: they are read from the program's own
# `--help` and `COMMAND --help` when you press Tab, so the completion always matches the
# installed version. Values come from the programs too:
#   --profile NAME   `hookbench-cli profiles` (names from Hookbench's settings, never a token)
#   --event EVENT    `hookbench-cli events` without a service URL: the built-in catalogue,
#                    nothing is sent
#   --format and other options whose help reads "...: a, b or c (default: ...)" or
#   "a (default) or b: ...": those words
#   options whose placeholder lists the values (<pages|cursor>): those values
#   options whose value is <FILE>: file names

# Runs the program being completed, in English, without a display and without the user's
# connection settings (so that nothing can reach the network).
_hookbench_run()
{
    local program=$1
    shift
    env -u HOOKBENCH_URL -u HOOKBENCH_ACCOUNT -u HOOKBENCH_TOKEN \
        LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen \
        "$program" "$@" 2>/dev/null </dev/null
}

# Prints the options of `PROGRAM [COMMAND] --help`, one a line: the option, a space, and
# the value's placeholder (FILE, NAME, ...) or "-" when it takes none.
_hookbench_options()
{
    _hookbench_run "$@" --help | awk '
        /^Arguments:$/ { exit }
        /^  -/ {
            spec = substr($0, 3)
            split_at = index(spec, "  ")
            if (split_at > 0)
                spec = substr(spec, 1, split_at - 1)
            value = "-"
            if (match(spec, /<[^>]*>/))
                value = substr(spec, RSTART + 1, RLENGTH - 2)
            count = split(spec, names, ", ")
            for (i = 1; i <= count; i++) {
                name = names[i]
                sub(/ .*/, "", name)
                print name, value
            }
        }'
}

# Prints the commands of `PROGRAM --help` (its "Commands:" block), one a line.
_hookbench_commands()
{
    _hookbench_run "$1" --help | awk '
        /^Commands:$/ { inside = 1; next }
        inside && /^$/ { exit }
        inside && /^  [a-z]/ { print $1 }'
}

# Prints the values an option's help names: "Output format: table, json, csv (default:
# table)." gives table, json and csv. Prints nothing when the help names none.
_hookbench_choices()
{
    local program=$1 command=$2 option=$3
    _hookbench_run "$program" ${command:+"$command"} --help | awk -v option="$option" '
        /^  -/ {
            if (found)
                exit
            spec = substr($0, 3)
            split_at = index(spec, "  ")
            text = split_at > 0 ? substr(spec, split_at) : ""
            spec = split_at > 0 ? substr(spec, 1, split_at - 1) : spec
            count = split(spec, names, ", ")
            for (i = 1; i <= count; i++) {
                name = names[i]
                sub(/ .*/, "", name)
                if (name == option)
                    found = 1
            }
            next
        }
        found && /^   / { text = text " " $0; next }
        found { exit }
        END {
            if (!found)
                exit
            gsub(/  +/, " ", text)
            sub(/^ /, "", text)
            if (match(text, /^[^:(]*: [^():]* \(default/)) {
                # "Output format: table, json, csv (default: table)."
                text = substr(text, 1, RLENGTH - length(" (default"))
                sub(/^[^:]*: /, "", text)
            } else if (match(text, /^[^:;]*[:;]/)) {
                # "text (default) or json: one JSON object per line ..."
                text = substr(text, 1, RLENGTH - 1)
                gsub(/ \(default\)/, "", text)
            } else {
                exit
            }
            gsub(/,? or /, ", ", text)
            count = split(text, words, ", ")
            for (i = 1; i <= count; i++) {
                if (words[i] !~ /^[A-Za-z0-9._\/-]+$/)
                    exit
            }
            for (i = 1; i <= count; i++)
                print words[i]
        }'
}

_hookbench_complete()
{
    local program=${COMP_WORDS[0]} cur=${COMP_WORDS[COMP_CWORD]} prev=""
    if ! command -v "$program" >/dev/null 2>&1; then
        program=${program##*/}
    fi
    if [[ $COMP_CWORD -gt 0 ]]; then
        prev=${COMP_WORDS[COMP_CWORD - 1]}
    fi
    # --option=value: bash splits it at the "=" (COMP_WORDBREAKS).
    if [[ $cur == "=" ]]; then
        cur=""
    elif [[ $prev == "=" && $COMP_CWORD -gt 1 ]]; then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    fi

    # The command is the first word that is neither an option nor an option's value.
    local commands command="" global_options i word
    commands=$(_hookbench_commands "$program")
    global_options=$(_hookbench_options "$program")
    if [[ -n $commands ]]; then
        for ((i = 1; i < COMP_CWORD; i++)); do
            word=${COMP_WORDS[i]}
            if [[ $word == -* ]]; then
                if [[ $word != *=* && ${COMP_WORDS[i + 1]} != "=" ]] &&
                    grep -qx -- "$word [^-].*" <<<"$global_options"; then
                    ((i++))
                fi
                continue
            fi
            if [[ $word == "=" ]]; then
                ((i++))
                continue
            fi
            command=$word
            break
        done
    fi

    local options=$global_options
    if [[ -n $command ]]; then
        options=$(_hookbench_options "$program" "$command")
    fi

    # The value of an option.
    local value
    if [[ $prev == -* ]]; then
        value=$(awk -v option="$prev" '$1 == option { print $2; exit }' <<<"$options")
        if [[ -n $value && $value != "-" ]]; then
            local -a candidates=()
            case $prev in
            --profile)
                mapfile -t candidates < <(_hookbench_run "$program" profiles)
                ;;
            --event)
                mapfile -t candidates < <(_hookbench_run "$program" events | awk 'NR > 1 { print $1 }')
                ;;
            *)
                if [[ $value == FILE || $value == PATH || $value == DIR* ]]; then
                    compopt -o filenames 2>/dev/null || true
                    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
                    return 0
                fi
                if [[ $value == *"|"* ]]; then
                    # <pages|cursor>: the placeholder lists the values.
                    IFS='|' read -r -a candidates <<<"$value"
                else
                    mapfile -t candidates < <(_hookbench_choices "$program" "$command" "$prev")
                fi
                ;;
            esac
            COMPREPLY=()
            local candidate
            for candidate in "${candidates[@]}"; do
                if [[ $candidate == "$cur"* ]]; then
                    COMPREPLY+=("$(printf '%q' "$candidate")")
                fi
            done
            return 0
        fi
    fi

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(awk '{ print $1 }' <<<"$options")" -- "$cur")
        return 0
    fi
    if [[ -n $commands && -z $command ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
        return 0
    fi
    COMPREPLY=()
    return 0
}

complete -F _hookbench_complete hookbench hookbench-cli hookbench-sandbox
