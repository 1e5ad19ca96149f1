// A cheap, exact gate for the rules' patterns by the words they spell out: every match of
// /\b(?:room|rm|bed)\.?\s*\d/ holds "room", "rm" or "bed", so a paragraph whose lower-case text holds none of
// them cannot match, and the regex is not run over it (rules/run.ts). Most patterns of a rule that reaches its
// patterns find nothing: each such run still reads the whole paragraph.
//
// requiredLiterals reads a regex's source (as RE2's and Code Search's prefilters do) for a set of strings one
// of which every match holds, lower-cased, to be looked for in the paragraph lower-cased. Only ASCII
// characters are taken as literals: lower-casing an ASCII character gives one ASCII character, wherever it
// stands, so a match's literal run of them is in the lower-case paragraph as the lower-case string. Anything
// not understood (a class escape, a character beyond ASCII, a back-reference, an unexpected token) stands for
// "any text", which asks nothing: the answer errs only towards running the regex. Under the u and i flags two
// characters beyond ASCII fold to ASCII letters, ſ (U+017F) to s and K (U+212A) to k: a paragraph holding one
// is not gated (ParagraphView.folds).

/** What a piece of regex can match: the full set of strings (`exact`, when small and known), or a set of
 *  strings one of which every match holds (`req`); null where nothing is known. */
interface Info {
  exact: string[] | null;
  req: string[] | null;
}

// Sets of exact strings are kept up to this size (products of alternatives grow fast); required sets up to REQ_LIMIT.
const EXACT_LIMIT = 16;
const REQ_LIMIT = 128;
const ANY: Info = { exact: null, req: null };
const EMPTY: Info = { exact: [''], req: null };

class Unsupported extends Error {}

/** The strings one of which every match of the regex holds, lower-cased (never an empty one), or null when the
 *  source gives none (or uses syntax this reader does not follow: the v flag's classes, say). */
export function requiredLiterals(source: string, flags: string): string[] | null {
  if (flags.includes('v')) return null;
  try {
    const reader = new Reader(source, flags.includes('u'));
    const info = reader.alternation();
    if (reader.i !== source.length) return null;
    const req = reqOf(info);
    return req ? withoutSuperstrings(req) : null;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** A set that every match holds one of: `req`, or `exact` when it has no empty string. */
function reqOf(info: Info): string[] | null {
  if (info.req) return info.req;
  if (info.exact && !info.exact.includes('')) return info.exact;
  return null;
}

/** Drops a string that holds another of the set: holding it means holding the other (same answer, fewer looks). */
function withoutSuperstrings(set: string[]): string[] {
  const unique = [...new Set(set)];
  return unique.filter((s) => !unique.some((t) => t !== s && s.includes(t)));
}

/** `set` where it is a requirement (no empty string) better than `best`, else `best`. */
function choose(set: string[] | null, best: string[] | null): string[] | null {
  return set && set.length && !set.includes('') && set.length <= REQ_LIMIT && better(set, best) ? set : best;
}

/** Whether `a` is the better requirement: a longer shortest string (rarer), then fewer strings. */
function better(a: string[], b: string[] | null): boolean {
  if (!b) return true;
  const minA = shortest(a);
  const minB = shortest(b);
  return minA !== minB ? minA > minB : a.length < b.length;
}

function shortest(set: string[]): number {
  let min = Infinity;
  for (const s of set) if (s.length < min) min = s.length;
  return min;
}

function product(a: string[], b: string[]): string[] {
  // One string after distinct strings leaves them distinct (most items are one character).
  if (b.length === 1) return a.map((x) => x + b[0]);
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return [...new Set(out)];
}

// The characters a source may spell as themselves: ASCII, but the syntax characters \ ^ $ . | ? * + ( ) [ ] { }.
const SYNTAX = new Set([...'\\^$.|?*+()[]{}'].map((c) => c.charCodeAt(0)));
const isPlain = (code: number) => code < 128 && !SYNTAX.has(code);
/** A quantifier in braces, read where it stands (sticky). */
const BRACES = /\{(\d+)(?:(,)(\d*))?\}/y;
const isQuantifier = (code: number) => code === 42 || code === 43 || code === 63 || code === 123; // * + ? {
const lowerAscii = (code: number): string => String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code);
/** One character matched as itself: an ASCII one is known (lower-cased), any other is not. */
const literal = (code: number): Info => (code < 128 ? { exact: [lowerAscii(code)], req: null } : ANY);

class Reader {
  i = 0;
  constructor(private readonly src: string, private readonly unicode: boolean) {}

  alternation(): Info {
    const alternatives = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alternatives.push(this.sequence());
    }
    if (alternatives.length === 1) return alternatives[0];
    let exact: string[] | null = [];
    let req: string[] | null = [];
    for (const a of alternatives) {
      if (exact && a.exact) exact.push(...a.exact);
      else exact = null;
      const r = reqOf(a);
      if (req && r) req.push(...r);
      else req = null;
    }
    if (exact) exact = [...new Set(exact)];
    if (exact && exact.length > EXACT_LIMIT) exact = null;
    if (req) req = [...new Set(req)];
    if (req && req.length > REQ_LIMIT) req = null;
    return { exact, req };
  }

  sequence(): Info {
    // The best requirement so far, from an item's or a run's strings.
    let best: string[] | null = null;
    // The exact strings of the run of known items so far, and whether every item so far is in it.
    let run: string[] = [''];
    let whole = true;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.plainRun() ?? this.quantified(this.atom());
      if (item.exact && run.length * item.exact.length <= EXACT_LIMIT) {
        run = product(run, item.exact);
        continue;
      }
      best = choose(run, best);
      best = choose(item.req, best);
      whole = false;
      run = item.exact ?? [''];
    }
    best = choose(run, best);
    return { exact: whole ? run : null, req: best };
  }

  /** A run of plain ASCII characters that no quantifier follows ("room" of "rooms?"), read as one item: most of a
   *  rule's source is words, and reading them a character at a time made compiling the rules slow. */
  plainRun(): Info | null {
    const src = this.src;
    let end = this.i;
    while (end < src.length && isPlain(src.charCodeAt(end))) end++;
    // A quantifier after the run applies to its last character alone.
    if (end < src.length && isQuantifier(src.charCodeAt(end))) end--;
    if (end - this.i < 2) return null;
    const word = src.slice(this.i, end).toLowerCase(); // ASCII: the same as lowerAscii per character
    this.i = end;
    return { exact: [word], req: null };
  }

  /** The quantifier after an item, if any, applied to it. */
  quantified(item: Info): Info {
    const src = this.src;
    let min = 1;
    let max = 1;
    const c = src[this.i];
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      BRACES.lastIndex = this.i;
      const m = BRACES.exec(src);
      if (!m) {
        if (this.unicode) throw new Unsupported();
        return item; // a literal "{" (read by atom next)
      }
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      this.i += m[0].length - 1;
    } else return item;
    this.i++;
    if (src[this.i] === '?') this.i++; // lazy: the same strings
    if (min === 1 && max === 1) return item;
    if (min === 0) return max === 1 && item.exact ? { exact: [...new Set(['', ...item.exact])], req: null } : ANY;
    return { exact: null, req: reqOf(item) };
  }

  atom(): Info {
    const src = this.src;
    const c = src[this.i];
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '*' || c === '+' || c === '?') throw new Unsupported();
    const code = src.charCodeAt(this.i - 1);
    if (code >= 0xd800 && code <= 0xdbff && this.i < src.length) this.i++; // a pair: one character beyond ASCII
    return literal(code);
  }

  group(): Info {
    const src = this.src;
    this.i++;
    let lookaround = false;
    if (src[this.i] === '?') {
      if (src.startsWith('?:', this.i)) this.i += 2;
      else if (src.startsWith('?=', this.i) || src.startsWith('?!', this.i)) {
        this.i += 2;
        lookaround = true;
      } else if (src.startsWith('?<=', this.i) || src.startsWith('?<!', this.i)) {
        this.i += 3;
        lookaround = true;
      } else if (src[this.i + 1] === '<') {
        const close = src.indexOf('>', this.i);
        if (close === -1) throw new Unsupported();
        this.i = close + 1;
      } else throw new Unsupported(); // modifiers (?i:…) and the like
    }
    const inner = this.alternation();
    if (src[this.i] !== ')') throw new Unsupported();
    this.i++;
    // What a lookaround reads is not part of the match (nor required of the paragraph here).
    return lookaround ? EMPTY : inner;
  }

  escape(): Info {
    const src = this.src;
    const next = src[this.i + 1];
    if (next === undefined) throw new Unsupported();
    this.i += 2;
    if (next === 'b' || next === 'B') return EMPTY;
    if ('dDwWsS'.includes(next)) return ANY;
    if (next === 'p' || next === 'P') {
      if (this.unicode && src[this.i] === '{') this.i = src.indexOf('}', this.i) + 1;
      if (this.i === 0) throw new Unsupported();
      return ANY;
    }
    if (next === 'k') {
      if (src[this.i] === '<') this.i = src.indexOf('>', this.i) + 1;
      if (this.i === 0) throw new Unsupported();
      return ANY;
    }
    if (next >= '0' && next <= '9') {
      while (src[this.i] >= '0' && src[this.i] <= '9') this.i++;
      return ANY; // a back-reference (or an octal escape)
    }
    const code = this.escapedCode(next);
    return code === null ? ANY : literal(code);
  }

  /** The character a character escape stands for (after "\" and `next`, already read), or null when unknown. */
  private escapedCode(next: string): number | null {
    const src = this.src;
    if (next === 'n') return 10;
    if (next === 'r') return 13;
    if (next === 't') return 9;
    if (next === 'f') return 12;
    if (next === 'v') return 11;
    if (next === 'c') {
      this.i++;
      return null;
    }
    if (next === 'x') {
      const m = /^[0-9a-fA-F]{2}/.exec(src.slice(this.i, this.i + 2));
      if (!m) return 'x'.charCodeAt(0);
      this.i += 2;
      return parseInt(m[0], 16);
    }
    if (next === 'u') {
      if (src[this.i] === '{') {
        const close = src.indexOf('}', this.i);
        if (close === -1) throw new Unsupported();
        const cp = parseInt(src.slice(this.i + 1, close), 16);
        this.i = close + 1;
        return cp < 128 ? cp : null;
      }
      const m = /^[0-9a-fA-F]{4}/.exec(src.slice(this.i, this.i + 4));
      if (!m) return 'u'.charCodeAt(0);
      this.i += 4;
      return parseInt(m[0], 16);
    }
    // An identity escape ("\.", "\/", "\-" …).
    return next.charCodeAt(0);
  }

  /** A class: the set of its characters when they are few and all ASCII; otherwise unknown. */
  characterClass(): Info {
    const src = this.src;
    this.i++;
    const negated = src[this.i] === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    let known = !negated;
    while (this.i < src.length && src[this.i] !== ']') {
      const lo = this.classAtom();
      if (src[this.i] === '-' && src[this.i + 1] !== ']' && this.i + 1 < src.length) {
        this.i++;
        const hi = this.classAtom();
        if (lo === null || hi === null || hi - lo > EXACT_LIMIT || lo >= 128 || hi >= 128) known = false;
        else for (let code = lo; code <= hi; code++) chars.add(lowerAscii(code));
        continue;
      }
      if (lo === null || lo >= 128) known = false;
      else chars.add(lowerAscii(lo));
    }
    if (src[this.i] !== ']') throw new Unsupported();
    this.i++;
    if (!known || chars.size === 0 || chars.size > EXACT_LIMIT) return ANY;
    return { exact: [...chars], req: null };
  }

  /** One member of a class: its character code, or null for a class escape (\d, \w, \p{…} …). */
  private classAtom(): number | null {
    const src = this.src;
    const c = src[this.i];
    if (c !== '\\') {
      const code = src.charCodeAt(this.i);
      this.i++;
      if (code >= 0xd800 && code <= 0xdbff && this.i < src.length) this.i++;
      return code;
    }
    const next = src[this.i + 1];
    if (next === undefined) throw new Unsupported();
    this.i += 2;
    if ('dDwWsS'.includes(next)) return null;
    if (next === 'p' || next === 'P') {
      if (this.unicode && src[this.i] === '{') this.i = src.indexOf('}', this.i) + 1;
      if (this.i === 0) throw new Unsupported();
      return null;
    }
    if (next === 'b') return 8; // backspace, in a class
    if (next >= '0' && next <= '9') {
      while (src[this.i] >= '0' && src[this.i] <= '9') this.i++;
      return null;
    }
    if (next === 'k') throw new Unsupported();
    return this.escapedCode(next);
  }
}
