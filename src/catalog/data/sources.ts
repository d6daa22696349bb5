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
  // REMOVE AFTER REMAP
  S1: {
    id: 'S1',
    citation:
      'Open Exam Prep, MBLEx "Contraindications & Medications" (exam-prep page). Replaced by WERNER-PATHOLOGY, the standard pathology text for massage therapists.',
    url: 'https://open-exam-prep.com/exams/mblex/pathology-contraindications/contraindications-medications',
    grade: 'practice',
  },
  // REMOVE AFTER REMAP
  S2: {
    id: 'S2',
    citation:
      'Ascension SelfCare, "Know when to say no to massage" (clinic page). Replaced by WERNER-PATHOLOGY, the standard pathology text for massage therapists.',
    url: 'https://ascensionselfcare.com/know-when-to-say-no-to-massage/',
    grade: 'practice',
  },
  // REMOVE AFTER REMAP
  S3: {
    id: 'S3',
    citation:
      'Contraindications to massage therapy, formerly cited from an AI-generated question-and-answer page (no longer linked). Replaced by WERNER-PATHOLOGY.',
    grade: 'practice',
  },
  // REMOVE AFTER REMAP
  S4: {
    id: 'S4',
    citation: 'Spencer Massage, "Risks of massage" (clinic page). Replaced by WERNER-PATHOLOGY.',
    url: 'https://spencermassage.com/risks-of-massage',
    grade: 'practice',
  },
  // REMOVE AFTER REMAP
  S5: {
    id: 'S5',
    citation:
      'Contraindication list formerly cited from a content-aggregator page (no longer linked). Replaced by WERNER-PATHOLOGY; the platelet cut-off stays a catalogue default (MP-DEFAULT).',
    grade: 'practice',
  },
  // REMOVE AFTER REMAP
  S6: {
    id: 'S6',
    citation:
      'Michigan State University Cancer Pain site, "Cautions for massage" (educational page). Replaced by WALTON-MEDICAL, the standard text on massage with medical conditions and cancer treatment.',
    url: 'http://commtechlab.msu.edu/sites/cancerpain/TreatmentForest/T340.html',
    grade: 'practice',
  },
  // REMOVE AFTER REMAP
  S7: {
    id: 'S7',
    citation:
      'Walton, Medical Conditions and Massage Therapy: A Decision Tree Approach, formerly linked to an unauthorised online copy (no longer linked). Replaced by WALTON-MEDICAL, the same book.',
    grade: 'practice',
  },
  // REMOVE AFTER REMAP
  S8: {
    id: 'S8',
    citation:
      'Walton pressure scale for massage with medical conditions, as described by a spa blog and a trade magazine (no longer linked). Replaced by WALTON-MEDICAL, where the scale is published.',
    grade: 'practice',
  },
  S9: {
    id: 'S9',
    citation:
      "Lymphedema Therapy Source, clinic pages on lymphatic drainage and its contraindications, citing Földi's textbook of lymphology (clinic page, practice-level). For lymphedema care itself see ISL-2016.",
    url: 'https://ltstherapy.com/?p=150',
    grade: 'practice',
  },
  S10: {
    id: 'S10',
    citation: 'Middle Georgia Medical Massage, manual lymphatic drainage contraindications (clinic page, practice-level)',
    url: 'https://middlegeorgiamedicalmassage.com/manual-lymphatic-drainage-contraindications',
    grade: 'practice',
  },
  // REMOVE AFTER REMAP
  S11: {
    id: 'S11',
    citation:
      'Osteoporosis and massage, formerly cited from a salon directory, a study-guide site and a trade article by Werner (no longer linked). Replaced by WERNER-PATHOLOGY.',
    grade: 'practice',
  },
  // REMOVE AFTER REMAP
  S12: {
    id: 'S12',
    citation:
      'Pregnancy massage: Mueller & Grunwald 2021 with clinic and content-farm pages (no longer linked). Replaced by MUELLER-2021 (the review), ACOG-804 (supine position) and WERNER-PATHOLOGY (practice-level pregnancy precautions).',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8396946',
    grade: 'practice',
  },
  S13: {
    id: 'S13',
    citation:
      'No HARM advice for the first 72 hours after an acute soft-tissue injury (no heat, alcohol, running or massage), as taught in sports first aid: Topend Sports and physiotherapy clinic pages (practice-level). For the whole course of care see DUBOIS-2020.',
    url: 'https://ipv6.topendsports.com/medicine/treatment/no-harm.htm',
    grade: 'practice',
  },
  S14: {
    id: 'S14',
    citation:
      'Post-operative lymphatic drainage and scar massage by stage of recovery: clinic pages (Hamilton Body Therapy and others), practice-level',
    url: 'https://www.hamiltonbodytherapy.co.nz/post/lymphatic-drainage-scar-massage-stages-of-your-surgical-recovery',
    grade: 'practice',
  },
  S15: {
    id: 'S15',
    citation:
      'Agency for Health Care Policy and Research, clinical practice guideline "Acute Low Back Problems in Adults" (1994), red-flag table (NCBI Bookshelf)',
    url: 'http://www.ncbi.nlm.nih.gov/books/NBK52120/table/A34364/',
    grade: 'evidence',
  },
  // REMOVE AFTER REMAP
  S16: {
    id: 'S16',
    citation:
      'Low back pain red flags, formerly cited from a physiotherapy blog and AI-generated pages (no longer linked). Replaced by FINUCANE-2020, the international red-flag framework.',
    grade: 'practice',
  },
  S17: {
    id: 'S17',
    citation: 'CMAJ 2023, modified SNOOP4 headache red-flag table (PubMed Central)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9888545/table/t1-195e153',
    grade: 'evidence',
  },
  S18: {
    id: 'S18',
    citation:
      'Do TP, Remmers A, Schytz HW, et al. Red and orange flags for secondary headaches in clinical practice: SNNOOP10 list. Neurology 2019;92(3):134–144 (review).',
    url: 'https://doi.org/10.1212/WNL.0000000000006697',
    doi: '10.1212/WNL.0000000000006697',
    grade: 'evidence',
  },
  S19: {
    id: 'S19',
    citation: 'Canadian Chiropractic Guideline Initiative (CCGI), Neck Pain Care Pathway: red flags (guideline organisation page)',
    url: 'https://ccgi-research.com/neck-pain-care-pathway-red-flags',
    grade: 'evidence',
  },
  // REMOVE AFTER REMAP
  S20: {
    id: 'S20',
    citation:
      "The 5 D's and 3 N's of cervical arterial dysfunction, formerly cited from an AI-generated guide (no longer linked). Replaced by RUSHTON-2023, the IFOMPT cervical framework.",
    grade: 'practice',
  },
  S21: {
    id: 'S21',
    citation:
      'Feller D, Chiarotto A, Koes B, Maselli F, Mourad F. Red flags for potential serious pathologies in people with neck pain: a systematic review of clinical practice guidelines. Arch Physiother 2024;14:105–115 (median Fleiss kappa 0 across 29 guidelines).',
    url: 'https://journals.aboutscience.eu/index.php/aop/article/view/3245',
    doi: '10.33393/aop.2024.3245',
    grade: 'evidence',
  },
  // REMOVE AFTER REMAP
  S22: {
    id: 'S22',
    citation:
      'IFOMPT cervical framework, patient history, formerly cited from a wiki summary (no longer linked). Replaced by RUSHTON-2023, the published framework.',
    grade: 'practice',
  },
  S23: {
    id: 'S23',
    citation:
      'Cherkin DC, Sherman KJ, Kahn J, et al. A comparison of the effects of 2 types of massage and usual care on chronic low back pain: a randomized, controlled trial. Ann Intern Med 2011;155(1):1–9 (n=401; RDQ 2.5–2.9 points better than usual care at 10 weeks).',
    url: 'https://pubmed.ncbi.nlm.nih.gov/21727288/',
    doi: '10.7326/0003-4819-155-1-201107050-00002',
    pmid: '21727288',
    grade: 'evidence',
  },
  S24: {
    id: 'S24',
    citation:
      'Sherman KJ, Cook AJ, Wellman RD, et al. Five-week outcomes from a dosing trial of therapeutic massage for chronic neck pain. Ann Fam Med 2014;12(2):112–120 (randomized dose-finding trial, n=228).',
    url: 'https://www.annfammed.org/content/12/2/112',
    grade: 'evidence',
  },
  S25: {
    id: 'S25',
    citation:
      'Cook AJ, Wellman RD, Cherkin DC, Kahn JR, Sherman KJ. Randomized clinical trial assessing whether additional massage treatments for chronic neck pain improve 12- and 26-week outcomes. Spine J 2015;15(10):2206–2215.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/26096474/',
    doi: '10.1016/j.spinee.2015.06.049',
    pmid: '26096474',
    grade: 'evidence',
  },
  S26: {
    id: 'S26',
    citation:
      'Sherman KJ, Cherkin DC, Hawkes RJ, Miglioretti DL, Deyo RA. Randomized trial of therapeutic massage for chronic neck pain. Clin J Pain 2009;25(3):233–238 (n=64).',
    url: 'https://doi.org/10.1097/AJP.0b013e31818b7912',
    doi: '10.1097/AJP.0b013e31818b7912',
    grade: 'evidence',
  },
  S27: {
    id: 'S27',
    citation:
      'Perlman AI, Ali A, Njike VY, et al. Massage therapy for osteoarthritis of the knee: a randomized dose-finding trial. PLoS One 2012;7(2):e30248 (n=125; 60 minutes weekly judged optimal).',
    url: 'https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0030248',
    doi: '10.1371/journal.pone.0030248',
    pmid: '22347369',
    grade: 'evidence',
  },
  S28: {
    id: 'S28',
    citation:
      'Moraska AF, Stenerson L, Butryn N, et al. Myofascial trigger point-focused head and neck massage for recurrent tension-type headache: a randomized, placebo-controlled clinical trial. Clin J Pain 2015;31(2):159–168 (n=56; headache frequency fell with massage and with placebo alike).',
    url: 'https://pubmed.ncbi.nlm.nih.gov/25329141/',
    doi: '10.1097/AJP.0000000000000091',
    pmid: '25329141',
    grade: 'evidence',
  },
  S29: {
    id: 'S29',
    citation:
      'Shields G, Smith JM. Remedial massage therapy interventions including and excluding sternocleidomastoid, scalene, temporalis, and masseter muscles for chronic tension-type headaches: a case series. Int J Ther Massage Bodywork (4 clients; uncontrolled, so practice-level).',
    url: 'https://www.ijtmb.org/index.php/ijtmb/article/download/445/565?inline=1',
    grade: 'practice',
  },
  S30: {
    id: 'S30',
    citation:
      'Elliott R, Burkett B. Massage therapy as an effective treatment for carpal tunnel syndrome. J Bodyw Mov Ther 2013;17(3):332–338 (quasi-experimental, uncontrolled, n=21: a practice-level dose, not a trial dose).',
    url: 'https://pubmed.ncbi.nlm.nih.gov/23768278/',
    doi: '10.1016/j.jbmt.2012.12.003',
    pmid: '23768278',
    grade: 'practice',
  },
  S31: {
    id: 'S31',
    citation:
      'Kalichman L. Massage therapy for fibromyalgia symptoms. Rheumatol Int 2010 (narrative review: modest support, short-term benefits; painless pressure raised gradually, at least 1–2 sessions a week).',
    url: 'https://doi.org/10.1007/s00296-010-1409-2',
    doi: '10.1007/s00296-010-1409-2',
    grade: 'evidence',
  },
  S32: {
    id: 'S32',
    citation:
      'Macfarlane GJ, Kronisch C, Dean LE, et al. EULAR revised recommendations for the management of fibromyalgia. Ann Rheum Dis 2017;76(2):318–328 (published online 4 July 2016): exercise is the only strong-for recommendation; massage is not recommended.',
    url: 'https://doi.org/10.1136/annrheumdis-2016-209724',
    doi: '10.1136/annrheumdis-2016-209724',
    grade: 'evidence',
  },
  S33: {
    id: 'S33',
    citation:
      'Qaseem A, Wilt TJ, McLean RM, Forciea MA; Clinical Guidelines Committee of the American College of Physicians. Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians. Ann Intern Med 2017;166(7):514–530.',
    url: 'https://www.acpjournals.org/doi/10.7326/M16-2367',
    doi: '10.7326/M16-2367',
    grade: 'evidence',
  },
  S34: {
    id: 'S34',
    citation:
      'Côté P, Wong JJ, Sutton D, et al. Management of neck pain and associated disorders: a clinical practice guideline from the Ontario Protocol for Traffic Injury Management (OPTIMa) Collaboration. Eur Spine J 2016;25(7):2000–2022 (grades I–III, up to 6 months; recommendation 4: do not offer relaxation massage for grade I–II neck pain of 3 months or less).',
    url: 'https://doi.org/10.1007/s00586-016-4467-7',
    doi: '10.1007/s00586-016-4467-7',
    grade: 'evidence',
  },
  // REMOVE AFTER REMAP
  S35: {
    id: 'S35',
    citation:
      'Bussières AE, et al. The treatment of neck pain-associated disorders and whiplash-associated disorders: a clinical practice guideline. J Manipulative Physiol Ther 2016;39(8):523–564 — formerly linked to an AI-built summary site; not cited by any rule. Replaced by S34 (OPTIMa).',
    grade: 'evidence',
  },
  S36: {
    id: 'S36',
    citation:
      'Varatharajan S, et al. Are non-invasive interventions effective for the management of headaches associated with neck pain? An update of the Bone and Joint Decade Task Force on Neck Pain and Its Associated Disorders by the OPTIMa Collaboration. Eur Spine J 2016.',
    url: 'https://doi.org/10.1007/s00586-016-4376-9',
    doi: '10.1007/s00586-016-4376-9',
    grade: 'evidence',
  },
  S37: {
    id: 'S37',
    citation:
      'Bervoets DC, Luijsterburg PAJ, Alessie JJN, Buijs MJ, Verhagen AP. Massage therapy has short-term benefits for people with common musculoskeletal disorders compared to no treatment: a systematic review. J Physiother 2015;61(3):106–116 (26 trials; low-to-moderate-level evidence).',
    url: 'https://doi.org/10.1016/j.jphys.2015.05.018',
    doi: '10.1016/j.jphys.2015.05.018',
    grade: 'evidence',
  },
  S38: {
    id: 'S38',
    citation:
      'Farrar JT, Young JP Jr, LaMoreaux L, Werth JL, Poole RM. Clinical importance of changes in chronic pain intensity measured on an 11-point numerical pain rating scale. Pain 2001;94(2):149–158 (about 2 points or 30% is clinically important).',
    url: 'https://pubmed.ncbi.nlm.nih.gov/11690728/',
    doi: '10.1016/S0304-3959(01)00349-9',
    pmid: '11690728',
    grade: 'evidence',
  },
  S39: {
    id: 'S39',
    citation:
      'Ostelo RW, Deyo RA, Stratford P, et al. Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change. Spine 2008;33(1):90–94 (expert consensus: RMDQ 5 points, ODI 10, pain NRS 2, or 30% from baseline). DOI and PMID not yet verified.',
    grade: 'evidence',
  },
  S40: {
    id: 'S40',
    citation:
      'Fritz JM, Magel JS, McFadden M, et al. Early physical therapy vs usual care in patients with recent-onset low back pain: a randomized clinical trial. JAMA 2015;314(14):1459–1467.',
    url: 'https://jamanetwork.com/journals/jama/fullarticle/2456165',
    doi: '10.1001/jama.2015.11648',
    pmid: '26461996',
    grade: 'evidence',
  },
  S41: {
    id: 'S41',
    citation:
      'Kamper SJ, Maher CG, Herbert RD, et al. How little pain and disability do patients with low back pain have to experience to feel that they have recovered? Eur Spine J 2010;19(9):1495–1501 (recovered: pain NRS 0, RMDQ 2 or less).',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2989296',
    doi: '10.1007/s00586-010-1366-1',
    pmid: '20229120',
    grade: 'evidence',
  },
  // REMOVE AFTER REMAP
  S42: {
    id: 'S42',
    citation:
      'CPT 97124 (massage) and 97140 (manual therapy), formerly cited from trade and billing articles. Replaced by AMA-CPT, the code set itself.',
    url: 'http://www.massagetoday.com/mpacms/mt/article.php?id=14416',
    grade: 'practice',
  },
  // REMOVE AFTER REMAP
  S43: {
    id: 'S43',
    citation: 'The 8-minute rule for timed CPT codes, formerly cited from billing guides. Replaced by CMS-100-04.',
    url: 'https://productivitycalc.com/cpt-helper.html',
    grade: 'practice',
  },
  // REMOVE AFTER REMAP
  S44: {
    id: 'S44',
    citation:
      'Medicare outpatient therapy plan of care and progress reports, formerly cited from vendor guides quoting the Medicare Benefit Policy Manual. Replaced by CMS-100-02, the manual itself.',
    grade: 'evidence',
  },
  // REMOVE AFTER REMAP
  S45: {
    id: 'S45',
    citation:
      'Prescribing medical massage, medical necessity and coverage (clinic pages, AMTA, a payer policy); not cited by any rule. Replaced by CMS-100-02 (plan of care certified by a physician or non-physician practitioner).',
    url: 'http://mysarasotalmt.com/how-to-prescribe-medical-massage-a-guide-for-physicians/',
    grade: 'practice',
  },
  S46: {
    id: 'S46',
    citation: 'HL7 FHIR Release 4, CarePlan resource (specification)',
    url: 'https://hl7.org/fhir/R4/careplan.html',
    grade: 'specification',
  },
  S47: {
    id: 'S47',
    citation: 'HL7 FHIR Release 4, Timing datatype and Timing.repeat (specification)',
    url: 'https://hl7.org/fhir/R4/datatypes.html#Timing',
    grade: 'specification',
  },
  S48: {
    id: 'S48',
    citation: 'HL7 FHIR Release 4, PlanDefinition $apply operation (specification)',
    url: 'https://hl7.org/fhir/R4/plandefinition-operation-apply.html',
    grade: 'specification',
  },
  // REMOVE AFTER REMAP
  S49: {
    id: 'S49',
    citation:
      'ICD-10-CM code tables copied in public repositories (unvetted copies). Replaced by CMS-ICD10, the tabular list itself.',
    grade: 'unverified',
  },
  S50: {
    id: 'S50',
    citation:
      'US Food and Drug Administration. Clinical Decision Support Software: Guidance for Industry and Food and Drug Administration Staff (final guidance, September 2022; notice of availability, Federal Register 87 FR 58810, doc. 2022-20993). Regulation, not clinical evidence.',
    url: 'https://www.fda.gov/medical-devices/software-medical-device-samd/clinical-decision-support-software-frequently-asked-questions-faqs',
    grade: 'specification',
  },
  S51: {
    id: 'S51',
    citation:
      'Clinic software documentation on treatment plans and plans of care (Jane, MassageBook, ClinicSense, Noterro, WebPT, Agile EMR and others): vendor pages, practice-level',
    url: 'https://jane.app/guide/how-to-book-a-treatment-add-on',
    grade: 'practice',
  },
  S52: {
    id: 'S52',
    citation: 'Open-source health software pull requests, READMEs and issues about treatment plans (ERPNext, Marley, CARE and others): practice-level',
    url: 'https://github.com/frappe/erpnext_documentation/pull/20',
    grade: 'practice',
  },
  S53: {
    id: 'S53',
    citation:
      'Massage frequency, tapering and cessation: clinic pages and a practitioner blog, and the Louisiana workers-compensation spine treatment guideline (LAC 40:I.2021). Practice-level only: no trial of tapering was found; Kamper 2010 (S41) gives recovery thresholds.',
    url: 'https://www.yourhealthwellnesscentre.com/what-is-piriformis-syndrome/',
    grade: 'practice',
  },
  S54: {
    id: 'S54',
    citation:
      'Werner R. Temporomandibular joint disorders, Pathology Perspectives, Massage & Bodywork, January/February 2019 (trade article, practice-level)',
    url: 'http://www.massageandbodyworkdigital.com/i/1060121-january-february-2019/41',
    grade: 'practice',
  },
  S55: {
    id: 'S55',
    citation:
      'Sciatica and piriformis massage: Rattray F and Ludwig L, Massage Therapy Canada (trade article), and the Massage Pathology Chronicles (practitioner blog): practice-level',
    url: 'https://www.massagetherapycanada.com/technique/more-than-a-pain-in-the-buttocks-1485',
    grade: 'practice',
  },
  // REMOVE AFTER REMAP
  S56: {
    id: 'S56',
    citation:
      'Carpal tunnel syndrome and massage, formerly cited from a blog and a trial of carpal bone mobilization (not massage). Replaced by ERICKSON-2019, the carpal tunnel clinical practice guideline (thenar atrophy marks severe CTS).',
    url: 'https://massagepassport.wordpress.com/2020/05/13/massage-carpal-tunnel/',
    grade: 'unverified',
  },
  // REMOVE AFTER REMAP
  S57: {
    id: 'S57',
    citation:
      'Connelly K, Guymer E, Littlejohn G. Fibromyalgia: diagnosis and management in general practice. Medicine Today, August 2018 (narrative review without DOI); not cited by any rule. Replaced by S32 (EULAR).',
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
    citation:
      'Centers for Medicare & Medicaid Services, ICD-10-CM tabular list of diseases and injuries (code set; check each fiscal year’s update)',
    url: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes',
    grade: 'specification',
  },
  'FINUCANE-2020': {
    id: 'FINUCANE-2020',
    citation:
      'Finucane LM, Downie A, Mercer C, et al. International framework for red flags for potential serious spinal pathologies. J Orthop Sports Phys Ther 2020;50(7):350–372 (IFOMPT consensus framework: cauda equina syndrome, fracture, malignancy, infection).',
    url: 'https://pubmed.ncbi.nlm.nih.gov/32438853/',
    doi: '10.2519/jospt.2020.9971',
    pmid: '32438853',
    grade: 'evidence',
  },
  'ACOG-804': {
    id: 'ACOG-804',
    citation:
      'American College of Obstetricians and Gynecologists. Physical Activity and Exercise During Pregnancy and the Postpartum Period. ACOG Committee Opinion No. 804, Obstet Gynecol 2020 (replaces No. 650; expert consensus). After the first trimester, prolonged supine positioning is avoided because the uterus compresses the vena cava (as summarised by secondary sources; read the opinion for its wording).',
    url: 'https://doi.org/10.1097/AOG.0000000000003772',
    doi: '10.1097/AOG.0000000000003772',
    grade: 'evidence',
  },
  'WERNER-PATHOLOGY': {
    id: 'WERNER-PATHOLOGY',
    citation:
      'Werner R. A Massage Therapist’s Guide to Pathology: Critical Thinking and Practical Application, 7th edition (standard textbook of contraindications and cautions by condition and medication; practice-level — check the condition’s entry in the current edition)',
    grade: 'practice',
  },
  'WALTON-MEDICAL': {
    id: 'WALTON-MEDICAL',
    citation:
      'Walton T. Medical Conditions and Massage Therapy: A Decision Tree Approach. Lippincott Williams & Wilkins (standard textbook, including the massage pressure scale and massage during cancer treatment; practice-level)',
    url: 'https://www.tracywalton.com/medical-conditions-and-massage-therapy/reference-for-mts.html',
    grade: 'practice',
  },
  'DUBOIS-2020': {
    id: 'DUBOIS-2020',
    citation:
      'Dubois B, Esculier JF. Soft-tissue injuries simply need PEACE and LOVE. Br J Sports Med 2020;54(2):72–73 (editorial: expert opinion, not a systematic review). PEACE for the first days (protect 1–3 days, elevate, avoid anti-inflammatories, compress, educate), then LOVE (load, optimism, vascularisation, exercise).',
    url: 'https://bjsm.bmj.com/content/54/2/72',
    doi: '10.1136/bjsports-2019-101253',
    grade: 'evidence',
  },
  'NICE-NG59': {
    id: 'NICE-NG59',
    citation:
      'National Institute for Health and Care Excellence. Low back pain and sciatica in over 16s: assessment and management. NICE guideline NG59 (2016, updated 2020). Recommendation 1.2.7: consider manual therapy (spinal manipulation, mobilisation or soft tissue techniques such as massage) only as part of a treatment package including exercise, with or without psychological therapy.',
    url: 'https://www.nice.org.uk/guidance/ng59',
    grade: 'evidence',
  },
  'OARSI-2019': {
    id: 'OARSI-2019',
    citation:
      'Bannuru RR, Osani MC, Vaysbrot EE, et al. OARSI guidelines for the non-surgical management of knee, hip, and polyarticular osteoarthritis. Osteoarthritis Cartilage 2019;27(11):1578–1589 (core treatments: arthritis education and structured land-based exercise, with weight management for the knee).',
    url: 'https://doi.org/10.1016/j.joca.2019.06.011',
    doi: '10.1016/j.joca.2019.06.011',
    grade: 'evidence',
  },
  'YUAN-2015': {
    id: 'YUAN-2015',
    citation:
      'Yuan SLK, Matsutani LA, Marques AP. Effectiveness of different styles of massage therapy in fibromyalgia: a systematic review and meta-analysis. Man Ther 2015;20(2):257–264 (myofascial release: large effect on pain versus placebo, moderate evidence; Swedish massage did not improve outcomes).',
    url: 'https://doi.org/10.1016/j.math.2014.09.003',
    doi: '10.1016/j.math.2014.09.003',
    grade: 'evidence',
  },
  'LI-2014': {
    id: 'LI-2014',
    citation:
      'Li YH, Wang FY, Feng CQ, Yang XF, Sun YH. Massage therapy for fibromyalgia: a systematic review and meta-analysis of randomized controlled trials. PLoS One 2014;9(2):e89304 (9 trials, n=404; massage for 5 weeks or more: pain SMD 0.62, 95% CI 0.05–1.20, immediate effect only).',
    url: 'https://pubmed.ncbi.nlm.nih.gov/24586677/',
    doi: '10.1371/journal.pone.0089304',
    pmid: '24586677',
    grade: 'evidence',
  },
  'FIELD-2004': {
    id: 'FIELD-2004',
    citation:
      'Field T, Diego M, Cullen C, et al. Carpal tunnel syndrome symptoms are lessened following massage therapy. J Bodyw Mov Ther 2004;8(1):9–14 (randomized, n=16: weekly therapist massage plus daily self-massage for 4 weeks).',
    url: 'https://doi.org/10.1016/S1360-8592(03)00064-0',
    doi: '10.1016/S1360-8592(03)00064-0',
    grade: 'evidence',
  },
  'PERLMAN-2019': {
    id: 'PERLMAN-2019',
    citation:
      'Perlman A, Fogerite SG, Glass O, et al. Efficacy and safety of massage for osteoarthritis of the knee: a randomized clinical trial. J Gen Intern Med 2019;34(3):379–386 (n=222; weekly 60-minute massage versus light touch and usual care).',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6420526',
    doi: '10.1007/s11606-018-4763-5',
    pmid: '30543021',
    grade: 'evidence',
  },
  'ERICKSON-2019': {
    id: 'ERICKSON-2019',
    citation:
      'Erickson M, Lawrence M, Jansen CWS, et al. Hand pain and sensory deficits: carpal tunnel syndrome. Clinical practice guidelines linked to the ICF from the Academy of Hand and Upper Extremity Physical Therapy and the Academy of Orthopaedic Physical Therapy of the APTA. J Orthop Sports Phys Ther 2019;49(5):CPG1–CPG85 (thenar atrophy distinguishes severe carpal tunnel syndrome).',
    url: 'https://doi.org/10.2519/jospt.2019.0301',
    doi: '10.2519/jospt.2019.0301',
    grade: 'evidence',
  },
  'RUSHTON-2023': {
    id: 'RUSHTON-2023',
    citation:
      'Rushton A, Carlesso LC, Flynn T, et al. International framework for examination of the cervical region for potential of vascular pathologies of the neck prior to musculoskeletal intervention: International IFOMPT Cervical Framework. J Orthop Sports Phys Ther 2023;53(1):7–22 (position statement, expert consensus).',
    url: 'https://doi.org/10.2519/jospt.2022.11147',
    doi: '10.2519/jospt.2022.11147',
    grade: 'evidence',
  },
  'MUELLER-2021': {
    id: 'MUELLER-2021',
    citation:
      'Mueller SM, Grunwald M. Effects, side effects and contraindications of relaxation massage during pregnancy: a systematic review of randomized controlled trials. J Clin Med 2021;10(16):3485 (12 trials from 12 weeks of gestation; precautions: thrombosis risk, lateral position, abdominal massage, essential oils).',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8396946',
    doi: '10.3390/jcm10163485',
    grade: 'evidence',
  },
  'ISL-2016': {
    id: 'ISL-2016',
    citation:
      'International Society of Lymphology. The diagnosis and treatment of peripheral lymphedema: 2016 consensus document of the International Society of Lymphology. Lymphology 2016;49:170–184 (expert consensus; authorised reprint in Acta Angiologica 2017).',
    url: 'https://journals.viamedica.pl/acta_angiologica/article/view/56686',
    grade: 'evidence',
  },
  'CMS-100-04': {
    id: 'CMS-100-04',
    citation:
      'Centers for Medicare & Medicaid Services. Medicare Claims Processing Manual (Pub. 100-04), chapter 5, §20.2: reporting of service units for timed 15-minute codes (the 8-minute rule: 8–22 minutes one unit, 23–37 two). Regulation, not clinical evidence.',
    url: 'https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/Downloads/clm104c05.pdf',
    grade: 'specification',
  },
  'CMS-100-02': {
    id: 'CMS-100-02',
    citation:
      'Centers for Medicare & Medicaid Services. Medicare Benefit Policy Manual (Pub. 100-02), chapter 15, §220: outpatient therapy services — plan of care established and certified by a physician or non-physician practitioner, recertification, progress reports. Regulation, not clinical evidence.',
    url: 'https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/Downloads/bp102c15.pdf',
    grade: 'specification',
  },
  'AMA-CPT': {
    id: 'AMA-CPT',
    citation:
      'American Medical Association, CPT code set: 97124 therapeutic procedure, one or more areas, each 15 minutes; massage, including effleurage, petrissage and/or tapotement. 97140 manual therapy techniques (eg, mobilization/manipulation, manual lymphatic drainage, manual traction), one or more regions, each 15 minutes. Code set, not clinical evidence.',
    grade: 'specification',
  },
} as const satisfies Readonly<Record<string, Source>>;

/** Id of a source in the built-in catalogue. */
export type SourceId = keyof typeof sources;
