import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const check = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'lib/node/check.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run check', () => {
  it('prints one JSON object with the contradicted spokesperson sentence for the demo article', () => {
    const run = check('assets/demo/article.html', '--url', 'https://example.com/tech/meta-ai-open-source-crossroads');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['url', 'title', 'isArticle', 'about', 'topicScore', 'sentences', 'matches']);
    expect(report).toMatchObject({ url: 'https://example.com/tech/meta-ai-open-source-crossroads', isArticle: true, about: true });
    const spokesperson = report.matches.find((m: { sentence: string }) => /spokesperson/.test(m.sentence));
    expect(spokesperson).toMatchObject({ stance: 'affirms', contradictedBy: expect.arrayContaining([expect.stringMatching(/nyt/)]) });
    expect(spokesperson.end - spokesperson.start).toBe(spokesperson.sentence.length);
  });

  it('does not mark the demo memo sentence, which says Meta will pick what it opens, as saying the opposite', () => {
    const report = JSON.parse(check('assets/demo/article.html').stdout);
    const memo = report.matches.find((m: { sentence: string }) => /memo published/.test(m.sentence));
    // It repeats "not everything will be open"; read against that claim it must not take the other side.
    expect(memo?.negates).not.toBe('zuckerberg-2023-04-26-not-everything-open');
  });

  it('reports a page that is not an article as such, with no matches', () => {
    const report = JSON.parse(check('tests/fixtures/plain-page.html').stdout);
    expect(report).toMatchObject({ isArticle: false, about: false, matches: [] });
  });

  it('says an article on another subject is not about the topic', () => {
    const report = JSON.parse(check('tests/fixtures/off-topic-article.html').stdout);
    expect(report).toMatchObject({ isArticle: true, about: false, matches: [] });
  });

  it('fails with a one-line error and exit 2 for a missing or non-HTML file', () => {
    const missing = check('no/such/file.html');
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const dir = mkdtempSync(join(tmpdir(), 'cc-'));
    const binary = join(dir, 'image.html');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const notHtml = check(binary);
    expect(notHtml.status).toBe(2);
    expect(notHtml.stderr).toMatch(/does not look like an HTML page/);
    expect(notHtml.stdout).toBe('');
  });
});
