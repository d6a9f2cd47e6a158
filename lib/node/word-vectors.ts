/** The word-vector table, read from assets/ for the command-line tools (Node only). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { firstWordsOf, WordVectors } from '../match/embeddings';
import { MEANING_WORDS } from '../check/meaning';

export const WORD_VECTORS_PATH = fileURLToPath(new URL('../../assets/word-vectors/glove-50k-32d.bin', import.meta.url));

/** The whole table, as ranking reads it. */
export function loadWordVectors(): WordVectors {
  return WordVectors.fromBytes(readFileSync(WORD_VECTORS_PATH));
}

/** The table's part the extension carries, so the checker reads meaning here as it does there. */
export function meaningTableBytes(): Uint8Array {
  return firstWordsOf(readFileSync(WORD_VECTORS_PATH), MEANING_WORDS);
}

export function loadMeaningVectors(): WordVectors {
  return WordVectors.fromBytes(meaningTableBytes());
}
