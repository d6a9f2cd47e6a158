import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCorpus } from '../../lib/corpus';
import { fixture } from './helpers';

const TODAY = '2026-11-25';
const base = () => JSON.parse(readFileSync(fixture('corpora/pluto.json'), 'utf8'));
const check = (data: unknown) => checkCorpus(JSON.stringify(data), TODAY);

describe('corpus check', () => {
  it('passes the bundled corpus with no error and no warning', () => {
    const text = readFileSync(new URL('../../assets/corpus/meta-ai.json', import.meta.url), 'utf8');
    const report = checkCorpus(text, TODAY);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.corpus!.claims.length).toBeGreaterThanOrEqual(60);
    expect(report.corpus!.propositions.length).toBeGreaterThanOrEqual(12);
  });

  it('names a claim id used twice', () => {
    const data = base();
    data.claims[2].id = data.claims[0].id;
    expect(check(data).errors).toContainEqual(expect.stringMatching(/\(iau-2006-pluto-dwarf-planet\)\.id: the id is used by more than one claim/));
  });

  it('names a claim whose proposition does not exist', () => {
    const data = base();
    data.claims[1].proposition = 'pluto-is-a-moon';
    expect(check(data).errors).toContainEqual('claims[1] (nasa-pluto-dwarf-planet-kuiper-belt).proposition: no proposition "pluto-is-a-moon"');
  });

  it('refuses http, javascript: and malformed URLs', () => {
    for (const url of ['http://example.com/a', 'javascript:alert(1)', 'not a url']) {
      const data = base();
      data.claims[0].source.url = url;
      expect(check(data).errors).toContainEqual(expect.stringMatching(/^claims\[0\] \(iau-2006-pluto-dwarf-planet\)\.source\.url: must be/));
    }
  });

  it('refuses dates in the future and dates that do not exist', () => {
    const data = base();
    data.claims[0].source.date = '2027-01-01';
    data.claims[1].source.date = '2025-02-30';
    const { errors } = check(data);
    expect(errors).toContainEqual('claims[0] (iau-2006-pluto-dwarf-planet).source.date: 2027-01-01 is in the future');
    expect(errors).toContainEqual('claims[1] (nasa-pluto-dwarf-planet-kuiper-belt).source.date: 2025-02-30 is not a real date');
  });

  it('finds a near-duplicate claim written with small changes', () => {
    const data = base();
    data.claims.push({ ...data.claims[0], id: 'iau-copy', text: 'The International Astronomical Union voted that Pluto is a dwarf planet, not one of the planets in the solar system.' });
    expect(check(data).errors).toContainEqual(expect.stringMatching(/\(iau-copy\)\.text: nearly the same as iau-2006-pluto-dwarf-planet/));
  });

  it('warns about a proposition with one side only, unless it says why', () => {
    const data = base();
    data.claims = data.claims.filter((c: { stance: string }) => c.stance === 'disputes');
    expect(check(data).warnings).toContainEqual(expect.stringMatching(/^propositions \(pluto-is-a-planet\): every claim disputes it/));
    data.propositions[0].oneSided = 'Only the IAU and NASA positions are sourced here.';
    expect(check(data).warnings).toEqual([]);
  });

  it('names an unknown field and a bad stance', () => {
    const data = base();
    data.claims[0].stnace = 'affirms';
    data.claims[1].stance = 'agrees';
    const { errors } = check(data);
    expect(errors).toContainEqual('claims[0] (iau-2006-pluto-dwarf-planet).stnace: unknown field');
    expect(errors).toContainEqual(expect.stringMatching(/^claims\[1\] \(nasa-pluto-dwarf-planet-kuiper-belt\)\.stance: /));
  });

  it('exits non-zero from the command line on a broken corpus, zero on a good one', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const run = (path?: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'lib/node/corpus-check.ts', ...(path ? [path] : [])], { cwd: root, encoding: 'utf8' });
    expect(run().status).toBe(0);
    const data = base();
    data.claims[0].source.url = 'http://example.com';
    const file = join(mkdtempSync(join(tmpdir(), 'cc-')), 'broken.json');
    writeFileSync(file, JSON.stringify(data));
    const broken = run(file);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/error\s+claims\[0\] \(iau-2006-pluto-dwarf-planet\)\.source\.url: must be an https URL/);
  });
});

describe('npm run corpus:import', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'lib/node/corpus-import.ts', ...args], { cwd: root, encoding: 'utf8' });

  it('turns a page of ClaimReview markup into a corpus that passes the check', () => {
    const imported = run('tests/fixtures/claimreview/page.html', '--id', 'page-import');
    expect(imported.status).toBe(0);
    // The importer dates the corpus today, by the clock: the check must read the same clock.
    const report = checkCorpus(imported.stdout, new Date().toISOString().slice(0, 10));
    expect(report.errors).toEqual([]);
    expect(report.corpus?.meta.id).toBe('page-import');
  });

  it('refuses a file with a malformed item, naming each problem, and prints no corpus', () => {
    const imported = run('tests/fixtures/claimreview/mixed-valid-invalid.json');
    expect(imported.status).toBe(1);
    expect(imported.stdout).toBe('');
    expect(imported.stderr).toMatch(/claimReviewed is missing/);
    expect(imported.stderr).toMatch(/is not an https URL/);
  });
});
