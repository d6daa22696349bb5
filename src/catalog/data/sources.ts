import type { Source } from '../CatalogSchema.js';

/**
 * Every source the built-in catalogue cites, with its grade.
 *
 * S1..S57 are the sources of the clinical reference; `MP-DEFAULT` marks a
 * catalogue default with no published evidence, and `CMS-ICD10` the
 * ICD-10-CM tabular list.
 *
 * Grades follow the reference's marks: `evidence` for trials, reviews,
 * guidelines and official specifications; `practice` for exam prep, clinic or
 * vendor pages, textbook excerpts, trade articles and AI Q&A pages (a
 * configurable default, never a claim of evidence); `unverified` where the
 * reference marks the source [?] or the source is an unvetted copy.
 */
export const sources = {
  S1: {
    id: 'S1',
    citation: 'Open Exam Prep, MBLEx "Contraindications & Medications" (exam prep, Feb 2026)',
    url: 'https://open-exam-prep.com/exams/mblex/pathology-contraindications/contraindications-medications',
    grade: 'practice',
  },
  S2: {
    id: 'S2',
    citation: 'Ascension SelfCare, "Know when to say no to massage" (clinic page)',
    url: 'https://ascensionselfcare.com/know-when-to-say-no-to-massage/',
    grade: 'practice',
  },
  S3: {
    id: 'S3',
    citation: 'Dr. Oracle (AI-generated Q&A page), "Contraindications to massage therapy"',
    url: 'https://www.droracle.ai/articles/202521/what-are-the-contraindications-to-massage-therapy',
    grade: 'practice',
  },
  S4: {
    id: 'S4',
    citation: 'Spencer Massage, "Risks of massage" (clinic page; same list on livih.com)',
    url: 'https://spencermassage.com/risks-of-massage',
    grade: 'practice',
  },
  S5: {
    id: 'S5',
    citation: '222health contraindication list (web page)',
    url: 'https://222health.com/alternative-medicine/aromatherapy/187414.html',
    grade: 'practice',
  },
  S6: {
    id: 'S6',
    citation: 'Michigan State University Cancer Pain site, "Cautions for massage" (educational page)',
    url: 'http://commtechlab.msu.edu/sites/cancerpain/TreatmentForest/T340.html',
    grade: 'practice',
  },
  S7: {
    id: 'S7',
    citation:
      'Walton, Medical Conditions and Massage Therapy: A Decision Tree Approach (LWW), textbook excerpt; Walton, "Chemotherapy and Massage", ABMP',
    url: 'https://pubhtml5.com/ylgr/lhcc/basic/401-445',
    grade: 'practice',
  },
  S8: {
    id: 'S8',
    citation: 'Walton pressure scale for oncology massage, as described by Nordic House Spa and Massage Magazine',
    url: 'https://www.nordichousespa.com/post/pressure-in-oncology-massage',
    grade: 'practice',
  },
  S9: {
    id: 'S9',
    citation: "Lymphedema Therapy Source (clinic pages citing Földi's textbook)",
    url: 'https://ltstherapy.com/?p=150',
    grade: 'practice',
  },
  S10: {
    id: 'S10',
    citation: 'Middle Georgia Medical Massage, manual lymphatic drainage contraindications (clinic page)',
    url: 'https://middlegeorgiamedicalmassage.com/manual-lymphatic-drainage-contraindications',
    grade: 'practice',
  },
  S11: {
    id: 'S11',
    citation: 'Osteoporosis and massage: Salon Compass, Massage Therapy Mastery, and Werner (ABMP article)',
    url: 'https://www.salon-compass.com/contraindications/is-massage-contraindicated-for-osteoporosis/',
    grade: 'practice',
  },
  S12: {
    id: 'S12',
    citation:
      'Pregnancy massage: Mueller & Grunwald 2021, J Clin Med (review), with practice pages (Ginkgo Tree, Thai Massage Therapists, Biology Insights, Firm Relieve Massage); graded practice because the reference marks it [P] for complications',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8396946',
    grade: 'practice',
  },
  S13: {
    id: 'S13',
    citation: 'No HARM / RICER acute injury advice (Topend Sports, Thermoskin, Utah Orthopedic Centers, JHB Physio)',
    url: 'https://ipv6.topendsports.com/medicine/treatment/no-harm.htm',
    grade: 'practice',
  },
  S14: {
    id: 'S14',
    citation: 'Post-operative massage practice pages (lymphatic drainage and scar massage stages; clinic pages)',
    url: 'https://www.findhealthclinics.com/US/Brownsville/100293545148365/By-Lara',
    grade: 'practice',
  },
  S15: {
    id: 'S15',
    citation: 'AHCPR clinical practice guideline "Acute Low Back Problems in Adults", red-flag table',
    url: 'http://www.ncbi.nlm.nih.gov/books/NBK52120/table/A34364/',
    grade: 'evidence',
  },
  S16: {
    id: 'S16',
    citation: 'Low back pain neurosurgical red flags (physiotherapy blog and Q&A pages)',
    url: 'https://www.getfitwithphysios.com/2026/03/red-flags-in-low-back-pain-identifying.html',
    grade: 'practice',
  },
  S17: {
    id: 'S17',
    citation: 'CMAJ 2023, modified SNOOP4 headache red-flag table; Mayo SNOOP4',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9888545/table/t1-195e153',
    grade: 'evidence',
  },
  S18: {
    id: 'S18',
    citation: 'Do et al., "Red and orange flags for secondary headaches in clinical practice" (SNNOOP10), Neurology 2019',
    url: 'https://www.scribd.com/document/608989713/Red-and-orange-flags-for-secondary-headaches-in-clinical-practice',
    grade: 'evidence',
  },
  S19: {
    id: 'S19',
    citation: 'CCGI Neck Pain Care Pathway, red flags',
    url: 'https://ccgi-research.com/neck-pain-care-pathway-red-flags',
    grade: 'evidence',
  },
  S20: {
    id: 'S20',
    citation: "The 5 D's and 3 N's of cervical arterial dysfunction (web guide)",
    url: 'https://unanswered.io/guide/what-are-the-5-ds-cervical-red-flags-neck-pain',
    grade: 'practice',
  },
  S21: {
    id: 'S21',
    citation: 'Feller et al. 2024, Archives of Physiotherapy: red flags for neck pain across clinical guidelines',
    url: 'https://journals.aboutscience.eu/index.php/aop/article/download/3245/3817?inline=1',
    grade: 'evidence',
  },
  S22: {
    id: 'S22',
    citation: 'Physiopedia, IFOMPT cervical framework, section 3: patient history',
    url: 'https://www.physio-pedia.com/Section_3:_Patient_history',
    grade: 'practice',
  },
  S23: {
    id: 'S23',
    citation:
      'Cherkin et al. 2011, Ann Intern Med: a comparison of the effects of 2 types of massage and usual care for chronic low back pain (randomized trial)',
    url: 'https://ohsu.elsevierpure.com/en/publications/a-comparison-of-the-effects-of-2-types-of-massage-and-usual-care--2',
    grade: 'evidence',
  },
  S24: {
    id: 'S24',
    citation: 'Sherman et al. 2014, Ann Fam Med: dose-finding randomized trial of massage for chronic neck pain',
    url: 'https://www.annfammed.org/content/12/2/112.full',
    grade: 'evidence',
  },
  S25: {
    id: 'S25',
    citation: 'Cook et al. 2015, Spine J: booster massage dose for chronic neck pain (randomized trial)',
    url: 'https://www.clinicalpainadvisor.com/home/topics/back-spine-pain/neck-pain/booster-massage-dose-could-be-helpful-in-chronic-neck-pain/',
    grade: 'evidence',
  },
  S26: {
    id: 'S26',
    citation: 'Sherman et al. 2009, Clin J Pain: randomized trial of therapeutic massage for chronic neck pain',
    url: 'https://www.scribd.com/document/466036909/Randomized-Trial-of-Therapeutic-Massage-for-Chronic-Neck-Pain-LIDO-OK-pdf',
    grade: 'evidence',
  },
  S27: {
    id: 'S27',
    citation:
      'Perlman et al. 2012, PLoS One (dose-finding trial of massage for knee osteoarthritis); Perlman et al. 2019, J Gen Intern Med',
    url: 'https://journals.plos.org/plosone/article?id=10.1371%2Fjournal.pone.0030248',
    grade: 'evidence',
  },
  S28: {
    id: 'S28',
    citation:
      'Moraska et al. 2015, Clin J Pain: myofascial trigger-point-focused head and neck massage for recurrent tension-type headache; Moraska & Chandler 2008 pilot',
    url: 'https://journals.lww.com/clinicalpain/Abstract/2015/02000/Myofascial_Trigger_Point_focused_Head_and_Neck.10.aspx',
    grade: 'evidence',
  },
  S29: {
    id: 'S29',
    citation: 'Shields & Smith, Int J Ther Massage Bodywork: chronic tension-type headache case series',
    url: 'https://www.ijtmb.org/index.php/ijtmb/article/download/445/565?inline=1',
    grade: 'evidence',
  },
  S30: {
    id: 'S30',
    citation:
      'Elliott & Burkett 2013, J Bodyw Mov Ther (massage and trigger-point therapy for carpal tunnel syndrome); Field et al. 2004, J Bodyw Mov Ther',
    url: 'https://ja.scribd.com/document/416932442/elliott2013-pdf',
    grade: 'evidence',
  },
  S31: {
    id: 'S31',
    citation:
      'Massage for fibromyalgia: Kalichman 2010, Rheumatol Int; Li et al. 2014, PLoS One; Yuan et al. 2015, Man Ther (systematic reviews and meta-analyses)',
    url: 'https://cris.bgu.ac.il/en/publications/massage-therapy-for-fibromyalgia-symptoms-2',
    grade: 'evidence',
  },
  S32: {
    id: 'S32',
    citation: 'EULAR revised recommendations for the management of fibromyalgia, Ann Rheum Dis 2016',
    url: 'http://ard.bmj.com/content/early/2016/07/04/annrheumdis-2016-209724.full',
    grade: 'evidence',
  },
  S33: {
    id: 'S33',
    citation: 'American College of Physicians 2017 guideline: noninvasive treatments for acute, subacute and chronic low back pain',
    url: 'https://www.guidelinecentral.com/guideline/13349/',
    grade: 'evidence',
  },
  S34: {
    id: 'S34',
    citation: 'OPTIMa 2016 guideline: management of neck pain and associated disorders',
    url: 'https://medluna.com/article/26984876',
    grade: 'evidence',
  },
  S35: {
    id: 'S35',
    citation: 'Bussières et al. 2016, J Manipulative Physiol Ther: treatment of neck pain-associated disorders (guideline; summaries)',
    url: 'https://healthdb-six.vercel.app/study/27836071',
    grade: 'evidence',
  },
  S36: {
    id: 'S36',
    citation: 'Varatharajan et al. 2016, Eur Spine J: management of headaches associated with neck pain (OPTIMa)',
    url: 'http://oadoi.org/10.1007/s00586-016-4376-9',
    grade: 'evidence',
  },
  S37: {
    id: 'S37',
    citation: 'Bervoets et al. 2015, J Physiother: massage therapy for musculoskeletal pain (systematic review)',
    url: 'https://www.healthrising.org/forums/threads/study-suggest-massage-is-helpful-in-chronic-pain-but-not-longlasting.2678/',
    grade: 'evidence',
  },
  S38: {
    id: 'S38',
    citation:
      'Pain NRS minimal clinically important change: Farrar et al. 2001, Pain 94:149; Salaffi et al. 2004, Eur J Pain; Suzuki et al. 2020, PLoS One',
    url: 'https://fr.scribd.com/document/264664379/PAIN',
    grade: 'evidence',
  },
  S39: {
    id: 'S39',
    citation: 'Ostelo et al. 2008, Spine: interpreting change scores for pain and functional status in low back pain',
    url: 'https://metajournal.com/articles/201999/interpreting-change-scores-pain-functional-status-low-back-pain-towards',
    grade: 'evidence',
  },
  S40: {
    id: 'S40',
    citation: 'Fritz et al. 2015, JAMA: early physical therapy versus usual care for acute low back pain (randomized trial)',
    url: 'https://jamanetwork.com/journals/jama/fullarticle/2456165',
    grade: 'evidence',
  },
  S41: {
    id: 'S41',
    citation: 'Kamper et al. 2010, Eur Spine J',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2989296',
    grade: 'evidence',
  },
  S42: {
    id: 'S42',
    citation:
      'CPT 97124 (massage) and 97140 (manual therapy): trade and billing articles (Madison-Mahoney 2011, Massage Today; Chiropractic Economics; others)',
    url: 'http://www.massagetoday.com/mpacms/mt/article.php?id=14416',
    grade: 'practice',
  },
  S43: {
    id: 'S43',
    citation: 'The 8-minute rule for timed CPT codes: billing guides (productivitycalc, AOTA timed codes page, others)',
    url: 'https://productivitycalc.com/cpt-helper.html',
    grade: 'practice',
  },
  S44: {
    id: 'S44',
    citation:
      'Medicare outpatient therapy plan of care and progress reports (Medicare Benefit Policy Manual ch. 15 §220.1.3, as quoted by Novitas and vendor guides)',
    url: 'https://optimispt.com/blog/when-to-use-a-progress-report-vs-a-plan-of-care-when-treating-medicare-patients',
    grade: 'evidence',
  },
  S45: {
    id: 'S45',
    citation: 'Prescribing medical massage, medical necessity and coverage (clinic pages, AMTA, LifeWise policy 8.03.502)',
    url: 'http://mysarasotalmt.com/how-to-prescribe-medical-massage-a-guide-for-physicians/',
    grade: 'practice',
  },
  S46: {
    id: 'S46',
    citation: 'HL7 FHIR R4 CarePlan resource specification',
    url: 'https://hl7.org/fhir/r4/careplan.shex.html',
    grade: 'evidence',
  },
  S47: {
    id: 'S47',
    citation: 'HL7 FHIR R4 Timing.repeat datatype (as documented by fhir_models, fhir-types and QI-Core)',
    url: 'https://www.rubydoc.info/gems/fhir_models/FHIR/R4B/Timing/Repeat',
    grade: 'evidence',
  },
  S48: {
    id: 'S48',
    citation: 'HL7 FHIR PlanDefinition $apply operation (specification; cqf-ruler wiki)',
    url: 'https://github.com/cqframework/cqf-ruler/wiki/PlanDefinition-$apply-Operation',
    grade: 'evidence',
  },
  S49: {
    id: 'S49',
    citation:
      'ICD-10-CM code tables copied in public repositories (a FHIR ValueSet with G56.0x and code catalogues); unvetted copies, verify against the CMS list',
    grade: 'unverified',
  },
  S50: {
    id: 'S50',
    citation: 'US FDA, Clinical Decision Support Software: final guidance (Federal Register 2022-20993, Sept 2022)',
    url: 'https://regulations.justia.com/regulations/fedreg/2022/09/28/2022-20993.html',
    grade: 'evidence',
  },
  S51: {
    id: 'S51',
    citation:
      'Clinic software documentation on treatment plans and plans of care (Jane, MassageBook, ClinicSense, Noterro, WebPT, Agile EMR and others)',
    url: 'https://nychomerehab.com/jane-app-for-patients',
    grade: 'practice',
  },
  S52: {
    id: 'S52',
    citation: 'Open-source health software pull requests, READMEs and issues about treatment plans (ERPNext, Marley, CARE and others)',
    url: 'https://github.com/frappe/erpnext_documentation/pull/20',
    grade: 'practice',
  },
  S53: {
    id: 'S53',
    citation:
      'Massage frequency, tapering and cessation: clinic pages and blogs, NY workers-compensation FAQ, Louisiana workers-compensation spine guideline §I-2021',
    url: 'https://www.yourhealthwellnesscentre.com/what-is-piriformis-syndrome/',
    grade: 'practice',
  },
  S54: {
    id: 'S54',
    citation: 'TMJ massage: Werner, Massage & Bodywork Jan/Feb 2019; RW Massage clinic page; Delany (neuromuscular therapy), masseter article',
    url: 'http://www.massageandbodyworkdigital.com/i/1060121-january-february-2019/41',
    grade: 'practice',
  },
  S55: {
    id: 'S55',
    citation: 'Sciatica and piriformis massage: Rattray & Ludwig (Massage Therapy Canada); Massage Pathology Chronicles',
    url: 'https://www.massagetherapycanada.com/technique/more-than-a-pain-in-the-buttocks-1485',
    grade: 'practice',
  },
  S56: {
    id: 'S56',
    citation:
      'Carpal tunnel syndrome and massage: Massage Passport blog; Dinarvand et al. 2017, Anesth Pain Med. Marked [?] (not verified) in the clinical reference',
    url: 'https://massagepassport.wordpress.com/2020/05/13/massage-carpal-tunnel/',
    grade: 'unverified',
  },
  S57: {
    id: 'S57',
    citation: 'Fibromyalgia: diagnosis and management in general practice, Medicine Today, August 2018 (review article)',
    url: 'https://medicinetoday.com.au/2018/august/feature-article/fibromyalgia-diagnosis-and-management-general-practice',
    grade: 'evidence',
  },
  'MP-DEFAULT': {
    id: 'MP-DEFAULT',
    citation: 'massage-plan catalogue default: a configurable practice default with no published evidence behind it',
    grade: 'practice',
  },
  'CMS-ICD10': {
    id: 'CMS-ICD10',
    citation: 'ICD-10-CM tabular list (CMS), codes as listed in clinical reference §7',
    url: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes',
    grade: 'evidence',
  },
  'NICE-NG59': {
    id: 'NICE-NG59',
    citation: 'NICE guideline NG59: Low back pain and sciatica in over 16s: assessment and management (2016, updated 2020); exercise first, manual therapy only within a package that includes exercise (rec. 1.2.7)',
    url: 'https://www.nice.org.uk/guidance/ng59',
    grade: 'evidence',
  },
  'OARSI-2019': {
    id: 'OARSI-2019',
    citation: 'Bannuru et al. 2019, OARSI guidelines for the non-surgical management of knee, hip, and polyarticular osteoarthritis, Osteoarthritis Cartilage 27(11):1578–1589, doi:10.1016/j.joca.2019.06.011 (exercise is core treatment)',
    url: 'https://doi.org/10.1016/j.joca.2019.06.011',
    grade: 'evidence',
  },
  'CMS-100-04': {
    id: 'CMS-100-04',
    citation: 'Medicare Claims Processing Manual (CMS Pub. 100-04), chapter 5, §20.2: reporting of service units for timed codes (the 8-minute rule over the total timed minutes, units assigned to codes by minutes)',
    url: 'https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/Downloads/clm104c05.pdf',
    grade: 'evidence',
  },
  'CMS-100-02': {
    id: 'CMS-100-02',
    citation: 'Medicare Benefit Policy Manual (CMS Pub. 100-02), chapter 15, §220: outpatient therapy plan of care (diagnoses, long-term goals, type, amount, frequency, duration) and progress reports',
    url: 'https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/Downloads/bp102c15.pdf',
    grade: 'evidence',
  },
  'DUBOIS-2020': {
    id: 'DUBOIS-2020',
    citation: 'Dubois & Esculier 2020, Soft-tissue injuries simply need PEACE and LOVE, Br J Sports Med 54(2):72–73, doi:10.1136/bjsports-2019-101253',
    url: 'https://doi.org/10.1136/bjsports-2019-101253',
    grade: 'evidence',
  },
  'WERNER-PATHOLOGY': {
    id: 'WERNER-PATHOLOGY',
    citation: "Werner R. A Massage Therapist's Guide to Pathology: Critical Thinking and Practical Application, 7th ed. (textbook: practice-level)",
    grade: 'practice',
  },
  'FINUCANE-2020': {
    id: 'FINUCANE-2020',
    citation: 'Finucane et al. 2020, International framework for red flags for potential serious spinal pathologies, J Orthop Sports Phys Ther 50(7):350–372, doi:10.2519/jospt.2020.9971, PMID 32438853',
    url: 'https://doi.org/10.2519/jospt.2020.9971',
    grade: 'evidence',
  },
} as const satisfies Readonly<Record<string, Source>>;

/** Id of a source in the built-in catalogue. */
export type SourceId = keyof typeof sources;
