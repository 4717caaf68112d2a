#!/usr/bin/env bash
# What KconfigSharp adds to a real build on a big tree (issue 13): a one-line console app whose
# AdditionalFiles are the NuttX tree, against the same app without KconfigSharp.
#
#   benchmarks/msbuild-nuttx-app.sh [RUNS] [WORK_DIR]      (defaults: 3, $TMPDIR/kconfigsharp-nuttx-app)
#
# 1. Packs the KconfigSharp package from this checkout to a local feed (a fresh version each time).
# 2. Writes three projects around the same Program.cs (`Console.WriteLine(FeatureFlags.Symbols.Count)`
#    with the package, `Console.WriteLine(0)` without) and the same AdditionalFiles (every Kconfig* file
#    of ../shared/corpus/nuttx, or $KCONFIGSHARP_SHARED/corpus/nuttx, with the macros the NuttX tests use):
#    "kconfig"       the package (generator + analyzers),
#    "generator"     the package with its analyzer and code-fix assemblies removed before CoreCompile
#                    (generator only: what the analyzers cost is the difference),
#    "plain"         no KconfigSharp at all.
# 3. RUNS rounds of the three builds, each a fresh process with no compiler server and no node reuse:
#       dotnet build --no-incremental -nr:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary
#    interleaved, so a round's ratios share one machine state.
# 4. One more build of "kconfig" with EmitCompilerGeneratedFiles=true, for the generated sizes.
# 5. Prints a Markdown table: medians over the rounds of each time and of each per-round ratio.
# Extra MSBuild arguments for the KconfigSharp builds (e.g. -p:KconfigDocs=full) go in KCONFIG_ARGS.
# Needs the .NET 10 SDK, python3 (benchmarks/report_analyzer.py reads the logs) and the shared corpus. Takes about 3 × RUNS builds of 5–60 s.
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

build() { # name project round [extra msbuild args...]
  local name=$1 project=$2 round=$3; shift 3
  local log="$work/logs/$name-$round.log" start end
  start=$(date +%s.%N)
  dotnet build "$project" --no-restore --no-incremental -c Release -nr:false \
    -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary "$@" > "$log" 2>&1 \
    || { echo "build $name failed, see $log" >&2; grep -E "error" "$log" | sort -u | head -20 >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$name $round $(echo "$end - $start" | bc)" >> "$work/walls.txt"
  echo "   $name: $(echo "$end - $start" | bc) s" >&2
}

for round in $(seq 1 "$runs"); do
  echo "== round $round of $runs ($(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  build kconfig "$work/kconfig" "$round" "${kconfig_args[@]}"
  build generator "$work/kconfig" "$round" -p:KconfigSharpAnalyzers=false "${kconfig_args[@]}"
  build plain "$work/plain" "$round"
done

echo "== generated sizes" >&2
dotnet build "$work/kconfig" --no-restore --no-incremental -c Release -nr:false -p:UseSharedCompilation=false \
  -p:KconfigSharpAnalyzers=false -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$work/generated" "${kconfig_args[@]}" -v:q > "$work/logs/sizes.log" 2>&1 \
  || { echo "size build failed, see $work/logs/sizes.log" >&2; exit 1; }

python3 "$repo/benchmarks/report_analyzer.py" nuttx-app "$work" "$runs" "${KCONFIG_ARGS:-}"
