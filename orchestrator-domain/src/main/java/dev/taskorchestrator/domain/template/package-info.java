/**
 * Public API. Templates: a plan with parameters, its placeholders and what it extends.
 */
package dev.taskorchestrator.domain.template;
