// Draws the story's pins on the add-on's Leaflet map and tells the server which pin a reader chose.
// Place names arrive as JSON data and are written with textContent only: never parsed as HTML.

/** A pin as the server sends it. */
interface Pin {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

/** The small part of Leaflet's API this module uses. */
interface LeafletMarker {
  addTo(map: LeafletMap): LeafletMarker;
  remove(): LeafletMarker;
  on(type: string, handler: () => void): LeafletMarker;
  getElement(): HTMLElement | undefined;
}

interface LeafletMap {
  options: { zoomSnap: number };
  on(type: string, handler: () => void): LeafletMap;
  fitBounds(bounds: Array<[number, number]>, options: Record<string, unknown>): LeafletMap;
  invalidateSize(options?: Record<string, unknown>): LeafletMap;
}

interface Leaflet {
  marker(at: [number, number], options: Record<string, unknown>): LeafletMarker;
  divIcon(options: Record<string, unknown>): unknown;
}

/** The add-on's element keeps its Leaflet map in the `map` property. */
interface AddOnElement extends HTMLElement {
  map: LeafletMap;
}

/** Our StoryMap component's element: its server side receives pin choices. */
interface HostElement extends HTMLElement {
  $server: { pinClicked(placeId: string): void };
  storyAtlasPins?: Map<string, LeafletMarker>;
  storyAtlasResize?: ResizeObserver;
  storyAtlasBounds?: Array<[number, number]>;
  storyAtlasMapReady?: boolean;
  storyAtlasSelected?: string | null;
}

declare const L: Leaflet;

const SELECTED = 'sa-pin--selected';

/** Builds a pin's icon: a dot and the place name as a visible label. */
function icon(pin: Pin): unknown {
  const body = document.createElement('span');
  body.className = 'sa-pin__body';
  const dot = document.createElement('span');
  dot.className = 'sa-pin__dot';
  dot.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'sa-pin__label';
  label.textContent = pin.name;
  body.append(dot, label);
  return L.divIcon({ html: body, className: 'sa-pin', iconSize: [24, 24], iconAnchor: [12, 12] });
}

/** Replaces the pins on the map with the given ones and fits them into view. */
function showPins(host: HostElement, mapElement: AddOnElement, pinsJson: string): void {
  const map = mapElement.map;
  if (!host.storyAtlasMapReady) {
    map.options.zoomSnap = 0.25;
    map.on('zoomend', () => placeLabels(host));
    host.storyAtlasMapReady = true;
  }
  const pins = JSON.parse(pinsJson) as Pin[];
  host.storyAtlasPins?.forEach((marker) => marker.remove());
  host.storyAtlasPins = new Map();
  for (const pin of pins) {
    const marker = L.marker([pin.lat, pin.lon], { icon: icon(pin), keyboard: true, riseOnHover: true });
    // Leaflet creates the element only once the map has a view, so name it when it is added.
    marker.on('add', () => {
      const element = marker.getElement();
      element?.setAttribute('aria-label', pin.name);
      element?.setAttribute('data-place', pin.id);
      markSelected(host);
    });
    marker.on('click', () => host.$server.pinClicked(pin.id)).addTo(map);
    host.storyAtlasPins.set(pin.id, marker);
  }
  host.storyAtlasBounds = pins.map((pin) => [pin.lat, pin.lon] as [number, number]);
  fit(host, map);
  if (!host.storyAtlasResize) {
    // The map may be laid out after the pins arrive, and phones rotate: fit again whenever its size changes.
    host.storyAtlasResize = new ResizeObserver(() => {
      map.invalidateSize({ animate: false });
      fit(host, map);
    });
    host.storyAtlasResize.observe(mapElement);
  }
}

/** Fits the current pins into view, without animation. */
function fit(host: HostElement, map: LeafletMap): void {
  const bounds = host.storyAtlasBounds ?? [];
  if (bounds.length > 0 && host.clientWidth > 0 && host.clientHeight > 0) {
    map.fitBounds(bounds, { padding: [48, 48], maxZoom: 5, animate: false });
  }
  placeLabels(host);
}

const LABEL_SIDES = ['right', 'left', 'above', 'below'] as const;

/** Puts each label on the first side of its dot where it covers no dot and no label placed before it. */
function placeLabels(host: HostElement): void {
  const taken: DOMRect[] = [];
  host.storyAtlasPins?.forEach((marker) => {
    const dot = marker.getElement()?.querySelector('.sa-pin__dot');
    if (dot) {
      taken.push(dot.getBoundingClientRect());
    }
  });
  host.storyAtlasPins?.forEach((marker) => {
    const label = marker.getElement()?.querySelector<HTMLElement>('.sa-pin__label');
    if (!label) {
      return;
    }
    for (const side of LABEL_SIDES) {
      label.dataset.side = side;
      const box = label.getBoundingClientRect();
      if (!taken.some((other) => overlaps(box, other))) {
        break;
      }
    }
    taken.push(label.getBoundingClientRect());
  });
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Marks the chosen place's pin (or none) as selected. */
function select(host: HostElement, placeId: string | null): void {
  host.storyAtlasSelected = placeId;
  markSelected(host);
}

function markSelected(host: HostElement): void {
  host.storyAtlasPins?.forEach((marker, id) => {
    const element = marker.getElement();
    const selected = id === host.storyAtlasSelected;
    element?.classList.toggle(SELECTED, selected);
    if (selected) {
      element?.setAttribute('aria-current', 'true');
    } else {
      element?.removeAttribute('aria-current');
    }
  });
}

(window as unknown as { storyAtlasMap: object }).storyAtlasMap = { showPins, select };
