package dev.taskorchestrator.domain.template;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One parameter of a template and the rules its value must meet. For strings, {@code min} and
 * {@code max} bound the length; for numbers, the value.
 */
public record TemplateParameter(
        String name,
        ParameterType type,
        String description,
        boolean required,
        Optional<Object> defaultValue,
        Optional<String> pattern,
        List<String> allowedValues,
        Optional<Double> min,
        Optional<Double> max) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    public TemplateParameter {
        Checks.required(name, "parameters.name");
        if (!NAME.matcher(name).matches()) {
            throw OrchestratorException.invalid("parameters." + name, "parameter name '" + name
                    + "' must start with a letter or '_' and hold only letters, digits and '_'");
        }
        Checks.required(type, "parameters." + name + ".type");
        description = description == null ? "" : Checks.text(description, "parameters." + name + ".description", 0,
                Limits.REASON_MAX);
        Checks.required(defaultValue, "parameters." + name + ".default");
        Checks.required(pattern, "parameters." + name + ".pattern");
        pattern.ifPresent(regex -> compile(regex, name));
        allowedValues = List.copyOf(Checks.required(allowedValues, "parameters." + name + ".enum"));
        Checks.required(min, "parameters." + name + ".min");
        Checks.required(max, "parameters." + name + ".max");
        if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
            throw OrchestratorException.invalid("parameters." + name + ".max", "parameters." + name
                    + ".max must not be below min");
        }
        Rules rules = new Rules(name, type, pattern, allowedValues, min, max);
        defaultValue = defaultValue.map(rules::accept);
    }

    /** A simple optional string parameter: what most templates need. */
    public static TemplateParameter text(String name, boolean required) {
        return new TemplateParameter(name, ParameterType.STRING, "", required, Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), Optional.empty());
    }

    /** Checks a value against this parameter's rules and returns it in its one representation. */
    public Object accept(Object value) {
        return new Rules(name, type, pattern, allowedValues, min, max).accept(value);
    }

    /** The checks on a value, apart from the record so that the default can be checked while it is built. */
    private record Rules(String name, ParameterType type, Optional<String> pattern, List<String> allowedValues,
            Optional<Double> min, Optional<Double> max) {

        Object accept(Object value) {
            String field = "parameters." + name;
            Object typed = switch (type) {
                case STRING -> {
                    if (!(value instanceof String text)) {
                        throw wrongType(field, value);
                    }
                    yield text;
                }
                case BOOLEAN -> {
                    if (!(value instanceof Boolean flag)) {
                        throw wrongType(field, value);
                    }
                    yield flag;
                }
                case NUMBER -> {
                    if (!(value instanceof Number number)) {
                        throw wrongType(field, value);
                    }
                    yield number.doubleValue();
                }
                case INTEGER -> {
                    if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
                        throw wrongType(field, value);
                    }
                    yield number.longValue();
                }
            };
            if (!allowedValues.isEmpty() && !allowedValues.contains(String.valueOf(typed))) {
                throw OrchestratorException.invalid(field, field + " '" + typed + "' is not one of: "
                        + String.join(", ", allowedValues), allowedValues);
            }
            if (typed instanceof String text) {
                pattern.filter(regex -> !compile(regex, name).matcher(text).matches()).ifPresent(regex -> {
                    throw OrchestratorException.invalid(field, field + " '" + text + "' does not match " + regex,
                            List.of("text matching " + regex));
                });
                checkBounds(field, text.length(), " characters");
            } else if (typed instanceof Number number) {
                checkBounds(field, number.doubleValue(), "");
            }
            return typed;
        }

        private void checkBounds(String field, double measured, String unit) {
            boolean tooSmall = min.filter(m -> measured < m).isPresent();
            boolean tooBig = max.filter(m -> measured > m).isPresent();
            if (tooSmall || tooBig) {
                String range = min.map(TemplateParameter::plain).orElse("") + ".." + max.map(TemplateParameter::plain).orElse("");
                throw OrchestratorException.invalid(field, field + " must be within " + range + unit + ", got "
                        + plain(measured), List.of(range + unit));
            }
        }

        private OrchestratorException wrongType(String field, Object value) {
            return OrchestratorException.invalid(field, field + " must be " + (type == ParameterType.INTEGER ? "an " : "a ")
                    + type.wire() + ", got " + (value == null ? "null" : "'" + value + "'"), List.of(type.wire()));
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static Pattern compile(String regex, String name) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException invalid) {
            throw OrchestratorException.invalid("parameters." + name + ".pattern", "parameters." + name
                    + ".pattern is not a valid regular expression: " + invalid.getDescription());
        }
    }
}
