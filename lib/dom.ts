/**
 * Elements built from text, never from markup: page and corpus text is data, so every UI of
 * ours (cards, popup, options) makes its nodes with this one helper.
 */
export type Child = Node | string;

export function element(doc: Document, tag: string, attrs: Record<string, string>, ...children: Child[]): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** `element` in the current document (extension pages). */
export const el = (tag: string, attrs: Record<string, string>, ...children: Child[]): HTMLElement => element(document, tag, attrs, ...children);
