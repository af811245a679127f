#!/usr/bin/env bash
# Writes the bash completion for maturity from the help texts the program prints (commands,
# their options, and option values such as "yaml, xlsx or csv-map"), so that it cannot
# drift from the program. Usage: completion.sh MATURITY > maturity
set -euo pipefail
maturity=$1
commands=$("$maturity" --help | awk '/^Commands:/ {on = 1; next} on && /^  [a-z]/ {print $1} on && /^$/ {on = 0}')

cat <<'HEAD'
# bash completion for maturity. Generated from the program's help by scripts/completion.sh.

# Files with one of the extensions in $1 (a|b|c), and folders to descend into.
_maturity_files() {
  local IFS=$'\n'
  COMPREPLY+=($(compgen -d -- "$cur" || true))
  COMPREPLY+=($(compgen -f -X "!*.@($1)" -- "$cur" || true))
}

_maturity() {
  local cur=${COMP_WORDS[COMP_CWORD]}
  local prev=${COMP_WORDS[COMP_CWORD-1]}
  local command=${COMP_WORDS[1]}
  COMPREPLY=()
  shopt -s extglob
HEAD
echo "  if [ \"\$COMP_CWORD\" -eq 1 ]; then"
echo "    COMPREPLY=(\$(compgen -W \"$(echo $commands) --help --version\" -- \"\$cur\" || true))"
echo "    return"
echo "  fi"
echo "  case \$command in"
# The option column of a help text only: "  -f [ --framework ] arg ..." or "  --json arg ...".
options_of() {
  echo "$1" | awk '/^Options/ {on = 1; next} on' |
    sed -nE 's/^  (-[a-z])( \[ (--[a-z-]+) \])?.*/\1 \3/p; s/^  (--[a-z-]+).*/\1/p' |
    tr ' ' '\n' | { grep . || true; } | sort -u | tr '\n' ' '
}
for command in $commands; do
  help=$("$maturity" "$command" --help)
  options=$(options_of "$help")
  echo "    $command)"
  if [ "$command" = collect ]; then
    # collect ACTION: the actions its overview lists ("  create   a new assessment..."),
    # then each action's own options (maturity collect ACTION --help).
    actions=$(echo "$help" | sed -nE 's/^  ([a-z][a-z-]+) +[a-z].*/\1/p' | tr '\n' ' ')
    echo "      case \$prev in"
    languages=$("$maturity" collect invite --help | grep -oE '\b[a-z]{2} or [a-z]{2}\b' | head -1 |
                  sed 's/ or / /')
    echo "        --data) COMPREPLY=(\$(compgen -d -- \"\$cur\" || true)); return ;;"
    # --from: migrate-store's SQLite folder; create's last period's response.
    echo "        --from) if [ \"\${COMP_WORDS[2]}\" = migrate-store ]; then"
    echo "            COMPREPLY=(\$(compgen -d -- \"\$cur\" || true))"
    echo "          else"
    echo "            _maturity_files 'yaml|yml|YAML|YML'"
    echo "          fi"
    echo "          return ;;"
    echo "        -f|--framework|--from-framework) _maturity_files 'yaml|yml|YAML|YML'; return ;;"
    echo "        --lang) COMPREPLY=(\$(compgen -W \"$languages\" -- \"\$cur\" || true)); return ;;"
    echo "        -o|--output) COMPREPLY=(\$(compgen -f -- \"\$cur\" || true)); return ;;"
    echo "        --database|--to|--institution|--name|--period|--profile|--respondent|--perspective|--role|--email|--language|--smtp|--mail-from) return ;;"
    echo "      esac"
    echo "      if [ \"\$COMP_CWORD\" -eq 2 ]; then"
    echo "        COMPREPLY=(\$(compgen -W \"${actions% }\" -- \"\$cur\" || true))"
    echo "        return"
    echo "      fi"
    echo "      [[ \$cur == -* ]] || return"
    echo "      case \${COMP_WORDS[2]} in"
    for action in $actions; do
      echo "        $action) COMPREPLY=(\$(compgen -W \"$(options_of "$("$maturity" collect "$action" --help)")\" -- \"\$cur\" || true)) ;;"
    done
    echo "      esac"
    echo "      ;;"
    continue
  fi
  echo "      case \$prev in"
  # Option values the help names: "yaml, xlsx or csv-map", "en or cy" (an option's text
  # may run over several lines: they are joined first).
  echo "$help" | awk '/^Options/ {on = 1; next}
                      on && /^  -/ {if (line) print line; line = $0; next}
                      on {line = line " " $0}
                      END {if (line) print line}' | while IFS= read -r line; do
    option=$(echo "$line" | sed -nE 's/^  (-[a-z] \[ )?(--[a-z-]+).*/\2/p')
    values=""
    case $option in
      --format) values=$(echo "$line" | grep -oE '\b[a-z-]+, [a-z-]+ or [a-z-]+\b' | head -1 |
                           sed 's/,//; s/ or / /') ;;
      --lang) values=$(echo "$line" | grep -oE '\b[a-z]{2} or [a-z]{2}\b' | head -1 |
                         sed 's/ or / /') ;;
    esac
    if [ -n "$values" ]; then
      echo "        $option) COMPREPLY=(\$(compgen -W \"$values\" -- \"\$cur\" || true)); return ;;"
    fi
  done
  echo "        -f|--framework|--map) _maturity_files 'yaml|yml|YAML|YML'; return ;;"
  echo "        --benchmark) _maturity_files 'json|JSON'; return ;;"
  echo "        -o|--output|--json|--benchmark-out) COMPREPLY=(\$(compgen -f -- \"\$cur\" || true)); return ;;"
  echo "        --data) COMPREPLY=(\$(compgen -d -- \"\$cur\" || true)); return ;;"
  echo "        --gaps|--min-group-size|--jobs|-j|--respondents|--group-by) return ;;"
  echo "        --database|--period|--listen|--base-url|--threads|--smtp|--mail-from) return ;;"
  echo "      esac"
  echo "      if [[ \$cur == -* ]]; then"
  echo "        COMPREPLY=(\$(compgen -W \"$options\" -- \"\$cur\" || true))"
  echo "        return"
  echo "      fi"
  case $command in
    import) echo "      _maturity_files 'xlsx|csv|XLSX|CSV'" ;;
    serve) echo "      return" ;;  # serve takes no FILE.
    *) echo "      _maturity_files 'yaml|yml|YAML|YML'" ;;
  esac
  echo "      ;;"
done
echo "  esac"
echo "}"
echo "complete -F _maturity maturity"
