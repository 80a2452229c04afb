import { leverKey } from './random.ts';
import { PRODUCT_NOT_ACCEPTED, PRODUCT_STALLED, productPath, recordProduct } from './product-path.ts';
import { quarterIndex } from './report-path.ts';
import {
  WEBSITE_ALERT,
  WEBSITE_CLASS_NOT_VULNERABLE,
  WEBSITE_NOT_ACCEPTED,
  isNotifiedClass,
  recordWebsite,
  websitePath,
} from './website-path.ts';
import { C } from './tally.ts';
import { WEBSITE_ID_BASE, loadProduct, loadWebsite, type Workspace } from './workspace.ts';

/**
 * The general path of a scenario, for when a staff change (a new capacity, or the load of induced reports)
 * moves every report's times: each report of the history is replayed with and without the levers, and what
 * differs is recorded in the scenario (scenario minus baseline). Reports that a change cannot move are skipped
 * on the way, by the same arithmetic as their paths (`exhaustive` replays them all, as a test oracle).
 */

/** Product reports of trial key tk. */
export function changeProducts(w: Workspace, tk: number, exhaustive: boolean): void {
  const { rt, lv, scenario, pd, pb, ps } = w;
  const { draws, arrivals } = w.history;
  const n = w.products;
  for (let i = 0; i < n; i++) {
    if (!exhaustive && !lv.forcedOn) {
      if (lv.staffFactor[arrivals.productQuarter[i]!] === 1 || arrivals.productArrivals[i]! < lv.startDay) continue;
      const k = draws.pClass[i]!;
      if (k === PRODUCT_NOT_ACCEPTED || k === PRODUCT_STALLED) {
        // Only the acceptance time moves, and nothing at a quarter end or at asOf changes unless it crosses one.
        const arrival = arrivals.productArrivals[i]!;
        const triage = lv.triageMean * draws.pTriage[i]!;
        const stretched = arrival + lv.staffFactor[arrivals.productQuarter[i]!]! * triage;
        if (quarterIndex(rt, arrival + triage) === quarterIndex(rt, stretched)) continue;
      }
    }
    loadProduct(w, i);
    if (lv.forcedOn) pd.key = leverKey(tk, i);
    productPath(pb, pd, rt, lv, false);
    productPath(ps, pd, rt, lv, true);
    if (!ps.sameAs(pb)) {
      recordProduct(scenario, rt, ps, 1);
      recordProduct(scenario, rt, pb, -1);
    }
  }
}

/** Website reports of trial key tk. */
export function changeWebsites(w: Workspace, tk: number, exhaustive: boolean): void {
  const { rt, lv, scenario, wd, wb, ws } = w;
  const { draws, arrivals } = w.history;
  const n = w.websites;
  const H = rt.horizon;
  for (let i = 0; i < n; i++) {
    // A website report's own times are the operator's; a staff change only moves its triage, and not at all in a
    // quarter whose load stays within capacity.
    if (!exhaustive && !lv.mandateOn) {
      const staff = lv.staffFactor[arrivals.websiteQuarter[i]!]!;
      if (staff === 1 || arrivals.websiteArrivals[i]! < lv.startDay) continue;
      // The same times as websitePath's, straight from the stored draws: most reports only shift, and then only
      // their exposure changes (the same additions as recordWebsite's, in the same order).
      const k = draws.wClass[i]!;
      const arrival = arrivals.websiteArrivals[i]!;
      const accept0 = arrival + 1 * lv.triageMean * draws.wTriage[i]!;
      const accept1 = arrival + staff * lv.triageMean * draws.wTriage[i]!;
      const duration = k === WEBSITE_NOT_ACCEPTED || k === WEBSITE_ALERT ? 0 : draws.wDuration[i]!;
      const close0 = accept0 + duration;
      const close1 = accept1 + duration;
      const notified = isNotifiedClass(k);
      if (
        close1 - accept1 === close0 - accept0 &&
        quarterIndex(rt, close1) === quarterIndex(rt, close0) &&
        quarterIndex(rt, accept1) === quarterIndex(rt, accept0) &&
        (!notified ||
          (accept1 <= H - 90 === accept0 <= H - 90 &&
            quarterIndex(rt, accept1 + 90) === quarterIndex(rt, accept0 + 90)))
      ) {
        // Exposure counts the vulnerable only: neither not accepted nor found not vulnerable.
        if (k !== WEBSITE_NOT_ACCEPTED && k !== WEBSITE_CLASS_NOT_VULNERABLE) {
          const end1 = close1 < H ? close1 : H;
          const end0 = close0 < H ? close0 : H;
          if (end1 > arrival) scenario.all[C.wPrivate]! += end1 - arrival;
          if (end0 > arrival) scenario.all[C.wPrivate]! += -1 * (end0 - arrival);
        }
        continue;
      }
    }
    loadWebsite(w, i);
    if (lv.mandateOn) wd.key = leverKey(tk, WEBSITE_ID_BASE + i);
    websitePath(wb, wd, lv, false);
    websitePath(ws, wd, lv, true);
    if (ws.sameAs(wb)) continue;
    recordWebsite(scenario, rt, ws, 1);
    recordWebsite(scenario, rt, wb, -1);
  }
}
