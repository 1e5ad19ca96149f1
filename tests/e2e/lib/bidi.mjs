// A small WebDriver BiDi client (https://w3c.github.io/webdriver-bidi/) over the `ws` package, enough to
// drive Firefox ESR: commands with ids, events by method, and the value (de)serialisation that
// script.callFunction uses. Playwright's Firefox support needs a newer Firefox than the ESR
// (toolchain.md §6), and BiDi itself needs no driver binary.
import WebSocket from 'ws';

export class BidiError extends Error {
  constructor(method, error, message) {
    super(`${method}: ${error}: ${message}`);
    this.name = 'BidiError';
    this.error = error;
  }
}

export class BidiConnection {
  /** @param {string} url the browser's ws://host:port (the /session path is added). */
  static async connect(url) {
    const socket = new WebSocket(`${url}/session`, { perMessageDeflate: false });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    return new BidiConnection(socket);
  }

  constructor(socket) {
    this.socket = socket;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Map();
    socket.on('message', (data) => this.receive(JSON.parse(String(data))));
    socket.on('close', () => {
      for (const { reject, method } of this.pending.values()) reject(new Error(`${method}: the browser closed the connection`));
      this.pending.clear();
    });
  }

  receive(message) {
    if (message.type === 'event') {
      for (const listener of this.listeners.get(message.method) ?? []) listener(message.params);
      return;
    }
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.type === 'error') waiting.reject(new BidiError(waiting.method, message.error, message.message));
    else waiting.resolve(message.result);
  }

  send(method, params = {}) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  on(method, listener) {
    if (!this.listeners.has(method)) this.listeners.set(method, []);
    this.listeners.get(method).push(listener);
  }

  close() {
    this.socket.close();
  }
}

/**
 * A JS value as a BiDi LocalValue. Objects with a `sharedId` (our element handles) become node
 * references; plain objects and arrays are copied; functions are not supported.
 */
export function toLocalValue(value) {
  if (value === undefined) return { type: 'undefined' };
  if (value === null) return { type: 'null' };
  if (value?.sharedId) return { sharedId: value.sharedId };
  switch (typeof value) {
    case 'string': return { type: 'string', value };
    case 'boolean': return { type: 'boolean', value };
    case 'number':
      if (Number.isNaN(value)) return { type: 'number', value: 'NaN' };
      if (!Number.isFinite(value)) return { type: 'number', value: value > 0 ? 'Infinity' : '-Infinity' };
      return { type: 'number', value: Object.is(value, -0) ? '-0' : value };
    case 'object':
      if (Array.isArray(value)) return { type: 'array', value: value.map(toLocalValue) };
      if (value instanceof RegExp) return { type: 'regexp', value: { pattern: value.source, flags: value.flags } };
      return { type: 'object', value: Object.entries(value).map(([key, item]) => [key, toLocalValue(item)]) };
    default:
      throw new Error(`cannot pass a ${typeof value} to the page`);
  }
}

/**
 * A BiDi RemoteValue as a JS value. Nodes become `makeNode(sharedId)`; other objects without a
 * serialisable form (functions, windows, promises) become null.
 */
export function fromRemoteValue(remote, makeNode) {
  switch (remote.type) {
    case 'undefined': return undefined;
    case 'null': return null;
    case 'string': case 'boolean': return remote.value;
    case 'number':
      return typeof remote.value === 'number' ? remote.value : Number(remote.value);
    case 'bigint': return BigInt(remote.value);
    case 'array': case 'set': case 'nodelist': case 'htmlcollection':
      return (remote.value ?? []).map((item) => fromRemoteValue(item, makeNode));
    case 'object': case 'map':
      return Object.fromEntries((remote.value ?? []).map(([key, item]) =>
        [typeof key === 'string' ? key : fromRemoteValue(key, makeNode), fromRemoteValue(item, makeNode)]));
    case 'date': return new Date(remote.value);
    case 'regexp': return new RegExp(remote.value.pattern, remote.value.flags);
    case 'node': return makeNode(remote.sharedId);
    default: return null;
  }
}
