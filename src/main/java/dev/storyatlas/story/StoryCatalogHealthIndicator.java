package dev.storyatlas.story;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code storyCatalog} component of {@code /actuator/health}: which stories are served and which
 * files of the stories directory were skipped, with every problem. It stays UP with failing files:
 * the app serves every valid story, and a DOWN would make a load balancer drop it for one typo.
 */
@Component
class StoryCatalogHealthIndicator implements HealthIndicator {

    private final StoryCatalog catalog;

    StoryCatalogHealthIndicator(StoryCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Health health() {
        Map<String, List<String>> failing = new LinkedHashMap<>();
        for (StoryFailure failure : catalog.failures()) {
            failing.put(failure.file(), failure.problems().stream().map(StoryProblem::toString).toList());
        }
        return Health.up()
                // the directory's name only: its absolute path tells a reader of the details nothing they need
                .withDetail("storiesDir", catalog.directory().map(dir -> String.valueOf(dir.getFileName())).orElse("none"))
                .withDetail("stories", catalog.all().stream().map(Story::id).toList())
                .withDetail("failingFiles", failing)
                .build();
    }
}
