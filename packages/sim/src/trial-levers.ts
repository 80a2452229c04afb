import { pow } from './portable-math.ts';

const POWER_TABLE = 4096;

/** The scenario's levers resolved for one trial (assumptions drawn, derived quantities precomputed). */
export class TrialLevers {
  /** Structure assumptions, kept here so that the hot functions take no double arguments (V8 would box them). */
  triageMean = 0;
  listingDelayMean = 0;
  /** Day (since intake start) the levers take effect: 0 for always. */
  startDay = 0;
  /** Index of each kind's first report arriving on or after startDay: induced reports spread from there. */
  productFirst = 0;
  websiteFirst = 0;
  /** Accepted reports that arrived before startDay: no bounty is paid for them. */
  acceptedBeforeStart = 0;
  forcedOn = false;
  forcedAll = false;
  afterDays = 0;
  anticipation = 0;
  hazardRatio = 1;
  mandateOn = false;
  mandateDays = 0;
  compliance = 0;
  productExtra = 0;
  websiteExtra = 0;
  /** Share of the induced reports that the bounty (rather than acknowledgements) brought. */
  bountyShare = 0;
  invalidShare = 0;
  staffActive = false;
  /** Yen per accepted report (0 without a bounty). */
  bountyJpy = 0;
  /** Handling capacity, reports per working day: the baseline's (an assumption) and the scenario's. */
  baseCapacity = 0;
  capacity = 0;
  readonly staffFactor: Float64Array;
  /** Survival of the product resolution time at the deadline, per arrival quarter (its staff factor). */
  readonly survivalAtDeadline: Float64Array;
  readonly extraByQuarter: Float64Array;
  /** x^(1 / hazardRatio) tabulated on [0, 1]: the proportional-hazards step runs for thousands of cases a trial. */
  readonly hazardPower = new Float64Array(POWER_TABLE + 1);
  private hazardPowerOf = NaN;

  /** Tabulates x^(1 / ratio) unless the table already holds that ratio. */
  setHazardRatio(ratio: number): void {
    this.hazardRatio = ratio;
    if (ratio === this.hazardPowerOf) return;
    for (let i = 0; i <= POWER_TABLE; i++) this.hazardPower[i] = pow(i / POWER_TABLE, 1 / ratio);
    this.hazardPowerOf = ratio;
  }

  /** x^(1 / hazardRatio) for x in [0, 1]; exact near 0, where the power bends too fast to interpolate. */
  hazardPowerAt(x: number): number {
    const at = x * POWER_TABLE;
    if (at < 16) return pow(x, 1 / this.hazardRatio);
    const i = at | 0;
    if (i >= POWER_TABLE) return 1;
    const lo = this.hazardPower[i]!;
    return lo + (this.hazardPower[i + 1]! - lo) * (at - i);
  }

  constructor(quarters: number) {
    this.staffFactor = new Float64Array(quarters).fill(1);
    this.survivalAtDeadline = new Float64Array(quarters);
    this.extraByQuarter = new Float64Array(quarters);
  }
}
