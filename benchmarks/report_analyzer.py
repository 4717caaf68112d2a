#!/usr/bin/env python3
"""Reads the logs of the MSBuild benchmark scripts (csc's -p:ReportAnalyzer=true section, MSBuild's
performance summary, the wall times the scripts record) and prints their Markdown tables.

    report_analyzer.py analyzer-cost WORK RUNS          (benchmarks/msbuild-analyzer-cost.sh)
    report_analyzer.py nuttx-app WORK RUNS [EXTRA_ARGS] (benchmarks/msbuild-nuttx-app.sh)

WORK holds walls.txt ("name round seconds" per line), optionally cpus.txt (the same for CPU seconds), and
logs/NAME-ROUND.log.
"""
import re
import statistics
import sys
from pathlib import Path

# One row of csc's analyzer/generator timing table: "<seconds> <percent> <name, version, ...>".
ROW = re.compile(r"^\s*([\d.]+)\s+<?\d+\s+(\S.*?)\s*$")


def read_walls(work, file="walls.txt"):
    """Seconds per (build name, round), as the scripts append them to walls.txt (wall) or cpus.txt (CPU)."""
    walls = {}
    if not (work / file).exists():
        return walls
    for line in (work / file).read_text().split("\n"):
        if line.strip():
            name, rnd, seconds = line.split()
            walls[(name, int(rnd))] = float(seconds)
    return walls


def log_text(work, name, rnd):
    return (work / "logs" / f"{name}-{rnd}.log").read_text(errors="replace")


def timing_tables(text):
    """Seconds per analyzer and per generator (by type or assembly name) from csc's ReportAnalyzer
    section, or None when the log has no such section."""
    if "Total analyzer execution time:" not in text:
        return None
    section = text.split("Total analyzer execution time:", 1)[1].split("Total generator execution time:", 1)

    def table(chunk):
        found = {}
        for line in chunk.split("\n"):
            m = ROW.match(line)
            if m:
                found[m.group(2).split(",")[0].split(" (")[0]] = float(m.group(1))
        return found

    return table(section[0]), table(section[1] if len(section) > 1 else "")


def warning_counts(text):
    """Distinct warning lines per id (CA1416, KCONFnnn, CS0162)."""
    counts = {}
    for line in set(l.strip() for l in text.split("\n")):
        m = re.search(r"warning (CA1416|KCONF\d+|CS0162)", line)
        if m:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return counts


def csc_seconds(text):
    """The Csc task's time (the compiler process: generators, analyzers, binding, emit), from MSBuild's performance summary."""
    m = re.search(r"^\s*(\d+) ms\s+Csc\s+\d+ calls", text.split("Task Performance Summary:", 1)[-1], re.M)
    return int(m.group(1)) / 1000 if m else float("nan")


def median(values):
    return statistics.median(values) if values else float("nan")


def print_rows(rows):
    print("| Measure | Median | Rounds |")
    print("|---|---:|---|")
    for label, values, fmt in rows:
        print(f"| {label} | {fmt(median(values))} | {', '.join(fmt(v) for v in values)} |")


def seconds(v):
    return f"{v:.2f} s"


def analyzer_cost(work, runs):
    """KconfigSharp's analyzers against CA1416 on its twin (msbuild-analyzer-cost.sh)."""
    walls = read_walls(work)

    def report(name, rnd):
        text = log_text(work, name, rnd)
        analyzers, generators = timing_tables(text) or ({}, {})
        return analyzers, generators, warning_counts(text)

    ks, ca, share, overhead, suppressor, guard, attr, gen = [], [], [], [], [], [], [], []
    ks_il, gen_il, copies = [], [], set()
    w_with, w_bare, w_twin, warn = [], [], [], {}
    for rnd in range(1, runs + 1):
        a, g, wk = report("kconfig", rnd)
        c, _, wc = report("ca1416", rnd)
        b, gb, wb = report("kconfig-bare", rnd)
        # A report without the assemblies it must show (or with what it must not) is a broken setup, not a result.
        if "KconfigSharp.Analyzers" not in a or "KconfigSharp.Generator" not in g:
            sys.exit(f"round {rnd}: the kconfig build did not run KconfigSharp's analyzers and generator")
        if "KconfigSharp.Analyzers" in b or "KconfigSharp.Generator" not in gb:
            sys.exit(f"round {rnd}: the kconfig-bare build must run the generator without the analyzers")
        if "Microsoft.NetCore.Analyzers.InteropServices.PlatformCompatibilityAnalyzer" not in c:
            sys.exit(f"round {rnd}: CA1416 did not run on the twin")
        warn = {"kconfig": wk, "kconfig-bare": wb, "ca1416": wc}
        mine = a["KconfigSharp.Analyzers"]
        # Which copy the compiler loaded: the Csc task's command line (-v:d) names the analyzer paths.
        text = log_text(work, "kconfig", rnd)
        copies.add("ReadyToRun" if "/readytorun/" in text else "IL")
        if (work / "logs" / f"kconfig-il-{rnd}.log").exists():
            ai, gi, _ = report("kconfig-il", rnd)
            if "/readytorun/" in log_text(work, "kconfig-il", rnd) or "KconfigSharp.Analyzers" not in ai:
                sys.exit(f"round {rnd}: the kconfig-il build must run the IL analyzers")
            ks_il.append(ai["KconfigSharp.Analyzers"]); gen_il.append(gi.get("KconfigSharp.Generator", 0.0))
        platform = c["Microsoft.NetCore.Analyzers.InteropServices.PlatformCompatibilityAnalyzer"]
        wall, bare, twin = walls[("kconfig", rnd)], walls[("kconfig-bare", rnd)], walls[("ca1416", rnd)]
        ks.append(mine); ca.append(platform); w_with.append(wall); w_bare.append(bare); w_twin.append(twin)
        suppressor.append(a.get("KconfigSharp.Analyzers.Guards.UnreachableCodeSuppressor", 0.0))
        guard.append(a.get("KconfigSharp.Analyzers.Guards.GuardAnalyzer", 0.0))
        attr.append(a.get("KconfigSharp.Analyzers.Guards.AttributeExpressionAnalyzer", 0.0))
        gen.append(g.get("KconfigSharp.Generator", 0.0))
        share.append(mine / wall)
        overhead.append((wall - bare) / wall)
    ratio = [k / p for k, p in zip(ks, ca)]
    ratio_il = [k / p for k, p in zip(ks_il, ca)]
    r2r_over_il = [k / i for k, i in zip(ks, ks_il)]

    def pct(v): return f"{100 * v:.1f} %"
    def verdict(ok): return "**met**" if ok else "**not met**"
    print(f"Rounds: {runs} (medians; each ratio is computed within a round, then the median taken); "
          f"the kconfig build loaded the {' and '.join(sorted(copies))} copies\n")
    il_rows = [
        ("KconfigSharp.Analyzers, IL copies (`-p:KconfigSharpReadyToRun=false`)", ks_il, seconds),
        ("KconfigSharp.Generator, IL copies", gen_il, seconds),
        ("IL copies' analyzers ÷ CA1416", ratio_il, lambda v: f"{v:.3f}×"),
        ("kconfig build's analyzers ÷ IL copies' analyzers", r2r_over_il, lambda v: f"{v:.3f}×"),
    ] if ks_il else []
    print_rows(il_rows + [
        ("Build with KconfigSharp (wall, `dotnet build`)", w_with, seconds),
        ("Same build without KconfigSharp's analyzers", w_bare, seconds),
        ("CA1416 twin build (wall)", w_twin, seconds),
        ("KconfigSharp.Analyzers, all (ReportAnalyzer)", ks, seconds),
        ("&nbsp;&nbsp;GuardAnalyzer (KCONF001–003)", guard, seconds),
        ("&nbsp;&nbsp;UnreachableCodeSuppressor (KCONF005)", suppressor, seconds),
        ("&nbsp;&nbsp;AttributeExpressionAnalyzer (KCONF004)", attr, seconds),
        ("KconfigSharp.Generator (ReportAnalyzer)", gen, seconds),
        ("CA1416 (PlatformCompatibilityAnalyzer) on the twin", ca, seconds),
        ("KconfigSharp analyzers ÷ CA1416", ratio, lambda v: f"{v:.3f}×"),
        ("KconfigSharp analyzers ÷ build wall time", share, pct),
        ("(with − without) ÷ with, wall time", overhead, pct),
    ])
    print()
    print(f"Warnings in the last round: {warn}")
    print()
    print("| Target (issue 13) | Measured | Verdict |")
    print("|---|---|---|")
    print(f"| Guard analysis ≤ 0.1× CA1416 on its twin | {median(ratio):.3f}× | {verdict(median(ratio) <= 0.1)} |")
    print(f"| Guard analysis ≤ 5 % of the build | {pct(median(share))} of the build's wall time (analyzer time); wall-time difference {pct(median(overhead))} | {verdict(median(share) <= 0.05)} |")


def nuttx_app(work, runs, extra):
    """The NuttX app with and without KconfigSharp, and its floors (msbuild-nuttx-app.sh)."""
    walls = read_walls(work)
    cpus = read_walls(work, "cpus.txt")
    cpu_names = ["kconfig", "generator", "source", "constants", "plain"]
    cpu = {name: [] for name in cpu_names}

    def report(name, rnd):
        return timing_tables(log_text(work, name, rnd)) or ({}, {})

    def csc(name, rnd):
        return csc_seconds(log_text(work, name, rnd))

    cols = {k: [] for k in ["with", "gen", "plain", "ratio", "gen_ratio", "generator", "analyzers", "kconf004", "guard", "suppressor", "csc_with", "csc_gen", "csc_plain",
                                 "source", "constants", "csc_source", "csc_constants", "source_ratio", "constants_ratio", "over_floor",
                                 "il", "csc_il", "generator_il", "analyzers_il", "il_ratio", "over_il", "cpu_il", "cpu_over_il"]}
    copies = set()
    for rnd in range(1, runs + 1):
        a, g = report("kconfig", rnd)
        ab, gb = report("generator", rnd)
        # A report without the assemblies it must show (or with what it must not) is a broken setup, not a result.
        if "KconfigSharp.Analyzers" not in a or "KconfigSharp.Generator" not in g:
            sys.exit(f"round {rnd}: the kconfig build did not run KconfigSharp's analyzers and generator")
        if "KconfigSharp.Analyzers" in ab or "KconfigSharp.Generator" not in gb:
            sys.exit(f"round {rnd}: the generator-only build must run the generator without the analyzers")
        for floor in ("source", "constants"):
            fa, fg = report(floor, rnd)
            if any(k.startswith("KconfigSharp") for k in list(fa) + list(fg)):
                sys.exit(f"round {rnd}: the {floor} build must not load KconfigSharp")
        w, wg, wp = walls[("kconfig", rnd)], walls[("generator", rnd)], walls[("plain", rnd)]
        # Which copy the compiler loaded: the Csc task's command line (-v:d) names the analyzer paths.
        copies.add("ReadyToRun" if "/readytorun/" in log_text(work, "kconfig", rnd) else "IL")
        if ("kconfig-il", rnd) in walls:
            ai, gi = report("kconfig-il", rnd)
            if "/readytorun/" in log_text(work, "kconfig-il", rnd) or "KconfigSharp.Generator" not in gi:
                sys.exit(f"round {rnd}: the kconfig-il build must run the IL copies")
            wi = walls[("kconfig-il", rnd)]
            cols["il"].append(wi); cols["csc_il"].append(csc("kconfig-il", rnd)); cols["il_ratio"].append(wi / wp); cols["over_il"].append(w / wi)
            cols["generator_il"].append(gi["KconfigSharp.Generator"]); cols["analyzers_il"].append(ai.get("KconfigSharp.Analyzers", 0.0))
            if cpus:
                cols["cpu_il"].append(cpus[("kconfig-il", rnd)]); cols["cpu_over_il"].append(cpus[("kconfig", rnd)] / cpus[("kconfig-il", rnd)])
        ws, wc = walls[("source", rnd)], walls[("constants", rnd)]
        cols["source"].append(ws); cols["constants"].append(wc)
        cols["source_ratio"].append(ws / wp); cols["constants_ratio"].append(wc / wp); cols["over_floor"].append(w / ws)
        cols["csc_source"].append(csc("source", rnd)); cols["csc_constants"].append(csc("constants", rnd))
        if cpus:
            for name in cpu_names:
                cpu[name].append(cpus[(name, rnd)])
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

    def x(v): return f"{v:.2f}×"
    print(f"Rounds: {runs} (medians; each ratio is computed within a round, then the median taken){'; KconfigSharp builds with ' + extra if extra else ''}; "
          f"the kconfig build loaded the {' and '.join(sorted(copies))} copies\n")
    il_rows = [
        ("Same with the IL copies (`-p:KconfigSharpReadyToRun=false`)", cols["il"], seconds),
        ("Csc task, IL copies", cols["csc_il"], seconds),
        ("KconfigSharp.Generator, IL copies (ReportAnalyzer)", cols["generator_il"], seconds),
        ("KconfigSharp.Analyzers, IL copies (ReportAnalyzer)", cols["analyzers_il"], seconds),
        ("IL copies ÷ without", cols["il_ratio"], x),
        ("with ÷ with the IL copies", cols["over_il"], x),
        ("CPU: with ÷ with the IL copies", cols["cpu_over_il"], x),
    ] if cols["il"] else []
    print_rows(il_rows + [
        ("NuttX app with KconfigSharp (wall, `dotnet build`)", cols["with"], seconds),
        ("Same, generator only (analyzers removed)", cols["gen"], seconds),
        ("Floor: the generated files as plain source, no package", cols["source"], seconds),
        ("Floor: the bare constants as plain source, no package", cols["constants"], seconds),
        ("Same app without KconfigSharp", cols["plain"], seconds),
        ("Csc task, with KconfigSharp", cols["csc_with"], seconds),
        ("Csc task, generator only", cols["csc_gen"], seconds),
        ("Csc task, generated files as plain source", cols["csc_source"], seconds),
        ("Csc task, bare constants as plain source", cols["csc_constants"], seconds),
        ("Csc task, without KconfigSharp", cols["csc_plain"], seconds),
        ("KconfigSharp.Generator (ReportAnalyzer)", cols["generator"], seconds),
        ("KconfigSharp.Analyzers, all (ReportAnalyzer)", cols["analyzers"], seconds),
        ("&nbsp;&nbsp;AttributeExpressionAnalyzer (KCONF004)", cols["kconf004"], seconds),
        ("&nbsp;&nbsp;GuardAnalyzer (KCONF001–003)", cols["guard"], seconds),
        ("&nbsp;&nbsp;UnreachableCodeSuppressor (KCONF005)", cols["suppressor"], seconds),
        ("with ÷ without", cols["ratio"], x),
        ("generator only ÷ without", cols["gen_ratio"], x),
        ("generated files as plain source ÷ without (the floor)", cols["source_ratio"], x),
        ("bare constants as plain source ÷ without", cols["constants_ratio"], x),
        ("with ÷ generated files as plain source (ours above the floor)", cols["over_floor"], x),
    ])
    if cpus:
        def ratio(a, b): return [p / q for p, q in zip(cpu[a], cpu[b])]
        print()
        print("CPU time (user + sys) of each whole build, its processes included:\n")
        print_rows([
            ("with KconfigSharp", cpu["kconfig"], seconds),
            ("generator only", cpu["generator"], seconds),
            ("generated files as plain source (floor)", cpu["source"], seconds),
            ("bare constants as plain source", cpu["constants"], seconds),
            ("without KconfigSharp", cpu["plain"], seconds),
            ("CPU: with ÷ without", ratio("kconfig", "plain"), x),
            ("CPU: generator only ÷ without", ratio("generator", "plain"), x),
            ("CPU: generated files as plain source ÷ without (the floor)", ratio("source", "plain"), x),
            ("CPU: bare constants as plain source ÷ without", ratio("constants", "plain"), x),
            ("CPU: with ÷ generated files as plain source (ours above the floor)", ratio("kconfig", "source"), x),
        ])
    print()
    print("Generated sources: " + ", ".join(f"{name} {size:,} bytes" for name, size in sorted(sizes.items())) + f"; total {sum(sizes.values()):,} bytes")
    print()
    ratio = median(cols["ratio"])
    flags = sizes.get("FeatureFlags.g.cs", 0)
    print("| Target (issue 13) | Measured | Verdict |")
    print("|---|---|---|")
    print(f"| NuttX app ≤ 1.3× without KconfigSharp | {ratio:.2f}× | {'**met**' if ratio <= 1.3 else '**not met**'} |")
    print(f"| Generated source for NuttX ≤ 6 MB by default | {flags / 1e6:.2f} MB (FeatureFlags.g.cs) | {'**met**' if flags <= 6e6 else '**not met**'} |")


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] not in ("analyzer-cost", "nuttx-app"):
        sys.exit(__doc__)
    work_dir, rounds = Path(sys.argv[2]), int(sys.argv[3])
    if sys.argv[1] == "analyzer-cost":
        analyzer_cost(work_dir, rounds)
    else:
        nuttx_app(work_dir, rounds, sys.argv[4] if len(sys.argv) > 4 else "")
