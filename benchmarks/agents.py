#!/usr/bin/env python3
"""Claims and completions per second of 1, 2, 4 and 8 agent processes on one store, SQLite and PostgreSQL.

For each database and each agent count N, on a fresh database every time:
  1. A setup server (`java -jar JAR serve`) opens the session and stores one plan in a single
     orchestrator_plan_task call: a root with 19 phases of 20 leaves (1 + 19 + 380 = 400 tasks).
     In a phase every 4th leaf depends on the leaf before it; phase k, and every leaf of phase k,
     depends on phase k-2 (the server's readiness looks only at a task's own dependencies, not at
     its parent's, so the leaves carry the phase's dependency too): about two phases, 40 leaves,
     are workable at a time. The total is the created_count of the reply.
     auto_complete_parent is a flag of the whole plan, not of a task, so a phase cannot complete by
     itself while the root waits for an agent. Default: the flag is on, so the phases and, last, the
     root complete by themselves and the agents claim and complete the 380 leaves. With
     --no-auto-complete the flag is off and the agents also claim and complete each phase once its
     leaves are done and the root at the very end (400 claims and 400 completions).
  2. N servers `java -XX:TieredStopAtLevel=1 -jar JAR serve --workspace W --db URL` start (the
     launcher's compiler option; --launcher runs the launcher itself; stderr to a log file each),
     each is initialised (MCP initialize, notifications/initialized, orchestrator_initialize_session)
     and once all are ready one Python thread per server is let go at the same instant. Each agent,
     named agent-1..agent-N (the `agent` argument of the tools), loops: orchestrator_next_task with
     claim true in the plan's session; a task -> orchestrator_complete_task with a short summary and
     ~400 bytes of detailed_work (a retryable error is retried); nothing ready while tasks are open
     or in progress -> sleep 20 ms and ask again (a "poll"); nothing open -> stop.
  3. The figure: ops = successful claims + successful completions, over the wall time from the go
     signal until the last agent stopped. Every error reply is counted by its code (the `code` of
     the tool result's structuredContent, or jsonrpc_<code>), and the first messages are kept.
     Afterwards the database itself is checked: every task completed, each with exactly one
     completed or auto_completed event, the agents' completions equal to the completed events and
     their claims to the claimed events; a WARNING line says what did not hold. On PostgreSQL the
     ERROR lines the server logged during the measured window (e.g. deadlock detected) are counted.
     Per run also: polls, ops per agent, p50/p95/max round trip of the successful claims and completions.
PostgreSQL is a private PostgreSQL 15 server (Debian's /usr/lib/postgresql/15/bin, or --pg-bin) run
as the postgres user from a fresh data directory, listening only on 127.0.0.1 on a free port, trust
authentication, no Unix socket, every other setting left at its default: fsync, synchronous_commit
and full_page_writes stay on, durability is not traded for speed. One database per run, dropped
after it. The server is stopped at the end, also on failure or Ctrl-C. SQLite is a file in the run's
temporary directory, with the server's own settings.
Every JVM (8 agents + their pools on a small machine) competes for the same cores as the database:
the figures measure the whole system on this machine, cold JVMs included (no warm-up run).

A program that prints figures, not a test. Needs only Python 3's standard library, Java, and for
PostgreSQL root (to run the server as postgres). Builds nothing.

With --http K the agents are MCP sessions over Streamable HTTP, spread over K `serve --http`
processes instead of one stdio process each (agent i on server (i-1) mod K).

Usage: benchmarks/agents.py [--jar PATH | --launcher ./orchestrator] [--db sqlite|postgresql|both]
                            [--agents 1,2,4,8] [--http K] [--repeat K] [--warmup TASKS]
                            [--no-auto-complete] [--timeout 300] [--keep]
  e.g. benchmarks/agents.py --agents 1,8 --db both --repeat 3     (the jar ./orchestrator builds)
       benchmarks/agents.py --jar old/orchestrator.jar --agents 1,8 (an older build, to compare)
Progress goes to stderr, the per-run lines and the final Markdown table to stdout.
"""
import argparse
import collections
import http.client
import json
import os
import pwd
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PHASES, LEAVES = 19, 20
POLL_SLEEP = 0.02
DETAIL = ("Benchmark work item. " * 6 + "\n") + "".join(
    "- step %d: looked at the inputs, changed what was needed and checked the result.\n" % i for i in range(4))
# The JVM options ./orchestrator runs every server with (the quick compiler alone); --java-opt adds to them.
LAUNCHER_OPTIONS = ["-XX:TieredStopAtLevel=1"]
CHILDREN = []  # every subprocess.Popen this program started that may still run
CHILDREN_LOCK = threading.Lock()


def log(message):
    sys.stderr.write("[%s] %s\n" % (time.strftime("%H:%M:%S"), message))
    sys.stderr.flush()


def spawn(args, **kwargs):
    process = subprocess.Popen(args, start_new_session=True, **kwargs)
    with CHILDREN_LOCK:
        CHILDREN.append(process)
    return process


def kill_children():
    with CHILDREN_LOCK:
        processes = list(CHILDREN)
    for process in processes:
        if process.poll() is None:
            try:
                process.kill()
                process.wait(10)
            except (OSError, subprocess.TimeoutExpired):
                pass


class ServerGone(Exception):
    pass


class Server:
    """One `java -jar JAR serve` process, spoken to in JSON-RPC lines over its stdin and stdout."""

    def __init__(self, java_command, workspace, db_url, log_path):
        self.log_file = open(log_path, "wb")
        self.process = spawn(java_command + ["serve", "--workspace", workspace, "--db", db_url],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log_file)
        self.counter = 0

    def send(self, message):
        try:
            self.process.stdin.write((json.dumps(message) + "\n").encode())
            self.process.stdin.flush()
        except (BrokenPipeError, ValueError, OSError) as failure:
            raise ServerGone("stdin closed: %s" % failure)

    def call(self, method, params):
        self.counter += 1
        self.send({"jsonrpc": "2.0", "id": self.counter, "method": method, "params": params})
        while True:
            try:
                line = self.process.stdout.readline()
            except (ValueError, OSError) as failure:
                raise ServerGone(str(failure))
            if not line:
                raise ServerGone("the server closed its stdout (exit code %s)" % self.process.poll())
            message = json.loads(line)
            if message.get("id") == self.counter and "method" not in message:
                return message
            # a notification (logging, progress) or a request of the server: not this call's reply

    def initialize(self, client_name):
        reply = self.call("initialize", {"protocolVersion": "2025-06-18", "capabilities": {},
                                         "clientInfo": {"name": client_name, "version": "1"}})
        if "result" not in reply:
            raise SystemExit("initialize failed: " + json.dumps(reply))
        self.send({"jsonrpc": "2.0", "method": "notifications/initialized"})

    def tool(self, name, arguments):
        """(ok, structured content, error code, error message) of one tools/call."""
        reply = self.call("tools/call", {"name": name, "arguments": arguments})
        if "error" in reply:
            error = reply["error"]
            return False, {}, "jsonrpc_%s" % error.get("code"), error.get("message", "")
        result = reply.get("result", {})
        document = result.get("structuredContent") or {}
        if result.get("isError"):
            text = " ".join(c.get("text", "") for c in result.get("content", []) if isinstance(c, dict))
            return False, document, document.get("code", "unknown"), document.get("message", text)
        return True, document, None, None

    def required(self, name, arguments):
        ok, document, code, message = self.tool(name, arguments)
        if not ok:
            raise SystemExit("%s failed: %s %s" % (name, code, message))
        return document

    def close(self, timeout=20):
        """Ends the server as a client does: stdin closed, then the process waited for."""
        try:
            self.process.stdin.close()
        except (OSError, ValueError):
            pass
        finish(self.process, self.log_file, timeout)

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()


def finish(process, log_file, timeout):
    """Waits for a server told to stop, kills it if it does not within `timeout`, and closes its log."""
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)
    log_file.close()


class HttpProcess(Server):
    """One `java -jar JAR serve --http 0` process, several agents' MCP sessions on it (--http K)."""

    LISTENING = re.compile(r"at http://127\.0\.0\.1:(\d+)/mcp")

    def __init__(self, java_command, workspace, db_url, log_path):  # pylint: disable=super-init-not-called
        self.log_path = log_path
        self.log_file = open(log_path, "wb")
        self.process = spawn(java_command + ["serve", "--http", "0", "--workspace", workspace, "--db", db_url],
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self.log_file)
        deadline = time.monotonic() + 60
        self.port = None
        while self.port is None and time.monotonic() < deadline:
            with open(log_path, errors="replace") as f:
                found = self.LISTENING.search(f.read())
            if found:
                self.port = int(found.group(1))
            elif self.process.poll() is not None:
                raise SystemExit("an HTTP server exited at start; see %s" % log_path)
            else:
                time.sleep(0.1)
        if self.port is None:
            raise SystemExit("an HTTP server did not say where it listens; see %s" % log_path)

    def close(self, timeout=20):
        """Ends the server as a supervisor does: SIGTERM, then the process waited for."""
        if self.process.poll() is None:
            self.process.terminate()
        finish(self.process, self.log_file, timeout)


class HttpSession(Server):
    """An MCP session over Streamable HTTP: JSON-RPC POSTs on one kept-alive connection, with its session id."""

    def __init__(self, process):  # pylint: disable=super-init-not-called
        self.http_process = process
        self.connection = http.client.HTTPConnection("127.0.0.1", process.port, timeout=120)
        self.session = None
        self.counter = 0

    def post(self, message):
        headers = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}
        if self.session:
            headers["Mcp-Session-Id"] = self.session
        try:
            self.connection.request("POST", "/mcp", json.dumps(message), headers)
            response = self.connection.getresponse()
            body = response.read().decode()
        except (OSError, http.client.HTTPException) as failure:
            raise ServerGone("HTTP: %s" % failure)
        self.session = response.getheader("Mcp-Session-Id") or self.session
        if response.status >= 400:
            raise ServerGone("HTTP %d: %s" % (response.status, body[:200]))
        return response.getheader("Content-Type") or "", body

    def send(self, message):
        self.post(message)

    def call(self, method, params):
        self.counter += 1
        kind, body = self.post({"jsonrpc": "2.0", "id": self.counter, "method": method, "params": params})
        if "text/event-stream" in kind:
            for line in body.splitlines():
                if line.startswith("data:"):
                    message = json.loads(line[5:])
                    if message.get("id") == self.counter and "method" not in message:
                        return message
            raise ServerGone("no reply in the event stream")
        return json.loads(body)

    def close(self, timeout=20):
        self.connection.close()

    def kill(self):
        self.http_process.kill()


def plan_arguments(auto_complete):
    phases = []
    for k in range(PHASES):
        before = ["p%d" % (k - 2)] if k >= 2 else []
        leaves = []
        for j in range(LEAVES):
            dependencies = list(before)
            if j % 4 == 3:
                dependencies.append("p%d.l%d" % (k, j - 1))
            leaf = {"key": "p%d.l%d" % (k, j), "title": "Phase %d leaf %d" % (k, j),
                    "description": "Leaf %d of phase %d of the agents benchmark." % (j, k)}
            if dependencies:
                leaf["dependencies"] = dependencies
            leaves.append(leaf)
        phase = {"key": "p%d" % k, "title": "Phase %d" % k, "subtasks": leaves}
        if before:
            phase["dependencies"] = before
        phases.append(phase)
    return {"title": "Agents benchmark plan", "description": "19 phases of 20 leaves, phase k after phase k-2.",
            "subtasks": phases, "auto_complete_parent": auto_complete}


class Agent:
    def __init__(self, index, server):
        self.name = "agent-%d" % index
        self.server = server
        self.claims = 0
        self.completes = 0
        self.polls = 0
        self.latencies = {"claim": [], "complete": []}
        self.errors = collections.Counter()
        self.messages = []
        self.finished_at = None
        self.outcome = "running"
        self.last_op = time.monotonic()

    def error(self, tool, code, message):
        self.errors[code] += 1
        if len(self.messages) < 5:
            self.messages.append("%s %s: %s: %s" % (self.name, tool, code, message))

    def run(self, go, stop, session_id):
        go.wait()
        try:
            while not stop.is_set():
                asked = time.perf_counter()
                ok, document, code, message = self.server.tool(
                    "orchestrator_next_task", {"claim": True, "session_id": session_id, "agent": self.name})
                took = time.perf_counter() - asked
                if not ok:
                    self.error("next_task", code, message)
                    if not document.get("retryable", True):
                        time.sleep(POLL_SLEEP)
                    continue
                if document.get("found"):
                    self.claims += 1
                    self.latencies["claim"].append(took)
                    self.last_op = time.monotonic()
                    self.complete(document["task"]["task_id"], stop)
                elif document.get("open_tasks", 0) == 0 and document.get("in_progress", 0) == 0:
                    self.outcome = "done"
                    break
                else:
                    self.polls += 1
                    time.sleep(POLL_SLEEP)
            else:
                self.outcome = "stopped"
        except ServerGone as gone:
            self.outcome = "server gone"
            if not stop.is_set():
                self.error("transport", "server_gone", str(gone))
        except Exception as failure:  # a reply this program did not expect: report, do not hang
            self.outcome = "failed"
            self.error("client", "client_exception", repr(failure))
        finally:
            self.finished_at = time.perf_counter()

    def warm_up(self, tasks, folder):
        """Works a plan of its own, in a session of its own, before the measured part: a server that runs
        for hours has compiled its hot code; eight that start at once would otherwise spend the measured
        part compiling the same code on the same two cores."""
        os.makedirs(folder, exist_ok=True)
        session = self.server.required("orchestrator_initialize_session", {
            "working_directory": folder, "name": "warm-up of " + self.name})["session"]["session_id"]
        self.server.required("orchestrator_plan_task", {
            "title": "Warm-up of " + self.name, "session_id": session, "auto_complete_parent": True,
            "subtasks": [{"title": "Warm-up task %d" % i} for i in range(tasks)]})
        while True:
            document = self.server.required("orchestrator_next_task", {
                "claim": True, "session_id": session, "agent": self.name})
            if not document.get("found"):
                return
            self.server.required("orchestrator_complete_task", {
                "task_id": document["task"]["task_id"], "summary": "Warm-up.", "detailed_work": DETAIL,
                "agent": self.name})

    def complete(self, task_id, stop):
        for attempt in range(50):
            asked = time.perf_counter()
            ok, document, code, message = self.server.tool("orchestrator_complete_task", {
                "task_id": task_id, "summary": "Done by %s." % self.name, "detailed_work": DETAIL,
                "agent": self.name})
            if ok:
                self.completes += 1
                self.latencies["complete"].append(time.perf_counter() - asked)
                self.last_op = time.monotonic()
                return
            self.error("complete_task", code, message)
            if not document.get("retryable", False) or stop.is_set():
                return
            time.sleep(POLL_SLEEP * min(attempt + 1, 10))


class Postgres:
    """A private PostgreSQL server run as the postgres user; stop() is safe to call more than once."""

    def __init__(self, bin_dir, base):
        self.bin_dir = bin_dir
        self.dir = os.path.join(base, "postgresql")
        self.data = os.path.join(self.dir, "data")
        self.log_path = os.path.join(self.dir, "server.log")
        self.running = False
        account = pwd.getpwnam("postgres")
        os.mkdir(self.dir)
        os.chown(self.dir, account.pw_uid, account.pw_gid)
        self.port = free_port()

    def as_postgres(self, program, *args, timeout=120):
        command = ["runuser", "-u", "postgres", "--", os.path.join(self.bin_dir, program)] + list(args)
        return run(command, timeout, cwd=self.dir)

    def start(self):
        log("PostgreSQL: initdb in %s" % self.data)
        self.as_postgres("initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
                         "--locale=C", "--no-instructions")
        with open(os.path.join(self.data, "postgresql.conf"), "a") as conf:
            conf.write("\n# agents benchmark: loopback only, no Unix socket; everything else the default\n"
                       "listen_addresses = '127.0.0.1'\nport = %d\nunix_socket_directories = ''\n" % self.port)
        self.running = True  # from here on, stop() must run even if the start fails half-way
        self.as_postgres("pg_ctl", "-D", self.data, "-l", self.log_path, "-w", "-t", "60", "start")
        version = self.psql("postgres", "SHOW server_version").strip()
        fsync = self.psql("postgres", "SHOW fsync").strip()
        log("PostgreSQL %s on 127.0.0.1:%d (fsync %s)" % (version, self.port, fsync))

    def errors_since(self, offset):
        """The ERROR lines the server logged after offset, counted by message."""
        with open(self.log_path, "rb") as server_log:
            server_log.seek(offset)
            lines = server_log.read().decode(errors="replace").splitlines()
        return collections.Counter(re.sub(r" at character \d+$", "", line.split("ERROR:", 1)[1].strip())
                                   for line in lines if "ERROR:" in line)

    def client(self, program, *args, timeout=120):
        return run([os.path.join(self.bin_dir, program), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres"]
                   + list(args), timeout)

    def psql(self, database, sql):
        return self.client("psql", "-X", "-q", "-At", "-F", "|", "-v", "ON_ERROR_STOP=1", "-d", database, "-c", sql)

    def create(self, name):
        self.client("createdb", name)
        return "jdbc:postgresql://127.0.0.1:%d/%s?user=postgres" % (self.port, name)

    def drop(self, name):
        try:
            self.client("dropdb", "--force", "--if-exists", name)
        except RuntimeError as failure:
            log("dropdb %s failed: %s" % (name, failure))

    def stop(self):
        if not self.running:
            return
        for mode in ("fast", "immediate"):
            try:
                self.as_postgres("pg_ctl", "-D", self.data, "-m", mode, "-w", "-t", "60", "stop", timeout=90)
                self.running = False
                log("PostgreSQL stopped")
                return
            except (RuntimeError, subprocess.TimeoutExpired) as failure:
                log("pg_ctl stop -m %s failed: %s" % (mode, failure))
        try:  # last resort: the postmaster of this data directory, and only it
            with open(os.path.join(self.data, "postmaster.pid")) as pid_file:
                os.kill(int(pid_file.readline()), signal.SIGKILL)
            log("PostgreSQL postmaster killed")
        except (OSError, ValueError) as failure:
            log("could not kill the postmaster: %s" % failure)
        self.running = False


def run(command, timeout=120, cwd=None):
    process = spawn(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=cwd)
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise
    if process.returncode != 0:
        raise RuntimeError("%s exited with %d: %s" % (" ".join(command[:6]), process.returncode,
                                                       output.decode(errors="replace").strip()[-2000:]))
    return output.decode(errors="replace")


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


VERIFY_SQL = ("SELECT t.id, t.status,"
              " SUM(CASE WHEN e.type = 'completed' THEN 1 ELSE 0 END),"
              " SUM(CASE WHEN e.type = 'auto_completed' THEN 1 ELSE 0 END),"
              " SUM(CASE WHEN e.type = 'claimed' THEN 1 ELSE 0 END)"
              " FROM tasks t LEFT JOIN task_events e ON e.task_id = t.id WHERE t.session_id = '%s'"
              " GROUP BY t.id, t.status")


def verify(rows, total, claims, completes):
    """What does not hold of the finished run, read from the database's tasks and their history."""
    problems = []
    rows = [(r[0], r[1], int(r[2] or 0), int(r[3] or 0), int(r[4] or 0)) for r in rows]
    if len(rows) != total:
        problems.append("%d tasks in the database, %d planned" % (len(rows), total))
    statuses = collections.Counter(r[1] for r in rows)
    if set(statuses) != {"completed"}:
        problems.append("statuses %s" % dict(statuses))
    finished = collections.Counter(r[2] + r[3] for r in rows)
    if set(finished) != {1}:
        problems.append("tasks by number of completion events: %s" % dict(sorted(finished.items())))
    completed_events = sum(r[2] for r in rows)
    auto_events = sum(r[3] for r in rows)
    claimed_events = sum(r[4] for r in rows)
    if completed_events != completes:
        problems.append("%d completed events, %d completions reported by the agents" % (completed_events, completes))
    if claimed_events != claims:
        problems.append("%d claimed events, %d claims reported by the agents" % (claimed_events, claims))
    twice = sum(1 for r in rows if r[4] > 1)
    if twice:
        problems.append("%d tasks claimed more than once" % twice)
    return problems, "%d completed by agents + %d auto-completed" % (completed_events, auto_events)


def sqlite_rows(path, session_id):
    import sqlite3
    connection = sqlite3.connect("file:%s?mode=ro" % path, uri=True, timeout=30)
    try:
        return connection.execute(VERIFY_SQL % session_id).fetchall()
    finally:
        connection.close()


def one_run(options, java_command, database, agents, repeat, base, postgres):
    label = "%s-%d-agents-%d" % (database, agents, repeat)
    run_dir = os.path.join(base, label)
    workspace = os.path.join(run_dir, "workspace")
    os.makedirs(workspace)
    pg_name = None
    if database == "sqlite":
        db_path = os.path.join(run_dir, "orchestrator.db")
        db_url = "jdbc:sqlite:" + db_path
    else:
        pg_name = "bench_%d_agents_%d" % (agents, repeat)
        db_url = postgres.create(pg_name)
    servers = []
    try:
        if options.http:
            log("%s: starting %d HTTP server(s)" % (label, options.http))
            processes = [HttpProcess(java_command, workspace, db_url, os.path.join(run_dir, "http-%d.log" % k))
                         for k in range(1, options.http + 1)]
            servers.extend(processes)
        log("%s: planning (setup server)" % label)
        setup = HttpSession(processes[0]) if options.http else Server(java_command, workspace, db_url,
                                                                        os.path.join(run_dir, "setup.log"))
        servers.append(setup)
        setup.initialize("agents-bench-setup")
        session_id = setup.required("orchestrator_initialize_session", {"name": "agents-bench"})["session"]["session_id"]
        planned = setup.required("orchestrator_plan_task", plan_arguments(options.auto_complete))
        total = planned["created_count"]
        setup.close()
        servers.remove(setup)

        log("%s: %d tasks planned; starting %d agent(s)" % (label, total, agents))
        crew = []
        for i in range(1, agents + 1):
            if options.http:
                server = HttpSession(processes[(i - 1) % options.http])
            else:
                server = Server(java_command, workspace, db_url, os.path.join(run_dir, "agent-%d.log" % i))
                servers.append(server)
            crew.append(Agent(i, server))
        ready_errors = []

        def get_ready(agent):
            try:
                agent.server.initialize(agent.name)
                agent.server.required("orchestrator_initialize_session", {"name": "agents-bench"})
                if options.warmup:
                    agent.warm_up(options.warmup, os.path.join(run_dir, "warmup-" + agent.name))
            except (ServerGone, SystemExit) as failure:
                ready_errors.append("%s: %s" % (agent.name, failure))

        started = time.perf_counter()
        openers = [threading.Thread(target=get_ready, args=(a,), daemon=True) for a in crew]
        for opener in openers:
            opener.start()
        for opener in openers:
            opener.join(max(1, options.timeout - (time.perf_counter() - started)))
        if ready_errors or any(o.is_alive() for o in openers):
            raise SystemExit("%s: servers not ready: %s" % (label, ready_errors or "timed out"))
        log("%s: %d server(s) ready in %.1f s; go" % (label, agents, time.perf_counter() - started))

        go, stop = threading.Event(), threading.Event()
        threads = [threading.Thread(target=a.run, args=(go, stop, session_id), daemon=True) for a in crew]
        for thread in threads:
            thread.start()
        time.sleep(0.2)  # every thread waits on the event
        for agent in crew:
            agent.last_op = time.monotonic()
        log_offset = os.path.getsize(postgres.log_path) if postgres else 0
        start = time.perf_counter()
        go.set()
        stopped_why = None
        last_report = time.monotonic()
        while any(t.is_alive() for t in threads):
            next(t for t in threads if t.is_alive()).join(0.25)
            now = time.monotonic()
            if stopped_why is None:
                if time.perf_counter() - start > options.timeout:
                    stopped_why = "timed out after %d s" % options.timeout
                elif now - max(a.last_op for a in crew) > options.stall:
                    stopped_why = "no claim or completion for %d s" % options.stall
                if stopped_why:
                    log("%s: %s: stopping the agents" % (label, stopped_why))
                    stop.set()
                    for agent in crew:  # unblocks a thread stuck in readline
                        agent.server.kill()
            if now - last_report >= 10:
                last_report = now
                log("%s: %.0f s, %d claims, %d completions, %d polls" % (
                    label, time.perf_counter() - start, sum(a.claims for a in crew),
                    sum(a.completes for a in crew), sum(a.polls for a in crew)))
        seconds = max(a.finished_at for a in crew) - start
        for agent in crew:
            if options.http:
                agent.server.close()
        for server in servers:
            server.close()
        servers = []

        claims = sum(a.claims for a in crew)
        completes = sum(a.completes for a in crew)
        errors = collections.Counter()
        messages = []
        for agent in crew:
            errors.update(agent.errors)
            messages.extend(agent.messages)
        ops = claims + completes
        if database == "sqlite":
            rows = sqlite_rows(db_path, session_id)
        else:
            rows = [line.split("|") for line in postgres.psql(pg_name, VERIFY_SQL % session_id).splitlines() if line]
        problems, split = verify(rows, total, claims, completes)
        server_errors = postgres.errors_since(log_offset) if postgres else collections.Counter()
        if stopped_why:
            problems.insert(0, stopped_why)
        problems.extend("%s ended: %s" % (a.name, a.outcome) for a in crew if a.outcome != "done")
        result = {"database": database, "agents": agents, "tasks": total, "ops": ops, "seconds": seconds,
                  "rate": ops / seconds if seconds > 0 else 0.0, "errors": errors, "messages": messages,
                  "polls": sum(a.polls for a in crew), "claims": claims, "completes": completes,
                  "split": split, "problems": problems, "server_errors": server_errors,
                  "per_agent": [a.claims + a.completes for a in crew]}
        print("%-10s agents=%d tasks=%d ops=%d (claims %d, completes %d) seconds=%.2f ops/s=%.1f polls=%d errors: %s"
              % (database, agents, total, ops, claims, completes, seconds, result["rate"], result["polls"],
                 format_errors(errors)), flush=True)
        print("           verified: %s; ops per agent %s; %s; load average %.1f" % (
            split, result["per_agent"], latency_line(crew), os.getloadavg()[0]), flush=True)
        if server_errors:
            print("           PostgreSQL log during the run: %s" % "; ".join(
                "%d x %s" % (count, text) for text, count in server_errors.most_common(5)), flush=True)
        for message in messages[:5]:
            print("           error: %s" % message[:300], flush=True)
        for problem in problems:
            print("           WARNING: %s" % problem, flush=True)
        return result
    finally:
        for server in servers:
            server.kill()
            server.close(5)
        if pg_name and not options.keep:
            postgres.drop(pg_name)


def latency_line(crew):
    parts = []
    for kind in ("claim", "complete"):
        times = sorted(t for a in crew for t in a.latencies[kind])
        if times:
            parts.append("%s ms p50 %.1f p95 %.1f max %.1f" % (kind, 1000 * times[len(times) // 2],
                                                              1000 * times[int(len(times) * 0.95)], 1000 * times[-1]))
    return ", ".join(parts)


def format_errors(errors):
    return ", ".join("%s %d" % (code, count) for code, count in sorted(errors.items())) or "none"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", default=os.path.join(ROOT, "orchestrator-cli", "target", "orchestrator.jar"))
    parser.add_argument("--launcher", metavar="PATH", help="start the servers as users do, `PATH serve ...` (e.g."
                        " ./orchestrator: its class-data archive and JVM options), instead of java -jar JAR")
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--agents", default="1,2,4,8", help="comma-separated agent counts (default 1,2,4,8)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per configuration; the table shows the median")
    parser.add_argument("--warmup", type=int, default=0, metavar="TASKS",
                        help="before the measured part, each agent claims and completes a plan of TASKS tasks of its"
                             " own in a session of its own (default 0: cold servers, as a team's first minute)")
    parser.add_argument("--http", type=int, default=0, metavar="K",
                        help="K servers over Streamable HTTP (serve --http), the agents spread over them, each in an"
                             " MCP session of its own (default 0: one stdio server process per agent)")
    parser.add_argument("--no-auto-complete", dest="auto_complete", action="store_false",
                        help="plan without auto_complete_parent: agents also complete the phases and the root")
    parser.add_argument("--timeout", type=int, default=300, help="seconds a run (and the start of its servers) may take")
    parser.add_argument("--stall", type=int, default=90, help="stop a run after this many seconds without progress")
    parser.add_argument("--java", default="java")
    parser.add_argument("--java-opt", action="append", default=[], help="a JVM option, e.g. -Xmx512m (repeatable)")
    parser.add_argument("--pg-bin", default="/usr/lib/postgresql/15/bin")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (logs, databases)")
    options = parser.parse_args()
    counts = [int(n) for n in options.agents.split(",") if n.strip()]
    databases = ["sqlite", "postgresql"] if options.db == "both" else [options.db]
    jar = os.path.abspath(options.jar)
    if not os.path.isfile(jar):
        raise SystemExit("no jar at %s (build it, or pass --jar)" % jar)
    java_command = [options.java] + LAUNCHER_OPTIONS + options.java_opt + ["-jar", jar]
    if options.launcher:
        java_command = [os.path.abspath(options.launcher)]

    def terminate(signum, frame):
        raise KeyboardInterrupt("signal %d" % signum)
    signal.signal(signal.SIGTERM, terminate)

    base = tempfile.mkdtemp(prefix="agents-bench-")
    os.chmod(base, 0o755)  # the postgres user must reach its data directory inside
    log("jar %s, temporary directory %s" % (jar, base))
    results = collections.OrderedDict()
    postgres = None
    try:
        for database in databases:
            if database == "postgresql":
                postgres = Postgres(options.pg_bin, base)
                postgres.start()
            for agents in counts:
                for repeat in range(1, options.repeat + 1):
                    result = one_run(options, java_command, database, agents, repeat, base, postgres)
                    results.setdefault((database, agents), []).append(result)
            if postgres:
                postgres.stop()
                postgres = None
    except KeyboardInterrupt:
        log("interrupted")
    finally:
        if postgres:
            postgres.stop()
        kill_children()
        if options.keep:
            log("kept %s" % base)
        else:
            shutil.rmtree(base, ignore_errors=True)
    print_table(results, options)


def print_table(results, options):
    if not results:
        return
    print()
    print("400-task plan (%s), ops = claims + completions per second of wall time, %s run(s) per row:"
          % ("phases and root auto-complete" if options.auto_complete else "no auto-completion", options.repeat))
    print()
    print("| database | agents | ops/s (median) | ratio to 1 agent | errors |")
    print("|---|---|---|---|---|")
    for (database, agents), runs in results.items():
        median = statistics.median(r["rate"] for r in runs)
        one = results.get((database, 1))
        ratio = "%.2f" % (median / statistics.median(r["rate"] for r in one)) if one else "-"
        errors = collections.Counter()
        for r in runs:
            errors.update(r["errors"])
        warned = sum(1 for r in runs if r["problems"])
        note = format_errors(errors) + ("; %d run(s) with warnings" % warned if warned else "")
        logged = collections.Counter()
        for r in runs:
            logged.update(r["server_errors"])
        if logged:
            note += "; PostgreSQL log: " + ", ".join("%d %s" % (n, text) for text, n in logged.most_common(3))
        print("| %s | %d | %.1f | %s | %s |" % (database, agents, median, ratio, note))


if __name__ == "__main__":
    main()
