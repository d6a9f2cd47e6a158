/**
 * Turns the background's verdict into marks and cards on the page, inside one shadow-root UI
 * that WXT mounts and removes with the content script's context.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { createHighlighter, createLayer, LAYER_CSS, type Annotation, type AnnotationLayer, type Listen } from '../../lib/annotate';
import { rangeFor, type TextMap } from '../../lib/text';
import { isContradicted, type CheckPageReply } from '../../lib/messages';
import { OWN_NODE_ATTRIBUTE } from '../../lib/own-nodes';

export interface ShownAnnotations {
  reveal(index: number): void;
  remove(): void;
}

function annotationsFor(reply: CheckPageReply, map: TextMap): Annotation[] {
  const annotations: Annotation[] = [];
  for (const match of reply.matches) {
    const range = rangeFor(map, match.start, match.end);
    const claim = reply.claims[match.claim];
    if (!range || !claim) continue;
    annotations.push({
      range,
      kind: isContradicted(match) ? 'contradicted' : 'match',
      view: {
        match,
        claim,
        negates: match.negates ? reply.claims[match.negates] : undefined,
        against: match.contradictedBy.map((id) => reply.claims[id]).filter(Boolean),
      },
    });
  }
  return annotations;
}

export async function showAnnotations(ctx: ContentScriptContext, reply: CheckPageReply, map: TextMap): Promise<ShownAnnotations> {
  const annotations = annotationsFor(reply, map);
  const highlighter = createHighlighter(document);
  // Last first: in the <mark> fallback, wrapping later text never moves an earlier range.
  for (const annotation of [...annotations].reverse()) highlighter.add(annotation.range, annotation.kind);

  const listen: Listen = (target, type, handler, options) =>
    ctx.addEventListener(target as Window, type, handler as (event: Event) => void, options);
  let layer: AnnotationLayer | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: 'counterclaim-layer',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    css: LAYER_CSS,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container, _shadow, host) {
      host.setAttribute(OWN_NODE_ATTRIBUTE, 'layer');
      const root = document.createElement('div');
      root.className = 'layer';
      container.append(root);
      layer = createLayer(document, root, annotations, listen);
    },
    onRemove() {
      layer?.destroy();
      layer = undefined;
    },
  });
  ui.mount();
  return {
    reveal(index) {
      const annotation = annotations[index];
      if (!annotation) return;
      layer?.reveal(index);
      highlighter.flash(annotation.range);
    },
    remove() {
      ui.remove();
      highlighter.clear();
    },
  };
}
