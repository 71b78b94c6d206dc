// Places each pin's label on a side (or else a corner) of its pin where it covers no other pin or label
// and stays inside the map, slid along its pin where that makes room (a pin at the map's edge); a label
// with no free place waits for hover or focus. Pins closer than their size are spread first
// (pin-spread.ts). Country names under a pin give way. Labels are placed again when their text changes size without
// the map changing its own (a style sheet or font that arrives late, a chosen label set in bold).
import type { Leaflet } from './leaflet-types';
import { spreadPins } from './pin-spread';

/** The places a label may take: first the sides, then (for the labels no side is left for) the corners. */
const SIDES = ['right', 'left', 'above', 'below'] as const;
const CORNERS = ['above-right', 'below-right', 'above-left', 'below-left'] as const;
/** Room kept around a label, so that the outline of a chosen or focused one does not touch its neighbour. */
const LABEL_ROOM = 2;
/** The step, in pixels, by which a label slides along its pin when its own place is not free. */
const SLIDE_STEP = 2;
/** How far, in pixels, a label's size may differ from the one it was placed with (layout sizes are rounded). */
const SIZE_TOLERANCE = 1;

/** Each label's size when it was last placed, and the root of the map it belongs to. */
const placedSizes = new WeakMap<HTMLElement, { width: number; height: number; root: HTMLElement }>();
/** How to place each map's labels again: its last call of placeLabels. */
const placeAgain = new WeakMap<HTMLElement, () => void>();
/** The maps whose labels wait to be placed again in the next frame. */
const waiting = new Set<HTMLElement>();

/**
 * Watches every placed label: one whose box, while shown, no longer has the size it was placed with gets its map's
 * labels placed again. Not in the observer's own callback: moving labels there would resize labels again before
 * the frame is painted, which the browser reports as an error. A label of a focused pin is bold for the moment.
 */
const resizes = new ResizeObserver((entries) => {
  const first = waiting.size === 0;
  for (const entry of entries) {
    const label = entry.target as HTMLElement;
    const placed = placedSizes.get(label);
    const size = entry.borderBoxSize[0];
    if (!label.isConnected) {
      resizes.unobserve(label);
    } else if (placed && size && size.inlineSize > 0 && !label.closest('.sa-pin:focus-visible')
        && (Math.abs(size.inlineSize - placed.width) > SIZE_TOLERANCE || Math.abs(size.blockSize - placed.height) > SIZE_TOLERANCE)) {
      waiting.add(placed.root);
    }
  }
  if (first && waiting.size > 0) {
    requestAnimationFrame(() => {
      const roots = [...waiting];
      waiting.clear();
      roots.forEach((root) => placeAgain.get(root)?.());
    });
  }
});

/**
 * Watches the label's size from now on (once: observing again would report its size anew), until its pin leaves the
 * map. Not until the browser reports it removed: a map removed in another observer's callback (the first map giving
 * way) would leave a report the browser could not deliver in that frame, which it reports as an error.
 */
function watch(marker: Leaflet.Marker, label: HTMLElement): void {
  resizes.observe(label);
  marker.once('remove', () => {
    resizes.unobserve(label);
    placedSizes.delete(label);
  });
}

/**
 * Spreads the pins when given their map, then puts each label on the first free side (slid as little as
 * will do), in pin order, and the labels left over on the first free corner; crowded labels show on hover,
 * focus or selection.
 */
export function placeLabels(pins: Map<string, Leaflet.Marker>, root: HTMLElement, map?: Leaflet.Map): void {
  placeAgain.set(root, () => placeLabels(pins, root, map));
  if (map) {
    spreadPins(map, pins);
  }
  const bounds = boxOf(root);
  // every pin's whole target is taken: a label over another pin would cover part of what a reader taps
  const taken: Array<{ owner: string; box: Box }> = [];
  pins.forEach((marker, id) => {
    const element = marker.getElement();
    if (element) {
      taken.push({ owner: id, box: boxOf(element) });
    }
  });
  const labels = new Map<string, HTMLElement>();
  pins.forEach((marker, id) => {
    const label = marker.getElement()?.querySelector<HTMLElement>('.sa-pin__label');
    if (label) {
      labels.set(id, label);
      if (!placedSizes.has(label)) {
        watch(marker, label);
      }
      label.style.translate = '';
    }
  });
  const boxes = new LabelBoxes(labels);
  const placed = new Map<string, { side: Place; slide: { x: number; y: number } }>();
  for (const places of [SIDES, CORNERS]) {
    labels.forEach((_label, id) => {
      if (placed.has(id)) {
        return;
      }
      const isFree = (box: Box) => inside(box, bounds)
          && !taken.some((other) => other.owner !== id && overlaps(grown(box, LABEL_ROOM), other.box));
      for (const side of places) {
        const box = boxes.on(id, side);
        const slide = slides(side, box).find((by) => isFree(moved(box, by)));
        if (slide) {
          placed.set(id, { side, slide });
          taken.push({ owner: id, box: grown(moved(box, slide), LABEL_ROOM) });
          return;
        }
      }
    });
  }
  // read before any label is moved: the layout size, which a transform of the page around the map does not change
  // (the observer's sizes are such), is the same on every side, since a label does not wrap
  const sizes = new Map([...labels].map(([id, label]) => [id, { width: label.offsetWidth, height: label.offsetHeight }]));
  labels.forEach((label, id) => {
    const place = placed.get(id);
    label.dataset.side = place?.side ?? SIDES[0];
    if (place) {
      delete label.dataset.crowded;
    } else {
      label.dataset.crowded = 'true';
    }
    label.style.translate = place && (place.slide.x || place.slide.y) ? `${place.slide.x}px ${place.slide.y}px` : '';
    placedSizes.set(label, { ...(sizes.get(id) as { width: number; height: number }), root });
  });
  hideCoveredCountryNames(taken.map((entry) => entry.box), root);
}

/** Country names give way to pins: a name that would touch a pin or its label is hidden at this zoom. */
function hideCoveredCountryNames(taken: Box[], root: HTMLElement): void {
  // all read before any is written (visibility moves nothing): one layout, not one per name
  const names = [...root.querySelectorAll<HTMLElement>('.sa-country__name')].map((name) => ({ name, box: boxOf(name) }));
  names.forEach(({ name, box }) => {
    name.style.visibility = taken.some((other) => overlaps(box, other)) ? 'hidden' : 'visible';
  });
}

type Place = (typeof SIDES)[number] | (typeof CORNERS)[number];

/**
 * Where each label would stand on each side or corner of its pin. Measured for all labels at once, a place at a time
 * and only once some label needs it, so that placing them costs one layout per place tried, not one per label and
 * place (the page's longest task on a phone). A label's size is the same on every side (it does not wrap).
 */
class LabelBoxes {
  private readonly boxes = new Map<Place, Map<string, Box>>();

  constructor(private readonly labels: Map<string, HTMLElement>) {}

  on(id: string, place: Place): Box {
    let measured = this.boxes.get(place);
    if (!measured) {
      this.labels.forEach((label) => {
        label.dataset.side = place;
      });
      const boxes = new Map<string, Box>();
      this.labels.forEach((label, labelId) => boxes.set(labelId, boxOf(label)));
      measured = boxes;
      this.boxes.set(place, measured);
    }
    return measured.get(id) as Box;
  }
}

/**
 * The shifts a label on this side may take, the smallest first: none, then sideways (up or down for a label left or
 * right of its pin) as far as it still reaches the pin's middle; a corner's label moves only towards its pin.
 */
function slides(side: Place, box: Box): Array<{ x: number; y: number }> {
  const across = side === 'left' || side === 'right';
  const reach = Math.floor((across ? box.bottom - box.top : box.right - box.left) / 2);
  const towardsPin = side.endsWith('-right') ? -1 : side.endsWith('-left') ? 1 : 0;
  const shifts = [{ x: 0, y: 0 }];
  for (let by = SLIDE_STEP; by <= reach; by += SLIDE_STEP) {
    for (const sign of towardsPin ? [towardsPin] : [-1, 1]) {
      shifts.push(across ? { x: 0, y: sign * by } : { x: sign * by, y: 0 });
    }
  }
  return shifts;
}

/** A box on the screen as plain numbers: the search below does its arithmetic on thousands of them. */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function boxOf(element: Element): Box {
  const { left, top, right, bottom } = element.getBoundingClientRect();
  return { left, top, right, bottom };
}

function moved(box: Box, by: { x: number; y: number }): Box {
  return { left: box.left + by.x, top: box.top + by.y, right: box.right + by.x, bottom: box.bottom + by.y };
}

function grown(box: Box, by: number): Box {
  return { left: box.left - by, top: box.top - by, right: box.right + by, bottom: box.bottom + by };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function inside(a: Box, b: Box): boolean {
  return a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
}
