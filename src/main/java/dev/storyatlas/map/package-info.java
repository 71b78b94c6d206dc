@NullMarked
package dev.storyatlas.map;

import org.jspecify.annotations.NullMarked;
