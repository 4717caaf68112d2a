#!/usr/bin/env bash
# What KconfigSharp's analyzers cost in a real build (issue 13), against CA1416 on its twin.
#
#   benchmarks/msbuild-analyzer-cost.sh [RUNS] [WORK_DIR]      (defaults: 3, $TMPDIR/kconfigsharp-msbuild)
#
# 1. Packs the KconfigSharp package from this checkout to a local feed (a fresh version each time).
# 2. Writes the 2,000-file synthetic project consuming that package (KconfigSharp.Benchmarks
#    --write-synthetic ... Flags --package VERSION) and its CA1416 twin (... PlatformGuards: the same shape
#    guarded by OperatingSystem.IsXxx() around [SupportedOSPlatform] members).
# 3. RUNS rounds of three real builds, each a fresh process with no compiler server and no node reuse:
#       dotnet build --no-incremental -p:ReportAnalyzer=true -p:UseSharedCompilation=false -nr:false -v:d
#    "kconfig"       the synthetic project with the package (generator + analyzers),
#    "kconfig-bare"  the same with -p:KconfigSharpAnalyzers=false (generator only),
#    "ca1416"        the twin (the SDK's analyzers, CA1416 among them; no KconfigSharp).
#    The three builds of a round run back to back, so a round's ratios share one machine state.
# 4. Prints a Markdown table: medians over the rounds of each time and of each per-round ratio.
# Needs the .NET 10 SDK and python3 (for reading the logs). Takes about 3 × RUNS builds of 1–3 minutes.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
work=${2:-${TMPDIR:-/tmp}/kconfigsharp-msbuild}
version="0.0.0-msbuild.$(date +%s)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$work"
mkdir -p "$work/feed" "$work/logs"
echo "== pack KconfigSharp $version" >&2
dotnet pack "$repo/packaging/KconfigSharp.Package" -c Release -o "$work/feed" -p:Version="$version" -v:q -nologo >&2
echo "== write the synthetic project and its CA1416 twin" >&2
dotnet build "$repo/benchmarks/KconfigSharp.Benchmarks" -c Release -v:q -nologo >&2
dotnet run -c Release --no-build --project "$repo/benchmarks/KconfigSharp.Benchmarks" -- --write-synthetic "$work/kconfig" Flags --package "$version" >&2
dotnet run -c Release --no-build --project "$repo/benchmarks/KconfigSharp.Benchmarks" -- --write-synthetic "$work/ca1416" PlatformGuards >&2

# Only the local feed, and a package folder of our own: nothing else is restored, the user cache stays clean.
cat > "$work/nuget.config" <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources><clear /><add key="local" value="feed" /></packageSources>
  <config><add key="globalPackagesFolder" value="packages" /></config>
</configuration>
EOF
dotnet restore "$work/kconfig" -v:q >&2
dotnet restore "$work/ca1416" -v:q >&2

build() { # name project [extra msbuild args...]
  local name=$1 project=$2 round=$3; shift 3
  local log="$work/logs/$name-$round.log" start end
  start=$(date +%s.%N)
  dotnet build "$project" --no-restore --no-incremental -c Release -nr:false \
    -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d "$@" > "$log" 2>&1 \
    || { echo "build $name failed, see $log" >&2; tail -20 "$log" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$name $round $(echo "$end - $start" | bc)" >> "$work/walls.txt"
  echo "   $name: $(echo "$end - $start" | bc) s" >&2
}

for round in $(seq 1 "$runs"); do
  echo "== round $round of $runs ($(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  build kconfig "$work/kconfig" "$round"
  build kconfig-bare "$work/kconfig" "$round" -p:KconfigSharpAnalyzers=false
  build ca1416 "$work/ca1416" "$round"
done

python3 - "$work" "$runs" <<'PY'
import re, statistics, sys
from pathlib import Path

work, runs = Path(sys.argv[1]), int(sys.argv[2])
walls = {}
for line in (work / "walls.txt").read_text().split("\n"):
    if line.strip():
        name, rnd, seconds = line.split()
        walls[(name, int(rnd))] = float(seconds)

row = re.compile(r"^\s*([\d.]+)\s+<?\d+\s+(\S.*?)\s*$")

def report(name, rnd):
    """Seconds per analyzer (by type name) and per analyzer assembly, from csc's -p:ReportAnalyzer output."""
    text = (work / "logs" / f"{name}-{rnd}.log").read_text(errors="replace")
    section = text.split("Total analyzer execution time:", 1)[1].split("Total generator execution time:", 1)
    analyzers, generators = section[0], section[1] if len(section) > 1 else ""
    def table(chunk):
        found = {}
        for line in chunk.split("\n"):
            m = row.match(line)
            if m:
                found[m.group(2).split(",")[0].split(" (")[0]] = float(m.group(1))
        return found
    counts = {}
    for line in set(l.strip() for l in text.split("\n")):
        m = re.search(r"warning (CA1416|KCONF\d+|CS0162)", line)
        if m:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    warnings = counts
    return table(analyzers), table(generators), warnings

def median(values):
    return statistics.median(values) if values else float("nan")

ks, ca, share, overhead, suppressor, guard, attr, gen = [], [], [], [], [], [], [], []
w_with, w_bare, w_twin, warn = [], [], [], {}
for rnd in range(1, runs + 1):
    a, g, wk = report("kconfig", rnd)
    c, _, wc = report("ca1416", rnd)
    b, gb, wb = report("kconfig-bare", rnd)
    # A report without the assemblies it must show (or with what it must not) is a broken setup, not a result.
    if "KconfigSharp.Analyzers" not in a or "KconfigSharp.Generator" not in g:
        sys.exit(f"round {rnd}: the kconfig build did not run KconfigSharp's analyzers and generator")
    if "KconfigSharp.Analyzers" in b or "KconfigSharp.Generator" not in gb:
        sys.exit(f"round {rnd}: the kconfig-bare build must run the generator without the analyzers")
    if "Microsoft.NetCore.Analyzers.InteropServices.PlatformCompatibilityAnalyzer" not in c:
        sys.exit(f"round {rnd}: CA1416 did not run on the twin")
    warn = {"kconfig": wk, "kconfig-bare": wb, "ca1416": wc}
    mine = a["KconfigSharp.Analyzers"]
    platform = c["Microsoft.NetCore.Analyzers.InteropServices.PlatformCompatibilityAnalyzer"]
    wall, bare, twin = walls[("kconfig", rnd)], walls[("kconfig-bare", rnd)], walls[("ca1416", rnd)]
    ks.append(mine); ca.append(platform); w_with.append(wall); w_bare.append(bare); w_twin.append(twin)
    suppressor.append(a.get("KconfigSharp.Analyzers.Guards.UnreachableCodeSuppressor", 0.0))
    guard.append(a.get("KconfigSharp.Analyzers.Guards.GuardAnalyzer", 0.0))
    attr.append(a.get("KconfigSharp.Analyzers.Guards.AttributeExpressionAnalyzer", 0.0))
    gen.append(g.get("KconfigSharp.Generator", 0.0))
    share.append(mine / wall)
    overhead.append((wall - bare) / wall)
ratio = [k / p for k, p in zip(ks, ca)]

def s(v): return f"{v:.2f} s"
def pct(v): return f"{100 * v:.1f} %"
def verdict(ok): return "**met**" if ok else "**not met**"
print(f"Rounds: {runs} (medians; each ratio is computed within a round, then the median taken)\n")
print("| Measure | Median | Rounds |")
print("|---|---:|---|")
def line(label, values, fmt):
    print(f"| {label} | {fmt(median(values))} | {', '.join(fmt(v) for v in values)} |")
line("Build with KconfigSharp (wall, `dotnet build`)", w_with, s)
line("Same build without KconfigSharp's analyzers", w_bare, s)
line("CA1416 twin build (wall)", w_twin, s)
line("KconfigSharp.Analyzers, all (ReportAnalyzer)", ks, s)
line("&nbsp;&nbsp;GuardAnalyzer (KCONF001–003)", guard, s)
line("&nbsp;&nbsp;UnreachableCodeSuppressor (KCONF005)", suppressor, s)
line("&nbsp;&nbsp;AttributeExpressionAnalyzer (KCONF004)", attr, s)
line("KconfigSharp.Generator (ReportAnalyzer)", gen, s)
line("CA1416 (PlatformCompatibilityAnalyzer) on the twin", ca, s)
line("KconfigSharp analyzers ÷ CA1416", ratio, lambda v: f"{v:.3f}×")
line("KconfigSharp analyzers ÷ build wall time", share, pct)
line("(with − without) ÷ with, wall time", overhead, pct)
print()
print(f"Warnings in the last round: {warn}")
print()
print("| Target (issue 13) | Measured | Verdict |")
print("|---|---|---|")
print(f"| Guard analysis ≤ 0.1× CA1416 on its twin | {median(ratio):.3f}× | {verdict(median(ratio) <= 0.1)} |")
print(f"| Guard analysis ≤ 5 % of the build | {pct(median(share))} of the build's wall time (analyzer time); wall-time difference {pct(median(overhead))} | {verdict(median(share) <= 0.05)} |")
PY
