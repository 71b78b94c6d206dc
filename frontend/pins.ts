// A story's pin on a Leaflet map: a dot with the place name beside it, focusable, announced by its
// label. The server-driven map and the first map drawn from the page's data build pins alike.
import type { Leaflet } from './leaflet-types';

declare const L: typeof Leaflet;

/** A pin as the server sends it (Java: StoryMap.PinData): `name` is shown, `label` is what assistive technology announces. */
export interface Pin {
  id: string;
  name: string;
  label: string;
  lat: number;
  lon: number;
}

export const REDUCED_MOTION = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Builds a pin's icon: a dot and the place name (as text, never HTML) as a visible label. */
function icon(pin: Pin): Leaflet.DivIcon {
  const body = document.createElement('span');
  body.className = 'sa-pin__body';
  const dot = document.createElement('span');
  dot.className = 'sa-pin__dot';
  const label = document.createElement('span');
  label.className = 'sa-pin__label';
  label.textContent = pin.name;
  label.setAttribute('aria-hidden', 'true');
  body.append(dot, label);
  return L.divIcon({ html: body, className: 'sa-pin', iconSize: [24, 24], iconAnchor: [12, 12] });
}

/**
 * A marker for the pin that calls `choose` on a click or on Enter or Space, and `added` with its element
 * once Leaflet has created it (only when the map has a view).
 */
export function pinMarker(pin: Pin, choose: (byKeyboard: boolean) => void, added: (element: HTMLElement) => void): Leaflet.Marker {
  const marker = L.marker([pin.lat, pin.lon], { icon: icon(pin), keyboard: true, riseOnHover: true, autoPanOnFocus: !REDUCED_MOTION });
  marker.on('add', () => {
    const element = marker.getElement();
    if (!element) {
      return;
    }
    element.setAttribute('aria-label', pin.label);
    element.dataset.place = pin.id;
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        event.stopPropagation();
        choose(true);
      }
    });
    added(element);
  });
  marker.on('click', () => choose(false));
  return marker;
}
