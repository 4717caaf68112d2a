#!/usr/bin/env bash
# Packs the `kconfig` tool as .NET 10 RID-specific tool packages into artifacts/packages (or $1):
#   KconfigSharp.Cli            the pointer package `dotnet tool install KconfigSharp.Cli` resolves
#   KconfigSharp.Cli.any        framework-dependent fallback for platforms without a package of their own
#   KconfigSharp.Cli.<RID>      linux-x64, linux-arm64, osx-arm64, win-x64
# Native AOT cannot cross-compile to another OS or architecture, so a RID is packed as Native AOT on
# its own platform and as self-contained ReadyToRun elsewhere; a release packs each RID on its own
# platform (or accepts ReadyToRun for the others). Extra arguments go to every `dotnet pack`.
#
#   packaging/pack-tool.sh [--host-only] [--output DIR] [dotnet pack arguments...]
#     --host-only   pointer + any + this machine's RID only (what a local feed needs)
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/packages; host_only=false
while [ $# -gt 0 ]; do
  case "$1" in
    --host-only) host_only=true; shift ;;
    --output) out="$2"; shift 2 ;;
    *) break ;;
  esac
done
project=cli/KconfigSharp.Cli/KconfigSharp.Cli.csproj
host_rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')

dotnet pack "$project" -c Release -o "$out" "$@"                # pointer package
dotnet pack "$project" -c Release -o "$out" -r any "$@"         # framework-dependent fallback
for rid in linux-x64 linux-arm64 osx-arm64 win-x64; do
  if [ "$rid" = "$host_rid" ]; then
    dotnet pack "$project" -c Release -o "$out" -r "$rid" "$@"  # Native AOT (the project sets PublishAot)
  elif [ "$host_only" = false ]; then
    echo "pack-tool: $rid is not this machine ($host_rid): packing it as self-contained ReadyToRun"
    dotnet pack "$project" -c Release -o "$out" -r "$rid" -p:PublishAot=false -p:PublishReadyToRun=true -p:SelfContained=true "$@"
  fi
done
ls -1 "$out"/KconfigSharp.Cli*.nupkg
