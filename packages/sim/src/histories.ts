import {
  PRODUCT_RESOLVES,
  PRODUCT_UNREACHABLE,
  WEBSITE_NOTIFIED,
  type ProductDraws,
  type WebsiteDraws,
} from './report-path.ts';

/**
 * The case-level draws of a few whole histories of the Partnership, stored so that every trial can reuse one.
 *
 * A trial is one history (the draws of every report: class, triage, durations) plus one draw of the response
 * assumptions and of the lever-specific draws (anticipation, compliance). Drawing 15,923 reports costs far more
 * than applying a lever to them, so the run draws at most HISTORIES histories and trial t reuses history
 * t mod HISTORIES, with its own assumption and lever draws. The baseline is then computed once per history, and
 * each trial only recomputes the reports its levers can change. Means stay unbiased; the baseline's band reflects
 * the case-level noise of those histories, the scenario's band adds the uncertainty of the assumptions.
 */
export const HISTORIES = 40;

export class Histories {
  readonly pClass: Uint8Array;
  readonly pTriage: Float64Array;
  /** Resolution time (resolving) or delay until found unreachable. */
  readonly pA: Float64Array;
  /** Uniform behind the resolution time (resolving) or the resume hazard (unreachable). */
  readonly pB: Float64Array;
  readonly pC: Float64Array;
  readonly pD: Float64Array;
  readonly wClass: Uint8Array;
  readonly wTriage: Float64Array;
  readonly wDuration: Float64Array;

  constructor(
    histories: number,
    readonly products: number,
    readonly websites: number,
  ) {
    const np = histories * products;
    const nw = histories * websites;
    this.pClass = new Uint8Array(np);
    this.pTriage = new Float64Array(np);
    this.pA = new Float64Array(np);
    this.pB = new Float64Array(np);
    this.pC = new Float64Array(np);
    this.pD = new Float64Array(np);
    this.wClass = new Uint8Array(nw);
    this.wTriage = new Float64Array(nw);
    this.wDuration = new Float64Array(nw);
  }

  storeProduct(at: number, d: ProductDraws): void {
    this.pClass[at] = d.path === PRODUCT_RESOLVES ? 3 + d.outcome : d.path;
    this.pTriage[at] = d.triage;
    if (d.path === PRODUCT_UNREACHABLE) {
      this.pA[at] = d.found;
      this.pB[at] = d.resumeHazard;
      this.pC[at] = d.committee;
      this.pD[at] = d.completion;
    } else {
      this.pA[at] = d.resolution;
      this.pB[at] = d.w;
    }
  }

  loadProduct(at: number, d: ProductDraws): void {
    const k = this.pClass[at]!;
    d.triage = this.pTriage[at]!;
    if (k >= 3) {
      d.path = PRODUCT_RESOLVES;
      d.outcome = k - 3;
      d.resolution = this.pA[at]!;
      d.w = this.pB[at]!;
    } else {
      d.path = k;
      if (k === PRODUCT_UNREACHABLE) {
        d.found = this.pA[at]!;
        d.resumeHazard = this.pB[at]!;
        d.committee = this.pC[at]!;
        d.completion = this.pD[at]!;
      }
    }
  }

  storeWebsite(at: number, d: WebsiteDraws): void {
    this.wClass[at] = d.path === WEBSITE_NOTIFIED ? (d.notVulnerable ? 3 : 4) : d.path;
    this.wTriage[at] = d.triage;
    this.wDuration[at] = d.duration;
  }

  loadWebsite(at: number, d: WebsiteDraws): void {
    const k = this.wClass[at]!;
    d.triage = this.wTriage[at]!;
    d.duration = this.wDuration[at]!;
    d.path = k >= 3 ? WEBSITE_NOTIFIED : k;
    d.notVulnerable = k === 3;
  }
}

/**
 * The draws of the reports a bounty or acknowledgements add, for the history in use: report j of the induced is
 * drawn once per history, like the historical reports, and the trials that share the history differ only in how
 * many there are (their arrivals spread accordingly) and which are invalid.
 */
export class InducedDraws {
  history = -1;
  products = new Histories(1, 0, 0);
  productsDrawn = 0;
  websites = new Histories(1, 0, 0);
  websitesDrawn = 0;

  forHistory(h: number): void {
    if (this.history === h) return;
    this.history = h;
    this.productsDrawn = 0;
    this.websitesDrawn = 0;
  }
}

export function growHistories(old: Histories, products: number, websites: number): Histories {
  const grown = new Histories(1, products, websites);
  grown.pClass.set(old.pClass);
  grown.pTriage.set(old.pTriage);
  grown.pA.set(old.pA);
  grown.pB.set(old.pB);
  grown.pC.set(old.pC);
  grown.pD.set(old.pD);
  grown.wClass.set(old.wClass);
  grown.wTriage.set(old.wTriage);
  grown.wDuration.set(old.wDuration);
  return grown;
}
