/**
 * A Vite plugin that gives the background the word vectors the second look reads meaning by
 * (lib/check/meaning.ts): the table's most frequent MEANING_WORDS words, cut from the one ranking
 * reads at build time and inlined, so the checker has them as it starts, with nothing to fetch.
 */
import { virtualModule, type VirtualModulePlugin } from './virtual-module';
import { meaningTableBytes, WORD_VECTORS_PATH } from './word-vectors';

export function meaningVectorsPlugin(): VirtualModulePlugin {
  return virtualModule('counterclaim-meaning-vectors', 'virtual:meaning-vectors', (watch) => {
    watch(WORD_VECTORS_PATH);
    return `export const base64 = ${JSON.stringify(Buffer.from(meaningTableBytes()).toString('base64'))};\n`;
  });
}
