package dev.taskorchestrator.wire.input;

import java.util.List;

/** The JSON shapes a tool parameter can take, each with how an error names it to the client. */
public enum ParamKind {
    TEXT("a string"),
    INTEGER("an integer"),
    BOOLEAN("true or false"),
    OBJECT("a JSON object"),
    TEXT_LIST("an array of strings"),
    ENUM("one of the listed strings"),
    ENUM_LIST("an array of the listed strings"),
    OBJECT_LIST("an array of objects");

    private final String expected;

    ParamKind(String expected) {
        this.expected = expected;
    }

    /** What a value must look like, for the {@code allowed} of an error when it does not. */
    List<String> expected(Param param) {
        return switch (this) {
            case ENUM, ENUM_LIST -> param.allowed();
            case INTEGER -> List.of("integer " + param.min() + "-" + param.max());
            default -> List.of(expected);
        };
    }

    String expectedText() {
        return expected;
    }
}
