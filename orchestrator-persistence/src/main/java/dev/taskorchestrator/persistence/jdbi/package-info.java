/**
 * Internal: not part of the public API, and free to change in any release. The Jdbi adapters behind {@code OrchestratorDatabase}.
 */
package dev.taskorchestrator.persistence.jdbi;
