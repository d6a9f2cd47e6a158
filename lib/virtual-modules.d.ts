declare module 'virtual:bundled-corpus' {
  import type { Corpus } from './corpus';
  import type { SerialisedIndex } from './match';
  export const corpus: Corpus;
  export const index: SerialisedIndex;
}

declare module 'virtual:meaning-vectors' {
  /** The word-vector table the checker reads meaning by (lib/node/word-vectors-plugin.ts), base64. */
  export const base64: string;
}
