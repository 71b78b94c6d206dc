// Names the Java side and the browser share, each defined once here; the Java side defines each once too
// (BoundaryTest checks that the two agree).

/** The event a chosen list entry, pin or line raises; the server reads its `detail`. */
export const CHOOSE_EVENT = 'sa-choose';

/** The event the map raises when its tile server keeps failing. */
export const TILES_FAILED_EVENT = 'sa-tiles-failed';

/** The id of the bootstrap page's data block with the first pins. */
export const FIRST_PINS_ID = 'sa-first-pins';

/** Marks a style sheet link the page holds back until the first map is painted. */
export const HELD_STYLE_SHEET = 'data-sa-held';

/** The element of the place list, the link list and the timeline. */
export const CHOICES_TAG = 'sa-choices';

/** The row of buttons that fold the filter and the timeline away on phones. */
export const CONTROLS_TAG = 'sa-controls';

/** The element around the add-on's Leaflet map. */
export const STORY_MAP_TAG = 'sa-story-map';

/** The custom element other sites put on their pages (Java: StoryAtlasMapExporter). */
export const ELEMENT_TAG = 'story-atlas-map';

/** The path, under the app's root, of the element's pins for a browser that drops our cookie (Java: ElementPins). */
export const ELEMENT_PINS_PATH = 'first-pins';

/** The URL parameter of the open place (Java: MapState). */
export const PLACE_PARAMETER = 'place';

/** The /embed view's element, which reports its height to the framing page (Java: EmbedView). */
export const EMBED_FRAME_TAG = 'sa-embed-frame';

/** The element's view inside <story-atlas-map>, which writes the reader's choices into the element's attributes (Java: EmbeddedMap). */
export const EMBEDDED_MAP_TAG = 'sa-embedded-map';
