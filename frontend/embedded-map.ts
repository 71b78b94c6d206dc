// <sa-embedded-map>: the content of a <story-atlas-map> element. It writes the reader's choices into that
// element's attributes, so the host page sees them there and setting one back later is a change again, and it
// shows nothing until its style sheets apply, so the host page never sees it unstyled and moving. It marks the element
// complete once its map's pins and basemap are drawn and its styles apply (embed-ready.ts).
import { mapComplete, markReady } from './embed-ready';
import { EMBEDDED_MAP_TAG, PLACE_PARAMETER } from './names';

/**
 * Sends the element's new place to the server as Vaadin's element would on the attribute's change, but with its
 * rejection handled: when the server has lost the session, Vaadin's client rejects the pending call as it
 * resynchronises ("Client is resynchronizing"), which the element's own call leaves uncaught on the host page's console.
 * The element is told to skip its own call for this change. Only for a registered element and a real change: for any
 * other the element sends nothing, and the mark would stay for the host page's next change.
 */
function syncPlaceExpectingLoss(host: ExportedElement, place: string): void {
  const registered = host.$?.id !== undefined && (document.body as { $?: Record<string, Element> }).$?.[host.$.id] === host;
  const server = host.$server;
  if (!registered || !server?.sync || !host._propertyUpdatedFromServer || host[PLACE_PARAMETER] === place) {
    return;
  }
  host._propertyUpdatedFromServer[PLACE_PARAMETER] = true;
  Promise.resolve(server.sync(PLACE_PARAMETER, place)).catch(() => undefined);
}

/**
 * The `<story-atlas-map>` element as Vaadin generates it (flow-server 25's webcomponent-script-template.js): a property
 * per attribute, whose changes it sends to the server (`$server.sync`) unless marked as coming from the server.
 */
interface ExportedElement extends Element {
  /** Its id in Vaadin's client (registered under it as `document.body.$[id]`). */
  $?: { id?: string };
  /** The server side's client-callable methods; each call returns a promise. */
  $server?: { sync?: (property: string, value: unknown) => unknown };
  _propertyUpdatedFromServer?: Record<string, boolean>;
  [PLACE_PARAMETER]?: unknown;
}

/**
 * `<sa-embedded-map>`, the root of what the server shows in a `<story-atlas-map>` element's shadow root,
 * with its style sheets as `<link>` children. The server calls {@link writeHostAttributes} whenever the
 * reader opens a place or link, or changes the filter or the time range.
 */
class EmbeddedMap extends HTMLElement {
  private styled = false;
  private readonly settled = new WeakSet<HTMLLinkElement>();
  private readonly watched = new WeakSet<HTMLLinkElement>();
  private readonly childChanges = new MutationObserver(() => this.revealWhenStyled());
  private showStyled: () => void = () => undefined;
  /** Resolves once the content is shown, styled. */
  private readonly styledShown = new Promise<void>((shown) => {
    this.showStyled = shown;
  });

  constructor() {
    super();
    this.addEventListener('click', (event) => this.writeChosenPlace(event), true);
    // a pin chosen by keyboard gets no click: its own handler takes Enter and Space and stops them
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        this.writeChosenPlace(event);
      }
    }, true);
  }

  connectedCallback(): void {
    this.childChanges.observe(this, { childList: true });
    this.revealWhenStyled();
    void Promise.all([this.styledShown, mapComplete(this)]).then(() => {
      const host = this.host();
      if (host instanceof HTMLElement && this.isConnected) {
        markReady(host);
      }
    });
  }

  disconnectedCallback(): void {
    this.childChanges.disconnect();
  }

  /** Sets each attribute of the JSON object (name to value) on the `<story-atlas-map>` element this one is shown in. */
  writeHostAttributes(json: string): void {
    const host = this.host();
    if (!host) {
      return;
    }
    for (const [name, value] of Object.entries(JSON.parse(json) as Record<string, string>)) {
      host.setAttribute(name, value);
    }
  }

  private host(): Element | undefined {
    return (this.getRootNode() as Partial<ShadowRoot>).host;
  }

  /**
   * Writes the place of a pin or list entry chosen by click or key into the host's `place` attribute before the choice goes to
   * the server: when the server has lost the session, Vaadin re-creates the element from its attributes and
   * the request with the choice is lost, but the re-created view opens the place. When the server answers,
   * its {@link writeHostAttributes} has the last word (a second click on an open place closes it).
   */
  private writeChosenPlace(event: Event): void {
    const chosen = event.composedPath().find((target): target is HTMLElement => target instanceof HTMLElement && !!target.dataset.place);
    const place = chosen?.dataset.place;
    const host = this.host() as ExportedElement | undefined;
    if (!place || !host) {
      return;
    }
    syncPlaceExpectingLoss(host, place);
    host.setAttribute(PLACE_PARAMETER, place);
  }

  /**
   * Keeps the content invisible (its space is kept) until its first style sheets have loaded or failed,
   * then shows it for good: a later change of language brings new links, but the old styles hold meanwhile.
   */
  private revealWhenStyled(): void {
    if (this.styled) {
      return;
    }
    const sheets = [...this.querySelectorAll<HTMLLinkElement>(':scope > link[rel="stylesheet"]')];
    const pending = sheets.filter((link) => !link.sheet && !this.settled.has(link));
    if (sheets.length > 0 && pending.length === 0) {
      this.styled = true;
      this.style.visibility = '';
      this.showStyled();
      return;
    }
    this.style.visibility = 'hidden';
    for (const link of pending.filter((sheet) => !this.watched.has(sheet))) {
      this.watched.add(link);
      const settle = (): void => {
        this.settled.add(link);
        this.revealWhenStyled();
      };
      link.addEventListener('load', settle, { once: true });
      link.addEventListener('error', settle, { once: true });
    }
  }
}

if (!customElements.get(EMBEDDED_MAP_TAG)) {
  customElements.define(EMBEDDED_MAP_TAG, EmbeddedMap);
}
