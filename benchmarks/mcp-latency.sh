#!/usr/bin/env bash
# Latency of the MCP server over stdio, measured from a client process: spawn to the initialize
# reply, and tools/call round trips (one task, pages of 50, plan creation) at 1,000 and 100,000
# tasks in a SQLite workspace. A program that prints figures, not a test.
# Usage: benchmarks/mcp-latency.sh   (JAVA_OPTS="-Dcalls=N" to change the calls per figure)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
./orchestrator --version >/dev/null   # makes the launcher's class-data archive if the jar is new
mvn -B -q -pl orchestrator-cli test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/target/mcp-benchmark.classpath"
classpath="orchestrator-cli/target/test-classes:$(cat target/mcp-benchmark.classpath)"
exec java ${JAVA_OPTS:-} -cp "$classpath" dev.taskorchestrator.cli.bench.McpLatencyBenchmark \
    orchestrator-cli/target/orchestrator.jar ./orchestrator 2>/dev/null
