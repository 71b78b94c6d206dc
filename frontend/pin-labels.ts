// Places each pin's label on a side of its dot where it covers no other dot or label and stays inside
// the map; a label with no free side waits for hover or focus. Country names under a pin give way.
import type { Leaflet } from './leaflet-types';

const SIDES = ['right', 'left', 'above', 'below'] as const;

/** Puts each label on the first free side, in pin order; crowded labels show on hover, focus or selection. */
export function placeLabels(pins: Map<string, Leaflet.Marker>, root: HTMLElement): void {
  const bounds = root.getBoundingClientRect();
  const taken: DOMRect[] = [];
  pins.forEach((marker) => {
    const dot = marker.getElement()?.querySelector('.sa-pin__dot');
    if (dot) {
      taken.push(dot.getBoundingClientRect());
    }
  });
  pins.forEach((marker) => {
    const label = marker.getElement()?.querySelector<HTMLElement>('.sa-pin__label');
    if (!label) {
      return;
    }
    delete label.dataset.crowded;
    const free = SIDES.find((side) => {
      label.dataset.side = side;
      const box = label.getBoundingClientRect();
      return inside(box, bounds) && !taken.some((other) => overlaps(box, other));
    });
    if (free) {
      taken.push(label.getBoundingClientRect());
    } else {
      label.dataset.side = SIDES[0];
      label.dataset.crowded = 'true';
    }
  });
  hideCoveredCountryNames(taken, root);
}

/** Country names give way to pins: a name that would touch a pin or its label is hidden at this zoom. */
function hideCoveredCountryNames(taken: DOMRect[], root: HTMLElement): void {
  root.querySelectorAll<HTMLElement>('.sa-country__name').forEach((name) => {
    name.style.visibility = 'visible';
    const box = name.getBoundingClientRect();
    if (taken.some((other) => overlaps(box, other))) {
      name.style.visibility = 'hidden';
    }
  });
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function inside(a: DOMRect, b: DOMRect): boolean {
  return a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
}
