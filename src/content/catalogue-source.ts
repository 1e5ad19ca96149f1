// The content script's interface catalogues (other than the bundled English) come from the service
// worker, which reads them from the extension package (src/i18n/packaged.ts). The content script cannot
// fetch the package's files itself: they are not web-accessible, so no page can probe for the extension,
// and the content script is one IIFE, so a dynamic import() would only inline the file again. The same
// route as the detector's knowledge (knowledge-loader.ts). Any failure leaves the interface in English.
import type { Language } from '../i18n';
import type { Message } from '../shared/messages';

export async function catalogueFromWorker(language: Language): Promise<unknown> {
  const runtime = globalThis.chrome?.runtime;
  if (!runtime?.id) return null;
  const request: Message = { type: 'catalogue-request', language };
  const answer = (await runtime.sendMessage(request)) as { catalogue?: unknown } | undefined;
  return answer?.catalogue ?? null;
}
