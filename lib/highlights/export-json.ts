/**
 * Highlights as a W3C Web Annotation collection (JSON-LD), which other annotation tools read.
 * What the W3C model has no place for (the kind, the matched and contradicting claims, the page
 * title, whether it anchored) goes under our own key, so our importer restores every field.
 */
import type { HighlightClaim, PageHighlights, SavedHighlight } from './model';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/**
 * Our fields on each annotation. Plain JSON to us; to a JSON-LD processor the key reads as an
 * absolute IRI (scheme "counterclaim"), so it is not mistaken for a W3C term.
 */
export const HIGHLIGHT_KEY = 'counterclaim:highlight';
/** The exported pages (url and title), in order, so that pages round-trip exactly. */
export const PAGES_KEY = 'counterclaim:pages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An IRI for the annotation: a UUID as urn:uuid, any other id in our own URN namespace. */
export const annotationId = (id: string): string =>
  UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:counterclaim:highlight:${encodeURIComponent(id)}`;

function isHttpUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Bodies: the note (a comment) and a link to the source of the matched claim ("identifying":
 * the highlighted text states that claim). Claims whose URL is not http(s) get no body, since
 * a body's source must be an IRI; they are still kept under our key.
 */
function bodies(h: SavedHighlight): object[] {
  const out: object[] = [];
  if (h.note !== undefined) out.push({ type: 'TextualBody', value: h.note, format: 'text/plain', purpose: 'commenting' });
  if (h.claim && isHttpUrl(h.claim.url)) out.push({ type: 'SpecificResource', source: h.claim.url, purpose: 'identifying' });
  return out;
}

/** A claim copied field by field, so no foreign field (stance, lean) is exported. */
function claimCopy(c: HighlightClaim): HighlightClaim {
  return {
    id: c.id,
    text: c.text,
    ...(c.quote !== undefined ? { quote: c.quote } : {}),
    speaker: c.speaker,
    outlet: c.outlet,
    title: c.title,
    url: c.url,
    date: c.date,
  };
}

function annotation(h: SavedHighlight, page: number): object {
  const body = bodies(h);
  return {
    id: annotationId(h.id),
    type: 'Annotation',
    created: h.createdAt,
    // Why trim: a blank note is kept (as a body) but is not a comment.
    motivation: h.note?.trim() ? 'commenting' : 'highlighting',
    ...(body.length ? { body } : {}),
    target: {
      source: h.pageUrl,
      selector: [
        { type: 'TextQuoteSelector', exact: h.exact, prefix: h.prefix, suffix: h.suffix },
        { type: 'TextPositionSelector', start: h.start, end: h.end },
      ],
    },
    [HIGHLIGHT_KEY]: {
      id: h.id,
      page,
      kind: h.kind,
      pageTitle: h.pageTitle,
      ...(h.claim ? { claim: claimCopy(h.claim) } : {}),
      against: h.against.map(claimCopy),
      ...(h.anchored !== undefined ? { anchored: h.anchored } : {}),
    },
  };
}

/** An AnnotationCollection of every highlight on the given pages (one page or all of them). */
export function toWebAnnotation(pages: readonly PageHighlights[]) {
  const items = pages.flatMap((page, index) => page.highlights.map((h) => annotation(h, index)));
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Counterclaim highlights',
    total: items.length,
    [PAGES_KEY]: pages.map((page) => ({ url: page.url, title: page.title })),
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
