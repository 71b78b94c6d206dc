// The page's entry point: the first map, then Vaadin's router and Flow as Vaadin generates them. When the
// bootstrap page carries a story's pins (see FirstPinsListener), they are drawn and painted before anything
// else, then the basemap: a complete map for a reader who only looks. Lumo, Vaadin's client and the view (and
// so a session) come on the reader's first interaction with the page: their long tasks would otherwise block
// the scrolling of the article around an embed (on Android a cross-site frame usually shares its renderer).
//
// The first map is a static import, so it is part of this entry's own script: the browser fetches it
// with the page and runs it as soon as the page is parsed, sooner than a dynamic import would. The cost:
// every page, /stories too, loads and runs Leaflet and the pin code before Flow starts. The map is drawn in
// tasks of its own after this module's (which evaluates Leaflet), each short enough not to block the page.
import { cookieKept } from './cookie-check';
import { tellFrameWhenComplete } from './embed-ready';
import { afterPaint, asksForPlace, drawFirstMap, hasPendingPlace, keepFirstMap, rememberChoices, showAskedPlace } from './first-map';
import { HELD_STYLE_SHEET } from './names';
import { nextTask } from './next-task';

/**
 * What a reader does first who means to use the map: a mouse or pen moving over the page, a finished press
 * or tap (a touch the browser takes for scrolling the article ends in `pointercancel`, not `pointerup`), a
 * key, or focus arriving (tabbing into the frame). Not `wheel` or `touchstart`: both come with scrolling past.
 */
function firstInteraction(): Promise<void> {
  return new Promise<void>((interacted) => {
    const types = ['pointermove', 'pointerup', 'keydown', 'focusin'] as const;
    const options = { capture: true, passive: true };
    const listener = (event: Event) => {
      if (event.type === 'pointermove' && (event as PointerEvent).pointerType === 'touch') {
        return;
      }
      types.forEach((type) => document.removeEventListener(type, listener, options));
      interacted();
    };
    types.forEach((type) => document.addEventListener(type, listener, options));
  });
}

/** How long Flow waits at most for a held-back style sheet: a view without Lumo beats no view. */
const HELD_STYLE_SHEET_WAIT_MS = 5000;

/**
 * Fetches and applies the style sheets the page held back so the first map need not wait for them
 * (Lumo's, see platform/HeldBackLumo). Resolves once they apply, failed to load or took too long, and at
 * once for a sheet that is already there (a browser that loaded it despite `disabled` fires no event).
 */
function applyHeldStyleSheets(): Promise<unknown> {
  const held = [...document.querySelectorAll<HTMLLinkElement>(`link[${HELD_STYLE_SHEET}]`)];
  return Promise.all(held.map((link) => new Promise<void>((applied) => {
    link.addEventListener('load', () => applied(), { once: true });
    link.addEventListener('error', () => applied(), { once: true });
    setTimeout(applied, HELD_STYLE_SHEET_WAIT_MS);
    link.removeAttribute(HELD_STYLE_SHEET);
    link.disabled = false;
    if (link.sheet) {
      applied();
    }
  })));
}

/**
 * Vaadin's router and Flow; every route is a server-side view. The held-back style sheets load beside
 * Flow's scripts, and Flow asks for the view only once they apply (or could not be loaded). Without our
 * cookie Flow does not start at all, since every request would find a new, empty session.
 */
async function startFlow(kept: Promise<boolean>): Promise<void> {
  if (!(await kept)) {
    return;
  }
  const [{ Router }, { Flow }] = await Promise.all([
    import('@vaadin/router'),
    import('Frontend/generated/jar-resources/Flow.js'),
    applyHeldStyleSheets()
  ]);
  const { serverSideRoutes } = new Flow({
    imports: () => import('Frontend/generated/flow/generated-flow-imports.js')
  });
  const router = new Router(document.querySelector('#outlet'));
  router.setRoutes([...serverSideRoutes]);
}

/**
 * Whether Flow may wait for the reader's first interaction: only when the first map stands in for the view.
 * Not after a reload that lost the place the reader chose (they did interact), nor for a URL's place that
 * the first map cannot answer; a place it can answer shows at once.
 */
function viewCanWait(drawn: boolean): boolean {
  if (!drawn || hasPendingPlace()) {
    return false;
  }
  return showAskedPlace() || !asksForPlace();
}

/**
 * Draws the first map after this module's task; whether it drew it, once it shows. A failure is reported as the
 * page's error, and the page goes on without it.
 */
async function drawFirstMapOrReport(): Promise<boolean> {
  try {
    await nextTask();
    return await drawFirstMap();
  } catch (error) {
    reportError(error);
    return false;
  }
}

rememberChoices();
const drawing = drawFirstMapOrReport();
const painted = drawing.then((drawn) => {
  if (drawn) {
    // a reader who only looks sees the first map: an embed is complete with it (embed-ready.ts)
    tellFrameWhenComplete(document.querySelector('.sa-first-map') ?? document.body);
  }
  return new Promise<void>((resolve) => (drawn ? afterPaint(resolve) : resolve()));
});
// asked once the first map is painted (the pins do not need it, so it does not come before them), not on the
// first interaction: a reader whose browser drops our cookie sees at once why a pin opens a new tab, and the tap
// on it does so
const kept = painted.then(() => cookieKept(document.baseURI));
void kept.then((isKept) => {
  if (!isKept) {
    keepFirstMap();
  }
});
// in the task that shows the pins, so that the listeners for the reader's first interaction are there before them
void drawing.then((drawn) => (viewCanWait(drawn) ? firstInteraction() : painted)).then(() => startFlow(kept));
