package dev.taskorchestrator.persistence.jdbi;

import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.template.Template;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Templates of the user and shared categories in the database, beside the built-in ones the
 * orchestrator ships (given at construction, never written). A workspace's own template wins
 * over a shared one of the same id, and both over a built-in one.
 */
public final class JdbiTemplateCatalog implements TemplateCatalog {

    private static final List<TemplateCategory> PRECEDENCE = List.of(TemplateCategory.USER, TemplateCategory.SHARED,
            TemplateCategory.BUILTIN);

    private final Handles handles;
    private final Map<TemplateId, Template> builtIn;
    private final Clock clock;

    public JdbiTemplateCatalog(Handles handles, List<Template> builtIn, Clock clock) {
        this.handles = handles;
        this.builtIn = builtIn.stream().collect(Collectors.toUnmodifiableMap(Template::id, Function.identity()));
        this.clock = clock;
    }

    @Override
    public Optional<Template> find(TemplateId id) {
        List<Template> stored = handles.with(handle -> handle.createQuery("SELECT id, category, content FROM templates"
                + " WHERE id = :id").bind("id", id.value())
                .map((rs, ctx) -> TemplateJson.read(rs.getString(1), rs.getString(2), rs.getString(3))).list());
        return stored.stream().min(Comparator.comparing(t -> PRECEDENCE.indexOf(t.category())))
                .or(() -> Optional.ofNullable(builtIn.get(id)));
    }

    @Override
    public List<Template> list(Optional<TemplateCategory> category) {
        List<Template> all = new ArrayList<>(handles.with(handle -> handle.createQuery("SELECT id, category, content"
                + " FROM templates").map((rs, ctx) -> TemplateJson.read(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list()));
        all.addAll(builtIn.values());
        return all.stream().filter(t -> category.map(c -> t.category() == c).orElse(true))
                .sorted(Comparator.comparing((Template t) -> t.id().value())
                        .thenComparing(t -> PRECEDENCE.indexOf(t.category())))
                .toList();
    }

    @Override
    public void save(Template template) {
        requireWritable(template.category());
        handles.with(handle -> handle.createUpdate("INSERT INTO templates (id, category, content, updated_at)"
                + " VALUES (:id, :category, :content, :at) ON CONFLICT (id, category) DO UPDATE SET content = :content,"
                + " updated_at = :at")
                .bind("id", template.id().value()).bind("category", template.category().wire())
                .bind("content", TemplateJson.write(template)).bind("at", Columns.nanos(clock.instant()))
                .execute());
    }

    @Override
    public boolean delete(TemplateId id, TemplateCategory category) {
        requireWritable(category);
        return handles.with(handle -> handle.createUpdate("DELETE FROM templates WHERE id = :id AND category = :category")
                .bind("id", id.value()).bind("category", category.wire()).execute()) > 0;
    }

    private static void requireWritable(TemplateCategory category) {
        if (!category.writable()) {
            throw OrchestratorException.illegalState("category", "built-in templates are read-only; save a copy as user"
                    + " or shared instead");
        }
    }
}
