package dev.storyatlas.api;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The data API's settings under {@code storyatlas.api}.
 *
 * @param maxAge how long browsers and CDNs may use an answer without asking again; after that they
 *               revalidate with the ETag, which costs a 304 and no body
 */
@ConfigurationProperties("storyatlas.api")
record ApiProperties(Duration maxAge) {

    /** One minute: stories change without a restart, so caches should notice within a minute. */
    static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(1);

    ApiProperties(@Nullable Duration maxAge) {
        this.maxAge = maxAge == null || maxAge.isNegative() ? DEFAULT_MAX_AGE : maxAge;
    }
}
