// Draws the story's links between places as great-circle arcs, styled by kind, with an arrow on
// directed links; each line is a keyboard-focusable button named for assistive technology.
import type { Leaflet } from './leaflet-types';

declare const L: typeof Leaflet;

/** A link as the server sends it (Java: StoryMap.LinkData); `parallel` counts earlier links between the same two places. */
export interface LinkData {
  id: string;
  kind: string;
  directed: boolean;
  label: string;
  fromLat: number;
  fromLon: number;
  toLat: number;
  toLon: number;
  parallel: number;
}

/** A drawn link: its visible line, a wider transparent line that takes clicks and focus, and an arrowhead if directed. */
export interface DrawnLink {
  line: Leaflet.Polyline;
  hit: Leaflet.Polyline;
  arrow?: Leaflet.Marker;
}

const STEPS = 48;

/** Points along the great circle between two places, bowed sideways for the n-th parallel link. */
export function arc(link: LinkData): Array<[number, number]> {
  const rad = Math.PI / 180;
  const a = toVector(link.fromLat * rad, link.fromLon * rad);
  const b = toVector(link.toLat * rad, link.toLon * rad);
  const angle = Math.acos(Math.min(1, Math.max(-1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2])));
  const bow = link.parallel === 0 ? 0 : (link.parallel % 2 === 1 ? 1 : -1) * Math.ceil(link.parallel / 2) * 0.12;
  const points: Array<[number, number]> = [];
  let lastLon = link.fromLon;
  for (let i = 0; i <= STEPS; i++) {
    const t = i / STEPS;
    const p = slerp(a, b, angle, t);
    let lat = Math.asin(p[2]) / rad;
    let lon = Math.atan2(p[1], p[0]) / rad;
    lon += Math.round((lastLon - lon) / 360) * 360; // stay continuous across the antimeridian
    lastLon = lon;
    // Bow parallel links apart: shift perpendicular to the chord, most in the middle.
    const shift = bow * Math.sin(Math.PI * t) * (angle / rad);
    lat += shift * (link.toLon - link.fromLon) / Math.hypot(link.toLon - link.fromLon, link.toLat - link.fromLat || 1);
    lon -= shift * (link.toLat - link.fromLat) / Math.hypot(link.toLon - link.fromLon || 1, link.toLat - link.fromLat);
    points.push([lat, lon]);
  }
  return points;
}

/** Draws one link; `choose` is called with whether the keyboard was used. */
export function drawLink(map: Leaflet.Map, link: LinkData, choose: (byKeyboard: boolean) => void): DrawnLink {
  const points = arc(link);
  const line = L.polyline(points, { className: `sa-link sa-link--${link.kind}`, interactive: false, pane: 'sa-links' }).addTo(map);
  // Dashed lines take clicks only on their dashes, and a thin line is a small target: a wide transparent twin takes them.
  const hit = L.polyline(points, { className: 'sa-link-hit', interactive: true, pane: 'sa-links', weight: 16 }).addTo(map);
  hit.on('click', () => choose(false));
  const element = hit.getElement();
  if (element) {
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', link.label);
    element.setAttribute('data-link', link.id);
    element.addEventListener('focus', () => line.getElement()?.classList.add('sa-link--focused'));
    element.addEventListener('blur', () => line.getElement()?.classList.remove('sa-link--focused'));
    element.addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') {
        event.preventDefault();
        event.stopPropagation();
        choose(true);
      }
    });
  }
  let arrow: Leaflet.Marker | undefined;
  if (link.directed) {
    const tip = points[Math.round(STEPS * 0.6)];
    const before = points[Math.round(STEPS * 0.6) - 2];
    arrow = L.marker(tip, {
      icon: L.divIcon({ html: arrowHead(map, before, tip), className: `sa-link-arrow sa-link-arrow--${link.kind}`, iconSize: [14, 14], iconAnchor: [7, 7] }),
      interactive: false,
      keyboard: false,
      pane: 'sa-links',
    }).addTo(map);
  }
  return { line, hit, arrow };
}

/** A small arrowhead pointing along the line at `tip`, rotated in screen space. */
function arrowHead(map: Leaflet.Map, before: [number, number], tip: [number, number]): HTMLElement {
  const a = map.latLngToLayerPoint(before);
  const b = map.latLngToLayerPoint(tip);
  const head = document.createElement('span');
  head.className = 'sa-link-arrow__head';
  head.setAttribute('aria-hidden', 'true');
  head.style.transform = `rotate(${Math.atan2(b.y - a.y, b.x - a.x)}rad)`;
  return head;
}

function toVector(lat: number, lon: number): [number, number, number] {
  return [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)];
}

function slerp(a: number[], b: number[], angle: number, t: number): number[] {
  if (angle < 1e-9) {
    return a;
  }
  const wa = Math.sin((1 - t) * angle) / Math.sin(angle);
  const wb = Math.sin(t * angle) / Math.sin(angle);
  return [wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2]];
}
