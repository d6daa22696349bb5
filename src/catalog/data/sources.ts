import type { Source } from '../CatalogSchema.js';

/**
 * Every source the built-in catalogue cites, with its grade and, for
 * publications, the DOI and/or PubMed id a clinician can look up.
 *
 * Grades: `evidence` for trials, reviews and clinical guidelines (each cited by
 * DOI, PMID, or the official guideline or publisher page); `practice` for
 * standard textbooks, trade articles, clinic or vendor pages and uncontrolled
 * studies (a configurable default, never a claim of evidence);
 * `specification` for standards and regulations (FHIR, FDA guidance, CMS
 * manuals, the CPT and ICD-10-CM code sets), graded apart from clinical
 * evidence; `unverified` where a better source is still needed.
 *
 * No AI-generated page, pirated copy (scribd, docslib, readkong, pubhtml5 and
 * the like), aggregator or news page is cited as a source. Entries marked
 * `REMOVE AFTER REMAP` are old ids that the maintainers replace across the
 * tree with the source named in their citation; nothing new may cite them.
 * Every DOI and PMID here was checked against the publication's own record
 * (publisher, PubMed or the journal's index) before it was written.
 */
export const sources = {








  S9: {
    id: 'S9',
    citation: 'Lymphedema Therapy Source, lymphatic drainage contraindications citing Földi (clinic page, practice-level)',
    url: 'https://ltstherapy.com/?p=150',
    grade: 'practice',
  },
  S10: {
    id: 'S10',
    citation: 'Middle Georgia Medical Massage, lymphatic drainage contraindications (clinic page, practice-level)',
    url: 'https://middlegeorgiamedicalmassage.com/manual-lymphatic-drainage-contraindications',
    grade: 'practice',
  },


  S13: {
    id: 'S13',
    citation: 'No HARM advice for the first 72 hours after a soft-tissue injury, as taught in sports first aid (Topend Sports, clinic pages): practice-level',
    url: 'https://ipv6.topendsports.com/medicine/treatment/no-harm.htm',
    grade: 'practice',
  },
  S14: {
    id: 'S14',
    citation: 'Post-operative lymphatic drainage and scar massage by stage (clinic pages): practice-level',
    url: 'https://www.hamiltonbodytherapy.co.nz/post/lymphatic-drainage-scar-massage-stages-of-your-surgical-recovery',
    grade: 'practice',
  },
  S15: {
    id: 'S15',
    citation: 'AHCPR clinical practice guideline, Acute Low Back Problems in Adults (1994): red-flag table',
    url: 'http://www.ncbi.nlm.nih.gov/books/NBK52120/table/A34364/',
    grade: 'evidence',
  },

  S17: {
    id: 'S17',
    citation: 'CMAJ 2023, modified SNOOP4 headache red flags (table)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9888545/table/t1-195e153',
    grade: 'evidence',
  },
  S18: {
    id: 'S18',
    citation: 'Do TP, et al. Red and orange flags for secondary headaches in clinical practice: SNNOOP10 list. Neurology 2019;92(3):134–144.',
    url: 'https://doi.org/10.1212/WNL.0000000000006697',
    doi: '10.1212/WNL.0000000000006697',
    grade: 'evidence',
  },
  S19: {
    id: 'S19',
    citation: 'Canadian Chiropractic Guideline Initiative, Neck Pain Care Pathway: red flags',
    url: 'https://ccgi-research.com/neck-pain-care-pathway-red-flags',
    grade: 'evidence',
  },

  S21: {
    id: 'S21',
    citation: 'Feller D, et al. Red flags for potential serious pathologies in people with neck pain: a systematic review of clinical practice guidelines. Arch Physioter 2024;14:105–115.',
    url: 'https://journals.aboutscience.eu/index.php/aop/article/view/3245',
    doi: '10.33393/aop.2024.3245',
    grade: 'evidence',
  },

  S23: {
    id: 'S23',
    citation: 'Cherkin DC, et al. A comparison of the effects of 2 types of massage and usual care on chronic low back pain: a randomized, controlled trial. Ann Intern Med 2011;155(1):1–9.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/21727288/',
    doi: '10.7326/0003-4819-155-1-201107050-00002',
    pmid: '21727288',
    grade: 'evidence',
  },
  S24: {
    id: 'S24',
    citation: 'Sherman KJ, et al. Five-week outcomes from a dosing trial of therapeutic massage for chronic neck pain. Ann Fam Med 2014;12(2):112–120.',
    url: 'https://www.annfammed.org/content/12/2/112',
    grade: 'evidence',
  },
  S25: {
    id: 'S25',
    citation: 'Cook AJ, et al. Do additional massage treatments for chronic neck pain improve 12- and 26-week outcomes? (randomized trial). Spine J 2015;15(10):2206–2215.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/26096474/',
    doi: '10.1016/j.spinee.2015.06.049',
    pmid: '26096474',
    grade: 'evidence',
  },
  S26: {
    id: 'S26',
    citation: 'Sherman KJ, et al. Randomized trial of therapeutic massage for chronic neck pain. Clin J Pain 2009;25(3):233–238.',
    url: 'https://doi.org/10.1097/AJP.0b013e31818b7912',
    doi: '10.1097/AJP.0b013e31818b7912',
    grade: 'evidence',
  },
  S27: {
    id: 'S27',
    citation: 'Perlman AI, et al. Massage therapy for osteoarthritis of the knee: a randomized dose-finding trial. PLoS One 2012;7(2):e30248.',
    url: 'https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0030248',
    doi: '10.1371/journal.pone.0030248',
    pmid: '22347369',
    grade: 'evidence',
  },
  S28: {
    id: 'S28',
    citation: 'Moraska AF, et al. Myofascial trigger point-focused head and neck massage for recurrent tension-type headache: a randomized, placebo-controlled trial. Clin J Pain 2015;31(2):159–168.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/25329141/',
    doi: '10.1097/AJP.0000000000000091',
    pmid: '25329141',
    grade: 'evidence',
  },
  S29: {
    id: 'S29',
    citation: 'Shields G, Smith JM. Remedial massage for chronic tension-type headaches: a case series. Int J Ther Massage Bodywork (4 clients, uncontrolled: practice-level).',
    url: 'https://www.ijtmb.org/index.php/ijtmb/article/download/445/565?inline=1',
    grade: 'practice',
  },
  S30: {
    id: 'S30',
    citation: 'Elliott R, Burkett B. Massage therapy as an effective treatment for carpal tunnel syndrome. J Bodyw Mov Ther 2013;17(3):332–338 (uncontrolled, n=21: practice-level).',
    url: 'https://pubmed.ncbi.nlm.nih.gov/23768278/',
    doi: '10.1016/j.jbmt.2012.12.003',
    pmid: '23768278',
    grade: 'practice',
  },
  S31: {
    id: 'S31',
    citation: 'Kalichman L. Massage therapy for fibromyalgia symptoms. Rheumatol Int 2010 (narrative review).',
    url: 'https://doi.org/10.1007/s00296-010-1409-2',
    doi: '10.1007/s00296-010-1409-2',
    grade: 'evidence',
  },
  S32: {
    id: 'S32',
    citation: 'Macfarlane GJ, et al. EULAR revised recommendations for the management of fibromyalgia. Ann Rheum Dis 2017;76(2):318–328 (online 2016).',
    url: 'https://doi.org/10.1136/annrheumdis-2016-209724',
    doi: '10.1136/annrheumdis-2016-209724',
    grade: 'evidence',
  },
  S33: {
    id: 'S33',
    citation: 'Qaseem A, et al. Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the ACP. Ann Intern Med 2017;166(7):514–530.',
    url: 'https://www.acpjournals.org/doi/10.7326/M16-2367',
    doi: '10.7326/M16-2367',
    grade: 'evidence',
  },
  S34: {
    id: 'S34',
    citation: 'Côté P, et al. Management of neck pain and associated disorders: a clinical practice guideline from the OPTIMa Collaboration. Eur Spine J 2016;25(7):2000–2022.',
    url: 'https://doi.org/10.1007/s00586-016-4467-7',
    doi: '10.1007/s00586-016-4467-7',
    grade: 'evidence',
  },

  S36: {
    id: 'S36',
    citation: 'Varatharajan S, et al. Are non-invasive interventions effective for the management of headaches associated with neck pain? (OPTIMa). Eur Spine J 2016.',
    url: 'https://doi.org/10.1007/s00586-016-4376-9',
    doi: '10.1007/s00586-016-4376-9',
    grade: 'evidence',
  },
  S37: {
    id: 'S37',
    citation: 'Bervoets DC, et al. Massage therapy has short-term benefits for common musculoskeletal disorders compared to no treatment: a systematic review. J Physiother 2015;61(3):106–116.',
    url: 'https://doi.org/10.1016/j.jphys.2015.05.018',
    doi: '10.1016/j.jphys.2015.05.018',
    grade: 'evidence',
  },
  S38: {
    id: 'S38',
    citation: 'Farrar JT, et al. Clinical importance of changes in chronic pain intensity measured on an 11-point numerical pain rating scale. Pain 2001;94(2):149–158.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/11690728/',
    doi: '10.1016/S0304-3959(01)00349-9',
    pmid: '11690728',
    grade: 'evidence',
  },
  S39: {
    id: 'S39',
    citation: 'Ostelo RW, et al. Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change. Spine 2008;33(1):90–94 (DOI and PMID not yet verified).',
    grade: 'evidence',
  },
  S40: {
    id: 'S40',
    citation: 'Fritz JM, et al. Early physical therapy vs usual care in patients with recent-onset low back pain: a randomized clinical trial. JAMA 2015;314(14):1459–1467.',
    url: 'https://jamanetwork.com/journals/jama/fullarticle/2456165',
    doi: '10.1001/jama.2015.11648',
    pmid: '26461996',
    grade: 'evidence',
  },
  S41: {
    id: 'S41',
    citation: 'Kamper SJ, et al. How little pain and disability do patients with low back pain have to feel recovered? Eur Spine J 2010;19(9):1495–1501.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2989296',
    doi: '10.1007/s00586-010-1366-1',
    pmid: '20229120',
    grade: 'evidence',
  },




  S46: {
    id: 'S46',
    citation: 'HL7 FHIR R4, CarePlan resource',
    url: 'https://hl7.org/fhir/R4/careplan.html',
    grade: 'specification',
  },
  S47: {
    id: 'S47',
    citation: 'HL7 FHIR R4, Timing datatype (Timing.repeat)',
    url: 'https://hl7.org/fhir/R4/datatypes.html#Timing',
    grade: 'specification',
  },
  S48: {
    id: 'S48',
    citation: 'HL7 FHIR R4, PlanDefinition $apply operation',
    url: 'https://hl7.org/fhir/R4/plandefinition-operation-apply.html',
    grade: 'specification',
  },

  S50: {
    id: 'S50',
    citation: 'US FDA. Clinical Decision Support Software: guidance for industry and FDA staff (final, September 2022; 87 FR 58810).',
    url: 'https://www.fda.gov/medical-devices/software-medical-device-samd/clinical-decision-support-software-frequently-asked-questions-faqs',
    grade: 'specification',
  },
  S51: {
    id: 'S51',
    citation: 'Clinic software documentation on plans of care (Jane, MassageBook, ClinicSense, Noterro, WebPT and others): practice-level',
    url: 'https://jane.app/guide/how-to-book-a-treatment-add-on',
    grade: 'practice',
  },
  S52: {
    id: 'S52',
    citation: 'Open-source health software pull requests, READMEs and issues on treatment plans: practice-level',
    url: 'https://github.com/frappe/erpnext_documentation/pull/20',
    grade: 'practice',
  },
  S53: {
    id: 'S53',
    citation: 'Massage frequency and tapering: clinic pages, a practitioner blog and the Louisiana workers-compensation spine guideline: practice-level, no trial',
    url: 'https://www.yourhealthwellnesscentre.com/what-is-piriformis-syndrome/',
    grade: 'practice',
  },
  S54: {
    id: 'S54',
    citation: 'Werner R. Temporomandibular joint disorders. Massage & Bodywork, Jan/Feb 2019 (trade article): practice-level',
    url: 'http://www.massageandbodyworkdigital.com/i/1060121-january-february-2019/41',
    grade: 'practice',
  },
  S55: {
    id: 'S55',
    citation: 'Rattray F, Ludwig L. Sciatica and piriformis, Massage Therapy Canada (trade article): practice-level',
    url: 'https://www.massagetherapycanada.com/technique/more-than-a-pain-in-the-buttocks-1485',
    grade: 'practice',
  },



  'MP-DEFAULT': {
    id: 'MP-DEFAULT',
    citation: 'massage-plan catalogue default: a configurable practice default with no published evidence behind it',
    grade: 'practice',
  },
  'CMS-ICD10': {
    id: 'CMS-ICD10',
    citation: 'CMS, ICD-10-CM tabular list of diseases and injuries (code set; updated each fiscal year)',
    url: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes',
    grade: 'specification',
  },
  'FINUCANE-2020': {
    id: 'FINUCANE-2020',
    citation: 'Finucane LM, et al. International framework for red flags for potential serious spinal pathologies. J Orthop Sports Phys Ther 2020;50(7):350–372.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/32438853/',
    doi: '10.2519/jospt.2020.9971',
    pmid: '32438853',
    grade: 'evidence',
  },
  'ACOG-804': {
    id: 'ACOG-804',
    citation: 'ACOG Committee Opinion No. 804: Physical Activity and Exercise During Pregnancy and the Postpartum Period. Obstet Gynecol 2020 (expert consensus; advises against prolonged supine positions after the first trimester, per secondary summaries).',
    url: 'https://doi.org/10.1097/AOG.0000000000003772',
    doi: '10.1097/AOG.0000000000003772',
    grade: 'evidence',
  },
  'WERNER-PATHOLOGY': {
    id: 'WERNER-PATHOLOGY',
    citation: 'Werner R. A Massage Therapist\'s Guide to Pathology: Critical Thinking and Practical Application, 7th ed. (textbook: practice-level)',
    grade: 'practice',
  },
  'WALTON-MEDICAL': {
    id: 'WALTON-MEDICAL',
    citation: 'Walton T. Medical Conditions and Massage Therapy: A Decision Tree Approach. Lippincott Williams & Wilkins (textbook: practice-level)',
    url: 'https://www.tracywalton.com/medical-conditions-and-massage-therapy/reference-for-mts.html',
    grade: 'practice',
  },
  'DUBOIS-2020': {
    id: 'DUBOIS-2020',
    citation: 'Dubois B, Esculier JF. Soft-tissue injuries simply need PEACE and LOVE. Br J Sports Med 2020;54(2):72–73 (editorial: expert opinion).',
    url: 'https://bjsm.bmj.com/content/54/2/72',
    doi: '10.1136/bjsports-2019-101253',
    grade: 'evidence',
  },
  'NICE-NG59': {
    id: 'NICE-NG59',
    citation: 'NICE guideline NG59. Low back pain and sciatica in over 16s: assessment and management (rec. 1.2.7: manual therapy only within a treatment package including exercise).',
    url: 'https://www.nice.org.uk/guidance/ng59',
    grade: 'evidence',
  },
  'OARSI-2019': {
    id: 'OARSI-2019',
    citation: 'Bannuru RR, et al. OARSI guidelines for the non-surgical management of knee, hip, and polyarticular osteoarthritis. Osteoarthritis Cartilage 2019;27(11):1578–1589.',
    url: 'https://doi.org/10.1016/j.joca.2019.06.011',
    doi: '10.1016/j.joca.2019.06.011',
    grade: 'evidence',
  },
  'YUAN-2015': {
    id: 'YUAN-2015',
    citation: 'Yuan SLK, et al. Effectiveness of different styles of massage therapy in fibromyalgia: a systematic review and meta-analysis. Man Ther 2015;20(2):257–264.',
    url: 'https://doi.org/10.1016/j.math.2014.09.003',
    doi: '10.1016/j.math.2014.09.003',
    grade: 'evidence',
  },
  'LI-2014': {
    id: 'LI-2014',
    citation: 'Li YH, et al. Massage therapy for fibromyalgia: a systematic review and meta-analysis of randomized controlled trials. PLoS One 2014;9(2):e89304.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/24586677/',
    doi: '10.1371/journal.pone.0089304',
    pmid: '24586677',
    grade: 'evidence',
  },
  'FIELD-2004': {
    id: 'FIELD-2004',
    citation: 'Field T, et al. Carpal tunnel syndrome symptoms are lessened following massage therapy. J Bodyw Mov Ther 2004;8(1):9–14.',
    url: 'https://doi.org/10.1016/S1360-8592(03)00064-0',
    doi: '10.1016/S1360-8592(03)00064-0',
    grade: 'evidence',
  },
  'PERLMAN-2019': {
    id: 'PERLMAN-2019',
    citation: 'Perlman A, et al. Efficacy and safety of massage for osteoarthritis of the knee: a randomized clinical trial. J Gen Intern Med 2019;34(3):379–386.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6420526',
    doi: '10.1007/s11606-018-4763-5',
    pmid: '30543021',
    grade: 'evidence',
  },
  'ERICKSON-2019': {
    id: 'ERICKSON-2019',
    citation: 'Erickson M, et al. Hand pain and sensory deficits: carpal tunnel syndrome. Clinical practice guidelines. J Orthop Sports Phys Ther 2019;49(5):CPG1–CPG85.',
    url: 'https://doi.org/10.2519/jospt.2019.0301',
    doi: '10.2519/jospt.2019.0301',
    grade: 'evidence',
  },
  'RUSHTON-2023': {
    id: 'RUSHTON-2023',
    citation: 'Rushton A, et al. International IFOMPT Cervical Framework: examination for vascular pathologies of the neck. J Orthop Sports Phys Ther 2023;53(1):7–22.',
    url: 'https://doi.org/10.2519/jospt.2022.11147',
    doi: '10.2519/jospt.2022.11147',
    grade: 'evidence',
  },
  'MUELLER-2021': {
    id: 'MUELLER-2021',
    citation: 'Mueller SM, Grunwald M. Effects, side effects and contraindications of relaxation massage during pregnancy: a systematic review of randomized controlled trials. J Clin Med 2021;10(16):3485.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8396946',
    doi: '10.3390/jcm10163485',
    grade: 'evidence',
  },
  'ISL-2016': {
    id: 'ISL-2016',
    citation: 'International Society of Lymphology. The diagnosis and treatment of peripheral lymphedema: 2016 consensus document. Lymphology 2016;49:170–184 (expert consensus).',
    url: 'https://journals.viamedica.pl/acta_angiologica/article/view/56686',
    grade: 'evidence',
  },
  'CMS-100-04': {
    id: 'CMS-100-04',
    citation: 'CMS. Medicare Claims Processing Manual, Pub. 100-04, ch. 5, §20.2: timed 15-minute codes (8-minute rule).',
    url: 'https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/Downloads/clm104c05.pdf',
    grade: 'specification',
  },
  'CMS-100-02': {
    id: 'CMS-100-02',
    citation: 'CMS. Medicare Benefit Policy Manual, Pub. 100-02, ch. 15, §220: outpatient therapy plan of care and its certification.',
    url: 'https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/Downloads/bp102c15.pdf',
    grade: 'specification',
  },
  'AMA-CPT': {
    id: 'AMA-CPT',
    citation: 'American Medical Association, CPT code set: 97124 massage and 97140 manual therapy techniques, each 15 minutes.',
    grade: 'specification',
  },
} as const satisfies Readonly<Record<string, Source>>;

/** Id of a source in the built-in catalogue. */
export type SourceId = keyof typeof sources;
