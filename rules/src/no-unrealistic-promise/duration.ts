import { numberValue } from '../kit/lexicon.js';

const minutesPer: Readonly<Record<string, number>> = {
  s: 1 / 60,
  sec: 1 / 60,
  secs: 1 / 60,
  second: 1 / 60,
  seconds: 1 / 60,
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  d: 1440,
  day: 1440,
  days: 1440,
  w: 10080,
  week: 10080,
  weeks: 10080,
};

/** Minutes in a unit word ("hours" → 60), if it is one. */
export function unitMinutes(unit: string): number | undefined {
  return minutesPer[unit.toLowerCase()];
}

/**
 * Reads a configured turnaround: a number of hours, or text such as "24h", "90 minutes",
 * "2 days", "1 business day". Returns minutes, or undefined when it cannot be read.
 */
export function parseTurnaround(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value * 60 : undefined;
  if (typeof value !== 'string') return undefined;
  // A word amount needs a space after it ("two days"), so the two words never split one run of letters.
  const match = /^\s*(\d+(?:\.\d+)?\s*|[a-z]+\s+)(?:business\s+|working\s+)?([a-z]+)\s*$/i.exec(value);
  if (!match) return undefined;
  const amount = numberValue((match[1] as string).trim().toLowerCase());
  const per = unitMinutes(match[2] as string);
  return amount === undefined || per === undefined ? undefined : amount * per;
}

/** "1440" → "24 hours", "2880" → "2 days", "90" → "90 minutes". */
export function describeMinutes(minutes: number): string {
  const plural = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? '' : 's'}`;
  if (minutes >= 2880 && minutes % 1440 === 0) return plural(minutes / 1440, 'day');
  if (minutes >= 60 && minutes % 60 === 0) return plural(minutes / 60, 'hour');
  return plural(Math.round(minutes), 'minute');
}
