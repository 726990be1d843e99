# ruta guide texts, English.
# Guidance, actions and "Observe:" prompts speak to the practitioner; questions in the second person and the
# "-say" texts speak to the child, in simple words. Every id here also exists in es/guide.ftl.

guide-title = Ruta: returned migrant children

## Sections

section-preparation = Preparation
section-safety = Safety check
section-situation = The child's situation
section-wellbeing = Wellbeing

## Shared answer options

opt-yes = Yes
opt-no = No
opt-unclear = Not sure
opt-child-not-sure = Not sure, or the answer is unclear
opt-declined = Does not want to answer

## Preparation

q-private-space = Is there a private place where you can talk with the child without being overheard?
q-private-space-guidance = Look for a quiet, safe spot within sight of other staff, where nobody else can hear. If the child looks hurt or very unwell, do not wait: get medical help first. Sit at the child's eye level and tell them your name and what you do.

info-make-space-private = Make the space as private as you can: move to a quieter corner, ask others to step back, and speak softly.
info-make-space-private-guidance = Never ask the questions about self-harm or sexual violence where other children or unverified adults can hear. If you cannot get privacy, pause before those questions and continue once you can.

q-who-present = Who is with the child right now?
q-who-present-guidance = Safety questions are never asked in front of an adult whose relationship to the child has not been verified. A parent or guardian counts as verified only when documents or records confirm it. Do not use an accompanying adult or another child as interpreter.
opt-present-nobody = Nobody else, or only centre staff
opt-present-verified = A parent or legal guardian, verified
opt-present-unverified = An adult whose relationship to the child is not verified

q-adult-waits-outside = Ask the adult, kindly, to wait nearby while you talk with the child, as you do with every child. Do they agree?
q-adult-waits-outside-guidance = Explain that this is routine for every child. Most relatives accept. An adult who refuses, insists on answering for the child, or will not let the child out of sight is a warning sign: do not argue, and get help from child protection.
opt-adult-agreed = Agrees, and waits out of hearing
opt-adult-refused = Refuses, or insists on staying or answering for the child

q-language = Can you and the child understand each other well in the same language?
q-language-guidance = Some children speak an Indigenous language (such as Garífuna, Miskito, K'iche' or Mam), use sign language, or speak mainly English. Use a trained, independent interpreter, never the accompanying adult or another child. Until then, speak slowly and simply, and use gestures or drawings.
opt-lang-interpreter-present = No, but an independent interpreter is here
opt-lang-no-interpreter = No, and no independent interpreter is available

info-explain-and-assent = I ask every child who comes back these questions, so we know how to help. If you don't want to answer one, just say so, and that's OK. I will only share what you tell me with people who must help and protect you. Shall we go on?
info-explain-and-assent-guidance = Say this to the child in your own words. Wait for the child to agree (assent); if a verified parent is present, ask for their consent too. Do not promise to keep everything secret. If the child does not want to talk now, respect it: make sure they are safe and cared for, and try again later.

## Safety check

q-medical-signs = Observe: any urgent medical sign? Injury or bleeding, high fever, dehydration, difficulty breathing, unusual drowsiness or confusion, a seizure, or pregnancy with pain or bleeding.
q-medical-signs-guidance = Look before you ask anything. Babies and young children can get worse quickly. If you see any of these signs, stop the interview: medical care comes first. If you are unsure, the health staff will decide.
opt-medical-none = No urgent sign
opt-medical-urgent = Yes, one or more urgent signs

q-medical-check = Ask the health staff to check the child now. Is there an urgent medical need?
q-medical-check-guidance = Stay with the child while they are checked. If there are no health staff on site and you still have doubts, treat it as urgent.

q-feels-safe = Do you feel safe here right now? Is there anyone here who scares you?
q-feels-safe-guidance = Ask calmly, at the child's eye level. Watch their body as well as their words: glancing at someone, going quiet or freezing can say a lot. If the child is uneasy, gently ask whether it is because of a person. Do not ask who or why in detail. With very young children, watch how they react to the adults around them.
opt-safe-yes = Feels safe
opt-safe-uneasy = Uneasy, but not because of a person or a threat
opt-safe-afraid = Afraid of someone here, or being threatened

info-keep-close = Keep the child in a calm place near staff you trust. Tell them they can come to you at any time if someone scares or worries them.
info-keep-close-guidance = Do not press for an answer. Keep an eye on who approaches the child, and do not hand the child to anyone until the interview is finished.

q-adult-control = Observe: is there an adult here who answers for the child, watches or coaches them closely, holds their documents, or has threatened or followed them?
q-adult-control-guidance = Think of everything you have seen since the child arrived, including before the adult stepped out. These are signs of possible control or exploitation, not proof. Do not confront the adult or let them know what you suspect.

q-age-band = How old is the child? Ask, or estimate if they do not know.
q-age-band-guidance = Age decides how you ask about self-harm next. If you are unsure between two bands, choose the older one. If the person may be under 18, treat them as a child until their age is confirmed.
opt-age-under-eight = Under 8
opt-age-eight-to-eleven = 8 to 11
opt-age-twelve-to-seventeen = 12 to 17

q-young-warning-signs = Observe, or from what you have heard: does the child hurt themselves on purpose, or say they want to die or disappear?
q-young-warning-signs-guidance = Do not ask young children about suicide: watch and listen. Hitting their head, biting or scratching themselves on purpose, or saying they want to die need an assessment by the psychologist. Play about frightening events is common and is not a sign by itself.

q-warning-signs = Observe, or from what you have heard: has the child talked about dying or not wanting to live, shown marks of self-harm, or seemed completely without hope?
q-warning-signs-guidance = At this age, ask about suicide directly only when there are warning signs. If there are, or you are not sure, the next question asks the child directly.

q-suicide-thoughts = When very hard things happen, some people start to think about hurting themselves or about not wanting to live. Have you had thoughts like that?
q-suicide-thoughts-guidance = Ask directly and calmly, in your usual tone: asking does not put the idea in the child's head. Ask in private; ask a verified parent to step out for a moment first. If you see fresh self-harm marks, choose that option. Not sure and does not want to answer both lead to the psychologist now.
opt-suicide-past = Before, but not now
opt-suicide-now = Yes, now
opt-suicide-plan-or-attempt = Yes, with a plan, or has tried recently
opt-suicide-self-harm-seen = Fresh self-harm marks seen

q-sexual-violence = On the journey or since you came back, did anyone touch your body, or make you do something with your body, that you did not want?
q-sexual-violence-guidance = Ask once, neutrally, and never ask what happened or who did it. Offer a staff member of the sex the child prefers. With very young children, ask the verified caregiver in private instead. If the child declines, say calmly that they can tell you or a nurse at any time, and that care helps most in the first days.

q-sexual-violence-when = Can you tell me roughly when it happened? Was it in the last few days, or longer ago?
q-sexual-violence-when-guidance = You only need the time, not what happened. Time matters for health care: HIV prevention must start within 72 hours and emergency contraception within 120 hours (5 days); both work better the sooner they start. Not sure leads to the urgent pathway.
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
q-caregiver-verified-guidance = Child protection (SENAF) does or confirms the verification. Notice also how the child behaves with the adult. If the accounts differ, documents are missing, or you have any doubt, answer no.

## Wellbeing

q-severe-signs = Observe: is the child impossible to calm, unresponsive or absent, unsure where they are, or seeing or hearing things that others do not?
q-severe-signs-guidance = First help the child calm down: a quiet place, a calm voice, slow breathing together, naming things they can see. Answer yes only if the signs continue after that. If the child talks about wanting to die or to hurt themselves, choose that option.
opt-severe-talks-of-death = Talks about dying or hurting themselves

q-functioning = These days, have you been able to eat, sleep and do your usual things?
q-functioning-guidance = With young children, ask the verified caregiver if there is one, and observe. Look at what the child can do, not only at how they feel: playing, talking, eating, resting. Some difficulty is common right after a hard journey.
opt-functioning-mostly = Mostly yes
opt-functioning-some = With some difficulty
opt-functioning-cannot = Cannot, or hardly at all

q-signs-count = Observe: how many signs of distress for their age does the child show? The signs are listed in the guidance.
q-signs-count-guidance = Up to 6: clinging, bed-wetting or thumb-sucking again, new fears, crying, changes in sleep or eating. 7 to 12: withdrawal, fear, irritability, headaches or stomach aches, poor concentration, self-blame. 13 to 17: guilt or shame, anger, risk-taking, pulling away, hopelessness. Count as several if a caregiver says the signs are not easing.
opt-signs-few = None or a few, and the child is coping
opt-signs-several = Several, or a caregiver says they are not easing

## Flags

flag-interpreter-needed = Interpreter needed
flag-interpreter-needed-action = Find an independent interpreter within 24 hours and go over any question the child may not have understood; never use the accompanying adult.
flag-unverified-adult = Accompanying adult not verified
flag-unverified-adult-action = Do not release the child to this adult until child protection (SENAF) has verified the relationship.
flag-adult-behaviour-concern = Concern about an adult's behaviour
flag-adult-behaviour-concern-action = Tell child protection what you noticed; the child does not leave with this adult until they have reviewed it.
flag-separated-child = Separated from parents
flag-separated-child-action = Tell child protection that the child is not with a parent or legal guardian, so they can confirm the care arrangement and plan follow-up.
flag-did-not-answer-sensitive = Sensitive question not answered clearly
flag-did-not-answer-sensitive-action = Respect the child's choice, and offer a private talk with the psychologist within 24 hours; the child can speak about it later if they wish.
flag-self-harm-concern = Possible self-harm risk, not immediate
flag-self-harm-concern-action = Ask the psychologist to talk with the child before they leave the centre, even if the thoughts have passed.
flag-sexual-violence-past = Sexual violence more than 5 days ago
flag-sexual-violence-past-action = Arrange a health check and psychological support within 24 hours: care still helps now, and what happened was not the child's fault.
flag-distress-severe = Severe distress
flag-distress-severe-action = Arrange an assessment by a mental-health professional within 24 hours, and stay with the child until you hand them over in person.
flag-distress-moderate = Moderate distress
flag-distress-moderate-action = Arrange psychosocial follow-up within a week, and explain to the people caring for the child which reactions are common.

## Services (to be confirmed by the local team, except 911 and 114)

svc-emergency-911 = National Emergency System 911
svc-emergency-911-desc = Police, ambulance and fire emergencies, 24 hours a day; it also takes reports of crimes against children.
svc-police-114 = Line 114, National Police
svc-police-114-desc = Free, anonymous, 24-hour line to report domestic and gender-based violence, for example when the danger comes from a family member.
svc-child-protection = SENAF, Secretariat for Children, Adolescents and Family (formerly DINAF)
svc-child-protection-desc = The child-protection authority: protection measures, verification of family ties, temporary care and family search.
svc-medical-onsite = Health staff at the reception centre
svc-medical-onsite-desc = First medical check and care, on site.
svc-health = SESAL, Ministry of Health (health centre or hospital)
svc-health-desc = Medical and emergency care, including care after sexual violence: HIV prevention, emergency contraception and psychological care.
svc-mental-health = SESAL mental-health service
svc-mental-health-desc = Specialised assessment and care for children and adolescents with severe distress or suicide risk.
svc-psychologist-onsite = Psychologist at the reception centre
svc-psychologist-onsite-desc = Same-day psychological support, risk review, and handover in person to follow-up services.
svc-prosecutor-children = Public Prosecutor's Office, Special Prosecutor for the Protection of Children (FEP-NIÑEZ)
svc-prosecutor-children-desc = Criminal complaints for crimes against children; the child gives a single statement, in a Gesell room.
svc-family-links = Honduran Red Cross, Restoring Family Links (RCF)
svc-family-links-desc = Free phone calls, and help to find family members separated on the route.
svc-umar = UMAR, Municipal Returnee Care Unit (town hall)
svc-umar-desc = Follow-up after the reception centre: school, documents, support for the family and municipal services.
svc-community-programmes = Municipal programmes for children and youth (PMIAJ/COMVIDA)
svc-community-programmes-desc = Community activities and protective spaces for children and adolescents, such as emotional-recovery groups.

## Outcomes: shared actions and hard stops

out-act-inform-and-finish = Inform child protection (SENAF) now and, once the child is safe and stable, finish the remaining questions with them.
out-act-if-worse = Tell the family where to go if the reactions get worse or do not ease over the coming weeks.

stop-no-release-unverified = Do not release the child to any adult whose relationship has not been verified by child protection.
stop-no-release-to-feared-adult = Do not hand the child over to the person they fear or who seems to control them.
stop-no-story = Do not ask the child to tell what happened, or who did it.
stop-no-secret = Do not promise to keep it secret; explain who needs to know in order to protect the child.
stop-not-alone = Do not leave the child alone, not even for a moment, until the psychologist is with them.
stop-no-leave-before-assessment = Do not let the child leave the centre before a mental-health professional has assessed them.
stop-no-delay-care = Do not delay health care to wait for a complaint to be filed or for documents.
stop-no-leave-before-psychologist = Do not let the child leave the centre before the psychologist has seen them.

## Outcome: medical emergency

out-medical-emergency = Medical emergency
out-medical-emergency-act-call = Call the centre's health staff now; if there are none, or the child's life may be at risk, call 911.
out-medical-emergency-act-stay = Stay with the child in a calm, comfortable place, away from noise and onlookers.
out-medical-emergency-act-explain = Do not ask what happened; tell the child simply what is going on and who will help.
out-medical-emergency-act-escort = If the child is taken to a health service, a staff member they trust goes with them.
out-medical-emergency-say = We are going to help you right now. Someone who knows about health will check you, and I will stay with you.

## Outcome: immediate danger or controlling adult

out-immediate-danger = Immediate danger, or an adult controlling the child
out-immediate-danger-act-move = Take the child to a safe room with staff they trust, where the person of concern cannot see or hear them.
out-immediate-danger-act-no-confront = Do not confront the person; alert centre security, and call 911 if anyone is at risk.
out-immediate-danger-act-stay = Stay with the child until child protection arrives, and tell them calmly what is happening.
out-immediate-danger-say = Now you are with me, and we are going to look after you. You did nothing wrong. I will stay with you until the people who will help us arrive.

## Outcome: suicide or self-harm risk

out-suicide-risk = Possible suicide or self-harm risk: assess now
out-suicide-risk-act-psychologist = Get the centre's psychologist now; call 911 if the child has hurt themselves seriously or you cannot keep them safe.
out-suicide-risk-act-means = Quietly remove anything the child could use to hurt themselves, such as cords, blades or medicines.
out-suicide-risk-act-listen = Listen calmly and without judging, and thank the child for telling you.
out-suicide-risk-act-handover = Hand the child over in person and tell the psychologist what the child said; a referral slip alone is not enough.
out-suicide-risk-say = Thank you for telling me. You are not alone with this. I am going to stay with you, and we will find someone who knows how to help with what you feel.

## Outcome: recent sexual violence

out-recent-sexual-violence = Recent sexual violence (up to 5 days) or unknown timing
out-recent-sexual-violence-act-health-now = Take the child to a health service now, with a staff member they trust: the sooner care starts, the better it works.
out-recent-sexual-violence-act-timing = Tell the health team roughly when it happened: HIV prevention must start within 72 hours, emergency contraception within 120 hours.
out-recent-sexual-violence-act-believe = Believe the child, tell them it was not their fault, and do not ask for details.
out-recent-sexual-violence-act-assent = Offer a staff member of the sex the child prefers, explain each step, and ask the child before anything is done.
out-recent-sexual-violence-act-protection = Inform child protection now; together with the prosecutor's office, they make sure the child has to tell it only once.
out-recent-sexual-violence-say = Thank you for trusting me. What happened is not your fault. We are going to take you to health workers who can take care of your body, and I will explain every step.

## Outcome: unaccompanied or separated, no verified caregiver

out-unaccompanied-unverified = Unaccompanied or separated child without a verified caregiver
out-unaccompanied-unverified-act-protection = Tell child protection today that the child has no verified caregiver, before any release is planned.
out-unaccompanied-unverified-act-needs = Make sure the child has food, water, a place to rest, and a staff member they can turn to.
out-unaccompanied-unverified-act-contact = With child protection's agreement, help the child contact their family safely, by the centre's phone or through the Red Cross.
out-unaccompanied-unverified-act-siblings = Keep siblings together, and explain to the child what will happen next and roughly how long it may take.
out-unaccompanied-unverified-say = You are not in trouble. While we look for your family, people here will take care of you. I will tell you what happens next.

## Outcome: severe distress

out-severe-distress = Severe psychosocial distress
out-severe-distress-act-calm = Stay with the child, speak slowly, and help them calm down: breathe together and name things you can both see.
out-severe-distress-act-needs = Cover basic needs first: water, food, rest, a quiet place and a familiar person nearby.
out-severe-distress-act-refer = Ask the psychologist to see the child today, and arrange an assessment by a mental-health professional within 24 hours.
out-severe-distress-act-caregiver = Tell the caregiver what is happening and how they can support the child, and hand over in person.
out-severe-distress-act-watch = If the child talks about dying or hurting themselves, follow the suicide and self-harm pathway at once.
out-severe-distress-say = What you feel is very strong, and it makes sense after everything you have been through. You are not alone. Soon someone who knows how to help with this will see you.

## Outcome: moderate distress

out-moderate-distress = Moderate psychosocial distress
out-moderate-distress-act-normalise = Listen without pressing, and explain that these reactions are common after a hard journey and usually ease with support.
out-moderate-distress-act-calming = Show the child one simple way to calm down, such as breathing slowly together.
out-moderate-distress-act-caregiver = Encourage the caregiver to keep routines, give extra time and patience, and not to punish setbacks such as bed-wetting.
out-moderate-distress-act-follow-up = Arrange psychosocial follow-up within a week, and share only what is needed, with the child's assent.
out-moderate-distress-say = Many children feel like this after a hard journey. It can get better, and there are people who can be with you while it does.

## Outcome: expected reactions or mild distress

out-expected-reactions = Expected reactions or mild distress
out-expected-reactions-act-normalise = Tell the child and the caregiver that these reactions are normal after a hard journey and usually ease with time and support.
out-expected-reactions-act-needs = Check that basic needs are covered: food, water, rest, hygiene, and a call to family if needed.
out-expected-reactions-act-tips = Share simple tips with the caregiver: keep routines, spend time together, answer questions simply and be patient.
out-expected-reactions-act-umar = Give the family the contact of the municipal returnee unit (UMAR) for school and follow-up.
out-expected-reactions-say = It is normal to feel like this after everything you went through. Little by little, with your family, you will feel better. If something worries you, you can always ask for help.
