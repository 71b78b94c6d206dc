package dev.storyatlas.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Answers with a body that any cache may keep: a strong ETag computed from the exact bytes (so equal
 * bytes give equal tags on every instance behind a CDN), Cache-Control, and 304 without a body when
 * the client already holds those bytes.
 */
@Component
class CacheableResponses {

    private final CacheControl cacheControl;

    CacheableResponses(ApiProperties properties) {
        this.cacheControl = CacheControl.maxAge(properties.maxAge()).cachePublic();
    }

    /** The body with its ETag, or 304 Not Modified when {@code If-None-Match} names that ETag. */
    ResponseEntity<byte[]> respond(byte[] body, MediaType type, @Nullable String ifNoneMatch) {
        String etag = etagOf(body);
        if (matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cacheControl).build();
        }
        return ResponseEntity.ok().contentType(type).eTag(etag).cacheControl(cacheControl).body(body);
    }

    /** A strong validator: the SHA-256 of the bytes, quoted as RFC 9110 asks. */
    static String etagOf(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** RFC 9110's weak comparison, which If-None-Match uses: {@code W/"x"} matches {@code "x"}, and {@code *} matches any. */
    private static boolean matches(@Nullable String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
