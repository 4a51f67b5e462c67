/**
 * Internal: not part of the public API, and free to change in any release. Our stdio transport.
 */
package dev.taskorchestrator.mcp.stdio;
