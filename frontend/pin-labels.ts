// Places each pin's label on a side of its dot where it covers no other dot or label, and hides
// country names that would sit under a pin.
import type { LeafletMarker } from './leaflet-types';

const SIDES = ['right', 'left', 'above', 'below'] as const;

/** Puts each label on the first side where it overlaps nothing placed before it. */
export function placeLabels(pins: Map<string, LeafletMarker>, root: HTMLElement): void {
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
    for (const side of SIDES) {
      label.dataset.side = side;
      if (!taken.some((other) => overlaps(label.getBoundingClientRect(), other))) {
        break;
      }
    }
    taken.push(label.getBoundingClientRect());
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
