import { Draw, caseKey, leverKey, uniform } from './random.ts';
import { PRODUCT_NOT_ACCEPTED, drawProduct, productPath, recordProduct } from './product-path.ts';
import { WEBSITE_NOT_ACCEPTED, drawWebsite, recordWebsite, websitePath } from './website-path.ts';
import { C } from './tally.ts';
import { WEBSITE_ID_BASE, type Workspace } from './workspace.ts';

type Kind = 'product' | 'website';

/**
 * Adds the reports of one kind that a bounty or acknowledgements bring to the scenario, spread like the history's
 * intake from the start date: induced report j arrives with report first + floor((j + 1/2) (n - first) / count). Its draws are made once per
 * history (key hk) and kept; the trial (key tk) decides whether the bounty or acknowledgements brought it and
 * whether it is invalid (then not accepted).
 */
export function addInduced(w: Workspace, kind: Kind, hk: number, tk: number): void {
  const { rt, lv, scenario, pd, wd, ps, ws } = w;
  const store = w.induced;
  const product = kind === 'product';
  const arrivals = w.history.arrivals;
  const n = product ? w.products : w.websites;
  const count = product ? lv.productExtra : lv.websiteExtra;
  // Induced reports arrive with the history's reports from the start date on.
  const first = product ? lv.productFirst : lv.websiteFirst;
  const over = n - first;
  const idBase = product ? 0 : WEBSITE_ID_BASE;
  const drawnBefore = product ? store.productsDrawn : store.websitesDrawn;
  if (count > drawnBefore) {
    if (product && count > store.products.products)
      store.products = store.products.grown(Math.max(count, 2 * store.products.products), store.products.websites);
    if (!product && count > store.websites.websites)
      store.websites = store.websites.grown(store.websites.products, Math.max(count, 2 * store.websites.websites));
    for (let j = drawnBefore; j < count; j++) {
      const key = caseKey(hk, idBase + n + j);
      if (product) {
        drawProduct(pd, rt, key, false);
        store.products.storeProduct(j, pd);
      } else {
        drawWebsite(wd, rt, key, false);
        store.websites.storeWebsite(j, wd);
      }
    }
    if (product) store.productsDrawn = count;
    else store.websitesDrawn = count;
  }
  const quarters = product ? arrivals.productQuarter : arrivals.websiteQuarter;
  const days = product ? arrivals.productArrivals : arrivals.websiteArrivals;
  const open = product ? scenario.productOpen : scenario.websiteOpen;
  for (let j = 0; j < count; j++) {
    const idx = first + Math.floor(((j + 0.5) * over) / count);
    const key = caseKey(tk, idBase + n + j);
    const qa = quarters[idx]!;
    const induced = uniform(key, Draw.extraOrigin) < lv.bountyShare;
    const invalid = induced && uniform(key, Draw.extraValidity) < lv.invalidShare;
    scenario.c[C.induced]! += 1;
    if (invalid) scenario.c[C.invalidInduced]! += 1;
    scenario.c[product ? C.pReceived : C.wReceived]! += 1;
    scenario.received[qa]! += 1;
    if (product) scenario.productReceived[qa]! += 1;
    open[qa]! += 1;
    if (product) {
      store.products.loadProduct(j, pd);
      if (invalid) pd.path = PRODUCT_NOT_ACCEPTED;
      pd.key = leverKey(tk, idBase + n + j);
      pd.arrival = days[idx]!;
      pd.quarter = qa;
      productPath(ps, pd, rt, lv, true);
      recordProduct(scenario, rt, ps, 1);
    } else {
      store.websites.loadWebsite(j, wd);
      if (invalid) wd.path = WEBSITE_NOT_ACCEPTED;
      wd.key = leverKey(tk, idBase + n + j);
      wd.arrival = days[idx]!;
      wd.quarter = qa;
      websitePath(ws, wd, lv, true);
      recordWebsite(scenario, rt, ws, 1);
    }
  }
}
