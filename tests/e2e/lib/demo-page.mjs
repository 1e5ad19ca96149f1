// The demo index at https://demo.phi-guard.test/: links to every fixture site, for `npm start`.
const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

export function demoPage(fixtures) {
  const rows = fixtures.map((f) => `<li><a href="${escape(f.url)}">${escape(f.id)}</a>
    <span>${escape(f.kind)} · ${escape(f.framework)} · ${escape(f.url)}</span></li>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>PHI Guard demo sites</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:720px;margin:40px auto;padding:0 16px;color:#1b2430}
h1{font-size:22px}li{margin:6px 0}span{color:#5b6470;font-size:13px;margin-left:8px}a{font-weight:600}</style></head>
<body><h1>PHI Guard — local demo sites</h1>
<p>Local copies of each site's composer, served from your machine at the real hostnames. Nothing here reaches the internet.
Type a post with patient details and press the site's publish button to see the warning.</p>
<ol>${rows}</ol></body></html>`;
}
