#!/usr/bin/env python3
"""Restart, health-check and maintenance figures of the MCP server, measured from a client.

Starts ./orchestrator serve on a fresh SQLite workspace, plants 10 plans of 1,000 tasks through
orchestrator_plan_task, then times orchestrator_restart_server (5 runs, with its phases),
orchestrator_health_check (50 calls after 10 warm-up calls) and each maintenance action once over
the whole project. A program that prints figures, not a test. Needs only Python 3's standard library.

Usage: benchmarks/lifecycle.py   (builds nothing: run ./orchestrator --version first if needed)
"""
import json
import os
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    workspace = tempfile.mkdtemp(prefix="lifecycle-bench")
    server = subprocess.Popen([os.path.join(ROOT, "orchestrator"), "serve", "--workspace", workspace],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    counter = [0]

    def call(method, params):
        counter[0] += 1
        line = json.dumps({"jsonrpc": "2.0", "id": counter[0], "method": method, "params": params})
        server.stdin.write((line + "\n").encode())
        server.stdin.flush()
        return json.loads(server.stdout.readline())

    def tool(name, arguments):
        reply = call("tools/call", {"name": name, "arguments": arguments})["result"]
        if reply.get("isError"):
            raise SystemExit(name + " failed: " + json.dumps(reply["structuredContent"]))
        return reply["structuredContent"]

    call("initialize", {"protocolVersion": "2025-06-18", "capabilities": {},
                        "clientInfo": {"name": "lifecycle-bench", "version": "1"}})
    server.stdin.write(b'{"jsonrpc":"2.0","method":"notifications/initialized"}\n')
    server.stdin.flush()
    subtasks = [{"key": "k%d" % i, "title": "Part %d" % i} for i in range(999)]
    for plan in range(10):
        tool("orchestrator_plan_task", {"title": "Plan %d" % plan, "subtasks": subtasks})

    phases, totals = {}, []
    for _ in range(5):
        report = tool("orchestrator_restart_server", {})
        totals.append(report["total_ms"])
        for phase in report["phases"]:
            phases.setdefault(phase["phase"], []).append(phase["duration_ms"])
    print("restart of a 10,000-task SQLite workspace, 5 runs: total median %d ms (min %d, max %d)"
          % (statistics.median(totals), min(totals), max(totals)))
    print("  " + ", ".join("%s %d ms" % (name, statistics.median(times)) for name, times in phases.items()))

    times = []
    for i in range(60):
        start = time.perf_counter()
        health = tool("orchestrator_health_check", {})
        if i >= 10:
            times.append((time.perf_counter() - start) * 1000)
    print("health_check round trip, median %.1f ms, max %.1f ms; healthy %s"
          % (statistics.median(times), max(times), health["healthy"]))

    for action in ("scan_cleanup", "validate_structure", "prepare_handover"):
        start = time.perf_counter()
        run = tool("orchestrator_maintenance_coordinator", {"action": action, "scope": "full_project"})
        print("%s over %d tasks: %.0f ms" % (action, run["examined"], (time.perf_counter() - start) * 1000))
    server.stdin.close()
    server.wait()


if __name__ == "__main__":
    main()
