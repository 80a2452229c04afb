import { builder } from '../builder.ts';
import './lang.ts';
import './source.ts';
import './taxonomy.ts';
import './survey-finding.ts';
import './program-tag.ts';
import './program-development.ts';
import './program.ts';
import './comparison-matrix.ts';
import './changes.ts';
import './policy-option.ts';
import './partnership.ts';
import './search.ts';
import './simulation.ts';
import './backtest.ts';
import './sensitivity.ts';
import './scenario.ts';

export const schema = builder.toSchema({ sortSchema: false });
