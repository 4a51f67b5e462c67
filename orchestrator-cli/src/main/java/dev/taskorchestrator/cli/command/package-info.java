/**
 * Internal: not part of the public API, and free to change in any release. The picocli commands; use them through {@code orchestrator}.
 */
package dev.taskorchestrator.cli.command;
