package dev.storyatlas.web;

import dev.storyatlas.studio.StudioAccounts;
import org.springframework.test.context.TestPropertySource;

/** Every header test again with the editors' studio switched on: readers' answers must not change. */
@TestPropertySource(properties = {StudioAccounts.ENABLED, StudioAccounts.ACCOUNT})
class SecurityHeadersWithStudioTest extends SecurityHeadersTest {
}
