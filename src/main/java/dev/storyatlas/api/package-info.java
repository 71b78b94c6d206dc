/**
 * The read-only data API: every story as JSON, GeoJSON and CSV under {@code /api/stories}, with
 * strong ETags and Cache-Control so that a CDN can carry the load.
 */
@NullMarked
package dev.storyatlas.api;

import org.jspecify.annotations.NullMarked;
