package dev.storyatlas.studio;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The rows of the studio's proposal grids as the browser tests take them: all of them, once the grid has drawn them. */
final class ProposalRows {

    private ProposalRows() {
    }

    /**
     * The Accept buttons of a proposal grid (e.g. {@code "#studio-places"}) once it shows a row for each of its items: the
     * grid draws its rows a few at a time, so counting them once the first shows may miss the rest.
     */
    static Locator acceptButtons(Page page, String grid) {
        page.waitForFunction("""
                (grid) => {
                  const shown = document.querySelector(grid);
                  return shown !== null && shown.size > 0 && !shown.loading
                      && shown.querySelectorAll('vaadin-button.sa-studio-accept').length === shown.size;
                }
                """, grid);
        return page.locator(grid + " vaadin-button.sa-studio-accept");
    }
}
