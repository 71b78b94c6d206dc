/**
 * The editors' studio: sign-in, the drafting view at {@code /studio} and the saving of its stories. Off
 * unless {@code storyatlas.studio.enabled} and at least one account are configured; readers never meet it.
 */
@NullMarked
package dev.storyatlas.studio;

import org.jspecify.annotations.NullMarked;
