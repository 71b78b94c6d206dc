// Draws the story's pins on the add-on's Leaflet map and tells the server which pin a reader chose.
// Place names arrive as JSON data and are written with textContent only: never parsed as HTML.
// Leaflet first: the add-on loads the same module, and this module uses the global `L` it defines.
import 'leaflet/dist/leaflet.js';
import type { Leaflet, LeafletLayer, LeafletMap, LeafletMarker } from './leaflet-types';
import { Basemap } from './basemap';
import { placeLabels } from './pin-labels';
import { drawLink, type DrawnLink, type LinkData } from './links';
import { pinMarker, REDUCED_MOTION, type Pin } from './pins';
import { handOver } from './first-map';

/** The add-on's element keeps its Leaflet map in the `map` property. */
interface AddOnElement extends HTMLElement {
  map: LeafletMap;
}

/** The state this module keeps per map, on our StoryMap component's element. */
interface MapState {
  map: LeafletMap;
  basemap: Basemap;
  pins: Map<string, LeafletMarker>;
  bounds: Array<[number, number]>;
  selected: string | null;
  links: Map<string, DrawnLink>;
  linkData: LinkData[];
  selectedLink: string | null;
  tiles?: LeafletLayer;
}

/** Our StoryMap component's element: its server side receives pin choices and tile failures. */
interface HostElement extends HTMLElement {
  $server: { pinChosen(placeId: string, byKeyboard: boolean): void; linkChosen(linkId: string, byKeyboard: boolean): void; tilesFailed(): void };
  storyAtlas?: MapState;
}

declare const L: Leaflet;

const SELECTED = 'sa-pin--selected';

if (REDUCED_MOTION) {
  // No fly, pan or zoom animations for readers who asked for less motion.
  L.Map.mergeOptions({ zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false });
}

/** Sets up the map once: basemap, zoom steps, and refitting when the map's size changes. */
function init(host: HostElement, mapElement: AddOnElement, language: string): void {
  const map = mapElement.map;
  map.options.zoomSnap = 0.25;
  const relabel = () => placeLabels(state.pins, host);
  const state: MapState = {
    map, basemap: new Basemap(map, language, relabel), pins: new Map(), bounds: [], selected: null,
    links: new Map(), linkData: [], selectedLink: null,
  };
  host.storyAtlas = state;
  map.createPane('sa-links').style.zIndex = '420';
  map.on('zoomend', relabel);
  // Arrowheads are rotated in screen space, so draw the links again at each new zoom.
  map.on('zoomend', () => drawLinks(host, state));
  // The map may be laid out after the pins arrive, and phones rotate: fit again whenever its size changes.
  new ResizeObserver(() => {
    map.invalidateSize({ animate: false });
    fit(host, state);
  }).observe(mapElement);
}

/** Replaces the pins on the map with the given ones and fits them into view. */
function showPins(host: HostElement, pinsJson: string): void {
  const state = host.storyAtlas!;
  const pins = JSON.parse(pinsJson) as Pin[];
  state.pins.forEach((marker) => marker.remove());
  state.pins = new Map();
  for (const pin of pins) {
    const marker = pinMarker(pin, (byKeyboard) => host.$server.pinChosen(pin.id, byKeyboard), () => markSelected(state));
    state.pins.set(pin.id, marker.addTo(state.map));
  }
  state.bounds = pins.map((pin) => [pin.lat, pin.lon]);
  state.basemap.labelCountriesAt(state.bounds);
  fit(host, state);
}

/** Fits the current pins into view, without animation, once the map has a size. */
function fit(host: HostElement, state: MapState): void {
  if (state.bounds.length > 0 && host.clientWidth > 0 && host.clientHeight > 0) {
    state.map.fitBounds(state.bounds, { padding: [48, 48], maxZoom: 5, animate: false });
    if (state.links.size === 0 && state.linkData.length > 0) {
      drawLinks(host, state);
    }
  }
  placeLabels(state.pins, host);
  if (state.pins.size > 0 && host.clientWidth > 0 && host.clientHeight > 0) {
    // this map is in view with its pins: the first map drawn from the page's data gives way
    handOver(state.pins, (placeId, byKeyboard) => host.$server.pinChosen(placeId, byKeyboard));
  }
}

/** Replaces the links on the map with the given ones. */
function showLinks(host: HostElement, linksJson: string): void {
  const state = host.storyAtlas!;
  state.linkData = JSON.parse(linksJson) as LinkData[];
  drawLinks(host, state);
}

function drawLinks(host: HostElement, state: MapState): void {
  state.links.forEach((drawn) => {
    drawn.line.remove();
    drawn.hit.remove();
    drawn.arrow?.remove();
  });
  state.links = new Map();
  if (!(state.map as unknown as { _loaded?: boolean })._loaded) {
    return; // the map has no view yet; fit() draws them once it has
  }
  for (const link of state.linkData) {
    state.links.set(link.id, drawLink(state.map, link, (byKeyboard) => host.$server.linkChosen(link.id, byKeyboard)));
  }
  markSelected(state);
}

/** Marks the chosen place's pin and the chosen link (or none) as selected. */
function select(host: HostElement, placeId: string | null, linkId: string | null): void {
  const state = host.storyAtlas!;
  state.selected = placeId;
  state.selectedLink = linkId;
  markSelected(state);
  placeLabels(state.pins, host); // a selected label is bold, so wider
}

function markSelected(state: MapState): void {
  state.links.forEach((drawn, id) => drawn.line.getElement()?.classList.toggle('sa-link--selected', id === state.selectedLink));
  state.pins.forEach((marker, id) => {
    const element = marker.getElement();
    const selected = id === state.selected;
    element?.classList.toggle(SELECTED, selected);
    if (selected) {
      element?.setAttribute('aria-current', 'true');
    } else {
      element?.removeAttribute('aria-current');
    }
  });
}

/** Moves keyboard focus to a link's line (after its panel closes). */
function focusLink(host: HostElement, linkId: string): void {
  (host.storyAtlas?.links.get(linkId)?.hit.getElement() as HTMLElement | SVGElement | undefined)?.focus();
}

/** Moves keyboard focus to a place's pin (after its panel closes). */
function focusPin(host: HostElement, placeId: string): void {
  host.storyAtlas?.pins.get(placeId)?.getElement()?.focus();
}

/**
 * Shows raster tiles above the offline basemap. Tile errors remove them again, so the offline basemap
 * stays the fallback, and the server is told once.
 */
function showTiles(host: HostElement, urlTemplate: string, attribution: string, maxZoom: number): void {
  const state = host.storyAtlas!;
  if (state.tiles) {
    return;
  }
  const safeAttribution = document.createElement('span');
  safeAttribution.textContent = attribution;
  let failures = 0;
  const tiles = L.tileLayer(urlTemplate, { attribution: safeAttribution.innerHTML, maxZoom });
  tiles.on('tileerror', () => {
    failures += 1;
    if (failures === 3) {
      tiles.remove();
      host.$server.tilesFailed();
    }
  });
  state.tiles = tiles.addTo(state.map);
}

(window as unknown as { storyAtlasMap: object }).storyAtlasMap = { init, showPins, showLinks, select, focusPin, focusLink, showTiles };
