// A linear (logistic) model over sparse features, as scripts/train.ts writes it to weights.json.
export interface LinearModel {
  bias: number;
  /** Weight of each named feature (absent: 0). */
  named: Record<string, number>;
  /** Weight of each hashed bucket (HASH_BUCKETS long, or empty when the model has none). */
  hashed: number[];
}

// The named weights as a Map, made once per model: feature names are built per candidate, and a Map
// finds a fresh string faster than a large object in dictionary mode. Same weights, same order of sums.
const weightMaps = new WeakMap<Record<string, number>, Map<string, number>>();
export function weightsOf(named: Record<string, number>): Map<string, number> {
  let m = weightMaps.get(named);
  if (!m) {
    m = new Map(Object.entries(named));
    weightMaps.set(named, m);
  }
  return m;
}

export function logit(model: LinearModel, named: ReadonlyMap<string, number>, hashed?: ReadonlyMap<number, number>): number {
  let z = model.bias;
  const weights = weightsOf(model.named);
  for (const [k, v] of named) z += (weights.get(k) ?? 0) * v;
  if (hashed && model.hashed.length) for (const [b, v] of hashed) z += (model.hashed[b] ?? 0) * v;
  return z;
}

/** logit(model, named, hashed) for hashed features that all have the same value (the post model's n-gram
 *  presence): `buckets` in the order the Map would hold them, so the sums are the same, in the same order. */
export function logitUniform(model: LinearModel, named: ReadonlyMap<string, number>, buckets: readonly number[], value: number): number {
  let z = model.bias;
  const weights = weightsOf(model.named);
  for (const [k, v] of named) z += (weights.get(k) ?? 0) * v;
  if (model.hashed.length) for (const b of buckets) z += (model.hashed[b] ?? 0) * value;
  return z;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
