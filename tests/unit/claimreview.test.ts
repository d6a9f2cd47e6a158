import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importClaimReview, readCorpus, relations, type Corpus } from '../../lib/corpus';
import { fixture } from './helpers';

const text = (name: string) => readFileSync(fixture(`claimreview/${name}`), 'utf8');
const json = (name: string) => JSON.parse(text(name));
const options = { today: '2026-11-25' };

/** The imported corpus, failing the test with the importer's errors when there is none. */
function imported(input: unknown): { corpus: Corpus; skipped: string[] } {
  const result = importClaimReview(input, options);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
}
function errorsOf(input: unknown): string[] {
  const result = importClaimReview(input, options);
  expect(result).toEqual({ ok: false, errors: expect.any(Array) });
  return result.ok ? [] : result.errors;
}

describe('ClaimReview import: shapes of input', () => {
  it('turns a single ClaimReview into one proposition, the claim as reviewed and the verdict', () => {
    const { corpus, skipped } = imported(json('single.json'));
    expect(skipped).toEqual([]);
    expect(corpus.propositions).toEqual([
      { id: 'meta-published-the-complete-training-data-of-its-llama-4-models-alongside-the', text: 'Meta published the complete training data of its Llama 4 models alongside the weights.' },
    ]);
    const [claim, verdict] = corpus.claims;
    expect(claim).toMatchObject({
      stance: 'affirms',
      text: 'Meta published the complete training data of its Llama 4 models alongside the weights.',
      speaker: 'OpenModels Digest',
      lean: 'neutral',
      tags: ['claimreview'],
      source: { outlet: 'Social Example', title: 'Llama 4 ships with all of its training data', url: 'https://social.example.net/@openmodelsdigest/posts/88412', date: '2025-06-02' },
    });
    expect(verdict).toMatchObject({
      stance: 'disputes',
      text: 'Factcheck Example rates the claim "Meta published the complete training data of its Llama 4 models alongside the weights." as False.',
      speaker: 'Factcheck Example',
      lean: 'neutral',
      tags: ['claimreview'],
      source: {
        outlet: 'Factcheck Example',
        title: 'No, Meta did not publish the full training data of its Llama models',
        url: 'https://factcheck.example.org/checks/meta-llama-training-data-published',
        date: '2025-06-12',
      },
    });
  });

  it('shows the "False" verdict contradicting the claim as reviewed', () => {
    const { corpus } = imported(json('single.json'));
    const rel = relations(corpus);
    const [claim, verdict] = corpus.claims;
    expect(rel.against(claim)).toEqual([verdict]);
    expect(rel.against(verdict)).toEqual([claim]);
  });

  it('accepts the JSON text as well as the parsed object', () => {
    expect(imported(text('single.json')).corpus).toEqual(imported(json('single.json')).corpus);
  });

  it('imports an array, with @type as an array or a schema.org URL', () => {
    const { corpus } = imported(json('array.json'));
    expect(corpus.propositions).toHaveLength(2);
    expect(corpus.claims).toHaveLength(4);
    expect(corpus.claims.map((c) => c.stance)).toEqual(['affirms', 'disputes', 'affirms', 'affirms']);
    // An http appearance cannot be linked: the review, which documents the claim, is the source.
    expect(corpus.claims[0]).toMatchObject({
      speaker: 'a viral chain message',
      source: { outlet: 'Factcheck Example', title: 'Claim as reviewed by Factcheck Example', url: 'https://factcheck.example.org/checks/meta-ai-assistant-reads-private-messages', date: '2025-04-18' },
    });
    expect(corpus.claims[1].source.title).toBe('Meta AI does not read end-to-end encrypted chats by default');
    expect(corpus.claims[2]).toMatchObject({ speaker: 'Dana Whitfield', source: { outlet: 'Verify Example', date: '2025-03-01' } });
    expect(corpus.claims[3].text).toMatch(/^Verify Example rates the claim ".+" as Mostly True\.$/);
  });

  it('imports a DataFeed, whose elements are reviews or items holding one or several, with unique ids', () => {
    const { corpus } = imported(json('datafeed.json'));
    expect(corpus.propositions).toHaveLength(4);
    expect(corpus.claims).toHaveLength(8);
    // Two checkers reviewed the same claim: two propositions, told apart by a suffix.
    expect(corpus.propositions.map((p) => p.id)).toEqual([
      'the-open-source-initiative-approved-the-llama-licence-as-open-source',
      'meta-released-the-weights-of-muse-spark-for-anyone-to-download',
      'meta-released-the-weights-of-muse-spark-for-anyone-to-download-2',
      'meta-offered-researchers-from-rival-labs-signing-bonuses-worth-millions-of',
    ]);
    const ids = corpus.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(corpus.claims.filter((c) => c.id.endsWith('-verdict')).map((c) => c.stance)).toEqual(['disputes', 'disputes', 'disputes', 'affirms']);
  });

  it('imports a JSON-LD @graph document, resolving the author given by @id', () => {
    const { corpus } = imported(json('graph.json'));
    expect(corpus.claims).toHaveLength(2);
    expect(corpus.claims[1]).toMatchObject({
      stance: 'disputes',
      speaker: 'Checkdesk Example',
      source: { outlet: 'Checkdesk Example', title: 'Meta AI is not licensed to give medical advice', date: '2025-11-03' },
    });
    expect(corpus.claims[0].source).toMatchObject({ outlet: 'Clip on Video Example', url: 'https://video.example.com/watch/5521' });
    expect(corpus.meta.language).toBe('en-GB');
  });

  it('reads every JSON-LD block of an HTML page and ignores the ones that are not ClaimReviews', () => {
    const { corpus } = imported(text('page.html'));
    expect(corpus.propositions).toHaveLength(1);
    expect(corpus.claims).toHaveLength(2);
    expect(corpus.claims[1]).toMatchObject({ stance: 'disputes', text: expect.stringMatching(/as Misleading\.$/), source: { date: '2025-07-30' } });
  });
});

describe('ClaimReview import: ratings', () => {
  it('reads numeric ratings (1 of 5 disputes, 5 of 5 affirms) and skips "Half True" with the reason', () => {
    const { corpus, skipped } = imported(json('ratings.json'));
    expect(corpus.propositions).toHaveLength(2);
    const verdicts = corpus.claims.filter((c) => c.id.endsWith('-verdict'));
    expect(verdicts.map((c) => c.stance)).toEqual(['disputes', 'affirms']);
    expect(verdicts[0].text).toMatch(/as 1 out of 5\.$/);
    expect(skipped).toEqual([expect.stringMatching(/^item 3 \(https:\/\/factcheck\.example\.org\/checks\/meta-open-source-everything\): .*middle.*; skipped$/)]);
  });

  it.each([
    ['Pants on Fire!', 'disputes'],
    ['Mostly false', 'disputes'],
    ['Not true', 'disputes'],
    ['Incorrect', 'disputes'],
    ['Exaggerated', 'disputes'],
    ['Accurate', 'affirms'],
    ['Mostly true', 'affirms'],
  ])('reads the rating "%s" as %s', (alternateName, stance) => {
    const review = { ...json('single.json'), reviewRating: { '@type': 'Rating', alternateName } };
    expect(imported(review).corpus.claims[1].stance).toBe(stance);
  });

  it.each(['Mixture', 'Unproven', 'Needs context', 'Partly false', 'Half true', 'Satire', 'Four Pinocchios'])('skips the rating "%s"', (alternateName) => {
    const review = json('ratings.json')[1];
    const result = importClaimReview([json('single.json'), { ...review, reviewRating: { alternateName } }], options);
    expect(result).toMatchObject({ ok: true, skipped: [expect.stringContaining(`"${alternateName}"`)] });
  });

  it('lets a complete number decide when the words cannot be read', () => {
    const review = { ...json('single.json'), reviewRating: { ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'Four Pinocchios' } };
    expect(imported(review).corpus.claims[1]).toMatchObject({ stance: 'disputes', text: expect.stringMatching(/as Four Pinocchios\.$/) });
  });

  it('skips a review whose number and words disagree, rather than guess', () => {
    const review = { ...json('single.json'), reviewRating: { ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'False' } };
    expect(errorsOf(review)).toEqual([expect.stringMatching(/^no ClaimReview could be imported: .*do not agree/)]);
  });
});

describe('ClaimReview import: malformed input', () => {
  const single = () => json('single.json');

  it('names a missing claimReviewed', () => {
    const { claimReviewed: _, ...review } = single();
    expect(errorsOf(review)).toEqual(['item 1 (https://factcheck.example.org/checks/meta-llama-training-data-published): claimReviewed is missing']);
  });

  it('refuses a review url that is not https', () => {
    expect(errorsOf({ ...single(), url: 'javascript:alert(1)' })).toEqual(['item 1: review url "javascript:alert(1)" is not an https URL']);
    expect(errorsOf({ ...single(), url: 'http://factcheck.example.org/x' })).toEqual(['item 1: review url "http://factcheck.example.org/x" is not an https URL']);
  });

  it('refuses unparsable and impossible dates, naming the item and field', () => {
    expect(errorsOf({ ...single(), datePublished: 'last Tuesday' })).toEqual([
      'item 1 (https://factcheck.example.org/checks/meta-llama-training-data-published): datePublished "last Tuesday" is not an ISO date',
    ]);
    const review = single();
    review.itemReviewed.datePublished = '2025-02-30';
    expect(errorsOf(review)).toEqual([expect.stringMatching(/^item 1 .*itemReviewed\.datePublished "2025-02-30" is not an ISO date$/)]);
  });

  it('refuses a claimReviewed longer than a claim may be', () => {
    expect(errorsOf({ ...single(), claimReviewed: 'word '.repeat(100) })).toEqual([expect.stringMatching(/claimReviewed is 499 characters; the limit is 400$/)]);
  });

  it('refuses text that is neither JSON nor HTML', () => {
    expect(errorsOf('Meta says its AI is open. Is it?')).toEqual([expect.stringMatching(/^not JSON and not an HTML page/)]);
  });

  it('says so when the document holds no ClaimReview', () => {
    expect(errorsOf({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Cycle lanes' })).toEqual(['no ClaimReview found']);
    expect(errorsOf(readFileSync(fixture('off-topic-article.html'), 'utf8'))).toEqual(['no ClaimReview found']);
    expect(errorsOf('<html><body><p>No markup here</p></body></html>')).toEqual([expect.stringMatching(/^no ClaimReview found/)]);
    expect(errorsOf({ '@type': 'claimreview', claimReviewed: 'Types are matched as schema.org writes them' })).toEqual(['no ClaimReview found']);
  });

  it('imports nothing when one item is valid and others are not, naming every bad one', () => {
    const result = importClaimReview(json('mixed-valid-invalid.json'), options);
    expect(result).toEqual({
      ok: false,
      errors: [
        'item 2 (https://factcheck.example.org/checks/untitled-draft): claimReviewed is missing',
        'item 3: review url "javascript:alert(1)" is not an https URL',
      ],
    });
  });

  it('refuses a broken JSON-LD block in a page rather than import the rest', () => {
    const page = text('page.html').replace('"@type": "BreadcrumbList",', '"@type": "BreadcrumbList",,');
    expect(errorsOf(page)).toEqual([expect.stringMatching(/^JSON-LD block 1: not valid JSON/)]);
  });

  it('reports a corpus the options make invalid, by field', () => {
    const result = importClaimReview(json('single.json'), { corpusId: 'Not A Slug', today: '2026-11-25' });
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^imported corpus: meta\.id: must be a lower-case slug/)] });
  });

  it('refuses oversized and absurdly nested input without throwing', () => {
    expect(errorsOf(' '.repeat(46 * 1024 * 1024))).toEqual([expect.stringMatching(/MB; the limit is 45 MB$/)]);
    expect(errorsOf('['.repeat(100_000))).toEqual([expect.stringMatching(/nests deeper/)]);
    const loop: Record<string, unknown> = { '@type': 'DataFeed' };
    loop.dataFeedElement = [loop];
    expect(errorsOf(loop)).toEqual([expect.stringMatching(/nests deeper/)]);
    for (const odd of [null, undefined, 42, '', [], {}, [null]]) expect(errorsOf(odd)).toHaveLength(1);
    const hostile = Object.defineProperty({ '@type': 'ClaimReview' }, 'claimReviewed', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(errorsOf(hostile)).toEqual(['the input could not be read (boom)']);
  });
});

describe('ClaimReview import: the corpus it builds', () => {
  it('passes the corpus reader and has its own topic', () => {
    for (const name of ['single.json', 'array.json', 'datafeed.json', 'graph.json', 'ratings.json', 'page.html']) {
      const { corpus } = imported(text(name));
      const reread = readCorpus(JSON.stringify(corpus));
      expect(reread).toEqual({ ok: true, corpus });
      expect(corpus.meta.topic.entities.length).toBeGreaterThan(0);
      expect(corpus.meta.topic.terms.length).toBeGreaterThan(0);
    }
  });

  it('fills meta from the options, or with defaults', () => {
    const { corpus } = imported(json('datafeed.json'));
    expect(corpus.meta).toMatchObject({ id: 'imported-claimreview', name: 'Imported fact checks', version: '1.0.0', language: 'en', updated: '2026-11-25' });
    const named = importClaimReview(json('single.json'), { corpusId: 'meta-ai-checks', name: 'Fact checks on Meta AI' });
    expect(named).toMatchObject({ ok: true, corpus: { meta: { id: 'meta-ai-checks', name: 'Fact checks on Meta AI', updated: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } } });
  });

  it('takes entities from names inside the claims and from speakers, and terms from frequent words', () => {
    const { topic } = imported(json('datafeed.json')).corpus.meta;
    expect(topic.entities).toEqual(expect.arrayContaining(['Open', 'Source', 'Initiative', 'Llama', 'Muse', 'Spark', 'Tech Ledger', 'Factcheck Example']));
    // Sentence-initial words are not taken as names: they are capitalised whatever they are.
    expect(topic.entities).not.toContain('The');
    expect(topic.entities).not.toContain('an anonymous forum post');
    expect(topic.terms).toEqual(expect.arrayContaining(['released', 'weights', 'download', 'licence', 'researchers']));
    // Words already taken as names are not terms too.
    expect(topic.terms).not.toContain('llama');
    expect(topic.terms).not.toContain('open');
    expect(topic.terms.length).toBeLessThanOrEqual(20);
    expect(topic.entities.length).toBeLessThanOrEqual(30);
  });

  it('imports a review repeated in the markup once, listing the copy as skipped', () => {
    const { corpus, skipped } = imported([json('single.json'), json('single.json')]);
    expect(corpus.propositions).toHaveLength(1);
    expect(skipped).toEqual(['item 2: the same review as item 1; skipped']);
  });

  it('keeps ids within the schema for very long or non-Latin claims', () => {
    const long = { ...json('single.json'), claimReviewed: `${'Meta trained its assistant on an enormous pile of material '.repeat(6).trim()}.` };
    const cyrillic = { ...json('single.json'), url: 'https://factcheck.example.org/ru/1', claimReviewed: 'Мета опубликовала все данные.' };
    const { corpus } = imported([long, cyrillic]);
    const [first, second] = corpus.propositions;
    expect(first.id.length).toBeLessThanOrEqual(80);
    expect(first.text.length).toBeLessThanOrEqual(300);
    expect(first.text.endsWith('…')).toBe(true);
    expect(second.id).toBe('claim');
    expect(corpus.claims[1].text.length).toBeLessThanOrEqual(400);
  });
});
