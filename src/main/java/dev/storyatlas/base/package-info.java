@NullMarked
package dev.storyatlas.base;

import org.jspecify.annotations.NullMarked;
