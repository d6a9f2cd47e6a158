/** The options page's status line; elements come from lib/dom. */
export { el } from '../../lib/dom';

/** The status line at the top of the page. */
export function say(text: string, error = false): void {
  const message = document.getElementById('message')!;
  message.textContent = text;
  message.hidden = false;
  message.classList.toggle('error', error);
}
