/**
 * Which claims contradict or support which. Derived from propositions and stances (two claims
 * on one proposition with opposite stances contradict), plus the explicit `contradicts` lists
 * for pairs that cross propositions.
 */
import type { Claim, Corpus, Stance } from './schema';

export const opposite = (stance: Stance): Stance => (stance === 'affirms' ? 'disputes' : 'affirms');

const newestFirst = (a: Claim, b: Claim) => b.source.date.localeCompare(a.source.date) || a.id.localeCompare(b.id);

export interface Relations {
  claim(id: string): Claim | undefined;
  /** Claims that contradict a sentence taking `stance` on the claim's proposition, newest first. */
  against(claim: Claim, stance?: Stance): Claim[];
  /** Claims that agree with a sentence taking `stance` on the claim's proposition, newest first. */
  with(claim: Claim, stance?: Stance): Claim[];
}

export function relations(corpus: Corpus): Relations {
  const byId = new Map(corpus.claims.map((c) => [c.id, c]));
  const byProposition = new Map<string, Claim[]>();
  for (const claim of corpus.claims) {
    const list = byProposition.get(claim.proposition) ?? [];
    list.push(claim);
    byProposition.set(claim.proposition, list);
  }
  // Explicit links go both ways: if A contradicts B, B contradicts A.
  const explicit = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!explicit.has(a)) explicit.set(a, new Set());
    explicit.get(a)!.add(b);
  };
  for (const claim of corpus.claims) {
    for (const other of claim.contradicts) {
      if (!byId.has(other)) continue;
      link(claim.id, other);
      link(other, claim.id);
    }
  }
  const sameProposition = (claim: Claim, stance: Stance) =>
    (byProposition.get(claim.proposition) ?? []).filter((c) => c.stance === stance && c.id !== claim.id);

  return {
    claim: (id) => byId.get(id),
    against(claim, stance = claim.stance) {
      const found = new Map<string, Claim>();
      for (const c of sameProposition(claim, opposite(stance))) found.set(c.id, c);
      if (stance !== claim.stance) found.set(claim.id, claim); // the sentence denies this very claim
      if (stance === claim.stance) {
        for (const id of explicit.get(claim.id) ?? []) found.set(id, byId.get(id)!);
      }
      return [...found.values()].sort(newestFirst);
    },
    with(claim, stance = claim.stance) {
      const found = sameProposition(claim, stance);
      if (stance === claim.stance) found.push(claim);
      return found.sort(newestFirst);
    },
  };
}
