package dev.storyatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.storyatlas.BrowserTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class OfflineMapInBrowserTest extends BrowserTest {

    @Test
    void by_default_no_request_of_the_main_view_leaves_the_apps_origin() {
        assertEveryRequestStaysHome("/?lang=en");
    }

    @Test
    void by_default_no_request_of_the_embed_leaves_the_apps_origin() {
        assertEveryRequestStaysHome("/embed?lang=de");
    }

    private void assertEveryRequestStaysHome(String pathAndQuery) {
        List<String> requests = new CopyOnWriteArrayList<>();
        page.onRequest(request -> requests.add(request.url()));

        openMap(pathAndQuery);
        pins().first().click();
        // the panel opens beside the map, which then fits its pins anew: zoom only once it has
        PlaywrightAssertions.assertThat(page.locator("#place-panel h2")).isVisible();
        waitForPinsToSettle();
        // one step at a time: Leaflet drops a zoom asked for while it animates the one before
        page.locator(".leaflet-control-zoom-in").click();
        waitForPinsToSettle();
        page.locator(".leaflet-control-zoom-in").click();
        // once the zoom has ended and the basemap is complete, the map has asked for whatever the new view needs
        waitForPinsToSettle();
        waitForTheBasemap();

        String origin = "http://localhost:" + port;
        assertThat(requests).isNotEmpty()
                .allSatisfy(url -> assertThat(url.startsWith("data:") || originOf(url).equals(origin)).as(url).isTrue());
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void the_offline_basemap_draws_land_apart_from_sea() throws IOException {
        openMap("/?lang=en");
        waitForTheBasemap();

        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(page.locator(".sa-map").screenshot()));
        int land = pixelAt(shot, 48.0, 68.0);   // Kazakhstan, inside the box of the story's places
        int sea = pixelAt(shot, 42.0, 50.5);    // the Caspian Sea, inside it too
        assertThat(land).as("land and sea colours").isNotEqualTo(sea);
        assertThat(page.locator(".sa-map-region .sa-country__name").allTextContents()).contains("China", "Russia");
    }

    @Test
    void country_names_follow_the_interface_language() {
        openMap("/?lang=de");
        waitForTheBasemap();

        assertThat(page.locator(".sa-map-region .sa-country__name").allTextContents()).contains("Russland", "Nordkorea", "Südkorea");
    }

    @Test
    void the_basemap_draws_the_borders_of_the_whole_world_piece_by_piece() {
        openMap("/?lang=en");
        waitForTheBasemap();

        // each border line of the basemap's style, with its extent, through the page's own Leaflet map
        @SuppressWarnings("unchecked")
        List<List<Number>> pieces = (List<List<Number>>) page.evaluate("() => { const m = document.querySelector('.sa-map__leaflet').map;"
                + " const out = []; m.eachLayer((l) => { if (l.getLatLngs && l.options.color === '#9b978c') { const b = l.getBounds();"
                + " out.push([b.getWest(), b.getEast(), b.getSouth(), b.getNorth()]); } }); return out; }");
        // more than one line: each piece is drawn in a slice of its own, not the world's borders in one long task
        assertThat(pieces).hasSizeGreaterThan(1);
        // and together they reach every continent: the Americas, East Asia, the southern hemisphere, the far north
        assertThat(pieces.stream().mapToDouble(piece -> piece.get(0).doubleValue()).min().orElseThrow()).isLessThan(-100);
        assertThat(pieces.stream().mapToDouble(piece -> piece.get(1).doubleValue()).max().orElseThrow()).isGreaterThan(100);
        assertThat(pieces.stream().mapToDouble(piece -> piece.get(2).doubleValue()).min().orElseThrow()).isLessThan(-30);
        assertThat(pieces.stream().mapToDouble(piece -> piece.get(3).doubleValue()).max().orElseThrow()).isGreaterThan(60);
    }

    /** Waits until the view's map has drawn its whole basemap: countries and their names come a few at a time. */
    private void waitForTheBasemap() {
        page.waitForSelector(".sa-map-region [data-basemap=drawn]");
    }

    /** The colour of the map's pixel at a geographic point, located through the page's own Leaflet map. */
    private int pixelAt(BufferedImage shot, double lat, double lon) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) page.evaluate("([lat, lon]) => { const m = document.querySelector('.sa-map__leaflet').map;"
                + " const p = m.latLngToContainerPoint([lat, lon]); return [p.x, p.y]; }", List.of(lat, lon));
        return shot.getRGB(xy.get(0).intValue(), xy.get(1).intValue()) & 0xffffff;
    }

    private static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
