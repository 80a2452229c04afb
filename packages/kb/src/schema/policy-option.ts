import { z } from 'zod';
import { Localized, LocalizedList, Slug } from './common.ts';
import { SourceRef } from './source.ts';

/** The four options of Table 4-3. */
export const PolicyOptionKey = z.enum(['ACKNOWLEDGEMENT', 'FORCED_PUBLICATION', 'LEGAL_MANDATE', 'BOUNTY']);
export type PolicyOptionKey = z.infer<typeof PolicyOptionKey>;

/** What Table 4-3 says of one reference program under an option. */
const OptionAssessment = z
  .object({
    program: Slug,
    /** 導入した場合の効果 */
    effects: LocalizedList,
    /** 導入にあたっての検討事項・課題 */
    considerations: LocalizedList,
    source: SourceRef,
  })
  .strict();

export const PolicyOption = z
  .object({
    key: PolicyOptionKey,
    /** A short label. Kaiji's where the seed has none of its own (一定期間経過後の公開); the seed's words are in addition. */
    name: Localized,
    /** Section 4.3's wording of what the option adds, e.g. 謝辞公表の追加. */
    addition: Localized,
    assessments: z.array(OptionAssessment).min(1),
    source: SourceRef,
  })
  .strict();
export type PolicyOption = z.infer<typeof PolicyOption>;

/** data/policy-options.yaml */
export const PolicyOptions = z
  .object({
    options: z.array(PolicyOption).length(4),
    /** The study group's conclusion on the four options. */
    conclusion: z
      .object({
        adopted: z.array(PolicyOptionKey),
        text: Localized,
        source: SourceRef,
      })
      .strict(),
  })
  .strict();
export type PolicyOptions = z.infer<typeof PolicyOptions>;
