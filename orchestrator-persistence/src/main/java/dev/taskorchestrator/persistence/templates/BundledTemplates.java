package dev.taskorchestrator.persistence.templates;

import dev.taskorchestrator.domain.template.TemplateId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The template documents shipped inside the jar: the built-in library and the examples people
 * install. Each folder has an index ({@code library.list}, {@code examples.list}), because a jar's
 * folders cannot be listed reliably.
 */
public record BundledTemplates(Map<TemplateId, String> library, Map<TemplateId, String> examples) {

    private static final String ROOT = "/dev/taskorchestrator/persistence/templates/";

    public BundledTemplates {
        library = Collections.unmodifiableMap(new LinkedHashMap<>(library));
        examples = Collections.unmodifiableMap(new LinkedHashMap<>(examples));
    }

    /** What this jar ships; read once, since it cannot change while the program runs. */
    public static BundledTemplates shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final BundledTemplates INSTANCE = new BundledTemplates(folder("library"), folder("examples"));
    }

    private static Map<TemplateId, String> folder(String name) {
        Map<TemplateId, String> documents = new LinkedHashMap<>();
        resource(name + "/" + name + ".list").lines().map(String::strip).filter(line -> !line.isEmpty())
                .forEach(id -> documents.put(new TemplateId(id), resource(name + "/" + id + ".json5")));
        return documents;
    }

    private static String resource(String path) {
        try (InputStream in = BundledTemplates.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + ROOT + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
