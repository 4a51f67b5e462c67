/**
 * Public API. The persistence entry point: {@link dev.taskorchestrator.persistence.OrchestratorDatabase} opens SQLite or PostgreSQL from {@link dev.taskorchestrator.persistence.DatabaseSettings}, migrates it, and hands out the ports.
 */
package dev.taskorchestrator.persistence;
