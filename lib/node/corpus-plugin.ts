/**
 * A Vite plugin that builds the bundled corpus's index at build time, so the background loads
 * it ready-made instead of indexing on every start. It also refuses to build with a corpus that
 * fails validation, naming what is wrong.
 */
import { readFileSync } from 'node:fs';
import { readCorpus } from '../corpus';
import { CorpusChecker } from '../check';
import { BUNDLED_CORPUS_PATH } from './bundled-corpus';
import { virtualModule, type VirtualModulePlugin } from './virtual-module';

export function bundledCorpusPlugin(): VirtualModulePlugin {
  return virtualModule('counterclaim-bundled-corpus', 'virtual:bundled-corpus', (watch) => {
    // COUNTERCLAIM_CORPUS builds the extension around another corpus file (another topic).
    const path = process.env.COUNTERCLAIM_CORPUS ?? BUNDLED_CORPUS_PATH;
    watch(path);
    const result = readCorpus(readFileSync(path, 'utf8'));
    if (!result.ok) throw new Error(`The corpus ${path} is invalid:\n  ${result.errors.join('\n  ')}`);
    const index = CorpusChecker.build(result.corpus).matcher.serialiseIndex();
    return `export const corpus = ${JSON.stringify(result.corpus)};\nexport const index = ${JSON.stringify(index)};\n`;
  });
}
