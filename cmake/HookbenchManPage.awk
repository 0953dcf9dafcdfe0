# Turns the --help text of a Qt command-line program (QCommandLineParser's layout) into
# the body of a roff manual page.
#
# Variables (awk -v):
#   level    "page": SYNOPSIS, DESCRIPTION, OPTIONS and ARGUMENTS sections (the program's
#            own --help); "command": one subsection for `PROGRAM COMMAND --help`
#   command  with level=command: the command's name, the subsection title
#   program  the program's name, shown in place of the path in the usage line
#
# Layout read: "Usage: ..." on the first line, free text, then "Options:" and
# "Arguments:" blocks whose entries start with two spaces and whose continuation lines
# are indented further.

function escape(text) {
    gsub(/\\/, "\\e", text)
    # A dash that starts a word is an option's: a minus sign in roff.
    while (match(text, /(^|[- (,\[=\/'"])-/)) {
        text = substr(text, 1, RSTART + RLENGTH - 2) "\\-" substr(text, RSTART + RLENGTH)
    }
    return text
}

function line_out(text) {
    text = escape(text)
    if (text ~ /^[.']/)
        text = "\\&" text
    print text
}

function flush_entry() {
    if (entry_spec == "")
        return
    print ".TP"
    print "\\fB" escape(entry_spec) "\\fR"
    if (entry_text != "")
        line_out(entry_text)
    entry_spec = ""
    entry_text = ""
}

function close_literal() {
    if (in_literal) {
        print ".fi"
        print ".RE"
        in_literal = 0
    }
}

function block_heading(title) {
    if (level == "page") {
        print ".SH " title
    } else {
        print ".PP"
        print "\\fI" tolower(substr(title, 1, 1)) substr(tolower(title), 2) ":\\fR"
        print ".RS"
        in_indented_block = 1
    }
}

function close_indented_block() {
    if (in_indented_block) {
        print ".RE"
        in_indented_block = 0
    }
}

BEGIN {
    part = "start"
    in_literal = 0
    in_indented_block = 0
    entry_spec = ""
    entry_text = ""
}

part == "start" {
    usage = $0
    sub(/^Usage: /, "", usage)
    # QCommandLineParser names the program as it was started (a path in the build tree).
    if (program != "" && usage !~ /^\[/)
        sub(/^[^ ]*/, program, usage)
    if (level == "page") {
        print ".SH SYNOPSIS"
        line_out(usage)
        print ".SH DESCRIPTION"
    } else {
        print ".SS " escape(command)
        print "\\fB" escape(usage) "\\fR"
        print ".PP"
    }
    part = "description"
    next
}

/^Options:$/ || /^Arguments:$/ {
    close_literal()
    flush_entry()
    close_indented_block()
    block_heading($0 == "Options:" ? "OPTIONS" : "ARGUMENTS")
    part = "entries"
    next
}

part == "description" {
    if ($0 == "") {
        close_literal()
        paragraph_pending = 1
        next
    }
    if (paragraph_pending) {
        print ".PP"
        paragraph_pending = 0
    }
    if ($0 ~ /^  /) {
        if (!in_literal) {
            print ".RS"
            print ".nf"
            in_literal = 1
        }
        text = $0
        sub(/^  /, "", text)
        line_out(text)
    } else {
        close_literal()
        line_out($0)
    }
    next
}

part == "entries" {
    if ($0 == "")
        next
    if ($0 ~ /^  [^ ]/) {
        flush_entry()
        text = substr($0, 3)
        split_at = index(text, "  ")
        if (split_at > 0) {
            entry_spec = substr(text, 1, split_at - 1)
            entry_text = substr(text, split_at)
            sub(/^ +/, "", entry_text)
        } else {
            entry_spec = text
            entry_text = ""
        }
    } else {
        text = $0
        sub(/^ +/, "", text)
        entry_text = entry_text == "" ? text : entry_text " " text
    }
    next
}

END {
    close_literal()
    flush_entry()
    close_indented_block()
}
