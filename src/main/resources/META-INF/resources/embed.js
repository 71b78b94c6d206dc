// Story Atlas embed helper: fits every Story Atlas iframe on this page to the height its map reports.
// Include it once with <script src="https://<story-atlas-server>/embed.js" async></script>; it trusts
// height messages only from the server it was loaded from.
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

  window.addEventListener('message', function (event) {
    if (event.origin !== atlasOrigin) {
      return;
    }
    var data = event.data;
    if (!data || data.type !== 'story-atlas:height' || typeof data.height !== 'number' || !isFinite(data.height)) {
      return;
    }
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source) {
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
      }
    }
  });
})();
