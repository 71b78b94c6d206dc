package dev.storyatlas.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A thread-safe list of measurements (milliseconds or bytes) and their median and percentiles. */
final class Samples {

    private final List<Double> values = Collections.synchronizedList(new ArrayList<>());

    void add(double value) {
        values.add(value);
    }

    /** A copy of the measurements in the order they came. */
    List<Double> values() {
        synchronized (values) {
            return List.copyOf(values);
        }
    }

    int count() {
        return values.size();
    }

    double median() {
        return percentile(50);
    }

    /** The nearest-rank percentile, NaN when there are no samples. */
    double percentile(double p) {
        List<Double> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
