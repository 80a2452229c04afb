import { float64Room, uint8Room } from './buffers.ts';
import {
  PRODUCT_UNREACHABLE,
  isResolvingClass,
  productClassCode,
  setProductClass,
  type ProductDraws,
} from './product-path.ts';
import { setWebsiteClass, websiteClassCode, type WebsiteDraws } from './website-path.ts';

/**
 * The case-level draws of a whole history of the Partnership, stored so that every trial can reuse it.
 *
 * A trial is one history (the draws of every report: class, triage, durations) plus one draw of the response
 * assumptions and of the lever-specific draws (anticipation, compliance). Drawing 15,923 reports costs far more
 * than applying a lever to them, so the run draws at most HISTORIES histories and trial t reuses history
 * t mod HISTORIES, with its own assumption and lever draws. The baseline is then computed once per history, and
 * each trial only recomputes the reports its levers can change. Means stay unbiased; the baseline's band reflects
 * the case-level noise of those histories, the scenario's band adds the uncertainty of the assumptions.
 */
export const HISTORIES = 40;

/** The stored draws of one history's reports, by report index (product-path.ts and website-path.ts own the class encodings). */
export class StoredDraws {
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

  /**
   * Room for the given reports, in the buffers of `spent` (draws no longer in use) where they are large enough:
   * a run on a new seed then allocates nothing. Every value a report's class reads is written before it is read.
   */
  constructor(
    readonly products: number,
    readonly websites: number,
    spent?: StoredDraws,
  ) {
    this.pClass = uint8Room(spent?.pClass, products);
    this.pTriage = float64Room(spent?.pTriage, products);
    this.pA = float64Room(spent?.pA, products);
    this.pB = float64Room(spent?.pB, products);
    this.pC = float64Room(spent?.pC, products);
    this.pD = float64Room(spent?.pD, products);
    this.wClass = uint8Room(spent?.wClass, websites);
    this.wTriage = float64Room(spent?.wTriage, websites);
    this.wDuration = float64Room(spent?.wDuration, websites);
  }

  storeProduct(at: number, d: ProductDraws): void {
    this.pClass[at] = productClassCode(d);
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

  /** Loads the draws of product report `at` (not its arrival, which the history's Arrivals hold). */
  loadProduct(at: number, d: ProductDraws): void {
    const k = this.pClass[at]!;
    d.triage = this.pTriage[at]!;
    setProductClass(d, k);
    if (isResolvingClass(k)) {
      d.resolution = this.pA[at]!;
      d.w = this.pB[at]!;
    } else if (k === PRODUCT_UNREACHABLE) {
      d.found = this.pA[at]!;
      d.resumeHazard = this.pB[at]!;
      d.committee = this.pC[at]!;
      d.completion = this.pD[at]!;
    }
  }

  storeWebsite(at: number, d: WebsiteDraws): void {
    this.wClass[at] = websiteClassCode(d);
    this.wTriage[at] = d.triage;
    this.wDuration[at] = d.duration;
  }

  loadWebsite(at: number, d: WebsiteDraws): void {
    d.triage = this.wTriage[at]!;
    d.duration = this.wDuration[at]!;
    setWebsiteClass(d, this.wClass[at]!);
  }

  /** A copy with room for more reports, the stored ones kept. */
  grown(products: number, websites: number): StoredDraws {
    const grown = new StoredDraws(products, websites);
    grown.pClass.set(this.pClass);
    grown.pTriage.set(this.pTriage);
    grown.pA.set(this.pA);
    grown.pB.set(this.pB);
    grown.pC.set(this.pC);
    grown.pD.set(this.pD);
    grown.wClass.set(this.wClass);
    grown.wTriage.set(this.wTriage);
    grown.wDuration.set(this.wDuration);
    return grown;
  }
}

/**
 * The draws of the reports a bounty or acknowledgements add, for the history in use: report j of the induced is
 * drawn once per history, like the historical reports, and the trials that share the history differ only in how
 * many there are (their arrivals spread accordingly) and which are invalid.
 */
export class InducedDraws {
  history = -1;
  products = new StoredDraws(0, 0);
  productsDrawn = 0;
  websites = new StoredDraws(0, 0);
  websitesDrawn = 0;

  forHistory(h: number): void {
    if (this.history === h) return;
    this.history = h;
    this.productsDrawn = 0;
    this.websitesDrawn = 0;
  }
}
