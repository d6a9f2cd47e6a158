/**
 * The store archives: built from the current code, with the version from package.json, and
 * nothing in them that should not ship (source maps, tests, fixtures).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../lib/node/chromium';

const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

function zipEntries(file: string): string[] {
  const list = spawnSync('python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', file], { encoding: 'utf8' });
  if (list.status !== 0) throw new Error(list.stderr);
  return list.stdout.trim().split('\n');
}

describe('store archives', () => {
  it.each([['chrome', []], ['firefox', ['-b', 'firefox']]] as const)('the %s archive ships the extension and nothing else', (name, args) => {
    const zip = spawnSync('npx', ['wxt', 'zip', ...args], { cwd: ROOT, encoding: 'utf8' });
    expect(zip.status, zip.stderr).toBe(0);
    const archive = join(ROOT, '.output', `counterclaim-${version}-${name}.zip`);
    const entries = zipEntries(archive);
    expect(entries).toContain('manifest.json');
    expect(entries.filter((e) => /\.map$|(^|\/)tests?\/|fixtures|\.test\./.test(e))).toEqual([]);
    const manifestDir = readdirSync(join(ROOT, '.output')).find((d) => d.startsWith(name));
    const manifest = JSON.parse(readFileSync(join(ROOT, '.output', manifestDir!, 'manifest.json'), 'utf8'));
    expect(manifest.version).toBe(version);
  }, 120_000);
});
