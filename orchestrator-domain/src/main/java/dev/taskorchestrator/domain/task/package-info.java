/**
 * Public API. Tasks: their fields, the status table, dependencies with their cycles refused, readiness, claims with leases, and the chains and critical path of a plan.
 */
package dev.taskorchestrator.domain.task;
