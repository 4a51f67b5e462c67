#!/usr/bin/env python3
"""Peak resident memory of `orchestrator serve` (through the launcher) over many mixed calls.

Starts the server on a fresh workspace, makes CALLS calls over stdio (plans of 10, next-task with
claim, complete, query pages, status, a task resource), one at a time, and prints the peak RSS
(VmHWM), the RSS at the end and the median call time. Extra JVM options for a run are given with
JAVA_TOOL_OPTIONS, so that several settings can be compared on one machine in one sitting.
A program that prints figures, not a test. Needs only Python 3's standard library.

Usage: benchmarks/serve-memory.py [CALLS] [JVM_OPTIONS ...]   (each option set in quotes is one run;
       no options: one run with the launcher's own)
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


def status(pid, field):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def run(calls, options):
    env = dict(os.environ)
    if options:
        env["JAVA_TOOL_OPTIONS"] = options
    workspace = tempfile.mkdtemp()
    server = subprocess.Popen([LAUNCHER, "serve", "--workspace", workspace], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    # The launcher execs java: the process is the server itself.
    ids = [0]

    def call(method, params=None):
        ids[0] += 1
        message = {"jsonrpc": "2.0", "id": ids[0], "method": method}
        if params is not None:
            message["params"] = params
        server.stdin.write(json.dumps(message) + "\n")
        server.stdin.flush()
        while True:
            reply = json.loads(server.stdout.readline())
            if reply.get("id") == ids[0]:
                return reply

    def tool(name, arguments):
        return call("tools/call", {"name": name, "arguments": arguments})["result"]

    call("initialize", {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "mem", "version": "1"}})
    server.stdin.write(json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}) + "\n")
    times = []
    made = 0
    while made < calls:
        started = time.perf_counter()
        plan = tool("orchestrator_plan_task", {"title": "Plan %d" % made, "description": "Work. " * 50,
                                                "subtasks": [{"title": "Step %d" % i, "description": "Do it. " * 20}
                                                             for i in range(10)]})
        times.append(time.perf_counter() - started)
        made += 1
        for _ in range(5):
            started = time.perf_counter()
            claimed = tool("orchestrator_next_task", {"claim": True})
            times.append(time.perf_counter() - started)
            made += 1
            task = claimed["structuredContent"].get("task")
            if task:
                started = time.perf_counter()
                tool("orchestrator_complete_task", {"task_id": task["task_id"], "summary": "Done",
                                                    "detailed_work": "The work, in full. " * 100})
                times.append(time.perf_counter() - started)
                made += 1
        for name, arguments in (("orchestrator_query_tasks", {"limit": 50}), ("orchestrator_get_status", {})):
            started = time.perf_counter()
            tool(name, arguments)
            times.append(time.perf_counter() - started)
            made += 1
        call("resources/read", {"uri": "orchestrator://tasks/" + plan["structuredContent"]["task_id"]})
        made += 1
    peak, now = status(server.pid, "VmHWM"), status(server.pid, "VmRSS")
    server.stdin.close()
    server.wait()
    print("%-60s peak RSS %5.0f MiB, at the end %5.0f MiB, median call %.2f ms (%d calls)"
          % (options or "(the launcher's options)", peak, now, statistics.median(times) * 1000, made))


def main():
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 15000
    for options in (sys.argv[2:] or [""]):
        run(calls, options)


if __name__ == "__main__":
    main()
