#!/usr/bin/env python3
"""tfguard beside Checkov and Trivy: run by bench/peers.sh, which installs the peers and prepares the inputs.

Two tables:
- speed: for each input, tfguard (through bin/tfguard, as users run it), Checkov and Trivy run interleaved, round
  after round; medians of wall time, CPU time (user + system, the process and the children it waited for) and
  peak RSS (the largest single process: Checkov's worker processes are not added up), and each peer's wall time
  and peak RSS as a multiple of tfguard's. A peer run that passes PEER_TIMEOUT seconds is stopped and shown as
  "> N s"; its ratio is then a lower bound.
- agreement: every case of ../shared/corpus/peers scanned by all three; each peer's results mapped to tfguard's
  rules through the aliases tfguard lists for them (`tfguard rules --format json`: CKV_AWS_29, AVD-AWS-0045, ...),
  then scored like score.py: expected findings found, and the peers' own "must not flag" resources kept.
"""
import argparse
import importlib.util
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import cpu_model, load_average, mem_total  # noqa: E402


class Tool:
    """One command line of one tool on one input, with its measurements."""

    def __init__(self, name, cmd, cwd, env=None, timeout=None):
        self.name, self.cmd, self.cwd, self.env, self.timeout = name, cmd, cwd, env or {}, timeout
        self.wall, self.cpu, self.rss = [], [], []
        self.timed_out = False
        self.failed = None

    def run(self):
        if self.timed_out or self.failed:
            return
        env = dict(os.environ)
        env.update(self.env)
        start = time.perf_counter()
        errors = tempfile.TemporaryFile()  # a pipe would fill up and block a tool that warns a lot
        proc = subprocess.Popen(self.cmd, cwd=self.cwd, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=errors, start_new_session=True)
        deadline = None if self.timeout is None else start + self.timeout
        status = usage = None
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if deadline is not None and time.perf_counter() > deadline:
                os.killpg(proc.pid, signal.SIGKILL)
                _, status, usage = os.wait4(proc.pid, 0)
                self.timed_out = True
                break
            time.sleep(0.002)
        wall = time.perf_counter() - start
        errors.seek(0)
        err = errors.read().decode("utf-8", "replace")
        errors.close()
        code = os.waitstatus_to_exitcode(status)
        if not self.timed_out and code not in (0, 1, 3):  # 3: input errors, rest scanned
            self.failed = "exit %d: %s" % (code, err.strip().splitlines()[-1:] or "")
            print("peers: %s failed (%s): %s" % (self.name, self.failed, " ".join(self.cmd)), file=sys.stderr)
            return
        self.wall.append(wall)
        self.cpu.append(usage.ru_utime + usage.ru_stime)
        self.rss.append(usage.ru_maxrss / 1024.0)

    def wall_text(self):
        if self.failed:
            return "failed"
        if self.timed_out:
            return "> %.0f s" % self.timeout
        return seconds(statistics.median(self.wall))

    def cpu_text(self):
        if self.failed:
            return ""
        if self.timed_out:
            return "> %s" % seconds(max(self.cpu)) if self.cpu else ""
        return seconds(statistics.median(self.cpu))

    def rss_text(self):
        if self.failed or not self.rss:
            return ""
        return ("> " if self.timed_out else "") + "%.0f MB" % max(self.rss)


def seconds(s):
    return "%.0f ms" % (s * 1e3) if s < 1 else "%.2f s" % s if s < 10 else "%.0f s" % s


def ratio(peer, base, values):
    """The peer's median over tfguard's, as 'N×' ('> N×' when the peer was stopped)."""
    if peer.failed or base.failed or base.timed_out or not getattr(base, values) or not getattr(peer, values):
        return ""
    b = statistics.median(getattr(base, values))
    if peer.timed_out:
        return "> %.0f×" % (max(getattr(peer, values)) / b) if values == "wall" else ""
    p = statistics.median(getattr(peer, values))
    return ("%.1f×" if p / b < 10 else "%.0f×") % (p / b)


def speed(a, inputs):
    rows = []
    for label, kind, path, n in inputs:
        cwd = path if os.path.isdir(path) else os.path.dirname(path)
        target = "." if os.path.isdir(path) else os.path.basename(path)
        tf = Tool("tfguard", [a.launcher, "--format", "json", target], cwd, {"TFGUARD_CACHE": a.cache})
        if kind == "plan":
            ck_args = ["-f", target, "--framework", "terraform_plan"]
        elif os.path.isdir(path):
            ck_args = ["-d", ".", "--framework", "terraform"]
        else:
            ck_args = ["-f", target, "--framework", "terraform"]
        ck = Tool("checkov", [a.checkov] + ck_args + ["-o", "json", "--quiet", "--compact", "--skip-download"], cwd,
                  timeout=a.timeout)
        tv = Tool("trivy", [a.trivy, "config"] + a.trivy_flags + ["--format", "json", target], cwd,
                  timeout=a.timeout)
        tools = [tf, ck, tv]
        if n > 1:  # warm-up: file caches, Python's bytecode cache, tfguard's class-data archive
            for t in tools:
                t.run()
                t.wall.clear(), t.cpu.clear(), t.rss.clear()
        for _ in range(n):
            for t in tools:
                t.run()
        rows.append((label, n, tf, ck, tv))
        print("peers: %s done" % label, file=sys.stderr)
    head = ("input", "rounds", "tfguard wall / CPU / RSS", "Checkov wall / CPU / RSS", "Trivy wall / CPU / RSS",
            "Checkov / tfguard: wall, RSS", "Trivy / tfguard: wall, RSS")
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for label, n, tf, ck, tv in rows:
        cells = [label, str(n)]
        for t in (tf, ck, tv):
            cells.append(" / ".join(x for x in (t.wall_text(), t.cpu_text(), t.rss_text()) if x))
        for peer in (ck, tv):
            cells.append(", ".join(x for x in (ratio(peer, tf, "wall"), ratio(peer, tf, "rss")) if x))
        out.append("| " + " | ".join(cells) + " |")
    return out


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def aliases(launcher, cache):
    out = subprocess.run([launcher, "rules", "--format", "json"], capture_output=True, text=True, check=True,
                         env=dict(os.environ, TFGUARD_CACHE=cache)).stdout
    table = {}
    for rule in json.loads(out):
        for alias in rule.get("aliases") or []:
            table[alias] = rule["id"]
    return table


def peer_findings(tool, out, alias_of):
    """(rule, resource) pairs a peer's JSON output reports, mapped to tfguard's rule ids."""
    found = set()
    try:
        doc = json.loads(out)
    except ValueError:
        return None
    if tool == "checkov":
        for report in doc if isinstance(doc, list) else [doc]:
            if not isinstance(report, dict):
                continue
            for f in (report.get("results") or {}).get("failed_checks") or []:
                rule = alias_of.get(f.get("check_id"))
                if rule:
                    found.add((rule, f.get("resource", "")))
    else:
        for result in doc.get("Results") or []:
            for m in result.get("Misconfigurations") or []:
                if m.get("Status") != "FAIL":
                    continue
                ids = [m.get("AVDID"), m.get("ID"), "AVD-" + str(m.get("ID"))]
                rule = next((alias_of[i] for i in ids if i in alias_of), None)
                resource = (m.get("CauseMetadata") or {}).get("Resource", "")
                if rule:
                    found.add((rule, resource))
    return found


def agreement(a):
    score = load_score(a.score)
    alias_of = aliases(a.launcher, a.cache)
    peer_rules = {"checkov": {r for k, r in alias_of.items() if k.startswith("CKV")},
                  "trivy": {r for k, r in alias_of.items() if k.startswith("AVD-")}}
    tools = ("tfguard", "checkov", "trivy")
    # per rule: expected findings, passes; per tool: found, false positives
    want = defaultdict(lambda: [0, 0])
    got = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    cases = doubtful = 0
    failures = defaultdict(int)
    for root, dirs, files in os.walk(a.corpus):
        dirs.sort()
        if "expected.json" not in files:
            continue
        dirs[:] = []
        exp = json.load(open(os.path.join(root, "expected.json"), encoding="utf-8"))
        if exp.get("doubt"):
            doubtful += 1
            continue
        cases += 1
        plan = score.plan_input(root)
        target = plan or "."
        reported = {}
        for tool in tools:
            if tool == "tfguard":
                cmd = [a.launcher, "--format", "json", target]
            elif tool == "checkov":
                cmd = [a.checkov] + (["-f", plan, "--framework", "terraform_plan"] if plan else
                                     ["-d", ".", "--framework", "terraform"]) + \
                      ["-o", "json", "--quiet", "--compact", "--skip-download"]
            else:
                cmd = [a.trivy, "config"] + a.trivy_flags + ["--format", "json", target]
            proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True,
                                  env=dict(os.environ, TFGUARD_CACHE=a.cache))
            if tool == "tfguard":
                try:
                    found = {(f["rule"], f.get("resource", "")) for f in json.loads(proc.stdout)["findings"]}
                except (ValueError, KeyError):
                    found = None
            else:
                found = peer_findings(tool, proc.stdout, alias_of)
            if found is None:
                failures[tool] += 1
                found = set()
            reported[tool] = found
        for kind, entries in (("finding", exp.get("findings", [])), ("pass", exp.get("passes", []))):
            for e in entries:
                rule = e["rule"]
                want[rule][0 if kind == "finding" else 1] += 1
                for tool in tools:
                    hit = any(r == rule and score.same_resource(e["resource"], res) for r, res in reported[tool])
                    if kind == "finding" and hit:
                        got[tool][rule][0] += 1
                    elif kind == "pass" and hit:
                        got[tool][rule][1] += 1
    head = ("rule", "findings expected", "tfguard found", "Checkov found", "Trivy found", "must not flag",
            "tfguard flagged", "Checkov flagged", "Trivy flagged")
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    totals = [0] * 8
    for rule in sorted(want):
        f, p = want[rule]
        cells = [rule, str(f)]
        for tool in tools:
            has = tool == "tfguard" or rule in peer_rules[tool]
            cells.append("%d" % got[tool][rule][0] if has else "0 (no check)")
        cells.append(str(p))
        for tool in tools:
            cells.append("%d" % got[tool][rule][1])
        for i, tool in enumerate(tools):
            totals[1 + i] += got[tool][rule][0]
            totals[5 + i] += got[tool][rule][1]
        totals[0] += f
        totals[4] += p
        out.append("| " + " | ".join(cells) + " |")
    out.append("| **all** | " + " | ".join("**%d**" % t for t in totals) + " |")
    out.append("")
    out.append("%d cases (%d doubtful ones not counted, as score.py does)%s." % (
        cases, doubtful, "; runs whose output was not JSON: " + ", ".join(
            "%s %d" % kv for kv in failures.items()) if failures else ""))
    return out


def version(cmd):
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        return (r.stdout.strip() or r.stderr.strip()).splitlines()[0]
    except (OSError, subprocess.TimeoutExpired, IndexError):
        return "?"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", required=True)
    ap.add_argument("--launcher", required=True)
    ap.add_argument("--checkov", required=True)
    ap.add_argument("--trivy", required=True)
    ap.add_argument("--trivy-cache", required=True)
    ap.add_argument("--trivy-version", required=True)
    ap.add_argument("--module", required=True)
    ap.add_argument("--hcl-corpus", default="")
    ap.add_argument("--corpus", default="")
    ap.add_argument("--score", default="")
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--big-rounds", type=int, default=1)
    ap.add_argument("--only", default="speed,agreement")
    ap.add_argument("--inputs", default="")
    a = ap.parse_args()
    a.cache = os.path.join(a.work, "cache")
    a.trivy_flags = ["--skip-check-update", "--skip-version-check", "--disable-telemetry",
                     "--cache-dir", a.trivy_cache, "--quiet"]
    w = a.work
    only = set(a.only.split(","))
    began = time.time()
    load_before = load_average()
    realistic = os.path.join(w, "realistic", "main.tf")
    lines_of = sum(1 for _ in open(realistic))
    inputs = [("one file: bench/realistic.tf (%d lines)" % lines_of, "hcl", realistic, a.rounds),
              ("module example: %s" % os.path.relpath(a.module, os.path.dirname(os.path.dirname(a.launcher))),
               "hcl", a.module, a.rounds)]
    if a.hcl_corpus:
        inputs.append(("HCL corpus folder (%d files)" % count_files(a.hcl_corpus), "hcl", a.hcl_corpus,
                       a.big_rounds))
    inputs += [("gen_hcl --files 2000 (%d files)" % count_files(os.path.join(w, "hcl-2000")), "hcl",
                os.path.join(w, "hcl-2000"), a.big_rounds)]
    for size, n in (("1k", a.big_rounds), ("10k", a.big_rounds), ("100k", a.big_rounds)):
        plan = os.path.join(w, "plan-%s.json" % size)
        inputs.append(("plan %s resources (%.0f MB)" % (size, os.path.getsize(plan) / 1e6), "plan", plan, n))
    if a.inputs:
        keep = a.inputs.split(",")
        inputs = [i for i in inputs if any(k in i[0] for k in keep)]
    lines = []
    if "speed" in only:
        lines += speed(a, inputs)
    if "agreement" in only and a.corpus:
        if lines:
            lines.append("")
        lines.append("Findings agreement on %s (peers' results mapped through tfguard's aliases):" % a.corpus)
        lines.append("")
        lines += agreement(a)
    print()
    print("machine: %s, %d cores, %s; %s" % (platform.node(), os.cpu_count(), cpu_model(), mem_total()))
    print("tfguard: %s; Java: %s" % (version([a.launcher, "--version"]), version(["java", "-version"])))
    print("Checkov: %s; Trivy: %s (built by go install, which reports %s)" % (
        version([a.checkov, "--version"]), a.trivy_version, version([a.trivy, "--version"])))
    print("load average before: %s, after: %s; %s UTC, %.0f s; peer timeout %.0f s" % (
        load_before, load_average(), time.strftime("%Y-%m-%d %H:%M", time.gmtime(began)), time.time() - began,
        a.timeout))
    print()
    print("\n".join(lines))


def count_files(d):
    return sum(len(f) for _, _, f in os.walk(d))


if __name__ == "__main__":
    main()
