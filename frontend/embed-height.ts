// Tells the page that frames the embed how tall the map's content is, so its iframe can fit it.

/** The message a Story Atlas embed posts to its parent; public/embed.js reads it. */
interface HeightMessage {
  type: 'story-atlas:height';
  height: number;
}

/** Posts the element's height to the framing page now and whenever it changes; does nothing outside a frame. */
function reportHeight(root: HTMLElement): void {
  if (window.parent === window) {
    return;
  }
  const post = (): void => {
    const style = getComputedStyle(root);
    const height = Math.ceil(root.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    const message: HeightMessage = { type: 'story-atlas:height', height };
    // The height is no secret, and the framing site is not known here: any parent may read it.
    window.parent.postMessage(message, '*');
  };
  const observed = root as HTMLElement & { storyAtlasHeight?: ResizeObserver };
  if (!observed.storyAtlasHeight) {
    observed.storyAtlasHeight = new ResizeObserver(post);
    observed.storyAtlasHeight.observe(root);
  }
  post();
}

(window as unknown as { storyAtlasEmbed: object }).storyAtlasEmbed = { reportHeight };
