/**
 * The drafting engine behind the studio: from an article's plain text and its metadata to proposals (places,
 * actors, quotes, dates, claims, each with a citation the loader accepts), and from the draft an editor
 * accepted to a story file. Pure Java, no UI: the studio's views call {@link dev.storyatlas.studio.draft.Drafting}
 * and {@link dev.storyatlas.studio.draft.StoryWriter}.
 */
@NullMarked
package dev.storyatlas.studio.draft;

import org.jspecify.annotations.NullMarked;
