# Casos de práctica de la guía ruta (guide/cases/*.yaml), en español.
# Todos los casos son inventados y anónimos: ninguno es una persona real.
# Cada caso tiene un título, un resumen de una línea (lo que conviene notar, sin
# revelar la ruta) y una viñeta. Cada id de este archivo existe también en
# en/cases.ftl.

## kevin-16-threat

case-kevin-16-threat-title = Kevin, 16: amenazas en su barrio
case-kevin-16-threat-summary =
    Un adolescente tranquilo que viaja solo, y un plan de salida para hoy que
    conviene revisar.
case-kevin-16-threat-vignette =
    Kevin, de 16 años, llega solo en un vuelo de retorno a San Pedro Sula. Se ve
    tranquilo, responde con educación y comenta que lleva semanas durmiendo mal.
    Cuenta que se fue porque un grupo de su colonia lo presionaba para que se
    uniera a ellos, y que le mandaron a decir a su madre que él «tenía una
    semana». Dejó de ir al colegio cuando empezaron las amenazas. Ya habló por
    teléfono con su madre. En la ficha consta que una tía lo recogerá esta
    tarde; la tía vive en la misma colonia, a dos cuadras de la casa de la
    madre, y todavía nadie ha verificado su parentesco. Cuando se le pregunta si
    piensa volver a irse, Kevin se encoge de hombros y dice que depende de cómo
    estén las cosas.

## josue-7-clinging

case-josue-7-clinging-title = Josué, 7: no suelta a su mamá
case-josue-7-clinging-summary =
    Las reacciones de un niño pequeño después del viaje, y una madre agotada.
case-josue-7-clinging-vignette =
    Josué, de 7 años, llega con su madre en un autobús de retorno desde México a
    Omoa; el personal ya revisó los documentos de los dos. Él no se separa de
    ella: le toma la mano todo el tiempo y esconde la cara en su brazo cuando
    alguien se acerca. La madre cuenta en voz baja que en el camino Josué se
    orinó dos veces en la ropa y que tiene pesadillas casi todas las noches;
    teme que «se haya quedado así». Ella misma dice que no ha dormido en días y
    se le llenan los ojos de lágrimas. Los dos tienen hambre. Aun así, Josué
    come lo que le ofrecen, juega un rato con unos carritos y sonríe cuando
    habla de su abuela, con quien van a vivir en Olancho y cerca de la escuela a
    la que él ya iba.

## brayan-17-debt

case-brayan-17-debt-title = Brayan, 17: «el próximo mes lo vuelvo a intentar»
case-brayan-17-debt-summary =
    Un tercer retorno, planes de irse pronto y una deuda de la que la familia
    habla con miedo.
case-brayan-17-debt-vignette =
    Brayan, de 17 años, llega solo; es la tercera vez que lo retornan. Habla con
    seguridad y sin rodeos: dice que el próximo mes lo vuelve a intentar, porque
    «allá sí hay trabajo». Dejó de estudiar hace dos años. Al hablar del viaje,
    explica que su familia hipotecó el terreno para pagarle al coyote. Agrega
    que ese hombre ya llamó a su madre para decirle que falta el resto del
    dinero y que «mejor lo mande otra vez para arriba». La madre viene en camino
    desde su pueblo; la autoridad de protección ya habló con ella y confirmó el
    parentesco. Brayan no se muestra triste, solo cansado y con prisa por irse.

## andres-10-no-number

case-andres-10-no-number-title = Andrés, 10: sin un número al que llamar
case-andres-10-no-number-summary =
    Un niño al que separaron del adulto con quien viajaba y que no sabe con
    quién va a vivir.
case-andres-10-no-number-vignette =
    Andrés, de 10 años, llega sin ningún adulto en un vuelo de retorno a San
    Pedro Sula. Dice que viajaba con un «primo» mayor de edad, pero que en la
    frontera los separaron y no sabe dónde está ahora. Sus padres viven en
    Estados Unidos; no recuerda ningún número de teléfono en Honduras, solo el
    nombre de su aldea y el de su abuela. El viaje lo arreglaron los adultos de
    la familia; él no trae documentos ni sabe si se le debe dinero a alguien por
    el viaje. Tiene los ojos hinchados, casi no ha comido desde ayer y habla muy
    bajito; quien lo atiende no está segura de si es solo cansancio. Cuando se
    le ofrece llamar a su familia, asiente enseguida. Al preguntarle con quién
    va a vivir, dice que no sabe, que él quiere estar con su mamá y su papá.

## luis-12-hearing-aid

case-luis-12-hearing-aid-title = Luis, 12: un audífono sin baterías
case-luis-12-hearing-aid-summary =
    Un niño con discapacidad auditiva que llega con su abuela: cómo hablar con
    él, y no solo con ella.
case-luis-12-hearing-aid-vignette =
    Luis, de 12 años, regresa en un autobús de retorno con su abuela, que viajó
    con él y cuyos documentos ya revisó la autoridad de protección. Luis tiene
    una discapacidad auditiva; usa audífono, pero las baterías se le acabaron en
    el camino. Se comunica con señas que inventaron en la familia y lee palabras
    sencillas. La abuela se ofrece a traducir, y cada vez que alguien le habla a
    Luis es ella quien contesta. En el centro no hay intérprete de lengua de
    señas. Luis se ve tranquilo y atento, y sonríe cuando le muestran un dibujo.
    Su mamá vive en Estados Unidos; en su comunidad iba a la escuela y tenía
    amigos.

## ana-9-kiche

case-ana-9-kiche-title = Ana, 9: habla k'iche'
case-ana-9-kiche-summary =
    Una niña que viaja sola y entiende poco español: qué se puede preguntar
    ahora y qué debe esperar.
case-ana-9-kiche-vignette =
    Ana, de 9 años, llega sola en un autobús de retorno a la frontera de
    Guatemala con México. Habla k'iche' y entiende pocas palabras en español; en
    el lugar nadie habla su idioma y todavía no se ha conseguido intérprete. Con
    gestos y dibujos da a entender que sus papás están en Huehuetenango y que
    quiere hablar con ellos, pero aún no se ha logrado contactarlos. Trae su
    certificado de nacimiento en la mochila. Cuando se le pregunta si se siente
    segura, mira a la entrevistadora sin responder, y no queda claro si
    entendió; tampoco se logra saber por qué viajó. Come con ganas lo que le
    ofrecen y, un rato después, se pone a dibujar.

## mateo-2-listless

case-mateo-2-listless-title = Mateo, 2: decaído al llegar
case-mateo-2-listless-summary =
    Un niño pequeño que no se ve del todo bien, en una sala de llegada llena de
    gente.
case-mateo-2-listless-vignette =
    Mateo, de 2 años, llega a San Salvador en brazos de su madre, en un vuelo de
    retorno. La sala está llena y no hay un rincón tranquilo donde hablar. La
    madre, que trae los documentos de los dos, cuenta que Mateo vomitó un par de
    veces durante el vuelo y que hoy ha mojado poco el pañal. El niño está algo
    caliente al tacto y sin ganas de jugar, apoyado en el hombro de su madre.
    Quien lo recibe no sabe si es solo cansancio del viaje y pide a la enfermera
    que lo revise en ese momento. La enfermera encuentra que está deshidratado y
    con fiebre alta. Cuando a Mateo ya lo han hidratado y la fiebre empieza a
    bajar, quien lo recibió continúa la entrevista con la madre en un rincón más
    tranquilo.

## dilcia-17-pregnant-pain

case-dilcia-17-pregnant-pain-title = Dilcia, 17: embarazada y con dolor
case-dilcia-17-pregnant-pain-summary =
    Una adolescente embarazada que llega con molestias: qué va primero.
case-dilcia-17-pregnant-pain-vignette =
    Dilcia, de 17 años, baja de un autobús de retorno desde México en San Pedro
    Sula; su hermana mayor la espera afuera. Está embarazada de unos seis meses.
    Camina despacio, con una mano en el vientre, y se ve pálida y sudorosa. Al
    sentarse, antes de cualquier pregunta, dice que desde la mañana tiene
    dolores fuertes y que ha visto un poco de sangre. Pide que no la dejen sola.
    Una vez que el equipo médico la atiende y está estable, la entrevista
    continúa: Dilcia viajó de regreso sin ningún adulto y va a vivir con su
    hermana, cuyo parentesco ya está verificado.

## daniela-15-rather-not

case-daniela-15-rather-not-title = Daniela, 15: prefiere no hablar de eso
case-daniela-15-rather-not-summary =
    Una adolescente callada, acompañada por su madre, ante una pregunta difícil.
case-daniela-15-rather-not-vignette =
    Daniela, de 15 años, regresa a San Salvador en un vuelo de retorno con su
    madre; las dos traen documentos. Lleva un suéter de mangas largas a pesar
    del calor y contesta con monosílabos, sin levantar la mirada. Dice que se
    siente incómoda, pero que nadie en el lugar le da miedo. La madre cuenta,
    preocupada, que desde que estuvieron detenidas Daniela casi no come, pasa el
    día acostada y una noche le dijo «ya no quiero nada». Cuando la madre sale
    un momento, la entrevistadora le hace con calma la pregunta sobre
    pensamientos de hacerse daño o de no querer vivir. Daniela se queda callada
    un largo rato y luego dice que prefiere no hablar de eso.

## jonathan-13-later-on

case-jonathan-13-later-on-title = Jonathan, 13: una frase casi al final
case-jonathan-13-later-on-summary =
    Un adolescente que viaja con su abuela; atención a lo que dice cuando la
    entrevista ya va avanzada.
case-jonathan-13-later-on-vignette =
    Jonathan, de 13 años, regresa en un vuelo de retorno a San Pedro Sula con su
    abuela. Ella dice que lo cría desde pequeño, pero no trae ningún papel que
    lo demuestre, y los documentos de Jonathan se perdieron en el viaje. La
    abuela acepta sin problema esperar afuera. Al inicio, Jonathan responde con
    cortesía que no ha tenido pensamientos de hacerse daño. Cuenta que su mamá
    vive en Estados Unidos y que viajaba para reunirse con ella. Más adelante,
    cuando se le pregunta si algún familiar se quedó en el camino, dice que no,
    y añade en voz baja que, si no puede estar con su mamá, «mejor ya no estar».
    Después se queda mirando la mesa, sin llorar.

## ingrid-14-four-days

case-ingrid-14-four-days-title = Ingrid, 14: «fue hace cuatro días»
case-ingrid-14-four-days-summary =
    Una adolescente responde a una pregunta delicada: lo que importa es cuándo,
    no qué.
case-ingrid-14-four-days-vignette =
    Ingrid, de 14 años, llega a Ciudad de Guatemala en un autobús de retorno
    desde México, sin ningún familiar. Se ve agotada, se sienta abrazada a sus
    rodillas y pide hablar con una mujer. Con una orientadora, en un espacio
    privado, responde que no ha pensado en hacerse daño. Cuando llega la
    pregunta sobre si alguien la obligó a algo con su cuerpo durante el viaje,
    Ingrid asiente y empieza a llorar en silencio. La orientadora no le pide que
    cuente qué pasó; solo le pregunta, con calma, cuándo fue. Ingrid dice que
    hace cuatro días, en el último tramo del camino. Más tarde habla por
    teléfono con una tía, que dice que se hará cargo de ella; el parentesco de
    la tía todavía no se ha verificado.

## karla-14-uncle

case-karla-14-uncle-title = Karla, 14: un «tío» que no se aparta
case-karla-14-uncle-summary =
    Una adolescente que llega con un adulto que responde por ella.
case-karla-14-uncle-vignette =
    Karla, de 14 años, baja de un autobús de retorno en San Pedro Sula y un
    hombre que dice ser su tío se acerca de inmediato a recogerla. Él no trae
    ningún documento que muestre el parentesco, pero tiene en la mano el
    pasaporte de Karla. Cada vez que el personal le pregunta algo a ella, él
    contesta primero; Karla mira al suelo y no dice nada. Cuando se le pide con
    amabilidad que espere afuera mientras se habla con Karla, como se hace con
    todos, el hombre se niega. Dice que la muchacha «no tiene nada que hablar
    con nadie» y que tienen prisa. Cuando el personal de seguridad ya intervino
    y Karla está en otra sala con una trabajadora del centro, lejos del hombre,
    dice en voz baja que le tiene miedo, pero no quiere hablar de por qué se
    fue, de su casa ni de con quién va a vivir.

## erick-15-watched

case-erick-15-watched-title = Erick, 15: alguien lo está mirando
case-erick-15-watched-summary =
    Un adolescente que parece tranquilo hasta que se le pregunta si se siente
    seguro.
case-erick-15-watched-vignette =
    Erick, de 15 años, llega solo en un vuelo de retorno a San Salvador. Al
    principio conversa con normalidad y hasta bromea sobre la comida del avión.
    Cuando se le pregunta si se siente seguro en el lugar, baja la voz y mira
    hacia la sala de espera. Dice que uno de los hombres que vinieron en el
    mismo vuelo es de su colonia, que no deja de mirarlo y que no quiere que ese
    hombre sepa a dónde va a ir. Se le nota tenso y no quiere sentarse de
    espaldas a la puerta. Ya en una sala tranquila, lejos de la sala de espera,
    cuenta que se fue porque una pandilla de su colonia lo presionaba para que
    se uniera a ellos, y que no puede volver allí. Ya habló por teléfono con su
    abuela, que vive en otro municipio y viene a recogerlo; el parentesco de
    ella todavía no se ha verificado.

## marisol-16-job-offer

case-marisol-16-job-offer-title = Marisol, 16: le prometieron un trabajo
case-marisol-16-job-offer-summary =
    Una adolescente que viajó por una oferta de trabajo y regresa sin sus
    documentos.
case-marisol-16-job-offer-vignette =
    Marisol, de 16 años, regresa sola en un autobús de retorno a Guatemala, con
    hambre y sin su documento de identificación. Cuenta que una señora de su
    municipio le ofreció trabajo cuidando niños en México y se encargó de todo
    el viaje. Allá, la señora se quedó con su documento y la puso a limpiar una
    casa desde temprano hasta la noche, sin pagarle y sin dejarla salir sola.
    Habla con calma, pero dice que duerme mal y que le cuesta concentrarse. No
    sabe si es seguro volver a su casa, porque la señora vive cerca de su
    familia; esta noche se quedará en un albergue mientras se localiza a su
    mamá. Cuando se le pregunta si debe dinero por el viaje, se queda callada y
    cambia de tema.

## gabriela-15-harassment

case-gabriela-15-harassment-title = Gabriela, 15: acoso en su colonia
case-gabriela-15-harassment-summary =
    Una adolescente y su madre explican por qué salieron; hay una pregunta que
    ella no quiere responder.
case-gabriela-15-harassment-vignette =
    Gabriela, de 15 años, regresa con su madre en un vuelo de retorno a San
    Salvador; el parentesco ya está verificado. La madre cuenta que salieron
    porque unos muchachos de un grupo de la colonia empezaron a seguir a
    Gabriela a la salida del centro escolar y a decirle que iba a ser «novia» de
    uno de ellos. Gabriela dejó de ir a clases hace unos meses y dice que no
    puede volver a esa colonia. A solas, cuando se le hace la pregunta sobre
    violencia sexual, responde que no quiere contestar eso. Se la ve triste;
    dice que duerme mal y que desde hace semanas nada le da ganas. Pagaron el
    viaje con un préstamo de un familiar, sin presiones, y hoy se irán a casa de
    una tía en otro departamento.

## dayana-11-stepfather

case-dayana-11-stepfather-title = Dayana, 11: no quiere volver a su casa
case-dayana-11-stepfather-summary =
    Una niña que viajó con su tía y no quiere llamar a su casa.
case-dayana-11-stepfather-vignette =
    Dayana, de 11 años, regresa a Honduras en un autobús de retorno desde México
    con su tía materna, que trae documentos que prueban el parentesco. La tía
    espera afuera mientras una trabajadora social habla con la niña. Dayana está
    atenta, pero se pone tensa cuando se le ofrece llamar a su casa: dice que
    no, que ahora no. Más adelante cuenta que se fue porque su padrastro les
    pega a ella y a su mamá, y que él sigue viviendo en esa casa. Dice que
    quiere quedarse con su tía. La tía comenta que desde el viaje Dayana tiene
    pesadillas, se asusta con cualquier ruido y le duele el estómago casi todos
    los días, aunque sigue comiendo y jugando con sus primos.

## estefany-15-collected

case-estefany-15-collected-title = Estefany, 15: su padre viene a recogerla
case-estefany-15-collected-summary =
    Una adolescente que viaja sola y cambia de actitud al saber quién la va a
    recoger.
case-estefany-15-collected-vignette =
    Estefany, de 15 años, llega sola en un vuelo de retorno a San Salvador. Al
    inicio se muestra tranquila y dice que no quiere llamar a nadie por ahora.
    Al hablar de por qué se fue, pregunta quién la va a recoger; cuando se le
    dice que su padre está anotado para venir hoy, se pone pálida. En voz baja
    cuenta que se fue por lo que su padre les hacía a ella y a sus hermanos, y
    que le tiene miedo. Su mamá vive en Estados Unidos. Dice que preferiría irse
    con su madrina, pero no sabe su número. Casi no duerme ni come desde hace
    días. Antes de terminar, pregunta qué va a pasar con su hermana menor, que
    sigue viviendo con él.

## camila-13-pregnant

case-camila-13-pregnant-title = Camila, 13: cree que está embarazada
case-camila-13-pregnant-summary =
    Una niña que llega con su madre, con náuseas, y que no quiere hablar de su
    casa.
case-camila-13-pregnant-vignette =
    Camila, de 13 años, llega con su madre en un autobús de retorno a Guatemala;
    las dos traen sus documentos. La madre cuenta que Camila ha tenido náuseas
    todo el viaje y casi no ha comido; ella misma se ve agotada y llora al
    hablar del camino. Van a reunirse con la familia en su aldea; el padre de
    Camila vive en Estados Unidos. Camila dice que nadie le hizo daño durante el
    viaje. A solas con una enfermera del equipo, cuenta que no le ha bajado la
    regla desde hace meses y que cree que está embarazada. No tiene dolor ni
    sangrado. Cuando se le pregunta si en su casa hay alguien que le haga daño o
    a quien le tenga miedo, baja la cabeza y dice que de eso no quiere hablar.

## wilmer-16-weeks-ago

case-wilmer-16-weeks-ago-title = Wilmer, 16: algo que pasó hace semanas
case-wilmer-16-weeks-ago-summary =
    Un adolescente que viaja con su padre y responde con franqueza a dos
    preguntas difíciles.
case-wilmer-16-weeks-ago-vignette =
    Wilmer, de 16 años, regresa a San Pedro Sula en un vuelo de retorno con su
    padre; el parentesco está verificado. Iban a reunirse con su madre, que vive
    en Estados Unidos. Es amable, pero se le ve cansado y habla poco. Con el
    padre fuera de la sala, cuenta que hace unas semanas, mientras estaba
    detenido, pensó en no querer vivir, aunque ahora ya no. Ante la pregunta
    sobre violencia sexual, dice que sí, que fue en el camino hace más de un
    mes, y pide que no se lo cuenten a su papá. Sin que se lo pregunten, aclara
    que pasó una sola vez, en un albergue, y que en todo el viaje nadie le quitó
    sus documentos ni lo obligó a nada más. Quien lo entrevista no le pregunta
    nada más sobre lo sucedido y le agradece la confianza. Wilmer dice que desde
    entonces le cuesta dormir y concentrarse, aunque sigue entrenando con su
    equipo de fútbol; al final pregunta si lo van a obligar a poner una
    denuncia.

## oscar-14-cannot-calm

case-oscar-14-cannot-calm-title = Óscar, 14: no logra calmarse
case-oscar-14-cannot-calm-summary =
    Un adolescente que habla mam y que se desborda cuando sale el tema de su
    hermano.
case-oscar-14-cannot-calm-vignette =
    Óscar, de 14 años, llega a Ciudad de Guatemala en un vuelo de retorno con su
    padre; los dos hablan mam y los acompaña un intérprete independiente. Al
    principio responde con frases cortas: no ha pensado en hacerse daño y nadie
    lo lastimó en el camino. El padre cuenta que pidieron dinero prestado a un
    pariente para el viaje y que Óscar casi no ha dormido ni comido desde que
    los detuvieron. Cuando se le pregunta si algún familiar se quedó atrás,
    Óscar empieza a temblar: su hermano mayor sigue detenido en Estados Unidos.
    Aun después de respirar despacio con el intérprete y la entrevistadora, mira
    al vacío, no responde cuando le hablan y pregunta varias veces dónde está.
    El padre, muy afligido, dice que nunca lo había visto así.

## yesenia-16-check-ups

case-yesenia-16-check-ups-title = Yesenia, 16: cuatro meses de embarazo
case-yesenia-16-check-ups-summary =
    Una adolescente que regresa con su madre y pregunta por sus controles.
case-yesenia-16-check-ups-vignette =
    Yesenia, de 16 años, regresa a Honduras en un autobús de retorno desde
    México con su madre; las dos traen documentos. Al principio mira a su madre
    antes de cada respuesta. A solas, con una mujer del equipo, cuenta que tiene
    unos cuatro meses de embarazo y que no ha tenido ningún control desde que
    salió. Se siente bien, sin dolor ni sangrado, aunque tiene hambre y está
    cansada. Dejó el colegio hace unos meses, cuando supo del embarazo, y le
    gustaría terminar el año. La madre la apoya y dice que van a vivir con la
    familia en Tegucigalpa. Al final, Yesenia pregunta si puede llevar sus
    controles en el centro de salud cerca de su casa.

## fernanda-8-diabetes

case-fernanda-8-diabetes-title = Fernanda, 8: diabetes e insulina
case-fernanda-8-diabetes-summary =
    Una niña con una enfermedad crónica que regresa con su padre: preparados,
    pero lejos de su médico.
case-fernanda-8-diabetes-vignette =
    Fernanda, de 8 años, regresa a San Salvador en un vuelo de retorno con su
    padre, que trae los documentos de los dos. Tiene diabetes tipo 1; el padre
    lleva la insulina en una bolsita con hielo y dice que le alcanza para unos
    diez días. Fernanda necesita comer a sus horas, y el vuelo se retrasó. Está
    animada, cuenta que en tercer grado tenía la mejor letra de su clase y
    pregunta si podrá volver a su escuela. El padre está tranquilo y organizado,
    pero no sabe quién le dará seguimiento a la niña ahora.

## sofia-4-stopped-talking

case-sofia-4-stopped-talking-title = Sofía, 4: dejó de hablar
case-sofia-4-stopped-talking-summary =
    Una niña pequeña que regresa con su padre mientras su madre sigue detenida.
case-sofia-4-stopped-talking-vignette =
    Sofía, de 4 años, regresa a San Salvador en un vuelo de retorno con su
    padre; la sala está llena y cuesta encontrar un lugar apartado. Su madre
    sigue detenida en Estados Unidos. El padre cuenta que, desde que las
    separaron, Sofía casi no habla, volvió a orinarse de noche y no se le
    despega ni un momento. También dice que a veces, cuando llora, se golpea la
    cabeza contra el suelo, y no sabe si lo hace a propósito. Se la ve decaída,
    pero la enfermera la revisa y no encuentra nada urgente. Sentada en las
    piernas de su padre, come un poco de pan y juega con una muñeca. El padre,
    con la voz quebrada, dice que quiere hablar con su esposa y que tal vez
    vuelvan a intentarlo cuando ella salga.

## marvin-15-second-return

case-marvin-15-second-return-title = Marvin, 15: de vuelta por segunda vez
case-marvin-15-second-return-summary =
    Un adolescente tranquilo que piensa en el trabajo y en su padre, que vive
    fuera.
case-marvin-15-second-return-vignette =
    Marvin, de 15 años, regresa con su madre en un autobús de retorno a
    Guatemala; es su segundo retorno en un año. Conversa con soltura y dice que
    se siente bien, aunque algo desanimado. Se fue para trabajar y ayudar en la
    casa; su padre vive en Estados Unidos desde hace años. Dejó la escuela hace
    más de un año. La madre cuenta que pidieron prestado a un vecino para el
    viaje y que le irán pagando poco a poco, sin que nadie los presione. Cuando
    se le pregunta si piensa viajar de nuevo, Marvin dice que no sabe, que
    depende de si encuentra trabajo aquí. Le gusta el fútbol y tiene un tío con
    un taller que podría enseñarle el oficio.

## jefferson-says-18

case-jefferson-says-18-title = Jefferson: dice que tiene 18 años
case-jefferson-says-18-summary =
    Un joven que llega en un vuelo de adultos y cuya edad no cuadra con lo que
    se ve.
case-jefferson-says-18-vignette =
    Jefferson llega a San Pedro Sula en un vuelo de retorno de personas adultas.
    Dice que tiene 18 años, pero no trae documentos y por su aspecto y su manera
    de hablar parece de 15 o 16. Tiene hambre y se ve cansado. Cuando se le
    pregunta si se siente seguro en el lugar, responde que prefiere no decir
    nada. No quiere llamar a nadie por ahora. Dice que no va a vivir con nadie,
    que ya es mayor y se las arregla solo, y no sabe decir cuántas veces lo han
    regresado. A la pregunta de si alguien en su casa le hace daño, contesta «no
    sé» y cambia de tema; sobre si piensa volver a irse, prefiere no responder.

## nicole-15-salvadoran

case-nicole-15-salvadoran-title =
    Nicole, 15: salvadoreña en la frontera de Guatemala
case-nicole-15-salvadoran-summary =
    Una adolescente y su madre que no son de este país, sin otras preocupaciones
    a la vista.
case-nicole-15-salvadoran-vignette =
    Nicole, de 15 años, y su madre llegan a un punto de recepción en la frontera
    de Guatemala con México, después de que las autoridades mexicanas las
    devolvieron en autobús. Son salvadoreñas y traen sus pasaportes. Las dos
    dicen que no tienen miedo de volver a El Salvador y que quieren llegar
    cuanto antes a casa de la abuela. Nicole está cansada y con hambre, pero
    conversa tranquila: extraña a sus amigas del centro escolar y quiere
    avisarle a su abuela que ya van en camino. Su padre vive en Estados Unidos.
    Al final pregunta cuánto falta para que salga el bus.

## alexis-6-disappear

case-alexis-6-disappear-title = Alexis, 6: «quiero desaparecer»
case-alexis-6-disappear-summary =
    Un niño pequeño que no se despega de su madre y hace algo que preocupa al
    personal.
case-alexis-6-disappear-vignette =
    Alexis, de 6 años, regresa a Honduras con su madre en un autobús de retorno
    desde México; el parentesco ya está verificado. Es un niño inquieto que no
    se aparta de su madre. Mientras ella llena un formulario, Alexis se golpea
    varias veces la cabeza contra la pared, con fuerza, sin llorar. La madre
    cuenta, avergonzada, que lo hace desde que estuvieron detenidos, y que la
    semana pasada le dijo que quería «desaparecer para siempre». La
    entrevistadora no le pregunta nada a Alexis sobre eso: se sienta a su
    altura, le pone una mano entre la cabeza y la pared y le ofrece unos
    colores.

## kimberly-11-marks

case-kimberly-11-marks-title = Kimberly, 11: marcas en el brazo
case-kimberly-11-marks-summary =
    Una niña educada y callada; algo que se ve por casualidad cambia la
    entrevista.
case-kimberly-11-marks-vignette =
    Kimberly, de 11 años, llega sola en un vuelo de retorno a San Salvador. Es
    educada y contesta casi todo con un «sí» o un «no». Cuando se arremanga para
    lavarse las manos antes de comer, la trabajadora social ve en su antebrazo
    varias marcas de cortes recientes, ya cerradas, y Kimberly se baja la manga
    enseguida. Ya en privado, la trabajadora le pregunta con calma y de forma
    directa si a veces piensa en hacerse daño o en no querer vivir. Kimberly se
    queda callada un rato y luego dice que los cortes se los hizo anoche, en el
    albergue donde estaba antes del vuelo. Su mamá la espera en el centro de
    recepción, y el parentesco ya está verificado.

## edwin-16-two-days

case-edwin-16-two-days-title = Edwin, 16: hace dos días
case-edwin-16-two-days-summary =
    Un adolescente que pide que lo atienda un hombre y contesta a una pregunta
    delicada.
case-edwin-16-two-days-vignette =
    Edwin, de 16 años, llega solo en un autobús de retorno a Guatemala. Habla
    poco, se sienta lejos de los demás muchachos y pide que lo atienda un
    hombre. Con un orientador, en un espacio privado, responde que no ha pensado
    en hacerse daño. Cuando el orientador le hace la pregunta sobre si alguien
    lo obligó a algo con su cuerpo, Edwin se queda quieto un momento y luego
    asiente. Dice que fue hace dos días, en el lugar donde los tenían antes de
    subirlos al autobús. El orientador no le pide detalles; le agradece que
    lo haya contado y le dice que no fue su culpa. Más adelante cuenta que va a vivir
    con su mamá, a quien el equipo todavía no ha logrado localizar, y que le
    gustaría hablar con ella.

## emerson-12-extortion

case-emerson-12-extortion-title =
    Emerson, 12: cobros a la pulpería de su familia
case-emerson-12-extortion-summary =
    Un niño que viaja con una vecina; varias cosas no están claras y hay que
    decidir qué pasa hoy.
case-emerson-12-extortion-vignette =
    Emerson, de 12 años, llega a San Pedro Sula en un autobús de retorno con una
    vecina de su colonia, que dice que la madre se lo encargó para el viaje.
    Mientras llenaban la ficha, la vecina guardó los papeles de Emerson en su
    bolso y él la miraba antes de contestar; no queda claro si es solo timidez.
    Ella acepta esperar afuera sin problema. A solas, Emerson cuenta que a su
    familia le cobraban dinero cada semana por la pulpería y que, cuando ya no
    pudieron pagar, los amenazaron. En la ficha no consta a dónde irá hoy, y
    todavía no se ha logrado hablar con su madre. Cuando se le pregunta si ha
    podido comer y dormir estos días, se encoge de hombros y dice que no sabe.

## wendy-12-cannot-go-back

case-wendy-12-cannot-go-back-title = Wendy, 12: no puede volver allá
case-wendy-12-cannot-go-back-summary =
    Una niña que regresa con su abuela después de una pérdida violenta en la
    familia.
case-wendy-12-cannot-go-back-vignette =
    Wendy, de 12 años, regresa a Guatemala en un autobús de retorno con su
    abuela paterna, cuyo parentesco ya se verificó. La abuela espera afuera
    mientras una orientadora habla con la niña. Wendy cuenta, en voz muy baja,
    que el año pasado mataron a su papá y que después llegaron a decirle a la
    familia que se fuera del lugar. Dice que no puede volver allá; hoy se van a
    quedar en casa de un tío, en otro municipio. Desde entonces tiene
    pesadillas, se sobresalta con cualquier ruido y no quiere separarse de su
    abuela, aunque sigue comiendo y ayuda en lo que puede. Su mamá vive en
    Estados Unidos. Cuando la abuela vuelve a la sala, se la ve agotada y llora
    en silencio.

## dariana-16-few-words

case-dariana-16-few-words-title = Dariana, 16: «eso es cosa mía»
case-dariana-16-few-words-summary =
    Una adolescente que contesta lo justo y prefiere no responder varias
    preguntas.
case-dariana-16-few-words-vignette =
    Dariana, de 16 años, llega en un vuelo de retorno a San Salvador. Se sienta
    con los brazos cruzados y dice desde el inicio que está bien y que solo
    quiere irse a su casa. Contesta las preguntas sencillas, pero no quiere
    decir con quién viajó ni por qué se fue: «eso es cosa mía». Tampoco quiere
    responder si es seguro volver a su casa, si debe dinero, si podría estar
    embarazada ni si alguien de su familia se quedó en el camino. No se ve
    alterada; mira el reloj y pregunta cuándo podrá salir. Quiere vivir con su
    mamá, a quien todavía no se ha logrado localizar; su papá vive en Estados
    Unidos.

## valeria-1-in-arms

case-valeria-1-in-arms-title = Valeria, 1: en brazos de su madre
case-valeria-1-in-arms-summary =
    Una bebé que llega con su madre: qué es esperable después de un viaje así.
case-valeria-1-in-arms-vignette =
    Valeria, de un año y medio, llega a San Pedro Sula en brazos de su madre, en
    un vuelo de retorno; las dos traen documentos. La madre pide pañales y un
    lugar para cambiarla. Cuenta que en el viaje Valeria lloraba más que de
    costumbre y que ahora no deja que nadie más la cargue, pero que come bien,
    duerme en sus brazos y ya volvió a balbucear y a reírse. Mientras hablan, la
    niña juega con un vaso de plástico y mira con curiosidad a la
    entrevistadora. La madre se ve cansada pero tranquila; van a casa de sus
    padres, donde las esperan. Al final pregunta si es normal que la niña se
    despierte llorando.

## brandon-9-down-syndrome

case-brandon-9-down-syndrome-title = Brandon, 9: nunca ha ido a la escuela
case-brandon-9-down-syndrome-summary =
    Un niño con síndrome de Down que regresa con su madre: hablarle a él
    directamente.
case-brandon-9-down-syndrome-vignette =
    Brandon, de 9 años, regresa a Guatemala en un autobús de retorno con su
    madre; los dos traen documentos. Brandon tiene síndrome de Down. Saluda a
    todo el mundo con un abrazo y habla con frases cortas que a veces cuesta
    entender. La madre cuenta que nunca ha ido a la escuela porque en su aldea
    no había quien lo recibiera, y que viajaban para reunirse con el papá, que
    vive en Estados Unidos. La entrevistadora le habla a Brandon directamente,
    despacio y con gestos, y él responde señalando y sonriendo. La madre,
    tranquila, dice que en el viaje él estuvo «más sereno que ella».

## genesis-10-not-eating

case-genesis-10-not-eating-title = Génesis, 10: ya no juega ni come
case-genesis-10-not-eating-summary =
    Una niña tranquila y callada cuya madre describe semanas muy difíciles.
case-genesis-10-not-eating-vignette =
    Génesis, de 10 años, regresa a San Salvador en un vuelo de retorno con su
    madre; las dos traen documentos. Está sentada muy quieta, con la mirada
    baja, y responde cuando se le habla, pero con muy pocas palabras. La madre
    cuenta que desde hace casi tres semanas, cuando estuvieron detenidas,
    Génesis come muy poco, se despierta gritando casi todas las noches y ya no
    quiere jugar ni hablar con nadie. La entrevistadora no está segura de si es
    solo tristeza y le pregunta directamente si ha pensado en hacerse daño;
    Génesis niega con la cabeza. Se calma cuando la madre le acaricia el pelo.
    La madre, con los ojos llenos de lágrimas, dice que ya no sabe cómo
    ayudarla.

## mayra-15-coached

case-mayra-15-coached-title = Mayra, 15: un «amigo de la familia»
case-mayra-15-coached-summary =
    Una adolescente dice que está bien; lo que se observó antes también cuenta.
case-mayra-15-coached-vignette =
    Mayra, de 15 años, llega en un autobús de retorno a Guatemala con un hombre
    que se presenta como amigo de la familia. En la fila, el personal lo oyó
    decirle en voz baja qué tenía que contestar, y él guarda el documento de
    identificación de Mayra en la bolsa de su camisa. Cuando se le pide que
    espere afuera, acepta sin discutir. Ya a solas, Mayra sonríe, dice que se
    siente segura y que todo está bien, y pregunta varias veces si ya puede irse
    con él.

## roxana-14-salvadoran

case-roxana-14-salvadoran-title = Roxana, 14: «fue mi decisión»
case-roxana-14-salvadoran-summary =
    Una adolescente tranquila que regresa con su madre, y algo que solo cuenta a una
    mujer del equipo.
case-roxana-14-salvadoran-vignette =
    Roxana, de 14 años, regresa a San Salvador en un vuelo de retorno con su
    madre; las dos tienen documentos y el parentesco está verificado. Iban a
    reunirse con su padre, que vive en Estados Unidos. Está tranquila y dice que
    tiene ganas de ver a sus amigas de la escuela. En el camino nadie la
    lastimó, y en su casa, dice, todo está bien. A solas con una mujer del
    equipo, cuenta que hace dos meses que no le viene la regla y que cree que
    está embarazada. Sin que se lo pregunten, aclara que tiene novio en su
    colonia, que «fue su decisión» y que nadie la obligó. No tiene dolor ni
    sangrado.

## jairo-9-better-to-die

case-jairo-9-better-to-die-title = Jairo, 9: lo que oyó su mamá
case-jairo-9-better-to-die-summary =
    Un niño alegre que dice que está bien, y algo que su madre escuchó durante
    la detención.
case-jairo-9-better-to-die-vignette =
    Jairo, de 9 años, regresa a San Pedro Sula en un vuelo de retorno con su
    madre; el parentesco está verificado. Habla mucho y juega con un carrito. En
    privado, la madre cuenta que en el centro de detención Jairo dijo varias
    veces que «sería mejor morirse» y que regaló sus pocos juguetes a otros
    niños. Cuando quien lo entrevista le pregunta con calma y de forma directa
    si ha pensado en hacerse daño o en no querer vivir, Jairo dice que no, que
    «solo estaba enojado», y vuelve a su carrito. Come y duerme bien, y quiere
    volver a su escuela.

## kenia-16-messages

case-kenia-16-messages-title = Kenia, 16: mensajes de una señora del albergue
case-kenia-16-messages-summary =
    Una adolescente tranquila que regresa con su madre y menciona de pasada una
    oferta de trabajo.
case-kenia-16-messages-vignette =
    Kenia, de 16 años, regresa a Guatemala en un autobús de retorno desde México
    con su madre; las dos tienen documentos y el parentesco está verificado.
    Iban a reunirse con su padre. Kenia está relajada y habla de volver a
    estudiar. De pasada, cuenta que en un albergue de México una señora muy
    amable le ofreció trabajo cuidando niños «allá arriba», con sueldo y un
    lugar donde vivir; le pidió su número de teléfono y desde entonces le ha
    escrito dos veces. Kenia se ríe, dice que la señora «era muy buena onda» y
    que por ahora no piensa volver a viajar. Su madre no sabía nada. Nada más de
    lo que dice o hace preocupa a quien la entrevista.

## mario-11-came-alone

case-mario-11-came-alone-title = Mario, 11: volvió solo; su mamá lo espera
case-mario-11-came-alone-summary =
    Un niño que viaja sin familia, y una madre que ya lo espera en el centro.
case-mario-11-came-alone-vignette =
    Mario, de 11 años, llega a San Pedro Sula en un vuelo de retorno con un
    grupo de niñas y niños, acompañados solo por funcionarios. Iba a reunirse
    con su padre en Estados Unidos. Su madre lo espera en el centro: la
    autoridad de protección revisó sus documentos, habló por separado con cada
    uno y confirmó que es su madre. Mario la abraza y no la quiere soltar. Tiene
    hambre. Cuenta que tiene pesadillas todas las noches, que le duele el
    estómago y que se enoja por cualquier cosa; la madre dice que está así desde
    que lo detuvieron, hace dos meses, y que no mejora. Aun así come, juega y
    quiere volver a su escuela.

## ruth-16-inhaler

case-ruth-16-inhaler-title = Ruth, 16: embarazada y sin su inhalador
case-ruth-16-inhaler-summary =
    Una adolescente tranquila que regresa con su madre, con dos necesidades de
    salud.
case-ruth-16-inhaler-vignette =
    Ruth, de 16 años, regresa a Ciudad de Guatemala en un vuelo de retorno con
    su madre; las dos tienen documentos y el parentesco está verificado. Tiene
    asma y usa un inhalador todos los días; se lo quitaron cuando la detuvieron
    y lleva tres días sin él. Ahora respira con normalidad, pero dice que por
    las noches le falta el aire. A solas con una mujer del equipo, cuenta
    contenta que tiene unos cinco meses de embarazo y que todavía no ha tenido
    ningún control; no tiene dolor ni sangrado, y nada hace pensar en abuso.
    Dejó de estudiar hace unos meses, antes del viaje.

## lesly-15-not-left-behind

case-lesly-15-not-left-behind-title = Lesly, 15: «para que no me dejara atrás»
case-lesly-15-not-left-behind-summary =
    Una adolescente que viaja sola y contesta que sí a la pregunta sobre
    violencia sexual.
case-lesly-15-not-left-behind-vignette =
    Lesly, de 15 años, llega sola a Honduras en un autobús de retorno desde
    México. Iba a reunirse con su madre en Estados Unidos, en un grupo que
    llevaba un guía al que su familia le pagó. Ante la pregunta sobre violencia
    sexual, dice que sí, que fue hace más de un mes. Un poco después, sin que se
    lo pregunten, añade que el guía la obligó a quedarse con él varias noches
    «para que no la dejara atrás». No dice nada más, y quien la entrevista no le
    pregunta nada más. Todavía no se ha localizado a su padre, que vive en
    Honduras. Tiene hambre, quiere llamar a su mamá y dice que le cuesta dormir.

## tania-17-does-not-know

case-tania-17-does-not-know-title = Tania, 17: «no sé»
case-tania-17-does-not-know-summary =
    Una adolescente tranquila que regresa con su padre y se queda sin palabras
    ante una pregunta.
case-tania-17-does-not-know-vignette =
    Tania, de 17 años, regresa a San Pedro Sula en un vuelo de retorno con su
    padre; los dos tienen documentos y el parentesco está verificado. Viajaba
    para trabajar y ayudar a su familia, y quiere terminar el colegio. Habla con
    soltura y dice que se siente bien. A solas con una mujer del equipo, cuando
    se le pregunta si está embarazada o cree que podría estarlo, se queda
    callada un momento, se encoge de hombros y dice «no sé». No tiene dolor ni
    sangrado, y no se ve ninguna otra señal.

## heidy-15-two-days-tonight

case-heidy-15-two-days-tonight-title = Heidy, 15: hace dos días, y a casa esta noche
case-heidy-15-two-days-tonight-summary =
    Una muchacha que cuenta algo reciente, y una familia que quiere volver a
    casa esta noche.
case-heidy-15-two-days-tonight-vignette =
    Heidy, de 15 años, regresa a San Pedro Sula en un bus de retorno desde
    México con su madre; el parentesco está verificado. A solas con una mujer
    del equipo, dice que sí, que un hombre le tocó sus partes íntimas en la
    terminal de buses en México, hace dos días. Cuando el personal de salud ya
    la atendió, la entrevista sigue: se fue porque vio un asesinato en su
    colonia y le dijeron que se callara, y dice que no es seguro volver. Su
    madre piensa llevarla esta misma noche a esa colonia.

## cristian-16-pills

case-cristian-16-pills-title = Cristian, 16: las pastillas en el albergue
case-cristian-16-pills-summary =
    Un muchacho callado que se ve bien y cuenta algo de la noche antes del
    vuelo.
case-cristian-16-pills-vignette =
    Cristian, de 16 años, regresa en un vuelo a San Pedro Sula; su padre lo
    espera y el parentesco ya está verificado. Se ve bien y contesta en voz
    baja. Cuando le preguntan directamente si ha pensado en hacerse daño o en
    no querer vivir, cuenta que hace dos noches, en el albergue, se tragó un
    puño de pastillas «para no regresar», y que todavía lo piensa. Dice que
    duerme y come mal.

## jennifer-13-right-now

case-jennifer-13-right-now-title = Jennifer, 13: «ahorita»
case-jennifer-13-right-now-summary =
    Una adolescente que viaja con su tía y contesta dos preguntas difíciles de dos
    maneras distintas.
case-jennifer-13-right-now-vignette =
    Jennifer, de 13 años, regresa a Honduras en un bus de retorno con su tía,
    cuyo parentesco está verificado; vivirá con ella. Cuando le preguntan
    directamente, dice que piensa en no querer vivir «ahorita, todo el
    tiempo». Cuando la psicóloga ya la atendió y está más tranquila, la
    entrevista sigue. A la pregunta sobre violencia sexual dice que no está
    segura: en la frontera un hombre la registró y «la tocó raro». No sabe
    cuántos días hace.

## axel-14-crutches

case-axel-14-crutches-title = Axel, 14: «no sé»
case-axel-14-crutches-summary =
    Un muchacho que camina con muleta y no está seguro de dos cosas.
case-axel-14-crutches-vignette =
    Axel, de 14 años, regresa en un vuelo a San Pedro Sula con su padre; el
    parentesco está verificado. Nació con una pierna más corta que la otra y
    camina con una muleta. Cuando le preguntan directamente si ha tenido
    pensamientos de hacerse daño o de no querer vivir, mira hacia otro lado y
    dice «no sé». Más tarde cuenta que su primo, que viajaba con ellos, quedó
    separado en la frontera, y nadie sabe si lo detuvieron o si siguió.

## katherine-12-brother-detained

case-katherine-12-brother-detained-title = Katherine, 12: su hermano se quedó
case-katherine-12-brother-detained-summary =
    Una niña que llega sin persona adulta y se preocupa por su hermano.
case-katherine-12-brother-detained-vignette =
    Katherine, de 12 años, llega en un vuelo de retorno a San Pedro Sula sin
    ninguna persona adulta. Viajaba con su hermano de 19 años, que quedó
    detenido en Estados Unidos y no regresó con ella. Su madre llega al centro
    esa tarde, y la autoridad de protección verifica el parentesco. Katherine
    está tranquila, come bien y quiere volver a la escuela, pero pregunta una y
    otra vez dónde está su hermano y cuándo va a venir.

## noemi-16-rather-not-say

case-noemi-16-rather-not-say-title = Noemí, 16: «prefiero no decir»
case-noemi-16-rather-not-say-summary =
    Una muchacha que contesta todo, menos una pregunta.
case-noemi-16-rather-not-say-vignette =
    Noemí, de 16 años, regresa en un bus de retorno a Honduras con su madre; el
    parentesco está verificado. Contesta todo con calma, dice que se siente
    segura y que quiere volver a estudiar. Cuando le preguntan, en privado y con
    una mujer del equipo, si alguien tocó sus partes íntimas o la obligó a hacer
    algo sexual, se queda callada y luego dice que prefiere no decir. No hay
    ninguna otra señal de preocupación.

## dulce-10-cries-when-touched

case-dulce-10-cries-when-touched-title = Dulce, 10: llora cuando la tocan
case-dulce-10-cries-when-touched-summary =
    Una niña que dice que no pasó nada, y lo que nota la enfermera.
case-dulce-10-cries-when-touched-vignette =
    Dulce, de 10 años, regresa en un vuelo a San Pedro Sula con su madre; el
    parentesco está verificado. En la revisión de rutina llora y se aparta
    cuando la enfermera la toca, y su madre cuenta en privado que Dulce se queja
    de dolor al sentarse. Cuando le preguntan con calma si alguien tocó sus
    partes íntimas, Dulce dice que no y se tapa la cara. No hay ninguna señal
    médica urgente.

## franklin-15-cannot-go-back

case-franklin-15-cannot-go-back-title = Franklin, 15: «allá no puedo volver»
case-franklin-15-cannot-go-back-summary =
    Un muchacho que dice que no es seguro volver, pero no dice por qué.
case-franklin-15-cannot-go-back-vignette =
    Franklin, de 15 años, regresa en un bus de retorno a Honduras con su madre;
    el parentesco está verificado. Dice que no es seguro volver a su colonia,
    pero no menciona ninguna amenaza, ningún grupo ni a nadie en su casa que le
    haga daño; solo repite «allá no se puede estar». Su madre cuenta que
    siempre le ha costado leer, y que una maestra dijo una vez que podría tener
    una dificultad de aprendizaje que nunca se evaluó.

## ashley-13-partner-outside

case-ashley-13-partner-outside-title = Ashley, 13: él viene a recogerla
case-ashley-13-partner-outside-summary =
    Una niña embarazada que ha tenido sus controles, y quién viene a recogerla.
case-ashley-13-partner-outside-vignette =
    Ashley, de 13 años, regresa a San Pedro Sula en un bus de retorno con su
    madre; el parentesco está verificado. A solas con una enfermera, cuenta que
    tiene unos cinco meses de embarazo y que tuvo dos controles en México. Sin
    que se lo pregunten, dice que el papá del bebé, un hombre de unos veinte
    años, viene esta tarde al centro a recogerlas. No tiene dolor ni sangrado.

## milagro-13-who-is-coming

case-milagro-13-who-is-coming-title = Milagro, 13: nadie sabe quién viene
case-milagro-13-who-is-coming-summary =
    Una niña embarazada que regresa con su abuela, y una pregunta que nadie
    puede contestar.
case-milagro-13-who-is-coming-vignette =
    Milagro, de 13 años, regresa a Guatemala en un bus de retorno con su abuela,
    que la va a cuidar; el parentesco está verificado. A solas con una mujer del
    equipo, dice que está embarazada y que no ha ido al médico. El papá del bebé
    es un hombre adulto de su aldea. Nadie sabe si va a llegar al centro: la
    abuela dice «a lo mejor». Milagro no tiene dolor ni sangrado.

## denis-16-debt-outside

case-denis-16-debt-outside-title = Denis, 16: puede que alguien espere afuera
case-denis-16-debt-outside-summary =
    Un muchacho con una deuda, que dice poco, y a quien quizá esperan.
case-denis-16-debt-outside-vignette =
    Denis, de 16 años, regresa en un vuelo a San Pedro Sula con su madre; el
    parentesco está verificado. Se fue a trabajar. A la pregunta sobre violencia
    sexual dice que sí, pero no quiere decir cuándo. Cuando el personal de
    salud ya lo atendió, la entrevista sigue: no está seguro de que sea seguro
    volver a casa y no quiere decir por qué. La familia le debe dinero a un
    prestamista que pagó al coyote, y el hombre del prestamista presiona a su
    madre. Ella cuenta que él le dijo que «iba a pasar por el centro»; nadie
    sabe si está afuera. Esta noche se quedarán con familiares en otro pueblo.

## isaac-7-not-wake-up

case-isaac-7-not-wake-up-title = Isaac, 7: «quiero dormirme y no despertar»
case-isaac-7-not-wake-up-summary =
    Un niño pequeño que juega tranquilo, y lo que dijo por las noches.
case-isaac-7-not-wake-up-vignette =
    Isaac, de 7 años, regresa en un vuelo a San Pedro Sula con su padre; el
    parentesco está verificado. Juega tranquilo con unos bloques. En privado,
    su padre cuenta que desde hace una semana Isaac dice por las noches que
    quiere «dormirse y no despertar». El padre no ha visto ninguna marca ni
    nada que Isaac hiciera para lastimarse. Quien entrevista no le pregunta
    nada de eso a Isaac y lo observa jugar.

## gerson-16-fresh-cuts

case-gerson-16-fresh-cuts-title = Gerson, 16: cortes recientes en el brazo
case-gerson-16-fresh-cuts-summary =
    Un muchacho con un vendaje que él mismo se hizo, y lo que hay debajo.
case-gerson-16-fresh-cuts-vignette =
    Gerson, de 16 años, regresa en un vuelo a San Pedro Sula con su madre; el
    parentesco está verificado. Lleva un trapo manchado de sangre alrededor del
    antebrazo. Cuando la enfermera lo revisa, hay varios cortes recientes y
    profundos, hechos esa mañana con una navaja del kit de higiene del vuelo.
    Cuando ya le curaron los cortes, le preguntan directamente si tiene
    pensamientos de hacerse daño o de no querer vivir, y dice que no.

## yeimi-15-sleeves

case-yeimi-15-sleeves-title = Yeimi, 15: debajo de la manga
case-yeimi-15-sleeves-summary =
    Una adolescente que contesta con franqueza a una pregunta difícil, y lo que
    se ve cuando se sube la manga.
case-yeimi-15-sleeves-vignette =
    Yeimi, de 15 años, regresa en un vuelo a San Pedro Sula con su madre; el
    parentesco está verificado. Lleva una sudadera de manga larga a pesar del
    calor. Al principio no se ve ninguna señal médica urgente. Ya en privado,
    cuando le preguntan con calma si ha pensado en hacerse daño o en no querer
    vivir, dice que sí, que ahora mismo, y que ya pensó cómo lo haría. Luego se
    sube la manga: en el antebrazo tiene varias marcas de cortes viejos y un
    corte de anoche, abierto, que todavía sangra un poco. Cuenta que desde que
    las detuvieron duerme muy mal y casi no come. Nadie le hizo daño en el
    camino y, según dice, en su casa todo está bien.

## darwin-10-no-point

case-darwin-10-no-point-title = Darwin, 10: «ya nada vale la pena»
case-darwin-10-no-point-summary =
    Un niño callado, lo que su padre le ha oído decir, y una respuesta sobre el
    pasado.
case-darwin-10-no-point-vignette =
    Darwin, de 10 años, regresa a Honduras en un autobús de retorno desde
    México con su padre; el parentesco está verificado. Se sienta con la mirada
    en el suelo. En privado, su padre cuenta que desde que los detuvieron
    Darwin repite que «ya nada vale la pena», y que una noche dijo que prefería
    estar muerto. Cuando le preguntan con calma y de forma directa si ha
    pensado en hacerse daño o en no querer vivir, Darwin dice que lo pensó en
    el centro de detención, pero que ahora no. Dice también que es su culpa que
    la familia perdiera el dinero del viaje. Su padre cuenta que desde hace un
    mes come menos y no logra concentrarse ni en un juego, y que no mejora; aun
    así, sigue jugando fútbol con sus primos. Su madre vive en los Estados
    Unidos.

## keyla-4-uniforms

case-keyla-4-uniforms-title = Keyla, 4: miedo a los uniformes
case-keyla-4-uniforms-summary =
    Una niña pequeña que regresa con su madre, y lo que ha cambiado desde la
    detención.
case-keyla-4-uniforms-vignette =
    Keyla, de 4 años, regresa en un vuelo de retorno a San Pedro Sula con su
    madre; las dos tienen documentos y el parentesco está verificado. Cuando ve
    a un agente de migración con uniforme, grita y se esconde detrás de su
    madre. Su madre cuenta que desde el centro de detención, hace tres semanas,
    Keyla le tiene miedo a la oscuridad, se despierta varias veces cada noche,
    come mucho menos que antes y juega una y otra vez a encerrar a sus muñecas.
    Dice que no ha mejorado. No hay ninguna señal médica urgente, y Keyla
    sonríe cuando le ofrecen unos colores. Su padre vive en los Estados Unidos;
    van a casa de la abuela.

## nahomy-16-voices

case-nahomy-16-voices-title = Nahomy, 16: una voz que nadie más oye
case-nahomy-16-voices-summary =
    Una adolescente tranquila al principio, y lo que pasa cuando se habla del
    viaje.
case-nahomy-16-voices-vignette =
    Nahomy, de 16 años, regresa en un vuelo de retorno a San Salvador con su
    madre; las dos tienen documentos y el parentesco está verificado. Al
    principio contesta con calma: dice que no ha pensado en hacerse daño y que
    nadie la lastimó en el camino. Más adelante, cuando se habla del viaje, se
    agita mucho, se tapa los oídos y dice que oye una voz que le dice que debería
    morirse. Quien la entrevista la lleva a un lugar tranquilo y respiran
    despacio juntas, pero Nahomy no logra calmarse, sigue oyendo la voz y repite
    «mejor me muero». Su madre, asustada, dice que nunca la había visto así.

## olvin-14-farm

case-olvin-14-farm-title = Olvin, 14: trabajo en una finca
case-olvin-14-farm-summary =
    Un muchacho que viajó solo para trabajar, y lo que cuenta del camino.
case-olvin-14-farm-vignette =
    Olvin, de 14 años, llega solo a San Pedro Sula en un autobús de retorno
    desde México, cansado, con hambre y sin documentos. Cuenta que un hombre de
    una aldea vecina le dijo a su madre que lo llevaría a trabajar con unos
    parientes «en el norte». Olvin no sabía adónde iba ni quiénes eran las
    personas con las que viajaba. En México lo tuvieron semanas trabajando en
    una finca, sin paga, «para pagar el viaje». No sabe si su familia le debe
    algo a ese hombre, y dice que no lo ha vuelto a ver; el personal de
    recepción confirma que nadie ha venido por él. Se siente seguro aquí y
    quiere hablar con su madre. La autoridad de protección la localiza por
    teléfono y verifica el parentesco. Dejó la escuela hace dos años.

## bayron-16-drinking

case-bayron-16-drinking-title = Bayron, 16: enojado con todo
case-bayron-16-drinking-summary =
    Un adolescente que regresa con su padre, y lo que el padre ha notado.
case-bayron-16-drinking-vignette =
    Bayron, de 16 años, regresa en un vuelo a San Pedro Sula con su padre; el
    parentesco está verificado. Viajaban para buscar trabajo. Dice que no ha
    pensado en hacerse daño. Su padre cuenta que desde que los detuvieron, hace
    tres semanas, Bayron le grita por cualquier cosa, y que en el albergue tomó
    alcohol que llevaban otros muchachos. Bayron dice que se siente culpable
    porque la familia vendió sus animales para un viaje que no sirvió de nada, y
    que no logra concentrarse en nada. Los dos dicen que no ha mejorado. Aun así,
    come, duerme y quiere volver al colegio. Su madre vive en los Estados Unidos.
