package dev.storyatlas.platform;

import com.vaadin.flow.theme.lumo.Lumo;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Budget line: time to pins. A style sheet in the page's head holds back every module script and the first
 * paint until it is loaded, and Lumo's is by far the largest; the first map needs none of it
 * ({@code story-atlas.css} gives it Lumo's values as fallbacks). So a page that carries first pins gets
 * Lumo's link disabled and marked, and {@code frontend/index.ts} enables it after the first map is painted,
 * before Flow asks for the view. Off with {@code storyatlas.platform.held-back-lumo=false}.
 */
@Component
public class HeldBackLumo {

    /** Marks a style sheet link the page applies after the first map; HELD_STYLE_SHEET in {@code frontend/names.ts}. */
    public static final String HELD_STYLE_SHEET = "data-sa-held";

    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#].*$");

    private final boolean enabled;

    HeldBackLumo(PlatformProperties properties) {
        this.enabled = properties.heldBackLumo();
    }

    /** Disables and marks Lumo's style sheet link in the page's head, whatever its cache key; other sheets stay. */
    public void holdBack(Document page) {
        if (!enabled) {
            return;
        }
        // by tag and attributes: a CSS selector would be parsed anew for every page
        for (Element link : page.head().getElementsByTag("link")) {
            String path = QUERY_OR_FRAGMENT.matcher(link.attr("href")).replaceFirst("");
            if (link.attr("rel").equals("stylesheet") && (path.equals(Lumo.STYLESHEET) || path.equals("./" + Lumo.STYLESHEET))) {
                link.attr("disabled", "").attr(HELD_STYLE_SHEET, "");
            }
        }
    }
}
