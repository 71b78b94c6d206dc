package dev.storyatlas.embed;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitUntilState;
import dev.storyatlas.Readers;

/** The embed's iframe on a host page, as the browser tests put it there and read it. */
final class EmbedFrames {

    private EmbedFrames() {
    }

    /** A host page's markup: the iframe {@code #atlas} of the given width and, unless null, the height script. */
    static String markup(String src, int width, String embedJs) {
        return "<iframe id=\"atlas\" src=\"" + src + "\" title=\"Map\" style=\"width:" + width + "px;height:640px;border:0\"></iframe>"
                + (embedJs == null ? "" : "<script src=\"" + embedJs + "\" async></script>");
    }

    /** Opens the host page, points at the map in its iframe as a reader does, and waits for the view's map there (not the first map). */
    static FrameLocator open(Page page, String hostPage) {
        // returns at the response, never waiting for the page's load: the test then waits for what it reads
        page.navigate(hostPage, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        FrameLocator frame = page.frameLocator("#atlas");
        Readers.beginToUse(frame);
        frame.locator(".sa-map-region .leaflet-marker-pane .sa-pin").first().waitFor();
        return frame;
    }

    static Locator pins(FrameLocator frame) {
        return frame.locator(".leaflet-marker-pane .sa-pin");
    }

    /** The pin of a place; pins are named by place and number of items ("Kyiv – 1 item"). */
    static Locator pin(FrameLocator frame, String name) {
        return frame.locator(".leaflet-marker-pane").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name + " – "));
    }
}
