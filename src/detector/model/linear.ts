// A linear (logistic) model over sparse features, as scripts/train.ts writes it to weights.json.
export interface LinearModel {
  bias: number;
  /** Weight of each named feature (absent: 0). */
  named: Record<string, number>;
  /** Weight of each hashed bucket (HASH_BUCKETS long, or empty when the model has none). */
  hashed: number[];
}

export function logit(model: LinearModel, named: ReadonlyMap<string, number>, hashed?: ReadonlyMap<number, number>): number {
  let z = model.bias;
  for (const [k, v] of named) z += (model.named[k] ?? 0) * v;
  if (hashed && model.hashed.length) for (const [b, v] of hashed) z += (model.hashed[b] ?? 0) * v;
  return z;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
