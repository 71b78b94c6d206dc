// Draws the offline basemap from Natural Earth data shipped with the app (world-atlas), so the map
// needs no tile server and sends readers to no third party; tints the countries that hold pins (their names
// come from the server with the pins, country-labels.ts).
import { feature, mesh } from 'topojson-client';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Leaflet } from './leaflet-types';
import { nextTask, slices } from './next-task';

declare const L: typeof Leaflet;

type CountryTopology = Parameters<typeof feature>[0] & { objects: { countries: Parameters<typeof feature>[1] } };
type Country = Feature<Polygon | MultiPolygon, { name: string }>;

/** Where the detailed data starts to pay off: below this zoom the coarse data looks the same. */
const DETAIL_ZOOM = 4;

/**
 * How long, in ms, the basemap is converted or drawn before the browser gets the thread back: country by country, in
 * slices short enough at a phone's speed (or on a busy machine) that the page stays responsive meanwhile; drawn at
 * once it blocked the first map for hundreds of ms, and a fixed number of countries per task was too many when slow.
 */
const SLICE_MS = 5;

/** How many border points make one piece: a piece is projected and drawn in a small part of a slice. */
const BORDER_PIECE_POINTS = 400;

const COUNTRY_STYLE = { stroke: false, fillColor: '#f4f1e8', fillOpacity: 1, interactive: false };
const STORY_COUNTRY_STYLE = { ...COUNTRY_STYLE, fillColor: '#ece3cf' };
const BORDER_STYLE = { color: '#9b978c', weight: 0.8, opacity: 1, interactive: false, fill: false };

/** The basemap of one map: its layers and the ids of the countries it tints. */
export class Basemap {
  private layers: Array<{ remove(): void }> = [];
  private detailed = false;
  private loading?: Promise<void>;
  private tinted = new Set<string>();
  private data?: CountryTopology;
  /** Counts the drawings begun: a drawing stops when a newer one has begun. */
  private drawing = 0;
  /** Set once the map is removed (the first map gives way to the view's): a drawing under way stops. */
  private gone = false;

  constructor(private readonly map: Leaflet.Map) {
    const pane = map.createPane('sa-basemap');
    pane.style.zIndex = '250';
    pane.setAttribute('aria-hidden', 'true');
    map.attributionControl?.addAttribution('Natural Earth');
    map.on('zoomend', () => void this.load());
    map.on('unload', () => {
      this.gone = true;
    });
  }

  /** Tints the countries with these ids (those holding the pins shown now, see CountryLabel). */
  tint(ids: string[]): void {
    this.tinted = new Set(ids);
    if (this.data) {
      void this.draw(this.data);
    } else {
      void this.load();
    }
  }

  /** Loads coarse or detailed data for the current zoom, each at most once, then draws it. */
  private load(): Promise<void> {
    const wantDetail = this.map.getZoom() >= DETAIL_ZOOM;
    if (this.data && wantDetail === this.detailed) {
      return Promise.resolve();
    }
    if (!this.loading) {
      // from the moment data is asked for, not only once it has come: whoever waits for the map sees it is not complete
      this.map.getContainer().dataset.basemap = 'drawing';
    }
    this.loading ??= (wantDetail ? import('world-atlas/countries-50m.json') : import('world-atlas/countries-110m.json'))
      .then((module) => {
        this.detailed = wantDetail;
        this.data = (module.default ?? module) as unknown as CountryTopology;
        return this.draw(this.data);
      })
      .finally(() => {
        this.loading = undefined;
      });
    return this.loading;
  }

  /**
   * Draws the countries (those holding a pin tinted) and their borders in place of what was drawn, in slices of a few
   * ms; the new layers replace the old ones at once when all are ready, so nothing blinks.
   */
  private async draw(topology: CountryTopology): Promise<void> {
    const drawing = ++this.drawing;
    // says on the map whether its basemap is complete, for whoever checks the map
    this.map.getContainer().dataset.basemap = 'drawing';
    const { all, borders } = await shapes(topology);
    const keep = () => drawing === this.drawing && !this.gone;
    const countries = L.geoJSON(undefined, { ...COUNTRY_STYLE, pane: 'sa-basemap',
      style: (f) => (this.tinted.has(countryId(f as Country)) ? STORY_COUNTRY_STYLE : COUNTRY_STYLE) });
    const layers: Array<{ remove(): void }> = [countries];
    if (keep()) {
      countries.addTo(this.map);
    }
    const clock = slices(SLICE_MS);
    await addInSlices(countries, all, clock, keep);
    // in pieces too: the world's borders as one line were one long task of Leaflet's projecting, on a host site's page
    // as well where a phone runs the frame in the page's process
    const lines = L.geoJSON(undefined, { ...BORDER_STYLE, pane: 'sa-basemap' });
    layers.push(lines);
    if (keep()) {
      lines.addTo(this.map);
    }
    await addInSlices(lines, pieces(borders), clock, keep);
    if (!keep()) {
      if (!this.gone) {
        layers.forEach((layer) => layer.remove());
      }
      return;
    }
    this.layers.forEach((layer) => layer.remove());
    this.layers = layers;
    // nothing to place again afterwards: the country names came with the pins (country-labels.ts)
    this.map.getContainer().dataset.basemap = 'drawn';
  }
}

type Shapes = { all: Country[]; borders: MultiLineString };

/** The countries and borders of each data set, converted once per page: a new explorer (another language or story) reuses them. */
const converted = new WeakMap<CountryTopology, Promise<Shapes>>();

function shapes(topology: CountryTopology): Promise<Shapes> {
  let result = converted.get(topology);
  if (!result) {
    result = convert(topology);
    converted.set(topology, result);
  }
  return result;
}

/** Converts the data's countries one by one in slices of a few ms, then their borders in a task of their own. */
async function convert(topology: CountryTopology): Promise<Shapes> {
  const countries = topology.objects.countries as unknown as { type: 'GeometryCollection'; geometries: unknown[] };
  const all: Country[] = [];
  const clock = slices(SLICE_MS);
  for (const geometry of countries.geometries) {
    all.push(feature(topology, geometry as never) as unknown as Country);
    await clock.pause();
  }
  await nextTask();
  const borders = mesh(topology, topology.objects.countries as never, (a: unknown, b: unknown) => a !== b);
  await nextTask();
  return { all, borders };
}

/** Adds the shapes to the layer one by one, giving the browser the thread back each slice, while `keep()` holds. */
async function addInSlices(layer: Leaflet.GeoJSON, shapes: ReadonlyArray<Country | MultiLineString>, clock: { pause(): Promise<void> },
    keep: () => boolean): Promise<void> {
  for (let i = 0; i < shapes.length && keep(); i++) {
    layer.addData(shapes[i]);
    await clock.pause();
  }
}

/** The borders as lines of at most `BORDER_PIECE_POINTS` points together, for drawing in slices. */
function pieces(borders: MultiLineString): MultiLineString[] {
  const result: MultiLineString[] = [];
  let lines: number[][][] = [];
  let points = 0;
  for (const line of borders.coordinates) {
    if (lines.length > 0 && points + line.length > BORDER_PIECE_POINTS) {
      result.push({ type: 'MultiLineString', coordinates: lines });
      lines = [];
      points = 0;
    }
    lines.push(line);
    points += line.length;
  }
  if (lines.length > 0) {
    result.push({ type: 'MultiLineString', coordinates: lines });
  }
  return result;
}

/** The country's id as the server names it (Java: Countries.Label): the data's id, or its name where it has none. */
function countryId(country: Country): string {
  return country.id === undefined ? country.properties.name : String(country.id);
}
