/** Text with its runs of spaces, line ends and zero-width spaces made one space, and trimmed. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
