// Places each pin's label on a side (or else a corner) of its pin where it covers no other pin or label
// and stays inside the map; a label with no free place waits for hover or focus. Pins closer than their
// size are spread first (pin-spread.ts). Country names under a pin give way.
import type { Leaflet } from './leaflet-types';
import { spreadPins } from './pin-spread';

/** The places a label may take: first the sides, then (for the labels no side is left for) the corners. */
const SIDES = ['right', 'left', 'above', 'below'] as const;
const CORNERS = ['above-right', 'below-right', 'above-left', 'below-left'] as const;
/** Room kept around a label, so that the outline of a chosen or focused one does not touch its neighbour. */
const LABEL_ROOM = 2;

/**
 * Spreads the pins when given their map, then puts each label on the first free side, in pin order, and
 * the labels left over on the first free corner; crowded labels show on hover, focus or selection.
 */
export function placeLabels(pins: Map<string, Leaflet.Marker>, root: HTMLElement, map?: Leaflet.Map): void {
  if (map) {
    spreadPins(map, pins);
  }
  const bounds = root.getBoundingClientRect();
  // every pin's whole target is taken: a label over another pin would cover part of what a reader taps
  const taken: Array<{ owner: string; box: DOMRect }> = [];
  pins.forEach((marker, id) => {
    const element = marker.getElement();
    if (element) {
      taken.push({ owner: id, box: element.getBoundingClientRect() });
    }
  });
  const labels = new Map<string, HTMLElement>();
  pins.forEach((marker, id) => {
    const label = marker.getElement()?.querySelector<HTMLElement>('.sa-pin__label');
    if (label) {
      labels.set(id, label);
      delete label.dataset.side;
      delete label.dataset.crowded;
    }
  });
  for (const places of [SIDES, CORNERS]) {
    labels.forEach((label, id) => {
      if (label.dataset.side) {
        return;
      }
      const free = places.find((side) => {
        label.dataset.side = side;
        const box = label.getBoundingClientRect();
        return inside(box, bounds) && !taken.some((other) => other.owner !== id && overlaps(grown(box, LABEL_ROOM), other.box));
      });
      if (free) {
        taken.push({ owner: id, box: grown(label.getBoundingClientRect(), LABEL_ROOM) });
      } else {
        delete label.dataset.side;
      }
    });
  }
  labels.forEach((label) => {
    if (!label.dataset.side) {
      label.dataset.side = SIDES[0];
      label.dataset.crowded = 'true';
    }
  });
  hideCoveredCountryNames(taken.map((entry) => entry.box), root);
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

function grown(box: DOMRect, by: number): DOMRect {
  return new DOMRect(box.x - by, box.y - by, box.width + 2 * by, box.height + 2 * by);
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function inside(a: DOMRect, b: DOMRect): boolean {
  return a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
}
