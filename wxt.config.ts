import { defineConfig } from 'wxt';
import { bundledCorpusPlugin } from './lib/node/corpus-plugin';
import { meaningVectorsPlugin } from './lib/node/word-vectors-plugin';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  // Only static files copied as they are (the _locales of the UI strings) live here.
  publicDir: 'assets/public',
  vite: () => ({ plugins: [bundledCorpusPlugin(), meaningVectorsPlugin()] }),
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings, imported corpora and highlights; contextMenus: "Highlight" on a selection.
    permissions: ['storage', 'contextMenus'],
    // A corpus URL's host is asked for when the reader imports from it, never up front.
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    action: { default_title: 'Counterclaim' },
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight the selected text',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'counterclaim@counterclaim.dev',
              // 140 is the first Firefox that reads data_collection_permissions (and the first
              // ESR with the CSS Custom Highlight API); Firefox for Android reads it from 142.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['tests/**', '.output/**', 'node_modules/**', '.wxt/**'],
  },
});
