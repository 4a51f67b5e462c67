/**
 * Public API. Ids that sort by the time they were made, for the {@code IdGenerator} port.
 */
package dev.taskorchestrator.persistence.ids;
