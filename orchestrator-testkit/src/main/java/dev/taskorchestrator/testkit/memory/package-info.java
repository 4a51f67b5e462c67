/**
 * Public API. In-memory adapters of every port, with real rollback: an orchestrator for tests with no database at all.
 */
package dev.taskorchestrator.testkit.memory;
