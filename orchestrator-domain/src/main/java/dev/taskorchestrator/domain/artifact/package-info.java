/**
 * Public API. The metadata and content of what a task produced: artifacts, their types and ids.
 */
package dev.taskorchestrator.domain.artifact;
