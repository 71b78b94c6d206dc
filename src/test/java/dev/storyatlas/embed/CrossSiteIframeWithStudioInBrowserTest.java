package dev.storyatlas.embed;

import dev.storyatlas.studio.StudioAccounts;
import org.springframework.test.context.TestPropertySource;

/** The cross-site iframe's tests again with the editors' studio switched on: the embed stays frameable and keeps its session. */
@TestPropertySource(properties = {StudioAccounts.ENABLED, StudioAccounts.ACCOUNT})
class CrossSiteIframeWithStudioInBrowserTest extends CrossSiteIframeInBrowserTest {
}
