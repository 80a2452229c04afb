/**
 * exp, log and the normal distribution built from +, -, *, / and sqrt only.
 *
 * ECMAScript leaves Math.exp, Math.log and Math.pow "implementation-approximated", so V8, SpiderMonkey and
 * JavaScriptCore may differ in the last bit, and one bit can move a case across a 45-day threshold. The basic
 * operations and Math.sqrt are correctly rounded everywhere, so results built from them alone are the same
 * byte for byte in Node and in every browser. Accuracy is a few ulps, far below anything the model resolves.
 */

// The constants below are written as their sources print them (the split of ln 2, Cody, Acklam), with more digits
// than a double keeps; the nearest double is the value meant.
/* eslint-disable no-loss-of-precision */

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const LN2 = 0.6931471805599453;
const SQRT1_2 = 0.7071067811865476;

// Typed-array views give the exponent bits; every JavaScript engine in use is little-endian, checked once here.
const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** 2^n for an integer n in [-1022, 1023], exactly. */
function powerOfTwo(n: number): number {
  words[LO] = 0;
  words[HI] = (n + 1023) << 20;
  return scratch[0]!;
}

/** Natural logarithm. */
export function ln(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  let scale = 0;
  // Subnormals: lift into the normal range first.
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54
    scale = -54;
  }
  scratch[0] = x;
  let e = ((words[HI]! >>> 20) & 0x7ff) - 1023;
  words[HI] = (words[HI]! & 0x000fffff) | 0x3ff00000;
  let m = scratch[0];
  if (m > 1.4142135623730951) {
    m *= 0.5;
    e += 1;
  }
  // log(m) = 2 atanh(s) with s = (m - 1) / (m + 1), |s| <= 0.1716: the series converges to 1e-17 in 11 terms.
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  const series =
    1 +
    s2 *
      (1 / 3 +
        s2 *
          (1 / 5 +
            s2 *
              (1 / 7 +
                s2 *
                  (1 / 9 +
                    s2 * (1 / 11 + s2 * (1 / 13 + s2 * (1 / 15 + s2 * (1 / 17 + s2 * (1 / 19 + s2 * (1 / 21))))))))));
  const k = e + scale;
  return k * LN2_HI + (2 * s * series + k * LN2_LO);
}

/** e^x. */
export function exp(x: number): number {
  if (x !== x) return NaN;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (x === 0) return 1;
  const n = Math.round(x / LN2);
  const r = x - n * LN2_HI - n * LN2_LO;
  // |r| <= 0.3466: the Taylor series to r^14 is exact to 1e-18.
  let p = 1 / 87178291200;
  p = p * r + 1 / 6227020800;
  p = p * r + 1 / 479001600;
  p = p * r + 1 / 39916800;
  p = p * r + 1 / 3628800;
  p = p * r + 1 / 362880;
  p = p * r + 1 / 40320;
  p = p * r + 1 / 5040;
  p = p * r + 1 / 720;
  p = p * r + 1 / 120;
  p = p * r + 1 / 24;
  p = p * r + 1 / 6;
  p = p * r + 0.5;
  p = p * r + 1;
  p = p * r + 1;
  if (n > 1023) return p * powerOfTwo(1023) * powerOfTwo(n - 1023);
  if (n < -1022) return p * powerOfTwo(-1022) * powerOfTwo(n + 1022);
  return p * powerOfTwo(n);
}

/** x^y for x >= 0. */
export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x === 0) return y > 0 ? 0 : Infinity;
  return exp(y * ln(x));
}

/**
 * Quantile of the standard normal distribution (P. J. Acklam's rational approximation, relative error
 * below 1.2e-9), then one Halley step against the CDF below.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * ln(p));
    x =
      (((((-7.784894002430293e-3 * q - 3.223964580411365e-1) * q - 2.400758277161838) * q - 2.549732539343734) * q +
        4.374664141464968) *
        q +
        2.938163982698783) /
      ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((-3.969683028665376e1 * r + 2.209460984245205e2) * r - 2.759285104469687e2) * r + 1.38357751867269e2) * r -
        3.066479806614716e1) *
        r +
        2.506628277459239) *
        q) /
      (((((-5.447609879822406e1 * r + 1.615858368580409e2) * r - 1.556989798598866e2) * r + 6.680131188771972e1) * r -
        1.328068155288572e1) *
        r +
        1);
  } else {
    const q = Math.sqrt(-2 * ln(1 - p));
    x = -(
      (((((-7.784894002430293e-3 * q - 3.223964580411365e-1) * q - 2.400758277161838) * q - 2.549732539343734) * q +
        4.374664141464968) *
        q +
        2.938163982698783) /
      ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1)
    );
  }
  const e = normalCdf(x) - p;
  const u = e * 2.5066282746310002 * exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/** Standard normal CDF, via erfc (W. J. Cody's rational approximations, relative error near 1e-15). */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x * SQRT1_2);
}

function erfc(x: number): number {
  const ax = x < 0 ? -x : x;
  let result: number;
  if (ax < 0.5) {
    const t = ax * ax;
    const top =
      (((0.185777706184603153 * t + 3.1611237438705656) * t + 113.864154151050156) * t + 377.485237685302021) * t +
      3209.37758913846947;
    const bottom =
      (((t + 23.6012909523441209) * t + 244.024637934444173) * t + 1282.61652607737228) * t + 2844.23683343917062;
    const erf = (ax * top) / bottom;
    result = 1 - erf;
    return x < 0 ? 2 - result : result;
  }
  if (ax < 4) {
    const top =
      (((((((2.15311535474403846e-8 * ax + 0.564188496988670089) * ax + 8.88314979438837594) * ax +
        66.1191906371416295) *
        ax +
        298.635138197400131) *
        ax +
        881.95222124176909) *
        ax +
        1712.04761263407058) *
        ax +
        2051.07837782607147) *
        ax +
      1230.33935479799725;
    const bottom =
      (((((((ax + 15.7449261107098347) * ax + 117.693950891312499) * ax + 537.181101862009858) * ax +
        1621.38957456669019) *
        ax +
        3290.79923573345963) *
        ax +
        4362.61909014324716) *
        ax +
        3439.36767414372164) *
        ax +
      1230.33935480374942;
    result = (exp(-ax * ax) * top) / bottom;
  } else {
    const z = 1 / (ax * ax);
    const top =
      ((((0.0163153871373020978 * z + 0.305326634961232344) * z + 0.360344899949804439) * z + 0.125781726111229246) *
        z +
        0.0160837851487422766) *
        z +
      6.58749161529837803e-4;
    const bottom =
      ((((z + 2.56852019228982242) * z + 1.87295284992346725) * z + 0.527905102951428412) * z + 0.0605183413124413191) *
        z +
      2.33520497626869185e-3;
    const r = (z * top) / bottom;
    result = (exp(-ax * ax) / ax) * (0.5641895835477563 - r);
  }
  return x < 0 ? 2 - result : result;
}
