#!/usr/bin/env bash
# Builds the harness, instruments the Kconfig core with SharpFuzz and runs one AFL++ instance.
# Usage: fuzz/run-fuzz.sh [duration, default 35m]. Needs: apt-get install -y afl++, and
#   dotnet tool install --tool-path /tmp/sharpfuzz-tools SharpFuzz.CommandLine --version 2.3.0
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
duration="${1:-35m}"
tools="${SHARPFUZZ_TOOLS:-/tmp/sharpfuzz-tools}"
out="$here/out/bin"
findings="$here/findings"
[ -d "$here/corpus" ] || "$here/seed-corpus.sh"
dotnet publish "$here/KconfigSharp.Fuzz/KconfigSharp.Fuzz.csproj" -c Release -o "$out" --nologo -v q
"$tools/sharpfuzz" "$out/KconfigSharp.Kconfig.dll"
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
resume=()
[ -d "$findings/default/queue" ] && resume=(-i -) || resume=(-i "$here/corpus")
exec timeout --signal=INT "$duration" afl-fuzz "${resume[@]}" -o "$findings" -t 10000 -m none -- dotnet "$out/KconfigSharp.Fuzz.dll"
