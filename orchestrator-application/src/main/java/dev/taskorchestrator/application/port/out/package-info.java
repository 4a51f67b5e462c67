/**
 * Public API. The driven ports the core needs (tasks, sessions, artifacts, the event log, a unit of work, ...): implement one to keep the orchestrator's data elsewhere, and prove it with the testkit's contract suite.
 */
package dev.taskorchestrator.application.port.out;
