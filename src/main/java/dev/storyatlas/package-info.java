@NullMarked
package dev.storyatlas;

import org.jspecify.annotations.NullMarked;
