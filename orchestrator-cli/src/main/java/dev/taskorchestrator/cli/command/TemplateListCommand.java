package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.ListTemplatesUseCase;
import dev.taskorchestrator.application.port.in.TemplateListing;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.wire.TemplateDocuments;
import dev.taskorchestrator.wire.TemplateTexts;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The templates on offer, with the copy in force for each id. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the templates: built in, the workspace's (user) and your shared ones, saying which copy "
                + "of an id is in force and which files cannot be read.",
        footerHeading = "%nExamples:%n", footer = {"  orchestrator template list",
            "  orchestrator template list --category user --metadata"})
public final class TemplateListCommand implements Callable<Integer> {

    private final ListTemplatesUseCase list;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("category")
    @Option(names = "--category", paramLabel = "PLACE", completionCandidates = Choices.TemplatePlaces.class,
            description = "Only builtin, user or shared.")
    private TemplateCategory category;

    @Option(names = "--metadata", description = "Add each template's metadata and file to the JSON.")
    private boolean metadata;

    public TemplateListCommand(ListTemplatesUseCase list, Console console) {
        this.list = list;
        this.console = console;
    }

    @Override
    public Integer call() {
        Optional<TemplateCategory> filter = Optional.ofNullable(category);
        List<TemplateListing> listings = list.list(filter);
        console.show(spec, TemplateDocuments.listed(listings, filter, metadata), (out, ansi) -> {
            if (listings.isEmpty()) {
                out.println("No templates.");
                return;
            }
            new Table<TemplateListing>().column("ID", row -> row.id().value())
                    .column("PLACE", row -> row.category().wire())
                    .column("NAME", row -> row.metadata().map(meta -> meta.name()).orElse("-"))
                    .column("CATEGORY", row -> row.metadata().map(meta -> meta.category()).orElse("-"))
                    .column("STATE", row -> row.problem().map(problem -> "invalid")
                            .orElseGet(() -> row.shadowedBy().map(by -> "shadowed by " + by.wire()).orElse("in force")))
                    .print(out, ansi, listings);
            listings.stream().filter(row -> !row.valid()).forEach(row -> out.println(TemplateTexts.line(row)));
        });
        return 0;
    }
}
