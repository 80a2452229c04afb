import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Who may start expensive work how often. Each client (one address, see `clientAddress`) has its own budget per
 * kind of work, so a client that spends its budget waits (429 with Retry-After) while the others keep their
 * turn: the simulation queue refuses everyone with 503 once it is full, so without these budgets one script
 * could fill it for the whole study group. The numbers are one meeting's worth of real use with room to spare.
 */
export const FAIR_USE = {
  simulate: {
    points: 30,
    perSeconds: 60,
    reason:
      'A run of 200 to 1,000 trials takes about 0.1 to 1 s of one worker (two workers on this size of machine): 30 a minute is a person moving sliders or a notebook looping over presets, and leaves the other worker free for everyone else.',
  },
  sensitivity: {
    points: 12,
    perSeconds: 60,
    reason:
      'A tornado makes 23 runs of 10 trials (about 1 s of a worker on this size of machine, a little more than one 200-trial simulate), and the same scenario’s other metrics, deck and workbook read the runs the API kept: twelve a minute lets a reader switch metrics and export for each scenario discussed, while one client still cannot keep a worker busy.',
  },
  export: {
    points: 20,
    perSeconds: 60,
    reason:
      'An export (CSV, JSON, XLSX, PPTX) reads the whole matrix or runs the scenario again to write a file: 20 a minute covers clicking every export button of a page twice.',
  },
  signIn: {
    points: 5,
    perSeconds: 300,
    reason:
      'Five passphrase attempts per five minutes is ample for a person who mistypes and makes guessing the write passphrase hopeless (about 1,400 guesses a day).',
  },
} as const satisfies Record<string, { points: number; perSeconds: number; reason: string }>;

export type FairUseKind = keyof typeof FAIR_USE;

export type FairUseVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Budgets of one process, per kind; tests make their own with smaller limits. */
export class FairUse {
  private readonly limiters: Map<FairUseKind, RateLimiterMemory>;

  constructor(limits: Record<FairUseKind, { points: number; perSeconds: number }> = FAIR_USE) {
    this.limiters = new Map(
      (Object.keys(limits) as FairUseKind[]).map((kind) => [
        kind,
        new RateLimiterMemory({ points: limits[kind].points, duration: limits[kind].perSeconds }),
      ]),
    );
  }

  /** Takes one token of `kind` for `client`: allowed, or refused with the seconds until the next token. */
  async take(kind: FairUseKind, client: string): Promise<FairUseVerdict> {
    try {
      await this.limiters.get(kind)!.consume(client, 1);
      return { allowed: true };
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
      }
      throw refusal;
    }
  }
}

let processFairUse: FairUse | undefined;
/** The process's budgets (FAIR_USE), shared by every route that calls `takeFairUseToken`. */
export function defaultFairUse(): FairUse {
  processFairUse ??= new FairUse();
  return processFairUse;
}

/** The one call for a route about to start expensive work: a token of `kind` for `client`, or a refusal. */
export function takeFairUseToken(kind: FairUseKind, client: string): Promise<FairUseVerdict> {
  return defaultFairUse().take(kind, client);
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * The client a budget belongs to. Its own address, unless it is this machine: then it is the Kaiji web server
 * or a reverse proxy in front, which says whom it acts for in the last `X-Forwarded-For` entry (the one it
 * added itself; earlier entries are whatever the client sent). Anyone else's X-Forwarded-For is ignored, so a
 * remote client cannot pick a fresh budget by sending one.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | null | undefined): string {
  const address = peer ?? 'unknown';
  if (forwardedFor && LOOPBACK.test(address)) {
    const last = forwardedFor.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return address;
}

/** What a refused client is told, in its language (the API sends both; the UI shows one). */
export function fairUseMessage(kind: FairUseKind, retryAfterSeconds: number): { en: string; ja: string } {
  const what = {
    simulate: { en: 'simulations', ja: 'シミュレーション' },
    sensitivity: { en: 'sensitivity analyses', ja: '感度分析' },
    export: { en: 'exports', ja: 'エクスポート' },
    signIn: { en: 'sign-in attempts', ja: 'サインインの試行' },
  }[kind];
  const { points, perSeconds } = FAIR_USE[kind];
  const minutes = perSeconds / 60;
  return {
    en: `Too many ${what.en} from your address: at most ${points} per ${minutes === 1 ? 'minute' : `${minutes} minutes`}, so that everyone gets a turn. Try again in ${retryAfterSeconds} s.`,
    ja: `このアドレスからの${what.ja}が多すぎます（全員が順に使えるよう、${minutes} 分あたり ${points} 回まで）。${retryAfterSeconds} 秒後にもう一度お試しください。`,
  };
}
