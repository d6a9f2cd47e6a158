/**
 * A Vite plugin that builds the bundled corpus's index at build time, so the background loads
 * it ready-made instead of indexing on every start. It also refuses to build with a corpus that
 * fails validation, naming what is wrong.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { readCorpus } from '../lib/corpus';
import { CorpusChecker } from '../lib/check';
import { BUNDLED_CORPUS_PATH } from './bundled-corpus';

const ID = 'virtual:bundled-corpus';
const RESOLVED = `\0${ID}`;

export function bundledCorpusPlugin(): Plugin {
  return {
    name: 'counterclaim-bundled-corpus',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(BUNDLED_CORPUS_PATH);
      const result = readCorpus(readFileSync(BUNDLED_CORPUS_PATH, 'utf8'));
      if (!result.ok) throw new Error(`The bundled corpus is invalid:\n  ${result.errors.join('\n  ')}`);
      const index = CorpusChecker.build(result.corpus).matcher.serialiseIndex();
      return `export const corpus = ${JSON.stringify(result.corpus)};\nexport const index = ${JSON.stringify(index)};\n`;
    },
  };
}
