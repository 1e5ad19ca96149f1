// Collects problems while validating one layer, so every rejected value comes with a path and a
// sentence an administrator (or a user) can act on.
import type { PolicyProblem } from './types';

export type ProblemSource = PolicyProblem['source'];

export class ProblemList {
  readonly items: PolicyProblem[] = [];
  constructor(readonly source: ProblemSource) {}

  add(path: string, message: string): void {
    this.items.push({ source: this.source, path, message });
  }
}

/** A short, safe rendering of a rejected value for a message (never more than 60 characters). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return `${typeof value} ${String(value)}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
