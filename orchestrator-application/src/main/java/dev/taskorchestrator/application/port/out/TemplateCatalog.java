package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The template documents on offer, as the text people wrote: built-in ones (read-only), the
 * workspace's ({@code user}) and the person's ({@code shared}). The catalog stores and finds
 * texts; reading them is {@link TemplateSyntax}'s and the domain's work, so that a document is
 * kept exactly as written, comments included. Every call sees the documents as they are now: a
 * file changed by hand is seen by the next call.
 */
public interface TemplateCatalog {

    /** The order in which an id is looked up: the workspace's own first, the shipped one last. */
    List<TemplateCategory> PRECEDENCE = List.of(TemplateCategory.USER, TemplateCategory.SHARED, TemplateCategory.BUILTIN);

    /**
     * One document. {@code location} tells a person where it is (a file's path, or the jar's
     * resource); {@code text} is at most one byte longer than the size a document may have, so
     * that a huge file is noticed without being read whole. A document that is there but cannot
     * be read (its permissions, a disk error) says why in {@code unreadable}, with no text, so
     * that one bad file is reported rather than failing every listing.
     */
    record Source(TemplateId id, TemplateCategory category, String location, String text,
            Optional<String> unreadable) {
        public Source {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(unreadable, "unreadable");
        }

        public Source(TemplateId id, TemplateCategory category, String location, String text) {
            this(id, category, location, text, Optional.empty());
        }

        public static Source unreadable(TemplateId id, TemplateCategory category, String location, String reason) {
            return new Source(id, category, location, "", Optional.of(reason));
        }
    }

    /** Every document of every category (or of one), by id and then by {@link #PRECEDENCE}. */
    List<Source> sources(Optional<TemplateCategory> category);

    /** The document with this id in this category. */
    Optional<Source> source(TemplateId id, TemplateCategory category);

    /**
     * Stores a document in a writable category so that a reader sees either the old text or the
     * new one, never a part. With {@code replace} false, a document of the same id there (even one
     * another writer put there a moment ago) is kept and the write refused with {@code conflict}.
     * The built-in category is refused with {@code illegal_state}.
     */
    Source write(TemplateId id, TemplateCategory category, String text, boolean replace);

    /** Removes a document from a writable category; false when there was none. Built-in: {@code illegal_state}. */
    boolean delete(TemplateId id, TemplateCategory category);

    /** The example documents shipped for people to install and learn from, by id. */
    Map<TemplateId, String> examples();

    /** Where each category's documents are kept, for people to find and edit them. */
    Map<TemplateCategory, String> locations();
}
