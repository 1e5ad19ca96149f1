// Word lists for story context (design.md §3): how clinicians refer to a patient, clinical detail,
// the events and traits that single a person out, and the kinds of post that are not about a
// patient at all. All lower-case; matched as whole words or phrases.

/** Phrases that point at a particular patient (or their family) rather than patients in general. */
export const PATIENT_REFERENCES = [
  'my pt', 'my patient', 'our patient', 'our pt', 'a pt', 'the pt', 'pt is', 'pt was', 'pt has', "pt's", 'patient is',
  'patient was', 'the patient', 'had a pt', 'had a patient', 'got a pt', 'have a pt', 'have a patient', 'this patient',
  'my resident', 'a resident', 'our resident', 'my client', 'took care of', 'taking care of', 'cared for', 'caring for',
  'came in', 'came into', 'comes in', 'come in', 'came to our', 'came to us', 'her visit', 'his visit', 'left ama',
  'pt of mine', 'patient of mine', 'into our er', 'into our ed', 'in our cardiac', 'brought in', 'was brought', 'rolled in', 'walked in', 'showed up', 'admitted', 'discharged',
  'transferred', 'intubated', 'extubated', 'coded', 'we lost', 'passed away', 'died', 'delivered', 'on our unit',
  'on our floor', 'in our er', 'in our ed', 'in our icu', 'in our picu', 'in our nicu', 'our picu', 'our nicu',
  'trauma bay', 'our trauma', 'in the er', 'in the ed', 'on our', 'we had', 'we got', 'we took',
  'the lady', 'the guy', 'the man', 'the woman', 'the kid', 'the boy', 'the girl', 'the baby', 'the twins', 'the teen',
  'the gentleman', 'the grandma', 'the grandpa', 'the mom', 'the dad', 'a guy', 'a lady', 'a woman', 'a man',
  'found down', 'kiddo', 'the little', 'little girl', 'little boy', 'our tiniest', 'our little', 'held the hand', 'sat with',
  'is on the vent', 'is still on', 'in the bed', 'at bedside', 'his mom', 'her mom', 'his wife', 'her husband',
  'his family', 'her family', 'the family', 'this family', 'family of', 'frequent flyer', 'our frequent',
  // Replies to patient reviews: speaking to the reviewer about their care confirms they are a patient.
  'your appointment', 'your visit', 'your procedure', 'your treatment', 'your surgery', 'your insurance',
  'your records', 'our records show', 'our records', 'your chart', 'your diagnosis', 'your care', 'your bill',
  'your results', 'your test results', 'your prescription', 'you were seen', 'when you came in', 'during your',
  'your crown', 'your biopsy', 'your exam', 'your claim', 'could see you', 'able to see you', 'to see you the same',
  'we saw you', 'treating you', 'your migraine', 'your pain', 'your symptoms', 'your medication', 'your meds',
];

/** Clinical detail: diagnoses, procedures, drugs, devices and clinicians' shorthand. */
export const CLINICAL_TERMS = [
  'ecmo', 'vent', 'intubated', 'intubation', 'extubated', 'cpr', 'rosc', 'code', 'coded', 'narcan', 'naloxone',
  'overdose', 'overdosed', 'od', 'etoh', 'gsw', 'mvc', 'mva', 'fx', 'fracture', 'fractures', 'lac', 'laceration',
  'stitches', 'sutures', 'surgery', 'or', 'icu', 'picu', 'nicu', 'ed', 'er', 'trauma', 'stroke', 'stemi', 'nstemi',
  'mi', 'cardiac arrest', 'arrest', 'seizure', 'sepsis', 'septic', 'pe', 'pulmonary embolism', 'dvt', 'chf', 'copd',
  'pneumonia', 'uti', 'dka', 'leukemia', 'cancer', 'chemo', 'tumor', 'biopsy', 'dialysis', 'transplant', 'amputation',
  'bka', 'aka', 'degloving', 'burns', 'burn', 'smoke inhalation', 'drowning', 'drowned', 'hypothermia', 'concussion',
  'tbi', 'bleed', 'hemorrhage', 'c-section', 'labor', 'delivered', 'preemie', 'weeks pregnant', 'pregnant',
  'miscarriage', 'stillborn', 'commotio cordis', 'heart attack', 'broken', 'splenic', 'femur', 'tib fib', 'hip fx',
  'dementia', 'delirium', 'psych', 'suicidal', 'si', 'overdoses', 'withdrawal', 'detox', 'sober', 'lethal', 'critical',
  'stable', 'vitals', 'sats', 'o2', 'oxygen', 'bipap', 'cpap', 'trach', 'peg', 'npo', 'iv', 'picc', 'foley', 'ng tube',
  'meds', 'medication', 'insulin', 'morphine', 'dilaudid', 'fentanyl', 'heparin', 'antibiotics', 'skeletal survey',
  'rib fractures', 'button battery', 'swallowed', 'bitten', 'bite', 'dog bite', 'fell', 'fall', 'collapsed',
  'unresponsive', 'crash', 'rollover', 'ejected', 'shot', 'stabbed', 'stab', 'assault', 'abuse', 'cps', 'dv',
  'ambulance', 'ems', 'paramedics', 'airlifted', 'life flight', 'helicopter', 'trauma alert', 'hospice', 'palliative',
  'dnr', 'comfort care', 'on the vent', 'ventilator', 'oscillator', 'diagnosis', 'diagnosed', 'dx', 'hx', 's/p',
  'post-op', 'pod', 'ama', 'a&ox3', 'prognosis', 'injuries', 'injured', 'injury', 'wound', 'bleeding', 'blood',
  'gi', 'embarrassing', 'cath', 'straight cath', 'catheter', 'colonoscopy', 'mri', 'ct', 'x-ray', 'ekg', 'labs', 'std', 'hiv', 'rehab', 'physical therapy', 'an std', 'bed', 'room', 'unit', 'floor',
];

/** Events and traits that single out one person in a community. */
export const DISTINCTIVE_EVENTS = [
  'crash', 'wreck', 'collision', 'rollover', 'drowning', 'shooting', 'stabbing', 'fire', 'explosion', 'collapse',
  'collapsed', 'accident', 'pileup', 'pile-up', 'derailment', 'bus crash', 'plane crash', 'ice storm', 'blackout',
  'tornado', 'flood', 'hurricane', 'mass casualty', 'homecoming', 'prom', 'championship', 'state championship',
  'marathon', 'half marathon', 'finish line', 'graduation', 'wedding', 'birthday party', 'lottery', 'famous',
  'news anchor', 'in the news', 'on the news', 'the news', 'went viral', 'views', 'sheriff', 'mayor', 'mayor\'s',
  'senator', 'celebrity', 'firefighter', 'firefighters', 'police officer', 'teacher', 'coach', 'pitcher', 'quarterback',
  'zookeeper', 'twins', 'triplets', 'small town', 'everyone knows', 'whole town', 'only one in the county',
  'fell through the ice', 'struck by', 'hit by', 'train', 'roof collapsed', 'tractor', 'fireworks', 'scooter',
  'dog attack', 'bitten by', 'wrong-way', 'drunk driver', 'encampment',
  'homeless', 'the local', 'escaped', 'snuck out', 'proposed', 'won the', 'recorded', 'tiktok', 'video',
  'principal', 'pastor', 'priest', 'councilman', 'councilwoman', 'judge', 'influencer', 'athlete', 'star player',
  'in this town', 'in town knows', 'whole town', 'knows him', 'knows her', 'pep rally', 'local celebrity',
];

/** Post kinds that are not about a patient. Each list pushes the post's patient context down. */
export const OWN_HEALTH = [
  'my own', 'my biopsy', 'my surgery', 'my chemo', 'my diagnosis', 'my doctor', 'my ob', 'my knee', 'my acl',
  'i was diagnosed', "i'm pregnant", 'weeks pregnant and', 'i am pregnant', 'my pregnancy', 'cancer-free',
  'cancer free', 'months sober', 'years sober', 'days sober', 'my booster', 'my flu shot', 'my covid',
  'in my arm', 'my recovery', 'post-op from my', 'being the patient', 'other side of the iv', 'as a patient',
  'my own ultrasound', 'diagnosed with', 'my ms', 'my manager is supportive',
];

/** The poster's own family: their news is theirs to share (a weaker signal than own health). */
export const OWN_FAMILY = [
  'my mom', 'my dad', 'my mother', 'my father', 'my grandma', 'my grandpa', 'my grandmother', 'my grandfather',
  'my nana', 'my papa', 'my aunt', 'my uncle', 'my husband', 'my wife', 'my son', 'my daughter', 'my kids',
  'happy birthday to my',
];

export const ANNOUNCEMENT = [
  "we're hiring", 'we are hiring', 'now hiring', 'hiring', 'open house', 'sign-on', 'join us', 'rsvp', 'symposium', 'conference', 'keynote', 'webinar', 'booth', 'ce hours', 'walk-ins', 'register at', 'register now',
  'register here', 'registration opens', 'apply now', 'apply via', 'apply at', 'apply here',
  'now open', 'book online', 'giveaway', 'retirement party', 'all are welcome', 'everyone welcome', 'families welcome',
  'flu shot clinic', 'free flu', 'pinning ceremony', 'graduated', 'congratulations', 'congrats to our', 'proud of my daughter',
  'proud of my son', 'award', 'honoree', 'promoted', 'accepted a position', 'new role', 'excited to share',
  'partnership', 'visitor policy', 'policy starts', 'health tip', 'psa', 'reminder', 'flight', 'confirmation',
  'will be closed', 'we will be closed', 'office hours', 'holiday hours', 'for urgent needs', 'new addition',
  'welcome baby', 'baby shower', 'grand rounds', 'will present', 'lunch provided', 'in-service', 'staff meeting',
];

export const PUBLIC_INFO = [
  'data', 'statewide', 'nationwide', 'county health', 'health dept', 'cdc', 'world health organization', 'per the',
  'annual report', 'dashboard', 'cohort', 'a study', 'new study', 'new paper', 'published', 'incidence', 'prevalence', 'statistics', 'stat of the week', 'percent',
  'week over week', 'hospitalizations', 'cases', 'deaths dropped', 'news that', 'prime minister', 'president',
  'senator', 'governor', 'celebrity',
];

export const EDUCATION = [
  'de-identified', 'deidentified', 'removed all patient info', 'placeholder', 'placeholders', 'template', 'nclex',
  'study group', 'study plan', 'case study', 'practice question', 'teaching slide', 'fake', 'hypothetical',
  'example posts', 'patient a', '[pt]', '[age]', 'mnemonic', 'explain the difference', 'guidelines', 'fun fact',
  'did you know', 'on average', 'an adult has', 'the average', 'til', 'oldest living', "world's oldest", 'world record',
  'studying for', 'study tip', 'flashcards', 'board exam', 'boards', 'nclex-style', 'test question', 'quiz',
];

/** Capitalised words that are never the place in "lives in X" or "from X". */
export const NOT_PLACE_WORDS = new Set([
  'the', 'a', 'an', 'my', 'our', 'his', 'her', 'their', 'this', 'that', 'i', 'we', 'he', 'she', 'it', 'they', 'and',
  'icu', 'picu', 'nicu', 'er', 'ed', 'or', 'pacu', 'l&d', 'unit', 'room', 'bed', 'hospital', 'er.', 'ems', 'er,',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight',
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new',
  'hampshire', 'jersey', 'mexico', 'york', 'carolina', 'north', 'south', 'dakota', 'ohio', 'oklahoma', 'oregon',
  'pennsylvania', 'rhode', 'island', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'west',
  'wisconsin', 'wyoming', 'america', 'usa', 'us', 'canada', 'england', 'uk', 'europe', 'asia', 'africa', 'india',
  'china', 'japan', 'school', 'college', 'university', 'church', 'work', 'home', 'town', 'state', 'county', 'city',
  'covid', 'hell', 'god', 'jesus', 'christmas', 'easter', 'dr', 'mr', 'mrs', 'ms', 'nurse', 'rn', 'md',
]);
