/** One problem with one variable, as start-up names it. */
export interface ConfigProblem {
  variable: string;
  problem: string;
}

/** Every configuration problem found at start-up, one a line, each naming its variable. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map(({ variable, problem }) => `${variable}: ${problem}`).join('\n'));
    this.name = 'ConfigError';
  }
}

/**
 * The variables being read and the problems found so far. A reader that finds a problem reports it
 * and carries on with its fallback, so that start-up names every problem at once: `loadConfig`
 * throws before any value read after a problem is used.
 */
export class Env {
  readonly problems: ConfigProblem[] = [];

  constructor(private readonly vars: Readonly<Record<string, string | undefined>>) {}

  /** The value as given, untrimmed and with `''` kept: for a variable where set-but-empty means something. */
  raw(name: string): string | undefined {
    return this.vars[name];
  }

  report(variable: string, problem: string): void {
    this.problems.push({ variable, problem });
  }
}

export function readString(env: Env, name: string, fallback?: string): string {
  const value = env.raw(name)?.trim();
  if (value) return value;
  if (fallback === undefined) env.report(name, 'is required');
  return fallback ?? '';
}

export function readOptional(env: Env, name: string): string | undefined {
  const value = env.raw(name)?.trim();
  return value ? value : undefined;
}

export function readInt(env: Env, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env.raw(name)?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw)) env.report(name, `must be a whole number, got "${raw}"`);
  else if (value < min || value > max) env.report(name, `must be between ${min} and ${max}, got ${value}`);
  else return value;
  return fallback;
}

export function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env.raw(name)?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  env.report(name, `must be true or false, got "${raw}"`);
  return fallback;
}

export function readUrl(env: Env, name: string, fallback: string, protocols: string[]): string {
  const raw = readString(env, name, fallback);
  const protocol = URL.canParse(raw) ? new URL(raw).protocol : null;
  if (protocol === null) env.report(name, 'is not a valid URL');
  else if (!protocols.includes(protocol)) env.report(name, `must use ${protocols.join(' or ')}, got ${protocol}`);
  else return raw.replace(/\/+$/, '');
  return fallback;
}
