package dev.taskorchestrator.mcp.tool;

import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateDocument;
import dev.taskorchestrator.domain.template.TemplateId;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import java.util.List;
import java.util.Optional;

/** The parameters the template tools share, with the original system's names. */
final class TemplateParams {

    static final Param TEMPLATE_ID = Param.text("template_id", 64, "The template's id: a-z, 0-9, _ and -.")
            .asRequired();
    static final Param CONTENT = Param.text("template_content", TemplateDocument.SIZE_MAX,
            "The template, as JSON5 text.")
            .asRequired();
    static final Param ANY_CATEGORY = Param.oneOf("category", WireValues.allowed(TemplateCategory.class),
            "Only this place. Default: any.");
    static final List<String> WRITABLE = List.of(TemplateCategory.USER.wire(), TemplateCategory.SHARED.wire());
    static final Param OVERWRITE = Param.flag("overwrite", "Replace what is there. Default: false.");

    private TemplateParams() {
    }

    static Param writable(String defaultCategory) {
        return Param.oneOf("category", WRITABLE, "user: this workspace; shared: yours. Default: "
                + defaultCategory + ".");
    }

    static TemplateId id(Arguments arguments) {
        return new TemplateId(arguments.requiredText("template_id"));
    }

    static Optional<TemplateCategory> category(Arguments arguments) {
        return arguments.choice("category", TemplateCategory.class);
    }

    static TemplateCategory writableCategory(Arguments arguments, TemplateCategory fallback) {
        return category(arguments).orElse(fallback);
    }
}
