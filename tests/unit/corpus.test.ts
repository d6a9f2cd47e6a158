import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readCorpus, relations } from '../../lib/corpus';
import { fixture } from './helpers';

const pluto = () => JSON.parse(readFileSync(fixture('corpora/pluto.json'), 'utf8'));

describe('corpus loading', () => {
  it('accepts a valid corpus and fills defaults', () => {
    const result = readCorpus(JSON.stringify(pluto()));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.corpus.claims[0].contradicts).toEqual([]);
  });

  it('names the claim and field of each problem', () => {
    const data = pluto();
    data.claims[1].source.url = 'javascript:alert(1)';
    data.claims[2].stance = 'maybe';
    const result = readCorpus(JSON.stringify(data));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContainEqual(expect.stringMatching(/^claims\[1\] \(nasa-pluto-dwarf-planet-kuiper-belt\)\.source\.url: /));
      expect(result.errors).toContainEqual(expect.stringMatching(/^claims\[2\] \(stern-pluto-is-a-planet\)\.stance: /));
    }
  });

  it('refuses text that is not JSON, and absurdly nested JSON, with a message', () => {
    expect(readCorpus('{"meta": ')).toMatchObject({ ok: false, errors: [expect.stringMatching(/not valid JSON/)] });
    expect(readCorpus('['.repeat(100_000))).toMatchObject({ ok: false, errors: [expect.stringMatching(/nests deeper/)] });
  });

  it('derives contradictions from opposite stances on one proposition, newest first', () => {
    const result = readCorpus(JSON.stringify(pluto()));
    if (!result.ok) throw new Error(result.errors.join());
    const rel = relations(result.corpus);
    const stern = rel.claim('stern-pluto-is-a-planet')!;
    expect(rel.against(stern).map((c) => c.id)).toEqual(['nasa-pluto-dwarf-planet-kuiper-belt', 'iau-2006-pluto-dwarf-planet']);
    expect(rel.against(stern, 'disputes').map((c) => c.id)).toEqual(['stern-pluto-is-a-planet']);
  });
});
