#!/usr/bin/env python3
"""Tables of the csc replay scripts: CPU seconds per csc run (OUT/cpu.txt, "name round seconds" per line)
and times from each run's ReportAnalyzer section (OUT/NAME-ROUND.log); medians over the rounds.

    csc_report.py config OUT ROUNDS          (benchmarks/csc-generated-config.sh)
    csc_report.py shape OUT ROUNDS           (benchmarks/csc-generated-shape.sh)
    csc_report.py own OUT ROUNDS NAMES...    (benchmarks/csc-own-analyzers.sh)
"""
import re
import statistics
import sys
from pathlib import Path

med = statistics.median


def read_cpu(out):
    """CPU seconds per (run name, round)."""
    cpu = {}
    for line in (out / "cpu.txt").read_text().split("\n"):
        if line:
            name, rnd, seconds = line.split()
            cpu[(name, int(rnd))] = float(seconds)
    return cpu


def analyzer_seconds(out, name, rnd, pattern, missing=0.0):
    """The analyzers' total ("total") or the first ReportAnalyzer row whose name ends in PATTERN (a regex)."""
    text = (out / f"{name}-{rnd}.log").read_text(errors="replace")
    if pattern == "total":
        m = re.search(r"Total analyzer execution time: ([0-9.]+) seconds", text)
    else:
        m = re.search(r"^\s*<?([0-9.]+)\s+\S+\s+\S*" + pattern, text, re.M)
    return float(m.group(1)) if m else missing


def differences(cpu, name, reference, rounds):
    """Per-round CPU of NAME minus REFERENCE, as "+m s (+a, +b, ...)" with m their median."""
    diffs = [cpu[(name, i)] - cpu[(reference, i)] for i in rounds]
    return f"{med(diffs):+.2f} s ({', '.join(f'{d:+.2f}' for d in diffs)})"


def config(out, rounds):
    cpu, r = read_cpu(out), range(1, rounds + 1)
    print(f"Rounds: {rounds} (medians)\n")
    print("| csc | CPU | CA2252 | CA1856/CA1857 | all analyzers (ReportAnalyzer) |")
    print("|---|---:|---:|---:|---:|")
    for n in ["generated", "generated+section", "source", "source+section"]:
        print(f"| {n} | {med(cpu[(n, i)] for i in r):.2f} s | {med(analyzer_seconds(out, n, i, 'CSharpDetectPreviewFeatureAnalyzer') for i in r):.2f} s"
              f" | {med(analyzer_seconds(out, n, i, 'CSharpConstantExpectedAnalyzer') for i in r):.2f} s | {med(analyzer_seconds(out, n, i, 'total') for i in r):.2f} s |")
    print()
    for base in ("generated", "source"):
        diffs = [cpu[(base + "+section", i)] - cpu[(base, i)] for i in r]
        print(f"{base}: the section changes CPU by {med(diffs):+.2f} s (median of per-round differences: {', '.join(f'{d:+.2f}' for d in diffs)})")


def shape(out, rounds):
    cpu, r = read_cpu(out), range(1, rounds + 1)
    print(f"Rounds: {rounds} (medians)\n")
    print("| csc | CPU | all analyzers (ReportAnalyzer) | CPU − whole, per round (median) |")
    print("|---|---:|---:|---:|")
    for n in ["plain", "whole", "no-docs", "no-table", "no-symbols", "constants"]:
        total = med(analyzer_seconds(out, n, i, "total", missing=float("nan")) for i in r)
        print(f"| {n} | {med(cpu[(n, i)] for i in r):.2f} s | {total:.2f} s | {differences(cpu, n, 'whole', r)} |")


def own(out, rounds, names):
    cpu, r = read_cpu(out), range(1, rounds + 1)
    print(f"Rounds: {rounds} (medians)\n")
    print("| csc | CPU | KconfigSharp.Analyzers (ReportAnalyzer) | CPU − generator, per round (median) |")
    print("|---|---:|---:|---:|")
    for n in names:
        ours = med(analyzer_seconds(out, n, i, r"KconfigSharp\.Analyzers,") for i in r)
        print(f"| {n} | {med(cpu[(n, i)] for i in r):.2f} s | {ours:.2f} s | {differences(cpu, n, 'generator', r)} |")


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] not in ("config", "shape", "own"):
        sys.exit(__doc__)
    out_dir, count = Path(sys.argv[2]), int(sys.argv[3])
    if sys.argv[1] == "config":
        config(out_dir, count)
    elif sys.argv[1] == "shape":
        shape(out_dir, count)
    else:
        own(out_dir, count, sys.argv[4:])
