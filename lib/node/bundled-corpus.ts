/** The bundled corpus, read from assets/ for the command-line tools (Node only). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCorpus, type Corpus } from '../corpus';

export const BUNDLED_CORPUS_PATH = fileURLToPath(new URL('../../assets/corpus/meta-ai.json', import.meta.url));

export function loadCorpusFile(path: string): Corpus {
  const result = readCorpus(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}: invalid corpus\n  ${result.errors.join('\n  ')}`);
  return result.corpus;
}
