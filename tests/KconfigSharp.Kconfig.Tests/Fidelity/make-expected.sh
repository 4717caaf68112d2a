#!/usr/bin/env bash
# Regenerates the expected_<mode> files of every case whose REFERENCE file names a tool that runs
# here (apt-get install -y kconfig-frontends python3-kconfiglib):
#   kconfiglib  Kconfiglib 14.1.0 (/usr/bin/python3 reference.py CASE MODE)
#   lkc4        kconfig-conf of kconfig-frontends (LKC 4.x): kconfig-conf --MODE Kconfig, with the
#               case's config as the input .config for olddefconfig; its 4-line header dropped
# Cases whose REFERENCE is "lkc7-source" have expected files derived by hand from LKC 7.x's
# scripts/kconfig sources (no LKC 7.x binary is available here); this script leaves them alone.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
for case in "$here"/Cases/*/; do
  case=${case%/}
  tool=$(head -n 1 "$case/REFERENCE")
  for expected in "$case"/expected_*; do
    [ -e "$expected" ] || continue
    mode=${expected##*/expected_}
    case "$tool" in
      kconfiglib) /usr/bin/python3 "$here/reference.py" "$case" "$mode" > "$expected" 2>/dev/null ;;
      lkc4)
        work=$(mktemp -d)
        cp "$case/Kconfig" "$work/"
        [ -f "$case/config" ] && [ "$mode" = defconfig ] && cp "$case/config" "$work/.config"
        flag=$([ "$mode" = defconfig ] && echo olddefconfig || echo "$mode")
        (cd "$work" && kconfig-conf "--$flag" Kconfig > /dev/null)
        tail -n +5 "$work/.config" > "$expected"
        rm -rf "$work" ;;
    esac
  done
done
