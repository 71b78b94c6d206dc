// The names of the countries that hold the story's places, where the server writes them (Java: map/Countries): the
// first map draws them with its pins, without waiting for the basemap's data, and the view's map at the same spots.
import type { Leaflet } from './leaflet-types';

declare const L: typeof Leaflet;

/** A country's name on the map (Java: Countries.Label): `id` is the basemap data's id of the country, by which it is tinted. */
export interface CountryLabel {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

const PANE = 'sa-country-labels';

/** The country names of one map, in a pane of their own above the basemap and below the pins. */
export class CountryLabels {
  private markers: Leaflet.Marker[] = [];

  constructor(private readonly map: Leaflet.Map) {
    if (!map.getPane(PANE)) {
      map.createPane(PANE).style.zIndex = '450';
    }
  }

  /** Shows these names in place of those shown before. */
  show(labels: CountryLabel[]): void {
    this.markers.forEach((marker) => marker.remove());
    this.markers = labels.map((label) => this.label(label));
  }

  /** A quiet, non-interactive name; the text is data, written as text. */
  private label(label: CountryLabel): Leaflet.Marker {
    const text = document.createElement('span');
    text.className = 'sa-country__name';
    text.textContent = label.name;
    return L.marker([label.lat, label.lon], {
      // no size: the label's CSS sizes it (Leaflet's own examples pass null, which its types leave out)
      icon: L.divIcon({ html: text, className: 'sa-country', iconSize: undefined }),
      interactive: false,
      keyboard: false,
      pane: PANE,
    }).addTo(this.map);
  }
}
