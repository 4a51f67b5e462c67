package dev.taskorchestrator.testkit.memory;

import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Template documents in memory; the built-in ones and the examples are given at construction. */
public final class InMemoryTemplateCatalog implements TemplateCatalog {

    private final Map<TemplateCategory, Map<TemplateId, String>> byCategory = new EnumMap<>(TemplateCategory.class);
    private final Map<TemplateId, String> examples;

    public InMemoryTemplateCatalog(Map<TemplateId, String> builtIn, Map<TemplateId, String> examples) {
        PRECEDENCE.forEach(category -> byCategory.put(category, new ConcurrentHashMap<>()));
        byCategory.get(TemplateCategory.BUILTIN).putAll(builtIn);
        this.examples = new LinkedHashMap<>(examples);
    }

    public InMemoryTemplateCatalog() {
        this(Map.of(), Map.of());
    }

    @Override
    public List<Source> sources(Optional<TemplateCategory> category) {
        List<Source> all = new ArrayList<>();
        for (TemplateCategory each : PRECEDENCE) {
            if (category.isEmpty() || category.get() == each) {
                byCategory.get(each).forEach((id, text) -> all.add(source(id, each, text)));
            }
        }
        all.sort(Comparator.comparing((Source source) -> source.id().value())
                .thenComparing(source -> PRECEDENCE.indexOf(source.category())));
        return all;
    }

    @Override
    public Optional<Source> source(TemplateId id, TemplateCategory category) {
        return Optional.ofNullable(byCategory.get(category).get(id)).map(text -> source(id, category, text));
    }

    @Override
    public Source write(TemplateId id, TemplateCategory category, String text, boolean replace) {
        requireWritable(category);
        if (replace) {
            byCategory.get(category).put(id, text);
        } else if (byCategory.get(category).putIfAbsent(id, text) != null) {
            throw new OrchestratorException(ErrorCode.CONFLICT, "template " + id + " already exists in "
                    + category.wire(), "template_id", List.of());
        }
        return source(id, category, text);
    }

    @Override
    public boolean delete(TemplateId id, TemplateCategory category) {
        requireWritable(category);
        return byCategory.get(category).remove(id) != null;
    }

    @Override
    public Map<TemplateId, String> examples() {
        return java.util.Collections.unmodifiableMap(examples);
    }

    @Override
    public Map<TemplateCategory, String> locations() {
        Map<TemplateCategory, String> locations = new EnumMap<>(TemplateCategory.class);
        PRECEDENCE.forEach(category -> locations.put(category, "memory:" + category.wire()));
        return locations;
    }

    private static Source source(TemplateId id, TemplateCategory category, String text) {
        return new Source(id, category, "memory:" + category.wire() + "/" + id.value(), text);
    }

    private static void requireWritable(TemplateCategory category) {
        if (!category.writable()) {
            throw OrchestratorException.illegalState("category", "built-in templates cannot be changed");
        }
    }
}
