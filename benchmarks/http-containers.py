#!/usr/bin/env python3
"""Jetty 12 against Tomcat 11 as the container of the MCP SDK's Streamable HTTP servlet.

Each run is a fresh JVM (the launcher's options: -XX:TieredStopAtLevel=1) that starts the SDK's
servlet with an empty MCP server in one container, answers one initialize (the time from the
JVM's start to that answer is printed), then 500 more, and prints its resident memory and the heap
in use after a collection. Runs are interleaved, so that the machine's noise falls on both alike;
the medians are printed. A program that prints figures, not a test. Needs Python 3 and Maven.

Usage: benchmarks/http-containers.py [RUNS]   (builds the test classes of orchestrator-mcp-adapter)
"""
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODULE = os.path.join(ROOT, "orchestrator-mcp-adapter")


def classpath():
    listing = tempfile.NamedTemporaryFile(delete=False).name
    subprocess.run(["mvn", "-B", "-q", "-pl", "orchestrator-mcp-adapter", "-am", "test-compile",
                    "dependency:build-classpath", "-Dmdep.includeScope=test", "-Dmdep.outputFile=" + listing],
                   cwd=ROOT, check=True)
    with open(listing) as f:
        dependencies = f.read().strip()
    return os.pathsep.join([os.path.join(MODULE, "target", "test-classes"),
                            os.path.join(MODULE, "target", "classes"), dependencies])


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    cp = classpath()
    figures = {"jetty": [], "tomcat": []}
    for _ in range(runs):
        for container in figures:
            out = subprocess.run(["java", "-XX:TieredStopAtLevel=1", "-cp", cp,
                                  "dev.taskorchestrator.mcp.http.ContainerFootprint", container],
                                 capture_output=True, text=True, check=True).stdout.split()
            figures[container].append(tuple(int(x) for x in out[1:4]))
    print("median of %d runs each, interleaved" % runs)
    print("%-7s %12s %10s %10s" % ("", "ready (ms)", "RSS (MiB)", "heap (MiB)"))
    for container, rows in figures.items():
        ready = statistics.median(r[0] for r in rows)
        rss = statistics.median(r[1] for r in rows) / 1024
        heap = statistics.median(r[2] for r in rows) / 1024
        print("%-7s %12.0f %10.1f %10.1f" % (container, ready, rss, heap))


if __name__ == "__main__":
    main()
