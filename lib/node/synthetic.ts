/**
 * Deterministic synthetic data for the benchmarks: claims and an article drawn from one
 * Zipf-distributed vocabulary, so that common words are common, as in real text, and some
 * article sentences are reworded claims, so that the matcher has real work to do.
 */

/** mulberry32: a small seeded PRNG; the same seed gives the same corpus on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tus', 'ba', 'vel', 'dor', 'sin', 'qua', 'pe', 'rix', 'no', 'ta', 'gen', 'fo', 'lu', 'zar', 'mon', 'ek'];
const FUNCTION_WORDS = ['the', 'of', 'and', 'to', 'in', 'a', 'that', 'is', 'for', 'on', 'with', 'as', 'by', 'its', 'will', 'has'];
const VOCABULARY_SIZE = 20_000;

function vocabulary(): string[] {
  const next = random(1);
  const words = new Set<string>();
  while (words.size < VOCABULARY_SIZE) {
    const n = 2 + Math.floor(next() * 3);
    let word = '';
    for (let i = 0; i < n; i++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    words.add(word);
  }
  return [...words];
}

const WORDS = vocabulary();

/** A word by Zipf's law: rank r is drawn with probability about 1/r. */
function zipfWord(next: () => number): string {
  const r = Math.floor(Math.exp(next() * Math.log(VOCABULARY_SIZE)));
  return WORDS[Math.min(r, VOCABULARY_SIZE - 1)];
}

function sentence(next: () => number, length: number): string {
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(next() < 0.35 ? FUNCTION_WORDS[Math.floor(next() * FUNCTION_WORDS.length)] : zipfWord(next));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
}

export function syntheticClaims(count: number, seed: number): Array<{ id: string; text: string }> {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => ({ id: `c${i}`, text: sentence(next, 10 + Math.floor(next() * 16)) }));
}

/**
 * An article of about `words` words in ~20-word sentences. One sentence in ten rewords a claim
 * of the first 1,000 (present in every corpus size): words dropped, reordered, one replaced.
 */
export function syntheticArticle(words: number, seed: number): string[] {
  const next = random(seed);
  const claims = syntheticClaims(1_000, 42);
  const sentences: string[] = [];
  let total = 0;
  while (total < words) {
    let text: string;
    if (sentences.length % 10 === 3) {
      const claim = claims[Math.floor(next() * claims.length)].text.replace(/\.$/, '').split(' ');
      const kept = claim.filter(() => next() > 0.15);
      kept.splice(Math.floor(next() * kept.length), 1, zipfWord(next));
      const cut = Math.floor(kept.length / 2);
      text = `${[...kept.slice(cut), ...kept.slice(0, cut)].join(' ')}, officials said.`;
    } else {
      text = sentence(next, 14 + Math.floor(next() * 12));
    }
    sentences.push(text);
    total += text.split(' ').length;
  }
  return sentences;
}
