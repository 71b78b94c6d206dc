// <sa-story-map>: draws the story's pins and links on the add-on's Leaflet map, its child, and tells the
// server which pin or line a reader chose. Place names arrive as JSON data and are written with
// textContent only: never parsed as HTML.
// Leaflet first: the add-on loads the same module, and this module uses the global `L` it defines.
import 'leaflet/dist/leaflet.js';
import type { Leaflet } from './leaflet-types';
import { Basemap } from './basemap';
import { CountryLabels, type CountryLabel } from './country-labels';
import { placeLabels } from './pin-labels';
import { drawLink, type DrawnLink, type LinkData } from './links';
import { pinMarker, REDUCED_MOTION, type Pin } from './pins';
import { handOver } from './first-map';
import { CHOOSE_EVENT, STORY_MAP_TAG, TILES_FAILED_EVENT } from './names';

declare const L: typeof Leaflet;

/** A tile server as the server sends it (Java: StoryMap.TileData). */
export interface Tiles {
  urlTemplate: string;
  attribution: string;
  maxZoom: number;
}

/** The detail of CHOOSE_EVENT: the chosen place's or link's id, and how it was chosen. */
export interface Choice {
  id: string;
  link: boolean;
  byKeyboard: boolean;
}

/** The add-on's element keeps its Leaflet map in the `map` property. */
interface AddOnElement extends HTMLElement {
  map: Leaflet.Map;
}

const SELECTED = 'sa-pin--selected';

/** The properties the server may set before this element's class is defined. */
const PROPERTIES = ['pins', 'links', 'countries', 'selectedPlace', 'selectedLink', 'tiles'] as const;

if (REDUCED_MOTION) {
  // No fly, pan or zoom animations for readers who asked for less motion.
  L.Map.mergeOptions({ zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false });
}

/**
 * `<sa-story-map>` around the add-on's `<leaflet-map>`, with the properties `pins`, `links` and `countries`
 * (JSON arrays of {@link Pin}, {@link LinkData} and {@link CountryLabel}), `selectedPlace` and `selectedLink` (an id, or empty for
 * none) and `tiles` (JSON of {@link Tiles}); `attach(mapElement)` takes over the add-on's map once it has one.
 * A chosen pin or line raises CHOOSE_EVENT (detail: {@link Choice}); failing tiles raise TILES_FAILED_EVENT.
 */
class StoryMapElement extends HTMLElement {
  private map?: Leaflet.Map;
  private basemap?: Basemap;
  private countryLabels?: CountryLabels;
  private countryData: CountryLabel[] = [];
  private ready = false;
  private pinData: Pin[] = [];
  private linkData: LinkData[] = [];
  private markers = new Map<string, Leaflet.Marker>();
  private drawnLinks = new Map<string, DrawnLink>();
  private bounds: Array<[number, number]> = [];
  private place: string | null = null;
  private link: string | null = null;
  private tileServer?: Tiles;
  private tileLayer?: Leaflet.TileLayer;

  connectedCallback(): void {
    // A value set before this class was defined sits on the instance and hides the setter: pass it on.
    for (const name of PROPERTIES) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const early = (this as unknown as Record<string, string>)[name];
        delete (this as unknown as Record<string, string>)[name];
        (this as unknown as Record<string, string>)[name] = early;
      }
    }
  }

  set pins(json: string) {
    this.pinData = JSON.parse(json || '[]') as Pin[];
    this.drawPins();
  }

  set links(json: string) {
    this.linkData = JSON.parse(json || '[]') as LinkData[];
    this.drawLinks();
  }

  set countries(json: string) {
    this.countryData = JSON.parse(json || '[]') as CountryLabel[];
    this.drawCountries();
  }

  set selectedPlace(id: string) {
    this.place = id || null;
    this.markSelected();
    this.relabel(); // a selected label is bold, so wider
  }

  set selectedLink(id: string) {
    this.link = id || null;
    this.markSelected();
  }

  set tiles(json: string) {
    this.tileServer = json ? (JSON.parse(json) as Tiles) : undefined;
    this.showTiles();
  }

  /** Takes over the add-on's map: basemap, zoom steps, and refitting when the map's size changes. */
  attach(mapElement: AddOnElement): void {
    if (this.map) {
      return;
    }
    const map = mapElement.map;
    this.map = map;
    map.options.zoomSnap = 0.25;
    this.basemap = new Basemap(map);
    this.countryLabels = new CountryLabels(map);
    map.createPane('sa-links').style.zIndex = '420';
    map.whenReady(() => {
      this.ready = true;
    });
    map.on('zoomend', () => this.relabel());
    // Arrowheads are rotated in screen space, so draw the links again at each new zoom.
    map.on('zoomend', () => this.drawLinks());
    // The map may be laid out after the pins arrive, and phones rotate: fit again whenever its size changes.
    new ResizeObserver(() => {
      map.invalidateSize({ animate: false });
      this.fit();
    }).observe(mapElement);
    this.drawCountries();
    this.drawPins();
    this.showTiles();
  }

  /** Moves keyboard focus to a place's pin (after its panel closes). */
  focusPin(placeId: string): void {
    this.markers.get(placeId)?.getElement()?.focus();
  }

  /** Moves keyboard focus to a link's line (after its panel closes). */
  focusLink(linkId: string): void {
    (this.drawnLinks.get(linkId)?.hit.getElement() as SVGElement | undefined)?.focus();
  }

  private choose(id: string, link: boolean, byKeyboard: boolean): void {
    this.dispatchEvent(new CustomEvent<Choice>(CHOOSE_EVENT, { detail: { id, link, byKeyboard } }));
  }

  /** Replaces the pins on the map with the current ones and fits them into view. */
  private drawPins(): void {
    const map = this.map;
    if (!map) {
      return;
    }
    this.markers.forEach((marker) => marker.remove());
    this.markers = new Map();
    for (const pin of this.pinData) {
      const marker = pinMarker(pin, (byKeyboard) => this.choose(pin.id, false, byKeyboard), () => this.markSelected());
      this.markers.set(pin.id, marker.addTo(map));
    }
    this.bounds = this.pinData.map((pin) => [pin.lat, pin.lon]);
    this.fit();
  }

  /** Names and tints the countries holding the pins, where the first map named them. */
  private drawCountries(): void {
    this.countryLabels?.show(this.countryData);
    this.basemap?.tint(this.countryData.map((country) => country.id));
    this.relabel();
  }

  /** Fits the current pins into view, without animation, once the map has a size. */
  private fit(): void {
    const map = this.map;
    if (!map) {
      return;
    }
    const sized = this.clientWidth > 0 && this.clientHeight > 0;
    if (this.bounds.length > 0 && sized) {
      map.fitBounds(this.bounds, { padding: [48, 48], maxZoom: 5, animate: false });
      if (this.drawnLinks.size === 0 && this.linkData.length > 0) {
        this.drawLinks();
      }
    }
    this.relabel();
    if (this.markers.size > 0 && sized) {
      // this map is in view with its pins: the first map drawn from the page's data gives way
      handOver(this.markers, (placeId, byKeyboard) => this.choose(placeId, false, byKeyboard));
    }
  }

  private drawLinks(): void {
    this.drawnLinks.forEach((drawn) => {
      drawn.line.remove();
      drawn.hit.remove();
      drawn.arrow?.remove();
    });
    this.drawnLinks = new Map();
    const map = this.map;
    if (!map || !this.ready) {
      return; // the map has no view yet; fit() draws them once it has
    }
    for (const link of this.linkData) {
      this.drawnLinks.set(link.id, drawLink(map, link, (byKeyboard) => this.choose(link.id, true, byKeyboard)));
    }
    this.markSelected();
  }

  private relabel(): void {
    placeLabels(this.markers, this, this.map);
  }

  /** Marks the chosen place's pin and the chosen link (or none) as selected. */
  private markSelected(): void {
    this.drawnLinks.forEach((drawn, id) => drawn.line.getElement()?.classList.toggle('sa-link--selected', id === this.link));
    this.markers.forEach((marker, id) => {
      const element = marker.getElement();
      const selected = id === this.place;
      element?.classList.toggle(SELECTED, selected);
      if (selected) {
        element?.setAttribute('aria-current', 'true');
      } else {
        element?.removeAttribute('aria-current');
      }
    });
  }

  /**
   * Shows raster tiles above the offline basemap. Tile errors remove them again, so the offline basemap
   * stays the fallback, and the server is told once.
   */
  private showTiles(): void {
    const map = this.map;
    const server = this.tileServer;
    if (!map || !server || this.tileLayer) {
      return;
    }
    const safeAttribution = document.createElement('span');
    safeAttribution.textContent = server.attribution;
    let failures = 0;
    const tiles = L.tileLayer(server.urlTemplate, { attribution: safeAttribution.innerHTML, maxZoom: server.maxZoom });
    tiles.on('tileerror', () => {
      failures += 1;
      if (failures === 3) {
        tiles.remove();
        this.dispatchEvent(new CustomEvent(TILES_FAILED_EVENT));
      }
    });
    this.tileLayer = tiles.addTo(map);
  }
}

if (!customElements.get(STORY_MAP_TAG)) {
  customElements.define(STORY_MAP_TAG, StoryMapElement);
}
