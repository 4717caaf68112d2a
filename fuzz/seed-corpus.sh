#!/usr/bin/env bash
# Copies a deterministic sample of small Kconfig and values files from ../shared (or $1) into
# fuzz/corpus/ (git-ignored): AFL++ wants few, small, varied seeds.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
shared="${1:-$here/../../shared}"
out="$here/corpus"
max_bytes="${MAX_SEED_BYTES:-3000}"
per_tree="${SEEDS_PER_TREE:-12}"
rm -rf "$out"; mkdir -p "$out"
n=0
for tree in kconfiglib qemu nuttx; do
  dir="$shared/corpus/$tree"
  [ -d "$dir" ] || continue
  # Smallest files first, skipping expected outputs; take every k-th to spread the sample.
  mapfile -t files < <(find "$dir" -type f -size -"${max_bytes}"c ! -name '*.expected*' ! -name '*.tsv' ! -name '*.txt' ! -name '*.md' -printf '%s %p\n' | sort -n -k1,1 -k2 | awk '$1 > 40 {print $2}')
  count=${#files[@]}
  [ "$count" -gt 0 ] || continue
  step=$(( count / per_tree )); [ "$step" -ge 1 ] || step=1
  for ((i = 0; i < count && i / step < per_tree; i += step)); do
    n=$((n + 1)); cp "${files[$i]}" "$out/$(printf '%03d' $n)-$tree-$(basename "${files[$i]}")"
  done
done
[ -f "$shared/seed/Kconfig.host" ] && { n=$((n + 1)); cp "$shared/seed/Kconfig.host" "$out/$(printf '%03d' $n)-seed-Kconfig.host"; }
# A values file and a few hand-written edge cases.
printf 'CONFIG_A=y\n# CONFIG_B is not set\nCONFIG_S="x\\"y"\nCONFIG_H=0x10\n' > "$out/900-values"
printf 'config A\n\tbool "a"\n\tdepends on (B || !C) && D = "x"\n\tselect E if F\n' > "$out/901-expr"
printf 'X := $(ARCH)\nY = $(if,$(X),$(X)-y,n)\nsource "sub/$(X)/Kconfig"\nconfig $(X)_Z\n\tdef_bool y\n' > "$out/902-macro"
echo "seeded $(ls "$out" | wc -l) files into $out"
