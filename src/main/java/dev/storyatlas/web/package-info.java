/**
 * What every HTTP answer gets, whatever serves it: error pages in the reader's language and RFC 9457
 * problems under {@code /api}, security headers, and the limits that keep one client from filling
 * the server with sessions.
 */
@NullMarked
package dev.storyatlas.web;

import org.jspecify.annotations.NullMarked;
