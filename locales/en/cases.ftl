# Practice cases of the ruta guide (guide/cases/*.yaml), in English.
# Every case is invented and anonymous: none describes a real person.
# Each case has a title, a one-line summary (what to notice, without giving
# away the pathway) and a vignette. Every id in this file also exists in
# es/cases.ftl.

## kevin-16-threat

case-kevin-16-threat-title = Kevin, 16: threats in his neighbourhood
case-kevin-16-threat-summary =
    A calm teenager travelling alone, and a plan for him to leave today that
    deserves a second look.
case-kevin-16-threat-vignette =
    Kevin, 16, arrives alone on a return flight to San Pedro Sula. He looks
    calm, answers politely and mentions that he has been sleeping badly for
    weeks. He explains that he left because a group in his neighbourhood was
    pressuring him to join them, and that they sent word to his mother that he
    "had a week". He stopped going to school when the threats began. He has
    already spoken to his mother by phone. His file says an aunt will collect
    him this afternoon; she lives in the same neighbourhood, two blocks from his
    mother's house, and nobody has verified the relationship yet. Asked whether
    he is thinking of leaving again, Kevin shrugs and says it depends on how
    things go.

## josue-7-clinging

case-josue-7-clinging-title = Josué, 7: won't let go of his mother
case-josue-7-clinging-summary =
    A young child's reactions after the journey, and an exhausted mother.
case-josue-7-clinging-vignette =
    Josué, 7, arrives with his mother on a return bus from Mexico to Omoa; staff
    have already checked both their documents. He will not leave her side: he
    holds her hand the whole time and hides his face in her arm when anyone
    comes near. His mother says quietly that on the way Josué wet himself twice
    and that he has nightmares almost every night; she is afraid he "will stay
    like this". She says she has not slept for days herself, and her eyes fill
    with tears. Both are hungry. Even so, Josué eats what he is offered, plays
    for a while with some toy cars and smiles when he talks about his
    grandmother, with whom they will live in Olancho, near the school he used to
    go to.

## brayan-17-debt

case-brayan-17-debt-title = Brayan, 17: "I'll try again next month"
case-brayan-17-debt-summary =
    A third return, plans to leave soon, and a debt the family speaks of with
    fear.
case-brayan-17-debt-vignette =
    Brayan, 17, arrives alone; this is the third time he has been returned. He
    speaks confidently and plainly: he says he will try again next month,
    because "there is work up there". He stopped studying two years ago. Talking
    about the journey, he explains that his family mortgaged their land to pay
    the smuggler. He adds that the smuggler has already called his mother to say
    the rest of the money is owed and that "she had better send him up again".
    His mother is on her way from their village; the child protection authority
    has spoken with her and confirmed the relationship. Brayan does not seem
    sad, only tired and in a hurry to leave.

## andres-10-no-number

case-andres-10-no-number-title = Andrés, 10: no number to call
case-andres-10-no-number-summary =
    A boy who was separated from the adult he travelled with and does not know
    who he will live with.
case-andres-10-no-number-vignette =
    Andrés, 10, arrives without any adult on a return flight to San Pedro Sula.
    He says he was travelling with an adult "cousin", but they were separated at
    the border and he does not know where the cousin is now. His parents live in
    the United States; he cannot remember any phone number in Honduras, only the
    name of his village and of his grandmother. The adults in his family
    arranged the journey; he has no documents and does not know whether anyone
    is owed money for it. His eyes are puffy, he has hardly eaten since
    yesterday and he speaks very softly; the worker with him is not sure it is
    only tiredness. When he is offered a call to his family, he nods at once.
    Asked who he will live with, he says he does not know, that he wants to be
    with his mum and dad.

## luis-12-hearing-aid

case-luis-12-hearing-aid-title = Luis, 12: a hearing aid with flat batteries
case-luis-12-hearing-aid-summary =
    A boy with a hearing impairment who arrives with his grandmother: how to
    talk with him, not only with her.
case-luis-12-hearing-aid-vignette =
    Luis, 12, comes back on a return bus with his grandmother, who travelled
    with him and whose documents the child protection authority has already
    checked. Luis has a hearing impairment; he wears a hearing aid, but its
    batteries ran out on the way. He communicates with signs the family made up
    and can read simple words. His grandmother offers to translate, and whenever
    anyone speaks to Luis it is she who answers. There is no sign-language
    interpreter at the centre. Luis looks calm and attentive, and smiles when he
    is shown a drawing. His mother lives in the United States; at home he went
    to school and had friends.

## ana-9-kiche

case-ana-9-kiche-title = Ana, 9: a K'iche' speaker
case-ana-9-kiche-summary =
    A girl travelling alone who understands little Spanish: what can be asked
    now and what must wait.
case-ana-9-kiche-vignette =
    Ana, 9, arrives alone on a return bus at Guatemala's border with Mexico. She
    speaks K'iche' and understands only a few words of Spanish; nobody there
    speaks her language and no interpreter has been found yet. With gestures and
    drawings she makes it clear that her parents are in Huehuetenango and that
    she wants to talk to them, but they have not been reached yet. She has her
    birth certificate in her rucksack. Asked whether she feels safe, she looks
    at the interviewer without answering, and it is not clear that she
    understood; nor is it possible to find out why she travelled. She eats
    hungrily what she is offered and, a little later, starts drawing.

## mateo-2-listless

case-mateo-2-listless-title = Mateo, 2: listless on arrival
case-mateo-2-listless-summary =
    A toddler who does not look quite right, in a crowded arrivals hall.
case-mateo-2-listless-vignette =
    Mateo, 2, arrives in San Salvador in his mother's arms on a return flight.
    The hall is full and there is no quiet corner to talk. His mother, who has
    both their documents, says Mateo vomited a couple of times during the flight
    and has had few wet nappies today. He feels a little warm and has no wish to
    play, resting his head on his mother's shoulder. The worker who receives
    them is not sure whether it is just the tiredness of the journey and asks
    the nurse to check him straight away. The nurse finds that he is dehydrated
    and has a high fever. Once Mateo has been rehydrated and his fever is coming
    down, the worker carries on with the interview, talking with his mother in a
    quieter corner.

## dilcia-17-pregnant-pain

case-dilcia-17-pregnant-pain-title = Dilcia, 17: pregnant and in pain
case-dilcia-17-pregnant-pain-summary =
    A pregnant teenager who arrives feeling unwell: what comes first.
case-dilcia-17-pregnant-pain-vignette =
    Dilcia, 17, gets off a return bus from Mexico in San Pedro Sula; her older
    sister is waiting for her outside. She is about six months pregnant. She
    walks slowly, one hand on her belly, and looks pale and sweaty. As she sits
    down, before any question, she says she has had strong pains since the
    morning and has seen a little blood. She asks not to be left alone. Once the
    medical team has seen her and she is stable, the interview goes on: she
    travelled back without any adult and will live with her sister, whose
    relationship to her has already been verified.

## daniela-15-rather-not

case-daniela-15-rather-not-title =
    Daniela, 15: she would rather not talk about it
case-daniela-15-rather-not-summary =
    A quiet teenager, with her mother, faced with a difficult question.
case-daniela-15-rather-not-vignette =
    Daniela, 15, returns to San Salvador on a return flight with her mother;
    both have documents. She wears a long-sleeved jumper despite the heat and
    answers in single words without looking up. She says she feels
    uncomfortable, but that nobody here scares her. Her mother says, worried,
    that since they were detained Daniela hardly eats, stays in bed all day, and
    one night told her "I don't want anything any more". When her mother steps
    out for a moment, the interviewer calmly asks the question about thoughts of
    self-harm or of not wanting to live. Daniela is silent for a long while,
    then says she would rather not talk about that.

## jonathan-13-later-on

case-jonathan-13-later-on-title = Jonathan, 13: one sentence near the end
case-jonathan-13-later-on-summary =
    A teenager travelling with his grandmother; listen to what he says once the
    interview is well under way.
case-jonathan-13-later-on-vignette =
    Jonathan, 13, returns to San Pedro Sula on a return flight with his
    grandmother. She says she has raised him since he was small, but has no
    papers to show it, and Jonathan's documents were lost on the journey. The
    grandmother readily agrees to wait outside. At the start, Jonathan politely
    says he has not had thoughts of hurting himself. He says his mother lives in
    the United States and that he was travelling to join her. Later, asked
    whether any relative stayed behind on the way, he says no, and adds quietly
    that if he cannot be with his mum, "better not to be here at all". Then he
    sits staring at the table, without crying.

## ingrid-14-four-days

case-ingrid-14-four-days-title = Ingrid, 14: "it was four days ago"
case-ingrid-14-four-days-summary =
    A teenager answers a sensitive question: what matters is when, not what.
case-ingrid-14-four-days-vignette =
    Ingrid, 14, arrives in Guatemala City on a return bus from Mexico, with no
    family member. She looks exhausted, sits hugging her knees and asks to speak
    with a woman. With a female counsellor, in a private space, she says she has
    not thought of hurting herself. When the question comes about whether anyone
    forced her into something with her body during the journey, Ingrid nods and
    starts to cry quietly. The counsellor does not ask her to say what happened;
    she only asks, calmly, when it was. Ingrid says four days ago, on the last
    stretch of the journey. Later she speaks on the phone with an aunt, who says
    she will look after her; the aunt's relationship to Ingrid has not yet been
    verified.

## karla-14-uncle

case-karla-14-uncle-title = Karla, 14: an "uncle" who will not step away
case-karla-14-uncle-summary =
    A teenager who arrives with an adult who answers for her.
case-karla-14-uncle-vignette =
    Karla, 14, gets off a return bus in San Pedro Sula, and a man who says he is
    her uncle comes straight over to collect her. He has no document showing the
    relationship, but he is holding Karla's passport. Whenever staff ask her
    anything, he answers first; Karla looks at the floor and says nothing. When
    he is kindly asked to wait outside while staff talk with Karla, as they do
    with every child, the man refuses. He says the girl "has nothing to talk
    about with anybody" and that they are in a hurry. Once security staff have
    stepped in and Karla is in another room with a female worker, away from the
    man, she says quietly that she is afraid of him, but she does not want to
    talk about why she left, about her home or about who she will live with.

## erick-15-watched

case-erick-15-watched-title = Erick, 15: someone is watching him
case-erick-15-watched-summary =
    A teenager who seems relaxed until he is asked whether he feels safe.
case-erick-15-watched-vignette =
    Erick, 15, arrives alone on a return flight to San Salvador. At first he
    chats normally and even jokes about the food on the plane. Asked whether he
    feels safe here, he lowers his voice and looks towards the waiting room. He
    says one of the men who came on the same flight is from his neighbourhood,
    keeps staring at him, and must not find out where he is going. He is visibly
    tense and will not sit with his back to the door. Once he is in a quiet
    room, away from the waiting room, he says he left because a gang in his
    neighbourhood was pressing him to join them, and that he cannot go back
    there. He has already spoken on the phone with his grandmother, who lives in
    another town and is coming to collect him; her relationship to him has not
    yet been verified.

## marisol-16-job-offer

case-marisol-16-job-offer-title = Marisol, 16: she was promised a job
case-marisol-16-job-offer-summary =
    A teenager who travelled for a job offer and comes back without her
    documents.
case-marisol-16-job-offer-vignette =
    Marisol, 16, comes back alone on a return bus to Guatemala, hungry and
    without her identity document. She explains that a woman from her
    municipality offered her a job looking after children in Mexico and arranged
    the whole journey. There, the woman kept her document and set her to clean a
    house from early morning until night, without pay and without letting her go
    out alone. She speaks calmly, but says she sleeps badly and finds it hard to
    concentrate. She is not sure it is safe to go home, because the woman lives
    near her family; tonight she will stay at a shelter while her mother is
    traced. Asked whether she owes money for the journey, she goes quiet and
    changes the subject.

## gabriela-15-harassment

case-gabriela-15-harassment-title =
    Gabriela, 15: harassment in her neighbourhood
case-gabriela-15-harassment-summary =
    A teenager and her mother explain why they left; there is one question she
    does not want to answer.
case-gabriela-15-harassment-vignette =
    Gabriela, 15, returns with her mother on a return flight to San Salvador;
    their relationship has already been verified. Her mother explains that they
    left because some young men from a group in the neighbourhood began
    following Gabriela home from school and telling her she was going to be "the
    girlfriend" of one of them. Gabriela stopped going to classes a few months
    ago and says she cannot go back to that neighbourhood. In private, when she
    is asked the question about sexual violence, she says she does not want to
    answer that. She looks sad; she says she sleeps badly and has not felt like
    doing anything for weeks. They paid for the journey with a loan from a
    relative, with no pressure to repay, and today they will go to an aunt's
    house in another department.

## dayana-11-stepfather

case-dayana-11-stepfather-title = Dayana, 11: she does not want to go home
case-dayana-11-stepfather-summary =
    A girl who travelled with her aunt and does not want to call home.
case-dayana-11-stepfather-vignette =
    Dayana, 11, returns to Honduras on a return bus from Mexico with her
    maternal aunt, who has documents proving the relationship. The aunt waits
    outside while a social worker talks with the girl. Dayana is attentive, but
    tenses up when she is offered a call home: she says no, not now. Later she
    says she left because her stepfather hits her and her mother, and that he
    still lives in that house. She says she wants to stay with her aunt. The
    aunt mentions that since the journey Dayana has nightmares, startles at any
    noise and has stomach aches nearly every day, although she still eats and
    plays with her cousins.

## estefany-15-collected

case-estefany-15-collected-title =
    Estefany, 15: her father is coming to collect her
case-estefany-15-collected-summary =
    A teenager travelling alone whose manner changes when she learns who will
    collect her.
case-estefany-15-collected-vignette =
    Estefany, 15, arrives alone on a return flight to San Salvador. At first she
    seems calm and says she does not want to call anyone for now. When the talk
    turns to why she left, she asks who is going to collect her; when she is
    told her father is listed to come today, she goes pale. Quietly, she says
    she left because of what her father did to her and her brothers and sisters,
    and that she is afraid of him. Her mother lives in the United States. She
    says she would rather go to her godmother, but she does not know her number.
    She has barely slept or eaten for days. Before the end, she asks what will
    happen to her younger sister, who still lives with him.

## camila-13-pregnant

case-camila-13-pregnant-title = Camila, 13: she thinks she is pregnant
case-camila-13-pregnant-summary =
    A girl who arrives with her mother, feeling sick, and does not want to talk
    about home.
case-camila-13-pregnant-vignette =
    Camila, 13, arrives with her mother on a return bus to Guatemala; both have
    their documents. Her mother says Camila has felt sick the whole journey and
    has hardly eaten; she herself looks exhausted and cries when she talks about
    the trip. They are going back to the family in their village; Camila's
    father lives in the United States. Camila says nobody hurt her during the
    journey. Alone with a nurse from the team, she says she has not had her
    period for months and thinks she is pregnant. She has no pain or bleeding.
    Asked whether there is anyone at home who hurts her or whom she is afraid
    of, she lowers her head and says she does not want to talk about that.

## wilmer-16-weeks-ago

case-wilmer-16-weeks-ago-title = Wilmer, 16: something that happened weeks ago
case-wilmer-16-weeks-ago-summary =
    A teenager travelling with his father who answers two difficult questions
    frankly.
case-wilmer-16-weeks-ago-vignette =
    Wilmer, 16, returns to San Pedro Sula on a return flight with his father;
    the relationship is verified. They were on their way to join his mother, who
    lives in the United States. He is friendly, but looks tired and says little.
    With his father out of the room, he says that a few weeks ago, while he was
    detained, he thought about not wanting to live, though not any more. To the
    question about sexual violence he says yes, on the journey, more than a
    month ago, and asks that his father not be told. Without being asked, he
    adds that it happened once, at a shelter, and that on the whole journey
    nobody took his documents or made him do anything else. The interviewer asks
    nothing more about what happened and thanks him for his trust. Wilmer says
    that since then he finds it hard to sleep and concentrate, though he still
    trains with his football team; at the end he asks whether he will be made to
    file a report.

## oscar-14-cannot-calm

case-oscar-14-cannot-calm-title = Óscar, 14: he cannot calm down
case-oscar-14-cannot-calm-summary =
    A Mam-speaking teenager who is overwhelmed when his brother comes up.
case-oscar-14-cannot-calm-vignette =
    Óscar, 14, arrives in Guatemala City on a return flight with his father;
    both speak Mam and an independent interpreter is with them. At first he
    answers in short phrases: he has not thought of hurting himself and nobody
    hurt him on the way. His father says they borrowed money from a relative for
    the journey and that Óscar has hardly slept or eaten since they were
    detained. Asked whether any relative stayed behind, Óscar starts to shake:
    his older brother is still detained in the United States. Even after
    breathing slowly with the interpreter and the interviewer, he stares into
    space, does not respond when spoken to and asks several times where he is.
    His father, very distressed, says he has never seen him like this.

## yesenia-16-check-ups

case-yesenia-16-check-ups-title = Yesenia, 16: four months pregnant
case-yesenia-16-check-ups-summary =
    A teenager returning with her mother who asks about her check-ups.
case-yesenia-16-check-ups-vignette =
    Yesenia, 16, returns to Honduras on a return bus from Mexico with her
    mother; both have documents. At first she glances at her mother before each
    answer. Alone with a woman from the team, she says she is about four months
    pregnant and has had no check-up since she left. She feels well, with no
    pain or bleeding, though she is hungry and tired. She left school a few
    months ago, when she found out she was pregnant, and would like to finish
    the year. Her mother supports her and says they will live with family in
    Tegucigalpa. At the end, Yesenia asks whether she can have her check-ups at
    the health centre near her home.

## fernanda-8-diabetes

case-fernanda-8-diabetes-title = Fernanda, 8: diabetes and insulin
case-fernanda-8-diabetes-summary =
    A girl with a chronic illness returning with her father: prepared, but far
    from her doctor.
case-fernanda-8-diabetes-vignette =
    Fernanda, 8, returns to San Salvador on a return flight with her father, who
    has both their documents. She has type 1 diabetes; her father carries her
    insulin in a small bag with ice and says it will last about ten days.
    Fernanda needs to eat at regular times, and the flight was delayed. She is
    cheerful, says she had the best handwriting in her third-grade class and
    asks whether she can go back to her school. Her father is calm and
    organised, but does not know who will follow up her care now.

## sofia-4-stopped-talking

case-sofia-4-stopped-talking-title = Sofía, 4: she stopped talking
case-sofia-4-stopped-talking-summary =
    A little girl returning with her father while her mother is still detained.
case-sofia-4-stopped-talking-vignette =
    Sofía, 4, returns to San Salvador on a return flight with her father; the
    hall is full and it is hard to find a quiet spot. Her mother is still
    detained in the United States. Her father says that since they were
    separated Sofía hardly speaks, has started wetting the bed again and will
    not leave his side for a moment. He also says that sometimes, when she
    cries, she bangs her head on the floor, and he does not know whether she
    does it on purpose. She looks listless, but the nurse checks her and finds
    nothing urgent. Sitting on her father's lap, she eats a little bread and
    plays with a doll. Her father, his voice breaking, says he wants to talk to
    his wife and that they may try again when she is released.

## marvin-15-second-return

case-marvin-15-second-return-title = Marvin, 15: back for the second time
case-marvin-15-second-return-summary =
    A calm teenager thinking about work and about his father, who lives abroad.
case-marvin-15-second-return-vignette =
    Marvin, 15, returns with his mother on a return bus to Guatemala; it is his
    second return in a year. He talks easily and says he feels fine, if a little
    discouraged. He left to work and help at home; his father has lived in the
    United States for years. He left school more than a year ago. His mother
    says they borrowed from a neighbour for the journey and will pay it back
    little by little, with nobody pressing them. Asked whether he is thinking of
    travelling again, Marvin says he does not know; it depends on whether he
    finds work here. He likes football, and an uncle with a workshop could teach
    him the trade.

## jefferson-says-18

case-jefferson-says-18-title = Jefferson: he says he is 18
case-jefferson-says-18-summary =
    A young person who arrives on an adult flight and whose age does not match
    how he looks.
case-jefferson-says-18-vignette =
    Jefferson arrives in San Pedro Sula on a return flight for adults. He says
    he is 18, but he has no documents, and from his looks and the way he talks
    he seems 15 or 16. He is hungry and looks tired. Asked whether he feels safe
    here, he says he would rather not say anything. He does not want to call
    anyone for now. He says he is not going to live with anyone, that he is an
    adult and gets by on his own, and he cannot say how many times he has been
    sent back. Asked whether anyone at home hurts him, he answers "I don't know"
    and changes the subject; whether he plans to leave again, he would rather
    not say.

## nicole-15-salvadoran

case-nicole-15-salvadoran-title =
    Nicole, 15: a Salvadoran girl at the Guatemalan border
case-nicole-15-salvadoran-summary =
    A teenager and her mother who are not from this country, with no other
    worries in sight.
case-nicole-15-salvadoran-vignette =
    Nicole, 15, and her mother arrive at a reception point on Guatemala's border
    with Mexico, after the Mexican authorities sent them back by bus. They are
    Salvadoran and have their passports. Both say they are not afraid to go back
    to El Salvador and want to reach the grandmother's house as soon as they
    can. Nicole is tired and hungry, but talks calmly: she misses her school
    friends and wants to let her grandmother know they are on their way. Her
    father lives in the United States. At the end she asks how long it will be
    until the bus leaves.

## alexis-6-disappear

case-alexis-6-disappear-title = Alexis, 6: "I want to disappear"
case-alexis-6-disappear-summary =
    A young boy who clings to his mother and does something that worries the
    staff.
case-alexis-6-disappear-vignette =
    Alexis, 6, returns to Honduras with his mother on a return bus from Mexico;
    their relationship has been verified. He is a restless boy who stays close
    to his mother. While she fills in a form, Alexis bangs his head against the
    wall several times, hard, without crying. His mother says, embarrassed, that
    he has done this since they were detained, and that last week he told her he
    wanted "to disappear for ever". The interviewer asks Alexis nothing about
    it: she sits at his eye level, puts a hand between his head and the wall and
    offers him some crayons.

## kimberly-11-marks

case-kimberly-11-marks-title = Kimberly, 11: marks on her arm
case-kimberly-11-marks-summary =
    A polite, quiet girl; something seen by chance changes the interview.
case-kimberly-11-marks-vignette =
    Kimberly, 11, arrives alone on a return flight to San Salvador. She is
    polite and answers almost everything with "yes" or "no". When she rolls up
    her sleeves to wash her hands before eating, the social worker sees several
    recent cut marks on her forearm, already closed, and Kimberly pulls her
    sleeve down at once. In private, the social worker asks her calmly and
    directly whether she sometimes thinks about hurting herself or about not
    wanting to live. Kimberly is silent for a while, then says she made the cuts
    last night, at the shelter where she stayed before the flight. Her mother is
    waiting for her at the reception centre, and their relationship has already
    been verified.

## edwin-16-two-days

case-edwin-16-two-days-title = Edwin, 16: two days ago
case-edwin-16-two-days-summary =
    A teenager who asks to be seen by a man and answers a sensitive question.
case-edwin-16-two-days-vignette =
    Edwin, 16, arrives alone on a return bus to Guatemala. He says little, sits
    away from the other boys and asks to be seen by a man. With a male
    counsellor, in a private space, he says he has not thought of hurting
    himself. When the counsellor asks the question about whether anyone forced
    him into something with his body, Edwin goes still for a moment and then
    nods. He says it was two days ago, at the place where they were held before
    being put on the bus. The counsellor asks for no details; he thanks Edwin for
    telling him and says that it was not his fault. Later Edwin says he will live
    with his mother, whom the team has not yet managed to reach, and that he
    would like to speak to her.

## emerson-12-extortion

case-emerson-12-extortion-title =
    Emerson, 12: payments demanded from the family shop
case-emerson-12-extortion-summary =
    A boy travelling with a neighbour; several things are unclear and today's
    plan must be decided.
case-emerson-12-extortion-vignette =
    Emerson, 12, arrives in San Pedro Sula on a return bus with a woman from his
    neighbourhood, who says his mother entrusted him to her for the journey.
    While the form was being filled in, she put Emerson's papers in her bag, and
    he looked at her before answering; it is not clear whether he is just shy.
    She readily agrees to wait outside. Alone, Emerson says his family had to
    pay money every week because of their small shop, and that when they could
    no longer pay they were threatened. The file does not say where he will go
    today, and his mother has not been reached yet. Asked whether he has been
    able to eat and sleep these days, he shrugs and says he does not know.

## wendy-12-cannot-go-back

case-wendy-12-cannot-go-back-title = Wendy, 12: she cannot go back there
case-wendy-12-cannot-go-back-summary =
    A girl returning with her grandmother after a violent loss in the family.
case-wendy-12-cannot-go-back-vignette =
    Wendy, 12, returns to Guatemala on a return bus with her paternal
    grandmother, whose relationship has already been verified. The grandmother
    waits outside while a counsellor talks with the girl. Wendy says, very
    quietly, that last year her father was killed and that afterwards people
    came to tell the family to leave the area. She says she cannot go back
    there; today they will stay at an uncle's house in another municipality.
    Since then she has nightmares, jumps at any noise and does not want to be
    apart from her grandmother, although she still eats and helps where she can.
    Her mother lives in the United States. When the grandmother comes back into
    the room, she looks exhausted and cries quietly.

## dariana-16-few-words

case-dariana-16-few-words-title = Dariana, 16: "that's my business"
case-dariana-16-few-words-summary =
    A teenager who says only what she must and prefers not to answer several
    questions.
case-dariana-16-few-words-vignette =
    Dariana, 16, arrives on a return flight to San Salvador. She sits with her
    arms crossed and says from the start that she is fine and just wants to go
    home. She answers the simple questions, but will not say who she travelled
    with or why she left: "that's my business". Nor does she want to say whether
    it is safe to go home, whether she owes money, whether she might be
    pregnant, or whether anyone in her family stayed behind on the way. She does
    not seem upset; she looks at the clock and asks when she can leave. She
    wants to live with her mother, who has not been reached yet; her father
    lives in the United States.

## valeria-1-in-arms

case-valeria-1-in-arms-title = Valeria, 1: in her mother's arms
case-valeria-1-in-arms-summary =
    A baby arriving with her mother: what is to be expected after a journey like
    this.
case-valeria-1-in-arms-vignette =
    Valeria, a year and a half old, arrives in San Pedro Sula in her mother's
    arms on a return flight; both have documents. Her mother asks for nappies
    and a place to change her. She says that on the journey Valeria cried more
    than usual and now will not let anyone else hold her, but she eats well,
    sleeps in her arms and has started babbling and laughing again. While they
    talk, the little girl plays with a plastic cup and watches the interviewer
    with curiosity. Her mother looks tired but calm; they are going to her
    parents' house, where they are expected. At the end she asks whether it is
    normal for the child to wake up crying.

## brandon-9-down-syndrome

case-brandon-9-down-syndrome-title = Brandon, 9: he has never been to school
case-brandon-9-down-syndrome-summary =
    A boy with Down syndrome returning with his mother: speaking to him
    directly.
case-brandon-9-down-syndrome-vignette =
    Brandon, 9, returns to Guatemala on a return bus with his mother; both have
    documents. Brandon has Down syndrome. He greets everyone with a hug and
    speaks in short sentences that are sometimes hard to follow. His mother says
    he has never been to school because nobody in their village would take him,
    and that they were travelling to join his father, who lives in the United
    States. The interviewer speaks to Brandon directly, slowly and with
    gestures, and he answers by pointing and smiling. His mother, calm, says
    that on the journey he was "steadier than she was".

## genesis-10-not-eating

case-genesis-10-not-eating-title = Génesis, 10: she no longer plays or eats
case-genesis-10-not-eating-summary =
    A calm, quiet girl whose mother describes some very hard weeks.
case-genesis-10-not-eating-vignette =
    Génesis, 10, returns to San Salvador on a return flight with her mother;
    both have documents. She sits very still, looking down, and answers when
    spoken to, but in very few words. Her mother says that for almost three
    weeks, since they were detained, Génesis has eaten very little, wakes up
    screaming nearly every night and no longer wants to play or talk to anyone.
    The interviewer is not sure whether it is only sadness and asks her directly
    whether she has thought of hurting herself; Génesis shakes her head. She
    calms down when her mother strokes her hair. Her mother, her eyes full of
    tears, says she no longer knows how to help her.

## mayra-15-coached

case-mayra-15-coached-title = Mayra, 15: a "family friend"
case-mayra-15-coached-summary =
    A teenager says she is fine; what was seen earlier counts too.
case-mayra-15-coached-vignette =
    Mayra, 15, arrives on a return bus to Guatemala with a man who introduces
    himself as a family friend. In the queue, staff heard him quietly telling
    her what to answer, and he keeps Mayra's identity document in his shirt
    pocket. When he is asked to wait outside, he agrees without argument. Alone,
    Mayra smiles, says she feels safe and that everything is fine, and asks
    several times whether she can leave with him now.

## roxana-14-salvadoran

case-roxana-14-salvadoran-title = Roxana, 14: "it was my decision"
case-roxana-14-salvadoran-summary =
    A calm teenager returning with her mother, and something she tells only a woman
    on the team.
case-roxana-14-salvadoran-vignette =
    Roxana, 14, returns to San Salvador on a return flight with her mother; both
    have documents and the relationship is verified. They were going to join her
    father, who lives in the United States. She is calm and says she is looking
    forward to seeing her school friends. Nobody hurt her on the journey, and at
    home, she says, everything is fine. Alone with a woman on the team, she says
    her period has not come for two months and she thinks she is pregnant.
    Without being asked, she adds that she has a boyfriend in her neighbourhood,
    that "it was her decision" and that nobody forced her. She has no pain or
    bleeding.

## jairo-9-better-to-die

case-jairo-9-better-to-die-title = Jairo, 9: what his mother heard
case-jairo-9-better-to-die-summary =
    A cheerful boy who says he is fine, and something his mother heard during
    detention.
case-jairo-9-better-to-die-vignette =
    Jairo, 9, returns to San Pedro Sula on a return flight with his mother; the
    relationship is verified. He talks a lot and plays with a toy car. In
    private, his mother says that in the detention centre Jairo said several
    times that "it would be better to die", and that he gave his few toys away
    to other children. When the interviewer asks him calmly and directly whether
    he has thought about hurting himself or about not wanting to live, Jairo
    says no, that he "was just angry", and goes back to his car. He eats and
    sleeps well, and wants to go back to his school.

## kenia-16-messages

case-kenia-16-messages-title = Kenia, 16: messages from a woman at a shelter
case-kenia-16-messages-summary =
    A relaxed teenager returning with her mother, who mentions a job offer in
    passing.
case-kenia-16-messages-vignette =
    Kenia, 16, returns to Guatemala on a return bus from Mexico with her mother;
    both have documents and the relationship is verified. They were going to
    join her father. Kenia is relaxed and talks about going back to school. In
    passing, she says that at a shelter in Mexico a very friendly woman offered
    her a job looking after children "up north", with pay and somewhere to live;
    the woman asked for her phone number and has written to her twice since.
    Kenia laughs, says the woman "was really nice" and that for now she is not
    planning to travel again. Her mother knew nothing about it. Nothing else
    Kenia says or does worries the interviewer.

## mario-11-came-alone

case-mario-11-came-alone-title =
    Mario, 11: he came back alone; his mother is waiting
case-mario-11-came-alone-summary =
    A boy who travels without family, and a mother already waiting for him at
    the centre.
case-mario-11-came-alone-vignette =
    Mario, 11, arrives in San Pedro Sula on a return flight with a group of
    children, escorted only by officials. He was going to join his father in the
    United States. His mother is waiting for him at the centre: the child
    protection authority has checked her documents, spoken with each of them
    separately and confirmed that she is his mother. Mario hugs her and will not
    let go. He is hungry. He says he has nightmares every night, that his
    stomach hurts and that he gets angry at everything; his mother says he has
    been like this since he was detained two months ago, and it is not getting
    better. Even so, he eats, plays and wants to go back to his school.

## ruth-16-inhaler

case-ruth-16-inhaler-title = Ruth, 16: pregnant, and without her inhaler
case-ruth-16-inhaler-summary =
    A calm teenager returning with her mother, with two health needs.
case-ruth-16-inhaler-vignette =
    Ruth, 16, returns to Guatemala City on a return flight with her mother; both
    have documents and the relationship is verified. She has asthma and uses an
    inhaler every day; it was taken from her when she was detained, and she has
    been without it for three days. She is breathing normally now, but says she
    gets short of breath at night. Alone with a woman on the team, she says
    happily that she is about five months pregnant and has not had a check-up
    yet; she has no pain or bleeding, and nothing suggests abuse. She stopped
    studying a few months ago, before the journey.

## lesly-15-not-left-behind

case-lesly-15-not-left-behind-title =
    Lesly, 15: "so he would not leave me behind"
case-lesly-15-not-left-behind-summary =
    A teenager travelling alone who answers yes to the question about sexual
    violence.
case-lesly-15-not-left-behind-vignette =
    Lesly, 15, arrives alone in Honduras on a return bus from Mexico. She was
    going to join her mother in the United States, in a group led by a guide her
    family had paid. To the question about sexual violence, she says yes, more
    than a month ago. A little later, without being asked, she adds that the
    guide made her stay with him several nights "so he would not leave her
    behind". She says nothing more, and the interviewer asks nothing more. Her
    father, who lives in Honduras, has not yet been reached. She is hungry,
    wants to call her mum and says she finds it hard to sleep.

## tania-17-does-not-know

case-tania-17-does-not-know-title = Tania, 17: "I don't know"
case-tania-17-does-not-know-summary =
    A calm teenager returning with her father, who is lost for words at one
    question.
case-tania-17-does-not-know-vignette =
    Tania, 17, returns to San Pedro Sula on a return flight with her father;
    both have documents and the relationship is verified. She was travelling to
    work and help her family, and wants to finish school. She talks easily and
    says she feels fine. Alone with a woman on the team, when asked whether she
    is pregnant or thinks she might be, she is silent for a moment, shrugs and
    says "I don't know". She has no pain or bleeding, and there is no other
    sign.

## heidy-15-two-days-tonight

case-heidy-15-two-days-tonight-title = Heidy, 15: two days ago, and home tonight
case-heidy-15-two-days-tonight-summary =
    A girl who discloses something recent, and a family that wants to go home
    tonight.
case-heidy-15-two-days-tonight-vignette =
    Heidy, 15, returns to San Pedro Sula on a return bus from Mexico with her
    mother; their relationship is verified. Alone with a woman on the team, she
    says that yes, a man touched her private parts at the bus station in Mexico,
    two days ago. Once the health staff have seen her, the interview goes on:
    she left because she saw a killing in her neighbourhood and was told to keep
    quiet, and she says it is not safe for her to go back. Her mother plans to
    take her home to that same neighbourhood tonight.

## cristian-16-pills

case-cristian-16-pills-title = Cristian, 16: the pills at the shelter
case-cristian-16-pills-summary =
    A quiet boy who looks well and says something about the night before the
    flight.
case-cristian-16-pills-vignette =
    Cristian, 16, returns on a flight to San Pedro Sula; his father is waiting
    for him and their relationship has been verified. He looks well and answers
    in a low voice. Asked directly whether he has thought about hurting himself
    or not wanting to live, he says that two nights ago, at the shelter, he
    swallowed a handful of pills "so as not to come back", and that he still
    thinks about it. He says he is sleeping and eating badly.

## jennifer-13-right-now

case-jennifer-13-right-now-title = Jennifer, 13: "right now"
case-jennifer-13-right-now-summary =
    A teenager travelling with her aunt who answers two hard questions in two
    different ways.
case-jennifer-13-right-now-vignette =
    Jennifer, 13, returns to Honduras on a return bus with her aunt, whose
    relationship has been verified; she will live with her. Asked directly, she
    says she thinks about not wanting to live "right now, all the time". When
    the psychologist has seen her and she is calmer, the interview goes on. To
    the sexual-violence question she says she is not sure: at the border a man
    searched her and "touched her strangely". She does not know how many days
    ago it was.

## axel-14-crutches

case-axel-14-crutches-title = Axel, 14: "I don't know"
case-axel-14-crutches-summary =
    A boy who walks with a crutch and is unsure about two things.
case-axel-14-crutches-vignette =
    Axel, 14, returns on a flight to San Pedro Sula with his father; their
    relationship is verified. He was born with one leg shorter than the other
    and walks with a crutch. Asked directly whether he has had thoughts of
    hurting himself or not wanting to live, he looks away and says "I don't
    know". Later he says that his cousin, who travelled with them, was separated
    from them at the border, and nobody knows whether he was detained or went
    on.

## katherine-12-brother-detained

case-katherine-12-brother-detained-title = Katherine, 12: her brother stayed behind
case-katherine-12-brother-detained-summary =
    A girl who arrives without an adult and worries about her brother.
case-katherine-12-brother-detained-vignette =
    Katherine, 12, arrives on a return flight to San Pedro Sula without any
    adult. She had travelled with her brother, who is 19; he was detained in
    the United States and was not returned with her. Her mother comes to the
    centre that afternoon, and the child protection authority verifies the
    relationship. Katherine is calm, eats well and wants to go back to school,
    but keeps asking where her brother is and when he will come.

## noemi-16-rather-not-say

case-noemi-16-rather-not-say-title = Noemí, 16: "I'd rather not say"
case-noemi-16-rather-not-say-summary =
    A girl who answers everything, except one question.
case-noemi-16-rather-not-say-vignette =
    Noemí, 16, returns on a return bus to Honduras with her mother; their
    relationship is verified. She answers every question calmly and says she
    feels safe and wants to go back to school. When asked, in private and with a
    woman on the team, whether anyone touched her private parts or made her do
    something sexual, she is silent and then says she would rather not say.
    There is no other sign of concern.

## dulce-10-cries-when-touched

case-dulce-10-cries-when-touched-title = Dulce, 10: she cries when touched
case-dulce-10-cries-when-touched-summary =
    A girl who says nothing happened, and what the nurse notices.
case-dulce-10-cries-when-touched-vignette =
    Dulce, 10, returns on a flight to San Pedro Sula with her mother; their
    relationship is verified. During the routine check, she cries and pulls
    away when the nurse touches her, and her mother says in private that Dulce
    complains of pain when she sits down. Asked calmly whether anyone touched
    her private parts, Dulce says no and hides her face. There is no urgent
    medical sign.

## franklin-15-cannot-go-back

case-franklin-15-cannot-go-back-title = Franklin, 15: "I can't go back there"
case-franklin-15-cannot-go-back-summary =
    A boy who says it is not safe to go home, but not why.
case-franklin-15-cannot-go-back-vignette =
    Franklin, 15, returns on a return bus to Honduras with his mother; their
    relationship is verified. He says it is not safe for him to go back to his
    neighbourhood, but names no threat, no group and no one at home who hurts
    him; he only repeats "you can't live there". His mother says he has always
    found reading hard, and a teacher once said he might have a learning
    difficulty that was never assessed.

## ashley-13-partner-outside

case-ashley-13-partner-outside-title = Ashley, 13: he is coming to collect her
case-ashley-13-partner-outside-summary =
    A pregnant girl who has had her check-ups, and who is coming to collect her.
case-ashley-13-partner-outside-vignette =
    Ashley, 13, returns to San Pedro Sula on a return bus with her mother; their
    relationship is verified. Alone with a nurse, she says she is about five
    months pregnant and had two check-ups in Mexico. Without being asked, she
    says that the baby's father, a man in his twenties, is coming to collect
    them at the centre this afternoon. She has no pain or bleeding.

## milagro-13-who-is-coming

case-milagro-13-who-is-coming-title = Milagro, 13: nobody knows who is coming
case-milagro-13-who-is-coming-summary =
    A pregnant girl returning with her grandmother, and a question nobody can
    answer.
case-milagro-13-who-is-coming-vignette =
    Milagro, 13, returns to Guatemala on a return bus with her grandmother, who
    will look after her; their relationship is verified. Alone with a woman on
    the team, she says she is pregnant and has not seen a doctor. The baby's
    father is an adult from her village. Nobody knows whether he will come to
    the centre: the grandmother says "he might". Milagro has no pain or
    bleeding.

## denis-16-debt-outside

case-denis-16-debt-outside-title = Denis, 16: someone may be waiting outside
case-denis-16-debt-outside-summary =
    A boy who owes money, will not say much, and may be waited for.
case-denis-16-debt-outside-vignette =
    Denis, 16, returns on a flight to San Pedro Sula; his mother is with him and
    their relationship is verified. He left to work. To the sexual-violence
    question he says yes, but does not want to say when. Once the health staff
    have seen him, the interview goes on: he is not sure it is safe to go home
    and will not say why. The family owes money to a lender who paid the
    smuggler, and the lender's man has been pressing his mother. She says he
    told her he would "come by the centre"; nobody knows whether he is outside.
    Tonight they will stay with relatives in another town.

## isaac-7-not-wake-up

case-isaac-7-not-wake-up-title = Isaac, 7: "I want to sleep and not wake up"
case-isaac-7-not-wake-up-summary =
    A young boy who plays calmly, and what he said at night.
case-isaac-7-not-wake-up-vignette =
    Isaac, 7, returns on a flight to San Pedro Sula with his father; their
    relationship is verified. He plays calmly with some blocks. In private, his
    father says that for a week Isaac has said at night that he wants "to go to
    sleep and not wake up". The father has seen no mark and nothing Isaac did
    to hurt himself. The interviewer does not ask Isaac about it, and watches
    him play.

## gerson-16-fresh-cuts

case-gerson-16-fresh-cuts-title = Gerson, 16: fresh cuts on his arm
case-gerson-16-fresh-cuts-summary =
    A boy with a bandage he made himself, and what is under it.
case-gerson-16-fresh-cuts-vignette =
    Gerson, 16, returns on a flight to San Pedro Sula with his mother; their
    relationship is verified. He holds a bloodstained cloth around his forearm.
    When the nurse looks, there are several fresh, deep cuts, made that morning
    with a razor blade from the flight's hygiene kit. Once the cuts have been
    treated, he is asked directly whether he has thoughts of hurting himself or
    not wanting to live, and he says no.

## yeimi-15-sleeves

case-yeimi-15-sleeves-title = Yeimi, 15: under her sleeve
case-yeimi-15-sleeves-summary =
    A teenager who answers a hard question frankly, and what is seen when she
    pushes up her sleeve.
case-yeimi-15-sleeves-vignette =
    Yeimi, 15, returns on a flight to San Pedro Sula with her mother; the
    relationship is verified. She wears a long-sleeved sweatshirt despite the
    heat. At first there is no urgent medical sign. In private, when she is
    asked calmly whether she has thought about hurting herself or not wanting
    to live, she says yes, right now, and that she has already thought about
    how she would do it. Then she pushes up her sleeve: on her forearm there
    are several old cut marks and a cut from last night, open and still
    bleeding a little. She says that since they were detained she has slept
    very badly and hardly eats. Nobody hurt her on the journey and, she says,
    everything is fine at home.

## darwin-10-no-point

case-darwin-10-no-point-title = Darwin, 10: "nothing is worth it"
case-darwin-10-no-point-summary =
    A quiet boy, what his father has heard him say, and an answer about the
    past.
case-darwin-10-no-point-vignette =
    Darwin, 10, returns to Honduras on a return bus from Mexico with his
    father; the relationship is verified. He sits looking at the floor. In
    private, his father says that since they were detained Darwin keeps saying
    that "nothing is worth it any more", and that one night he said he would
    rather be dead. Asked calmly and directly whether he has thought about
    hurting himself or about not wanting to live, Darwin says he thought about
    it in the detention centre, but not now. He also says it is his fault that
    the family lost the money for the journey. His father says that for a month
    he has been eating less and cannot concentrate even on a game, and that it
    is not getting better; even so, he still plays football with his cousins.
    His mother lives in the United States.

## keyla-4-uniforms

case-keyla-4-uniforms-title = Keyla, 4: afraid of uniforms
case-keyla-4-uniforms-summary =
    A little girl returning with her mother, and what has changed since
    detention.
case-keyla-4-uniforms-vignette =
    Keyla, 4, returns on a return flight to San Pedro Sula with her mother; both
    have documents and the relationship is verified. When she sees a migration
    officer in uniform, she screams and hides behind her mother. Her mother says
    that since the detention centre, three weeks ago, Keyla has been afraid of
    the dark, wakes several times every night, eats much less than before and
    plays over and over at locking her dolls up. She says it has not got
    better. There is no urgent medical sign, and Keyla smiles when she is
    offered some crayons. Her father lives in the United States; they are going
    to her grandmother's house.

## nahomy-16-voices

case-nahomy-16-voices-title = Nahomy, 16: a voice nobody else hears
case-nahomy-16-voices-summary =
    A teenager who is calm at first, and what happens when the journey comes
    up.
case-nahomy-16-voices-vignette =
    Nahomy, 16, returns on a return flight to San Salvador with her mother; both
    have documents and the relationship is verified. At first she answers
    calmly: she says she has not thought of hurting herself and that nobody hurt
    her on the way. Later, when the journey comes up, she becomes very agitated,
    covers her ears and says she hears a voice telling her she should die. The
    interviewer takes her to a quiet place and they breathe slowly together, but
    Nahomy cannot calm down, still hears the voice and keeps saying "I'd be
    better off dead". Her mother, frightened, says she has never seen her
    like this.

## olvin-14-farm

case-olvin-14-farm-title = Olvin, 14: work on a farm
case-olvin-14-farm-summary =
    A boy who travelled alone to work, and what he tells about the journey.
case-olvin-14-farm-vignette =
    Olvin, 14, arrives alone in San Pedro Sula on a return bus from Mexico,
    tired, hungry and without documents. He says a man from a nearby village
    told his mother he would take him to work with some relatives "up north".
    Olvin did not know where he was going or who the people he travelled with
    were. In Mexico he was kept for weeks working on a farm, without pay, "to
    pay for the journey". He does not know whether his family owes that man
    anything, and says he has not seen him since; the reception staff confirm
    that nobody has come for him. He feels safe here and wants to talk to his
    mother. The child protection authority reaches her by phone and verifies
    the relationship. He left school two years ago.

## bayron-16-drinking

case-bayron-16-drinking-title = Bayron, 16: angry at everything
case-bayron-16-drinking-summary =
    A teenager returning with his father, and what his father has noticed.
case-bayron-16-drinking-vignette =
    Bayron, 16, returns on a flight to San Pedro Sula with his father; the
    relationship is verified. They were travelling to find work. He says he has
    not thought of hurting himself. His father says that since they were
    detained, three weeks ago, Bayron shouts at him over anything, and that at
    the shelter he drank alcohol that other boys had brought. Bayron says he
    feels guilty because the family sold their animals for a journey that came
    to nothing, and that he cannot concentrate on anything. Both say it has not
    got better. Even so, he eats, sleeps and wants to go back to school. His
    mother lives in the United States.
