package dev.storyatlas.embed;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The embed's iframe on a host page, as the browser tests put it there and read it. */
final class EmbedFrames {

    private EmbedFrames() {
    }

    /** A host page's markup: the iframe {@code #atlas} of the given width and, unless null, the height script. */
    static String markup(String src, int width, String embedJs) {
        return "<iframe id=\"atlas\" src=\"" + src + "\" title=\"Map\" style=\"width:" + width + "px;height:640px;border:0\"></iframe>"
                + (embedJs == null ? "" : "<script src=\"" + embedJs + "\" async></script>");
    }

    /** Opens the host page and waits for the view's map in its iframe (not the first map drawn before the view arrives). */
    static FrameLocator open(Page page, String hostPage) {
        page.navigate(hostPage);
        FrameLocator frame = page.frameLocator("#atlas");
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
