package dev.storyatlas.studio.draft;

import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * Precision and recall of proposals against what a story (or a test's expectation) holds: precision is the
 * share of proposals that match something expected, recall the share of expected things some proposal matches.
 */
record Score(String what, int proposed, int correct, int expected, int found) {

    static <P, E> Score of(String what, List<P> proposals, List<E> expected, BiPredicate<P, E> matches) {
        int correct = (int) proposals.stream().filter(p -> expected.stream().anyMatch(e -> matches.test(p, e))).count();
        int found = (int) expected.stream().filter(e -> proposals.stream().anyMatch(p -> matches.test(p, e))).count();
        return new Score(what, proposals.size(), correct, expected.size(), found);
    }

    double precision() {
        return proposed == 0 ? 1 : (double) correct / proposed;
    }

    double recall() {
        return expected == 0 ? 1 : (double) found / expected;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-28s precision %.2f (%d of %d proposals)  recall %.2f (%d of %d)", what, precision(), correct, proposed,
                recall(), found, expected);
    }
}
