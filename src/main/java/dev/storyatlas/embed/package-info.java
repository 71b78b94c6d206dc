/**
 * Embedding the map in other sites: the {@code /embed} view for iframes, the
 * {@code <story-atlas-map>} web component, the embed code offered in the main view, and the framing
 * and cross-origin rules those need.
 */
@NullMarked
package dev.storyatlas.embed;

import org.jspecify.annotations.NullMarked;
