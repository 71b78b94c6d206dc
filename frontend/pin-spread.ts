// Spreads pins that stand closer than their size, so that no pin covers another's target: each moves the
// least it must, in screen pixels, and a leader line inside it points back to its true place. Worked out
// again at every zoom; the server's map and the first map both use it (through pin-labels.ts).
import type { Leaflet } from './leaflet-types';

/** A pin's side in pixels (the icon of pins.ts), and the gap kept between two pins. */
const SIZE = 24;
const APART = SIZE + 2;
/** Rounds of pushing neighbours apart; a handful settle the densest story so far. */
const ROUNDS = 60;

interface Point {
  x: number;
  y: number;
}

/** Moves the shown pins apart where their targets would overlap, and back to their places where they need not. */
export function spreadPins(map: Leaflet.Map, pins: Map<string, Leaflet.Marker>): void {
  // a marker has its element only once its map has a view, and only then has a point on the screen
  const shown = [...pins.values()].filter((marker) => marker.getElement() !== undefined);
  const places = shown.map((marker) => map.latLngToLayerPoint(marker.getLatLng()));
  const spread = apart(places.map((place) => ({ x: place.x, y: place.y })));
  shown.forEach((marker, i) => offset(marker.getElement() as HTMLElement, spread[i].x - places[i].x, spread[i].y - places[i].y));
}

/**
 * The points pushed apart until no two are closer than APART on both axes: each overlapping pair moves
 * apart along the axis on which it is already further apart, half each, so that the order of places
 * (Seoul south of Pyongyang) stays. Pins at the very same place part by their order.
 */
export function apart(points: Point[]): Point[] {
  const moved = points.map((point) => ({ ...point }));
  for (let round = 0; round < ROUNDS; round++) {
    let clear = true;
    for (let i = 0; i < moved.length; i++) {
      for (let j = i + 1; j < moved.length; j++) {
        const dx = moved[j].x - moved[i].x;
        const dy = moved[j].y - moved[i].y;
        if (Math.abs(dx) >= APART || Math.abs(dy) >= APART) {
          continue;
        }
        clear = false;
        const alongX = Math.abs(dx) >= Math.abs(dy);
        const gap = alongX ? dx : dy;
        const push = (APART - Math.abs(gap)) / 2 + 0.01;
        const sign = gap < 0 ? -1 : 1;
        if (alongX) {
          moved[i].x -= sign * push;
          moved[j].x += sign * push;
        } else {
          moved[i].y -= sign * push;
          moved[j].y += sign * push;
        }
      }
    }
    if (clear) {
      break;
    }
  }
  return moved;
}

/** Shifts a pin's element by (dx, dy) from its place, with a leader line and a dot at the place when it moved. */
function offset(element: HTMLElement, dx: number, dy: number): void {
  const x = Math.round(dx);
  const y = Math.round(dy);
  // Leaflet centres the icon with negative margins (its anchor); the shift adds to them
  element.style.marginLeft = `${x - SIZE / 2}px`;
  element.style.marginTop = `${y - SIZE / 2}px`;
  element.querySelector('.sa-pin__leader')?.remove();
  if (x === 0 && y === 0) {
    return;
  }
  // drawn below the pin's dot: from the pin's centre to its place, and a small dot there
  const leader = document.createElement('span');
  leader.className = 'sa-pin__leader';
  leader.setAttribute('aria-hidden', 'true');
  const line = document.createElement('span');
  line.className = 'sa-pin__line';
  line.style.width = `${Math.hypot(x, y)}px`;
  line.style.transform = `rotate(${Math.atan2(-y, -x)}rad)`;
  const place = document.createElement('span');
  place.className = 'sa-pin__place';
  place.style.left = `${-x}px`;
  place.style.top = `${-y}px`;
  leader.append(line, place);
  element.prepend(leader);
}
