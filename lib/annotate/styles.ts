/** Styles of our shadow-root UI: they cannot reach the page, and the page's cannot reach them. */
export const LAYER_CSS = `
:host { all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important;
  display: block !important; pointer-events: none !important; }
.layer { --bg: #ffffff; --fg: #1d1f24; --muted: #5b6170; --line: #d9dce3; --accent: #d9480f; --match: #5f54d6;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); }
@media (prefers-color-scheme: dark) {
  .layer { --bg: #1f2228; --fg: #eef0f4; --muted: #a9afbd; --line: #3a3f4a; --accent: #ff8a4c; --match: #a9a2ff; }
}
.badge { position: absolute; pointer-events: auto; box-sizing: border-box; width: 22px; height: 22px; margin: 0; padding: 0;
  border-radius: 11px; border: 2px solid var(--bg); background: var(--accent); color: #fff; font: 700 13px/18px system-ui, sans-serif;
  text-align: center; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.3); }
.badge.matched { background: var(--match); }
.badge:focus-visible { outline: 3px solid var(--match); outline-offset: 2px; }
.card { position: absolute; pointer-events: auto; box-sizing: border-box; width: min(380px, calc(100vw - 16px)); max-height: 60vh; overflow: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px;
  box-shadow: 0 8px 28px rgba(0,0,0,.22); text-align: left; }
.card:focus { outline: none; }
.card[hidden] { display: none; }
h2 { margin: 0 0 8px; font-size: 15px; font-weight: 700; }
h2.contradicted { color: var(--accent); }
h2.matched { color: var(--match); }
h3 { margin: 10px 0 4px; font-size: 11px; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); }
ul { list-style: none; margin: 0; padding: 0; }
li.claim { margin: 0 0 8px; padding: 0 0 0 10px; border-left: 3px solid var(--line); }
li.claim.against { border-left-color: var(--accent); }
p { margin: 0; }
.claim-text { font-weight: 600; }
.quote { margin: 4px 0; font-style: italic; color: var(--fg); }
.source { font-size: 12px; color: var(--muted); }
a { color: var(--match); }
.why { margin-top: 8px; font-size: 12px; color: var(--muted); }
.notice { position: fixed; pointer-events: auto; right: 12px; bottom: 12px; padding: 8px 12px; background: var(--bg); border: 1px solid var(--line); border-radius: 8px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) { .card { transition: opacity .12s ease-out; } }
`;
