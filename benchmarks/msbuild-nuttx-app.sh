#!/usr/bin/env bash
# What KconfigSharp adds to a real build on a big tree (issue 13): a one-line console app whose
# AdditionalFiles are the NuttX tree, against the same app without KconfigSharp.
#
#   benchmarks/msbuild-nuttx-app.sh [RUNS] [WORK_DIR]      (defaults: 3, $TMPDIR/kconfigsharp-nuttx-app)
#
# 1. Packs the KconfigSharp package from this checkout to a local feed (a fresh version each time).
# 2. Writes projects around the same one-line Program.cs (`Console.WriteLine(FeatureFlags.Symbols.Count)`
#    where FeatureFlags exists, `Console.WriteLine(0)` otherwise) and the same AdditionalFiles (every
#    Kconfig* file of ../shared/corpus/nuttx, or $KCONFIGSHARP_SHARED/corpus/nuttx, with the macros the
#    NuttX tests use):
#    "kconfig"       the package (generator + analyzers; on a host with ReadyToRun copies in the package,
#                    linux-x64, those are what the compiler loads),
#    "kconfig-il"    the same with -p:KconfigSharpReadyToRun=false (the IL assemblies, JIT-compiled),
#    "generator"     the package with its analyzer and code-fix assemblies removed before CoreCompile
#                    (generator only: what the analyzers cost is the difference),
#    "plain"         no KconfigSharp at all,
#    "source"        no KconfigSharp package, but the generator's three output files (FeatureFlags.g.cs and
#                    the two support files) checked in as plain source: the floor, what the compiler and the
#                    SDK's analyzers pay for the members SPEC §5 requires, with no generator run and none of
#                    our analyzers,
#    "constants"     no KconfigSharp package, only the 22,148 typed constants of FeatureFlags.g.cs as plain
#                    source (no docs, no tables, no Symbols): the floor of one constant per symbol.
#    The generated files come from one build of "kconfig" with EmitCompilerGeneratedFiles=true (also the
#    generated sizes), run before the rounds.
# 3. RUNS rounds of the six builds, each a fresh process with no compiler server and no node reuse:
#       dotnet build --no-incremental -nr:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary
#    interleaved, so a round's ratios share one machine state.
# 4. Prints a Markdown table: medians over the rounds of each time and of each per-round ratio, for wall
#    times and for CPU times (user + sys of the build's processes).
# Extra MSBuild arguments for the KconfigSharp builds (e.g. -p:KconfigDocs=full) go in KCONFIG_ARGS.
# Needs the .NET 10 SDK, python3 (benchmarks/report_analyzer.py reads the logs) and the shared corpus. Takes about 6 × RUNS builds of 3–60 s.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
work=${2:-${TMPDIR:-/tmp}/kconfigsharp-nuttx-app}
shared=${KCONFIGSHARP_SHARED:-$repo/../shared}
nuttx=$(cd "$shared/corpus/nuttx" 2>/dev/null && pwd) || { echo "no NuttX corpus at $shared/corpus/nuttx (set KCONFIGSHARP_SHARED)" >&2; exit 1; }
version="0.0.0-nuttx.$(date +%s)"
read -r -a kconfig_args <<< "${KCONFIG_ARGS:-}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$work"
mkdir -p "$work/feed" "$work/logs"
echo "== pack KconfigSharp $version" >&2
dotnet pack "$repo/packaging/KconfigSharp.Package" -c Release -o "$work/feed" -p:Version="$version" -v:q -nologo >&2

# Only the local feed, and a package folder of our own: nothing else is restored, the user cache stays clean.
cat > "$work/nuget.config" <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources><clear /><add key="local" value="feed" /></packageSources>
  <config><add key="globalPackagesFolder" value="packages" /></config>
</configuration>
EOF

write_project() { # folder with-package(true|false)
  local dir="$work/$1" with=$2
  mkdir -p "$dir"
  {
    echo '<Project Sdk="Microsoft.NET.Sdk">'
    echo '  <PropertyGroup>'
    echo '    <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable>'
    echo '    <ImplicitUsings>enable</ImplicitUsings><RootNamespace>NuttXApp</RootNamespace>'
    echo "    <KconfigSourceTree>$nuttx</KconfigSourceTree>"
    echo '    <KconfigMacros>BINDIR=_stubs/BINDIR;APPSBINDIR=_stubs/APPSBINDIR;EXTERNALDIR=_stubs/EXTERNALDIR;APPSDIR=../apps</KconfigMacros>'
    echo '  </PropertyGroup>'
    echo '  <ItemGroup>'
    echo "    <AdditionalFiles Include=\"$nuttx/**/Kconfig*\" />"
    if [ "$with" = true ]; then
      echo "    <PackageReference Include=\"KconfigSharp\" Version=\"$version\" PrivateAssets=\"all\" />"
    fi
    echo '  </ItemGroup>'
    # Generator only: drop the analyzer and code-fix assemblies the package adds, keep the generator.
    echo '  <Target Name="_DropKconfigSharpAnalyzers" BeforeTargets="CoreCompile" Condition="'"'"'$(KconfigSharpAnalyzers)'"'"' == '"'"'false'"'"'">'
    echo '    <ItemGroup><Analyzer Remove="@(Analyzer)" Condition="'"'"'%(Filename)'"'"' == '"'"'KconfigSharp.Analyzers'"'"' or '"'"'%(Filename)'"'"' == '"'"'KconfigSharp.CodeFixes'"'"'" /></ItemGroup>'
    echo '  </Target>'
    echo '</Project>'
  } > "$dir/App.csproj"
  if [ "$with" = true ]; then
    echo 'System.Console.WriteLine(NuttXApp.FeatureFlags.Symbols.Count);' > "$dir/Program.cs"
  else
    echo 'System.Console.WriteLine(0);' > "$dir/Program.cs"
  fi
}

echo "== write the NuttX app and its twin" >&2
write_project kconfig true
write_project plain false
dotnet restore "$work/kconfig" -v:q >&2
dotnet restore "$work/plain" -v:q >&2

echo "== generated sources (and sizes)" >&2
dotnet build "$work/kconfig" --no-restore --no-incremental -c Release -nr:false -p:UseSharedCompilation=false \
  -p:KconfigSharpAnalyzers=false -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$work/generated" "${kconfig_args[@]}" -v:q > "$work/logs/sizes.log" 2>&1 \
  || { echo "size build failed, see $work/logs/sizes.log" >&2; exit 1; }
generated_dir=$work/generated/KconfigSharp.Generator/KconfigSharp.Generator.KconfigGenerator
[ -f "$generated_dir/FeatureFlags.g.cs" ] || { echo "no $generated_dir/FeatureFlags.g.cs" >&2; exit 1; }

echo "== write the floors: generated text as plain source, bare constants" >&2
write_project source false
cp "$generated_dir"/*.g.cs "$work/source/"
cp "$work/kconfig/Program.cs" "$work/source/Program.cs"
write_project constants false
# The generated file's header (<auto-generated/>, namespace) and its member lines only, in a nullable-disabled
# context as generated; the Tristate enum that tristate members' types name, through the same alias.
python3 - "$generated_dir/FeatureFlags.g.cs" "$work/constants/FeatureFlags.g.cs" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8-sig").read().split("\n")
members = [l for l in lines if l.startswith("    public const ") or l.startswith("    public static readonly ")]
namespace = next(l for l in lines if l.startswith("namespace ")).rstrip(";")
out = ["// <auto-generated/>", "#nullable disable", "namespace KconfigSharp { internal enum Tristate { No = 0, Module = 1, Yes = 2 } }",
       namespace, "{", "using KS = global::KconfigSharp;", "", "internal static partial class FeatureFlags", "{"] + members + ["}", "}", ""]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out))
print(f"   constants: {len(members)} members", file=sys.stderr)
PY
dotnet restore "$work/source" -v:q >&2
dotnet restore "$work/constants" -v:q >&2

build() { # name project round [extra msbuild args...]
  local name=$1 project=$2 round=$3; shift 3
  local log="$work/logs/$name-$round.log" wall user sys
  # Wall time, and the CPU time (user + sys) of the build and every process it waited for (MSBuild, csc):
  # under load, when other processes share the cores, the CPU time moves far less than the wall time.
  local TIMEFORMAT='%R %U %S'
  { time dotnet build "$project" --no-restore --no-incremental -c Release -nr:false \
    -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary "$@" > "$log" 2>&1; } 2> "$work/time.txt" \
    || { echo "build $name failed, see $log" >&2; grep -oE "[^ ]*: error [A-Z]+[0-9]+.{0,200}" "$log" | sort -u | head -20 >&2; exit 1; }
  read -r wall user sys < "$work/time.txt"
  echo "$name $round $wall" >> "$work/walls.txt"
  echo "$name $round $(echo "$user + $sys" | bc)" >> "$work/cpus.txt"
  echo "   $name: $wall s wall, $(echo "$user + $sys" | bc) s CPU" >&2
}

for round in $(seq 1 "$runs"); do
  echo "== round $round of $runs ($(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  build kconfig "$work/kconfig" "$round" "${kconfig_args[@]}"
  build kconfig-il "$work/kconfig" "$round" -p:KconfigSharpReadyToRun=false "${kconfig_args[@]}"
  build generator "$work/kconfig" "$round" -p:KconfigSharpAnalyzers=false "${kconfig_args[@]}"
  build source "$work/source" "$round"
  build constants "$work/constants" "$round"
  build plain "$work/plain" "$round"
done

python3 "$repo/benchmarks/report_analyzer.py" nuttx-app "$work" "$runs" "${KCONFIG_ARGS:-}"
