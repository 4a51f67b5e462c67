#!/usr/bin/env python3
"""Server CPU per call: one `serve` process, the CPU its threads spend on claims and completions.

Starts `java [JVM options] -jar JAR serve` on a fresh SQLite workspace, works a plan of 200 tasks
(10 phases of 20 leaves, self-completing parents) through orchestrator_next_task (claim) and
orchestrator_complete_task as a warm-up, then a second one measured: the server's CPU time (user
and system, from /proc, Linux only) over the measured calls, per call, and by thread group
(the tool-call threads, the JIT compiler threads, GC...). CPU time, unlike wall time, barely moves
with what else the machine does. A program that prints figures, not a test; standard library only.

Usage: benchmarks/server-cpu.py [--jar PATH] [JVM option ...]
  e.g. benchmarks/server-cpu.py -XX:TieredStopAtLevel=1     (as the launcher runs the server)
       benchmarks/server-cpu.py                             (both compilers)
"""
import collections
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    args = sys.argv[1:]
    jar = os.path.join(ROOT, "orchestrator-cli", "target", "orchestrator.jar")
    if args[:1] == ["--jar"]:
        jar, args = args[1], args[2:]
    workspace = tempfile.mkdtemp(prefix="server-cpu-")
    server = subprocess.Popen(["java"] + args + ["-jar", jar, "serve", "--workspace", workspace],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    counter = [0]

    def send(message):
        server.stdin.write((json.dumps(message) + "\n").encode())
        server.stdin.flush()

    def call(tool, arguments):
        counter[0] += 1
        send({"jsonrpc": "2.0", "id": counter[0], "method": "tools/call",
              "params": {"name": tool, "arguments": arguments}})
        reply = json.loads(server.stdout.readline())["result"]
        if reply.get("isError"):
            raise SystemExit("%s failed: %s" % (tool, reply))
        return reply.get("structuredContent", {})

    send({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "server-cpu", "version": "1"}}})
    server.stdout.readline()
    send({"jsonrpc": "2.0", "method": "notifications/initialized"})
    session = call("orchestrator_initialize_session", {})["session"]["session_id"]

    def plan(name):
        call("orchestrator_plan_task", {"title": name, "session_id": session, "auto_complete_parent": True,
                                        "subtasks": [{"title": "Phase %d" % k, "subtasks": [
                                            {"title": "Leaf %d" % j} for j in range(20)]} for k in range(10)]})

    def drain():
        done = 0
        while True:
            found = call("orchestrator_next_task", {"claim": True, "session_id": session, "agent": "agent"})
            if not found.get("found"):
                return done
            call("orchestrator_complete_task", {"task_id": found["task"]["task_id"], "summary": "Done.",
                                                "detailed_work": "x" * 400, "agent": "agent"})
            done += 1

    plan("Warm-up")
    drain()
    plan("Measured")
    before = thread_times(server.pid)
    started = time.perf_counter()
    tasks = drain()
    seconds = time.perf_counter() - started
    after = thread_times(server.pid)
    server.stdin.close()
    server.wait()

    groups = collections.Counter()
    for key, value in after.items():
        groups[re.sub(r"[0-9]+", "#", key[1])] += value - before.get(key, 0.0)
    calls = 2 * tasks
    print("%d calls (%d claims, %d completions) in %.1f s; server CPU %.2f ms per call" % (
        calls, tasks, tasks, seconds, 1000 * sum(groups.values()) / calls))
    for name, cpu in groups.most_common(6):
        print("  %-18s %6.2f s" % (name, cpu))


def thread_times(pid):
    """CPU seconds (user + system) of each thread of a process, by (task id, name)."""
    tick = os.sysconf("SC_CLK_TCK")
    times = {}
    for path in glob.glob("/proc/%d/task/*/stat" % pid):
        try:
            text = open(path).read()
        except OSError:
            continue
        name = text[text.index("(") + 1:text.rindex(")")]
        fields = text[text.rindex(")") + 2:].split()
        times[(path, name)] = (int(fields[11]) + int(fields[12])) / tick
    return times


if __name__ == "__main__":
    main()
