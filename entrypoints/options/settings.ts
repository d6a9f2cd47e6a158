/** The sensitivity slider and the quiet sites list. */
import { siteOf } from '../../lib/settings';
import { readSettings, settingsItem, storageError } from '../background/store';
import { el, say } from './dom';

const SENSITIVITY_WORDS: Record<string, string> = { '-2': 'fewest marks', '-1': 'fewer marks', '0': 'balanced', '1': 'more marks', '2': 'most marks' };

async function update(change: (s: Awaited<ReturnType<typeof readSettings>>) => Awaited<ReturnType<typeof readSettings>>): Promise<void> {
  try {
    await settingsItem.setValue(change(await readSettings()));
  } catch (error) {
    say(storageError(error), true);
  }
}

export async function renderSettings(): Promise<void> {
  const settings = await readSettings();
  const slider = document.getElementById('sensitivity') as HTMLInputElement;
  const output = document.getElementById('sensitivity-value')!;
  slider.value = String(settings.sensitivity);
  output.textContent = SENSITIVITY_WORDS[slider.value];
  const list = document.getElementById('quiet-sites')!;
  list.replaceChildren(...settings.quietSites.map((site) => {
    const remove = el('button', { type: 'button', 'aria-label': `Remove ${site}` }, 'Remove');
    remove.addEventListener('click', async () => {
      await update((s) => ({ ...s, quietSites: s.quietSites.filter((x) => x !== site) }));
      await renderSettings();
    });
    return el('li', { 'data-site': site }, `${site} `, remove);
  }));
  if (settings.quietSites.length === 0) list.append(el('li', { class: 'hint' }, 'None yet.'));
}

export function wireSettings(): void {
  const slider = document.getElementById('sensitivity') as HTMLInputElement;
  slider.addEventListener('change', async () => {
    await update((s) => ({ ...s, sensitivity: Number(slider.value) }));
    document.getElementById('sensitivity-value')!.textContent = SENSITIVITY_WORDS[slider.value];
    say('Sensitivity saved: pages you open from now on use it.');
  });
  document.getElementById('quiet-form')!.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = document.getElementById('quiet-input') as HTMLInputElement;
    const site = siteOf(input.value);
    if (!site) {
      say(`"${input.value}" is not a site name.`, true);
      return;
    }
    await update((s) => ({ ...s, quietSites: [...new Set([...s.quietSites, site])] }));
    input.value = '';
    say(`Counterclaim will stay quiet on ${site}.`);
    await renderSettings();
  });
}
