#!/usr/bin/env python3
"""How long a command of ./orchestrator takes, beside `orchestrator --version` in the same sitting.

Plans 3 plans of 20 tasks in a fresh SQLite workspace, then runs each command RUNS times
(interleaved, so that the machine's noise falls on all alike) and prints the median wall time of
each and its ratio to --version, which pays the JVM and the command line's start and nothing else.
A program that prints figures, not a test. Needs only Python 3's standard library.

Usage: benchmarks/cli-startup.py [RUNS]   (run ./orchestrator --version once first: it builds)
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAUNCHER = os.path.join(ROOT, "orchestrator")


def run(args, capture=False):
    started = time.perf_counter()
    done = subprocess.run([LAUNCHER] + args, stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, text=True)
    if done.returncode != 0:
        raise SystemExit("failed: orchestrator " + " ".join(args))
    return time.perf_counter() - started, done.stdout


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    workspace = tempfile.mkdtemp(prefix="cli-bench")
    # The person's shared templates in a folder of the benchmark's own: nothing written to the real one.
    os.environ["ORCHESTRATOR_TEMPLATES_HOME"] = tempfile.mkdtemp(prefix="cli-bench-templates")
    for plan in range(3):
        run(["plan", "Plan %d" % plan] + [a for i in range(19) for a in ("--subtask", "Step %d" % i)]
            + ["--workspace", workspace])
    first = json.loads(run(["task", "list", "--limit", "1", "--json", "--workspace", workspace], True)[1])
    task = first["tasks"][0]["task_id"]
    commands = {
        "--version": ["--version"],
        "task list": ["task", "list", "--workspace", workspace],
        "task list --json": ["task", "list", "--json", "--workspace", workspace],
        "task show ID": ["task", "show", task, "--workspace", workspace],
        "status": ["status", "--workspace", workspace],
        "template list": ["template", "list", "--workspace", workspace],
        "template info ID": ["template", "info", "bug_fix", "--workspace", workspace],
        "template instantiate --dry-run": ["template", "instantiate", "bug_fix", "--dry-run", "--param",
                                           "bug_summary=Export drops rows", "--param", "issue_ref=BILL-1",
                                           "--param", "affected_version=1.2.3", "--workspace", workspace],
    }
    times = {name: [] for name in commands}
    for _ in range(runs):
        for name, args in commands.items():
            times[name].append(run(args)[0])
    reference = statistics.median(times["--version"])
    print("median of %d runs each, interleaved; workspace of %d tasks" % (runs, 60))
    for name, samples in times.items():
        median = statistics.median(samples)
        print("%-31s %6.3f s   %.2fx --version" % (name, median, median / reference))


if __name__ == "__main__":
    main()
