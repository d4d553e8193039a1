#!/usr/bin/env bash
# Times the baht batch on LINES (default 1,000,000) amounts through a published `governance` binary, standard input
# from a file and standard output to /dev/null, as a script would run it; and, when the npm package bahttext can be
# installed, Node's bahttext on the same input, reading and writing the same way. Prints the best and the median of
# RUNS (default 5) runs of each, the ratio of the medians, and how many output lines the two disagree on (bahttext's
# own conventions differ from ours in places: the count says how often, not which is right).
#
# Usage: scripts/measure-baht-batch.sh                       publishes src/Governance.Cli (Release) into a temp folder
#        GOVERNANCE=/path/to/governance scripts/measure-baht-batch.sh     times an already published binary
#        LINES=1000000 RUNS=5 KEEP=1 scripts/measure-baht-batch.sh
# This is a measurement to run by hand, not a test: a shared machine's timings vary too much to assert on.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lines="${LINES:-1000000}"
runs="${RUNS:-5}"
work="$(mktemp -d "${TMPDIR:-/tmp}/gov-baht-batch.XXXXXX")"
[[ -n "${KEEP:-}" ]] && echo "Keeping $work" >&2 || trap 'rm -rf "$work"' EXIT

governance="${GOVERNANCE:-}"
if [[ -z "$governance" ]]; then
  echo "Publishing src/Governance.Cli (Release)..." >&2
  GOV_ARTIFACTS="$work/artifacts" dotnet publish "$repo/src/Governance.Cli/Governance.Cli.csproj" -c Release -o "$work/publish" -nologo -v:q -tl:off -nodeReuse:false >&2
  governance="$work/publish/governance"
fi

# Amounts as an accounting export has them: up to ten million baht, with satang; the same file every run.
awk -v n="$lines" 'BEGIN { srand(17); for (i = 0; i < n; i++) printf "%d.%02d\n", int(rand() * 10000000), int(rand() * 100) }' > "$work/amounts.txt"

# Times one command RUNS times; prints the best and the median wall-clock time and the median CPU time (user + system),
# in seconds. On a shared machine the CPU time is the steadier figure: wall time there mostly measures the other work.
time_runs() {
  local rows=() TIMEFORMAT='%R %U %S'
  for ((r = 0; r < runs; r++)); do
    rows+=("$({ time "$@" < "$work/amounts.txt" > /dev/null; } 2>&1)")
  done
  local pairs; pairs="$(printf '%s\n' "${rows[@]}" | awk '{ print $1, $2 + $3 }')"
  local m=$(((runs + 1) / 2))
  printf '%.3f %.3f %.3f\n' "$(sort -n -k1 <<< "$pairs" | awk 'NR == 1 { print $1 }')" \
    "$(sort -n -k1 <<< "$pairs" | awk -v m="$m" 'NR == m { print $1 }')" "$(sort -n -k2 <<< "$pairs" | awk -v m="$m" 'NR == m { print $2 }')"
}

read -r ours_best ours_median ours_cpu < <(time_runs "$governance" baht)
printf 'governance baht, %d lines: wall best %s s, median %s s; CPU median %s s\n' "$lines" "$ours_best" "$ours_median" "$ours_cpu"

mkdir -p "$work/node"
if ! (cd "$work/node" && npm install --no-audit --no-fund --silent bahttext > "$work/npm.log" 2>&1); then
  echo "bahttext could not be installed through npm (see below); no comparison." >&2
  cat "$work/npm.log" >&2
  exit 0
fi

# Lines in, lines out, in batches, the fastest plain way to do both in Node.
cat > "$work/node/baht.js" <<'JS'
const { bahttext } = require('bahttext');
const readline = require('readline');
const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
let batch = [];
lines.on('line', line => {
  batch.push(bahttext(Number(line)));
  if (batch.length === 10000) { process.stdout.write(batch.join('\n') + '\n'); batch = []; }
});
lines.on('close', () => { if (batch.length) process.stdout.write(batch.join('\n') + '\n'); });
JS

version="$(cd "$work/node" && node -p "require('bahttext/package.json').version")"
read -r node_best node_median node_cpu < <(time_runs node "$work/node/baht.js")
printf 'Node %s, bahttext %s, %d lines: wall best %s s, median %s s; CPU median %s s\n' "$(node --version)" "$version" "$lines" "$node_best" "$node_median" "$node_cpu"
printf 'Node / governance: %.2f (wall, medians), %.2f (CPU, medians)\n' "$(echo "$node_median / $ours_median" | bc -l)" "$(echo "$node_cpu / $ours_cpu" | bc -l)"

"$governance" baht < "$work/amounts.txt" > "$work/ours.txt"
node "$work/node/baht.js" < "$work/amounts.txt" > "$work/node.txt"
printf 'lines that differ: %d of %d\n' "$(paste -d '\t' "$work/ours.txt" "$work/node.txt" | awk -F '\t' '$1 != $2' | wc -l)" "$lines"
