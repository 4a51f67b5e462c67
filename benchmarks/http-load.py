#!/usr/bin/env python3
"""Load over Streamable HTTP: 32 clients mixing reads, plans, claims and completions for 60 s.

Against one `serve --http 0` on a SQLite file, and against three on one PostgreSQL (a private
PostgreSQL 15 server, as benchmarks/agents.py runs it; needs root). Each client is an MCP session
of its own, the sessions spread over the servers; each loops: 40% reads (the status counts or a
page of 50 tasks), 20% a plan of a root and three subtasks, 40% a claim of the next ready task and
its completion. Every error reply is counted. After the run the database is read: every task a
client was told was planned exists, and every completion it was told of is a completed task (no
acknowledged write lost). The servers' resident memory is sampled every 5 s. Prints p50 and p99
per tool, the operations, the errors and the memory at the start, the end and its peak.
A program that prints figures, not a test.

Usage: benchmarks/http-load.py [--db sqlite|postgresql|both] [--clients 32] [--seconds 60]
"""
import argparse
import collections
import importlib.util
import os
import random
import shutil
import statistics
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC = importlib.util.spec_from_file_location("agents", os.path.join(ROOT, "benchmarks", "agents.py"))
agents = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(agents)

ROWS_SQL = "SELECT id, status FROM tasks"


class Client:
    def __init__(self, index, session, session_id):
        self.name = "load-%d" % index
        self.session = session
        self.session_id = session_id
        self.random = random.Random(index)
        self.times = collections.defaultdict(list)
        self.errors = collections.Counter()
        self.planned = []
        self.completed = []

    def timed(self, label, tool, arguments):
        started = time.perf_counter()
        ok, document, code, message = self.session.tool(tool, arguments)
        self.times[label].append((time.perf_counter() - started) * 1000)
        if not ok:
            self.errors["%s: %s" % (label, code)] += 1
        return ok, document

    def run(self, until):
        try:
            while time.monotonic() < until:
                roll = self.random.random()
                if roll < 0.2:
                    self.timed("status", "orchestrator_get_status", {"session_id": self.session_id})
                elif roll < 0.4:
                    self.timed("page of 50", "orchestrator_query_tasks", {"limit": 50})
                elif roll < 0.6:
                    ok, document = self.timed("plan of 4", "orchestrator_plan_task", {
                        "title": "Load plan of " + self.name, "session_id": self.session_id,
                        "subtasks": [{"title": "Part %d" % i} for i in range(3)]})
                    if ok:
                        self.planned.extend(document["keys"].values())
                        self.planned.append(document["task_id"])
                else:
                    ok, document = self.timed("claim", "orchestrator_next_task", {
                        "claim": True, "session_id": self.session_id})
                    if ok and document.get("found"):
                        task = document["task"]["task_id"]
                        done, _ = self.timed("complete", "orchestrator_complete_task", {
                            "task_id": task, "summary": "Done under load.", "detailed_work": agents.DETAIL})
                        if done:
                            self.completed.append(task)
        except agents.ServerGone as gone:
            self.errors["transport: %s" % gone] += 1


def rss_kib(pid):
    try:
        with open("/proc/%d/status" % pid) as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return 0
    return 0


def one_run(options, database, base, postgres):
    run_dir = os.path.join(base, database)
    workspace = os.path.join(run_dir, "workspace")
    os.makedirs(workspace)
    java = ["java"] + agents.LAUNCHER_OPTIONS + ["-jar", options.jar]
    if database == "sqlite":
        db_path = os.path.join(run_dir, "orchestrator.db")
        url, count = "jdbc:sqlite:" + db_path, 1
    else:
        url, count = postgres.create("load"), 3
    processes = [agents.HttpProcess(java, workspace, url, os.path.join(run_dir, "http-%d.log" % k))
                 for k in range(count)]
    try:
        setup = agents.HttpSession(processes[0])
        setup.initialize("load-setup")
        session_id = setup.required("orchestrator_initialize_session", {"name": "load"})["session"]["session_id"]
        setup.close()
        clients = []
        for i in range(options.clients):
            session = agents.HttpSession(processes[i % count])
            session.initialize("load-%d" % i)
            clients.append(Client(i, session, session_id))
        memory = [[rss_kib(p.process.pid) for p in processes]]
        until = time.monotonic() + options.seconds
        threads = [threading.Thread(target=c.run, args=(until,), daemon=True) for c in clients]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        while any(t.is_alive() for t in threads):
            time.sleep(5)
            memory.append([rss_kib(p.process.pid) for p in processes])
        seconds = time.perf_counter() - started
        for client in clients:
            client.session.close()
        if database == "sqlite":
            import sqlite3
            connection = sqlite3.connect("file:%s?mode=ro" % db_path, uri=True, timeout=30)
            rows = dict(connection.execute(ROWS_SQL).fetchall())
            connection.close()
        else:
            rows = dict(line.split("|") for line in postgres.psql("load", ROWS_SQL).splitlines() if line)
        planned = [task for c in clients for task in c.planned]
        completed = [task for c in clients for task in c.completed]
        lost = [t for t in planned if t not in rows] + [t for t in completed if rows.get(t) != "completed"]
        errors = collections.Counter()
        times = collections.defaultdict(list)
        for client in clients:
            errors.update(client.errors)
            for label, samples in client.times.items():
                times[label].extend(samples)
        operations = sum(len(samples) for samples in times.values())
        print("%s, %d server(s), %d clients, %.0f s: %d calls (%.0f/s), %d tasks planned, %d completed; errors: %s;"
              " acknowledged writes lost: %d" % (database, count, options.clients, seconds, operations,
                                                 operations / seconds, len(planned), len(completed),
                                                 dict(errors) or "none", len(lost)))
        for label in ("status", "page of 50", "plan of 4", "claim", "complete"):
            samples = sorted(times[label])
            if samples:
                print("  %-11s %6d calls  p50 %7.1f ms  p99 %7.1f ms" % (
                    label, len(samples), statistics.median(samples), samples[min(len(samples) - 1,
                                                                                 int(0.99 * len(samples)))]))
        totals = [sum(sample) / 1024 for sample in memory]
        print("  resident memory of the server(s): %.0f MiB at the start, %.0f at the end, %.0f at the peak;"
              " every 5 s: %s" % (totals[0], totals[-1], max(totals), " ".join("%.0f" % t for t in totals)))
    finally:
        for process in processes:
            process.close()
        if postgres:
            postgres.drop("load")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", default=os.path.join(ROOT, "orchestrator-cli", "target", "orchestrator.jar"))
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--pg-bin", default="/usr/lib/postgresql/15/bin")
    options = parser.parse_args()
    base = tempfile.mkdtemp(prefix="http-load-")
    os.chmod(base, 0o755)
    try:
        for database in (["sqlite", "postgresql"] if options.db == "both" else [options.db]):
            postgres = None
            if database == "postgresql":
                postgres = agents.Postgres(options.pg_bin, base)
                postgres.start()
            try:
                one_run(options, database, base, postgres)
            finally:
                if postgres:
                    postgres.stop()
    finally:
        agents.kill_children()
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
