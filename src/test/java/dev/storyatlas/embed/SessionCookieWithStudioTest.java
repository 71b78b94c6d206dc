package dev.storyatlas.embed;

import dev.storyatlas.studio.StudioAccounts;
import org.springframework.test.context.TestPropertySource;

/** Every session-cookie test again with the editors' studio switched on: readers' cookies must not change. */
@TestPropertySource(properties = {StudioAccounts.ENABLED, StudioAccounts.ACCOUNT})
class SessionCookieWithStudioTest extends SessionCookieTest {
}
