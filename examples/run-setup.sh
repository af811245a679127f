# What every example's run.sh starts with, sourced as
#   source "$(dirname "$0")/../run-setup.sh" "$@"
# Arguments: [MATURITY] [OUTPUT_FOLDER] (default: maturity on the PATH, this folder).
# Sets here (the example's folder), maturity, out (made if missing) and framework (the
# bundled one), and stops the script at the first failing command.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)
maturity=${1:-maturity}
out=${2:-.}
mkdir -p "$out"
framework="$here/../../frameworks/social-partnership.yaml"
