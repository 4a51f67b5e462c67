/**
 * Internal: not part of the public API, and free to change in any release. The export's JSON Lines and Markdown, and the readers of other tools' files, as the CLI uses them.
 */
package dev.taskorchestrator.wire.exchange;
