/**
 * Internal: not part of the public API, and free to change in any release. The published JSON documents as the MCP server and the CLI print them; read the JSON, not these classes.
 */
package dev.taskorchestrator.wire;
