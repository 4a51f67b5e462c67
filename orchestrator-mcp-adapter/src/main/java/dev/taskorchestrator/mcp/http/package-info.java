/**
 * Internal: not part of the public API, and free to change in any release. MCP over Streamable HTTP in an embedded Jetty.
 */
package dev.taskorchestrator.mcp.http;
