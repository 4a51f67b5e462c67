#!/usr/bin/env bash
# Fills SQLite and PostgreSQL (embedded) with 100,000 tasks in plans of 20 and prints the
# latency of the reads and claims an agent makes. A program that prints figures, not a test.
# Usage: benchmarks/persistence.sh [sqlite] [postgresql]   (both by default; -Dplans=N via JAVA_OPTS)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
mvn -B -q -pl orchestrator-persistence dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/target/benchmark.classpath"
classpath="orchestrator-persistence/target/test-classes:orchestrator-persistence/target/classes:$(cat target/benchmark.classpath)"
exec java ${JAVA_OPTS:-} -cp "$classpath" dev.taskorchestrator.persistence.PersistenceBenchmark "$@" 2>/dev/null
