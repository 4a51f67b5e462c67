package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.InstallTemplatesUseCase;
import dev.taskorchestrator.application.port.in.MaintenanceRequest;
import dev.taskorchestrator.domain.artifact.ArtifactId;
import dev.taskorchestrator.domain.artifact.ArtifactType;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.role.BuiltInRoles;
import dev.taskorchestrator.domain.role.SpecialistRole;
import dev.taskorchestrator.domain.session.CleanupType;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.NextAction;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.domain.task.TaskType;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import dev.taskorchestrator.wire.input.Dates;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine;

/**
 * The typed values options take, with their spellings on the wire: each enum offers its values for
 * completion, and a value that is not one of them (or an id of the wrong shape) is a usage error
 * naming the option and what it allows, before anything runs.
 */
public final class Choices {

    private Choices() {
    }

    /** Teaches {@code commandLine} the wire spellings of every value type the commands use. */
    public static void register(CommandLine commandLine) {
        commandLine.registerConverter(TaskStatus.class, value -> converted(value, "status", TaskStatus::parse));
        wire(commandLine, TaskType.class);
        wire(commandLine, Complexity.class);
        wire(commandLine, Priority.class);
        wire(commandLine, ArtifactType.class);
        wire(commandLine, NextAction.class);
        wire(commandLine, CleanupType.class);
        wire(commandLine, MaintenanceRequest.Action.class);
        wire(commandLine, MaintenanceRequest.Scope.class);
        wire(commandLine, MaintenanceRequest.Level.class);
        wire(commandLine, TemplateCategory.class);
        commandLine.registerConverter(TemplateId.class, value -> converted(value, "template id",
                (text, field) -> new TemplateId(text)));
        commandLine.registerConverter(TaskId.class, value -> converted(value, "task id", TaskId::parse));
        commandLine.registerConverter(SessionId.class, value -> converted(value, "session id", SessionId::parse));
        commandLine.registerConverter(ArtifactId.class, value -> converted(value, "artifact id", ArtifactId::parse));
        commandLine.registerConverter(Instant.class, value -> converted(value, "date", Dates::parse));
    }

    private static <E extends Enum<E> & WireValue> void wire(CommandLine commandLine, Class<E> type) {
        commandLine.registerConverter(type, value -> converted(value, "value",
                (text, field) -> WireValues.parse(type, text, field)));
    }

    /** The core's own parsing, its refusal turned into picocli's usage error with the allowed values. */
    private static <T> T converted(String value, String what, Parser<T> parser) {
        try {
            return parser.parse(value, what);
        } catch (OrchestratorException invalid) {
            String message = invalid.getMessage().startsWith(what + " ")
                    ? invalid.getMessage().substring(what.length() + 1) : invalid.getMessage();
            throw new TypeConversionException(message);
        }
    }

    @FunctionalInterface
    private interface Parser<T> {
        T parse(String value, String field);
    }

    /** Completion candidates: the wire spellings of an enumeration. */
    private abstract static class Spellings implements Iterable<String> {
        private final List<String> values;

        <E extends Enum<E> & WireValue> Spellings(Class<E> type) {
            this(WireValues.allowed(type));
        }

        Spellings(List<String> values) {
            this.values = values;
        }

        @Override
        public Iterator<String> iterator() {
            return values.iterator();
        }
    }

    public static final class Statuses extends Spellings {
        public Statuses() {
            super(TaskStatus.class);
        }
    }

    public static final class Types extends Spellings {
        public Types() {
            super(TaskType.class);
        }
    }

    public static final class Complexities extends Spellings {
        public Complexities() {
            super(Complexity.class);
        }
    }

    public static final class Priorities extends Spellings {
        public Priorities() {
            super(Priority.class);
        }
    }

    public static final class ArtifactTypes extends Spellings {
        public ArtifactTypes() {
            super(ArtifactType.class);
        }
    }

    public static final class NextActions extends Spellings {
        public NextActions() {
            super(NextAction.class);
        }
    }

    public static final class CleanupTypes extends Spellings {
        public CleanupTypes() {
            super(CleanupType.class);
        }
    }

    public static final class MaintenanceActions extends Spellings {
        public MaintenanceActions() {
            super(MaintenanceRequest.Action.class);
        }
    }

    public static final class Scopes extends Spellings {
        public Scopes() {
            super(MaintenanceRequest.Scope.class);
        }
    }

    public static final class Levels extends Spellings {
        public Levels() {
            super(MaintenanceRequest.Level.class);
        }
    }

    /** Where templates are kept: builtin, user, shared. */
    public static final class TemplatePlaces extends Spellings {
        public TemplatePlaces() {
            super(TemplateCategory.class);
        }
    }

    /** The built-in library's categories, and all of them. */
    public static final class LibraryCategories extends Spellings {
        public LibraryCategories() {
            super(InstallTemplatesUseCase.LIBRARY_CATEGORIES);
        }
    }

    /**
     * The template ids on offer when the completion script is made. The composition root gives
     * where they come from, read only when a script asks (not when every command line is built);
     * picocli's own factory gives none.
     */
    public static final class TemplateIds implements Iterable<String> {
        private final Supplier<List<String>> ids;

        public TemplateIds() {
            this(List::of);
        }

        public TemplateIds(Supplier<List<String>> ids) {
            this.ids = ids;
        }

        @Override
        public Iterator<String> iterator() {
            return ids.get().iterator();
        }
    }

    /** The built-in roles; a workspace's own roles are accepted too, though not offered. */
    public static final class Roles extends Spellings {
        public Roles() {
            super(BuiltInRoles.all().stream().map(SpecialistRole::name).toList());
        }
    }

}
