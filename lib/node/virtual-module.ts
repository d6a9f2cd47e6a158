/** A Vite plugin serving one virtual module: what the extension's code imports as "virtual:...". */

/** The few Vite plugin hooks we use, typed here: WXT and Vitest ship different Vite versions. */
export interface VirtualModulePlugin {
  name: string;
  resolveId(id: string): string | undefined;
  load(this: { addWatchFile(file: string): void }, id: string): string | undefined;
}

/** `source` writes the module's code, naming each file it reads to `watch` (rebuilt when one changes). */
export function virtualModule(name: string, id: string, source: (watch: (file: string) => void) => string): VirtualModulePlugin {
  const resolved = `\0${id}`;
  return {
    name,
    resolveId: (requested) => (requested === id ? resolved : undefined),
    load(requested) {
      return requested === resolved ? source((file) => this.addWatchFile(file)) : undefined;
    },
  };
}
