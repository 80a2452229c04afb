import { loadSimulationModel } from '/work/main/packages/sim/src/node/index.ts';
import { runSimulation } from '/work/main/packages/sim/src/index.ts';
const model = loadSimulationModel(undefined, { unfitted: true });
runSimulation({ trials: 300, forcedPublication: {afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS'}, legalMandate: {remediationDays: 30, compliance: 0.5} }, model);
