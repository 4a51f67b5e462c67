#!/usr/bin/env python3
"""How long `orchestrator serve` takes to answer, beside `java -version` in the same sitting.

Runs RUNS times, interleaved so that the machine's noise falls on all alike: `java -version`, the
launcher's `--version`, and a server spawned on a fresh workspace until it answers `initialize`
and then its first `tools/call`. Prints the medians and their ratios to `java -version`, the floor
of any JVM program. A program that prints figures, not a test. Needs only Python 3's standard library.

Usage: benchmarks/serve-startup.py [RUNS]   (run ./orchestrator --version once first: it builds)
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


def timed(command):
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def serve():
    """Seconds from spawn to the initialize reply, and to the first tool call's."""
    started = time.perf_counter()
    server = subprocess.Popen([LAUNCHER, "serve", "--workspace", tempfile.mkdtemp()], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    server.stdin.write(json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}}}) + "\n")
    server.stdin.flush()
    server.stdout.readline()
    initialized = time.perf_counter() - started
    server.stdin.write(json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}) + "\n")
    server.stdin.write(json.dumps({"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {
        "name": "orchestrator_get_status", "arguments": {}}}) + "\n")
    server.stdin.flush()
    server.stdout.readline()
    first_call = time.perf_counter() - started
    server.stdin.close()
    server.wait()
    return initialized, first_call


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    floor, version, initialize, first_call = [], [], [], []
    for _ in range(runs):
        floor.append(timed(["java", "-version"]))
        version.append(timed([LAUNCHER, "--version"]))
        answered, called = serve()
        initialize.append(answered)
        first_call.append(called)
    base = statistics.median(floor)
    print("java -version %.3f s" % base)
    for label, samples in (("orchestrator --version", version), ("serve: initialize answered", initialize),
                           ("serve: first tools/call answered", first_call)):
        median = statistics.median(samples)
        print("%-34s %.3f s  (%.1fx java -version)" % (label, median, median / base))


if __name__ == "__main__":
    main()
