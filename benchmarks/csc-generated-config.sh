#!/usr/bin/env bash
# Whether an analyzer-config section for the generated FeatureFlags.g.cs can switch the SDK's analyzers
# off on it, and what that saves (issue 13, docs/performance.md "round 3"). Replays the real csc command
# lines of a benchmarks/msbuild-nuttx-app.sh work folder (run that first, at least 1 round):
#
#   benchmarks/csc-generated-config.sh [ROUNDS] [WORK_DIR]     (defaults: 3, $TMPDIR/kconfigsharp-nuttx-app)
#
# Four csc processes per round, interleaved, each with /reportanalyzer:
#   generated          the "generator" build (KconfigSharp's generator, no KconfigSharp analyzers)
#   generated+section  the same plus a global analyzer config whose section is the generated tree's path
#                      (<obj>/KconfigSharp.Generator/KconfigSharp.Generator.KconfigGenerator/FeatureFlags.g.cs)
#                      setting every diagnostic ID of every loaded analyzer to none
#   source             the "plain" build plus the three generated files as ordinary source files
#   source+section     the same plus that section for the source file's path
# The IDs are the ones the "kconfig" build's ReportAnalyzer table lists (KCONF IDs left out).
# Prints medians of CPU (user + sys of the csc process) and of the ReportAnalyzer times of CA2252 and
# CA1856/CA1857 and of all analyzers, and the median per-round CPU difference that each section makes.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
rounds=${1:-3}
work=${2:-${TMPDIR:-/tmp}/kconfigsharp-nuttx-app}
for f in logs/generator-1.log logs/plain-1.log logs/kconfig-1.log; do
  [ -f "$work/$f" ] || { echo "no $work/$f: run benchmarks/msbuild-nuttx-app.sh first" >&2; exit 1; }
done
# The compiler the builds ran (the logged tool path, .../Roslyn/bincore/csc, is an apphost beside csc.dll).
csc=$(grep -m1 -oE '[^ ]*/Roslyn/bincore/csc ' "$work/logs/generator-1.log" | tr -d ' ').dll
[ -f "$csc" ] || { echo "no compiler at $csc" >&2; exit 1; }
out="$work/csc-config"
rm -rf "$out"; mkdir -p "$out"

# The csc command line MSBuild logged (-v:d), minus the tool path, as a response file.
command_line() { grep -m1 -E '/Roslyn/bincore/csc ' "$1" | sed 's/^ *//' | cut -d' ' -f2-; }
command_line "$work/logs/generator-1.log" > "$out/generated.rsp"
command_line "$work/logs/plain-1.log" > "$out/plain.rsp"

generated_dir=$work/generated/KconfigSharp.Generator/KconfigSharp.Generator.KconfigGenerator
[ -f "$generated_dir/FeatureFlags.g.cs" ] || { echo "no $generated_dir/FeatureFlags.g.cs" >&2; exit 1; }
sources="$generated_dir/FeatureFlags.g.cs $generated_dir/KconfigSharp.Attributes.g.cs $generated_dir/KconfigSharp.SupportTypes.g.cs"
# Roslyn names a generated tree <output directory>/<generator assembly>/<generator type>/<hint name>.
output_dir=$(grep -o '/out:[^ ]*' "$out/generated.rsp" | head -1 | sed 's#^/out:##; s#/[^/]*$##')
case $output_dir in /*) ;; *) output_dir=$work/kconfig/$output_dir ;; esac
tree_path=$output_dir/KconfigSharp.Generator/KconfigSharp.Generator.KconfigGenerator/FeatureFlags.g.cs

awk '/Total analyzer execution time/{p=1} p' "$work/logs/kconfig-1.log" \
  | grep -oE '\(([A-Z]+[0-9]+(, )?)+\)$' | tr -d '()' | tr ',' '\n' | tr -d ' ' | grep -v '^KCONF' | sort -u > "$out/ids.txt"
section() { # path
  echo "is_global = true"; echo; echo "[$1]"
  sed 's/.*/dotnet_diagnostic.&.severity = none/' "$out/ids.txt"
}
section "$tree_path" > "$out/generated-section.globalconfig"
section "$generated_dir/FeatureFlags.g.cs" > "$out/source-section.globalconfig"
echo "== $(wc -l < "$out/ids.txt") diagnostic IDs; generated tree: $tree_path" >&2

run() { # name project rsp [extra args...]
  local name=$1 project=$2 rsp=$3; shift 3
  local log="$out/$name-$round.log"
  (cd "$work/$project" && /usr/bin/time -f '%U %S' -o "$out/time" dotnet exec "$csc" @"$rsp" "$@" > "$log" 2>&1) \
    || { echo "csc $name failed, see $log" >&2; exit 1; }
  echo "$name $round $(awk '{print $1 + $2}' "$out/time")" >> "$out/cpu.txt"
}

: > "$out/cpu.txt"
for round in $(seq 1 "$rounds"); do
  echo "== round $round of $rounds ($(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  run generated kconfig "$out/generated.rsp"
  run generated+section kconfig "$out/generated.rsp" /analyzerconfig:"$out/generated-section.globalconfig"
  # shellcheck disable=SC2086 # the three source paths are separate arguments
  run source plain "$out/plain.rsp" $sources
  # shellcheck disable=SC2086
  run source+section plain "$out/plain.rsp" $sources /analyzerconfig:"$out/source-section.globalconfig"
done

python3 "$(dirname "$0")/csc_report.py" config "$out" "$rounds"
