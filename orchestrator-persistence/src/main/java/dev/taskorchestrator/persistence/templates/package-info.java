/**
 * Public API. Template files: the three folders they are read from, their JSON5 syntax, and the library shipped in the jar.
 */
package dev.taskorchestrator.persistence.templates;
