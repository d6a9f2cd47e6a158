/** Small DOM helpers for the options page: elements from text only, never from markup. */
export function el(tag: string, attrs: Record<string, string>, ...children: Array<Node | string>): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The status line at the top of the page. */
export function say(text: string, error = false): void {
  const message = document.getElementById('message')!;
  message.textContent = text;
  message.hidden = false;
  message.classList.toggle('error', error);
}
