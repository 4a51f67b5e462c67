package dev.taskorchestrator.mcp.http;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Objects;

/**
 * The secret a client must present as {@code Authorization: Bearer …}. Compared in constant time
 * (over digests, so that not even its length shows in the timing), and never printed: its
 * {@code toString} says only that it is there.
 */
public final class BearerToken {

    /** Shorter secrets are guessable; 16 characters of a random token are 96 bits or more. */
    public static final int MIN_LENGTH = 16;

    private static final String PREFIX = "Bearer ";

    private final byte[] digest;

    private BearerToken(byte[] digest) {
        this.digest = digest;
    }

    /** A token from its text; refused (as an argument error naming {@code what}) when too short to be a secret. */
    public static BearerToken of(String secret, String what) {
        Objects.requireNonNull(secret, what);
        String trimmed = secret.strip();
        if (trimmed.length() < MIN_LENGTH) {
            throw OrchestratorException.invalid(what, what + " holds " + trimmed.length()
                    + " characters; a token needs at least " + MIN_LENGTH + " (for example: openssl rand -hex 32)",
                    List.of("at least " + MIN_LENGTH + " characters"));
        }
        return new BearerToken(sha256(trimmed));
    }

    /** Whether an {@code Authorization} header carries this token. */
    public boolean admits(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(authorization.substring(PREFIX.length()).strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }

    @Override
    public String toString() {
        return "BearerToken[set]";
    }
}
