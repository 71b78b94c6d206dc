// Whether the browser kept the server's session cookie, asked once before Vaadin's client starts: a page
// whose browser drops it (third-party cookies blocked, every cookie blocked) would get a new, empty session
// on every request, and Vaadin's client would reload it or show its dialogs (see CookieCheckFilter).

/** The name of the page's meta element whose content is the line that says why a pin opens a new tab. */
const NOTE_META = 'sa-cookie-note';

/**
 * Whether the cookie set with the page came back to the server. True when the check itself fails, so
 * that a failing check never keeps a reader whose cookie works from the map.
 */
export async function cookieKept(serverRoot: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('cookie-check', serverRoot), { credentials: 'include', cache: 'no-store' });
    if (!response.ok) {
      return true;
    }
    const answer = (await response.json()) as { kept?: unknown };
    return answer.kept !== false;
  } catch {
    return true;
  }
}

/** The page's line that tells a reader without our cookie what happens instead (in their language). */
export function cookieNote(): string {
  return document.querySelector<HTMLMetaElement>(`meta[name="${NOTE_META}"]`)?.content ?? '';
}

/**
 * The full map's address for a place, from an embed's address: the same story, filter, time range and
 * language, on the app's own pages (first-party, where the cookie is kept).
 */
export function fullMapUrl(embedUrl: string, serverRoot: string, placeId: string): string {
  const embed = new URL(embedUrl);
  const root = new URL(serverRoot);
  const inApp = embed.pathname.startsWith(root.pathname) ? embed.pathname.substring(root.pathname.length) : '';
  const story = /^embed\/([A-Za-z0-9_-]+)\/?$/.exec(inApp)?.[1];
  const full = new URL(story ? `stories/${story}` : '', root);
  for (const name of ['actor', 'from', 'to', 'lang']) {
    const value = embed.searchParams.get(name);
    if (value) {
      full.searchParams.set(name, value);
    }
  }
  full.searchParams.set('place', placeId);
  return full.toString();
}
