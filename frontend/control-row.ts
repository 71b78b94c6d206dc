// The row of buttons that fold the filter and the timeline away where the explorer is narrow (story-atlas.css
// shows the row there and folds each .sa-sheet without OPEN). The browser opens and closes the sheets itself: no
// round trip, and the server keeps one element for the row. Texts are written as text only: never parsed as HTML.
import { CONTROLS_TAG } from './names';

/** The attribute a sheet has while its button has opened it. */
const OPEN = 'data-open';

const TOGGLES = ['filter', 'time'] as const;
type Name = (typeof TOGGLES)[number];

/** What the element shows for one toggle: its button, the mark on it and the description it is read with. */
interface Toggle {
  button: HTMLElement;
  label: Text;
  mark: HTMLSpanElement;
  state: HTMLSpanElement;
}

/**
 * `<sa-controls filter-label="Filter" filter-sheet="filter-sheet" filter-mark="2" filter-state="2 actors chosen"
 * time-label="Time" time-sheet="timeline" time-mark="" time-state="Only Oct 21, 2024">`: for each toggle whose
 * sheet is named, a `<vaadin-button id="NAME-toggle">` in its own light DOM (so the page's style sheet applies)
 * that discloses the sheet, with a mark (its text, or a dot when empty) while NAME-state is set and NAME-state as
 * its description.
 */
class ControlRow extends HTMLElement {
  static observedAttributes = TOGGLES.flatMap((name) => ['label', 'sheet', 'mark', 'state'].map((part) => `${name}-${part}`));

  private toggles?: Record<Name, Toggle>;

  connectedCallback(): void {
    TOGGLES.forEach((name) => this.update(name));
  }

  attributeChangedCallback(attribute: string): void {
    const name = TOGGLES.find((toggle) => attribute.startsWith(`${toggle}-`));
    if (name !== undefined) {
      this.update(name);
    }
  }

  private update(name: Name): void {
    const sheet = this.getAttribute(`${name}-sheet`);
    // every toggle at once, so that the buttons stand in TOGGLES' order whichever attribute comes first
    this.toggles ??= { filter: this.create('filter'), time: this.create('time') };
    const toggle = this.toggles[name];
    toggle.button.hidden = sheet === null;
    toggle.button.setAttribute('aria-controls', sheet ?? '');
    toggle.label.data = this.getAttribute(`${name}-label`) ?? '';
    const state = this.getAttribute(`${name}-state`);
    toggle.mark.textContent = state === null ? '' : (this.getAttribute(`${name}-mark`) ?? '');
    toggle.mark.hidden = state === null;
    toggle.state.textContent = state ?? '';
    if (state === null) {
      toggle.button.removeAttribute('aria-describedby');
    } else {
      toggle.button.setAttribute('aria-describedby', toggle.state.id);
    }
  }

  private create(name: Name): Toggle {
    const button = document.createElement('vaadin-button');
    button.id = `${name}-toggle`;
    button.className = 'sa-controls__toggle';
    button.setAttribute('aria-expanded', 'false');
    const label = document.createTextNode('');
    const mark = document.createElement('span');
    mark.slot = 'suffix';
    mark.className = 'sa-controls__mark';
    mark.setAttribute('aria-hidden', 'true');
    button.append(label, mark);
    // hidden, and still read as the button's description (aria-describedby reads hidden text)
    const state = document.createElement('span');
    state.id = `${button.id}-state`;
    state.hidden = true;
    button.addEventListener('click', (event) => this.disclose(button, event.detail === 0));
    this.append(button, state);
    return { button, label, mark, state };
  }

  /** Opens or closes the button's sheet; by keyboard, focus moves into an opened sheet (a tap leaves it, as focus would open a phone's keyboard). */
  private disclose(button: HTMLElement, byKeyboard: boolean): void {
    const sheet = (this.getRootNode() as Document | ShadowRoot).getElementById(button.getAttribute('aria-controls') ?? '');
    if (sheet === null) {
      return;
    }
    const open = !sheet.hasAttribute(OPEN);
    sheet.toggleAttribute(OPEN, open);
    button.setAttribute('aria-expanded', String(open));
    // the row's buttons come before both sheets, so Tab alone would reach the other button first
    if (open && byKeyboard) {
      sheet.querySelector<HTMLElement>('input, button')?.focus();
    }
  }
}

if (!customElements.get(CONTROLS_TAG)) {
  customElements.define(CONTROLS_TAG, ControlRow);
}
