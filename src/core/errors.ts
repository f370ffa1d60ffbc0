/**
 * Errors that name what is wrong and what would be right. Thrown at the API boundary, so a bad
 * call never fails deep inside the engine.
 */

const MAX_SHOWN = 12;

/** An object or an array (not null). Functions are not objects here. */
export const isObject = (x: unknown): x is object => x !== null && typeof x === 'object';
/** An object that is not an array: what an options bag or a pack must be. */
export const isRecord = (x: unknown): x is Record<string, unknown> => isObject(x) && !Array.isArray(x);

/** Format a list of valid values for an error message. */
export function listValues(values: readonly string[]): string {
  const shown = values.slice(0, MAX_SHOWN).map((v) => JSON.stringify(v));
  return values.length > MAX_SHOWN ? `${shown.join(', ')} … (${values.length} in all)` : shown.join(', ');
}

export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** A value outside its allowed set: `RangeError` naming the bad value and the valid ones. */
export function badValue(what: string, value: unknown, valid: readonly string[]): RangeError {
  return new RangeError(`Unknown ${what} ${describe(value)}. Valid values: ${listValues(valid)}.`);
}

/** A value of the wrong type: `TypeError` naming what was expected. */
export function badType(what: string, value: unknown, expected: string): TypeError {
  return new TypeError(`${what} must be ${expected}, got ${describe(value)}.`);
}

/** Reject keys an object does not know (typos, `__proto__` tricks). */
export function checkKeys(what: string, obj: object, known: readonly string[]): void {
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) throw new TypeError(`Unknown ${what} option ${JSON.stringify(key)}. Known options: ${listValues(known)}.`);
  }
}

/** A rule or pack definition that cannot work. */
export class RuleDefinitionError extends Error {
  override name = 'RuleDefinitionError';
}
