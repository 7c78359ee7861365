/**
 * Time and randomness for the seed. Every date in the demo is relative to one `now`, so a fresh
 * database always looks current (the live hack day is live today), and every "random" choice
 * comes from a seeded generator, so two runs produce the same demo.
 */

const DAY_MS = 86_400_000;

export type Clock = {
  now: Date;
  /** A moment `days` before now at `hour`:`minute` UTC, never later than a minute ago. */
  ago: (days: number, hour?: number, minute?: number) => Date;
  /** A moment `days` after today at `hour`:`minute` UTC (always in the future for days ≥ 1). */
  ahead: (days: number, hour?: number, minute?: number) => Date;
  /** The calendar date (`YYYY-MM-DD`) `days` before today; negative for the future. */
  dayAgo: (days: number) => string;
};

/** Builds a clock anchored at `now`. */
export function createClock(now: Date = new Date()): Clock {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const latest = now.getTime() - 60_000;
  const at = (days: number, hour: number, minute: number) =>
    new Date(midnight + days * DAY_MS + hour * 3_600_000 + minute * 60_000);
  return {
    now,
    ago: (days, hour = 10, minute = 0) => {
      const date = at(-days, hour, minute);
      return date.getTime() > latest ? new Date(latest) : date;
    },
    ahead: (days, hour = 9, minute = 0) => at(days, hour, minute),
    dayAgo: (days) => isoDate(new Date(midnight - days * DAY_MS)),
  };
}

/** `YYYY-MM-DD` of a date in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole days between two dates (b − a). */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}

export type Random = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max]. */
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  /** `count` distinct items, in random order. */
  sample: <T>(items: readonly T[], count: number) => T[];
  chance: (probability: number) => boolean;
};

/** A small, fast seeded generator (mulberry32). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(next() * items.length)] as T;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
    }
    return pool.slice(0, Math.max(0, Math.min(count, pool.length)));
  };
  return { next, int, pick, sample, chance: (p) => next() < p };
}
