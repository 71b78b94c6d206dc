package dev.storyatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The cap on open sessions follows the heap unless an operator fixes a number. */
class SessionCapTest {

    private static final long GIB = 1L << 30;

    @Test
    void by_default_a_heap_holds_readers_with_a_view_in_three_quarters_of_it_at_48_kb_each() {
        SessionCap cap = SessionCap.of(properties(null), GIB);

        assertThat(cap.units() / SessionCap.VIEW_WEIGHT).isEqualTo(3 * GIB / 4 / (48 * 1024));
        assertThat(cap.description()).contains("16,384 readers with a view", "65,536 sessions without one", "75 % of the 1,024 MB heap",
                "48 KB per reader", "storyatlas.web.max-sessions");
    }

    @Test
    void a_larger_heap_gets_a_proportionally_larger_cap() {
        assertThat(SessionCap.of(properties(null), 6 * GIB).units()).isEqualTo(6 * SessionCap.of(properties(null), GIB).units());
    }

    @Test
    void sessions_that_never_built_a_view_count_a_quarter_of_a_reader() {
        SessionCap cap = SessionCap.of(properties(null), GIB);
        int readers = (int) (cap.units() / SessionCap.VIEW_WEIGHT);

        assertThat(cap.admits(readers - 1, readers - 1)).isTrue();
        assertThat(cap.admits(readers, readers)).as("full of readers").isFalse();
        assertThat(cap.admits((int) cap.units() - 1, 0)).isTrue();
        assertThat(cap.admits((int) cap.units(), 0)).as("full of bare sessions").isFalse();
        assertThat(cap.admits(readers / 2 + 2 * readers, readers / 2)).as("half the heap's readers and twice as many bare sessions").isFalse();
        assertThat(cap.admits(readers / 2 + 2 * readers - 1, readers / 2)).isTrue();
    }

    @Test
    void a_fixed_number_counts_every_session_alike_whatever_the_heap() {
        SessionCap cap = SessionCap.of(properties(30), 6 * GIB);

        assertThat(cap.admits(29, 29)).isTrue();
        assertThat(cap.admits(30, 0)).isFalse();
        assertThat(cap.description()).isEqualTo("30 open sessions (storyatlas.web.max-sessions)");
    }

    @Test
    void the_share_and_the_size_of_a_session_set_the_cap() {
        WebProperties half = new WebProperties("", null, DataSize.ofKilobytes(64), 0.5, Duration.ofSeconds(90), DataSize.ofMegabytes(1));

        assertThat(SessionCap.of(half, GIB).units() / SessionCap.VIEW_WEIGHT).isEqualTo(GIB / 2 / (64 * 1024));
    }

    @Test
    void settings_that_would_give_no_cap_are_refused_with_their_names() {
        assertThatThrownBy(() -> new WebProperties("", 0, DataSize.ofKilobytes(48), 0.75, Duration.ofSeconds(90), DataSize.ofMegabytes(1)))
                .hasMessageContaining("storyatlas.web.max-sessions");
        assertThatThrownBy(() -> new WebProperties("", null, DataSize.ofKilobytes(48), 1.5, Duration.ofSeconds(90), DataSize.ofMegabytes(1)))
                .hasMessageContaining("storyatlas.web.session-heap-share");
        assertThatThrownBy(() -> new WebProperties("", null, DataSize.ofBytes(10), 0.75, Duration.ofSeconds(90), DataSize.ofMegabytes(1)))
                .hasMessageContaining("storyatlas.web.session-size");
    }

    private static WebProperties properties(@Nullable Integer maxSessions) {
        return new WebProperties("", maxSessions, DataSize.ofKilobytes(48), 0.75, Duration.ofSeconds(90), DataSize.ofMegabytes(1));
    }
}
