@NullMarked
package dev.storyatlas.story;

import org.jspecify.annotations.NullMarked;
