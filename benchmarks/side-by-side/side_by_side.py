"""Times whole programs as fresh processes, interleaved round by round, and prints medians and ratios.

Called by run.sh (which packs and installs the tool); every command must exit 0 or the run stops.
Ratios are taken between medians of the same run, because absolute times drift on shared machines.
"""
import argparse
import datetime
import os
import platform
import resource
import statistics
import subprocess
import time

parser = argparse.ArgumentParser()
parser.add_argument("--kconfig", required=True)
parser.add_argument("--shared", required=True)
parser.add_argument("--work", required=True)
parser.add_argument("--rounds", type=int, default=21)
parser.add_argument("--repo", required=True)
args = parser.parse_args()

nuttx = os.path.join(args.shared, "corpus", "nuttx")
qemu = os.path.join(args.shared, "corpus", "qemu")
qemu_rsource = os.path.join(args.work, "qemu-rsource")
nuttx_env = {"BINDIR": "_stubs/BINDIR", "APPSBINDIR": "_stubs/APPSBINDIR",
             "EXTERNALDIR": "_stubs/EXTERNALDIR", "APPSDIR": "../apps"}
out = os.path.join(args.work, "out")
os.makedirs(out, exist_ok=True)


def qemu_arguments():
    """minikconf's arguments for x86_64-softmmu, from qemu-expected/x86_64-softmmu/inputs.txt."""
    with open(os.path.join(args.shared, "corpus", "qemu-expected", "x86_64-softmmu", "inputs.txt")) as f:
        lines = f.read().splitlines()
    start = lines.index(next(l for l in lines if l.startswith("argument order")))
    return lines[start + 1].split()


# name -> (argv, working directory, extra environment)
workloads = {
    "NuttX alldefconfig": {
        "kconfig": ([args.kconfig, "resolve", "Kconfig", "--srctree", "."]
                    + [a for k, v in nuttx_env.items() for a in ("--env", f"{k}={v}")]
                    + ["-o", os.path.join(out, "kconfig-nuttx.config")], nuttx, {}),
        "kconfig-conf --alldefconfig (LKC, C)": (["kconfig-conf", "--alldefconfig", "Kconfig"], nuttx,
                                                dict(nuttx_env, KCONFIG_CONFIG=os.path.join(out, "lkc-nuttx.config"))),
        "Kconfiglib alldefconfig (Python)": (["/usr/bin/python3", "-c",
                                              "import kconfiglib,sys; k=kconfiglib.Kconfig('Kconfig', warn=False); "
                                              "k.write_config(sys.argv[1])", os.path.join(out, "kconfiglib-nuttx.config")],
                                             nuttx, nuttx_env),
    },
    "QEMU x86_64 target": {
        "kconfig": ([args.kconfig, "resolve", "--dialect", "qemu", "--format", "mak", "-o", os.path.join(out, "qemu.mak")]
                    + qemu_arguments()[1:2] + qemu_arguments()[0:1] + qemu_arguments()[2:], qemu, {}),
        "Kconfiglib parsing the tree (Python)": (["/usr/bin/python3", "-c", "import kconfiglib; kconfiglib.Kconfig('Kconfig', warn=False)"],
                                                 qemu_rsource, {}),
    },
}


def run(argv, cwd, extra):
    env = dict(os.environ)
    env.update(extra)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} (in {cwd}) exited {result.returncode}:\n{result.stderr.decode()[-2000:]}")
    # CPU time (user + system) of the process: steadier than wall time on a shared machine.
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


commit = subprocess.run(["git", "-C", args.repo, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
print(f"Side-by-side run {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, commit {commit}, "
      f"{cpu}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}; {args.rounds} interleaved rounds, 1 warm-up round.")
print()
for workload, tools in workloads.items():
    times = {tool: [] for tool in tools}
    cpu_times = {tool: [] for tool in tools}
    for round_index in range(args.rounds + 1):
        for tool, (argv, cwd, extra) in tools.items():
            elapsed, cpu_time = run(argv, cwd, extra)
            if round_index > 0:  # round 0 warms the page cache and the tools' own caches
                times[tool].append(elapsed)
                cpu_times[tool].append(cpu_time)
    ours = statistics.median(times["kconfig"])
    ours_cpu = statistics.median(cpu_times["kconfig"])
    print(f"### {workload}")
    print()
    print("| tool | median (wall) | min | max | kconfig / tool | median CPU time (user + sys) | kconfig / tool, CPU |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for tool, samples in times.items():
        median = statistics.median(samples)
        median_cpu = statistics.median(cpu_times[tool])
        print(f"| {tool} | {median * 1000:.0f} ms | {min(samples) * 1000:.0f} ms | {max(samples) * 1000:.0f} ms | {ours / median:.2f} "
              f"| {median_cpu * 1000:.0f} ms | {ours_cpu / median_cpu:.2f} |")
    print()
