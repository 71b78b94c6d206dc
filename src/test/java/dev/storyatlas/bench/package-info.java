/** The performance benchmark against a bare-Leaflet floor page; run by {@code ./atlas bench}, never by {@code ./atlas test}. */
@NullMarked
package dev.storyatlas.bench;

import org.jspecify.annotations.NullMarked;
