// The map a reader who only looks sees, drawn before and without Vaadin: the bootstrap page carries the story's
// pins as JSON data (never script or HTML), and this module draws them as soon as it loads, then the offline
// basemap once they are painted. A pin chosen shows its place's items at once (first-answer.ts). The server's
// map takes over once it shows its own pins; a pin chosen before then is passed on, not lost, and its answer
// stays until the view's panel shows the same place.
import 'leaflet/dist/leaflet.js';
import leafletCss from 'leaflet-css-text';
import type { Leaflet } from './leaflet-types';
import { cookieNote, fullMapUrl } from './cookie-check';
import { answerPanel, type Answer } from './first-answer';
import { CountryLabels, type CountryLabel } from './country-labels';
import { FIRST_PINS_ID, PLACE_PARAMETER } from './names';
import { placeLabels } from './pin-labels';
import { nextTask } from './next-task';
import { pinMarker, REDUCED_MOTION, type Pin } from './pins';

declare const L: typeof Leaflet;

/**
 * What the page's data block holds (Java: FirstPins.Data): the map region's name, the story's title and source line,
 * whether the view has a timeline above its map, the pins, the names of the countries holding them and each place's answer.
 */
export interface FirstPins {
  label: string;
  title: string;
  source: string;
  timeline: boolean;
  pins: Pin[];
  countries: CountryLabel[];
  answers: Record<string, Answer>;
}

interface FirstMap extends PinMap {
  page: HTMLElement;
  /** The story's title and source line, where the main view's header will show them. */
  header?: HTMLElement;
  answers: Record<string, Answer>;
  /** The chosen place's answer, while it shows. */
  panel?: HTMLElement;
}

/** How long a first answer stays at most once the view is there, waiting for the view's own panel. */
const ANSWER_HANDOVER_MS = 10000;

let first: FirstMap | undefined;
let handedOver = false;
let chosen: { id: string; byKeyboard: boolean } | undefined;
/** The place whose answer shows because the URL asked for it, until the reader chooses another. */
let shown: string | undefined;
/** Set when the server's map will never come (the browser drops our cookie): a pin opens the full map instead. */
let opensFullMap = false;

/** The key, in the page's history entry, of a place the reader chose whose answer has not come. */
const PENDING_PLACE = 'saPendingPlace';

/**
 * Remembers in the page's history entry which place the reader chooses, until the server's answer
 * replaces the entry's state along with the URL. When the server has lost the session, Vaadin reloads
 * the page instead: the entry, and so the choice, survive the reload, and handOver passes it on.
 */
export function rememberChoices(): void {
  document.addEventListener('click', (event) => {
    const chosenPlace = (event.target as Element | null)?.closest?.('[data-place]')?.getAttribute('data-place');
    if (chosenPlace) {
      history.replaceState({ ...(history.state as object | null), [PENDING_PLACE]: chosenPlace }, '');
    }
  }, true);
}

/** Whether a place chosen before the page was reloaded is still waiting for its answer (see pendingPlace). */
export function hasPendingPlace(): boolean {
  return typeof (history.state as Record<string, unknown> | null)?.[PENDING_PLACE] === 'string';
}

/** The place chosen before the page was reloaded, if its answer never came; forgotten once read. */
function pendingPlace(): string | undefined {
  const state = history.state as Record<string, unknown> | null;
  const place = state?.[PENDING_PLACE];
  if (typeof place !== 'string') {
    return undefined;
  }
  history.replaceState({ ...state, [PENDING_PLACE]: undefined }, '');
  return place;
}

/** A map of pins only, in a region of its own: the first map, or a web component's map without our cookie. */
export interface PinMap {
  element: HTMLElement;
  map: Leaflet.Map;
  pins: Map<string, Leaflet.Marker>;
  resizes: ResizeObserver;
  /** Resolves once the pins and their labels are placed and shown, or the map was removed before; rejects if drawing them failed. */
  shown: Promise<void>;
}

/**
 * Draws the pins and the names of their countries on a map of their own, in a new region at the end of `parent`
 * (which must be in the page), with Leaflet's style sheet in the parent's document or shadow root, and the basemap
 * once they are painted. `choose` gets a chosen pin's id, `added` is called as each pin's element is created.
 *
 * The map is drawn in four tasks (Leaflet's map; fitting it to the pins' places; the pins; their labels), each
 * short enough that the page answers input meanwhile; it shows only once the labels are placed, so no frame shows a
 * pin that will still move or a label on the wrong side.
 */
export function drawPinMap(parent: HTMLElement, data: Pick<FirstPins, 'label' | 'pins' | 'countries'>, choose: (id: string, byKeyboard: boolean) => void,
    added: () => void = () => undefined): PinMap {
  const style = document.createElement('style');
  style.textContent = leafletCss;
  const root = parent.getRootNode();
  (root instanceof ShadowRoot ? root : document.head).append(style);
  const element = document.createElement('div');
  element.className = 'sa-map sa-first-map';
  element.setAttribute('role', 'region');
  element.setAttribute('aria-label', data.label);
  const leafletElement = document.createElement('div');
  leafletElement.className = 'sa-map__leaflet';
  // laid out (Leaflet measures it) but not painted until the labels are placed
  leafletElement.style.visibility = 'hidden';
  element.append(leafletElement);
  parent.append(element);

  const map = L.map(leafletElement, { zoomSnap: 0.25, zoomAnimation: !REDUCED_MOTION, fadeAnimation: !REDUCED_MOTION,
    markerZoomAnimation: !REDUCED_MOTION });
  let removed = false;
  map.on('unload', () => {
    removed = true;
  });
  const pins = new Map<string, Leaflet.Marker>();
  const relabel = () => placeLabels(pins, element, map);
  const countries = data.countries;
  // with the pins, so they paint together: the names do not wait for the basemap's data
  new CountryLabels(map).show(countries);
  const bounds = data.pins.map((pin): [number, number] => [pin.lat, pin.lon]);
  // fits the pins into the box when its size changed since the last fit (the style sheet may still be loading); whether it did
  let fitted = { width: 0, height: 0 };
  const fit = (): boolean => {
    const box = { width: element.clientWidth, height: element.clientHeight };
    if (box.width > 0 && box.height > 0 && (box.width !== fitted.width || box.height !== fitted.height)) {
      fitted = box;
      map.invalidateSize({ animate: false });
      map.fitBounds(bounds, { padding: [48, 48], maxZoom: 5, animate: false });
      return true;
    }
    return false;
  };
  // observed once the map shows: its first report, for the box just fitted, then does nothing
  const resizes = new ResizeObserver(() => {
    if (fit()) {
      relabel();
    }
  });
  const shown = (async () => {
    await nextTask();
    if (removed) {
      return;
    }
    fit();
    await nextTask();
    if (removed) {
      return;
    }
    // on the fitted map Leaflet creates and places each pin's element as it is added
    for (const pin of data.pins) {
      const marker = pinMarker(pin, (byKeyboard) => choose(pin.id, byKeyboard), added);
      pins.set(pin.id, marker.addTo(map));
    }
    await nextTask();
    if (removed) {
      return;
    }
    relabel();
    map.on('zoomend', relabel);
    leafletElement.style.visibility = '';
    resizes.observe(element);
    afterPaint(() => void drawBasemap(map, countries.map((country) => country.id)));
  })();
  return { element, map, pins, resizes, shown };
}

/** Calls `then` once the browser has painted what is drawn now (at the latest after a moment: a hidden frame paints nothing). */
export function afterPaint(then: () => void): void {
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      then();
    }
  };
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, 100);
}

/**
 * Draws the offline basemap under the pins, with the same module, data and tinted countries as the view's map, so
 * nothing changes when the view takes over; not on a map that was removed meanwhile. A failure to load it shows
 * as an unhandled rejection: the pins stay usable.
 */
async function drawBasemap(map: Leaflet.Map, tinted: string[]): Promise<void> {
  let removed = false;
  map.on('unload', () => {
    removed = true;
  });
  const { Basemap } = await import('./basemap');
  if (!removed) {
    new Basemap(map).tint(tinted);
  }
}

/**
 * Draws the pins of the page's data block on a map of their own, unless the server's map is already
 * there; whether it drew them (pages without the block have no first map), once they show.
 */
export async function drawFirstMap(): Promise<boolean> {
  const data = document.getElementById(FIRST_PINS_ID);
  if (!data || first || handedOver) {
    return false;
  }
  const { label, title, source, timeline, pins, countries, answers } = JSON.parse(data.textContent ?? '{}') as FirstPins;
  if (!Array.isArray(pins) || pins.length === 0) {
    return false;
  }
  // the page's box stands about where the view's map region will (story-atlas.css, "The first map")
  const page = document.createElement('div');
  // the embed's layout, or the main view's (/ and /stories/<story>) with its header above the map
  const main = data.dataset.layout === 'main';
  page.className = main ? 'sa-first-map-page sa-first-map-page--main' : 'sa-first-map-page';
  // a story without dates has no timeline: its row's room goes
  page.classList.toggle('sa-first-map-page--undated', timeline === false);
  const header = main ? storyHeader(title, source) : undefined;
  if (header) {
    page.append(header);
  }
  document.body.append(page);
  const drawn = drawPinMap(page, { label, pins, countries }, choose, () => {
    if (first) {
      markChosen(first);
    }
  });
  first = { page, header, answers: answers ?? {}, ...drawn };
  await drawn.shown;
  return true;
}

/** The main view's header as a reader who only looks needs it: the story's title and source line, as text. */
function storyHeader(title: string, source: string): HTMLElement {
  const header = document.createElement('header');
  header.className = 'sa-first-header';
  const heading = document.createElement('h1');
  heading.className = 'sa-first-header__title';
  heading.textContent = title;
  const line = document.createElement('p');
  line.className = 'sa-first-header__source';
  line.textContent = source;
  header.append(heading, line);
  return header;
}

/**
 * Shows the answer of the place the page's URL asks for (`?place=`) on the first map, as the view will open it;
 * whether it could (the place has a pin there). The pin is marked but not chosen: the view opens the place itself.
 */
export function showAskedPlace(): boolean {
  const asked = new URL(location.href).searchParams.get(PLACE_PARAMETER);
  if (!first || !asked || !first.answers[asked]) {
    return false;
  }
  shown = asked;
  markChosen(first);
  showAnswer(first, asked, false);
  return true;
}

/** Whether the page's URL asks for a place (`?place=`). */
export function asksForPlace(): boolean {
  return new URL(location.href).searchParams.has(PLACE_PARAMETER);
}

/**
 * The browser drops our cookie, so the server's map will not come: the first map stays, with one line
 * that says why, and a pin opens the full map at its place in a new tab, first-party, where the cookie
 * is kept. A page without a first map shows the line alone.
 */
export function keepFirstMap(): void {
  opensFullMap = true;
  const note = document.createElement('p');
  note.className = 'sa-cookie-note';
  note.setAttribute('role', 'status');
  note.textContent = cookieNote();
  (first?.page ?? document.body).prepend(note);
}

/** Remembers the reader's choice for the server's map, and marks the pin as chosen meanwhile. */
function choose(id: string, byKeyboard: boolean): void {
  if (opensFullMap) {
    window.open(fullMapUrl(location.href, document.baseURI, id), '_blank', 'noopener');
    return;
  }
  chosen = { id, byKeyboard };
  if (first) {
    markChosen(first);
    showAnswer(first, id, byKeyboard);
  }
}

/** Shows the place's answer beside the first map, in place of the one shown before. */
function showAnswer(state: FirstMap, id: string, byKeyboard: boolean): void {
  const answer = state.answers[id];
  state.panel?.remove();
  state.panel = answer ? answerPanel(answer) : undefined;
  if (state.panel) {
    state.page.append(state.panel);
    if (byKeyboard) {
      state.panel.querySelector<HTMLElement>('h2')?.focus();
    }
  }
}

/**
 * Removes the first map's page once the view's own panel shows (it opens the same place), or after a while if it
 * never does, so the answer does not blink out while the server opens it; at once when no answer shows.
 */
function removeWhenTheViewAnswers(state: FirstMap): void {
  if (!state.panel) {
    state.page.remove();
    return;
  }
  const until = performance.now() + ANSWER_HANDOVER_MS;
  const check = () => {
    const viewPanel = document.getElementById('place-panel');
    if ((viewPanel && !viewPanel.hidden && viewPanel.checkVisibility()) || performance.now() > until) {
      state.page.remove();
    } else {
      setTimeout(check, 50);
    }
  };
  check();
}

function markChosen(state: FirstMap): void {
  const selected = chosen?.id ?? shown;
  state.pins.forEach((marker, id) => {
    const element = marker.getElement();
    element?.classList.toggle('sa-pin--selected', id === selected);
    if (id === selected) {
      element?.setAttribute('aria-current', 'true');
    } else {
      element?.removeAttribute('aria-current');
    }
  });
}

/**
 * The server's map shows its pins: removes the first map, moves keyboard focus from a first pin to the
 * same place's new pin, and passes on a pin the reader chose meanwhile, or the place they chose just
 * before the page was reloaded for a lost session. Does nothing after the first time.
 */
export function handOver(pins: Map<string, Leaflet.Marker>, choosePin: (id: string, byKeyboard: boolean) => void): void {
  if (handedOver) {
    return;
  }
  handedOver = true;
  const beforeReload = pendingPlace();
  if (!chosen && beforeReload) {
    chosen = { id: beforeReload, byKeyboard: false };
  }
  if (first) {
    const focusedHere = first.element.contains(document.activeElement);
    const focused = focusedHere ? (document.activeElement as HTMLElement | null)?.dataset.place : undefined;
    first.resizes.disconnect();
    first.map.remove();
    // hidden, not removed: the answer beside it keeps its place; the view's header stands where this one did
    first.element.style.visibility = 'hidden';
    if (first.header) {
      first.header.style.visibility = 'hidden';
    }
    removeWhenTheViewAnswers(first);
    first = undefined;
    if (focused) {
      pins.get(focused)?.getElement()?.focus();
    } else if (focusedHere) {
      // on the map itself or its zoom buttons: the view's map takes the focus, which would otherwise fall to the page
      pins.values().next().value?.getElement()?.closest<HTMLElement>('.leaflet-container')?.focus();
    }
  }
  if (chosen && pins.has(chosen.id)) {
    choosePin(chosen.id, chosen.byKeyboard);
  }
  chosen = undefined;
}
