import { z } from 'zod';
import { t } from '../i18n/t';
import { problemAt, zodLanguage } from './operationJson';

/**
 * The strategic side of a plan (fixtures/strategy/*.json): its strategic
 * goals, and for each thematic priority of Appendix A its name in the plan
 * text and its outcomes, each with the paragraph it comes from. Where the
 * draft carries alternative wording, the current wording is kept and the
 * alternative noted.
 */
const paragraph = z.string().min(1);
const strategyFile = z
  .object({
    format: z.literal('linkage-calculator/strategy'),
    version: z.literal(1),
    planId: z.string().min(1),
    source: z.string(),
    goals: z.array(z.object({ id: z.string().min(1), name: z.string().min(1), statement: z.string(), paragraph }).strict()).min(1),
    priorities: z.array(
      z
        .object({
          code: z.string().min(1),
          appendixName: z.string(),
          planName: z.string(),
          outcomesParagraph: paragraph,
          outcomes: z.array(z.object({ code: z.string().min(1), text: z.string().min(1), paragraph }).strict()),
          alternatives: z.array(z.object({ wording: z.string(), note: z.string() }).strict()),
        })
        .strict(),
    ),
  })
  .strict();

export type Strategy = z.infer<typeof strategyFile>;
export type Priority = Strategy['priorities'][number];

export function readStrategy(json: unknown): Strategy {
  const parsed = strategyFile.safeParse(json, zodLanguage());
  if (!parsed.success) {
    throw new Error(t('io.strategy.cannotRead', { problems: parsed.error.issues.map((i) => problemAt(i.path.join('.'), i.message)).join('; ') }));
  }
  return parsed.data;
}
