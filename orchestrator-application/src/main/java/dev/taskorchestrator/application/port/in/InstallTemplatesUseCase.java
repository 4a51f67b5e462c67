package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import java.util.List;

/**
 * Copies shipped documents into a writable folder, where people can read and change them: the
 * five examples of the format, or the built-in library (which is usable without installing; a
 * copy is for editing). Also reports what is installed.
 */
public interface InstallTemplatesUseCase {

    /** The library's categories as a caller names them, {@code all} first. */
    List<String> LIBRARY_CATEGORIES = List.of("all", "development", "research", "creative", "business",
            "self_development");
    /** Where the library is copied: the person's folder, so that every workspace sees the edited copies. */
    TemplateCategory LIBRARY_TARGET = TemplateCategory.SHARED;

    Report installExamples(Command command);

    /**
     * Copies the library's templates of {@code libraryCategory} (one of {@link #LIBRARY_CATEGORIES};
     * {@code all} for every one) into {@link #LIBRARY_TARGET}; another category is refused naming them.
     */
    Report installLibrary(String libraryCategory, boolean overwrite);

    Status status();

    record Command(TemplateCategory target, boolean overwrite) {
        /** The examples go to the person's folder unless asked otherwise: they teach, in any workspace. */
        public static final TemplateCategory DEFAULT_TARGET = TemplateCategory.SHARED;

        public Command {
            Checks.required(target, "category");
            if (!target.writable()) {
                throw OrchestratorException.invalid("category", "templates install into user or shared",
                        List.of("user", "shared"));
            }
        }
    }

    /** What happened to each shipped document: written, left alone because a copy was there, or not written. */
    record Report(TemplateCategory target, String location, List<TemplateId> installed, List<TemplateId> skipped,
            List<Failure> failed) {
        public Report {
            installed = List.copyOf(installed);
            skipped = List.copyOf(skipped);
            failed = List.copyOf(failed);
        }
    }

    record Failure(TemplateId id, String reason) {
    }

    /**
     * @param library each library template and where copies of it are installed
     * @param examples each example and where it is installed
     * @param places each folder templates are read from, with how many documents it holds
     */
    record Status(List<Shipped> library, List<Shipped> examples, List<Place> places) {
        public Status {
            library = List.copyOf(library);
            examples = List.copyOf(examples);
            places = List.copyOf(places);
        }
    }

    /** A shipped document and its installed copies; {@code modified} names the copies that differ from it. */
    record Shipped(TemplateId id, String category, List<TemplateCategory> installedIn, List<TemplateCategory> modified) {
        public Shipped {
            installedIn = List.copyOf(installedIn);
            modified = List.copyOf(modified);
        }

        /** Whether a copy of it is in a writable folder at all. */
        public boolean installed() {
            return !installedIn.isEmpty();
        }
    }

    record Place(TemplateCategory category, String location, int templates, int invalid) {
    }
}
