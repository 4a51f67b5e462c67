package dev.taskorchestrator.persistence.templates;

import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateDocument;
import dev.taskorchestrator.domain.template.TemplateId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Template documents as files: {@code <id>.json5} in the workspace's folder ({@code user}) and the
 * person's ({@code shared}), and the built-in ones inside the jar. Folders are read on every call,
 * so a file edited by hand is seen at once; a file is replaced by renaming a finished copy over
 * it, so that a reader never sees half a document.
 */
public final class FileTemplateCatalog implements TemplateCatalog {

    /** The workspace's folder, beside its database. */
    public static final String WORKSPACE_FOLDER = ".task_orchestrator/templates";
    /** Overrides the shared folder, e.g. for a team's templates kept in a repository of their own. */
    public static final String HOME_VARIABLE = "ORCHESTRATOR_TEMPLATES_HOME";

    private static final String EXTENSION = ".json5";
    private static final Pattern FILE_NAME = Pattern.compile(TemplateId.FORMAT + Pattern.quote(EXTENSION));

    private final Map<TemplateCategory, Path> folders = new EnumMap<>(TemplateCategory.class);
    private final BundledTemplates bundled;

    public FileTemplateCatalog(Path userFolder, Path sharedFolder, BundledTemplates bundled) {
        folders.put(TemplateCategory.USER, userFolder.toAbsolutePath().normalize());
        folders.put(TemplateCategory.SHARED, sharedFolder.toAbsolutePath().normalize());
        this.bundled = bundled;
    }

    /** The catalog of a workspace: its own folder, the person's shared folder as {@code environment} says, the jar's. */
    public static FileTemplateCatalog forWorkspace(Path workspace, Map<String, String> environment) {
        return new FileTemplateCatalog(workspace.resolve(WORKSPACE_FOLDER), sharedFolder(environment),
                BundledTemplates.shipped());
    }

    /** {@code $ORCHESTRATOR_TEMPLATES_HOME}, else {@code $XDG_CONFIG_HOME/task-orchestrator/templates}, else under {@code ~/.config}. */
    public static Path sharedFolder(Map<String, String> environment) {
        String home = environment.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        String config = environment.get("XDG_CONFIG_HOME");
        Path base = config != null && !config.isBlank() ? Path.of(config)
                : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("task-orchestrator").resolve("templates");
    }

    @Override
    public List<Source> sources(Optional<TemplateCategory> category) {
        List<Source> all = new ArrayList<>();
        for (TemplateCategory each : PRECEDENCE) {
            if (category.isEmpty() || category.get() == each) {
                all.addAll(each == TemplateCategory.BUILTIN ? builtIn() : files(each));
            }
        }
        all.sort(Comparator.comparing((Source source) -> source.id().value())
                .thenComparing(source -> PRECEDENCE.indexOf(source.category())));
        return all;
    }

    @Override
    public Optional<Source> source(TemplateId id, TemplateCategory category) {
        if (category == TemplateCategory.BUILTIN) {
            return Optional.ofNullable(bundled.library().get(id)).map(text -> builtIn(id, text));
        }
        return read(id, category, file(id, category));
    }

    /**
     * Writes a finished copy beside the file and renames it over the file. The copy is created
     * the way any new file is (the umask decides who may read it, as for a file saved in an
     * editor), and a file being replaced keeps its own permissions. Without {@code replace}, the
     * copy is linked in under the file's name, which fails if any writer got there first.
     */
    @Override
    public Source write(TemplateId id, TemplateCategory category, String text, boolean replace) {
        Path target = file(requireWritable(id, category), category);
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling("." + id.value() + "." + UUID.randomUUID() + ".partial");
            try {
                Files.writeString(partial, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                if (replace) {
                    keepPermissions(target, partial);
                    move(partial, target);
                } else {
                    claim(partial, target, id, category);
                }
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException failed) {
            throw cannot("write", target, failed);
        }
        return new Source(id, category, target.toString(), text);
    }

    private static void claim(Path partial, Path target, TemplateId id, TemplateCategory category) throws IOException {
        try {
            try {
                Files.createLink(target, partial);
            } catch (UnsupportedOperationException | FileSystemException noLinks) {
                if (noLinks instanceof FileAlreadyExistsException exists) {
                    throw exists;
                }
                Files.move(partial, target);
            }
        } catch (FileAlreadyExistsException taken) {
            throw new OrchestratorException(ErrorCode.CONFLICT, "template " + id + " already exists in "
                    + category.wire() + " (" + target + ")", "template_id", List.of());
        }
    }

    private static void keepPermissions(Path target, Path partial) {
        try {
            if (Files.exists(target) && Files.getFileStore(target).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(partial, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException notKept) {
            // The new copy keeps the permissions any new file gets; the text is what matters.
        }
    }

    @Override
    public boolean delete(TemplateId id, TemplateCategory category) {
        Path target = file(requireWritable(id, category), category);
        try {
            return Files.deleteIfExists(target);
        } catch (IOException failed) {
            throw cannot("delete", target, failed);
        }
    }

    @Override
    public Map<TemplateId, String> examples() {
        return bundled.examples();
    }

    @Override
    public Map<TemplateCategory, String> locations() {
        Map<TemplateCategory, String> locations = new EnumMap<>(TemplateCategory.class);
        folders.forEach((category, folder) -> locations.put(category, folder.toString()));
        locations.put(TemplateCategory.BUILTIN, "the orchestrator's jar");
        return locations;
    }

    private List<Source> builtIn() {
        return bundled.library().entrySet().stream().map(entry -> builtIn(entry.getKey(), entry.getValue())).toList();
    }

    private static Source builtIn(TemplateId id, String text) {
        return new Source(id, TemplateCategory.BUILTIN, "builtin:" + id.value(), text);
    }

    /** Every {@code <id>.json5} of a folder; other files (notes, backups, a name that is no id) are left alone. */
    private List<Source> files(TemplateCategory category) {
        Path folder = folders.get(category);
        List<Source> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (FILE_NAME.matcher(name).matches() && Files.isRegularFile(entry)) {
                    TemplateId id = new TemplateId(name.substring(0, name.length() - EXTENSION.length()));
                    read(id, category, entry).ifPresent(found::add);
                }
            }
        } catch (IOException failed) {
            throw cannot("list", folder, failed);
        }
        return found;
    }

    /**
     * At most one byte more than a document may have: enough to tell it is too large without
     * reading it all. A file that is there but cannot be read is a source that says why.
     */
    private static Optional<Source> read(TemplateId id, TemplateCategory category, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String text = new String(in.readNBytes(TemplateDocument.SIZE_MAX + 1), StandardCharsets.UTF_8);
            return Optional.of(new Source(id, category, file.toString(), text));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException failed) {
            return Optional.of(Source.unreadable(id, category, file.toString(), reason(failed)));
        }
    }

    private Path file(TemplateId id, TemplateCategory category) {
        Path folder = folders.get(category);
        Path file = folder.resolve(id.value() + EXTENSION).normalize();
        if (!folder.equals(file.getParent())) {
            // The id's shape already forbids this; the check keeps a future change of shape from escaping the folder.
            throw OrchestratorException.invalid("template_id", "template_id '" + id + "' does not name a file in "
                    + folder, List.of(TemplateId.FORMAT));
        }
        return file;
    }

    private static TemplateId requireWritable(TemplateId id, TemplateCategory category) {
        if (!category.writable()) {
            throw OrchestratorException.illegalState("category", "template " + id
                    + " is built in: built-in templates cannot be written or deleted");
        }
        return id;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notHere) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static OrchestratorException cannot(String action, Path path, IOException failed) {
        return OrchestratorException.illegalState("template_id", "cannot " + action + " " + path + ": "
                + reason(failed));
    }

    private static String reason(IOException failed) {
        return failed instanceof AccessDeniedException ? "permission denied"
                : failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
    }
}
