/**
 * Pseudo-relevance feedback for ranking: the best few candidates for a tweet tend to share the
 * story's words the tweet leaves out ("pipeline", "reservation" for a tweet about the Sioux),
 * so a candidate that uses the words the other leading candidates use is more likely the claim.
 */

/** A candidate's distinct terms with how often each occurs and its IDF. */
export interface TermCounts {
  terms: ReadonlyMap<string, { count: number; idf: number }>;
}

/**
 * For each candidate, the share of its IDF mass in words the query lacks, each weighted by how
 * much of the other leading candidates' text (the first `leaders` of `order`, itself left out,
 * so a candidate cannot vouch for itself) that word makes up on average.
 */
export function feedbackShares(
  candidates: readonly TermCounts[],
  order: readonly number[],
  leaders: number,
  query: ReadonlySet<string>,
): number[] {
  const models = order.slice(0, leaders).map((i) => {
    let length = 0;
    for (const { count } of candidates[i].terms.values()) length += count;
    const share = new Map<string, number>();
    for (const [term, { count }] of candidates[i].terms) share.set(term, count / (length || 1));
    return { i, share };
  });
  return candidates.map((candidate, i) => {
    const others = models.filter((model) => model.i !== i);
    if (others.length === 0) return 0;
    let mass = 0;
    let covered = 0;
    for (const [term, { idf }] of candidate.terms) {
      mass += idf;
      if (query.has(term)) continue;
      let sum = 0;
      for (const model of others) sum += model.share.get(term) ?? 0;
      covered += (sum / others.length) * idf;
    }
    return covered / (mass || 1);
  });
}
