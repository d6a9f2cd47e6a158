/**
 * The reader's settings and imported corpora, as stored: schemas only (the extension stores
 * them, this module says what a valid value is). Stored values are parsed on the way out, so a
 * damaged or older value falls back to the defaults instead of breaking the extension.
 */
import * as v from 'valibot';
import { CorpusSchema } from './corpus';

export const SettingsSchema = v.object({
  /** -2 (fewer, surer marks) .. +2 (more marks). */
  sensitivity: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-2), v.maxValue(2)), 0),
  /** Host names where the extension does nothing at all (subdomains included). */
  quietSites: v.optional(v.array(v.pipe(v.string(), v.maxLength(253))), []),
  /** The bundled corpus can be switched off like any imported one. */
  bundledEnabled: v.optional(v.boolean(), true),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

export const ImportedCorpusSchema = v.object({
  id: v.string(),
  name: v.string(),
  origin: v.picklist(['file', 'url']),
  /** Where it came from: the file name or the https URL. */
  from: v.string(),
  importedAt: v.string(),
  enabled: v.boolean(),
  corpus: CorpusSchema,
});
export type ImportedCorpus = v.InferOutput<typeof ImportedCorpusSchema>;

export function parseSettings(value: unknown): Settings {
  const result = v.safeParse(SettingsSchema, value ?? {});
  return result.success ? result.output : DEFAULT_SETTINGS;
}

export function parseImportedCorpora(value: unknown): ImportedCorpus[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const result = v.safeParse(ImportedCorpusSchema, item);
    return result.success ? [result.output] : [];
  });
}

/** A host name as the reader types it: "https://www.Example.com/x" -> "www.example.com". */
export function siteOf(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `https://${text}`).hostname || null;
  } catch {
    return null;
  }
}

/** Is `url` on one of the quiet sites (or a subdomain of one)? */
export function isQuiet(url: string, quietSites: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return quietSites.some((site) => host === site || host.endsWith(`.${site}`));
}
