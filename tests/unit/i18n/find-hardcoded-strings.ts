// Finds user-facing words written in interface code instead of the message catalogue: JSX text,
// string literals rendered from a JSX expression, string literals in user-visible attributes
// (aria-label, title, placeholder, alt…), and sentence-like string literals anywhere (a label kept in
// a constant, a status passed to a setter).
import { parse } from '@babel/parser';

export interface HardcodedString {
  line: number;
  text: string;
  why: 'jsx-text' | 'rendered-literal' | 'visible-attribute' | 'sentence';
}

const VISIBLE_ATTRIBUTES = new Set([
  'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder',
  'title', 'placeholder', 'alt', 'label', 'summary',
]);
const LETTER = /\p{L}/u;
/** "Paused for 15 minutes.", "Set up by": a capitalised word then another word; or three words in a row. */
const SENTENCE = /^\s*\p{Lu}\p{Ll}*['’]?\p{Ll}*\s+\p{L}|\p{L}{2,}[,;]?\s+\p{L}{2,}[,;]?\s+\p{L}{2,}/u;

type Node = { type: string; loc?: { start: { line: number } }; [key: string]: unknown };

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

export function findHardcodedStrings(source: string, fileName: string): HardcodedString[] {
  const ast = parse(source, {
    sourceType: 'module',
    plugins: fileName.endsWith('.tsx') ? ['typescript', 'jsx'] : ['typescript'],
  });
  const found: HardcodedString[] = [];
  const report = (node: Node, text: string, why: HardcodedString['why']) =>
    found.push({ line: node.loc?.start.line ?? 0, text: text.trim(), why });

  const literalText = (node: Node): string | null => {
    if (node.type === 'StringLiteral') return node.value as string;
    if (node.type === 'TemplateLiteral') return (node.quasis as Node[]).map((q) => (q.value as { cooked: string }).cooked).join(' ');
    return null;
  };

  /** `rendered`: whether a string here would be shown as it is (a JSX child or visible attribute). */
  function walk(node: Node, rendered: boolean, inAttribute: boolean): void {
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'TSLiteralType':
      case 'TSTypeAnnotation':
      case 'TSInterfaceDeclaration':
      case 'TSTypeAliasDeclaration':
        return;
      case 'JSXText': {
        const text = node.value as string;
        if (LETTER.test(text)) report(node, text, 'jsx-text');
        return;
      }
      case 'JSXAttribute': {
        const name = (node.name as Node).name as string;
        const value = node.value as Node | null;
        if (!value) return;
        const visible = VISIBLE_ATTRIBUTES.has(name);
        if (value.type === 'StringLiteral') {
          if (visible && LETTER.test(value.value as string)) report(value, value.value as string, 'visible-attribute');
          return;
        }
        walk(value, visible, visible);
        return;
      }
      case 'JSXElement':
      case 'JSXFragment':
        if (node.openingElement) walk(node.openingElement as Node, false, false);
        for (const child of node.children as Node[]) walk(child, true, false);
        return;
      case 'JSXExpressionContainer':
        walk(node.expression as Node, rendered, inAttribute);
        return;
      case 'StringLiteral':
      case 'TemplateLiteral': {
        const text = literalText(node)!;
        if (rendered && LETTER.test(text)) report(node, text, inAttribute ? 'visible-attribute' : 'rendered-literal');
        else if (SENTENCE.test(text)) report(node, text, 'sentence');
        if (node.type === 'TemplateLiteral') for (const e of node.expressions as Node[]) walk(e, rendered, inAttribute);
        return;
      }
      case 'ConditionalExpression':
        walk(node.test as Node, false, false);
        walk(node.consequent as Node, rendered, inAttribute);
        walk(node.alternate as Node, rendered, inAttribute);
        return;
      case 'LogicalExpression':
        walk(node.left as Node, rendered && node.operator !== '&&', inAttribute);
        walk(node.right as Node, rendered, inAttribute);
        return;
      case 'BinaryExpression':
        walk(node.left as Node, rendered && node.operator === '+', inAttribute);
        walk(node.right as Node, rendered && node.operator === '+', inAttribute);
        return;
      case 'ParenthesizedExpression':
      case 'TSAsExpression':
      case 'TSNonNullExpression':
        walk(node.expression as Node, rendered, inAttribute);
        return;
    }
    // Anything else (a call such as t('key'), a comparison, a function) is not shown as it is.
    for (const [key, value] of Object.entries(node)) {
      if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments') continue;
      if (Array.isArray(value)) for (const item of value) { if (isNode(item)) walk(item, false, false); }
      else if (isNode(value)) walk(value, false, false);
    }
  }

  walk(ast.program as unknown as Node, false, false);
  return found;
}
