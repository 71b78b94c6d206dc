// The <story-atlas-map> element in a browser that drops our cookie (Safari before 26.2, a reader who blocks
// every cookie), where Vaadin's view can never come: each element shows its story's named pins, fetched as
// public data, with one line that says why, and a pin opens the full map at its place in a new tab, on our
// own site, where the cookie is kept; the element is complete once they and their basemap are drawn (embed-ready.ts).
// With the cookie kept, this module only asks once and stays out of the way.
import { cookieKept } from './cookie-check';
import { mapComplete, markReady } from './embed-ready';
import { drawPinMap, type FirstPins, type PinMap } from './first-map';
import { ELEMENT_PINS_PATH, ELEMENT_TAG, PLACE_PARAMETER } from './names';

/** The server's answer for one element (Java: ElementPins). */
interface ElementPins {
  note: string;
  map: string;
  first?: FirstPins;
}

/** What an element shows now: the box in its shadow root, and the map in it if there were pins. */
interface Shown {
  box: HTMLElement;
  map?: PinMap;
}

const shown = new WeakMap<HTMLElement, Shown>();
/** Each element's latest request, so that an answer overtaken by a later attribute change is dropped. */
const asked = new WeakMap<HTMLElement, number>();

/** The Story Atlas server's root, from the address of the element's script on the page (as Vaadin finds it too). */
function serverRoot(): string | undefined {
  const script = [...document.scripts].find((candidate) => candidate.src.includes(`web-component/${ELEMENT_TAG}.js`));
  return script ? new URL('..', script.src).href : undefined;
}

/** Shows the pins for the element's attributes in its shadow root, in place of what it showed before. */
async function showPins(element: HTMLElement, root: string): Promise<void> {
  const request = (asked.get(element) ?? 0) + 1;
  asked.set(element, request);
  const address = new URL(ELEMENT_PINS_PATH, root);
  // every attribute: the server reads those it knows, as it reads an embed's URL
  for (const name of element.getAttributeNames()) {
    address.searchParams.set(name, element.getAttribute(name) ?? '');
  }
  let answer: ElementPins;
  try {
    const response = await fetch(address);
    if (!response.ok) {
      return;
    }
    answer = (await response.json()) as ElementPins;
  } catch {
    return;
  }
  if (asked.get(element) !== request) {
    return;
  }
  const before = shown.get(element);
  before?.map?.resizes.disconnect();
  before?.map?.map.remove();
  before?.box.remove();

  const box = document.createElement('div');
  box.className = 'sa-element-without-cookie';
  const sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = new URL('story-atlas.css', root).href;
  const note = document.createElement('p');
  note.className = 'sa-cookie-note';
  note.setAttribute('role', 'status');
  note.textContent = answer.note;
  const styled = new Promise<void>((loaded) => {
    sheet.addEventListener('load', () => loaded(), { once: true });
    sheet.addEventListener('error', () => loaded(), { once: true });
  });
  box.append(sheet, note);
  (element.shadowRoot ?? element.attachShadow({ mode: 'open' })).append(box);
  const now: Shown = { box };
  shown.set(element, now);
  // Leaflet reads its box's position and size when it starts: only once the style sheet gives them
  await styled;
  const first = answer.first;
  if (first && first.pins.length > 0 && shown.get(element) === now) {
    now.map = drawPinMap(box, first, (id) => openFullMap(answer.map, root, id));
    void mapComplete(box).then(() => markReady(element));
  }
}

/** Opens the full map at the place in a new tab: first-party there, the browser keeps our cookie. */
function openFullMap(map: string, root: string, placeId: string): void {
  const address = new URL(map, root);
  address.searchParams.set(PLACE_PARAMETER, placeId);
  window.open(address.href, '_blank', 'noopener');
}

/** Shows pins in every element on the page, now and as the page adds more, and again when an element's attributes change. */
function keepPinsInEveryElement(root: string): void {
  const known = new WeakSet<HTMLElement>();
  const each = (): void => {
    document.querySelectorAll<HTMLElement>(ELEMENT_TAG).forEach((element) => {
      if (known.has(element)) {
        return;
      }
      known.add(element);
      void showPins(element, root);
      new MutationObserver(() => void showPins(element, root)).observe(element, { attributes: true });
    });
  };
  each();
  new MutationObserver(each).observe(document.documentElement, { childList: true, subtree: true });
}

const server = serverRoot();
if (server) {
  // Vaadin's session cookie came with the element's bootstrap script, which loaded this module: the check can tell.
  void cookieKept(server).then((kept) => {
    if (!kept) {
      keepPinsInEveryElement(server);
    }
  });
}
