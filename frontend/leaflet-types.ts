// Leaflet's types (@types/leaflet) for the global `L` that Leaflet's own script defines. Modules take them
// from here rather than from 'leaflet': Vaadin reads the imports of a @JsModule file and would add the
// package's main script, a second Leaflet that replaces the global `L`, for an `import type` of 'leaflet'.
import type * as Leaflet from 'leaflet';

export type { Leaflet };
