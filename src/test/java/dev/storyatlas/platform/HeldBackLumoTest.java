package dev.storyatlas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HeldBackLumoTest {

    @Test
    void lumos_style_sheet_is_disabled_until_the_page_enables_it_whatever_its_cache_key() {
        Document page = Jsoup.parse("<html><head>"
                + "<link href=\"./lumo/lumo.css?v-c=0ec2b765\" data-id=\"appShell-lumo/lumo.css\" rel=\"stylesheet\">"
                + "<link href=\"./story-atlas.css?v-c=12d874eb\" rel=\"stylesheet\"></head><body></body></html>");

        new HeldBackLumo(PlatformProperties.DEFAULTS).holdBack(page);

        Element lumo = page.selectFirst("link[data-id]");
        assertThat(lumo.attr("rel")).isEqualTo("stylesheet");
        assertThat(lumo.hasAttr("disabled")).isTrue();
        assertThat(lumo.hasAttr(HeldBackLumo.HELD_STYLE_SHEET)).isTrue();
        assertThat(lumo.attr("href")).isEqualTo("./lumo/lumo.css?v-c=0ec2b765");
    }

    @Test
    void other_style_sheets_stay_as_they_are_even_when_their_path_ends_like_lumos() {
        String head = "<link href=\"./story-atlas.css\" rel=\"stylesheet\">"
                + "<link href=\"./themes/x/lumo/lumo.css\" rel=\"stylesheet\">"
                + "<link href=\"lumo/lumo.css.map\" rel=\"stylesheet\">";
        Document page = Jsoup.parse("<html><head>" + head + "</head><body></body></html>");

        new HeldBackLumo(PlatformProperties.DEFAULTS).holdBack(page);

        assertThat(page.select("link[rel=stylesheet]:not([disabled])")).hasSize(3);
        assertThat(page.select("[" + HeldBackLumo.HELD_STYLE_SHEET + "]")).isEmpty();
    }

    @Test
    void switched_off_it_leaves_lumos_style_sheet_as_vaadin_wrote_it() {
        Document page = Jsoup.parse("<html><head><link href=\"./lumo/lumo.css?v-c=0ec2b765\" rel=\"stylesheet\"></head><body></body></html>");

        new HeldBackLumo(new PlatformProperties(true, true, false, true)).holdBack(page);

        assertThat(page.select("link[disabled]")).isEmpty();
        assertThat(page.select("[" + HeldBackLumo.HELD_STYLE_SHEET + "]")).isEmpty();
    }
}
