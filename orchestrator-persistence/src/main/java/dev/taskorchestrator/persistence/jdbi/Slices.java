package dev.taskorchestrator.persistence.jdbi;

import java.util.ArrayList;
import java.util.List;

/** IN lists and batches are sent in slices, well under every driver's limit on parameters. */
final class Slices {

    private static final int SLICE = 500;

    private Slices() {
    }

    static <T> List<List<T>> of(List<T> all) {
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SLICE) {
            slices.add(all.subList(from, Math.min(all.size(), from + SLICE)));
        }
        return slices;
    }
}
