#!/usr/bin/env bash
# What KconfigSharp's analyzers cost in a real build (issue 13), against CA1416 on its twin.
#
#   benchmarks/msbuild-analyzer-cost.sh [RUNS] [WORK_DIR]      (defaults: 3, $TMPDIR/kconfigsharp-msbuild)
#
# 1. Packs the KconfigSharp package from this checkout to a local feed (a fresh version each time).
# 2. Writes the 2,000-file synthetic project consuming that package (KconfigSharp.Benchmarks
#    --write-synthetic ... Flags --package VERSION) and its CA1416 twin (... PlatformGuards: the same shape
#    guarded by OperatingSystem.IsXxx() around [SupportedOSPlatform] members).
# 3. RUNS rounds of four real builds, each a fresh process with no compiler server and no node reuse:
#       dotnet build --no-incremental -p:ReportAnalyzer=true -p:UseSharedCompilation=false -nr:false -v:d
#    "kconfig"       the synthetic project with the package (generator + analyzers; on a host with ReadyToRun
#                    copies in the package, linux-x64, those are what the compiler loads),
#    "kconfig-il"    the same with -p:KconfigSharpReadyToRun=false (the IL assemblies, JIT-compiled),
#    "kconfig-bare"  the same with -p:KconfigSharpAnalyzers=false (generator only),
#    "ca1416"        the twin (the SDK's analyzers, CA1416 among them; no KconfigSharp).
#    The four builds of a round run back to back, so a round's ratios share one machine state.
# 4. Prints a Markdown table: medians over the rounds of each time and of each per-round ratio.
# Needs the .NET 10 SDK and python3 (benchmarks/report_analyzer.py reads the logs). Takes about 4 × RUNS builds of 1–3 minutes.
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
  build kconfig-il "$work/kconfig" "$round" -p:KconfigSharpReadyToRun=false
  build kconfig-bare "$work/kconfig" "$round" -p:KconfigSharpAnalyzers=false
  build ca1416 "$work/ca1416" "$round"
done

python3 "$repo/benchmarks/report_analyzer.py" analyzer-cost "$work" "$runs"
