/**
 * `defineExercise` and the comparators exercise authors use in `grader/exercises/<id>/tests.ts`.
 * Everything here runs in the trusted process.
 */
import type { Comparator, ExerciseDefinition, TestCase, Verdict } from "./types";

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Declare an exercise; checks the declaration (ids, unique test names, points add up, known call
 * targets) so a typo fails when the registry loads, not when a student is graded.
 * @example export default defineExercise({ id: "w01d01-flip", title: "Flip", points: 2, defines: ["flipHorizontal"], tests: [...] });
 */
export function defineExercise(def: ExerciseDefinition): ExerciseDefinition {
  const where = `exercise ${JSON.stringify(def.id)}`;
  if (!ID_PATTERN.test(def.id)) throw new Error(`${where}: id must match ${ID_PATTERN}`);
  if (def.defines.length === 0) throw new Error(`${where}: defines must name at least one function`);
  if (def.tests.length === 0) throw new Error(`${where}: needs at least one test`);
  const names = new Set<string>();
  let sum = 0;
  for (const t of def.tests) {
    if (names.has(t.name)) throw new Error(`${where}: duplicated test name ${JSON.stringify(t.name)}`);
    names.add(t.name);
    if (!(t.points >= 0)) throw new Error(`${where}: test ${JSON.stringify(t.name)} has negative points`);
    if (t.call !== undefined && !def.defines.includes(t.call)) {
      throw new Error(`${where}: test ${JSON.stringify(t.name)} calls ${t.call}, which is not in defines`);
    }
    sum += t.points;
  }
  if (Math.abs(sum - def.points) > 1e-9) throw new Error(`${where}: test points add up to ${sum}, but the exercise declares ${def.points}`);
  if (!def.tests.some((t) => t.visibility === "visible")) throw new Error(`${where}: needs at least one visible test for check()`);
  return def;
}

/** Blocks inference from a position (TS ≥ 5.4 has `NoInfer`; this userland form also reads in TS 5.0). */
export type NoInference<T> = [T][T extends unknown ? 0 : never];

/** A typed helper for one test (infers `Args` from `input`). @example test({ name: "2x2", points: 1, visibility: "visible", input: () => [1, 2], expected: (a, b) => a + b }) */
export function test<Args extends [] | unknown[]>(t: Omit<TestCase<Args>, "expected"> & { expected: (...args: NoInference<Args>) => unknown }): TestCase {
  return t as unknown as TestCase;
}

const pass: Verdict = { pass: true };
const fail = (message: string): Verdict => ({ pass: false, message });

function describe(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (typeof v === "number") return Number.isNaN(v) ? "NaN" : String(v);
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v);
  if (typeof v !== "object") return typeof v;
  if (ArrayBuffer.isView(v)) return `${v.constructor.name}(${(v as unknown as ArrayLike<number>).length})`;
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  return "an object";
}

interface ImageLike {
  width: number;
  height: number;
  channels: number;
  data: Float32Array;
}

/** Is `v` a Float32Array (from any realm: jest and v8.deserialize each have their own constructors)? */
export function isFloat32Array(v: unknown): v is Float32Array {
  return ArrayBuffer.isView(v) && Object.prototype.toString.call(v) === "[object Float32Array]";
}

/** Is `v` a well-formed Image (the shape the parent accepts from the sandbox)? */
export function isImage(v: unknown): v is ImageLike {
  if (typeof v !== "object" || v === null) return false;
  const o = v as Record<string, unknown>;
  const { width, height, channels, data } = o;
  return (
    typeof width === "number" && Number.isInteger(width) && width >= 1 &&
    typeof height === "number" && Number.isInteger(height) && height >= 1 &&
    typeof channels === "number" && Number.isInteger(channels) && channels >= 1 &&
    isFloat32Array(data) && data.length === width * height * channels
  );
}

/** Images equal in shape and within `tol` per value (NaN never passes). */
export function closeImage(tol = 1e-6): Comparator {
  return (actual, expected) => {
    const e = expected as ImageLike;
    if (typeof actual !== "object" || actual === null) return fail(`expected an Image {width, height, channels, data}, got ${describe(actual)}`);
    const a = actual as Partial<ImageLike>;
    if (!isFloat32Array(a.data)) return fail(`expected image.data to be a Float32Array, got ${describe(a.data)}`);
    if (!isImage(a)) return fail(`the returned image is malformed: width×height×channels must equal data.length (got ${describe(a.width)}×${describe(a.height)}×${describe(a.channels)} and ${a.data.length} values)`);
    if (a.width !== e.width || a.height !== e.height || a.channels !== e.channels) {
      return fail(`wrong shape: got ${a.width}×${a.height}×${a.channels} (w×h×c), expected ${e.width}×${e.height}×${e.channels}`);
    }
    let worst = 0;
    let at = -1;
    const ad = a.data;
    const ed = e.data;
    for (let i = 0; i < ed.length; i++) {
      const d = Math.abs(ad[i]! - ed[i]!);
      if (!(d <= worst)) {
        worst = Number.isNaN(d) ? Infinity : d;
        at = i;
        if (worst === Infinity) break;
      }
    }
    if (worst <= tol) return pass;
    const p = Math.floor(at / e.channels);
    return fail(
      `pixel x=${p % e.width}, y=${Math.floor(p / e.width)}, c=${at % e.channels}: got ${ad[at]}, expected ${ed[at]} (difference ${worst === Infinity ? "NaN" : worst.toPrecision(3)} > tolerance ${tol})`,
    );
  };
}

/** A finite number within `tol` of the expected one (absolute). */
export function closeNumber(tol = 1e-6): Comparator {
  return (actual, expected) => {
    if (typeof actual !== "number") return fail(`expected a number, got ${describe(actual)}`);
    if (Number.isNaN(actual)) return fail(`got NaN, expected ${expected}`);
    const e = expected as number;
    if (actual === e) return pass;
    return Math.abs(actual - e) <= tol ? pass : fail(`got ${actual}, expected ${e} (tolerance ${tol})`);
  };
}

/** Arrays or typed arrays of numbers of equal length, each within `tol`. */
export function closeArray(tol = 1e-6): Comparator {
  return (actual, expected) => {
    const e = expected as ArrayLike<number>;
    if (!(Array.isArray(actual) || (ArrayBuffer.isView(actual) && !(actual instanceof DataView)))) {
      return fail(`expected an array of ${e.length} numbers, got ${describe(actual)}`);
    }
    const a = actual as ArrayLike<unknown>;
    if (a.length !== e.length) return fail(`expected ${e.length} values, got ${a.length}`);
    for (let i = 0; i < e.length; i++) {
      const v = a[i];
      if (typeof v !== "number" && typeof v !== "bigint") return fail(`element ${i}: expected a number, got ${describe(v)}`);
      const d = Math.abs(Number(v) - e[i]!);
      if (!(d <= tol)) return fail(`element ${i}: got ${Number(v)}, expected ${e[i]} (tolerance ${tol})`);
    }
    return pass;
  };
}

/** Structural equality (primitives, arrays, typed arrays, plain objects), NaN equal to NaN. */
export const exactEqual: Comparator = (actual, expected) => {
  const path = firstDifference(actual, expected, "value", 0);
  return path === undefined ? pass : fail(path);
};

function firstDifference(a: unknown, e: unknown, at: string, depth: number): string | undefined {
  if (depth > 50) return `${at}: nested too deeply`;
  if (Object.is(a, e) || (typeof a === "number" && a === e)) return undefined;
  if (typeof e !== "object" || e === null) return `${at}: got ${describe(a)}, expected ${describe(e)}`;
  if (typeof a !== "object" || a === null) return `${at}: got ${describe(a)}, expected ${describe(e)}`;
  if (Array.isArray(e) || ArrayBuffer.isView(e)) {
    const ea = e as ArrayLike<unknown>;
    if (!(Array.isArray(a) || ArrayBuffer.isView(a))) return `${at}: got ${describe(a)}, expected ${describe(e)}`;
    const aa = a as ArrayLike<unknown>;
    if (aa.length !== ea.length) return `${at}: length ${aa.length}, expected ${ea.length}`;
    for (let i = 0; i < ea.length; i++) {
      const d = firstDifference(aa[i], ea[i], `${at}[${i}]`, depth + 1);
      if (d) return d;
    }
    return undefined;
  }
  const ek = Object.keys(e);
  for (const k of ek) {
    if (!Object.prototype.hasOwnProperty.call(a, k)) return `${at}.${k} is missing`;
    const d = firstDifference((a as Record<string, unknown>)[k], (e as Record<string, unknown>)[k], `${at}.${k}`, depth + 1);
    if (d) return d;
  }
  return undefined;
}

/** The comparator for a test: its own, or one chosen by the expected value's type with tolerance `tol`. */
export function comparatorFor(compare: number | Comparator | undefined, expected: unknown): Comparator {
  if (typeof compare === "function") return compare;
  const tol = compare ?? 1e-6;
  if (isImage(expected)) return closeImage(tol);
  if (typeof expected === "number") return closeNumber(tol);
  if (Array.isArray(expected) && expected.every((v) => typeof v === "number")) return closeArray(tol);
  if (ArrayBuffer.isView(expected)) return closeArray(tol);
  return exactEqual;
}

/** A deep copy of test arguments that keeps each typed array's own constructor (realm-safe, unlike v8/structuredClone in jest). */
export function cloneArgs<T>(value: T, depth = 0): T {
  if (depth > 64 || typeof value !== "object" || value === null) return value;
  if (ArrayBuffer.isView(value)) return (value as unknown as { slice(): T }).slice();
  if (Array.isArray(value)) return value.map((v) => cloneArgs(v, depth + 1)) as T;
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = cloneArgs((value as Record<string, unknown>)[k], depth + 1);
  return out as T;
}
