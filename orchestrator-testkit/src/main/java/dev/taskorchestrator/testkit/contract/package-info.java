/**
 * Public API. The contract suites every adapter of a port must pass: extend one, say how to make a fresh store, and your adapter gets the proof ours have.
 */
package dev.taskorchestrator.testkit.contract;
