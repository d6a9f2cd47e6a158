/**
 * One key per article: the same story reached through a share link, an AMP page or a
 * campaign URL must find the same saved highlights.
 */

/** Parameters that only say how the reader arrived, never which page it is. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'mc_cid', 'mc_eid', 'igshid', 'ref_src', 'ref', 'cmpid', '_ga',
  'yclid', 'msclkid', 'spm',
]);

/**
 * Second-level labels under which sites register (bbc.co.uk, abc.net.au). Without the Public
 * Suffix List this is a heuristic: it errs towards "not the same site", which only costs a
 * canonical link being ignored.
 */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gob', 'nic']);

const isHttp = (url: URL) => url.protocol === 'https:' || url.protocol === 'http:';

/** The registrable part of a host ("www.bbc.co.uk" -> "bbc.co.uk"); IP addresses as they are. */
function siteOf(host: string): string {
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return host;
  const labels = host.split('.');
  const keep = labels.length >= 3 && labels.at(-1)!.length === 2 && SECOND_LEVEL.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

function isTracking(key: string): boolean {
  const k = key.toLowerCase();
  return k.startsWith('utm_') || TRACKING_PARAMS.has(k);
}

function isAmpMarker(key: string, value: string): boolean {
  const k = key.toLowerCase();
  const val = value.toLowerCase();
  return (k === 'amp' && (val === '1' || val === 'true' || val === '')) || (k === 'outputtype' && val === 'amp');
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

/**
 * Keeps the query's own parameters, sorted by name (stable, so repeated names keep their
 * order). Pieces are kept as written: re-encoding them could change what the server sees.
 */
function cleanQuery(search: string): string {
  const kept = search
    .slice(1)
    .split('&')
    .filter(Boolean)
    .map((raw) => {
      const eq = raw.indexOf('=');
      return { raw, key: decode(eq < 0 ? raw : raw.slice(0, eq)), value: eq < 0 ? '' : decode(raw.slice(eq + 1)) };
    })
    .filter((p) => !isTracking(p.key) && !isAmpMarker(p.key, p.value))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return kept.length ? `?${kept.map((p) => p.raw).join('&')}` : '';
}

/**
 * The key under which a page's highlights are kept. `canonical` (the page's
 * `<link rel="canonical">`) is preferred when it is an http(s) URL on the same site: a page
 * cannot file its highlights under another site's address. An invalid URL comes back unchanged.
 */
export function normalisePageUrl(url: string, canonical?: string): string {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return url;
  }
  if (canonical) {
    try {
      const link = new URL(canonical, page);
      if (isHttp(link) && isHttp(page) && siteOf(link.hostname) === siteOf(page.hostname)) page = link;
    } catch {
      // A malformed canonical link is ignored.
    }
  }
  page.hash = '';
  // Why: only http(s) has queries and AMP variants we understand; other schemes lose the fragment only.
  if (!isHttp(page)) return page.href;
  // The URL parser already lower-cases the host and drops default ports (:80, :443).
  page.search = cleanQuery(page.search);
  if (/\/amp\/?$/i.test(page.pathname)) page.pathname = page.pathname.replace(/\/amp\/?$/i, '') || '/';
  return page.href;
}
