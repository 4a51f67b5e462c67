package dev.taskorchestrator.mcp.stdio;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a first line as an {@code initialize} request of the plain shape clients send: JSON-RPC
 * 2.0, a string or integer id, params with a string protocol version, capabilities as objects and
 * a client's name and version as strings. Anything else (another method, a missing or odd field,
 * a field this class does not know) is "not plain": the line goes to the SDK alone, which judges it.
 * Only what the SDK would surely accept may be answered before it.
 */
final class FirstLine {

    private static final Set<String> CLIENT_TEXTS = Set.of("name", "title", "version", "description", "websiteUrl");

    private final JsonParser parser;

    FirstLine(JsonParser parser) {
        this.parser = parser;
    }

    Optional<EarlyInitialize.Request> request() {
        expect(parser.nextToken() == JsonToken.START_OBJECT);
        String jsonrpc = null;
        String method = null;
        Object id = null;
        String version = null;
        Set<String> seen = new HashSet<>();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            expect(seen.add(name));
            JsonToken value = parser.nextToken();
            switch (name) {
                case "jsonrpc" -> jsonrpc = text(value);
                case "method" -> method = text(value);
                case "id" -> id = id(value);
                case "params" -> version = params(value);
                default -> throw notPlain();
            }
        }
        expect(parser.nextToken() == null);
        if (!"2.0".equals(jsonrpc) || !"initialize".equals(method) || id == null || version == null) {
            return Optional.empty();
        }
        return Optional.of(new EarlyInitialize.Request(id, version));
    }

    private Object id(JsonToken value) {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getString();
        }
        // A larger integer is one the SDK refuses as an id.
        expect(value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER);
        return parser.getLongValue();
    }

    private String params(JsonToken value) {
        expect(value == JsonToken.START_OBJECT);
        String version = null;
        boolean client = false;
        boolean capabilities = false;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken member = parser.nextToken();
            switch (name) {
                case "protocolVersion" -> version = text(member);
                case "capabilities" -> {
                    capabilities(member);
                    capabilities = true;
                }
                case "clientInfo" -> {
                    clientInfo(member);
                    client = true;
                }
                default -> throw notPlain();
            }
        }
        expect(version != null && client && capabilities);
        return version;
    }

    /** Each capability an object; {@code roots} says only whether its list changes. */
    private void capabilities(JsonToken value) {
        expect(value == JsonToken.START_OBJECT);
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            expect(parser.nextToken() == JsonToken.START_OBJECT);
            switch (name) {
                case "roots" -> {
                    for (String flag = parser.nextName(); flag != null; flag = parser.nextName()) {
                        expect("listChanged".equals(flag) && parser.nextToken().isBoolean());
                    }
                }
                case "experimental" -> parser.skipChildren();
                case "sampling", "elicitation" -> {
                    for (String kind = parser.nextName(); kind != null; kind = parser.nextName()) {
                        expect(parser.nextToken() == JsonToken.START_OBJECT);
                        parser.skipChildren();
                    }
                }
                default -> throw notPlain();
            }
        }
    }

    private void clientInfo(JsonToken value) {
        expect(value == JsonToken.START_OBJECT);
        Set<String> given = new HashSet<>();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            expect(CLIENT_TEXTS.contains(name));
            text(parser.nextToken());
            given.add(name);
        }
        expect(given.contains("name") && given.contains("version"));
    }

    private String text(JsonToken value) {
        expect(value == JsonToken.VALUE_STRING);
        return parser.getString();
    }

    private static void expect(boolean plain) {
        if (!plain) {
            throw notPlain();
        }
    }

    private static IllegalStateException notPlain() {
        return new IllegalStateException("not a plain initialize request");
    }
}
