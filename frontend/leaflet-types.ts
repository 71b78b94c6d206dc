// The small part of Leaflet's API (and of the GeoJSON/TopoJSON data) that our front-end modules use.
// Leaflet itself is loaded as the global `L` (by the add-on, and by the first map before it).

export interface LeafletLayer {
  addTo(map: LeafletMap): this;
  remove(): this;
  on(type: string, handler: (event?: unknown) => void): this;
}

export interface LeafletMarker extends LeafletLayer {
  getElement(): HTMLElement | undefined;
}

export interface LeafletMap {
  options: { zoomSnap: number };
  attributionControl?: { addAttribution(text: string): void };
  on(type: string, handler: () => void): LeafletMap;
  getZoom(): number;
  createPane(name: string): HTMLElement;
  latLngToLayerPoint(at: [number, number]): { x: number; y: number };
  fitBounds(bounds: Array<[number, number]>, options: Record<string, unknown>): LeafletMap;
  invalidateSize(options?: Record<string, unknown>): LeafletMap;
  remove(): LeafletMap;
}

export interface Leaflet {
  map(element: HTMLElement, options: Record<string, unknown>): LeafletMap;
  marker(at: [number, number], options: Record<string, unknown>): LeafletMarker;
  divIcon(options: Record<string, unknown>): unknown;
  polyline(points: Array<[number, number]>, options: Record<string, unknown>): LeafletLayer;
  geoJSON(data: unknown, options: Record<string, unknown>): LeafletLayer;
  tileLayer(urlTemplate: string, options: Record<string, unknown>): LeafletLayer;
  Map: { mergeOptions(options: Record<string, unknown>): void };
}

export type Position = number[];

export interface Polygon {
  type: 'Polygon';
  coordinates: Position[][];
}

export interface MultiPolygon {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}

export interface Feature<G, P> {
  type: 'Feature';
  id?: string | number;
  geometry: G;
  properties: P;
}

export interface FeatureCollection<G, P> {
  type: 'FeatureCollection';
  features: Array<Feature<G, P>>;
}
