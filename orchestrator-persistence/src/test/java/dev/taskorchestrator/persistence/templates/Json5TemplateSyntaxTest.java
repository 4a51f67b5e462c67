package dev.taskorchestrator.persistence.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Json5TemplateSyntaxTest {

    private final Json5TemplateSyntax syntax = new Json5TemplateSyntax();

    private OrchestratorException refusal(String text) {
        return catchThrowableOfType(OrchestratorException.class, () -> syntax.read(text, "template_content"));
    }

    @Test
    void givenEveryJson5Liberty_whenRead_thenTheTreeIsThePlainValues() {
        Map<String, Object> tree = syntax.read("""
                // a line comment
                {
                  unquoted: 'single quoted',   /* a block comment */
                  "quoted": "double",
                  half: .5,
                  whole: 5.,
                  plus: +1,
                  list: [1, 2, 3,],
                  notANumber: NaN,
                  big: Infinity,
                }
                """, "template_content");

        assertThat(tree).containsEntry("unquoted", "single quoted").containsEntry("quoted", "double")
                .containsEntry("half", 0.5).containsEntry("whole", 5.0).containsEntry("plus", 1)
                .containsEntry("list", List.of(1, 2, 3));
        assertThat((Double) tree.get("notANumber")).isNaN();
        assertThat((Double) tree.get("big")).isInfinite();
    }

    @Test
    void givenAFault_whenRead_thenTheErrorNamesTheFieldLineAndColumn() {
        OrchestratorException refused = refusal("{\n  metadata: {\n    name: 'x'\n    version: '1'\n  }\n}");

        assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refused.field()).contains("template_content");
        assertThat(refused.getMessage()).startsWith("template_content is not valid JSON5: line 4, column 5: ");
    }

    @Test
    void givenWhatWouldSilentlyLoseText_whenRead_thenRefused() {
        assertThat(refusal("{a: 1, a: 2}").getMessage()).contains("line 1").contains("Duplicate");
        assertThat(refusal("{a: 1} {b: 2}").getMessage()).contains("line 1");
        assertThat(refusal("[1, 2]").getMessage()).isEqualTo("template_content is an array; a template is a JSON5 object");
        assertThat(refusal("true").getMessage()).contains("is a boolean").doesNotContain("java.", "Token");
        assertThat(refusal("1e309").getMessage()).contains("is a number").doesNotContain("java.", "Token");
        assertThat(refusal("   ").getMessage()).contains("is empty");
        assertThat(refusal("null").getMessage()).contains("is null");
    }
}
