/**
 * The attribute on every element the extension adds to a page (UI hosts, fallback marks), so
 * that no part of the pipeline ever reads our own text back as the page's.
 */
export const OWN_NODE_ATTRIBUTE = 'data-counterclaim';
