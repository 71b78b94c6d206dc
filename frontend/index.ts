// The page's entry point: the first map, then Vaadin's router and Flow as Vaadin generates them. When the
// bootstrap page carries a story's pins (see FirstPinsListener), they are drawn and painted before the
// browser applies Lumo and evaluates Vaadin's client, and Flow asks the server for the view right after:
// a reader sees and can choose the pins while the view is built.
//
// The first map is a static import, so it is part of this entry's own script: the browser fetches it
// with the page and runs it as soon as the page is parsed. Loading it by a dynamic import instead, even
// with a preload hint, had the pins about 30 ms later (EmbedTimelineBenchmark). The cost: every page,
// /stories too, now loads and runs Leaflet and the pin code (174 KB before compression) before Flow
// starts, where the map views used to load it with Flow's imports.
import { cookieKept } from './cookie-check';
import { drawFirstMap, keepFirstMap } from './first-map';

/** Draws the bootstrap page's pins, if it has any, and waits until the browser has painted them. */
async function firstMap(): Promise<void> {
  if (!drawFirstMap()) {
    return;
  }
  await new Promise<void>((painted) => {
    requestAnimationFrame(() => setTimeout(painted));
    // a hidden tab or frame paints no frames: Flow must not wait for one
    setTimeout(painted, 100);
  });
}

/** How long Flow waits at most for a held-back style sheet: a view without Lumo beats no view. */
const HELD_STYLE_SHEET_WAIT_MS = 5000;

/**
 * Fetches and applies the style sheets the page held back so the first map need not wait for them
 * (Lumo's, see FirstPinsListener). Resolves once they apply, failed to load or took too long, and at
 * once for a sheet that is already there (a browser that loaded it despite `disabled` fires no event).
 */
function applyHeldStyleSheets(): Promise<unknown> {
  const held = [...document.querySelectorAll<HTMLLinkElement>('link[data-sa-held]')];
  return Promise.all(held.map((link) => new Promise<void>((applied) => {
    link.addEventListener('load', () => applied(), { once: true });
    link.addEventListener('error', () => applied(), { once: true });
    setTimeout(applied, HELD_STYLE_SHEET_WAIT_MS);
    link.removeAttribute('data-sa-held');
    link.disabled = false;
    if (link.sheet) {
      applied();
    }
  })));
}

/**
 * Vaadin's router and Flow; every route is a server-side view. The held-back style sheets load beside
 * Flow's scripts, and Flow asks for the view only once they apply (or could not be loaded). So does the
 * check whether the browser kept our cookie: without it Flow does not start at all, since every request
 * would find a new, empty session.
 */
async function startFlow(): Promise<void> {
  const [{ Router }, { Flow }, , kept] = await Promise.all([
    import('@vaadin/router'),
    import('Frontend/generated/jar-resources/Flow.js'),
    applyHeldStyleSheets(),
    cookieKept(document.baseURI)
  ]);
  if (!kept) {
    keepFirstMap();
    return;
  }
  const { serverSideRoutes } = new Flow({
    imports: () => import('Frontend/generated/flow/generated-flow-imports.js')
  });
  const router = new Router(document.querySelector('#outlet'));
  router.setRoutes([...serverSideRoutes]);
}

// Flow starts even if the first map fails; that failure still shows as an unhandled rejection.
void firstMap().finally(startFlow);
