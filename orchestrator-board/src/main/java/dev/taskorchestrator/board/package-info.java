/**
 * Internal: not part of the public API, and free to change in any release. The live web board; use it through {@code orchestrator board} or {@code serve --http}.
 */
package dev.taskorchestrator.board;
