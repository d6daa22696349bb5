import type { Catalog } from '../catalog/Catalog.js';
import type { Intake } from '../intake/IntakeSchema.js';
import { RED_FLAG_IDS, type RedFlagId } from '../intake/vocabulary.js';
import { redFlags } from '../catalog/data/redFlags.js';
import { defineRule as rule } from './defineRule.js';
import type { Rule } from './Rule.js';

/**
 * Whether a red flag bears on this intake. Emergency flags always do: a sign
 * of cauda equina or a thunderclap headache is an emergency whatever brought
 * the client in. Other flags count for the conditions the catalogue lists,
 * since e.g. night pain is typical of carpal tunnel but a tumour sign in the
 * back.
 */
export function isRelevantRedFlag(id: RedFlagId, intake: Intake, catalog: Catalog): boolean {
  const flag = catalog.redFlags[id];
  if (flag.urgency === 'emergency' || flag.conditions === 'any') return true;
  const conditions = flag.conditions;
  return intake.conditions.some((entry) => conditions.includes(entry.condition));
}

const reported = (intake: Intake, id: RedFlagId): boolean => (intake.redFlags ?? []).includes(id);

function referRule(id: RedFlagId): Rule {
  return rule({
    id: `red-flag/${id}`,
    family: 'red-flag',
    description: `Refer instead of treating when "${id}" is reported for a condition it bears on (urgency from the red-flag catalogue).`,
    source: redFlags[id].sources[0] ?? 'MP-DEFAULT',
    when: ({ intake, catalog }) => reported(intake, id) && isRelevantRedFlag(id, intake, catalog),
    then: ({ catalog }) => {
      const flag = catalog.redFlags[id];
      return [{ kind: 'refer', urgency: flag.urgency, message: `${flag.name}: may indicate ${flag.suggests}.` }];
    },
  });
}

function noteRule(id: RedFlagId): Rule {
  return rule({
    id: `red-flag/${id}-noted`,
    family: 'red-flag',
    description: `Note "${id}" when reported for conditions it does not usually signal danger in, so the therapist confirms it was assessed.`,
    source: redFlags[id].sources[0] ?? 'MP-DEFAULT',
    when: ({ intake, catalog }) => reported(intake, id) && !isRelevantRedFlag(id, intake, catalog),
    then: ({ catalog }) => {
      const flag = catalog.redFlags[id];
      return [
        {
          kind: 'addPrecaution',
          id: `red-flag-noted-${id}`,
          message: `${flag.name} was reported; it is not a red flag for these conditions, but confirm it has been medically assessed before treating.`,
        },
      ];
    },
  });
}

/** One referral rule and one note rule per red flag, citing the flag's first source. */
export const redFlagRules: readonly Rule[] = RED_FLAG_IDS.flatMap((id) => [referRule(id), noteRule(id)]);
