declare module 'virtual:bundled-corpus' {
  import type { Corpus } from './corpus';
  import type { SerialisedIndex } from './match';
  export const corpus: Corpus;
  export const index: SerialisedIndex;
}
