import { lowbias32, uniform, caseKey } from '../src/random.ts';
import { QuantileTable, exponential } from '../src/distributions.ts';
const N = 16_000_000;
let t0 = performance.now(); let acc = 0;
for (let i = 0; i < N; i++) acc += uniform(i, 3);
console.log('uniform ns', (performance.now() - t0) / N * 1e6, acc > 0);
const tab = new QuantileTable(exponential(1));
t0 = performance.now(); acc = 0;
for (let i = 0; i < N; i++) acc += tab.quantile((i % 1000 + 0.5) / 1000);
console.log('quantile ns', (performance.now() - t0) / N * 1e6, acc > 0);
t0 = performance.now(); acc = 0;
for (let i = 0; i < N; i++) { const k = caseKey(7, i); acc += uniform(k,1) + uniform(k,2) + uniform(k,3) + uniform(k,4) + uniform(k,5); }
console.log('caseKey+5 uniforms ns', (performance.now() - t0) / N * 1e6, acc > 0);
