import type { Rule } from './Rule.js';
import { deepFreeze } from './data/deepFreeze.js';
import { ACUTE_COURSE_WEEKS } from './doseRules.js';
import { ADULT_AGE, MINOR_MAX_MINUTES, OLDER_AGE } from './precautionRules.js';
import { FRACTURE_SCREEN_AGE, NEW_HEADACHE_AGE } from './redFlagRules.js';

// Why the descriptions live here and not in the rule tables: a description is
// documentation (the docs catalogue, `formatPlan`, `describeRule`); no plan,
// referral or deferral carries it. Kept apart, the rule tables that
// `recommendPlan` runs hold only what it needs, and the descriptions reach a
// bundle only through `defaultCatalog` (issue 12, item 4: about a tenth of the
// engine's own gzip bytes). The rules made per catalogue entry (a condition's
// selection and dose, a flag's deferral, avoidance or precaution, a red flag's
// referral) keep their descriptions where they are made, since a vendor's new
// entries get them there too; so do the few rules made in a loop.

/**
 * What each built-in rule does and why, by rule id, in a sentence a therapist
 * can check (the `description` of {@link Rule}). `defaultCatalog` attaches
 * them to its rules; the grade note of a practice-level or specification
 * source is added after them (`withGradeNote`).
 *
 * @example
 * RULE_DESCRIPTIONS['no-massage/fever']; // 'Fever over 38 °C or acute systemic infection: defer until resolved.'
 */
export const RULE_DESCRIPTIONS: Readonly<Record<string, string>> = /* @__PURE__ */ descriptions();

// A function, called once and marked pure, rather than a bare object literal:
// the literal's template strings (`${ADULT_AGE}` …) count as side effects for
// a bundler, which would then keep the whole table in a bundle of the
// single-file dist/ build that never reads it.
function descriptions(): Record<string, string> {
  return {
    // red-flag
    'red-flag/implied-bilateral-sciatica':
      'Sciatica on both sides implies bilateral leg symptoms, a cauda equina red flag: refer for urgent screening (emergency when saddle anaesthesia, bladder or bowel dysfunction or progressive weakness are reported, by their own rules); a physician clearance lifts it.',
    'red-flag/implied-new-headache-after-50':
      `A headache that began in the last 3 months at age ${NEW_HEADACHE_AGE} or over is a red flag for secondary headache (SNNOOP10: giant-cell arteritis, a mass): refer urgently; a physician clearance lifts it.`,
    'red-flag/implied-fracture-risk':
      `Back pain at age ${FRACTURE_SCREEN_AGE} or over with osteoporosis or long-term corticosteroids is a red flag for vertebral fracture: a physician screens for it before massage — urgently when the pain is recent, at the next opportunity when it is long-standing (referral lifted by a physician clearance).`,

    // no-massage
    'no-massage/dvt':
      'Current or suspected deep-vein thrombosis: urgent medical referral, since massage can dislodge a clot.',
    'no-massage/dvt-cleared':
      'Deep-vein thrombosis, even once a physician has cleared massage: light pressure only and never the affected limb (the whole leg or arm on that side; both legs when the site is not given), since a clot can dislodge.',
    'no-massage/fever':
      'Fever over 38 °C or acute systemic infection: defer until resolved.',
    'no-massage/contagious-illness':
      'Contagious illness: defer until resolved.',
    'no-massage/uncontrolled-hypertension':
      'Uncontrolled hypertension: defer until a physician clears massage.',
    'no-massage/pregnancy-complication':
      'Pregnancy complication (pre-eclampsia, placenta previa, bleeding, preterm contractions): defer until an obstetrician clears massage. Practice-level source.',
    'no-massage/severe-thrombocytopenia':
      'Severe thrombocytopenia: defer until a physician clears massage; once cleared, light contact only. The platelet cut-off is a practice-level default.',

    // local
    'local/cellulitis-no-lymphatic':
      'Cellulitis: no lymphatic drainage anywhere until 2–3 days of antibiotics with improvement.',
    'local/acute-injury-72h':
      'Acute soft-tissue injury in its first 72 hours: no massage and no heat on the injured site (No HARM); work the surrounding areas and have the injury diagnosed. Practice-level source.',
    'local/post-surgical-site':
      'Within about 6 weeks of surgery: no technique that reaches deep pressure (4 or more) on the site, no stretching of it, and no heat (fresh tissue, clot risk), whatever the condition asks for (practice default).',
    'local/incision-closure':
      'No work on or over an incision until it has closed (about 2–3 weeks after surgery, a practice default: confirm with the surgeon); the areas around it first, then the site.',
    'local/scar-wound-closure':
      'Scar mobilization only once the wound has closed, about 2–3 weeks after surgery (practice default).',

    // precaution
    'precaution/corticosteroids':
      'Long-term corticosteroids: reduced pressure, since connective tissue is weaker.',
    'precaution/pain-medication':
      'Analgesics or muscle relaxants mask pain feedback: lighter pressure and frequent pressure check-ins.',
    'precaution/osteoporosis':
      'Osteoporosis: gentle work only (pressure at most 2); no deep tissue, percussion or forceful stretching; side-lying or bolstered supine, never prone; careful transfers. Practice-level source.',
    'precaution/diabetes':
      'Diabetes: check skin and sensation before working; see neuropathy. Practice-level source.',
    'precaution/hypertension':
      'Controlled hypertension: avoid vigorous techniques; check in during the session. Practice-level source.',
    'precaution/pregnancy':
      'Pregnancy, by the week of each session: side-lying or seated throughout; no prone past the first trimester (14 weeks); no flat supine from about 22 weeks (semi-reclined or left tilt instead); no abdominal massage; light pressure on the legs and inner thighs with the adductors and psoas protected (clotting risk). From a review of massage in pregnancy (Mueller & Grunwald 2021) and ACOG on the supine position; the week cut-offs are practice defaults.',
    'precaution/pregnancy-first-trimester':
      'First trimester of an uncomplicated pregnancy: a precaution, not a deferral (the blanket first-trimester ban is a practice habit, not evidence): no deep abdominal work, comfort positioning, and stop for bleeding, cramping or pain. Practice-level sources.',
    'precaution/pregnancy-due-date':
      'No sessions from the due date (40 weeks) without the obstetrician’s clearance. Practice-level source.',
    'precaution/cancer':
      'Cancer in active treatment: oncologist clearance before the plan; no pressure over a tumour; pressure at most 2 when the site is not given.',
    'precaution/bone-metastasis':
      'Bone metastasis: physician sign-off; pressure at most 1 over affected bone (the whole body, and no prone, when the site is not given).',
    'precaution/lymphedema':
      'Lymphedema: lymphatic drainage only by a trained lymphedema therapist, outside this plan; the pressure cap over the quadrant on that side comes from the flag’s catalogue data (see precaution/flag-pressure).',
    'precaution/oil-allergy':
      'Oil allergy or a wish to avoid oils: choose a different medium.',
    'precaution/flag-pressure':
      'A history flag with a pressure cap in the catalogue (neuropathy, lymphedema, frailty …) caps pressure over the region it names and its reach (a lymphedema quadrant), or everywhere when no region is given.',
    'precaution/flag-restrictions':
      'A history flag whose catalogue entry rules out techniques or positions, or asks for a clearance before the first session, does so in the plan (over the region it names and its reach, or everywhere without one). The flag’s own sources back each restriction.',
    'precaution/no-heat':
      'No heat (hot stones) with a flag that rules it out in the catalogue: numb skin (peripheral neuropathy, diabetes) burns unnoticed, and pregnancy avoids raising core temperature. Practice-level sources.',
    'precaution/minor':
      `Under ${ADULT_AGE}: pressure 3 at most (the guardian's consent comes from consent/guardian), and sessions of ${MINOR_MAX_MINUTES} minutes at most, since the trial doses were studied in adults only. A practice default (no trial in children), said so.`,
    'precaution/older-age':
      `Age ${OLDER_AGE} or over, or frailty: gentler pressure (3 at most), limited time prone, help with transfers. A practice default (no trial), said so.`,
    'precaution/endangerment-sites':
      'Endangerment sites (anterior neck, axilla, cubital fossa, femoral triangle, popliteal fossa, kidney area) always get light or no pressure. Practice-level source.',

    // condition
    'condition/severity-pressure':
      'Severe symptoms start at pressure 2 at most; acute conditions stay at 3 or below. Practice default (no published dose-response for pressure).',
    'condition/neck-pain-recent':
      'Recent neck pain (up to 3 months, grade I–II): do not offer relaxation (Swedish) massage; deliver massage within multimodal care with exercise and education (OPTIMa guideline).',
    'condition/low-back-pain-acute':
      'Acute or subacute low back pain: massage is recommended alongside superficial heat (ACP 2017).',
    'condition/sciatica-source-first':
      'Sciatica: make sure the source has been found first; no work over a herniated disc region. Practice-level source.',
    'condition/intraoral-tmj-training':
      'Intraoral TMJ work only by trained therapists where the jurisdiction allows it, gloved. Practice-level source.',
    'condition/sports-injury-subacute':
      'Sports injury past the acute stage: cross-fiber friction on the site to remodel scar tissue. Practice-level source.',
    'condition/post-surgical-clearance':
      'After surgery, lymphatic drainage and scar work need the surgeon’s clearance, and scar work stays on the incision; work proximal areas first. Practice-level source.',
    'condition/post-surgical-6-weeks':
      'Within about 6 weeks of surgery: the surgeon’s clearance before the first session and the surgeon’s movement restrictions in positioning and stretching (e.g. hip precautions after arthroplasty); the calf check at every visit is check/calf. Practice-level source.',

    // dose
    'dose/acute-course':
      `Acute or subacute pain, where the dose comes from a trial in chronic pain, and anyone under ${ADULT_AGE}: the studied dose is not applied; a short course (at most ${ACUTE_COURSE_WEEKS} weeks at the condition's frequency) ends in a reassessment that decides what follows. A practice default, not evidence.`,

    // goal
    'goal/meaningful-change':
      'For each outcome measure with a baseline, the goal is a minimal clinically important improvement (pain NRS: 2 points or 30%; NDI 5; ODI 10; RMDQ 2 …).',
    'goal/condition-measures':
      'Every plan of care states measurable goals: one on each outcome measure of the conditions (a measure with no baseline yet is still a goal: the baseline is recorded at the first visit and the goal is a meaningful change from it); the Patient-Specific Functional Scale when no measure can improve.',
    'goal/pain-relief':
      'Pain relief ticked: a goal on the pain numeric rating scale (a fall of 2 points or 30%).',
    'goal/range-of-motion':
      'Range of motion ticked: a Patient-Specific Functional Scale goal on an activity the client cannot do fully for stiffness (e.g. turning the head to reverse the car, reaching overhead). The PSFS threshold is a catalogue default.',
    'goal/rehabilitation':
      'Rehabilitation ticked: a functional goal, on the conditions’ disability or function measures (NDI, ODI, RMDQ, BCTQ, HDI), or the Patient-Specific Functional Scale when they have none.',
    'goal/sleep-and-energy':
      'Sleep and energy ticked: a goal on a 0–10 sleep quality rating. No published threshold: the 2-point change is a catalogue default.',
    'goal/stress-relief':
      'Stress relief ticked: a goal on a 0–10 stress rating. No published threshold: the 2-point change is a catalogue default.',
    'goal/record-baselines':
      'Record a baseline at the first session for each outcome measure the conditions call for, so progress can be judged at reassessment.',

    // care
    'care/self-monitoring':
      'Every plan: the client notes pain and what they could or could not do between sessions, so progress can be judged at the reassessment. Catalogue default.',
    'care/neck-exercise':
      'Neck pain: range-of-motion and strengthening exercise is part of first-line care (OPTIMa guideline).',
    'care/back-exercise':
      'Low back pain and sciatica: stay active and exercise; manual therapy belongs in a package that includes exercise (NICE NG59, rec. 1.2.1 and 1.2.7).',
    'care/joint-exercise':
      'Knee or hip joint pain (osteoarthritis): exercise (strengthening, walking) is core treatment (OARSI 2019).',
    'care/low-back-heat':
      'Acute or subacute low back pain: superficial heat (ACP 2017). Not suggested with neuropathy, diabetes, pregnancy or an acute injury, and dropped from the plan wherever heat is excluded.',
    'care/ergonomics':
      'Postural imbalance, neck pain, carpal tunnel: workstation and posture habits (breaks, neutral wrist, screen at eye level). Catalogue default: no source tests it.',
    'care/carpal-tunnel-self-massage':
      'Carpal tunnel: daily self-massage of the forearm and hand between weekly sessions (Elliott & Burkett 2013, an uncontrolled study: a practice-level dose).',
    'care/jaw-self-care':
      'TMJ disorder: jaw self-care (soft food during flares, no gum, avoid wide yawning, gentle self-massage of the masseter). Practice-level source.',
    'care/headache-self-care':
      'Tension-type headache with neck pain: low-load neck and shoulder endurance exercise (OPTIMa headache review, Varatharajan 2016), and a headache diary for the HDI.',
    'care/sports-injury-peace-love':
      'Soft-tissue injury: PEACE in the first days (protect, elevate, avoid anti-inflammatory modalities, compress, educate), then LOVE (load as pain allows, optimism, pain-free cardio, exercise) (Dubois & Esculier 2020).',
    'care/fibromyalgia-exercise':
      'Fibromyalgia: exercise is the one strong recommendation (EULAR); start low, build up gradually.',
    'aftercare/soreness':
      'After deeper work (pressure 3 or more), muscles may be sore for a day or two. Catalogue default (common practice; no source in the reference).',
    'aftercare/seek-care':
      'When to seek care after a session: calf pain or swelling (clot), fever, new numbness or weakness, chest pain or breathlessness. Practice-level source.',
    'aftercare/heat':
      'After heat (hot stones): redness should fade within hours; call about redness that lasts or any blister. Catalogue default.',
    'aftercare/intraoral':
      'After intraoral jaw work the jaw may be tender for a day. Practice-level source.',
    'consent/informed':
      'Every plan: informed consent to the plan before the first session. Catalogue default (professional practice; no clinical source in the reference).',
    'consent/intraoral':
      'Intraoral TMJ work: its own consent (gloved work inside the mouth). Practice-level source.',
    'consent/guardian':
      'Under 18: a parent’s or guardian’s consent before the first session. Catalogue default (professional practice and local law).',
    'check/red-flags':
      'Every visit: screen for new red flags, whatever the complaint (Finucane 2020 red-flag framework).',
    'check/calf':
      'After surgery, in pregnancy and after a deep-vein thrombosis (clot risk): ask about calf pain or swelling and breathlessness at every visit; do not massage the leg and refer if present. Practice-level source.',
    'check/blood-pressure':
      'Controlled hypertension: ask about (or take) blood pressure before each session; uncontrolled readings defer. Practice-level source.',
    'check/bruising':
      'Anticoagulants, a bleeding disorder or low platelets: ask about bruising since the last session, and keep pressure light. Practice-level source.',
    'check/bone-pain':
      'Bone metastasis: ask about new or worse bone pain, and new weakness, numbness or bladder and bowel changes (pathological fracture, cord compression) at every visit. Practice-level source.',
    'check/lymphedema':
      'Lymphedema: ask about more swelling, heaviness, or redness and warmth in the limb (infection) at every visit. Practice-level source.',
    'check/skin-sensation':
      'Diabetes or peripheral neuropathy: check skin and sensation before working (no deep pressure or heat on numb skin). Practice-level source.',
    'check/skin-after-heat':
      'When the plan uses heat (hot stones): check the skin where heat was used last time. Catalogue default.',
    'discharge/goals-met':
      'Discharge when the plan’s goals are met at a reassessment (plan of care with long-term goals, Medicare Benefit Policy Manual ch. 15 §220).',
    'discharge/recovered':
      'Discharge when the measures show recovery: pain NRS 0 and RMDQ 2 or less are the cut-offs at which people with low back pain rate themselves recovered (Kamper 2010), with every other tracked measure at its target.',
    'discharge/plateau':
      'A plateau: no meaningful change after 6 sessions means re-evaluating the approach; still none by 10, refer or discharge rather than continue. Practice-level source.',

    // preference
    'preference/max-pressure':
      'The client’s maximum pressure is a cap.',
    'preference/max-session-minutes':
      'The client’s maximum session length is a cap; when it is shorter than an evidence-based dose, say so.',
    'preference/avoid-positions':
      'Positions the client wants to avoid are excluded.',
    'preference/hot-stones':
      'Hot stones only when the client asks for them, and never on an excluded site.',
  };
}

/**
 * A built-in rule with its description from {@link RULE_DESCRIPTIONS}: the
 * same rule, its keys in the same order, with `description` (and, for a data
 * rule, the `description` of its JSON form, so the patch round-trips) set to
 * the text. A rule without an entry is returned as it is.
 *
 * @param rule - a built-in rule as the rule tables make it
 * @returns the rule with its description
 * @example
 * const fever = defaultCatalog.rules.find((r) => r.id === 'no-massage/fever');
 * fever !== undefined && describedRule(fever).description; // 'Fever over 38 °C or acute systemic infection: defer until resolved.'
 */
export function describedRule(rule: Rule): Rule {
  const description = RULE_DESCRIPTIONS[rule.id];
  if (description === undefined) return rule;
  const described = withDescription(rule, description);
  return rule.data === undefined ? described : { ...described, data: deepFreeze(withDescription(rule.data, description)) };
}

// A copy with `description` set in its place (rules and their JSON list it
// third, after `id` and `family`), so a described rule serializes as it did
// when the text was written inline.
function withDescription<T extends object>(record: T, description: string): T {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, key === 'description' ? description : value])) as T;
}
