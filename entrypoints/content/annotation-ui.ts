/**
 * The shadow-root UI that holds badges and cards, mounted by WXT on first use and removed with
 * the content script's context: page styles cannot reach in, ours cannot leak out.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { createLayer, LAYER_CSS, type AnnotationLayer, type Listen } from '../../lib/annotate';
import { OWN_NODE_ATTRIBUTE } from '../../lib/own-nodes';

export interface AnnotationUi {
  layer: AnnotationLayer;
  host: HTMLElement;
}

export async function mountAnnotationUi(ctx: ContentScriptContext): Promise<AnnotationUi> {
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
      layer = createLayer(document, root, listen);
    },
    onRemove() {
      layer?.destroy();
      layer = undefined;
    },
  });
  ui.mount();
  ctx.onInvalidated(() => ui.remove());
  return { layer: layer!, host: ui.shadowHost };
}
