/**
 * Internal: not part of the public API, and free to change in any release. The declarations of arguments that a tool and a file share.
 */
package dev.taskorchestrator.wire.input;
