package dev.taskorchestrator.testkit.memory;

import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.template.Template;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Templates in memory; the built-in ones are given at construction and cannot be changed. */
public final class InMemoryTemplateCatalog implements TemplateCatalog {

    /** The order in which categories are searched: the workspace's own first. */
    private static final List<TemplateCategory> PRECEDENCE = List.of(TemplateCategory.USER, TemplateCategory.SHARED,
            TemplateCategory.BUILTIN);

    private final Map<TemplateCategory, Map<TemplateId, Template>> byCategory = new EnumMap<>(TemplateCategory.class);

    public InMemoryTemplateCatalog(List<Template> builtIn) {
        PRECEDENCE.forEach(category -> byCategory.put(category, new ConcurrentHashMap<>()));
        builtIn.forEach(template -> {
            if (template.category() != TemplateCategory.BUILTIN) {
                throw new IllegalArgumentException("built-in templates must have the builtin category: " + template.id());
            }
            byCategory.get(TemplateCategory.BUILTIN).put(template.id(), template);
        });
    }

    public InMemoryTemplateCatalog() {
        this(List.of());
    }

    @Override
    public Optional<Template> find(TemplateId id) {
        return PRECEDENCE.stream().map(category -> byCategory.get(category).get(id)).filter(t -> t != null).findFirst();
    }

    @Override
    public List<Template> list(Optional<TemplateCategory> category) {
        Stream<Template> all = category.map(c -> byCategory.get(c).values().stream())
                .orElseGet(() -> PRECEDENCE.stream().flatMap(c -> byCategory.get(c).values().stream()));
        return all.sorted(Comparator.comparing((Template t) -> t.id().value())
                .thenComparing(t -> PRECEDENCE.indexOf(t.category()))).toList();
    }

    @Override
    public void save(Template template) {
        requireWritable(template.category());
        byCategory.get(template.category()).put(template.id(), template);
    }

    @Override
    public boolean delete(TemplateId id, TemplateCategory category) {
        requireWritable(category);
        return byCategory.get(category).remove(id) != null;
    }

    private static void requireWritable(TemplateCategory category) {
        if (!category.writable()) {
            throw OrchestratorException.illegalState("category", "built-in templates are read-only; save a copy as user"
                    + " or shared instead");
        }
    }
}
