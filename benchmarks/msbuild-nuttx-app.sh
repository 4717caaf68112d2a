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
# Needs the .NET 10 SDK, python3 and the shared corpus. Takes about 3 × RUNS builds of 5–60 s.
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

python3 - "$work" "$runs" "${KCONFIG_ARGS:-}" <<'PY'
import re, statistics, sys
from pathlib import Path

work, runs, extra = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
walls = {}
for line in (work / "walls.txt").read_text().split("\n"):
    if line.strip():
        name, rnd, seconds = line.split()
        walls[(name, int(rnd))] = float(seconds)

row = re.compile(r"^\s*([\d.]+)\s+<?\d+\s+(\S.*?)\s*$")

def report(name, rnd):
    """Seconds per analyzer and generator (by type or assembly name), from csc's -p:ReportAnalyzer output."""
    text = (work / "logs" / f"{name}-{rnd}.log").read_text(errors="replace")
    if "Total analyzer execution time:" not in text:
        return {}, {}
    section = text.split("Total analyzer execution time:", 1)[1].split("Total generator execution time:", 1)
    def table(chunk):
        found = {}
        for line in chunk.split("\n"):
            m = row.match(line)
            if m:
                found[m.group(2).split(",")[0].split(" (")[0]] = float(m.group(1))
        return found
    return table(section[0]), table(section[1] if len(section) > 1 else "")

def csc(name, rnd):
    """The Csc task's time (the compiler process: generators, analyzers, binding, emit), from MSBuild's performance summary."""
    text = (work / "logs" / f"{name}-{rnd}.log").read_text(errors="replace")
    m = re.search(r"^\s*(\d+) ms\s+Csc\s+\d+ calls", text.split("Task Performance Summary:", 1)[-1], re.M)
    return int(m.group(1)) / 1000 if m else float("nan")

def median(values):
    return statistics.median(values) if values else float("nan")

cols = {k: [] for k in ["with", "gen", "plain", "ratio", "gen_ratio", "generator", "analyzers", "kconf004", "guard", "suppressor", "csc_with", "csc_gen", "csc_plain"]}
for rnd in range(1, runs + 1):
    a, g = report("kconfig", rnd)
    ab, gb = report("generator", rnd)
    # A report without the assemblies it must show (or with what it must not) is a broken setup, not a result.
    if "KconfigSharp.Analyzers" not in a or "KconfigSharp.Generator" not in g:
        sys.exit(f"round {rnd}: the kconfig build did not run KconfigSharp's analyzers and generator")
    if "KconfigSharp.Analyzers" in ab or "KconfigSharp.Generator" not in gb:
        sys.exit(f"round {rnd}: the generator-only build must run the generator without the analyzers")
    w, wg, wp = walls[("kconfig", rnd)], walls[("generator", rnd)], walls[("plain", rnd)]
    cols["with"].append(w); cols["gen"].append(wg); cols["plain"].append(wp)
    cols["ratio"].append(w / wp); cols["gen_ratio"].append(wg / wp)
    cols["generator"].append(g["KconfigSharp.Generator"])
    cols["csc_with"].append(csc("kconfig", rnd)); cols["csc_gen"].append(csc("generator", rnd)); cols["csc_plain"].append(csc("plain", rnd))
    cols["analyzers"].append(a["KconfigSharp.Analyzers"])
    cols["kconf004"].append(a.get("KconfigSharp.Analyzers.Guards.AttributeExpressionAnalyzer", 0.0))
    cols["guard"].append(a.get("KconfigSharp.Analyzers.Guards.GuardAnalyzer", 0.0))
    cols["suppressor"].append(a.get("KconfigSharp.Analyzers.Guards.UnreachableCodeSuppressor", 0.0))

sizes = {p.name: p.stat().st_size for p in (work / "generated").rglob("*.cs")}
if "FeatureFlags.g.cs" not in sizes:
    sys.exit("the size build wrote no FeatureFlags.g.cs")
def s(v): return f"{v:.2f} s"
def x(v): return f"{v:.2f}×"
print(f"Rounds: {runs} (medians; each ratio is computed within a round, then the median taken){'; KconfigSharp builds with ' + extra if extra else ''}\n")
print("| Measure | Median | Rounds |")
print("|---|---:|---|")
def line(label, values, fmt):
    print(f"| {label} | {fmt(median(values))} | {', '.join(fmt(v) for v in values)} |")
line("NuttX app with KconfigSharp (wall, `dotnet build`)", cols["with"], s)
line("Same, generator only (analyzers removed)", cols["gen"], s)
line("Same app without KconfigSharp", cols["plain"], s)
line("Csc task, with KconfigSharp", cols["csc_with"], s)
line("Csc task, generator only", cols["csc_gen"], s)
line("Csc task, without KconfigSharp", cols["csc_plain"], s)
line("KconfigSharp.Generator (ReportAnalyzer)", cols["generator"], s)
line("KconfigSharp.Analyzers, all (ReportAnalyzer)", cols["analyzers"], s)
line("&nbsp;&nbsp;AttributeExpressionAnalyzer (KCONF004)", cols["kconf004"], s)
line("&nbsp;&nbsp;GuardAnalyzer (KCONF001–003)", cols["guard"], s)
line("&nbsp;&nbsp;UnreachableCodeSuppressor (KCONF005)", cols["suppressor"], s)
line("with ÷ without", cols["ratio"], x)
line("generator only ÷ without", cols["gen_ratio"], x)
print()
print("Generated sources: " + ", ".join(f"{name} {size:,} bytes" for name, size in sorted(sizes.items())) + f"; total {sum(sizes.values()):,} bytes")
print()
ratio = median(cols["ratio"])
flags = sizes.get("FeatureFlags.g.cs", 0)
print("| Target (issue 13) | Measured | Verdict |")
print("|---|---|---|")
print(f"| NuttX app ≤ 1.3× without KconfigSharp | {ratio:.2f}× | {'**met**' if ratio <= 1.3 else '**not met**'} |")
print(f"| Generated source for NuttX ≤ 6 MB by default | {flags / 1e6:.2f} MB (FeatureFlags.g.cs) | {'**met**' if flags <= 6e6 else '**not met**'} |")
PY
