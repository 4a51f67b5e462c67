package dev.taskorchestrator.domain.template;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One parameter of a template and the rules its value must meet. For strings, {@code min} and
 * {@code max} bound the length; for arrays, the number of items; for numbers, the value. Whatever
 * the rules, a text is at most {@value #TEXT_MAX} characters and an array at most
 * {@value #ITEMS_MAX} items, so that no argument can blow a plan up.
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

    public static final int TEXT_MAX = 10_000;
    public static final int ITEMS_MAX = 1_000;

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
                    if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
                        throw wrongType(field, value);
                    }
                    yield number.doubleValue();
                }
                case INTEGER -> {
                    // Exactly, or not at all: 1e20 or 2^64+1 must not quietly become another number.
                    Optional<Long> exact = value instanceof Number number ? exactLong(number) : Optional.empty();
                    yield exact.orElseThrow(() -> wrongType(field, value));
                }
                case ARRAY -> {
                    if (!(value instanceof List<?> items)) {
                        throw wrongType(field, value);
                    }
                    yield Collections.unmodifiableList(new ArrayList<>(items));
                }
                case OBJECT -> {
                    if (!(value instanceof Map<?, ?> entries)) {
                        throw wrongType(field, value);
                    }
                    yield Collections.unmodifiableMap(new LinkedHashMap<>(entries));
                }
            };
            if (!allowedValues.isEmpty() && !allowedValues.contains(enumText(typed))) {
                throw OrchestratorException.invalid(field, field + " '" + typed + "' is not one of: "
                        + String.join(", ", allowedValues), allowedValues);
            }
            if (typed instanceof String text) {
                // Length first: a pattern run over a huge text could exhaust the stack.
                if (text.length() > TEXT_MAX) {
                    throw OrchestratorException.invalid(field, field + " is " + text.length()
                            + " characters long; a parameter's text is at most " + TEXT_MAX,
                            List.of("at most " + TEXT_MAX + " characters"));
                }
                checkBounds(field, text.length(), " characters");
                pattern.filter(regex -> !matches(compile(regex, name), text, field)).ifPresent(regex -> {
                    throw OrchestratorException.invalid(field, field + " '" + abbreviated(text) + "' does not match "
                            + regex, List.of("text matching " + regex));
                });
            } else if (typed instanceof List<?> items) {
                if (items.size() > ITEMS_MAX) {
                    throw OrchestratorException.invalid(field, field + " holds " + items.size()
                            + " items; a parameter's array holds at most " + ITEMS_MAX,
                            List.of("at most " + ITEMS_MAX + " items"));
                }
                checkBounds(field, items.size(), " items");
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
                    + type.wire() + ", got " + (value == null ? "null" : "'" + abbreviated(value) + "'"),
                    List.of(type.wire()));
        }
    }

    private static Optional<Long> exactLong(Number number) {
        try {
            return Optional.of(new BigDecimal(number.toString()).longValueExact());
        } catch (NumberFormatException | ArithmeticException notWhole) {
            return Optional.empty();
        }
    }

    /** An enum's values are texts; a whole number matches one written without a fraction. */
    private static String enumText(Object value) {
        return value instanceof Double number ? plain(number) : String.valueOf(value);
    }

    private static boolean matches(Pattern pattern, String text, String field) {
        try {
            return pattern.matcher(text).matches();
        } catch (StackOverflowError tooDeep) {
            throw OrchestratorException.invalid(field, field + ": the pattern is too complex for a text this long",
                    List.of("a shorter text"));
        }
    }

    private static String abbreviated(Object value) {
        String text = String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }

    /** A number as people write it: {@code 3} rather than {@code 3.0}, {@code 100000000000000000000} rather than {@code 1.0E20}. */
    static String plain(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : Double.toString(value);
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
