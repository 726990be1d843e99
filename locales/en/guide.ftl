# ruta guide texts, English.
# Guidance, actions and "Observe:" prompts speak to the practitioner; questions in the second person and the
# "-say" texts speak to the child, in simple words. Services have generic names: the institutions of each
# country and municipality are in directory.ftl. Every id here also exists in es/guide.ftl.

guide-title = Ruta: returned migrant children

## Sections

section-preparation = Preparation
section-safety = Safety check
section-situation = The child's situation
section-needs = Immediate needs
section-protection = Protection risks
section-wellbeing = Wellbeing
section-family = Family situation
section-return = Returns and migrating again
section-strengths = Protective factors
section-close = Closing

## Shared answer options

opt-yes = Yes
opt-no = No
opt-unclear = Not sure
opt-child-not-sure = Not sure, or the answer is unclear
opt-declined = Does not want to answer
opt-signs-unclear = Something worries you, but it is not clear
opt-signs-none = No sign

## Preparation

q-private-space = Is there a private place where you can talk with the child without being overheard?
q-private-space-guidance = Look for a quiet, safe spot within sight of other staff, where nobody else can hear. If the child looks hurt or very unwell, do not wait: get medical help first. Sit at the child's eye level and introduce yourself: your name and what you do here.

info-make-space-private = Make the space as private as you can: move to a quieter corner, ask others to step back, and speak softly.
info-make-space-private-guidance = Never ask the questions about self-harm, violence or pregnancy where other children or unverified adults can hear. If you cannot get privacy, pause before those questions and continue once you can.

q-who-present = Who is with the child right now?
q-who-present-guidance = Safety and protection questions are never asked in front of an adult whose relationship to the child has not been verified. A parent or guardian counts as verified only when documents or records confirm it. Do not use an accompanying adult or another child as interpreter.
opt-present-nobody = Nobody else, or only centre staff
opt-present-verified = A parent or legal guardian, verified
opt-present-unverified = An adult whose relationship to the child is not verified

q-adult-waits-outside = Kindly ask the adult to wait nearby, out of hearing, while you talk with the child, as is done in every case. Do they agree?
q-adult-waits-outside-guidance = Explain that this is routine for every child; most relatives accept. An adult who refuses, insists on answering for the child, or will not let the child out of sight is a warning sign: do not argue, and get help from the child protection authority.
opt-adult-agreed = Agrees, and waits out of hearing
opt-adult-refused = Refuses, or insists on staying or answering for the child

q-language = Can you and the child understand each other well in the same language?
q-language-guidance = Some children speak an Indigenous language (such as Garífuna, Miskito, K'iche' or Mam), use sign language, or speak mainly English. Use a trained, independent interpreter, never the accompanying adult or another child. Until then, speak slowly and simply, and use gestures or drawings.
opt-lang-interpreter-present = No, but an independent interpreter is here
opt-lang-no-interpreter = No, and no independent interpreter is available

info-explain-and-assent = My job here is to help children and young people who come back. I'm going to ask you some questions so I know how to help you. If you don't want to answer one, just tell me; that's fine. Only the people who must help and protect you will know what you tell me. Shall we start?
info-explain-and-assent-guidance = Introduce yourself by name first, then say this in your own words. Wait for the child to agree (assent); if a verified parent or guardian is present, ask for their consent too. Do not promise to keep everything secret. If the child does not want to talk now, respect it: make sure they are safe and cared for, and try again later.

## Safety check

q-medical-signs = Observe: any urgent medical sign? Injury or bleeding, high fever, dehydration, difficulty breathing, unusual drowsiness or confusion, seizures, or pregnancy with pain or bleeding.
q-medical-signs-guidance = Look before you ask anything. Babies and young children can get worse quickly. If you see any of these signs, stop the interview: medical care comes first. If they are fresh injuries the child made on purpose (cuts, burns), choose that option: medical care first, and every suicide-risk protection as well. If you are unsure, the health staff will decide.
opt-medical-none = No urgent sign
opt-medical-urgent = Yes, one or more urgent signs
opt-medical-self-harm-injury = Fresh injuries the child made on purpose (cuts, burns)

q-medical-check = Ask the health staff to check the child now. Is there an urgent medical need?
q-medical-check-guidance = Stay with the child while they are checked. If there are no health staff on site and you still have doubts, treat it as urgent.

q-feels-safe = Do you feel safe here right now? Is there anyone here who scares you?
q-feels-safe-guidance = Ask calmly, at the child's eye level. Watch their gestures, not only their words: glancing at someone, going quiet or freezing can say a lot. If the child is uneasy, gently ask whether it is because of a person. Do not ask who or why in detail. With very young children, watch how they react to the adults around them.
opt-safe-yes = Feels safe
opt-safe-uneasy = Uneasy, but not because of a person or a threat
opt-safe-afraid = Afraid of someone here, or being threatened

info-keep-close = Keep the child in a calm place near staff you trust. Tell them they can come to you at any time if someone scares or worries them.
info-keep-close-guidance = Do not press for an answer. Keep an eye on who approaches the child, and do not hand the child to anyone until the interview is finished.

q-adult-control = Observe: is there an adult here who answers for the child, watches them closely or tells them what to say, holds their documents, or has threatened or followed them?
q-adult-control-guidance = Think of everything you have seen since the child arrived, including before the adult stepped out. These are signs of possible control or exploitation, not proof. Do not confront the adult or let them know what you suspect.

q-age-band = How old are you?
q-age-band-guidance = If the child does not know, estimate from what they tell you and from their documents, if any. If you are unsure between two bands, choose the younger one: the child gets the benefit of the doubt. If the child could be 12 or older but you are not sure (between "8 to 11 years" and "12 to 14 years"), choose "Age unclear": the suicide question is then asked directly. If the person says they are 18 or over but may be younger, also choose "Age unclear": they are presumed to be a child until their age is confirmed. With children under 6, ask the verified caregiver the questions that follow, and observe the child.
opt-age-0-5 = 0 to 5 years
opt-age-6-7 = 6 or 7 years
opt-age-8-11 = 8 to 11 years
opt-age-12-14 = 12 to 14 years
opt-age-15-17 = 15 to 17 years
opt-age-unclear = Age unclear, or says 18 or over (presumed a child)

q-young-warning-signs = Observe, or from what you have heard: does the child hurt themselves on purpose, or say they want to die or disappear? Mark all that apply.
q-young-warning-signs-guidance = Do not ask young children about suicide: watch and listen. Hitting their head, biting or scratching themselves on purpose is self-harm: it needs care now, as marks of self-harm do at any age. Saying they want to die or disappear needs an assessment by the psychologist before the child leaves the centre, as warning signs do from 8 to 11. Replaying frightening events in play is common and is not, by itself, a sign of risk.
opt-young-hurts-self = Hurts themselves on purpose (bangs their head, bites or scratches themselves, or in another way)
opt-young-talks-of-dying = Says they want to die or disappear

q-warning-signs = Observe, or from what you have heard: are there warning signs of suicide or self-harm? Mark all that apply.
q-warning-signs-guidance = From 8 to 11, ask directly about suicide only when there are warning signs. If you mark any, if you are not sure, or if you saw fresh injuries the child made on purpose at the start, the next question is put to the child directly. Even if the child then says no, what you saw or heard still counts: the psychologist will see the child before they leave the centre. Marks or acts of self-harm need care now, as under 8; the direct question still follows.
opt-warning-talks-of-dying = Talks about dying or not wanting to live
opt-warning-hopeless = Seems to have lost all hope
opt-warning-signs-marks = Marks or acts of self-harm

q-suicide-thoughts = Observe and ask: "When very hard things happen, some people start to think about hurting themselves or about not wanting to live. Have you had thoughts like that?" Mark all that apply.
q-suicide-thoughts-guidance = Ask directly and calmly, in your usual tone: asking does not put the idea in the child's head. Ask in private; first ask a verified parent or guardian to step out for a moment. If the answer is yes, ask whether it is now or was before, whether they have thought of how, and whether they have tried. Also mark what you see, even if the child says no, including injuries you saw at the start: if they need care, medical care comes first. "Not sure" and "Does not want to answer" both lead to the psychologist now.
opt-suicide-injury = Recent injuries they made themselves that need care
opt-suicide-past = Before, but not now
opt-suicide-now = Yes, now
opt-suicide-plan = Has thought of how to do it
opt-suicide-attempt = Has tried recently
opt-suicide-self-harm-seen = Fresh self-harm marks seen
opt-suicide-no = No, and no marks or injuries seen

q-sexual-violence = On the journey or since you came back, did anyone touch your private parts (the parts your underwear covers), make you touch theirs, or make you do something sexual you did not want?
q-sexual-violence-guidance = Ask once, calmly and neutrally, and never ask what happened or who did it. A body search or pat-down does not count unless the child's private parts were touched. Offer a staff member of the sex the child prefers. With very young children, ask the verified caregiver in private instead. If the child says no but you see signs, or declines, a health check is offered without more questions. If the child declines, say calmly that they can tell you or the health staff at any time, and that care helps most in the first days.
opt-sv-signs-seen = The child says no, but you see signs (pain when sitting or walking, crying or fear when touched)

q-sexual-violence-when = Can you tell me roughly when it happened? Was it in the last few days, or longer ago?
q-sexual-violence-when-guidance = You only need the time, not what happened. Time matters for health care: HIV prevention must start within 72 hours and emergency contraception within 120 hours (5 days); both work better the sooner they start. "Not sure" leads to the urgent pathway.
opt-sv-within-three-days = In the last 3 days (72 hours)
opt-sv-four-to-five-days = 4 to 5 days ago (72 to 120 hours)
opt-sv-more-than-five-days = More than 5 days ago

## The child's situation

q-travel-with = Who came back with you on the journey home?
q-travel-with-guidance = Officials, escorts, drivers and other returnees are not caregivers. A separated child is with another adult, not a parent or legal guardian. An unaccompanied child has no responsible adult at all.
opt-travel-parent = Mother, father or legal guardian
opt-travel-relative = Another adult relative (separated child)
opt-travel-other-adult = An adult who is not family (separated child)
opt-travel-alone = No responsible adult, or only other children (unaccompanied child)

q-caregiver-verified = Has the adult's relationship to the child been verified, with documents or records, and with what the child and the adult each say separately?
q-caregiver-verified-guidance = The child protection authority does or confirms the verification. Notice also how the child behaves with the adult. If the accounts differ, documents are missing, or you have any doubt, answer no. If another caregiver is verified later, you will record it under "Family situation".

q-id-documents = Do you have any document with your name on it, like your birth certificate or your passport?
q-id-documents-guidance = Many children come back without documents: it is not their fault, and it is no reason to delay their care. In Honduras, children usually carry a birth certificate or a passport, not an identity card. If someone other than a parent or verified caregiver keeps them, choose that option: it is a sign of trafficking. Never take or keep the child's documents.
opt-id-yes = Yes, the child or their verified caregiver has them
opt-id-no = No documents
opt-id-held-by-other = Someone other than a parent or verified caregiver keeps them

q-nationality = Which country are you from? Where were you born?
q-nationality-guidance = If the child is from another country, this country's child protection authority also takes the case. Before contacting their consulate, ask calmly whether they are afraid to go back to their country: if so, they may need international protection, and contact with the consulate is decided only after that is reviewed.
opt-nationality-national = From this country
opt-nationality-foreign = From another country, or unclear

## Immediate needs

q-basic-needs = Have you eaten and had water today? Do you need to rest, use the toilet or wash?
q-basic-needs-guidance = Look too for tiredness, hunger, thirst, cold, wet or dirty clothes. If anything is missing, see to it before going on: water, food, a place to rest, hygiene items, clothes or sanitary pads. With babies, ask the caregiver about feeding and nappies. A hungry or exhausted child cannot talk calmly.
opt-needs-covered = Has the basics for now
opt-needs-now = Needs something now (food, water, rest, hygiene or clothes)

q-medicines = Do you take any medicine every day, or use something that helps you, like glasses or a hearing aid? Do you have it with you?
q-medicines-guidance = Think of conditions such as asthma, diabetes, epilepsy or HIV, and of aids such as glasses, hearing aids, wheelchairs or crutches. If a medicine is missing or an aid does not work, tell the health staff today. Do not ask for prescriptions or diagnoses before giving care.
opt-medicines-none = Takes no medicine and uses no aid
opt-medicines-has = Yes, and has them here
opt-medicines-missing = A medicine is missing, or an aid is missing or broken

q-family-call = Have you been able to talk to your family since you arrived? Would you like to?
q-family-call-guidance = Talking to someone they love is very calming. Offer a call on the centre's phone or through the family contact service. If the child has no verified caregiver, agree the call with the child protection authority first. If the child does not want to call, or is afraid to, do not insist; keep it in mind at the question about their home.
opt-call-done = Has already talked to their family
opt-call-wants = Not yet, and would like to
opt-call-not-now = Does not want to call for now

## Protection risks

q-reasons-left = Everyone has their own reasons for travelling. What made you leave the place where you lived?
q-reasons-left-guidance = First make sure no unverified adult can hear. Listen for the main reason; do not ask for details or names. If there are several, choose the one highest on the list. Young children often do not know. If the child mentions violence, thank them for telling you, and go on calmly.
opt-reason-threats = Threats or violence from gangs or other groups
opt-reason-violence-home = Violence or abuse at home
opt-reason-sent-or-taken = Someone else decided the journey, or someone took the child
opt-reason-family = To be with family
opt-reason-work-study = Work, money or study
opt-reason-other = Another reason

q-safe-to-return = Is it safe for you to go back to the place where you lived?
q-safe-to-return-guidance = Ask calmly and believe the answer: the child knows better than anyone whether they are in danger there. Do not ask who threatens them or for the names of people or gangs. If the answer is no, or the child is not sure, the next question only asks what kind of danger it is; even if it is no threat from outside the home, the child protection authority checks where the child is going before they leave. If the child does not want to answer, it is treated as a possible threat.
opt-return-safe = Yes, it is safe
opt-return-not-safe = It is not safe

q-threat-type = Is it because of a threat against you or your family? I don't need names or details; just tell me what kind of threat it is.
q-threat-type-guidance = Record the type only: never the names of people or gangs, never what happened. If there are several, choose the first on the list. If the child does not want to say, respect it: it is treated as a possible threat. If the danger is inside the home, choose "No threat from outside the home": that is asked later.
opt-threat-recruitment = Pressure to join a gang or other group
opt-threat-extortion = Extortion or payments demanded from the family
opt-threat-witness = Threatened for something they saw or know
opt-threat-family-attacked = A relative was killed, attacked or disappeared
opt-threat-sexual-pressure = Sexual harassment or pressure from group members
opt-threat-other = Another threat
opt-threat-none = No threat from outside the home

q-release-today = Observe: is the child due to go to that place today, or to the home of people who live in the same neighbourhood or village?
q-release-today-guidance = Check with the team where and with whom the child would leave today. If the plan is to take the child to the place where they are in danger, or near it, stop the departure and tell the child protection authority now. If you do not know, treat it as a yes.

q-trafficking-signs = Observe, and from what the child has told you: which signs of trafficking or exploitation are there? Mark all that apply.
q-trafficking-signs-guidance = Mark every sign you see or are told about; one is enough. Do not question in detail or ask for names. Sexual acts may be in exchange for passage, food or a debt. A single sexual assault on the route, without these signs, counts under sexual violence. The debt for the journey is asked next.
opt-traf-documents-held = Someone else keeps their documents or money
opt-traf-deceived = Tricked with a job or a promise of joining their family
opt-traf-forced-work = Made to work, or to work off a debt
opt-traf-sexual-exploitation = Made to do sexual acts in exchange for something (money, food, a place to sleep, the journey), or again and again
opt-traf-did-not-know-where = Did not know where they were going or with whom
opt-traf-told-what-to-say = Someone told them what to say
opt-traf-not-free = Cannot move or speak freely

q-debt = Do you or your family owe money to the person who arranged the journey? Is anyone pressing you to pay?
q-debt-guidance = Ask without judging: many families borrow to pay for the journey. A debt with pressure, with threats, or with the idea of travelling again to pay it off can turn into exploitation. Do not ask for names or amounts. If the child does not know, do not insist.
opt-debt-none = No debt
opt-debt-no-pressure = There is a debt, without pressure or threats
opt-debt-pressure = There is a debt, with pressure or threats

q-controller-here = Find out discreetly: is the person who arranged the journey, controls the child's movements or collects a debt from them (or someone sent by that person) here, or waiting to take the child?
q-controller-here-guidance = Ask the reception and security staff who has come to collect the child. Ask the child calmly, without asking for names: "Is the person who brought you, or who your family owes money to, here or waiting for you?" If that person is here, or nobody knows, it is an emergency: do not confront them, do not let them come near the child, and discreetly tell security and the child protection authority.
opt-controller-here-yes = Yes, here or waiting

q-home-violence = Is there anyone at home, or where you are going to live, who hurts you or who you are afraid of?
q-home-violence-guidance = Ask in private and calmly, without suggesting anyone. Do not ask for details of what happens: you only need to know how the person is related to the child and whether they are here. If they are at the centre or coming to collect the child, discreetly tell child protection and centre security now, and carry on in a safe place.
opt-home-yes = Yes
opt-home-yes-here = Yes, and that person is here or coming to collect the child

q-pregnancy = Are you pregnant, or do you think you might be?
q-pregnancy-guidance = Ask only in private, to girls aged 10 or over or when you see signs of pregnancy; otherwise choose "Does not apply". Ask without judging, with a woman on the team if possible. Do not ask how it happened or who the partner is. If she is under the age of sexual consent in her country (14 in Honduras and Guatemala, 15 in El Salvador), or there are signs she was forced or pressured, it is abuse: choose that option. If in doubt, choose it.
opt-pregnancy-not-applicable = Does not apply (a boy, or a girl under 10 with no signs)
opt-pregnancy-yes-no-abuse-signs = Yes or possibly; at or over the age of consent, with no signs of abuse
opt-pregnancy-yes-under-age-or-abuse = Yes or possibly; under the age of consent, or there are signs of abuse

q-partner-present = Is her partner, or the adult suspected of the abuse, here or coming to collect her?
q-partner-present-guidance = Ask her in private and calmly, without asking for names: "Is the person you are pregnant by here, or coming for you?", and ask the staff who has come to collect her. If that person is here, on the way, or nobody knows, it is an emergency: do not confront them, and discreetly tell security and the child protection authority.
opt-partner-present-yes = Yes, here or coming to collect her

q-prenatal-care = During this pregnancy, have you had any antenatal check-up, a visit to a health worker?
q-prenatal-care-guidance = Ask without judging. If she has had no check-up, or does not know, her first antenatal check-up must be booked: it is a need, all the more if the pregnancy is well along.
opt-prenatal-yes = Yes, she has had check-ups
opt-prenatal-no = No, none

q-disability = Do you have any difficulty seeing, hearing, moving, speaking, learning or understanding, or an illness that needs care all the time?
q-disability-guidance = Speak to the child directly, not only to whoever is with them, and adapt how you communicate. Also watch how the child moves, whether they hear and understand, and whether they sign. If there are several difficulties, choose the one that most affects daily life. No diagnosis is needed to choose it.
opt-disability-none = None
opt-disability-physical = Moving (physical)
opt-disability-sensory = Seeing, hearing or speaking (sensory)
opt-disability-intellectual = Learning or understanding (intellectual or developmental)
opt-disability-chronic = A chronic illness that needs treatment
opt-disability-possible = Possible, not clear

q-family-missing = On the journey, did anyone in your family stay behind, go missing, get detained or get separated from you?
q-family-missing-guidance = Ask with care: this can bring up a lot of pain or worry. Do not ask for details of what happened. If a relative is missing, detained or separated, the family tracing service and the consulate can help. Tell the child that there are people whose job is to find families, and that the search is not their responsibility.

## Wellbeing

q-severe-signs = Observe, after helping the child calm down: which signs are still there? Mark all that apply.
q-severe-signs-guidance = First help the child calm down: a quiet place, a calm voice, slow breathing together, naming things they can see. Mark only the signs that continue after that: the psychologist then sees the child now, and someone stays with them. If the child talks about wanting to die or to hurt themselves, mark it: the suicide risk is dealt with first, then the interview goes on.
opt-severe-cannot-calm = Cannot calm down
opt-severe-unresponsive = Does not respond, or seems absent
opt-severe-disoriented = Does not know where they are
opt-severe-perceptions = Sees or hears things that others do not
opt-severe-talks-of-death = Talks about dying or hurting themselves

q-functioning = These days, have you been able to eat, sleep and do your usual things?
q-functioning-guidance = With young children, ask the verified caregiver if there is one, and observe. Look at what the child can do, not only at how they feel: playing, talking, eating, resting. Some difficulty is common right after a hard journey.
opt-functioning-mostly = Mostly yes
opt-functioning-some = With some difficulty
opt-functioning-cannot = Cannot, or hardly at all

q-signs-young = Observe, and ask the caregiver: which signs of distress does the child show? Mark all that apply.
q-signs-young-guidance = These reactions are common after a hard journey. Mark every sign you see or the caregiver tells you about. Also mark "Several, or not easing" if there are so many that they worry you, or if the caregiver says they are new and not easing. Losing a skill the child had, such as walking or talking, always leads to follow-up.
opt-sign-clinging = Clings to their caregiver
opt-sign-regression = Wets again, sucks their thumb or talks like a baby again
opt-sign-lost-skill = Has lost a skill they had, such as walking or talking
opt-sign-crying = Cries a lot or is irritable
opt-sign-new-fears = Has new fears
opt-sign-sleep-eating = Sleeps or eats differently
opt-sign-play = Plays less, or replays what frightened them

q-signs-child = Observe, and ask calmly: which signs of distress does the child show? Mark all that apply.
q-signs-child-guidance = These reactions are common after a hard journey. Mark every sign you see or the child or their caregiver tells you about. Also mark "Several, or not easing" if there are so many that they worry you, or if the caregiver says they are not easing.
opt-sign-withdrawn = Withdrawn, or hardly talking
opt-sign-afraid = Afraid, or very worried about their family
opt-sign-angry = Quick to anger, fights, or finds it hard to settle
opt-sign-sleep = Sleeps badly or has nightmares
opt-sign-eating = Eats less or more than before
opt-sign-aches = Headaches or stomach aches
opt-sign-concentration = Has trouble concentrating
opt-sign-self-blame = Blames themselves for what happened
opt-sign-stutter-wetting = Stutters, or wets again

q-signs-teen = Observe, and ask calmly: which signs of distress does the adolescent show? Mark all that apply.
q-signs-teen-guidance = These reactions are common after a hard journey. Mark every sign you see or the adolescent tells you about. Also mark "Several, or not easing" if there are so many that they worry you, or if the adolescent says they are not easing or stop them doing their usual things.
opt-sign-sadness = Deep sadness or hopelessness
opt-sign-guilt = Guilt or shame
opt-sign-anger = Anger, or clashes with adults
opt-sign-withdrawn-teen = Withdraws from others
opt-sign-risk-taking = Risk-taking, or using alcohol or drugs
opt-sign-worry-family = Worries too much about their family

opt-signs-several = Several, or not easing with time

## Family situation

q-who-cares = Who are you going to live with now? Who is going to look after you?
q-who-cares-guidance = Listen to whom the child names and how they talk about that person. Naming someone is not enough: the child protection authority verifies the relationship. If the child says there is nobody, or does not know, do not promise a place: explain that there are people whose job is to find where they will be well cared for.
opt-cares-parent = Their mother or father
opt-cares-relative = Another relative (grandmother, aunt, older brother or other)
opt-cares-other-adult = Another adult who is not family
opt-cares-nobody = Nobody, or no one who can care for them

q-caregiver-reached = Observe: has that person been contacted, and is their relationship to the child verified?
q-caregiver-reached-guidance = Contacting is not verifying: the child protection authority confirms identity and relationship with documents, records and what each says separately. If it has, choose one of the first two options: family tracing is not started, and the child leaves only with that person. If not, "No verified caregiver" is flagged, and the child leaves with no one until that authority decides.
opt-reached-here = Is here, and the relationship is verified
opt-reached-contacted = Has been contacted, and the relationship is verified
opt-reached-not-yet = Not yet contacted or verified
opt-reached-unreachable = Cannot be reached

q-parents-abroad = Does your mum or your dad live in another country?
q-parents-abroad-guidance = Ask without judging the family. Many children travel to join a parent, and may try again. If a parent abroad must be contacted, the child protection authority can ask for consular support. Give no information about where the child is to anyone whose relationship has not been verified.
opt-abroad-none = No, neither
opt-abroad-one = Yes, one of them
opt-abroad-both = Yes, both

q-school = Before you left, were you going to school or studying?
q-school-guidance = Ask with interest, not as a reproach; with adolescents aged 12 to 17, "Were you studying?" is enough. Going back to school protects: it gives routine, friends and a safe place. If the child had stopped studying, the municipal returnee unit and the education services can help them return to school.
opt-school-attending = Yes, was going to school
opt-school-out-recent = Left school less than a year ago
opt-school-out-long = Left school a year ago or more, or never went
opt-school-too-young = Not yet of school age

q-caregiver-distress = Observe: does the mother, father or caregiver with the child seem very distressed, exhausted or unable to look after the child?
q-caregiver-distress-guidance = The journey and the return affect adults too, and a caregiver who is overwhelmed needs support in order to care. Listen to them for a few minutes, offer water and a seat, and explain which reactions in the child are common. Do not judge them in front of the child.
opt-caregiver-none-here = No caregiver is here

## Returns and migrating again

q-times-returned = Is this the first time you have been sent back, or has it happened before?
q-times-returned-guidance = Ask without judging and without a scolding tone. Each new attempt exposes the child to more risks on the road: several returns call for more support to stay, not for reproach.
opt-returned-first = This is the first time
opt-returned-second = This is the second time
opt-returned-third = Three times or more

q-migrate-again = Are you thinking of travelling again?
q-migrate-again-guidance = Respect the answer: it is the child's view, and this is not the moment to change their mind. Listen to what makes them think of leaving (family, money, fear, studies). Do not use fear or lectures. With young children, ask about the family's plans. If they plan to leave soon, the municipal returnee unit and the child protection authority must know this week.
opt-migrate-maybe = Maybe, or does not know
opt-migrate-soon = Yes, and soon

## Protective factors

q-protective-factors = Observe and ask naturally: how many of these supports does the child have? See the list below.
q-protective-factors-guidance = Supports: a loving, non-violent caregiver who has been contacted; another trusted adult; school; friends; a church or community group; something they like or are good at; something they look forward to; no danger in the place they are going to. You might ask, for example: "What helps you when you feel bad?"
opt-protective-three-or-more = Three or more supports
opt-protective-up-to-two = Two or fewer

## Closing

q-closing = Thank you for talking with me and for trusting me. Is there anything else you want to tell me, or anything you want to ask me?
q-closing-guidance = Answer the child's questions honestly and in simple words, without promising what is not up to you. The next screen shows the pathway: explain what will happen today, who will see the child and when. If the child tells you something new that worries them, listen without asking for details. Write down only what is needed, and share it only with those who must protect the child.
opt-closing-nothing = Nothing else
opt-closing-question = Had a question, now answered
opt-closing-new-concern = Raised another worry, or a risk not asked about

## Flags

flag-interpreter-needed = Interpreter needed
flag-interpreter-needed-action = Find an independent interpreter within 24 hours and, with their help, go over any question the child may not have understood; never use the accompanying adult.
flag-did-not-answer-sensitive = Sensitive question not answered clearly
flag-did-not-answer-sensitive-action = Respect the child's choice; within 24 hours, offer a private talk with the psychologist, and ask the child protection authority to follow up.
flag-exploitation-concern = Possible control or exploitation, not confirmed
flag-exploitation-concern-action = Within 24 hours, tell the child protection authority what you saw or heard, so they can check for trafficking or exploitation.
flag-self-harm-concern = Self-harm or suicide concern
flag-self-harm-concern-action = Ask the psychologist to see the child within 24 hours and before they leave the centre: there were warning signs, doubts or thoughts of self-harm, even if the child has none now or says no.
flag-sexual-violence-past = Sexual violence more than 5 days ago
flag-sexual-violence-past-action = Arrange a health check and psychological support within 24 hours: care still helps now, and what happened was not the child's fault.
flag-sexual-violence-recent = Recent sexual violence (5 days or less), or timing not known
flag-sexual-violence-recent-action = After the urgent health care: health follow-up (tests and check-ups), psychological support, and the child protection authority and the prosecutor told within 24 hours, so that the child has to tell it only once.
flag-sexual-violence-possible = Possible sexual violence (did not want to answer, or signs seen)
flag-sexual-violence-possible-action = Today, calmly and without more questions, offer a health check by a staff member of the sex the child prefers; explain that HIV prevention and emergency contraception work only in the first days. Tell the child they can tell you or the health staff whenever they want.
flag-medical-follow-up = Medical emergency: health follow-up
flag-medical-follow-up-action = After the urgent care, confirm with the health staff what follow-up is needed (check-ups, medicines, an appointment at a health centre), and that the child does not leave the centre until the health staff agree.
flag-self-harm-injury = Fresh self-harm injuries
flag-self-harm-injury-action = While the injuries are treated and afterwards, someone the child trusts stays with them the whole time; remove anything they could use to hurt themselves, and ask the psychologist to assess the suicide risk today, before the child leaves the centre.
flag-feared-person = Afraid of someone here
flag-feared-person-action = Keep the child away from that person and with trusted staff. The child protection authority reviews within 24 hours who the child may leave with; in the meantime, never with that person.
flag-age-0-5 = Child aged 0 to 5
flag-age-0-5-action = With a young child: keep them with their caregiver, keep to their feeding and sleeping times, speak in a calm voice, and support the caregiver.
flag-age-6-11 = Child aged 6 to 11
flag-age-6-11-action = With a child aged 6 to 11: give simple, truthful answers, say it is not their fault, keep routines, and be patient if they act younger than their age for a while.
flag-age-12-17 = Adolescent aged 12 to 17
flag-age-12-17-action = With adolescents: give clear information, listen without judging, take their views into account in decisions, and talk about the risks they face and how to stay safe.
flag-age-unclear = Age not confirmed (presumed a child)
flag-age-unclear-action = Treat the person as a child, and ask the child protection authority to determine their age, with the civil registry's help if needed.
flag-arrived-without-verified-adult = Arrived without a verified adult
flag-arrived-without-verified-adult-action = Tell the child protection authority today how the child arrived. Even if the family is verified later, the child leaves the centre only with the person whose relationship that authority has verified.
flag-no-verified-caregiver = No verified caregiver
flag-no-verified-caregiver-action = Tell the child protection authority today that no verified person is going to care for the child, so they can take a protection measure and look for the family.
flag-separated-child = Separated from parents
flag-separated-child-action = Tell the child protection authority that the child is not with a parent or legal guardian, so they can confirm who will care for the child and plan follow-up.
flag-no-id-documents = No identity document
flag-no-id-documents-action = Guide the family, or the child protection authority if there is no verified family, to obtain the child's documents from the civil registry.
flag-foreign-child = From another country, or nationality unclear
flag-foreign-child-action = Tell the child protection authority today; if the child is afraid to go back to their country, ask UNHCR for advice before any contact with their consulate.
flag-basic-needs = Basic needs not met
flag-basic-needs-action = Provide now what is missing (water, food, rest, hygiene or clothes), and check that it stays covered for the whole stay.
flag-missing-medicine = Medicine or aid missing
flag-missing-medicine-action = Ask the health staff today to get the medicine or to repair or replace the aid, and note it in the referral note.
flag-call-family = Wants to talk to their family
flag-call-family-action = Offer a safe call to the family today (centre phone or family contact service); if there is no verified caregiver, agree it with the child protection authority first.
flag-trafficking-indicators = Signs of trafficking or exploitation
flag-trafficking-indicators-action = Tell the child protection authority and the anti-trafficking unit today which signs you saw, without asking the child for more detail.
flag-threat-at-origin = Threat or danger where the child lived
flag-threat-at-origin-action = Within 24 hours, ask the child protection authority for a risk assessment and a protection measure before any return home is planned.
flag-threat-release-today = Due to leave today for the place of danger
flag-threat-release-today-action = Stop the planned departure and tell the child protection authority now, so a safe place can be found for tonight.
flag-unsafe-to-return = Says it is not safe to go back, or is not sure
flag-unsafe-to-return-action = Ask the child protection authority to talk with the child in private and to confirm, before the child leaves, that the place they are going to is safe, even if the child names no threat from outside the home.
flag-controller-present = The person in control is here or waiting
flag-controller-present-action = Discreetly tell security, the child protection authority and the emergency line now; do not confront that person, do not let them near the child, and do not let them see what you suspect.
flag-family-debt = Debt from the journey
flag-family-debt-action = Tell the municipal returnee unit about the debt so the family can get support, and watch for any pressure to pay it.
flag-violence-at-home = Violence or fear at home
flag-violence-at-home-action = Tell the child protection authority today; they decide on a protection measure and, where it applies, a criminal report.
flag-abuser-present = Person named is here or on the way
flag-abuser-present-action = Discreetly tell centre security and the child protection authority now; do not let that person be alone with the child or leave with them, and call the emergency line if there is danger.
flag-home-safety-unclear = Safety at home not clear
flag-home-safety-unclear-action = Ask the child protection authority to talk with the child in private and check the home situation before the child leaves with the family.
flag-pregnancy = Pregnancy, confirmed or possible
flag-pregnancy-action = Antenatal care within a week; within 24 hours if she is under the age of consent in her country or there are signs of abuse or coercion; the same day if she has pain, bleeding, fever or dizziness.
flag-sexual-abuse-child = Possible sexual abuse (under the age of consent, or signs of abuse)
flag-sexual-abuse-child-action = Tell the child protection authority and the prosecutor today. Below the age of sexual consent (14 in Honduras and Guatemala, 15 in El Salvador), sexual activity is always treated as abuse, even if she says she agreed.
flag-pregnancy-unclear = Possible pregnancy, not clear
flag-pregnancy-unclear-action = With her assent, offer a confidential health appointment within a week, where she can ask whatever she needs.
flag-no-prenatal-care = Pregnancy without antenatal care
flag-no-prenatal-care-action = Book her first antenatal check-up within a week, sooner the further along the pregnancy is, and make sure someone she trusts goes with her.
flag-disability-chronic = Disability or chronic illness
flag-disability-chronic-action = Within a week, arrange a health assessment and a link to disability services.
flag-family-member-missing = Relative missing, detained or separated on the route
flag-family-member-missing-action = Put the family in touch with the family tracing service and consular protection, and watch for signs of grief or great worry.
flag-distress-severe = Severe distress
flag-distress-severe-action = Arrange an assessment by a mental-health professional within 24 hours, and stay with the child until you hand them over in person.
flag-distress-acute = Severe distress that does not ease with calming
flag-distress-acute-action = The psychologist sees the child now, and someone the child trusts stays with them the whole time. If there is no psychologist at the centre, ask for urgent health care.
flag-distress-moderate = Moderate distress
flag-distress-moderate-action = Arrange psychosocial follow-up within a week, and share only what is needed, with the child's assent.
flag-parents-abroad = Parent living in another country
flag-parents-abroad-action = If a parent abroad must be contacted, ask the child protection authority to do it with consular support.
flag-out-of-school = Out of school
flag-out-of-school-action = Link the family with the education services so the child can go back to school as soon as possible.
flag-caregiver-distress = Caregiver overwhelmed
flag-caregiver-distress-action = Give the caregiver Psychological First Aid (PFA): listen, see to their basic needs, and tell them where they can get support for themselves.
flag-repeated-returns = Returned more than once
flag-repeated-returns-action = Ask the municipal returnee unit for close follow-up: each return adds risks and losses.
flag-remigration-maybe = Thinking of migrating again
flag-remigration-maybe-action = Give clear information, without frightening, about the risks of irregular travel and about the regular routes that exist.
flag-remigration-soon = Plans to migrate again soon
flag-remigration-soon-action = Tell the municipal returnee unit and the child protection authority this week, and talk with the family about the risks and the regular routes.
flag-few-protective-factors = Few protective factors
flag-few-protective-factors-action = Link the child with community activities, such as groups, sport or protective spaces, and agree a follow-up within a week.
flag-new-concern = Another worry raised at the close
flag-new-concern-action = Note briefly what the child said and pass it to the child protection authority today; if it is a risk to the child's safety, act now.

## Services (generic names; who provides them in each place is in directory.ftl)

svc-emergency-services = Emergency line (police and ambulance)
svc-emergency-services-desc = Police, ambulance and fire emergencies, at any hour.
svc-child-protection = Child protection authority
svc-child-protection-desc = Protection measures, verification of family relationships, temporary care and family tracing.
svc-medical-onsite = Health staff at the reception centre
svc-medical-onsite-desc = First check and medical care at the centre itself.
svc-health = Health service (clinic or hospital)
svc-health-desc = Medical and emergency care, including care after sexual violence: HIV prevention, emergency contraception and psychological support.
svc-mental-health = Specialised mental-health service
svc-mental-health-desc = Specialised assessment and care for children and adolescents with severe distress or suicide risk.
svc-psychologist-onsite = Psychologist at the reception centre
svc-psychologist-onsite-desc = Same-day psychological support, risk review, and in-person handover to follow-up services.
svc-prosecutor-children = Prosecutor's office for children
svc-prosecutor-children-desc = Investigates crimes against children and adolescents, such as abuse, sexual violence and exploitation.
svc-anti-trafficking = Anti-trafficking unit
svc-anti-trafficking-desc = Investigates human trafficking and exploitation, and coordinates care for victims.
svc-family-links = Restoring family links
svc-family-links-desc = Free calls, and tracing of relatives separated or missing on the migration route.
svc-returnee-unit = Municipal returnee unit
svc-returnee-unit-desc = Follow-up after the reception centre: school, documents, work and family support, with the municipality's services.
svc-community-programmes = Municipal and community programmes for children and youth
svc-community-programmes-desc = Community activities and protective spaces for children and adolescents, such as emotional recovery groups.
svc-displacement-protection = Protection for people displaced by violence
svc-displacement-protection-desc = Support for people displaced or at risk of forced displacement, including returnees with protection needs: temporary shelter, relocation and legal advice.
svc-refugee-agency = UN Refugee Agency (UNHCR)
svc-refugee-agency-desc = Identifies and advises returnees with protection needs, and supports national institutions.
svc-human-rights-ombudsman = Human rights ombudsman
svc-human-rights-ombudsman-desc = Receives complaints and follows up the cases of returnees at risk.
svc-consular-protection = Consular protection (foreign ministry and consulates)
svc-consular-protection-desc = Contact with relatives abroad, case information before the return, documents, and support to nationals detained or missing in other countries.
svc-civil-registry = Civil registry (identity documents)
svc-civil-registry-desc = Birth registration and identity documents.
svc-education = Education services (return to school)
svc-education-desc = Enrolment and return to school, and help to catch up.
svc-disability-services = Disability services
svc-disability-services-desc = Assessment, rehabilitation, assistive devices and inclusion for children and adolescents with disabilities.
svc-children-court = Children's court
svc-children-court-desc = Orders judicial protection measures when the child protection authority requests them.

## Pathways: shared actions and hard stops

out-act-inform-and-finish = Tell the child protection authority now. Once the child is safe and stable, go on with the screening here, with the child protection officer if they have come, so that the child does not have to answer twice and no other need is missed.
out-act-if-worse = Tell the family where to go if the reactions get worse or do not ease over the coming weeks.

stop-no-release-unverified = Do not release the child to any adult whose relationship the child protection authority has not verified.
stop-no-release-to-feared-adult = Do not release the child to the person who frightens them or who seems to control them.
stop-no-release-to-abuser = Do not release the child to the person who hurts them, or send the child to that home, without a decision by the child protection authority.
stop-no-release-to-exploiter = Do not release the child to whoever arranged the journey, controls them or collects a debt from them, or to anyone that person sends.
stop-no-release-before-review = Do not let the child leave with whoever arranged the journey or with the adult who worried you until the child protection authority has reviewed it.
stop-no-threatened-place = Do not send the child to the place (neighbourhood or village) where they are in danger, not even for one night, without a plan from the child protection authority.
stop-no-names = Do not ask for or write down the names of attackers, or of gangs.
stop-no-adult-process = Do not move the person into the adult process until their age has been confirmed.
stop-no-story = Do not ask the child to tell what happened or who did it.
stop-no-secret = Do not promise to keep it secret; explain who needs to know in order to protect the child.
stop-not-alone = Do not leave the child alone, even for a moment, until the psychologist arrives.
stop-no-delay-care = Do not delay health care while waiting for a criminal report or for documents.
stop-no-leave-before-psychologist = Do not let the child leave the centre before the psychologist has seen them.

## Pathway: medical emergency

out-medical-emergency = Medical emergency
out-medical-emergency-act-call = Call the centre's health staff now; if there are none, or the child's life may be at risk, call the emergency line.
out-medical-emergency-act-stay = Stay with the child in a calm, comfortable place, away from noise and from people looking on.
out-medical-emergency-act-explain = Do not ask what happened; explain in simple words what is going on and who is going to help.
out-medical-emergency-act-escort = If the child goes to a health service, a staff member the child trusts goes with them.
out-medical-emergency-say = We are going to help you right now. Someone who knows about health will check you, and I will stay with you.

## Pathway: suicide or self-harm risk

out-suicide-risk = Possible suicide or self-harm risk: assess now
out-suicide-risk-act-psychologist = Call the centre's psychologist now; call the emergency line if the child is seriously hurt or you cannot keep them safe.
out-suicide-risk-act-means = Quietly remove anything the child could use to hurt themselves, such as cords, sharp objects or medicines.
out-suicide-risk-act-medical = If there was a recent attempt or self-injury (pills, poison, cuts, hanging), the health staff examine the child now, even if they look well.
out-suicide-risk-act-listen = Listen calmly and without judging, and thank the child for telling you.
out-suicide-risk-act-handover = Hand the child over in person and tell the psychologist what the child said; a referral note is not enough.
out-suicide-risk-say = Thank you for telling me. You are not alone with this. I am going to stay with you, and we will find someone who knows how to help with what you are feeling.

## Sexual violence pathways: shared actions

out-sexual-violence-act-believe = Believe the child, tell them it was not their fault, and do not ask for details.
out-sexual-violence-act-assent = Offer a staff member of the sex the child prefers, explain each step, and ask before doing anything.

## Pathway: recent sexual violence

out-recent-sexual-violence = Recent sexual violence (up to 5 days) or time unknown
out-recent-sexual-violence-act-health-now = Take the child to a health service now, with a staff member they trust: the sooner care starts, the better it works.
out-recent-sexual-violence-act-timing = Tell the health team roughly when it happened: HIV prevention must start within 72 hours, and emergency contraception within 120 hours.
out-recent-sexual-violence-act-protection = Tell the child protection authority now; together with the prosecutor, they make sure the child has to tell it only once.
out-recent-sexual-violence-say = Thank you for trusting me. What happened is not your fault. We are going to take you to people who know how to look after your health, and I will explain each step.

## Pathway: immediate danger or a controlling adult

out-immediate-danger = Immediate danger, or an adult controlling the child
out-immediate-danger-act-move = Take the child to a safe place, with staff they trust, where the person of concern cannot see or hear them.
out-immediate-danger-act-no-confront = Do not confront that person; alert centre security, and call the emergency line if anyone is in danger.
out-immediate-danger-act-stay = Stay with the child until the child protection authority arrives, and calmly explain what is happening.
out-immediate-danger-say = You are with me now and we are going to look after you. You did nothing wrong. I will stay with you until the people who are going to help us arrive.

## Pathway: possible trafficking or exploitation

out-trafficking = Possible trafficking or exploitation
out-trafficking-act-separate = If someone who may be controlling the child is here, discreetly keep the child away from them, with trusted staff, without confronting anyone.
out-trafficking-act-no-statement = Do not take a statement or ask about the journey: the specialised unit will hear the child once, with the right support.
out-trafficking-act-documents = If someone else holds the child's documents or money, note it for the child protection authority; do not try to get them back yourself.
out-trafficking-act-not-to-blame = Explain that the child is not in trouble, that none of this is their fault, and that they have a right to protection and care.
out-trafficking-say = You are not in trouble, and none of this is your fault. There are people here whose job is to protect you. Before each step, I will explain what is going to happen.

## Pathway: threat or risk of forced displacement

out-threat = Threat or risk of forced displacement
out-threat-act-believe = Believe the child and thank them for telling you; do not ask for names, nicknames or details of who is threatening.
out-threat-act-plan = With the child protection authority, make a plan for the next hours and nights: where the child will sleep, with whom, and how they will get there, away from the place of danger.
out-threat-act-data = Record only the type of threat, and share it only with the protection services.
out-threat-act-options = Explain honestly which protection options exist and how long they may take, without promising what is not up to you.
out-threat-say = Thank you for telling me. With people who know about this, we are going to look for a safe place for you. I will tell you about each decision.

## Pathway: violence, abuse or neglect at home, or sexual abuse of a child

out-violence-home = Violence, abuse or neglect at home, or sexual abuse of a child
out-violence-home-act-reassure = Thank the child for telling you and say that it is not their fault, without speaking badly of their family in front of them.
out-violence-home-act-no-confront = Do not confront the family or the person named, and do not tell them what the child said.
out-violence-home-act-health = If the child has injuries or pain, ask the health staff to check them, without asking how they happened.
out-violence-home-act-explain = Explain in simple words who has to know, and what will happen today.
out-violence-home-say = Thank you for telling me. None of this is your fault. I am going to tell people who can protect you, and I will tell you what is going to happen.

## Pathway: unaccompanied or separated child without a verified caregiver

out-unaccompanied-unverified = Unaccompanied or separated child without a verified caregiver: family tracing
out-unaccompanied-unverified-act-protection = While the child protection authority verifies the family, tell the child where they will sleep tonight and who will look after them.
out-unaccompanied-unverified-act-needs = Make sure the child has food, water, a place to rest, and a staff member to turn to.
out-unaccompanied-unverified-act-contact = With the child protection authority's agreement, help the child get in touch safely with their family, by the centre's phone or the family contact service.
out-unaccompanied-unverified-act-siblings = Keep brothers and sisters together, and explain to the child what will happen next and roughly how long it may take.
out-unaccompanied-unverified-say = You are not in trouble. While we look for your family, you will be looked after here. I will tell you what is going to happen next.

## Pathway: sexual violence more than 5 days ago

out-past-sexual-violence = Sexual violence: care and follow-up
out-past-sexual-violence-act-care = Go with the child to the health appointment, and introduce them in person to the psychologist.
out-past-sexual-violence-act-once = Tell the child protection authority within 24 hours, so that the child has to tell it only once.
out-past-sexual-violence-say = Thank you for trusting me. What happened is not your fault. People can help you look after your body and feel better, now and in the weeks to come.

## Pathway: severe distress

out-severe-distress = Severe psychosocial distress
out-severe-distress-act-calm = Stay with the child, speak slowly, and help them calm down: breathe together and name things you can both see.
out-severe-distress-act-needs = See to the basics first: water, food, rest, a quiet place, and a familiar person nearby.
out-severe-distress-act-caregiver = Explain to the caregiver what is happening and how they can support the child, and hand over in person.
out-severe-distress-act-watch = If the child talks about dying or hurting themselves, follow the suicide or self-harm pathway at once.
out-severe-distress-say = What you are feeling is very strong, and it makes sense after everything you have been through. You are not alone. Soon you will see someone who knows how to help with this.

## Pathway: possible self-harm risk, not immediate

out-self-harm-review = Possible self-harm risk: review by the psychologist
out-self-harm-review-act-handover = Introduce the child in person to the psychologist today, and say what signs you saw or were told about; a referral note is not enough.
out-self-harm-review-act-stay = Until then, keep the child near staff they trust, listen without judging, and do not press them to talk.
out-self-harm-review-act-caregiver = With the child's assent, tell the caregiver which signs to watch for and where to go at once if they appear.
out-self-harm-review-say = Thank you for talking with me. It matters to me that you are all right. Before you leave, you are going to talk with someone who knows how to help when things get hard.

## Pathway: protection review

out-protection-review = Review by the child protection authority within 24 hours
out-protection-review-act-tell = Tell the child protection authority today what is still unclear (see the flags), in a few words and without asking the child for more detail.
out-protection-review-act-before-leaving = Ask them to review it before the child leaves the centre and, meanwhile, keep the child near staff they trust.
out-protection-review-act-door = Tell the child they can talk to you or to the psychologist whenever they want, without having to tell anything they do not want to.
out-protection-review-say = Thank you for talking with me. You don't have to tell me anything you don't want to. There are people here whose job is to look after you, and I will explain what is going to happen.

## Pathway: health follow-up

out-health-follow-up = Health follow-up
out-health-follow-up-act-explain = Explain in simple words what the check-up is for, that the child may ask for a health worker of the sex they prefer, and that they may say no to any part of it.
out-health-follow-up-act-accompany = Go in person with the child to the check-up, or ask a trusted team member to go; a referral note is not enough.
out-health-follow-up-act-results = Make sure the health instructions and next appointments reach the verified caregiver or the child protection authority before the child leaves the centre.
out-health-follow-up-say = We are going to ask a health worker to check you, to look after your body. I will explain each step, and you can ask them to stop at any time.

## Pathway: pregnancy, confirmed or possible

out-pregnancy = Pregnancy, confirmed or possible, in a girl or adolescent
out-pregnancy-act-no-judge = Talk with her without judging, and without asking for details of how it happened or about the partner.
out-pregnancy-act-basics = Make sure she has water, food, rest, and a place to sit or lie down.
out-pregnancy-act-support = Ask whom she wants close to her and who supports her, without pressing her.
out-pregnancy-act-rights = Tell her she has a right to health care and to keep studying, and link her with support to go back to school.
out-pregnancy-say = Thank you for talking with me about this. We are going to find people to help you look after your health. You can ask me anything you want.

## Pathway: disability or chronic illness

out-disability = Disability or chronic illness
out-disability-act-communicate = Speak to the child directly, not only to whoever is with them, and adapt how you communicate (signs, drawings, simple words).
out-disability-act-stay = Make sure that during the stay the child has their medicines, their aids, and a place they can reach and move around without barriers.
out-disability-act-school = Tell the family about the child's right to go to school with the support they need, and about services in their community.
out-disability-say = I want you to understand me well and to have what you need. If something is not clear or you are missing something, tell me and we will find it.

## Pathway: family tracing

out-family-tracing = Relative missing, detained or separated on the route: family tracing
out-family-tracing-act-request = With the assent of the child and their caregiver, put the family in touch with the Red Cross restoring-family-links service, which looks for relatives missing, detained or separated on the route.
out-family-tracing-act-consular = If the relative may be detained or in another country, tell consular protection as well.
out-family-tracing-act-support = Listen without promising that the relative will be found. Worrying about a missing relative is a heavy burden: offer psychological support and watch for signs of grief.
out-family-tracing-say = We are going to ask for help to look for your relative. I cannot tell you when there will be news, but looking for them is not your job: there are people whose work it is.

## Pathway: moderate distress

out-moderate-distress = Moderate psychosocial distress
out-moderate-distress-act-normalise = Listen without pressing, and explain that these reactions are common after a hard journey and usually ease with support.
out-moderate-distress-act-calming = Show the child a simple way to calm down, such as breathing slowly together.
out-moderate-distress-act-caregiver = Encourage the caregiver to keep routines, give extra time and patience, and not punish setbacks such as bed-wetting.
out-moderate-distress-say = Lots of people your age feel like this after a hard journey. It can get better, and there are people who can be with you in the meantime.

## Pathway: reintegration and risk of migrating again

out-reintegration = Reintegration and risk of migrating again
out-reintegration-act-listen = Ask the child what they would need in order to stay and what they would like to do, and listen without judging.
out-reintegration-act-link = Give the family the contact of the municipal returnee unit for school, documents and family support.
out-reintegration-act-follow-up = Agree a follow-up date with the family, and tell them where to go if things change.
out-reintegration-say = What you want for your life matters. There are people here who can help you with school and with your family, and you can come back to us whenever you need.

## Pathway: expected reactions or mild distress

out-expected-reactions = Expected reactions or mild distress
out-expected-reactions-act-normalise = Explain to the child and the caregiver that these reactions are normal after a hard journey and usually pass with time and support.
out-expected-reactions-act-needs = Check that the basics are covered: food, water, rest, hygiene and, if needed, a call to the family.
out-expected-reactions-act-tips = Give the caregiver simple tips: keep routines, spend time together, answer questions in simple words, and be patient.
out-expected-reactions-act-follow-up = Give the family the contact of the municipal returnee unit, for school and follow-up.
out-expected-reactions-say = It is normal to feel like this after everything you have been through. Little by little, with support, you can start to feel better. If something worries you, you can always ask for help.
