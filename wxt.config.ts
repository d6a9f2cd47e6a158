import { defineConfig } from 'wxt';
import { bundledCorpusPlugin } from './lib/node/corpus-plugin';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  vite: () => ({ plugins: [bundledCorpusPlugin()] }),
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Counterclaim',
    description: "Marks sentences in news about Meta's AI that repeat a known claim, and shows what contradicts them.",
    permissions: ['storage'],
    action: { default_title: 'Counterclaim' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'counterclaim@counterclaim.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['tests/**', '.output/**', 'node_modules/**', '.wxt/**'],
  },
});
