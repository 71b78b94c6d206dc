/**
 * Every workaround for the frameworks' costs in one place: each says which budget line it serves and has a
 * switch under {@code storyatlas.platform} ({@link dev.storyatlas.platform.PlatformProperties}) that turns it off,
 * so the benchmark can show what it is worth. Feature packages use it; it uses none of them.
 */
@NullMarked
package dev.storyatlas.platform;

import org.jspecify.annotations.NullMarked;
