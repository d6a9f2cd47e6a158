/**
 * A tweet as quoted on the web ends with its signature: "— Name (@handle) January 6, 2020".
 * The name often belongs to someone the claim is not about, so letter grams (which match
 * names loosely) look at the tweet without it.
 */
const SIGNATURE = /\s*[\u2013\u2014]\s*[^\u2013\u2014]*\(@\w+\)\s*(?:\p{L}+ \d{1,2}, \d{4})?\s*$/u;
const SIGNATURE_DATE = /\p{L}+ \d{1,2}, \d{4}(?=\s*$)/u;

export function withoutSignature(text: string): string {
  const at = text.search(SIGNATURE);
  return at > 0 ? text.slice(0, at) : text;
}

/** The signature itself, or '' without one. */
function signatureOf(text: string): string {
  const at = text.search(SIGNATURE);
  return at > 0 ? text.slice(at) : '';
}

/**
 * The author's name in the signature ("Ilhan Omar"), or '' without one. Ranking credits a
 * claim that names the author: a claim about a tweet often says who tweeted it.
 */
export function signatureName(text: string): string {
  return signatureOf(text).replace(/^\s*[\u2013\u2014]\s*/u, '').replace(/\(@\w+\)[\s\S]*$/u, '').trim();
}

/** The date the signature ends with ("January 6, 2020"), or '' without one. */
export function signatureDate(text: string): string {
  return SIGNATURE_DATE.exec(signatureOf(text))?.[0] ?? '';
}
