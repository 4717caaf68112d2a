#!/usr/bin/env bash
# What each part of the generated FeatureFlags.g.cs costs csc in the NuttX app (issue 13, docs/performance.md
# "Issue 13 NuttX app, session 2026-11-28 (late)"). Replays the "plain" build's real csc command line of a
# benchmarks/msbuild-nuttx-app.sh work folder (run that first, at least 1 round) with the generated files
# added as plain source, whole or with one part removed:
#
#   benchmarks/csc-generated-shape.sh [ROUNDS] [WORK_DIR]     (defaults: 3, $TMPDIR/kconfigsharp-nuttx-app)
#
#   plain        the one-line app alone
#   whole        + FeatureFlags.g.cs and the two support files, as generated
#   no-docs      the same without the `///` lines
#   no-table     the same without the class's [KconfigTable("...")] line (the analyzers' metadata)
#   no-symbols   the same with Symbols decoded from "" instead of the symbol table's literal
#   constants    the bare constants only (the work folder's constants/FeatureFlags.g.cs)
# One csc process per variant and round, interleaved, with the SDK's analyzers as the build passes them
# and /reportanalyzer. Prints medians of CPU (user + sys of the csc process) and of all analyzers'
# ReportAnalyzer time, and each variant's median per-round CPU difference to "whole".
set -euo pipefail

rounds=${1:-3}
work=${2:-${TMPDIR:-/tmp}/kconfigsharp-nuttx-app}
for f in logs/plain-1.log source/FeatureFlags.g.cs constants/FeatureFlags.g.cs; do
  [ -f "$work/$f" ] || { echo "no $work/$f: run benchmarks/msbuild-nuttx-app.sh first" >&2; exit 1; }
done
# The compiler the builds ran (the logged tool path, .../Roslyn/bincore/csc, is an apphost beside csc.dll).
csc=$(grep -m1 -oE '[^ ]*/Roslyn/bincore/csc ' "$work/logs/plain-1.log" | tr -d ' ').dll
[ -f "$csc" ] || { echo "no compiler at $csc" >&2; exit 1; }
out="$work/csc-shape"
rm -rf "$out"; mkdir -p "$out"
# The csc command line MSBuild logged (-v:d), minus the tool path, as a response file.
grep -m1 -E '/Roslyn/bincore/csc ' "$work/logs/plain-1.log" | sed 's/^ *//' | cut -d' ' -f2- > "$out/plain.rsp"

generated=$work/source/FeatureFlags.g.cs
support="$work/source/KconfigSharp.Attributes.g.cs $work/source/KconfigSharp.SupportTypes.g.cs"
for variant in no-docs no-table no-symbols; do mkdir -p "$out/$variant"; done
grep -v '^ *///' "$generated" > "$out/no-docs/FeatureFlags.g.cs"
grep -v '^\[KS::KconfigTable(' "$generated" > "$out/no-table/FeatureFlags.g.cs"
sed -E 's/(KconfigSymbolInfo\.Decode\(")[^"]*(")/\1\2/' "$generated" > "$out/no-symbols/FeatureFlags.g.cs"
for variant in no-docs no-table no-symbols; do
  cmp -s "$generated" "$out/$variant/FeatureFlags.g.cs" && { echo "variant $variant removed nothing" >&2; exit 1; }
done
echo "== sizes: whole $(stat -c %s "$generated"), no-docs $(stat -c %s "$out/no-docs/FeatureFlags.g.cs"), no-table $(stat -c %s "$out/no-table/FeatureFlags.g.cs"), no-symbols $(stat -c %s "$out/no-symbols/FeatureFlags.g.cs"), constants $(stat -c %s "$work/constants/FeatureFlags.g.cs") bytes" >&2

run() { # name [source files...]
  local name=$1; shift
  local log="$out/$name-$round.log"
  (cd "$work/plain" && /usr/bin/time -f '%U %S' -o "$out/time" dotnet exec "$csc" @"$out/plain.rsp" /reportanalyzer "$@" > "$log" 2>&1) \
    || { echo "csc $name failed, see $log" >&2; grep -m5 "error" "$log" >&2; exit 1; }
  echo "$name $round $(awk '{print $1 + $2}' "$out/time")" >> "$out/cpu.txt"
}

: > "$out/cpu.txt"
for round in $(seq 1 "$rounds"); do
  echo "== round $round of $rounds ($(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  run plain
  # shellcheck disable=SC2086 # the support paths are separate arguments
  run whole "$generated" $support
  # shellcheck disable=SC2086
  run no-docs "$out/no-docs/FeatureFlags.g.cs" $support
  # shellcheck disable=SC2086
  run no-table "$out/no-table/FeatureFlags.g.cs" $support
  # shellcheck disable=SC2086
  run no-symbols "$out/no-symbols/FeatureFlags.g.cs" $support
  run constants "$work/constants/FeatureFlags.g.cs"
done

python3 "$(dirname "$0")/csc_report.py" shape "$out" "$rounds"
