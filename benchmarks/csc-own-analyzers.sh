#!/usr/bin/env bash
# Whether KconfigSharp's own analyzers make Roslyn's analyzer driver work per generated member (issue 13,
# docs/performance.md "Issue 13 NuttX app, session 2026-11-28 (late)"). Replays the "kconfig" build's real
# csc command line of a benchmarks/msbuild-nuttx-app.sh work folder (run that first, at least 1 round) with
# every analyzer but KconfigSharp's removed, so nothing else makes the driver visit generated code:
#
#   benchmarks/csc-own-analyzers.sh [ROUNDS] [WORK_DIR] [OTHER_ANALYZERS_DLL]
#                                              (defaults: 3, $TMPDIR/kconfigsharp-nuttx-app, none)
#
#   generator        the generator alone (no analyzer at all: csc runs no analyzer driver)
#   ours             the generator and KconfigSharp.Analyzers as packed
#   other            the generator and OTHER_ANALYZERS_DLL (another build of KconfigSharp.Analyzers, e.g.
#                    with FlagMetadataAnalyzer's ConfigureGeneratedCodeAnalysis changed), when given
# One csc process per variant and round, interleaved, with /reportanalyzer. Prints medians of CPU (user +
# sys of the csc process) and of KconfigSharp.Analyzers' ReportAnalyzer time, and the median per-round CPU
# difference to "generator".
set -euo pipefail

rounds=${1:-3}
work=${2:-${TMPDIR:-/tmp}/kconfigsharp-nuttx-app}
other=${3:-}
[ -f "$work/logs/kconfig-1.log" ] || { echo "no $work/logs/kconfig-1.log: run benchmarks/msbuild-nuttx-app.sh first" >&2; exit 1; }
[ -z "$other" ] || [ -f "$other" ] || { echo "no $other" >&2; exit 1; }
csc=$(grep -m1 -oE '[^ ]*/Roslyn/bincore/csc ' "$work/logs/kconfig-1.log" | tr -d ' ').dll
[ -f "$csc" ] || { echo "no compiler at $csc" >&2; exit 1; }
out="$work/csc-own-analyzers"
rm -rf "$out"; mkdir -p "$out"
grep -m1 -E '/Roslyn/bincore/csc ' "$work/logs/kconfig-1.log" | sed 's/^ *//' | cut -d' ' -f2- > "$out/kconfig.rsp"

python3 - "$out" "$other" <<'PY'
import re, sys
out, other = sys.argv[1], sys.argv[2]
s = open(f"{out}/kconfig.rsp").read()
def keep(pred):
    return re.sub(r"/analyzer:(\S+)", lambda m: m.group(0) if pred(m.group(1)) else "", s)
ours = keep(lambda p: "KconfigSharp" in p and "CodeFixes" not in p)
open(f"{out}/ours.rsp", "w").write(ours)
open(f"{out}/generator.rsp", "w").write(keep(lambda p: "KconfigSharp.Generator" in p or "KconfigSharp.Kconfig" in p))
if other:
    packed = re.search(r"/analyzer:(\S+KconfigSharp\.Analyzers\.dll)", ours).group(1)
    open(f"{out}/other.rsp", "w").write(ours.replace(packed, other))
PY
variants="generator ours"
[ -z "$other" ] || variants="$variants other"

: > "$out/cpu.txt"
for round in $(seq 1 "$rounds"); do
  echo "== round $round of $rounds ($(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  for name in $variants; do
    (cd "$work/kconfig" && /usr/bin/time -f '%U %S' -o "$out/time" dotnet exec "$csc" @"$out/$name.rsp" /reportanalyzer > "$out/$name-$round.log" 2>&1) \
      || { echo "csc $name failed, see $out/$name-$round.log" >&2; exit 1; }
    echo "$name $round $(awk '{print $1 + $2}' "$out/time")" >> "$out/cpu.txt"
  done
done

# shellcheck disable=SC2086 # one argument per variant
python3 "$(dirname "$0")/csc_report.py" own "$out" "$rounds" $variants
