// The buttons of the place list, the link list and the timeline, drawn in the browser from one JSON
// property, so the server keeps one element per list instead of one per button. Texts are written
// with textContent only: never parsed as HTML.
import { CHOICES_TAG, CHOOSE_EVENT } from './names';

/** One button as the server sends it (Java: Choices.Entry); `kind` and `kindName` add a link's swatch and kind before the text. */
interface Entry {
  id: string;
  text: string;
  on: boolean;
  kind?: string;
  kindName?: string;
}


/**
 * `<sa-choices heading="…" heading-id="…" entry-class="…" entry-key="place" mark="aria-current">` with
 * the property `entries` (a JSON array of {@link Entry}). Renders `<h2 id="…">` and
 * `<ul><li><button data-place="…">` in its own light DOM, so the page's style sheet applies, and keeps
 * keyboard focus on the same entry across updates. A chosen button raises CHOOSE_EVENT with `detail.id`.
 */
class Choices extends HTMLElement {
  static observedAttributes = ['heading', 'heading-id'];

  private heading = document.createElement('h2');
  private list = document.createElement('ul');

  connectedCallback(): void {
    if (this.list.parentNode !== this) {
      this.append(this.heading, this.list);
    }
    // A value set before this class was defined sits on the instance and hides the setter: pass it on.
    if (Object.prototype.hasOwnProperty.call(this, 'entries')) {
      const early = (this as unknown as { entries: string }).entries;
      delete (this as unknown as { entries?: string }).entries;
      this.entries = early;
    }
  }

  attributeChangedCallback(): void {
    this.heading.textContent = this.getAttribute('heading') ?? '';
    this.heading.id = this.getAttribute('heading-id') ?? '';
    this.heading.hidden = !this.hasAttribute('heading');
  }

  set entries(json: string) {
    const entries = JSON.parse(json) as Entry[];
    const key = this.getAttribute('entry-key') ?? 'id';
    const active = (this.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
    const focused = active !== null && this.contains(active) ? active.dataset[key] : undefined;
    this.list.replaceChildren(...entries.map((entry) => this.item(entry, key)));
    if (focused !== undefined) {
      this.button(focused)?.focus();
    }
  }

  /** Moves keyboard focus to the entry with the id, if it is listed. */
  focusEntry(id: string): void {
    this.button(id)?.focus();
  }

  private button(id: string): HTMLButtonElement | undefined {
    const key = this.getAttribute('entry-key') ?? 'id';
    return Array.from(this.list.querySelectorAll('button')).find((button) => button.dataset[key] === id);
  }

  private item(entry: Entry, key: string): HTMLLIElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = this.getAttribute('entry-class') ?? '';
    button.dataset[key] = entry.id;
    const mark = this.getAttribute('mark') ?? 'aria-current';
    if (mark === 'aria-pressed') {
      button.setAttribute(mark, String(entry.on));
    } else if (entry.on) {
      button.setAttribute(mark, 'true');
    }
    if (entry.kind !== undefined) {
      const swatch = document.createElement('span');
      swatch.className = `sa-links__swatch sa-link--${entry.kind}`;
      swatch.setAttribute('aria-hidden', 'true');
      const kindName = document.createElement('span');
      kindName.className = 'sa-links__kind';
      kindName.textContent = `${entry.kindName ?? ''}: `;
      const text = document.createElement('span');
      text.textContent = entry.text;
      button.append(swatch, kindName, text);
    } else {
      button.textContent = entry.text;
    }
    button.addEventListener('click', () => this.dispatchEvent(new CustomEvent(CHOOSE_EVENT, { detail: { id: entry.id } })));
    const item = document.createElement('li');
    item.append(button);
    return item;
  }
}

if (!customElements.get(CHOICES_TAG)) {
  customElements.define(CHOICES_TAG, Choices);
}
