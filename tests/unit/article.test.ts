import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isArticle } from '../../lib/article';
import { topicMatcher } from '../../lib/topic';
import { readPage } from '../../lib/read-page';
import { demoArticle, documentFrom, documentOf, fixture } from './helpers';

const metaTopic = { entities: ['Meta', 'Zuckerberg', 'Llama'], terms: ['ai', 'open source', 'model', 'models'] };

describe('article detection', () => {
  it('recognises the demo article and reads its sentences, not its navigation', () => {
    const page = readPage(documentOf(demoArticle));
    expect(page.isArticle).toBe(true);
    expect(page.sentences.length).toBeGreaterThan(20);
    const text = page.sentences.map((s) => s.text).join(' ');
    expect(text).not.toMatch(/Related stories/);
  });

  it('turns away a shop page that is not an article', () => {
    expect(isArticle(documentOf(fixture('plain-page.html')))).toBe(false);
  });

  it('leaves out the navigation, ads, sidebar and comments of a cluttered news page', () => {
    const doc = documentOf(fixture('news-layout.html'));
    const page = readPage(doc);
    const text = page.sentences.map((s) => s.text).join(' ');
    const comments = doc.getElementById('comments')!.textContent!.trim().slice(0, 40);
    expect(page.isArticle).toBe(true);
    expect(text).not.toContain(comments);
    for (const nav of doc.querySelectorAll('nav a')) {
      if ((nav.textContent ?? '').length > 30) expect(text).not.toContain(nav.textContent!.trim());
    }
  });

  it('leaves out a page\'s footnotes and references, which cite rather than say', () => {
    const notes = '<section class="endnotes"><h2>Notes</h2><ol><li id="fn1">Open Source Initiative, blog post on the Llama 2 licence, July 2023.</li></ol></section>' +
      '<div role="doc-bibliography"><p>Meta Newsroom, "Open Source AI Is the Path Forward," July 2024.</p></div>';
    const html = readFileSync(demoArticle, 'utf8').replace('</article>', `${notes}</article>`);
    const text = readPage(documentFrom(html)).sentences.map((s) => s.text).join(' ');
    expect(text).toContain('Meta');
    expect(text).not.toMatch(/blog post on the Llama 2 licence|Open Source AI Is the Path Forward/);
  });

  it('leaves out the caption of a chart drawn in the page, but reads a photo\'s caption', () => {
    const chart = '<figure><svg viewBox="0 0 10 10" role="img"><rect width="10" height="4"/></svg>' +
      '<figcaption>Expected capital spending in 2025, in billions of dollars, from company statements.</figcaption></figure>';
    const photo = '<figure><img src="stage.jpg" alt=""><figcaption>Zuckerberg on stage at LlamaCon, where Meta showed its new app.</figcaption></figure>';
    const html = readFileSync(demoArticle, 'utf8').replace('</article>', `${chart}${photo}</article>`);
    const text = readPage(documentFrom(html)).sentences.map((s) => s.text).join(' ');
    expect(text).not.toContain('in billions of dollars');
    expect(text).toContain('Zuckerberg on stage at LlamaCon');
  });


  it('reads a gallery whose drawn slides carry the story in their captions', () => {
    const story = [
      'In July, Zuckerberg promised that Meta would spend hundreds of billions of dollars on computing power for superintelligence.',
      'He said the money would come from the company\'s own business, not from outside investors, and named two of the data centres.',
      'The first, in Ohio, was to come online in 2026; the second, in Louisiana, could one day grow to five gigawatts.',
    ];
    const slide = '<figure><svg viewBox="0 0 10 10" role="img" aria-label="Cranes over a building site"><rect width="10" height="4"/></svg>' +
      `<figcaption><h2>July: the pledge</h2><p>${story.join(' ')}</p></figcaption></figure>`;
    const html = readFileSync(demoArticle, 'utf8').replace('</article>', `${slide}</article>`);
    const text = readPage(documentFrom(html)).sentences.map((s) => s.text);
    expect(text).toEqual(expect.arrayContaining(story));
  });
  it('reads the paragraphs of a wrapper that holds a few words beside them: a live blog\'s times, a dateline', () => {
    const paragraphs = [
      'Chris Cox has just taken the stage and promised a faster Llama release schedule for developers.',
      'He said the new API would let companies fine-tune the models without managing their own servers.',
      'Analysts in the room were more interested in what the company did not say about its spending plans.',
      'Shares of the company rose two percent in late trading after the keynote ended on Tuesday.',
    ];
    const head = '<head><title>Live: Meta keynote</title><meta property="og:type" content="article"></head>';
    const entries = paragraphs
      .map((p, i) => `<div class="entry"><time class="entry-time" datetime="2025-04-29T10:3${i}">10:3${i} a.m.</time><p>${p}</p>` +
        `<div class="entry-share"><a href="#post-${i}">Copy link</a> <a href="https://example.com/share">Share</a></div></div>`)
      .join('');
    const dateline = `<div class="article-body"><span class="dateline">MENLO PARK, Calif. —</span>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`;
    for (const body of [entries, dateline]) {
      const page = readPage(documentFrom(`<html lang="en">${head}<body><nav><a href="/">Home</a></nav><article><h1>Live: Meta keynote</h1>${body}</article></body></html>`));
      expect(page.isArticle).toBe(true);
      expect(page.sentences.map((s) => s.text)).toEqual(expect.arrayContaining(paragraphs));
    }
  });

  it('keeps a paragraph whose hidden parts or dateline Readability leaves out of its copy', () => {
    const filler = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1} explains in ordinary words how the company has been spending on data centres this year.</p>`).join('');
    const lead = '<p><span class="dateline">NEW YORK (Reuters) -</span> Meta Platforms said on Tuesday it would spend more on artificial intelligence.</p>';
    const dropcap = '<p><span class="dropcap" aria-hidden="true">T</span><span class="visually-hidden">T</span>he company did not say how much more it would spend next year.</p>';
    const hidden = '<p>Read the filing <span style="display:none">(opens in new window)</span>here, the company said in a statement.</p>';
    const html = `<html lang="en"><head><title>Meta to spend more on AI</title><meta property="og:type" content="article"></head><body><article><h1>Meta to spend more on AI</h1>${lead}${dropcap}${hidden}${filler}</article></body></html>`;
    const text = readPage(documentFrom(html)).sentences.map((s) => s.text);
    expect(text).toContain('NEW YORK (Reuters) - Meta Platforms said on Tuesday it would spend more on artificial intelligence.');
    expect(text).toContain('The company did not say how much more it would spend next year.');
    expect(text).toContain('Read the filing here, the company said in a statement.');
  });

  it('recognises an article marked up with microdata only, its body in <div>s, but not a home page of marked-up teasers', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<div>Paragraph ${i + 1}: Meta hired three more researchers for its superintelligence lab this week, people familiar with the matter said.</div>`).join('');
    const article = `<html lang="en"><head><title>Meta hires researchers</title></head><body><div itemscope itemtype="https://schema.org/NewsArticle">` +
      `<h1 itemprop="headline">Meta hires researchers</h1><div itemprop="articleBody">${paragraphs}</div></div></body></html>`;
    const page = readPage(documentFrom(article));
    expect(page.isArticle).toBe(true);
    expect(page.sentences.map((s) => s.text)).toContain('Paragraph 1: Meta hired three more researchers for its superintelligence lab this week, people familiar with the matter said.');
    const teasers = Array.from({ length: 4 }, (_, i) => `<div itemscope itemtype="https://schema.org/NewsArticle"><a itemprop="headline" href="/s${i}">Story ${i}</a></div>`).join('');
    expect(isArticle(documentFrom(`<html><head><title>Home</title></head><body><main>${teasers}</main></body></html>`))).toBe(false);
  });

  it('reads a "Key Points" box set above the body, which Readability leaves out, labelled or named so by its class, but not a list of links to other stories', () => {
    const points = [
      'Meta’s new lab discussed dropping its most powerful open model in favour of closed development.',
      'The company told reporters that its position on open source had not changed.',
    ];
    const body = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of the story goes on about the company and its plans for next year, with detail on spending and hiring.</p>`).join('');
    const page = (box: string) => readPage(documentFrom(`<html lang="en"><head><title>Meta weighs a closed model</title><meta property="og:type" content="article"></head><body>` +
      `<main><div class="header"><h1>Meta weighs a closed model</h1>${box}</div><div class="body">${body}</div></main></body></html>`)).sentences.map((s) => s.text);
    const keyPoints = page(`<div class="key-points"><div class="key-points-header">Key Points</div><ul>${points.map((p) => `<li>${p}</li>`).join('')}</ul></div>`);
    expect(keyPoints.slice(0, 3)).toEqual([...points, 'Paragraph 1 of the story goes on about the company and its plans for next year, with detail on spending and hiring.']);
    const named = page(`<ul class="summary-list">${points.map((p) => `<li>${p}</li>`).join('')}</ul>`);
    expect(named.slice(0, 2)).toEqual(points);
    const links = page('<div><h3>Highlights</h3><ul><li><a href="/phones">Phone makers promise longer battery life this winter</a></li><li><a href="/chips">Chip stocks rally as the big cloud companies raise their spending plans</a></li></ul></div>');
    expect(links.join(' ')).not.toMatch(/battery|Chip stocks/);
    expect(links[0]).toMatch(/^Paragraph 1/);
  });

  it('ignores broken JSON-LD instead of failing', () => {
    const html = readFileSync(fixture('off-topic-article.html'), 'utf8').replace('</head>', '<script type="application/ld+json">{oops</script></head>');
    expect(readPage(documentFrom(html)).isArticle).toBe(true);
  });
});

describe('topic gate', () => {
  it('is about the topic when the article names the subject and its field', () => {
    const verdict = topicMatcher(metaTopic).judge('Meta and the open source question', 'Zuckerberg said Llama models would stay open. Meta AI grows.');
    expect(verdict.about).toBe(true);
  });

  it('is not about the topic when a word only looks like the subject', () => {
    const verdict = topicMatcher(metaTopic).judge('A meta-analysis of cycling', 'The metadata of this study, a meta review, found more bikes.');
    expect(verdict.about).toBe(false);
  });
});
