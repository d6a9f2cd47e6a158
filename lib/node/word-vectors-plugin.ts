/**
 * A Vite plugin that gives the background the word vectors the second look reads meaning by
 * (lib/check/meaning.ts): the table's most frequent MEANING_WORDS words, cut from the one ranking
 * reads at build time and inlined, so the checker has them as it starts, with nothing to fetch.
 */
import type { VirtualModulePlugin } from './corpus-plugin';
import { meaningTableBytes, WORD_VECTORS_PATH } from './word-vectors';

const ID = 'virtual:meaning-vectors';
const RESOLVED = `\0${ID}`;

export function meaningVectorsPlugin(): VirtualModulePlugin {
  return {
    name: 'counterclaim-meaning-vectors',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(WORD_VECTORS_PATH);
      return `export const base64 = ${JSON.stringify(Buffer.from(meaningTableBytes()).toString('base64'))};\n`;
    },
  };
}
