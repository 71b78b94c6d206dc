// <sa-embed-frame>: the content of the /embed page, which tells the page that frames it how tall it is, so
// that embed.js can fit the iframe to it, and when its map is complete.
import { tellFrameWhenComplete } from './embed-ready';
import { EMBED_FRAME_TAG } from './names';

/** The message a Story Atlas embed posts to its parent; embed.js (META-INF/resources) reads it. */
interface HeightMessage {
  type: 'story-atlas:height';
  height: number;
}

/**
 * `<sa-embed-frame>`: a block that, while it is in the page and the page is in a frame, posts its height
 * (margins included) to the framing page now and whenever it changes, and once its map is complete, that it is
 * (unless the first map said so before). Outside a frame it is a plain block.
 */
class EmbedFrame extends HTMLElement {
  private readonly resizes = new ResizeObserver(() => this.postHeight());

  connectedCallback(): void {
    if (window.parent !== window) {
      this.resizes.observe(this);
      this.postHeight();
      // the height first: the framing page marks the iframe complete at its final height
      tellFrameWhenComplete(this, () => this.postHeight());
    }
  }

  disconnectedCallback(): void {
    this.resizes.disconnect();
  }

  private postHeight(): void {
    const style = getComputedStyle(this);
    const height = Math.ceil(this.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    const message: HeightMessage = { type: 'story-atlas:height', height };
    // The height is no secret, and the framing site is not known here: any parent may read it.
    window.parent.postMessage(message, '*');
  }
}

if (!customElements.get(EMBED_FRAME_TAG)) {
  customElements.define(EMBED_FRAME_TAG, EmbedFrame);
}
