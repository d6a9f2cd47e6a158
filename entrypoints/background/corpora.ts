/**
 * The enabled corpora, each with its index: the bundled one loads its index built at build
 * time; an imported one is indexed here, in the background, so no page or popup waits on it.
 * Rebuilt when the reader changes which corpora are on.
 */
import { corpus as bundled, index as bundledIndex } from 'virtual:bundled-corpus';
import { base64 as meaningVectors } from 'virtual:meaning-vectors';
import { CorpusChecker, type CheckedMatch } from '../../lib/check';
import { WordVectors } from '../../lib/match/embeddings';
import { claimView } from '../../lib/claim-view';
import type { CheckPageMessage, CheckPageReply, ClaimView } from '../../lib/messages';
import { importedCorporaItem, readImportedCorpora, readSettings, settingsItem } from './store';

let cached: { key: string; checkers: CorpusChecker[] } | undefined;
let bundledChecker: CorpusChecker | undefined;
let vectors: WordVectors | undefined;

/** The word vectors every checker reads meaning by, decoded once, when the first checker is made. */
const wordVectors = () => (vectors ??= WordVectors.fromBytes(bytesOf(meaningVectors)));

// A plain loop: Uint8Array.from with a mapping function took 72 ms on the 1 MB string, this 2-9 ms.
function bytesOf(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Forget the indexes when the reader switches corpora on or off (called once, at start). */
export function watchCorpora(): void {
  settingsItem.watch(() => (cached = undefined));
  importedCorporaItem.watch(() => (cached = undefined));
}

async function enabledCheckers(): Promise<CorpusChecker[]> {
  const [settings, imported] = await Promise.all([readSettings(), readImportedCorpora()]);
  const on = imported.filter((c) => c.enabled);
  const key = JSON.stringify([settings.bundledEnabled, on.map((c) => `${c.id}@${c.importedAt}`)]);
  if (cached?.key === key) return cached.checkers;
  const checkers: CorpusChecker[] = [];
  if (settings.bundledEnabled) checkers.push((bundledChecker ??= CorpusChecker.withIndex(bundled, bundledIndex, wordVectors())));
  for (const record of on) checkers.push(CorpusChecker.build(record.corpus, wordVectors()));
  cached = { key, checkers };
  return checkers;
}

/** Checks sentences against every enabled corpus; a sentence keeps its best match. */
export async function checkPage(message: CheckPageMessage): Promise<CheckPageReply> {
  const [checkers, settings] = await Promise.all([enabledCheckers(), readSettings()]);
  const best = new Map<number, { match: CheckedMatch; checker: CorpusChecker }>();
  let about = false;
  let topicScore = 0;
  for (const checker of checkers) {
    const verdict = checker.checkPage(message.title, message.sentences, {
      sensitivity: settings.sensitivity, assumeAbout: message.onTopic, marked: message.marked, selection: message.selection,
    });
    about ||= verdict.about;
    topicScore = Math.max(topicScore, verdict.topicScore);
    for (const match of verdict.matches) {
      const previous = best.get(match.start);
      if (!previous || match.score > previous.match.score) best.set(match.start, { match, checker });
    }
  }
  const claims: Record<string, ClaimView> = {};
  const matches = [...best.values()].sort((a, b) => a.match.start - b.match.start);
  for (const { match, checker } of matches) {
    for (const id of [match.claim, match.negates, ...match.contradictedBy, ...match.supportedBy]) {
      const claim = id ? checker.relations.claim(id) : undefined;
      if (claim) claims[claim.id] = claimView(claim);
    }
  }
  return { about, topicScore, matches: matches.map((m) => m.match), claims };
}
