/**
 * Public API. The life of a server instance: its phases, the state machine of a restart, and the records of what a shutdown or a restart did.
 */
package dev.taskorchestrator.domain.reboot;
