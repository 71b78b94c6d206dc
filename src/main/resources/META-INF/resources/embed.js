// Story Atlas embed helper: fits every Story Atlas iframe on this page to the height its map reports, and marks
// each with data-story-atlas-state="ready" and a story-atlas-ready event once its map is complete.
// Include it once with <script src="https://<story-atlas-server>/embed.js" async></script>; it trusts
// messages only from the server it was loaded from.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) {
    return;
  }
  var atlasOrigin = new URL(script.src, document.baseURI).origin;
  var listening = (window.storyAtlasEmbedOrigins = window.storyAtlasEmbedOrigins || {});
  if (listening[atlasOrigin]) {
    return; // the snippet was pasted more than once: one listener per server is enough
  }
  listening[atlasOrigin] = true;

  // Far taller than any map with its panel; keeps a faulty message from stretching the page endlessly.
  var MAX_HEIGHT = 20000;

  /** The iframe on this page whose window sent a message, if any. */
  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) {
        return frames[i];
      }
    }
    return null;
  }

  /** The map in the frame is complete: says so on the iframe, and raises story-atlas-ready there, once per frame. */
  function markReady(frame) {
    if (frame.getAttribute('data-story-atlas-state') !== 'ready') {
      frame.setAttribute('data-story-atlas-state', 'ready');
      frame.dispatchEvent(new Event('story-atlas-ready', { bubbles: true }));
    }
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== atlasOrigin) {
      return;
    }
    var data = event.data;
    var frame = data ? frameOf(event.source) : null;
    if (!frame) {
      return;
    }
    if (data.type === 'story-atlas:ready') {
      markReady(frame);
      return;
    }
    if (data.type !== 'story-atlas:height' || typeof data.height !== 'number' || !isFinite(data.height)) {
      return;
    }
    // Never below the height the page reserved: a map shorter than its box would pull the article up
    // under the reader's eyes; the box stays and only a taller map (an open panel) grows it.
    if (!frame.hasAttribute('data-story-atlas-reserved')) {
      frame.setAttribute('data-story-atlas-reserved', String(frame.clientHeight));
    }
    var reserved = Number(frame.getAttribute('data-story-atlas-reserved')) || 0;
    var height = Math.max(reserved, Math.min(Math.ceil(data.height), MAX_HEIGHT));
    if (frame.style.height !== height + 'px') {
      frame.style.height = height + 'px';
    }
  });

  // A frame whose map was complete before this script listened told nobody: each of ours says so again when asked.
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow) {
      frames[i].contentWindow.postMessage({ type: 'story-atlas:ask' }, atlasOrigin);
    }
  }
})();
