#!/usr/bin/env python3
"""Whole-process comparisons of tfguard with its floors; run by bench/run.sh, which prepares the inputs.

Every comparison runs its commands interleaved, round after round, so that a change in the machine's load hits
both sides of a ratio alike. For each command it records the wall time, the CPU time (user + system) and the peak
resident memory of the process (wait4), and prints the medians and the median of the per-round ratios.
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time


def run_once(cmd, env, cwd):
    """Runs cmd; returns (exit code, wall seconds, cpu seconds, peak RSS in MB)."""
    full_env = dict(os.environ)
    full_env.update(env)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=full_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


class Command:
    def __init__(self, name, cmd, env=None, cwd=None, ok=(0,)):
        self.name, self.cmd, self.env, self.cwd, self.ok = name, cmd, env or {}, cwd, ok
        self.wall, self.cpu, self.rss = [], [], []

    def run(self):
        code, wall, cpu, rss = run_once(self.cmd, self.env, self.cwd)
        if code not in self.ok:
            sys.exit("bench: %s exited %d: %s" % (self.name, code, " ".join(self.cmd)))
        self.wall.append(wall)
        self.cpu.append(cpu)
        self.rss.append(rss)


def rounds(commands, n, warmup=1):
    for _ in range(warmup):
        for c in commands:
            c.run()
        for c in commands:
            c.wall.clear(), c.cpu.clear(), c.rss.clear()
    for _ in range(n):
        for c in commands:
            c.run()


def med(xs):
    return statistics.median(xs)


def load_average():
    try:
        return " / ".join("%.2f" % x for x in os.getloadavg())
    except OSError:
        return "?"


def launcher_flags(launcher, args, java, opts="", cwd=None, work="/tmp"):
    """The JVM flags bin/tfguard gives tfguard for these arguments, without the class-data archive and system
    properties (which only tfguard's own classes use): the launcher is run with a stand-in java that prints its
    arguments, beside a copy of the real JDK's release file, from which the launcher reads the version."""
    home = os.path.dirname(os.path.dirname(os.path.realpath(java)))
    fake = os.path.join(work, "flag-jdk-" + os.path.basename(home))
    os.makedirs(os.path.join(fake, "bin"), exist_ok=True)
    with open(os.path.join(home, "release"), "rb") as src, open(os.path.join(fake, "release"), "wb") as dst:
        dst.write(src.read())
    stand_in = os.path.join(fake, "bin", "java")
    with open(stand_in, "w") as f:
        f.write('#!/bin/sh\nfor a in "$@"; do [ "$a" = -version ] && exit 0; done\n'
                'printf "%s\\n" "$@" > "$TFGUARD_BENCH_FLAGS"\n')
    os.chmod(stand_in, 0o755)
    out = os.path.join(fake, "flags")
    env = dict(os.environ, TFGUARD_JAVA=stand_in, TFGUARD_NO_ARCHIVE="1", TFGUARD_BENCH_FLAGS=out)
    env.pop("TFGUARD_JAVA_OPTS", None)
    if opts:
        env["TFGUARD_JAVA_OPTS"] = opts
    subprocess.run([launcher] + args, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
    flags = []
    for line in open(out).read().splitlines():
        if line == "-cp":
            break
        if not (line.startswith("-D") or line.startswith("-XX:SharedArchiveFile") or line.startswith("-XX:AOTCache")
                or line.startswith("-Xshare") or line.startswith("-Xlog:")):
            flags.append(line)
    return flags


def check_plan_findings(report, expected):
    """The findings of the generator's rules equal its violations (rule and address)."""
    want = set()
    exp = json.load(open(expected))
    for rule, entries in exp["violations"].items():
        for v in entries:
            want.add((rule, v["address"]))
    have = set()
    for f in json.load(open(report))["findings"]:
        if f["rule"] in exp["violations"]:
            have.add((f["rule"], f["resource"]))
    return have == want, len(want), len(have)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", required=True)
    ap.add_argument("--launcher", required=True)
    ap.add_argument("--jar", required=True)
    ap.add_argument("--floor-cp", required=True)
    ap.add_argument("--j17", required=True)
    ap.add_argument("--j25", default="")
    ap.add_argument("--hcl-corpus", default="")
    ap.add_argument("--startup-rounds", type=int, default=21)
    ap.add_argument("--plan-rounds", type=int, default=7)
    ap.add_argument("--big-rounds", type=int, default=5)
    ap.add_argument("--only", default="startup,plans,hcl")
    a = ap.parse_args()
    w = a.work
    cache = os.path.join(w, "cache")
    only = set(a.only.split(","))
    rows = []  # (comparison, candidate, floor, ratio, target, met, note)
    began = time.time()
    load_before = load_average()

    def launcher(name, args, java=None, opts="", cwd=None, ok=(0, 1)):
        env = {"TFGUARD_CACHE": cache}
        if java:
            env["TFGUARD_JAVA"] = java
        if opts:
            env["TFGUARD_JAVA_OPTS"] = opts
        return Command(name, [a.launcher] + args, env, cwd, ok)

    def ratio_row(label, cand, floor, target, rss_limit=None, note=""):
        per_round = [c / f for c, f in zip(cand.wall, floor.wall)]
        r = med(per_round)
        met = target is not None and r <= target and (rss_limit is None or max(cand.rss) <= rss_limit)
        rows.append((label, "%.0f ms" % (med(cand.wall) * 1e3), "%.0f ms" % (med(floor.wall) * 1e3),
                     "%.2f" % r,
                     "" if target is None else "<= %.2f" % target + (", RSS <= %d MB" % rss_limit if rss_limit else ""),
                     "" if target is None else "yes" if met else "no",
                     "RSS %.0f / %.0f MB; CPU %.0f / %.0f ms%s" % (max(cand.rss), max(floor.rss),
                                                                    med(cand.cpu) * 1e3, med(floor.cpu) * 1e3,
                                                                    "; " + note if note else "")))

    one = os.path.join(w, "one")
    real = os.path.join(w, "realistic")
    flags_used = []  # (input, flags) printed under the table
    if "startup" in only:
        # the first run makes the archive; it is timed once, apart from the rounds
        for java in [a.j17] + ([a.j25] if a.j25 else []):
            subprocess.run(["rm", "-rf", cache])
            first = launcher("first", ["main.tf"], java, cwd=one)
            first.run()
            rows.append(("first run, makes the archive (%s)" % os.path.basename(os.path.dirname(os.path.dirname(java))),
                         "%.0f ms" % (first.wall[0] * 1e3), "", "", "once per version and JDK", "", ""))
        cmds = []
        groups = []
        for tag, java in [("17", a.j17)] + ([("25", a.j25)] if a.j25 else []):
            flags = launcher_flags(a.launcher, ["main.tf"], java, cwd=one, work=w)
            flags_used.append(("one .tf file, JDK %s" % tag, flags))
            version = Command("java -version (%s)" % tag, [java, "-version"])
            same = Command("java <launcher's flags> -version (%s)" % tag, [java] + flags + ["-version"])
            small = launcher("bin/tfguard small.tf (%s)" % tag, ["main.tf"], java, cwd=one)
            realistic = launcher("bin/tfguard realistic.tf (%s)" % tag, ["main.tf"], java, cwd=real)
            cmds += [version, same, small, realistic]
            groups.append((tag, version, same, small, realistic))
        plain = Command("java -jar main.tf (17, default flags)", [a.j17, "-jar", a.jar, "main.tf"], cwd=real, ok=(0, 1))
        cmds.append(plain)
        rounds(cmds, a.startup_rounds)
        for tag, version, same, small, realistic in groups:
            ratio_row("realistic one-file scan (bench/realistic.tf), launcher, JDK %s / same-flag java -version"
                      % tag, realistic, same, 2.5)
            ratio_row("realistic one-file scan, launcher, JDK %s / java -version, default flags" % tag,
                      realistic, version, None)
            ratio_row("tiny one-file scan (floors' small.tf), launcher, JDK %s / same-flag java -version" % tag,
                      small, same, 2.5)
        ratio_row("realistic one-file scan, java -jar (no launcher) / java -version 17", plain, groups[0][1], None,
                  note="what the launcher buys")

    if "plans" in only:
        for size, n in (("1k", a.plan_rounds), ("10k", a.plan_rounds), ("100k", a.big_rounds)):
            plan = os.path.join(w, "plan-%s.json" % size)
            out = os.path.join(w, "report-%s.json" % size)
            out_jar = os.path.join(w, "report-%s-jar.json" % size)
            args = ["--format", "json", "--output", out, plan]
            flags = launcher_flags(a.launcher, args, a.j17, opts="-Xmx256m", work=w)
            flags_used.append(("plan %s" % size, flags))
            floor_cmd = ["-cp", a.floor_cp, "bench.JsonFloor", "hybrid", plan]
            floor_same = Command("JsonFloor hybrid %s, launcher's flags" % size, [a.j17] + flags + floor_cmd)
            floor_default = Command("JsonFloor hybrid %s, default flags" % size, [a.j17, "-Xmx256m"] + floor_cmd)
            cand = launcher("tfguard %s" % size, args, a.j17, opts="-Xmx256m")
            plain = Command("java -jar tfguard %s" % size,
                            [a.j17, "-Xmx256m", "-jar", a.jar, "--format", "json", "--output", out_jar, plan],
                            ok=(0, 1))
            rounds([floor_same, cand, floor_default, plain], n)
            same, want, have = check_plan_findings(out, plan + ".expected.json")
            same_jar, _, _ = check_plan_findings(out_jar, plan + ".expected.json")
            note = "findings %s expected.json (%d)" % ("equal" if same and same_jar else "DIFFER FROM", want)
            ratio_row("plan %s (-Xmx256m), launcher / JsonFloor hybrid, same flags" % size, cand, floor_same, 1.3,
                      rss_limit=400, note=note)
            ratio_row("plan %s (-Xmx256m), java -jar / JsonFloor hybrid, both default flags" % size, plain,
                      floor_default, 1.5, rss_limit=400)
            ratio_row("plan %s (-Xmx256m), launcher / JsonFloor hybrid, default flags" % size, cand, floor_default,
                      None)
            if not same:
                print("bench: plan %s: %d findings of the generator's rules, %d expected" % (size, have, want),
                      file=sys.stderr)

    if "hcl" in only:
        trees = [("gen_hcl --files 2000", os.path.join(w, "hcl-2000"))]
        if a.hcl_corpus:
            trees.append(("HCL corpus (%s)" % os.path.basename(a.hcl_corpus.rstrip("/")), a.hcl_corpus))
        for label, tree in trees:
            out = os.path.join(w, "report-hcl.json")
            cand = launcher(label, ["--format", "json", "--output", out, tree], a.j17, ok=(0, 1, 3))
            rounds([cand], a.big_rounds)
            wall = med(cand.wall)
            rows.append(("whole scan: %s" % label, "%.0f ms" % (wall * 1e3), "", "", "<= 2000 ms",
                         "yes" if wall <= 2.0 else "no",
                         "CPU %.0f ms (%.2f cores busy); RSS %.0f MB" % (med(cand.cpu) * 1e3, med(cand.cpu) / wall,
                                                                       max(cand.rss))))

    print()
    print("machine: %s, %d cores, %s; %s" % (platform.node(), os.cpu_count(), cpu_model(), mem_total()))
    print("JDK 17: %s; JDK 25: %s" % (java_version(a.j17), java_version(a.j25) if a.j25 else "-"))
    print("load average before: %s, after: %s; %s UTC, %.0f s" % (
        load_before, load_average(), time.strftime("%Y-%m-%d %H:%M", time.gmtime(began)), time.time() - began))
    print("medians over interleaved rounds (startup %d, plans 1k/10k %d, 100k and HCL %d)" % (
        a.startup_rounds, a.plan_rounds, a.big_rounds))
    print()
    head = ("comparison", "tfguard", "floor", "ratio", "target", "met", "notes")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in rows:
        print("| " + " | ".join(r) + " |")
    if flags_used:
        print()
        print("The launcher's JVM flags (the same-flag floors run with them; archive and -D options left out):")
        for what, flags in flags_used:
            print("- %s: `%s`" % (what, " ".join(flags)))


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def mem_total():
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                return "%.0f GB RAM" % (int(line.split()[1]) / 1024 / 1024)
    except OSError:
        pass
    return "?"


def java_version(java):
    r = subprocess.run([java, "-version"], capture_output=True, text=True)
    return r.stderr.splitlines()[1] if len(r.stderr.splitlines()) > 1 else r.stderr.strip()


if __name__ == "__main__":
    main()
