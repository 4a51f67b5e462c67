/**
 * Internal: not part of the public API, and free to change in any release. The composition root: the runnable jar's wiring.
 */
package dev.taskorchestrator.cli.boot;
