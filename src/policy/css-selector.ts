// Checks a CSS selector from policy (siteOverrides) before any page runs it. The service worker has
// no DOM and the CLI runs in Node, so `querySelector` cannot be the judge there; one parser
// (css-selector-parser, configured below to the selector syntax Chromium and Firefox both accept in
// querySelectorAll) gives the same verdict in the worker, the options page, content scripts and the
// CLI. It is deliberately a little stricter than browsers (no comments, no unclosed brackets at the
// end, no namespaces): a selector it accepts parses in the browser, which an e2e test checks.
import { createParser, type AstRule, type AstSelector, type SyntaxDefinition } from 'css-selector-parser';

export const MAX_SELECTOR_LENGTH = 300;

const SUPPORTED_SYNTAX: SyntaxDefinition = {
  tag: { wildcard: true },
  namespace: false,
  ids: true,
  classNames: true,
  nestingSelector: false,
  combinators: ['>', '+', '~'],
  attributes: {
    operators: ['=', '~=', '|=', '^=', '$=', '*='],
    // Chromium does not know the "s" (case-sensitive) flag.
    caseSensitivityModifiers: ['i'],
    unknownCaseSensitivityModifiers: 'reject',
  },
  // A pseudo-element never matches an element, so a selector with one could never find a control.
  pseudoElements: false,
  pseudoClasses: {
    unknown: 'reject',
    definitions: {
      NoArgument: [
        'root', 'empty', 'scope', 'first-child', 'last-child', 'only-child', 'first-of-type', 'last-of-type',
        'only-of-type', 'link', 'any-link', 'visited', 'target', 'hover', 'active', 'focus', 'focus-visible',
        'focus-within', 'enabled', 'disabled', 'checked', 'indeterminate', 'default', 'required', 'optional',
        'valid', 'invalid', 'in-range', 'out-of-range', 'read-only', 'read-write', 'placeholder-shown', 'defined',
      ],
      Formula: ['nth-of-type', 'nth-last-of-type'],
      FormulaOfSelector: ['nth-child', 'nth-last-child'],
      Selector: ['not', 'is', 'where', 'has'],
      String: ['lang', 'dir'],
    },
  },
};

const parse = createParser({ syntax: SUPPORTED_SYNTAX, strict: true });

/** Browsers refuse a relative selector (":has(> svg)") anywhere but directly in :has(), and :has()
 * anywhere inside :has(); the parser allows both. Returns why, or null. */
function misplacedRelative(selector: AstSelector, relativeAllowed: boolean, withinHas: boolean): string | null {
  for (const rule of selector.rules) {
    if (rule.combinator && !relativeAllowed) return 'a selector may start with >, + or ~ only inside :has()';
    const why = ruleProblem(rule, withinHas);
    if (why) return why;
  }
  return null;
}

function ruleProblem(rule: AstRule, withinHas: boolean): string | null {
  for (const item of rule.items) {
    if (item.type !== 'PseudoClass' || !item.argument) continue;
    const isHas = item.name === 'has';
    if (isHas && withinHas) return ':has() cannot be used inside :has()';
    const argument = item.argument;
    const why = argument.type === 'Selector' ? misplacedRelative(argument, isHas, withinHas || isHas)
      : argument.type === 'FormulaOfSelector' ? ruleProblem(argument.selector, withinHas)
        : null;
    if (why) return why;
  }
  return rule.nestedRule ? ruleProblem(rule.nestedRule, withinHas) : null;
}

/** The parser stops quietly at a ")" it did not open ("div) span"); browsers reject it. */
function hasUnopenedParenthesis(selector: string): boolean {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i];
    if (ch === '\\') i++;
    else if (quote) { if (ch === quote) quote = ''; }
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return true;
  }
  return false;
}

/** The parser's words for what it refuses by our configuration, said for an administrator. */
const PLAIN_WORDS: Array<[RegExp, string]> = [
  [/^Pseudo elements are not enabled/, 'a pseudo-element such as ::before never matches an element'],
  [/^Namespaces are not enabled/, 'namespace prefixes (ns|tag) are not supported'],
  [/^Nesting selector is not enabled/, '"&" belongs in nested style sheets only'],
  [/^Unknown pseudo-class/, 'unknown or unsupported pseudo-class'],
];

function parserDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const detail = message.replace(/^css-selector-parser parse error:\s*/, '').replace(/\s*Pos: -?\d+\.?$/, '').replace(/\.$/, '');
  const plain = PLAIN_WORDS.find(([pattern]) => pattern.test(detail));
  const text = plain ? `${plain[1]}${detail.match(/"[^"]*"$/) ? ` ${detail.match(/"[^"]*"$/)![0]}` : ''}` : detail;
  return (text.charAt(0).toLowerCase() + text.slice(1)).slice(0, 100);
}

/**
 * Null when `selector` is a CSS selector browsers accept in querySelectorAll, else why not (a phrase
 * that follows the quoted selector in a problem message).
 */
export function checkCssSelector(selector: string): string | null {
  if (!selector.trim()) return 'is empty';
  if (selector.length > MAX_SELECTOR_LENGTH) return `is ${selector.length} characters long; the limit is ${MAX_SELECTOR_LENGTH}`;
  let ast: AstSelector;
  try {
    ast = parse(selector);
  } catch (error) {
    return `is not a valid CSS selector (${parserDetail(error)})`;
  }
  if (hasUnopenedParenthesis(selector)) return 'is not a valid CSS selector (a ")" closes nothing)';
  const misplaced = misplacedRelative(ast, false, false);
  return misplaced ? `is not a valid CSS selector (${misplaced})` : null;
}
