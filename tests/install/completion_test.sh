#!/usr/bin/env bash
# The generated bash completion completes a command, collect's actions, an option and an
# option value (serve's and each collect action's among them), files by extension and
# store folders. Usage: completion_test.sh COMPLETION_FILE
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
complete_words maturity serve --
expect "serve's options" --data --database --listen --base-url --threads --smtp --mail-from
complete_words maturity collect ""
expect "collect's actions" create invite revoke status close export backup audit remind overseer \
  migrate-store
complete_words maturity collect inv
expect "a collect action" invite
[ ${#COMPREPLY[@]} -eq 1 ] || { echo "completion_test.sh: collect inv gave ${COMPREPLY[*]}" >&2; exit 1; }
complete_words maturity collect invite --
expect "an action's options" --data --database --respondent --perspective --json
complete_words maturity collect migrate-store --
expect "migrate-store's options" --from --to

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
mkdir store
complete_words maturity serve --data ""
expect "the store's folder" store
if printf '%s\n' "${COMPREPLY[@]}" | grep -qx framework.yaml; then
  echo "completion_test.sh: a file was offered as serve's --data folder" >&2
  exit 1
fi
complete_words maturity collect status --data st
expect "collect's --data folder" store
complete_words maturity collect migrate-store --from ""
expect "migrate-store's SQLite folder" store
complete_words maturity collect create --from ""
expect "create's last response" framework.yaml
complete_words maturity collect invite --lang ""
expect "invite's --lang values" en cy
echo "completion_test.sh: commands, collect's actions, options, values, files and folders complete"
