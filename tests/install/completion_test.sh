#!/usr/bin/env bash
# The generated bash completion completes a command, an option and an option value, and
# files by extension. Usage: completion_test.sh COMPLETION_FILE
set -euo pipefail
source "$1"
complete -p maturity | grep -q -- '-F _maturity'

# complete WORDS...: fills COMPREPLY as bash does when Tab is pressed after WORDS.
complete_words() {
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMPREPLY=()
  _maturity
}
expect() {
  local what=$1
  shift
  for wanted in "$@"; do
    if ! printf '%s\n' "${COMPREPLY[@]}" | grep -qx -- "$wanted"; then
      echo "completion_test.sh: $what: expected $wanted in: ${COMPREPLY[*]}" >&2
      exit 1
    fi
  done
}

complete_words maturity sc
expect "a command" score
complete_words maturity score --ben
expect "an option" --benchmark
[ ${#COMPREPLY[@]} -eq 1 ] || { echo "completion_test.sh: --ben gave ${COMPREPLY[*]}" >&2; exit 1; }
complete_words maturity template --format ""
expect "--format values" yaml xlsx csv-map
complete_words maturity score --lang c
expect "--lang values" cy

folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
touch "$folder/framework.yaml" "$folder/return.xlsx" "$folder/notes.txt"
cd "$folder"
complete_words maturity validate ""
expect "YAML files" framework.yaml
if printf '%s\n' "${COMPREPLY[@]}" | grep -qx notes.txt; then
  echo "completion_test.sh: a .txt file was offered to validate" >&2
  exit 1
fi
complete_words maturity import ""
expect "workbooks to import" return.xlsx
echo "completion_test.sh: commands, options, values and files complete"
