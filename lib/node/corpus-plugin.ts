/**
 * A Vite plugin that builds the bundled corpus's index at build time, so the background loads
 * it ready-made instead of indexing on every start. It also refuses to build with a corpus that
 * fails validation, naming what is wrong.
 */
import { readFileSync } from 'node:fs';
import { readCorpus } from '../corpus';
import { CorpusChecker } from '../check';
import { BUNDLED_CORPUS_PATH } from './bundled-corpus';

const ID = 'virtual:bundled-corpus';
const RESOLVED = `\0${ID}`;

/** The few Vite plugin hooks we use, typed here: WXT and Vitest ship different Vite versions. */
export interface VirtualModulePlugin {
  name: string;
  resolveId(id: string): string | undefined;
  load(this: { addWatchFile(file: string): void }, id: string): string | undefined;
}

export function bundledCorpusPlugin(): VirtualModulePlugin {
  return {
    name: 'counterclaim-bundled-corpus',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      // COUNTERCLAIM_CORPUS builds the extension around another corpus file (another topic).
      const path = process.env.COUNTERCLAIM_CORPUS ?? BUNDLED_CORPUS_PATH;
      this.addWatchFile(path);
      const result = readCorpus(readFileSync(path, 'utf8'));
      if (!result.ok) throw new Error(`The corpus ${path} is invalid:\n  ${result.errors.join('\n  ')}`);
      const index = CorpusChecker.build(result.corpus).matcher.serialiseIndex();
      return `export const corpus = ${JSON.stringify(result.corpus)};\nexport const index = ${JSON.stringify(index)};\n`;
    },
  };
}
