/** UI strings through browser.i18n (_locales/en/messages.json), so the popup can be translated. */
import browser from 'webextension-polyfill';

export function t(key: string, ...substitutions: Array<string | number>): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}
