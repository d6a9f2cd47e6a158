/**
 * A small SVG timeline of the statements behind a page's marks: each one a dot at its date,
 * open-leaning above the line, closed-leaning below, neutral on it. Built with DOM calls; the
 * claim text goes into <title> elements as text.
 */
import type { ClaimView } from '../../lib/messages';
import { t } from './i18n';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 320;
const HEIGHT = 96;
const PAD = 14;
const OFFSET: Record<ClaimView['lean'], number> = { open: -26, neutral: 0, closed: 26 };

const time = (date: string) => Date.parse(date.length === 7 ? `${date}-15` : date);

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

export function renderTimeline(claims: readonly ClaimView[]): SVGSVGElement | null {
  const dated = claims.filter((c) => !Number.isNaN(time(c.date))).sort((a, b) => time(a.date) - time(b.date));
  if (dated.length === 0) return null;
  const first = time(dated[0].date);
  const last = time(dated[dated.length - 1].date);
  const x = (date: string) => PAD + ((time(date) - first) / Math.max(1, last - first)) * (WIDTH - 2 * PAD);
  const middle = HEIGHT / 2;
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: '100%', role: 'img', class: 'timeline' }) as SVGSVGElement;
  const title = svg('title', {});
  title.textContent = t('timelineTitle');
  const desc = svg('desc', {});
  desc.textContent = t('timelineDescription', dated.length, dated[0].date, dated[dated.length - 1].date);
  root.append(title, desc, svg('line', { x1: PAD, x2: WIDTH - PAD, y1: middle, y2: middle, class: 'axis' }));
  for (const [label, y] of [[t('timelineOpen'), 10], [t('timelineClosed'), HEIGHT - 4]] as const) {
    const text = svg('text', { x: 2, y, class: 'label' });
    text.textContent = label;
    root.append(text);
  }
  for (const year of new Set(dated.map((c) => c.date.slice(0, 4)))) {
    const tick = svg('text', { x: x(`${year}-01-01`) < PAD ? PAD : x(`${year}-01-01`), y: middle + 12, class: 'year' });
    tick.textContent = year;
    root.append(tick);
  }
  for (const claim of dated) {
    const dot = svg('circle', { cx: x(claim.date), cy: middle + OFFSET[claim.lean], r: 5, class: `dot ${claim.lean}`, 'data-statement-id': claim.id });
    const tip = svg('title', {});
    tip.textContent = `${claim.date} · ${claim.speaker}: ${claim.text}`;
    dot.append(tip);
    root.append(dot);
  }
  return root;
}
