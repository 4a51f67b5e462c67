/**
 * Public API. What every other package shares: the actor behind each change, the one exception family ({@link dev.taskorchestrator.domain.common.OrchestratorException}) with its error codes, and the limits on input.
 */
package dev.taskorchestrator.domain.common;
