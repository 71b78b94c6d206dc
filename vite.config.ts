import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin, UserConfigFn } from 'vite';
import { overrideVaadinConfig } from './vite.generated';

/** The module id under which frontend/first-map.ts imports Leaflet's style sheet as plain text. */
const LEAFLET_CSS_TEXT = 'leaflet-css-text';

/**
 * Leaflet's style sheet as a string, its few small images inlined as data URLs. Vaadin's build turns
 * every imported `.css` file (with any query) into a Lit style object, so importing the file itself
 * would make the first map wait for Lit's chunk, which nothing else on that path needs.
 */
function leafletCssText(): Plugin {
  const resolved = '\0' + LEAFLET_CSS_TEXT;
  return {
    name: 'story-atlas:leaflet-css-text',
    resolveId: (source) => (source === LEAFLET_CSS_TEXT ? resolved : undefined),
    load(id) {
      if (id !== resolved) {
        return undefined;
      }
      const file = createRequire(import.meta.url).resolve('leaflet/dist/leaflet.css');
      this.addWatchFile(file);
      const text = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/url\((images\/[\w.-]+\.png)\)/g, (_, image: string) =>
          `url(data:image/png;base64,${readFileSync(join(dirname(file), image)).toString('base64')})`)
        .replace(/\s*\n\s*/g, '\n');
      return `export default ${JSON.stringify(text)};`;
    }
  };
}

const customConfig: UserConfigFn = () => ({
  plugins: [leafletCssText()]
});

export default overrideVaadinConfig(customConfig);
