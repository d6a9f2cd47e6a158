/**
 * Words a corpus uses for one another, learnt from the corpus itself: a claim's title and its
 * text say the same thing in other words ("Is This a Real Photo of ..." over "A photograph
 * shows ..."), so a word only in the title and one only in the text of the same claims are
 * associated. Ranking uses them to credit a candidate for the query's words it puts otherwise.
 */
import { termsOf } from './words';

/** A pair seen in fewer claims than this is chance. */
const MIN_CLAIMS = 2;
/** Smooths the strength of pairs of rare words. */
const SMOOTHING = 2;

export interface TitledText {
  title: string;
  text: string;
}

export class Associations {
  private constructor(private readonly neighbours: Map<string, Map<string, number>>) {}

  static build(docs: readonly TitledText[]): Associations {
    const pairs = new Map<string, number>();
    const df = new Map<string, number>();
    for (const doc of docs) {
      const title = new Set(termsOf(doc.title));
      const text = new Set(termsOf(doc.text));
      for (const term of new Set([...title, ...text])) df.set(term, (df.get(term) ?? 0) + 1);
      for (const a of title) {
        if (text.has(a)) continue;
        for (const b of text) if (!title.has(b)) pairs.set(keyOf(a, b), (pairs.get(keyOf(a, b)) ?? 0) + 1);
      }
    }
    const neighbours = new Map<string, Map<string, number>>();
    const link = (a: string, b: string, strength: number) => {
      let list = neighbours.get(a);
      if (!list) neighbours.set(a, (list = new Map()));
      list.set(b, strength);
    };
    for (const [key, count] of pairs) {
      if (count < MIN_CLAIMS) continue;
      const [a, b] = key.split(' ');
      const strength = count / (Math.min(df.get(a)!, df.get(b)!) + SMOOTHING);
      link(a, b, strength);
      link(b, a, strength);
    }
    return new Associations(neighbours);
  }

  /** Each term associated with one of `terms` (and not one of them), with its strongest link. */
  expand(terms: ReadonlySet<string>): Map<string, number> {
    const expanded = new Map<string, number>();
    for (const term of terms) {
      for (const [other, strength] of this.neighbours.get(term) ?? []) {
        if (!terms.has(other) && strength > (expanded.get(other) ?? 0)) expanded.set(other, strength);
      }
    }
    return expanded;
  }
}

const keyOf = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
