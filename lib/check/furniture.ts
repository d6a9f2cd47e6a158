/**
 * Lines that label a page's furniture rather than say anything: "Sources: Meta Newsroom; TechCrunch",
 * "Photo: Getty Images", "Read more: Meta's AI push", "Tags: AI, Llama". They list names and
 * headlines in the corpus's words, so they would match claims they do not make.
 */
const LABEL = /^\s*(?:sources?|credits?|photos?|photograph|images?|pictures?|illustrations?|graphics?|video|related(?: stories| articles| coverage)?|read more|more reading|see also|further reading|tags|topics|filed under|additional reporting|reporting|editing)\s*:/i;

export const isFurnitureLine = (text: string): boolean => LABEL.test(text);
