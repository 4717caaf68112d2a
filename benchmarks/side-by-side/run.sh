#!/usr/bin/env bash
# Side-by-side, whole programs: the installed `kconfig` tool against the tools users would otherwise run,
# as fresh processes, interleaved, medians and ratios from one run (issue 12). Not run by CI.
#
#   benchmarks/side-by-side/run.sh [ROUNDS]        (default 21 rounds)
#
# Needs ../shared/corpus beside the checkout (or KCONFIGSHARP_SHARED), and Debian's kconfig-frontends
# (LKC's C `kconfig-conf`) and python3-kconfiglib (run with /usr/bin/python3); installs them if missing.
# Packs the tool as users get it (packaging/pack-tool.sh: pointer + any + this machine's Native AOT
# package), installs it with `dotnet tool install --tool-path`, and times that installed command.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
rounds="${1:-21}"
shared="${KCONFIGSHARP_SHARED:-$repo/../shared}"
[ -d "$shared/corpus/nuttx" ] || { echo "side-by-side: no $shared/corpus/nuttx" >&2; exit 2; }

if ! command -v kconfig-conf >/dev/null || ! /usr/bin/python3 -c 'import kconfiglib' 2>/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kconfig-frontends python3-kconfiglib >/dev/null
fi

work="$repo/artifacts/benchmarks/side-by-side"
rm -rf "$work"; mkdir -p "$work/feed"
version="1.0.0-bench.$(date -u +%Y%m%d%H%M%S)"
packaging/pack-tool.sh --host-only --output "$work/feed" -p:PackageVersion="$version" --nologo -v:quiet >/dev/null
NUGET_PACKAGES="$work/nuget" dotnet tool install KconfigSharp.Cli --tool-path "$work/tool" \
  --add-source "$work/feed" --version "$version" >/dev/null
kconfig="$work/tool/kconfig"
echo "installed: $(readlink -f "$kconfig")"

# Kconfiglib reads `source` relative to $srctree, QEMU's Kconfig relative to the including file
# (minikconf): give it the same tree with `rsource`, which means exactly that.
cp -r "$shared/corpus/qemu" "$work/qemu-rsource"
find "$work/qemu-rsource" -name 'Kconfig*' -exec sed -i -E 's/^(\s*)source /\1rsource /' {} +

exec /usr/bin/python3 "$repo/benchmarks/side-by-side/side_by_side.py" \
  --kconfig "$kconfig" --shared "$shared" --work "$work" --rounds "$rounds" --repo "$repo"
