export { createHighlighter, HIGHLIGHT_NAMES } from './highlighter';
export type { Highlighter, MarkKind } from './highlighter';
export { renderCard, strengthLabel, formatDate } from './card';
export type { CardView } from './card';
export { createLayer } from './layer';
export type { Annotation, AnnotationLayer, Listen } from './layer';
export { LAYER_CSS } from './styles';
