#!/usr/bin/python3
"""Writes Kconfiglib 14.1's .config for one fidelity case (used by make-expected.sh).

usage: reference.py CASE_DIR MODE   (MODE: defconfig, allnoconfig or allyesconfig)

defconfig loads CASE_DIR/config when present (olddefconfig.py); allnoconfig and allyesconfig
set values exactly as Kconfiglib's allnoconfig.py and allyesconfig.py do. The output is
write_config()'s text without its header, on stdout.
"""
import os
import sys

import kconfiglib

case, mode = sys.argv[1], sys.argv[2]
os.chdir(case)
kconf = kconfiglib.Kconfig("Kconfig", warn_to_stderr=True)
if mode == "defconfig":
    if os.path.exists("config"):
        kconf.load_config("config")
elif mode == "allnoconfig":
    kconf.warn = False
    for sym in kconf.unique_defined_syms:
        sym.set_value(2 if sym.is_allnoconfig_y else 0)
    kconf.warn = True
elif mode == "allyesconfig":
    kconf.warn = False
    for sym in kconf.unique_defined_syms:
        sym.set_value(1 if sym.choice else 2)
    for choice in kconf.unique_choices:
        choice.set_value(2)
    kconf.warn = True
else:
    sys.exit("unknown mode " + mode)
sys.stdout.write(kconf._config_contents(None))
