// A minimal OTLP/HTTP receiver on 127.0.0.1 for the audit-delivery e2e test: answers the CORS
// preflight an extension's fetch needs and keeps every POST (path, headers, raw body).
import { createServer } from 'node:http';

export async function startOtlpReceiver() {
  const posts = [];
  const preflights = [];
  const server = createServer((req, res) => {
    const cors = {
      'Access-Control-Allow-Origin': req.headers.origin ?? '*',
      'Access-Control-Allow-Methods': 'POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Content-Type',
    };
    if (req.method === 'OPTIONS') {
      preflights.push({ path: req.url, origin: req.headers.origin });
      res.writeHead(204, cors);
      res.end();
      return;
    }
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      posts.push({ path: req.url, headers: req.headers, body });
      res.writeHead(200, { ...cors, 'Content-Type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, port, posts, preflights, close: () => new Promise((r) => server.close(r)) };
}
