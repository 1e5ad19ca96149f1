// Cue vocabularies for the post model: each group is one feature ("how many phrases of this kind does
// the post contain"), and its weight is learned by scripts/train.ts, not set here. The groups are
// written from clinical and social-media usage in general (nursing and EMS shorthand, the HHS Safe
// Harbor guidance's examples of identifying context, review-reply etiquette guides); none is taken from a
// corpus post. This file holds the English phrases, which the content script carries from page start; the
// same groups in nine other languages are in ./cue-languages.ts, which arrives with the knowledge.
// All lower-case; matched as whole words or phrases (story/signals.ts).

/** The writer's care of the reader, told to them: second-person references that also name the reader's own
 *  care, as "your biopsy" does (story/signals.ts Sentence.owned). */
export const CARE_OF_READER = ['caring for you', 'cared for you', 'care of you', 'took care of you', 'taking care of you', 'looked after you',
  'looking after you', 'was your nurse', 'being your nurse', 'as your nurse', 'were my patient', 'were our patient'];

export const CUE_GROUPS = {
  /** Third person: a particular patient or their family ("the pt", "my 3 o'clock", "la paciente"). */
  refThird: [
    'the pt', 'my pt', 'our pt', 'a pt', 'this pt', 'pt is', 'pt was', 'pt has', 'pt had', "pt's", 'the patient', 'my patient',
    'our patient', 'this patient', 'a patient of mine', 'patient of mine', 'patient is', 'patient was', 'patient had',
    'my resident', 'our resident', 'my client', 'my kiddo', 'the kiddo', 'my little guy', 'my little lady', 'the lady',
    'the gentleman', 'the guy', 'the man', 'the woman', 'the kid', 'the boy', 'the girl', 'the baby', 'the infant',
    'the toddler', 'the teen', 'the teenager', 'the mom', 'the dad', 'the grandma', 'the grandpa', 'the wife',
    'the husband', 'the family', 'this family', 'his family', 'her family', 'his wife', 'her husband', 'his mom',
    'her mom', 'his daughter', 'her daughter', 'his son', 'her son', 'sweet lady', 'sweet old', 'little old lady',
    'old man', 'frequent flyer', 'frequent flier', 'new admit', 'the admit', 'my admit', 'our admit', 'regular of ours', 'one of our regulars', 'a regular', 'our regular', 'we had a',
    'had a pt', 'had a patient', 'got a pt', 'got a patient', 'have a pt', 'have a patient', 'caring for', 'cared for',
    'taking care of', 'took care of', 'in bed', 'in room', 'in bay',
    // the patient as the subject of a charting verb ("pt states", "pt denies", "pt c/o"), as notes are written
    'pt states', 'pt stated', 'pt reports', 'pt reported', 'pt denies', 'pt denied', 'pt refused', 'pt refuses',
    'pt declined', 'pt declines', 'pt c/o', 'pt complains', 'pt complained', 'pt says', 'pt said', 'pt told',
    'pt asked', 'pt wants', 'pt wanted', 'pt needs', 'pt lives', 'pt arrived', 'pt came', 'pt went', 'pt got',
    'pt tolerated', 'patient states', 'patient reports', 'patient denies', 'patient refused', 'patient declined',
    'patient complains', 'patient lives',
    // one person pointed at, as a story about a regular or a caller is told ("same lady again", "this guy in 4")
    'same lady', 'same guy', 'same man', 'same woman', 'same patient', 'same pt', 'same caller', 'this lady', 'that lady',
    'this guy', 'that guy', 'this man', 'that man', 'this woman', 'that woman', 'this kid', 'that kid',
  ],
  /** Second person: writing to the patient or family about their care (review replies, open letters). */
  refSecond: [
    'you were', 'you came in', 'when you came', 'you visited', 'your visit', 'your stay', 'your appointment',
    'your procedure', 'your surgery', 'your treatment', 'your care', 'your exam', 'your results', 'your test',
    'your scan', 'your diagnosis', 'your bill', 'your claim', 'your insurance', 'your records', 'your chart',
    'your prescription', 'your medication', 'your meds', 'your son', 'your daughter', 'your mother', 'your father',
    'your mom', 'your dad', 'your husband', 'your wife', 'your baby', 'your child', 'your loved one', 'your family',
    'we saw you', 'seeing you', 'treating you', 'to see you', 'you were seen', 'our records show', 'our records',
    'you told', 'you asked', 'you left', 'you arrived', 'you fought', 'you held', 'you squeezed', 'you taught',
    'you made it', 'you walked', 'you rang', 'you kept',
    // the writer's care of the reader, told to them ("it was an honor caring for you")
    ...CARE_OF_READER,
  ],
  /** What happens to one person in care: arriving, treatment, leaving (narration with no reference word). */
  careEvent: [
    'admitted', 'discharged', 'transferred', 'brought in', 'was brought', 'rolled in', 'came in', 'came into',
    'comes in', 'walked in', 'wheeled in', 'showed up', 'presented with', 'presents with', 'intubated', 'extubated',
    'coded', 'coding', 'we lost', 'passed away', 'died', 'pronounced', 'time of death', 'delivered', 'gave birth',
    'was born', 'went home', 'sent home', 'left ama', 'eloped', 'airlifted', 'flown in', 'life flighted',
    'on the vent', 'is on the vent', 'still on', 'back in', 'readmitted', 'bounced back', 'charts show',
    'chart says', 'per the chart', 'family at bedside', 'at bedside', 'held her hand', 'held his hand', 'sat with',
    // where a patient is while in care, and a death told the way staff tell it ('passed' alone is an exam)
    'on my floor', 'on our floor', 'on my unit', 'on our unit', 'up to the floor', 'passed peacefully',
    'passed this morning', 'passed last night', 'passed overnight', 'passed tonight', 'passed today',
    // a call as EMS runs and charts it
    'refused transport', 'refuses transport', 'refusing transport', 'signed a refusal', 'transported to', 'transported her',
    'transported him', 'on scene',
    // seen, examined or treated by us, as a visit note, a referral and a work or school excuse tell it
    'was seen in', 'was seen by', 'was seen today', 'was evaluated', 'was examined',
    'was treated', 'under my care', 'under our care', 'excused from work', 'excused from school',
  ],
  /** Clinical vocabulary: diagnoses, procedures, drugs, devices and shorthand. */
  clinical: [
    'icu', 'picu', 'nicu', 'er', 'ed', 'or', 'pacu', 'l&d', 'ldr', 'trauma', 'code', 'cpr', 'rosc', 'vent',
    'ventilator', 'intubation', 'ecmo', 'bipap', 'cpap', 'trach', 'peg', 'npo', 'iv', 'picc', 'foley', 'cath',
    'catheter', 'dialysis', 'transplant', 'amputation', 'chemo', 'radiation', 'biopsy', 'tumor', 'cancer',
    'leukemia', 'lymphoma', 'stroke', 'stemi', 'mi', 'cardiac arrest', 'arrest', 'heart attack', 'seizure',
    'sepsis', 'septic', 'pneumonia', 'covid', 'copd', 'chf', 'dka', 'uti', 'pe', 'dvt', 'gsw', 'mvc', 'mva', 'od',
    'overdose', 'overdosed', 'narcan', 'naloxone', 'etoh', 'withdrawal', 'detox', 'fracture', 'fx', 'broken',
    'laceration', 'stitches', 'sutures', 'burns', 'burn', 'concussion', 'tbi', 'bleed', 'hemorrhage', 'c-section',
    'labor', 'preemie', 'pregnant', 'miscarriage', 'stillborn', 'dementia', 'delirium', 'psych', 'suicidal',
    'self-harm', 'hospice', 'palliative', 'comfort care', 'dnr', 'vitals', 'sats', 'o2', 'oxygen', 'morphine',
    'fentanyl', 'dilaudid', 'insulin', 'heparin', 'antibiotics', 'diagnosis', 'diagnosed', 'dx', 'hx', 's/p',
    'post-op', 'prognosis', 'injuries', 'injured', 'wound', 'surgery', 'surgeon', 'ambulance', 'ems', 'paramedics',
    'mri', 'ct', 'x-ray', 'ekg', 'labs', 'std', 'hiv', 'rehab', 'unresponsive', 'collapsed', 'coma', 'icu bed',
    'stretcher', 'gurney', 'triage', 'bay', 'bed', 'room', 'hallway bed', 'intensive care',
  ],
  /** Outpatient care: dentistry, eye care, pharmacy, therapy, rehabilitation, cosmetic and fertility care, and
   *  the words of a visit, as patient-facing pages of those specialties write them, with the most prescribed
   *  drugs by US outpatient use (written from the ranking AHRQ's MEPS prescribed-medicines data gives, generic
   *  and common brand names; not extracted from the files). The
   *  ER-centred clinical list above leaves a dental, pharmacy or therapy reply with no clinical word at all. */
  outpatient: [
    // more of the most prescribed drugs (ClinCalc DrugStats' top 200, from the US Medical Expenditure Panel Survey)
    // and the classes people name them by, and the visits of dental, pharmacy, mental-health, skin and allergy care
    'adderall', 'vyvanse', 'ritalin', 'concerta', 'stimulant', 'hydrochlorothiazide', 'simvastatin', 'rosuvastatin',
    'clopidogrel', 'eliquis', 'apixaban', 'xarelto', 'warfarin', 'jardiance', 'januvia', 'glipizide', 'trulicity',
    'mounjaro', 'zepbound', 'lantus', 'tamsulosin', 'pantoprazole', 'famotidine', 'ondansetron', 'zofran', 'meloxicam',
    'cyclobenzaprine', 'baclofen', 'duloxetine', 'cymbalta', 'venlafaxine', 'citalopram', 'paroxetine', 'mirtazapine',
    'buspirone', 'hydroxyzine', 'quetiapine', 'seroquel', 'aripiprazole', 'abilify', 'risperidone', 'olanzapine',
    'lamotrigine', 'lamictal', 'topiramate', 'keppra', 'levetiracetam', 'lithium', 'clonazepam', 'klonopin',
    'lorazepam', 'alprazolam', 'diazepam', 'valium', 'zolpidem', 'carvedilol', 'propranolol', 'spironolactone',
    'clonidine', 'doxycycline', 'azithromycin', 'z-pack', 'cephalexin', 'augmentin', 'ciprofloxacin', 'bactrim',
    'fluconazole', 'valacyclovir', 'valtrex', 'paxlovid', 'tamiflu', 'methylprednisolone', 'medrol', 'estradiol',
    'testosterone', 'sildenafil', 'viagra', 'cialis', 'allopurinol', 'colchicine', 'methotrexate', 'humira',
    'dupixent', 'accutane', 'isotretinoin', 'epipen', 'inhaler', 'nebulizer', 'percocet', 'vicodin', 'norco',
    'buprenorphine', 'naltrexone', 'vivitrol', 'antidepressant', 'antidepressants', 'antibiotic', 'benzo', 'benzos',
    'opioid', 'opioids', 'controlled substance', 'refill', 'refills', 'tooth extraction', 'extraction', 'dry socket',
    'crown', 'filling', 'fillings', 'deep cleaning', 'veneers', 'night guard', 'psych eval', 'adhd', 'intake appointment',
    'therapy session', 'tattoo removal', 'laser treatment', 'microneedling', 'chemical peel', 'lip filler',
    'dressing change', 'wound care', 'suture removal', 'lab results', 'test results', 'biopsy results', 'pathology',
    'cortisone shot', 'steroid injection', 'hearing aid', 'hearing aids', 'audiologist', 'allergist', 'allergy testing',
    'podiatrist', 'ingrown toenail', 'orthotics', 'splint', 'crutches', 'sleep study', 'vasectomy', 'iud',
    'pregnancy test', 'sonogram',
    'dentist', 'dental', 'cavity', 'cavities', 'root canal', 'wisdom teeth', 'wisdom tooth',
    'implant', 'implants', 'braces', 'invisalign', 'retainer', 'dentures', 'hygienist', 'gums',
    'orthodontist', 'oral surgeon', 'optometrist', 'ophthalmologist', 'eye exam', 'contact lenses',
    'cataract', 'glaucoma', 'lasik', 'eye drops', 'pharmacy', 'pharmacist', 'prescription',
    'prescriptions', 'dose', 'dosage', 'tablets', 'pills', 'prior authorization',
    'atorvastatin', 'levothyroxine', 'metformin', 'lisinopril', 'amlodipine', 'metoprolol', 'albuterol', 'omeprazole',
    'losartan', 'gabapentin', 'sertraline', 'montelukast', 'escitalopram', 'bupropion', 'furosemide', 'trazodone',
    'fluoxetine', 'prednisone', 'tramadol', 'oxycodone', 'hydrocodone', 'amoxicillin', 'xanax', 'ozempic',
    'wegovy', 'zoloft', 'prozac', 'lexapro', 'suboxone', 'methadone', 'ativan', 'ambien', 'lipitor', 'synthroid',
    'physical therapy', 'physiotherapy', 'physio', 'chiropractor', 'chiropractic', 'sprain', 'acl', 'rotator cuff',
    'knee replacement', 'hip replacement', 'therapy', 'therapist', 'counseling', 'counselling', 'counselor',
    'psychiatrist', 'autism', 'anxiety', 'depression', 'ptsd', 'bipolar', 'addiction', 'relapse', 'botox',
    'fillers', 'liposuction', 'lipo', 'tummy tuck', 'breast augmentation', 'rhinoplasty',
    'facelift', 'dermatologist', 'mole', 'rash', 'acne', 'eczema', 'psoriasis', 'ivf', 'embryo', 'egg retrieval',
    'fertility', 'ultrasound', 'prenatal', 'postpartum', 'ob-gyn', 'obgyn', 'mammogram', 'pap smear', 'colonoscopy',
    'endoscopy', 'infection', 'fever', 'pain', 'symptoms', 'checkup', 'check-up', 'follow-up',
    'blood work', 'bloodwork', 'procedure', 'recovery', 'healing',
  ],
  /** Events and circumstances that single one person out in a community. */
  event: [
    'crash', 'wreck', 'collision', 'rollover', 'pileup', 'pile-up', 'drowning', 'drowned', 'shooting', 'was shot', 'got shot', 'been shot',
    'stabbing', 'stabbed', 'fire', 'house fire', 'explosion', 'tornado', 'flood', 'hurricane', 'blizzard',
    'ice storm', 'mass casualty', 'derailment', 'plane crash', 'bus crash', 'hit and run', 'hit-and-run',
    'drunk driver', 'wrong-way', 'fell through the ice', 'struck by', 'hit by a', 'run over', 'ran over', 'dog attack', 'bear attack',
    'bitten by', 'fireworks', 'lightning', 'electrocuted', 'trapped', 'rescued', 'rescue', 'manhunt', 'standoff',
    'police chase', 'homecoming', 'prom', 'graduation', 'wedding', 'championship', 'state finals', 'marathon',
    'parade', 'festival', 'county fair', 'rodeo', 'lottery', 'went viral', 'on the news', 'in the news',
    'made the news', 'news crew', 'reporters', 'headline', 'front page', 'everyone is talking', 'escaped',
    'accident',
  ],
  /** Public roles and small-community positions that identify a person by what they are. */
  role: [
    // elected and appointed offices and local media below the ones above (a county commissioner, the weekend weather guy)
    'commissioner', 'county commissioner', 'city commissioner', 'alderman', 'alderwoman', 'selectman', 'selectwoman',
    'state rep', 'state representative', 'assemblyman', 'assemblywoman', 'legislator', 'governor', "governor's",
    'district attorney', 'school board', 'city council', 'town council', 'weather guy', 'weather girl', 'weather lady',
    'weatherwoman', 'sportscaster', 'morning anchor', 'evening anchor', 'state trooper', 'game warden', 'postmaster',
    'head coach', 'football coach', 'homecoming queen', 'valedictorian', 'first lady', 'local legend',
    'mayor', "mayor's", 'sheriff', "sheriff's", 'police chief', 'fire chief', 'senator', 'congressman',
    'congresswoman', 'councilman', 'councilwoman', 'council member', 'judge', 'principal', 'superintendent',
    'pastor', "pastor's", 'priest', 'reverend', 'rabbi', 'imam', 'bishop', 'coach', "coach's", 'quarterback',
    'pitcher', 'star player', 'team captain', 'news anchor', 'anchor', 'weatherman', 'meteorologist', 'reporter',
    'radio host', 'influencer', 'youtuber', 'tiktoker', 'celebrity', 'local celebrity', 'famous', 'musician',
    'singer', 'actor', 'actress', 'athlete', 'olympian', 'ceo', 'owner of', 'the owner', 'bartender at',
    'teacher at', 'only doctor', 'only pharmacist', 'town', 'small town', 'our town', 'tiny town', 'whole town',
    'everyone knows', 'everybody knows', 'you all know', 'y\'all know', 'in a town of', 'the only',
    'alcalde', 'pastor de',
    'tout le village', 'trainer', 'moderator',
  ],
  /** Words for times close to the event ("last night", "this morning"): a when that others remember. */
  recentTime: [
    'last night', 'tonight', 'this morning', 'this afternoon', 'yesterday', 'today', 'earlier today', 'just now',
    'on shift', 'my shift', 'night shift', 'day shift', 'last shift', 'this week', 'over the weekend',
    'hoy', 'ayer',
  ],
  /** The poster's own health: theirs to share. */
  ownHealth: [
    'my own', 'my diagnosis', 'my surgery', 'my biopsy', 'my chemo', 'my treatment', 'my doctor', 'my therapist',
    'my results', 'my scan', 'my mri', 'my recovery', 'my pregnancy', "i'm pregnant", 'i am pregnant',
    'i was diagnosed', "i've been diagnosed", 'i have been diagnosed', 'i had surgery', 'i had a', 'i have a',
    'my body', 'my knee', 'my back', 'my heart', 'my mental health', 'my anxiety', 'my depression', 'i relapsed',
    'sober', 'years sober', 'months sober', 'cancer-free', 'cancer free', 'remission', 'as a patient',
    'being the patient', 'other side of the bed', 'my booster', 'my vaccine', 'my flu shot', 'i got my',
    'mon diagnostic',
  ],
  /** The poster's own family: a weaker signal than own health (staff do also treat their relatives). */
  ownFamily: [
    // the writer's children and in-laws as parents write of them ("my twins", "my stepson", "our daughter")
    'my twins', 'my toddler', 'my boys', 'my girls', 'my littles', 'my little one', 'my stepson', 'my stepdaughter',
    'my son-in-law', 'my daughter-in-law', 'my in-laws', 'my mother-in-law', 'my father-in-law', 'my grandson',
    'my granddaughter', 'my grandkids', 'my grandbaby', 'my spouse', 'my boyfriend', 'my girlfriend', 'my fiancee',
    'my parents', 'my siblings', 'my oldest', 'my youngest', 'our son', 'our daughter', 'our twins', 'our grandson',
    'our granddaughter',
    'my mom', 'my dad', 'my mother', 'my father', 'my grandma', 'my grandpa', 'my grandmother', 'my grandfather',
    'my husband', 'my wife', 'my son', 'my daughter', 'my kids', 'my baby', 'my brother', 'my sister', 'my aunt',
    'my uncle', 'my niece', 'my nephew', 'my cousin', 'my family', 'my fiance',
    'ma fille',
  ],
  /** Announcements and promotion from an organisation. */
  announcement: [
    "we're hiring", 'we are hiring', 'now hiring', 'join our team', 'apply now', 'apply at', 'apply here',
    'open house', 'job fair', 'sign-on bonus', 'register', 'registration', 'rsvp', 'webinar', 'conference',
    'symposium', 'keynote', 'grand rounds', 'in-service', 'ce credits', 'ce hours', 'lunch provided',
    'will be closed', 'holiday hours', 'office hours', 'now open', 'book online', 'schedule online', 'call us',
    'visit us', 'giveaway', 'donate', 'proud to announce', 'excited to announce', 'excited to share',
    'welcome our', 'welcome dr', 'please welcome', 'congratulations to', 'congrats to', 'award', 'promoted',
    'new role', 'retirement', 'visitor policy', 'reminder', 'psa', 'flu clinic', 'vaccine clinic', 'screening event',
  ],
  /** Teaching, exam prep, templates and de-identified material. */
  teaching: [
    'de-identified', 'deidentified', 'anonymized', 'anonymised', 'hypothetical', 'for example', 'e.g.', 'case study',
    'case scenario', 'practice question', 'nclex', 'boards', 'board exam', 'study guide', 'study tip', 'flashcards',
    'mnemonic', 'quiz', 'test question', 'template', 'placeholder', '[name]', '[age]', '[date]', '[pt]',
    'patient x', 'mock', 'simulation', 'sim lab', 'sim chart', 'sim patient', 'simulated patient', 'simulated chart', 'scenario', 'lecture', 'students', 'nursing school', 'med school',
    'mannequin', 'manikin', 'standardized patient', 'standardised patient', 'test patient', 'test patients',
    'teaching point', 'pearls', 'clinical pearl', 'reminder that', 'fun fact', 'did you know', 'on average',
    'always check', 'never assume', 'rule of thumb', 'remember to',
    // drills and exercises, as EMS and hospital emergency planning name them (a mass-casualty drill's "patients" are actors)
    'mci drill', 'disaster drill', 'active shooter drill', 'code drill', 'drill day', 'just a drill', 'was a drill',
    'simulated', 'moulage', 'tabletop exercise', 'role-play', 'roleplay', 'made-up', 'fake patient', 'mock patient',
  ],
  /** Fiction and media about patients (a TV show's patient is nobody's PHI). */
  fiction: [
    // television, film and books as viewers write of them ("the new hospital drama", "yelled at my tv")
    'drama', 'hospital drama', 'medical drama', 'tv drama', 'on tv', 'at my tv', 'at the tv', 'sitcom', 'miniseries',
    'soap opera', 'rewatch', 'rewatching', 'the writers', 'screenwriter', 'storyline', 'plot twist', 'the actor',
    'the actress', 'actors', 'reacts to', 'reacting to', 'movie trailer', 'premiere', 'finale', 'the film', 'chapter',
    'the character', 'main character', 'character arc', 'protagonist', 'anime', 'video game', 'cartoon',
    // an episode of a show, not of care ("an episode of SVT", "the aspiration episode"); a character in it, not
    // "she was a character"; a film's trailer, not a trailer park
    'this episode', 'new episode', 'last episode', 'latest episode', 'next episode', 'final episode', 'pilot episode',
    'that episode', 'in the episode', 'episode where', 'episodes', "tonight's episode", "night's episode",
    'season finale', 'tv show', 'the show', 'tv series', 'the characters', 'novel', 'fictional', 'fictitious',
    'movie', 'documentary', 'grey\'s', 'the pitt', 'house md', 'netflix', 'hulu',
    'fan fiction', 'spoiler', 'spoilers', 'manuscript', 'screenplay', 'short story',
  ],
  /** Counts of people or events, as reports and public pages give them ("answered 147 calls", "delivered 312
   *  babies", "hundreds of patients"): many people at once, not one. Found by a pattern (story/signals.ts). */
  aggregate: [],
  /** Aggregate, public or published information: studies, statistics, news about others. */
  publicInfo: [
    'study', 'studies', 'research', 'published', 'journal', 'survey', 'data', 'statistics', 'percent', '%',
    'per 100,000', 'rate of', 'rates', 'nationwide', 'statewide', 'national', 'county health', 'health department',
    'cdc', 'world health organization', 'fda', 'recall', 'press release', 'annual report', 'dashboard', 'cases', 'outbreak',
    // the furniture of a press release (the wire services' style)
    'for immediate release', 'media contact', 'press contact', 'media inquiries', 'media relations',
    'trend', 'average', 'median', 'cohort', 'trial', 'guidelines', 'policy', 'the law', 'laws', 'senate bill', 'house bill', 'legislation',
    'breach', 'data breach', 'fined', 'lawsuit', 'settlement', 'hipaa violation', 'ocr', 'investigation',
  ],
  /** Attribution, as news and public statements write it: what a person or their family made public
   *  themselves, or what a reporter was told ("announced", "told reporters", "in a statement"). Written
   *  from news-writing usage (wire-service attribution verbs), with the same in es, pt, fr, de, tl (cue-languages.ts). */
  attribution: [
    'announced', 'has announced', 'publicly', 'went public', 'made public', 'told reporters', 'told the press',
    'in an interview', 'in a statement', 'said in a statement', 'press conference', 'spokesperson', 'spokesman',
    'spokeswoman', 'according to', 'reportedly', 'was reported', 'news reports', 'media reports', 'his memoir',
    'her memoir', 'his family said', 'her family said', 'the family said', 'obituary', 'telling reporters',
    'his publicist', 'her publicist', 'a representative for', 'his representative', 'her representative',
    'said on instagram', 'wrote on instagram', 'posted on instagram', 'said on facebook', 'wrote on facebook',
    'said on twitter', 'wrote on twitter', 'said on x', 'in a social media post', 'in an instagram post',
    'in a video posted', 'told fans', 'confirmed to', 'office said', 'office confirmed', 'office announced',
    'press secretary', 'campaign said',
    // a public figure's own account of their health, as coverage and fans retell it
    'about her own', 'about his own', 'about their own', 'opened up about', 'spoke openly', 'talked openly',
    'talking openly', 'speaking openly', 'on her instagram', 'on his instagram', 'on her podcast', 'on his podcast',
    'porte-parole',
  ],
  /** Veterinary care: a pet's chart, age or surgery is nobody's PHI ("cat" alone is left out: a CAT scan). */
  animal: [
    // species and the common dog breeds (AKC's most registered), and a pet's people ("fur mom", "pet parent")
    'my cat', 'kitties', 'doggo', 'chihuahua', 'labrador', 'retriever', 'poodle', 'goldendoodle', 'labradoodle',
    'pit bull', 'pitbull', 'pittie', 'husky', 'beagle', 'dachshund', 'corgi', 'terrier', 'shih tzu', 'german shepherd',
    'bulldog', 'rottweiler', 'pug', 'yorkie', 'collie', 'spaniel', 'greyhound', 'schnauzer', 'pomeranian', 'tabby',
    'parrot', 'cockatiel', 'rabbit', 'ferret', 'gerbil', 'tortoise', 'gecko', 'iguana', 'pet owner', 'pet parent',
    'fur mom', 'dog mom', 'cat mom', 'dog dad', 'cat dad', 'heartworm', 'distemper', 'parvo', 'kennel cough', 'dvm',
    // Not the bare species (people are bitten by dogs and thrown by horses: in the corpora and spent held-out posts
    // 'dog' was in 31 patient posts and 9 ok ones), nor 'vet' (a veteran as often)
    'vet tech', 'veterinary', 'veterinarian', 'animal hospital', 'puppy', 'pup',
    'kitten', 'kitty', 'canine', 'feline', 'bunny', 'hamster', 'guinea pig',
    'my pets', 'fur baby', 'furbaby', 'paws', 'purring', 'woof', 'spay', 'spayed', 'neuter', 'neutered',
    'kennel', 'breed',
  ],
  /** The writer's colleagues, named as such: a coworker's retirement, farewell, award or loss is staff news, not a
   *  patient's story ("our charge nurse", "my preceptor", "years of service"), with es, pt, fr, de, tl (cue-languages.ts). */
  colleague: [
    'my colleague', 'our colleague', 'my colleagues', 'our colleagues', 'my coworker', 'our coworker', 'my co-worker',
    'our co-worker', 'coworkers', 'co-workers', 'one of our nurses', 'one of our doctors', 'our charge nurse',
    'our nurse manager', 'our manager', 'our director', 'our unit secretary', 'our unit clerk', 'our medical director',
    'our new grad', 'our new grads', 'new hire', 'new hires', 'my preceptor', 'my mentor', 'trained me', 'worked here',
    'worked nights', 'worked days', 'years of service', 'happy retirement', 'her retirement', 'his retirement',
    'retiring', 'retires', 'retired after', 'farewell', 'welcome to the team', 'joined our team', 'employee of the month',
    'daisy award', 'nurse of the year', 'staff member', 'team member',
    // a colleague's send-off, as British and Commonwealth staff name it
    'leaving do', 'leaving party', 'leaving card', 'send-off', 'retirement party',
  ],
  /** The writer says they hold back who it is ("not saying who", "no names", "you'd recognize him"): they know the
   *  story points at one person others could name. Written from how people hedge online, with es, pt, fr, de, tl (cue-languages.ts). */
  withheld: [
    'not saying who', 'not gonna say who', "won't say who", 'will not say who', "can't say who", 'cannot say who',
    "can't tell you who", "won't say which", 'not naming names', 'no names', 'without naming', 'without saying who',
    'you know who i mean', "you'd recognize", 'you would recognize', "you'd recognise", 'you would recognise',
    'you all know who', "y'all know who", 'if you know you know', 'iykyk', "that's all i'll say", "that's all i can say",
    "can't say more", "can't say much", 'cannot say more', "can't share more", "i'll leave it at that", 'say no more',
    "won't name", '🤐',
  ],
  /** One person singled out by a description: "the retired barber from …", "our own plumber who …", "el
   *  señor que …". Found by a pattern over role nouns (story/signals.ts), so it has no phrases here. */
  description: [],
  /** Advice to whoever reads: second person in general, conditional or instructive ("if you", "ask your
   *  doctor", "anyone with"), as public-health pages and teaching posts write; "your" there is nobody's. */
  advice: [
    'if you', 'if your', 'whenever you', 'you should', 'you can', 'you may', 'you might', 'you need to',
    'you want to', 'make sure', 'be sure to', 'ask your', 'talk to your', 'call your', 'see your', 'your doctor',
    'your provider', 'your health', 'your body', 'your risk', 'anyone who', 'anyone with', 'people who',
    'people with', 'do not wait', "don't wait", 'never ignore', 'tips', 'signs of', 'symptoms of',
    'kung may',
  ],
  /** A person introduced with professional credentials after their name ("…, RN, BSN", "…, MD"): a colleague
   *  spotlighted, welcomed, remembered or credentialed, not a patient. Found by a pattern (story/signals.ts). */
  credentials: [],
  /** Sentences that tell the reader about a past episode of their own ("we called you twice", "the X-ray of
   *  your wrist was read"): second person with a past tense or a past time and nothing conditional.
   *  Found by composition (story/signals.ts), so it has no phrases here. */
  youEpisode: [],
  /** Sentences that tell of one person spoken of ("she coded twice before …", "he is still asking for …"):
   *  he, she, him, her … with a past or present tense (is, has) and nothing general, hypothetical or
   *  addressed to the reader. Stories about a patient are told so; advice and teaching cases rarely.
   *  Found by composition (story/signals.ts). */
  theirEpisode: [],
  /** Reflection and general feelings about the work, not about one patient. */
  reflection: [
    'nurses', 'healthcare workers', 'to all the', 'shoutout to', 'shout out to', 'my coworkers', 'my team',
    'our staff', 'our nurses', 'our team', 'short staffed', 'understaffed', 'burnout', 'self care', 'self-care',
    'tired', 'exhausted', 'coffee', 'break room', 'charting', 'overtime', 'mandatory', 'management', 'admin',
    'every shift', 'some days', 'sometimes', 'always', 'never', 'every patient', 'our patients', 'patients who',
    'patients are', 'patients deserve', 'any patient', 'all patients', 'many patients', 'most patients',
  ],
} as const;

export type CueGroup = keyof typeof CUE_GROUPS;
export const CUE_GROUP_NAMES = Object.keys(CUE_GROUPS) as CueGroup[];

