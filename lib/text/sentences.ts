/**
 * Sentence splitting with Intl.Segmenter. The segmenter slows down sharply on long strings
 * (0.9 ms at 3,000 words but 640 ms at 50,000), so it is run one paragraph at a time.
 */

export interface Sentence {
  text: string;
  /** [start, end) in the flat text the sentence was cut from. */
  start: number;
  end: number;
}

/** Shorter runs are headings' fragments, datelines or captions, never a claim. */
const MIN_SENTENCE_CHARS = 12;
/** Longer runs are not sentences (tables, code, lists without punctuation): cut them up. */
const MAX_SENTENCE_CHARS = 1200;
/**
 * The most text given to the segmenter at once. Why: iterating its segments costs time in
 * proportion to the whole string for every segment (V8/ICU), so one 200,000-character paragraph
 * of short sentences took seconds; a window keeps each call small.
 */
const WINDOW_CHARS = 4 * MAX_SENTENCE_CHARS;

// Why one per language: a single cached segmenter kept the first caller's language for good.
const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(language: string): Intl.Segmenter {
  let found = segmenters.get(language);
  if (!found) {
    try {
      found = new Intl.Segmenter(language, { granularity: 'sentence' });
    } catch {
      // Why: pages declare tags Intl rejects (lang="en_US", lang=""), which threw a RangeError.
      found = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(language, found);
  }
  return found;
}

let graphemeSegmenter: Intl.Segmenter | undefined;

const isSpace = (text: string, index: number) => /\s/.test(text[index]);
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const splitsPair = (text: string, index: number) =>
  isHighSurrogate(text.charCodeAt(index - 1)) && isLowSurrogate(text.charCodeAt(index));

/**
 * Where to cut an over-long run that starts at `from` so the piece ends by `limit`. Why: cutting
 * at exactly `limit` split words, emoji and even surrogate pairs (lone halves in the text and the
 * Range); prefer just after whitespace, else a grapheme boundary, else at least a code point's.
 */
function cutPoint(text: string, from: number, limit: number): number {
  for (let i = limit; i > from + MAX_SENTENCE_CHARS / 2; i--) if (isSpace(text, i - 1)) return i;
  // Graphemes are found in a small window around the limit: the segmenter is slow on long text.
  const windowStart = Math.max(from, limit - 256);
  graphemeSegmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  let best = -1;
  for (const { index } of graphemeSegmenter.segment(text.slice(windowStart, limit + 32))) {
    const at = windowStart + index;
    if (at > limit) break;
    if (at > windowStart) best = at;
  }
  if (best > from) return best;
  return splitsPair(text, limit) ? limit - 1 : limit;
}

/** Titles that never end a sentence: "Mr. Zuckerberg", "Sen. Maria Cantwell". */
const TITLE = /(?:^|[\s(“"'‘])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Rev|Hon|Pres|Supt|St|Mt|Ft|vs|v)\.\s*$/;
/** An initial after a name: "John F. Kennedy". */
const INITIAL = /(?:^|\s)\p{Lu}\p{Ll}+ \p{Lu}\.\s*$/u;
/** Abbreviations that go on to a number: "Nov. 21", "No. 2". */
const BEFORE_NUMBER = /(?:^|\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos)\.\s*$/;
/** A time and its zone: "4 p.m. Eastern". */
const TIME = /\d\s*[ap]\.m\.\s*$/i;
const ZONE = /^\s*(?:Eastern|Pacific|Central|Mountain|ET|PT|CT|MT|GMT|BST|UTC|CET)\b/;
/** An initialism written with stops: "U.S.", "U.K.", "E.U.". */
const INITIALISM = /(?:^|[\s(“"'‘])(?:\p{Lu}\.){2,}\s*$/u;
/**
 * Words that open a sentence far more often than they follow "the U.S.": after an initialism, a
 * capitalised word is a name ("the U.S. Senate") unless it is one of these ("in the U.S. The").
 */
const OPENERS = new Set(['The', 'A', 'An', 'It', 'Its', 'He', 'She', 'His', 'Her', 'They', 'Their', 'We', 'Our', 'I', 'You', 'This', 'That', 'These', 'Those', 'There', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On', 'At', 'For', 'By', 'As', 'If', 'When', 'While', 'After', 'Before', 'Since', 'Meanwhile', 'However', 'Still', 'Now', 'Then', 'What', 'Why', 'How', 'Who']);
/** A quoted question or exclamation, then who said it: "“Not forever!” she said", "“Why?” Roe asked". */
const QUOTE_END = /[?!][”"’']\s*$/;
const ATTRIBUTION = /^\s*(?:\p{Ll}|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:said|says|asked|asks|added|adds|wrote|writes|told|replied|noted|argued|insisted|warned)\b)/u;

/**
 * Whether the segmenter's cut after `before` is wrong: it knows no abbreviations (the browser's
 * and Node's ICU alike cut "Dr. | Jane Roe agreed with Sen. | Maria Cantwell").
 */
function abbreviated(before: string, after: string): boolean {
  if (TITLE.test(before) || INITIAL.test(before)) return true;
  if (BEFORE_NUMBER.test(before)) return /^\s*\d/.test(after);
  if (INITIALISM.test(before)) return !OPENERS.has(/^\s*([\p{L}]+)/u.exec(after)?.[1] ?? 'The');
  return TIME.test(before) && ZONE.test(after);
}

/** A quoted question or exclamation that its attribution goes on from ("“Why?” she asked"). */
const attributed = (before: string, after: string) => QUOTE_END.test(before) && ATTRIBUTION.test(after);

/** Joins the pieces [start, end) of `text` that `wrongCut` says were cut apart. */
function joined(text: string, pieces: Array<[number, number]>, wrongCut: (before: string, after: string) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last && wrongCut(text.slice(last[0], last[1]), text.slice(piece[0], piece[1]))) last[1] = piece[1];
    else out.push([...piece]);
  }
  return out;
}

/** Pushes text[from, to) trimmed, if anything is left. */
function pushTrimmed(text: string, from: number, to: number, out: Sentence[]): void {
  while (from < to && isSpace(text, from)) from++;
  while (to > from && isSpace(text, to - 1)) to--;
  if (to > from) out.push({ text: text.slice(from, to), start: from, end: to });
}

/** Pushes one segment: trimmed, dropped if short, cut into pieces if too long. */
function pushSentence(text: string, from: number, to: number, out: Sentence[]): void {
  while (from < to && isSpace(text, from)) from++;
  while (to > from && isSpace(text, to - 1)) to--;
  if (to - from < MIN_SENTENCE_CHARS) return;
  for (let cut = from; cut < to; ) {
    // Why trimmed and cut at a boundary: pieces began or ended with whitespace or half an emoji.
    const stop = to - cut > MAX_SENTENCE_CHARS ? cutPoint(text, cut, cut + MAX_SENTENCE_CHARS) : to;
    pushTrimmed(text, cut, stop, out);
    cut = stop;
  }
}

/** Splits text[start, end) into trimmed sentences with absolute offsets. */
function splitSpan(text: string, start: number, end: number, language: string, out: Sentence[]): void {
  let from = start;
  while (from < end) {
    while (from < end && isSpace(text, from)) from++;
    if (from >= end) return;
    let stop = Math.min(end, from + WINDOW_CHARS);
    if (stop < end && splitsPair(text, stop)) stop--;
    let pieces: Array<[number, number]> = [];
    // A newline of the page's source is a space on screen ("the first sign\nthat something was
    // off"); the segmenter would end a sentence there. Same length, so offsets hold.
    for (const piece of sentenceSegmenter(language).segment(text.slice(from, stop).replace(/[\r\n]/g, ' '))) {
      pieces.push([from + piece.index, from + piece.index + piece.segment.length]);
    }
    // Abbreviations first: "“Why?” Mr. Roe asked" has its attribution only once "Mr." is joined.
    pieces = joined(text, joined(text, pieces, abbreviated), attributed);
    if (stop < end && pieces.length === 1) {
      // One run fills the window: give out one capped piece and look again after it.
      const cut = cutPoint(text, from, from + MAX_SENTENCE_CHARS);
      pushTrimmed(text, from, cut, out);
      from = cut;
      continue;
    }
    // The window's last sentence may go on past it: unless the span ends here, redo it next time.
    if (stop < end) pieces.pop();
    for (const [a, b] of pieces) pushSentence(text, a, b, out);
    from = pieces[pieces.length - 1][1];
  }
}

/**
 * Splits `text` into sentences, never across the given block spans (paragraphs), blank lines
 * (which the text map puts between blocks) or line separators (U+2028, where an element breaks
 * the line: "<br><br>", a <div> inside a <div>).
 */
export function splitSentences(
  text: string,
  blocks: ReadonlyArray<{ start: number; end: number }> = [{ start: 0, end: text.length }],
  language = 'en',
): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks) {
    const paragraph = /\n\s*\n|\u2028/g;
    let from = block.start;
    const body = text.slice(block.start, block.end);
    for (let m = paragraph.exec(body); m; m = paragraph.exec(body)) {
      splitSpan(text, from, block.start + m.index, language, out);
      from = block.start + m.index + m[0].length;
    }
    splitSpan(text, from, block.end, language, out);
  }
  return out;
}
