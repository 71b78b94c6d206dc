// Tells the page around an embed once the map a reader sees is complete: its pins and its basemap drawn, the iframe
// at the height its content reported. The host page sees it as `data-story-atlas-state="ready"` on the iframe or the
// <story-atlas-map> element, and a `story-atlas-ready` event there (README, "Embedding"; docs/embedding.md). In a
// frame, embed.js (META-INF/resources) marks the iframe when this module's message arrives; it asks again when it
// loads later than the frame, since a message posted before it listens is lost.

/** The host element's attribute, and its value once the map is complete. */
export const STATE_ATTRIBUTE = 'data-story-atlas-state';
export const READY = 'ready';
/** The event raised once on the iframe or the element when it is complete; it bubbles. */
export const READY_EVENT = 'story-atlas-ready';

/** The messages between a frame and embed.js: the frame is complete, and embed.js asking for the state. */
const READY_MESSAGE = 'story-atlas:ready';
const ASK_MESSAGE = 'story-atlas:ask';

let framePosted = false;

/** Resolves once `root` holds a map with pins whose basemap is drawn (the basemap says so on the map's container). */
export function mapComplete(root: Node): Promise<void> {
  const complete = () => [...(root as ParentNode).querySelectorAll('.leaflet-container[data-basemap="drawn"]')]
    .some((map) => map.querySelector('.leaflet-marker-pane .sa-pin') !== null);
  return new Promise<void>((resolve) => {
    if (complete()) {
      resolve();
      return;
    }
    const changes = new MutationObserver(() => {
      if (complete()) {
        changes.disconnect();
        resolve();
      }
    });
    changes.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-basemap'] });
  });
}

/** Marks the element as complete and raises the event on it, once: a later map in it (a lost session's) says nothing. */
export function markReady(element: HTMLElement): void {
  if (element.getAttribute(STATE_ATTRIBUTE) === READY) {
    return;
  }
  element.setAttribute(STATE_ATTRIBUTE, READY);
  element.dispatchEvent(new Event(READY_EVENT, { bubbles: true }));
}

/**
 * In a frame: tells the framing page once `root` shows a complete map, after `before` (the view reports its height
 * first, so that the iframe has it when it is marked). Only the first complete map of the page tells.
 */
export function tellFrameWhenComplete(root: Node, before: () => void = () => undefined): void {
  if (window.parent === window) {
    return;
  }
  void mapComplete(root).then(() => {
    if (!framePosted) {
      framePosted = true;
      before();
      postReady();
    }
  });
}

function postReady(): void {
  // nothing secret, and the framing site is not known here: any parent may read it
  window.parent.postMessage({ type: READY_MESSAGE }, '*');
}

// embed.js asks when it starts after this frame was complete
if (window.parent !== window) {
  window.addEventListener('message', (event) => {
    if (framePosted && event.source === window.parent && (event.data as { type?: unknown } | null)?.type === ASK_MESSAGE) {
      postReady();
    }
  });
}
