/** Builds the extension once before the end-to-end tests, so they always test the current code. */
import { spawnSync } from 'node:child_process';
import { ROOT, chromePath } from '../../lib/node/chromium';

export default function setup(): void {
  chromePath(); // fail first, and clearly, when there is no browser
  if (process.env.COUNTERCLAIM_E2E_NO_BUILD) return; // for a quick rerun against .output as it is
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`The extension did not build:\n${build.stdout}\n${build.stderr}`);
}
