/**
 * Public API. The use cases, one interface per intention, with their command, query and result records: what the {@code Orchestrator} facade offers.
 */
package dev.taskorchestrator.application.port.in;
