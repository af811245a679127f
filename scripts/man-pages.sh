#!/usr/bin/env bash
# Writes the man pages, maturity(1) and one page per command (maturity-score(1), ...),
# from the help texts the program itself prints, so that the two cannot drift.
# Usage: man-pages.sh MATURITY OUTPUT_FOLDER
set -euo pipefail
maturity=$1
out=$2
mkdir -p "$out"
version=$("$maturity" --version | awk '{print $2}')
date=${SOURCE_DATE_EPOCH:+$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)}
date=${date:-2026-01-01}

# roff-escapes a text: backslashes, minus signs, and a leading dot or quote.
escape() {
  sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"
}

commands=$("$maturity" --help | awk '/^Commands:/ {on = 1; next} on && /^  [a-z]/ {print $1} on && /^$/ {on = 0}')

# maturity(1): the overview.
{
  echo ".TH MATURITY 1 \"$date\" \"maturity $version\" \"User Commands\""
  echo ".SH NAME"
  echo "maturity \\- self-assessment against maturity frameworks"
  echo ".SH SYNOPSIS"
  echo ".B maturity"
  echo ".I COMMAND"
  echo "[\\fIOPTIONS\\fR] [\\fIFILES\\fR]"
  echo ".SH DESCRIPTION"
  echo "Scores institutions' self-assessments against a framework written in YAML, for each"
  echo "side and both, and writes Excel scorecards, sector comparisons and JSON results."
  echo "Every output for people exists in English and Welsh."
  echo ".SH COMMANDS"
  "$maturity" --help | awk '/^Commands:/ {on = 1; next} on && /^  [a-z]/ {print} on && /^$/ {on = 0}' |
    while read -r command description; do
      echo ".TP"
      echo ".B $command"
      echo "$description" | escape
    done
  echo ".SH EXIT STATUS"
  "$maturity" --help | grep '^Exit codes' | escape
  echo ".SH SEE ALSO"
  first=1
  for command in $commands; do
    [ $first = 1 ] || echo ","
    printf '.BR maturity\\-%s (1)' "$command"
    first=0
  done
  echo
} > "$out/maturity.1"

# maturity-COMMAND(1): usage, description and options as the command's --help gives them.
for command in $commands; do
  help=$("$maturity" "$command" --help)
  {
    echo ".TH MATURITY\\-${command^^} 1 \"$date\" \"maturity $version\" \"User Commands\""
    echo ".SH NAME"
    summary=$("$maturity" --help | awk -v c="$command" '$1 == c {$1 = ""; sub(/^ +/, ""); print}')
    echo "maturity-$command - $summary" | escape
    echo ".SH SYNOPSIS"
    echo ".nf"
    echo "$help" | awk '/^Usage:/ {on = 1} on && /^$/ {exit} on {sub(/^Usage: /, ""); sub(/^       /, ""); print}' | escape
    echo ".fi"
    echo ".SH DESCRIPTION"
    echo "$help" | awk 'seen_usage && /^$/ && !started {started = 1; next}
                        /^Usage:/ {seen_usage = 1}
                        started && /^Options/ {exit}
                        started {print}' | escape | awk 'BEGIN {print ".nf"} {print} END {print ".fi"}'
    echo ".SH OPTIONS"
    echo ".nf"
    echo "$help" | awk '/^Options/ {on = 1; next} on {print}' | escape
    echo ".fi"
    echo ".SH SEE ALSO"
    echo ".BR maturity (1)"
  } > "$out/maturity-$command.1"
done
echo "man-pages.sh: $(ls "$out"/*.1 | wc -l) pages in $out"
