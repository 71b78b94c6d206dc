// <sa-embedded-map>: the content of a <story-atlas-map> element, which writes the reader's choices into that
// element's attributes, so the host page sees them there and setting one back later is a change again.
import { EMBEDDED_MAP_TAG } from './names';

/**
 * `<sa-embedded-map>`, the root of what the server shows in a `<story-atlas-map>` element's shadow root.
 * The server calls {@link writeHostAttributes} whenever the reader opens a place or link, or changes the
 * filter or the time range.
 */
class EmbeddedMap extends HTMLElement {
  /** Sets each attribute of the JSON object (name to value) on the `<story-atlas-map>` element this one is shown in. */
  writeHostAttributes(json: string): void {
    const host = (this.getRootNode() as Partial<ShadowRoot>).host;
    if (!host) {
      return;
    }
    for (const [name, value] of Object.entries(JSON.parse(json) as Record<string, string>)) {
      host.setAttribute(name, value);
    }
  }
}

if (!customElements.get(EMBEDDED_MAP_TAG)) {
  customElements.define(EMBEDDED_MAP_TAG, EmbeddedMap);
}
