#!/usr/bin/env python3
"""Tool-call latency over Streamable HTTP beside stdio, measured in one sitting.

One `serve` over stdio and one `serve --http 0` run at once on the same SQLite workspace, which
holds one plan of 200 tasks. After 100 warm-up calls on each, the same calls go to both in turn
(stdio, HTTP, stdio, HTTP, …, so that the machine's noise falls on both alike): a task in full,
a page of 50 compact rows, the status counts, and a plan of one task. Each figure is the round trip
seen by this client (Python's standard library on both sides: a JSON line on a pipe, or a POST on a
kept-alive HTTP/1.1 connection). Prints p50 and p95 per tool and transport, and HTTP's p50 as a
ratio to stdio's. A program that prints figures, not a test.

Usage: benchmarks/transport-latency.py [CALLS]   (default 300 per tool and transport; the jar
       ./orchestrator builds: run ./orchestrator --version first)
"""
import importlib.util
import os
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC = importlib.util.spec_from_file_location("agents", os.path.join(ROOT, "benchmarks", "agents.py"))
agents = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(agents)


def main():
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    jar = os.path.join(ROOT, "orchestrator-cli", "target", "orchestrator.jar")
    java = ["java"] + agents.LAUNCHER_OPTIONS + ["-jar", jar]
    base = tempfile.mkdtemp(prefix="transport-latency-")
    workspace = os.path.join(base, "workspace")
    os.makedirs(workspace)
    url = "jdbc:sqlite:" + os.path.join(base, "orchestrator.db")
    stdio = agents.Server(java, workspace, url, os.path.join(base, "stdio.log"))
    process = agents.HttpProcess(java, workspace, url, os.path.join(base, "http.log"))
    http = agents.HttpSession(process)
    try:
        stdio.initialize("latency-stdio")
        http.initialize("latency-http")
        stdio.required("orchestrator_initialize_session", {})
        http.required("orchestrator_initialize_session", {})
        plan = stdio.required("orchestrator_plan_task", {"title": "Latency plan", "subtasks": [
            {"title": "Task %d" % i, "description": "A task of the latency plan."} for i in range(199)]})
        task = plan["task_id"]
        tools = {
            "task in full": ("orchestrator_query_tasks", {"parent_task_id": task, "limit": 1, "full": True}),
            "page of 50": ("orchestrator_query_tasks", {"limit": 50}),
            "status": ("orchestrator_get_status", {}),
            "plan of 1": ("orchestrator_plan_task", {"title": "One more"}),
        }
        for server in (stdio, http):
            for _ in range(100 // len(tools)):
                for name, arguments in tools.values():
                    server.required(name, arguments)
        times = {(label, transport): [] for label in tools for transport in ("stdio", "http")}
        for _ in range(calls):
            for label, (name, arguments) in tools.items():
                for transport, server in (("stdio", stdio), ("http", http)):
                    started = time.perf_counter()
                    server.required(name, arguments)
                    times[(label, transport)].append((time.perf_counter() - started) * 1000)
        print("%d calls per tool and transport, interleaved; one SQLite workspace" % calls)
        print("%-13s %12s %12s %12s %12s %8s" % ("tool", "stdio p50", "stdio p95", "http p50", "http p95",
                                                  "http/stdio"))
        for label in tools:
            s = sorted(times[(label, "stdio")])
            h = sorted(times[(label, "http")])
            p = lambda xs, q: xs[min(len(xs) - 1, int(q * len(xs)))]
            print("%-13s %9.2f ms %9.2f ms %9.2f ms %9.2f ms %7.2fx" % (
                label, statistics.median(s), p(s, 0.95), statistics.median(h), p(h, 0.95),
                statistics.median(h) / statistics.median(s)))
    finally:
        http.close()
        process.close()
        stdio.close()
        agents.kill_children()


if __name__ == "__main__":
    main()
