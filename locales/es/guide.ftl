# Textos de la guía de ruta, en español.
# La orientación, las acciones y las indicaciones «Observe:» se dirigen a la persona que atiende (usted);
# las preguntas en segunda persona y los textos «-say» se dirigen a la niña, niño o adolescente (tú), con palabras
# sencillas. Los servicios llevan nombres genéricos: las instituciones de cada país y municipio están en
# directory.ftl. Cada id de este archivo existe también en en/guide.ftl.

guide-title = Ruta: NNA migrantes retornados

## Secciones

section-preparation = Preparación
section-safety = Revisión de seguridad
section-situation = Situación de la niña, niño o adolescente
section-needs = Necesidades inmediatas
section-protection = Riesgos de protección
section-wellbeing = Bienestar
section-family = Situación familiar
section-return = Retornos y nueva migración
section-strengths = Factores de protección
section-close = Cierre

## Opciones de respuesta compartidas

opt-yes = Sí
opt-no = No
opt-unclear = No está claro
opt-child-not-sure = No sabe, o la respuesta no es clara
opt-declined = No quiere contestar
opt-signs-unclear = Algo le preocupa a usted, pero no está claro
opt-signs-none = Ninguna señal

## Preparación

q-private-space = ¿Hay un lugar privado donde pueda hablar con la niña, niño o adolescente sin que otras personas escuchen?
q-private-space-guidance = Busque un lugar tranquilo y seguro, a la vista de otras personas del equipo, donde nadie más pueda escuchar. Si la niña, niño o adolescente tiene una herida o se ve muy mal de salud, no espere: busque primero atención médica. Siéntese a la altura de sus ojos y preséntese: dígale cómo se llama usted y qué hace aquí.

info-make-space-private = Busque la mayor privacidad posible: vaya a un rincón más tranquilo, pida a las demás personas que se alejen un poco y hable en voz baja.
info-make-space-private-guidance = Nunca haga las preguntas sobre autolesión, violencia o embarazo donde puedan oír otras niñas, niños o adolescentes, o personas adultas cuyo vínculo no esté verificado. Si no logra privacidad, haga una pausa antes de esas preguntas y siga cuando pueda.

q-who-present = ¿Quién está con la niña, niño o adolescente en este momento?
q-who-present-guidance = Las preguntas de seguridad y de protección nunca se hacen delante de una persona adulta cuyo vínculo con la niña, niño o adolescente no esté verificado. La madre, el padre o el tutor cuenta como verificado solo si lo confirman documentos o registros. No use como intérprete a la persona adulta acompañante ni a otra niña, niño o adolescente.
opt-present-nobody = Nadie más, o solo personal del centro
opt-present-verified = Madre, padre o tutor legal, verificado
opt-present-unverified = Una persona adulta cuyo vínculo con la niña, niño o adolescente no está verificado

q-adult-waits-outside = Pida con amabilidad a la persona adulta que espere cerca, donde no pueda escuchar, mientras usted habla con la niña, niño o adolescente, como se hace en todos los casos. ¿Acepta?
q-adult-waits-outside-guidance = Explique que es lo habitual con cada niña, niño o adolescente; la mayoría de los familiares acepta. Si la persona se niega, insiste en contestar por la niña, niño o adolescente o no quiere dejarla o dejarlo fuera de su vista, es una señal de alerta: no discuta y pida apoyo a la autoridad de protección de la niñez.
opt-adult-agreed = Acepta y espera donde no puede escuchar
opt-adult-refused = Se niega, o insiste en quedarse o en contestar por la niña, niño o adolescente

q-language = ¿Usted y la niña, niño o adolescente se entienden bien en el mismo idioma?
q-language-guidance = Algunas niñas, niños y adolescentes hablan una lengua indígena (como garífuna, misquito, k'iche' o mam), usan lengua de señas o hablan sobre todo inglés. Use un intérprete capacitado e independiente, nunca a la persona adulta acompañante ni a otra niña, niño o adolescente. Mientras tanto, hable despacio y con palabras sencillas, y apóyese en gestos o dibujos.
opt-lang-interpreter-present = No, pero hay un intérprete independiente
opt-lang-no-interpreter = No, y no hay intérprete independiente disponible

info-explain-and-assent = Trabajo aquí ayudando a niñas, niños y jóvenes que regresan. Te voy a hacer unas preguntas para saber cómo ayudarte. Si no quieres contestar alguna, dímelo y está bien. Lo que me cuentes solo lo sabrán quienes te tienen que ayudar y proteger. ¿Empezamos?
info-explain-and-assent-guidance = Preséntese primero por su nombre y luego dígale esto con sus propias palabras. Espere a que esté de acuerdo (asentimiento); si está presente la madre, el padre o el tutor verificado, pida también su consentimiento. No prometa guardar todo en secreto. Si no quiere hablar ahora, respételo: asegúrese de que esté a salvo y reciba cuidado, e intente más tarde.

## Revisión de seguridad

q-medical-signs = Observe: ¿hay alguna señal médica urgente? Herida o sangrado, fiebre alta, deshidratación, dificultad para respirar, somnolencia o confusión fuera de lo normal, convulsiones, o embarazo con dolor o sangrado.
q-medical-signs-guidance = Observe antes de preguntar nada. Los bebés y la niñez pequeña pueden empeorar rápido. Si ve cualquiera de estas señales, detenga la entrevista: primero va la atención médica. Si son heridas recientes que se hizo a propósito (cortes, quemaduras), elija esa opción: primero la atención médica y, además, todas las protecciones del riesgo de suicidio. Si tiene dudas, que decida el personal de salud.
opt-medical-none = Ninguna señal urgente
opt-medical-urgent = Sí, una o más señales urgentes
opt-medical-self-harm-injury = Heridas recientes que se hizo a propósito (cortes, quemaduras)

q-medical-check = Pida al personal de salud que revise ahora a la niña, niño o adolescente. ¿Hay una necesidad médica urgente?
q-medical-check-guidance = Quédese con la niña, niño o adolescente durante la revisión. Si no hay personal de salud en el centro y usted todavía tiene dudas, trátelo como urgente.

q-feels-safe = ¿Te sientes seguro o segura aquí, ahora mismo? ¿Hay alguien aquí que te dé miedo?
q-feels-safe-guidance = Pregunte con calma, a la altura de sus ojos. Fíjese en sus gestos, no solo en sus palabras: mirar hacia alguien, quedarse en silencio o paralizarse dice mucho. Si nota inquietud, pregunte con suavidad si es por alguna persona. No pregunte en detalle quién ni por qué. Con niñas y niños muy pequeños, observe cómo reaccionan ante las personas adultas que los rodean.
opt-safe-yes = Se siente seguro o segura
opt-safe-uneasy = Con inquietud, pero no por una persona ni por una amenaza
opt-safe-afraid = Tiene miedo de alguien que está aquí, o recibe amenazas

info-keep-close = Mantenga a la niña, niño o adolescente en un lugar tranquilo, cerca de personal de confianza. Dígale que puede acudir a usted en cualquier momento si alguien le da miedo o le preocupa.
info-keep-close-guidance = No insista en que conteste. Fíjese en quién se le acerca y no entregue a la niña, niño o adolescente a nadie hasta terminar la entrevista.

q-adult-control = Observe: ¿hay aquí alguna persona adulta que conteste por la niña, niño o adolescente, que la o lo vigile de cerca o le diga qué decir, que le guarde los documentos, o que la o lo haya amenazado o seguido?
q-adult-control-guidance = Piense en todo lo que ha visto desde que llegó la niña, niño o adolescente, también antes de que la persona adulta saliera. Son señales de posible control o explotación, no pruebas. No confronte a la persona adulta ni le deje ver lo que sospecha.

q-age-band = ¿Cuántos años tienes?
q-age-band-guidance = Si no lo sabe, calcule su edad por lo que cuenta y por sus documentos, si los tiene. Si duda entre dos rangos, elija el menor: el beneficio de la duda es para la niña, niño o adolescente. Si podría tener 12 años o más pero no está seguro o segura (entre «De 8 a 11 años» y «De 12 a 14 años»), elija «Edad no clara»: así la pregunta sobre suicidio se hace directamente. Si dice tener 18 años o más pero podría ser menor, elija también «Edad no clara»: se presume menor de edad hasta que se confirme. Con menores de 6 años, haga las preguntas siguientes a la persona cuidadora verificada y observe a la niña, niño o adolescente.
opt-age-0-5 = De 0 a 5 años
opt-age-6-7 = 6 o 7 años
opt-age-8-11 = De 8 a 11 años
opt-age-12-14 = De 12 a 14 años
opt-age-15-17 = De 15 a 17 años
opt-age-unclear = Edad no clara, o dice tener 18 o más (se presume menor de edad)

q-young-warning-signs = Observe, o según lo que le han contado: ¿la niña o el niño se lastima a propósito, o dice que se quiere morir o desaparecer? Marque todas las que correspondan.
q-young-warning-signs-guidance = No pregunte sobre suicidio a niñas y niños pequeños: observe y escuche. Golpearse la cabeza, morderse o rasguñarse a propósito es un acto de autolesión: requiere atención ahora, como las marcas de autolesión a cualquier edad. Decir que se quiere morir o desaparecer requiere que la psicóloga o el psicólogo haga una evaluación antes de que salga del centro, como las señales de alerta de 8 a 11 años. Repetir en el juego lo que le asustó es común y, por sí solo, no es una señal de riesgo.
opt-young-hurts-self = Se lastima a propósito (se golpea la cabeza, se muerde, se rasguña u otra forma)
opt-young-talks-of-dying = Dice que se quiere morir o desaparecer

q-warning-signs = Observe, o según lo que le han contado: ¿hay señales de alerta de suicidio o autolesión? Marque todas las que correspondan.
q-warning-signs-guidance = De 8 a 11 años, pregunte directamente sobre suicidio solo si hay señales de alerta. Si marca alguna, si no está claro, o si al inicio vio heridas que se hizo a propósito, la pregunta siguiente se hace directamente a la niña o el niño. Aunque después diga que no, las señales que usted vio o le contaron no se descartan: la psicóloga o el psicólogo hará una evaluación antes de que salga del centro. Las marcas o actos de autolesión requieren atención ahora, como en menores de 8 años; después se hace igual la pregunta directa.
opt-warning-talks-of-dying = Habla de morirse o de no querer vivir
opt-warning-hopeless = Parece haber perdido toda esperanza
opt-warning-signs-marks = Marcas o actos de autolesión

q-suicide-thoughts = Observe y pregunte: «Cuando pasan cosas muy difíciles, algunas personas empiezan a pensar en hacerse daño o en que ya no quieren vivir. ¿Has tenido pensamientos así?» Marque todas las que correspondan.
q-suicide-thoughts-guidance = Pregunte de forma directa y tranquila, con su tono de siempre: preguntar no le mete la idea en la cabeza. Hágalo en privado; antes, pida a la madre, el padre o el tutor verificado que espere afuera un momento. Si dice que sí, pregunte si es ahora o fue antes, si ha pensado cómo hacerlo y si lo ha intentado. Marque también lo que usted vea, aunque diga que no, incluidas las heridas que ya vio al inicio: si necesitan atención, primero va la atención médica. «No sabe» y «No quiere contestar» llevan a que la psicóloga o el psicólogo la o lo atienda ahora.
opt-suicide-injury = Heridas recientes que se hizo y que necesitan atención
opt-suicide-past = Antes sí, ahora no
opt-suicide-now = Sí, ahora
opt-suicide-plan = Ha pensado cómo hacerlo
opt-suicide-attempt = Lo intentó hace poco
opt-suicide-self-harm-seen = Se ven marcas recientes de autolesión
opt-suicide-no = No, y no se ven marcas ni heridas

q-sexual-violence = En el camino o desde que regresaste, ¿alguien tocó tus partes íntimas (las que cubre la ropa interior), te hizo tocar las suyas o te obligó a hacer algo sexual que no querías?
q-sexual-violence-guidance = Pregunte una sola vez, con calma y de forma neutral, y nunca pregunte qué pasó ni quién fue. Un cateo o una revisión corporal no cuenta, salvo que le hayan tocado sus partes íntimas. Ofrezca que la conversación la tenga alguien del equipo del sexo que prefiera. Con niñas y niños muy pequeños, pregunte en privado a la persona cuidadora verificada. Si dice que no pero usted ve señales, o si no quiere contestar, se le ofrece una revisión de salud sin más preguntas. Si no quiere contestar, dígale con calma que puede contarlo cuando quiera, a usted o al personal de salud, y que la atención sirve más en los primeros días.
opt-sv-signs-seen = Dice que no, pero usted ve señales (dolor al sentarse o al caminar, llanto o miedo cuando la o lo tocan)

q-sexual-violence-when = ¿Me puedes decir más o menos cuándo pasó? ¿Fue en estos últimos días o hace más tiempo?
q-sexual-violence-when-guidance = Solo necesita saber cuándo, no qué pasó. El tiempo importa para la atención de salud: la prevención del VIH debe empezar en las primeras 72 horas y la anticoncepción de emergencia en las primeras 120 horas (5 días); las dos funcionan mejor cuanto antes empiecen. «No sabe» lleva a la ruta urgente.
opt-sv-within-three-days = En los últimos 3 días (72 horas)
opt-sv-four-to-five-days = Hace 4 o 5 días (de 72 a 120 horas)
opt-sv-more-than-five-days = Hace más de 5 días

## Situación de la niña, niño o adolescente

q-travel-with = ¿Quién vino contigo en el viaje de regreso?
q-travel-with-guidance = Los agentes y funcionarios, los choferes y otras personas retornadas no cuentan como personas cuidadoras. Un NNA separado está con otra persona adulta, no con su madre, su padre ni su tutor legal. Un NNA no acompañado no tiene ninguna persona adulta responsable.
opt-travel-parent = Su madre, su padre o su tutor legal
opt-travel-relative = Otro familiar adulto (NNA separado)
opt-travel-other-adult = Una persona adulta que no es de la familia (NNA separado)
opt-travel-alone = Sin persona adulta responsable, o solo con otras niñas o niños (NNA no acompañado)

q-caregiver-verified = ¿Se ha verificado el vínculo de la persona adulta con la niña, niño o adolescente, con documentos o registros y con lo que cada uno dice por separado?
q-caregiver-verified-guidance = La autoridad de protección hace o confirma la verificación. Fíjese también en cómo se comporta la niña, niño o adolescente con esa persona. Si los relatos no coinciden, faltan documentos o tiene cualquier duda, conteste que no. Si más adelante se verifica a otra persona cuidadora, lo marcará en «Situación familiar».

q-id-documents = ¿Tienes contigo algún documento con tu nombre, como tu partida de nacimiento o tu pasaporte?
q-id-documents-guidance = Muchas niñas, niños y adolescentes regresan sin documentos: no es su culpa ni un motivo para retrasar su atención. En Honduras, las personas menores de edad suelen tener partida de nacimiento o pasaporte, no tarjeta de identidad. Si los guarda otra persona que no es su madre, su padre ni su persona cuidadora verificada, elija esa opción: es una señal de trata. No le quite ni retenga sus documentos.
opt-id-yes = Sí, los tiene ella o él, o su persona cuidadora verificada
opt-id-no = No tiene documentos
opt-id-held-by-other = Los tiene otra persona que no es su madre, su padre ni su persona cuidadora verificada

q-nationality = ¿De qué país eres? ¿Dónde naciste?
q-nationality-guidance = Si la niña, niño o adolescente es de otro país, su caso lo atiende también la autoridad de protección de este país. Antes de contactar a su consulado, pregunte con calma si tiene miedo de volver a su país: si lo tiene, puede necesitar protección internacional, y el contacto con el consulado se decide después de revisarlo.
opt-nationality-national = De este país
opt-nationality-foreign = De otro país, o no está claro

## Necesidades inmediatas

q-basic-needs = ¿Has comido y tomado agua hoy? ¿Necesitas descansar, ir al baño o algo para asearte?
q-basic-needs-guidance = Observe también: cansancio, hambre, sed, frío, ropa mojada o sucia. Si le falta algo, atiéndalo antes de seguir: agua, comida, un lugar para descansar, artículos de higiene, ropa o toallas sanitarias. Con bebés, pregunte a la persona cuidadora por la comida y los pañales. Una niña o un niño con hambre o sueño no puede hablar con calma.
opt-needs-covered = Tiene lo básico por ahora
opt-needs-now = Necesita algo ahora (comida, agua, descanso, higiene o ropa)

q-medicines = ¿Tomas alguna medicina todos los días, o usas algo que te ayuda, como lentes o un aparato para oír? ¿Lo tienes contigo?
q-medicines-guidance = Piense en enfermedades como asma, diabetes, epilepsia o VIH, y en apoyos como lentes, audífonos, sillas de ruedas o muletas. Si le falta una medicina o un aparato no funciona, avise hoy al personal de salud. No pida recetas ni diagnósticos para darle atención.
opt-medicines-none = No toma medicinas ni usa aparatos
opt-medicines-has = Sí, y los tiene consigo
opt-medicines-missing = Le falta una medicina, o su aparato falta o no funciona

q-family-call = ¿Has podido hablar con tu familia desde que llegaste? ¿Te gustaría hacerlo?
q-family-call-guidance = Hablar con alguien querido calma mucho. Ofrezca una llamada por el teléfono del centro o por el servicio de contacto entre familiares. Si la niña, niño o adolescente no tiene persona cuidadora verificada, acuerde antes la llamada con la autoridad de protección. Si no quiere llamar o le da miedo, no insista; téngalo en cuenta en la pregunta sobre su hogar.
opt-call-done = Ya habló con su familia
opt-call-wants = Todavía no, y quiere hacerlo
opt-call-not-now = No quiere llamar por ahora

## Riesgos de protección

q-reasons-left = Cada persona tiene sus razones para viajar. ¿Qué te hizo salir de donde vivías?
q-reasons-left-guidance = Antes, asegúrese de que no haya cerca ninguna persona adulta cuyo vínculo no esté verificado. Escuche la razón principal; no pida detalles ni nombres. Si hay varias, elija la que esté más arriba en la lista. «No sabe» es común en niñas y niños pequeños. Si menciona violencia, agradézcale que lo haya contado y siga con calma.
opt-reason-threats = Amenazas o violencia de maras, pandillas u otros grupos
opt-reason-violence-home = Violencia o maltrato en su casa
opt-reason-sent-or-taken = Otra persona decidió el viaje, o alguien se llevó a la niña, niño o adolescente
opt-reason-family = Reunirse con su familia
opt-reason-work-study = Trabajo, dinero o estudio
opt-reason-other = Otra razón

q-safe-to-return = ¿Es seguro para ti volver al lugar donde vivías?
q-safe-to-return-guidance = Pregunte con calma y crea lo que responde: la niña, niño o adolescente sabe mejor que nadie si allí corre peligro. No pregunte quién la o lo amenaza ni pida nombres de personas, maras o pandillas. Si responde que no, o no está segura o seguro, la pregunta siguiente solo busca saber de qué tipo de peligro se trata; aunque no sea una amenaza de fuera del hogar, la autoridad de protección revisa adónde va antes de que salga. Si no quiere contestar, se trata como una amenaza posible.
opt-return-safe = Sí, es seguro
opt-return-not-safe = No es seguro

q-threat-type = ¿Es por una amenaza contra ti o contra tu familia? No necesito nombres ni detalles; solo dime qué tipo de amenaza es.
q-threat-type-guidance = Registre solo el tipo; nunca nombres de personas, maras o pandillas, ni lo que pasó. Si hay varios tipos, elija el primero de la lista. Si no quiere decirlo, respételo: se trata como una amenaza posible. Si el peligro está dentro de su hogar, elija la opción «Ninguna amenaza de fuera del hogar»: eso se pregunta más adelante.
opt-threat-recruitment = Presión para unirse a una mara, pandilla u otro grupo
opt-threat-extortion = Extorsión o cobros a la familia
opt-threat-witness = Amenaza por algo que vio o sabe
opt-threat-family-attacked = Mataron, atacaron o desaparecieron a un familiar
opt-threat-sexual-pressure = Acoso o presión sexual de miembros de un grupo
opt-threat-other = Otra amenaza
opt-threat-none = Ninguna amenaza de fuera del hogar

q-release-today = Observe: ¿está previsto que la niña, niño o adolescente vaya hoy a ese lugar, o a casa de personas que viven en el mismo barrio, colonia o aldea?
q-release-today-guidance = Revise con el equipo adónde y con quién saldría hoy la niña, niño o adolescente. Si el plan es llevarla o llevarlo al lugar donde corre peligro, o cerca de él, detenga la salida y avise ahora a la autoridad de protección. Si no lo sabe, trátelo como un sí.

q-trafficking-signs = Observe, y según lo que la niña, niño o adolescente ha contado: ¿qué señales de trata o explotación hay? Marque todas las que correspondan.
q-trafficking-signs-guidance = Marque cada señal que vea o que le hayan contado; basta una. No pregunte en detalle ni pida nombres. Los actos sexuales pueden ser a cambio del paso, de comida o de una deuda. Una sola agresión sexual en el camino, sin estas señales, se marca en violencia sexual. La deuda del viaje se pregunta después.
opt-traf-documents-held = Otra persona guarda sus documentos o su dinero
opt-traf-deceived = La o lo engañaron con un trabajo o con reunirse con su familia
opt-traf-forced-work = La o lo obligaron a trabajar, o a pagar una deuda trabajando
opt-traf-sexual-exploitation = La o lo obligaron a actos sexuales a cambio de algo (dinero, comida, un lugar para dormir, el viaje) o una y otra vez
opt-traf-did-not-know-where = No sabía adónde iba ni con quién
opt-traf-told-what-to-say = Alguien le dijo qué contestar
opt-traf-not-free = No puede moverse ni hablar con libertad

q-debt = ¿Tú o tu familia le deben dinero a la persona que organizó el viaje? ¿Alguien los está presionando para que paguen?
q-debt-guidance = Pregunte sin juzgar: muchas familias se endeudan para pagar el viaje. Una deuda con presión, con amenazas o con la idea de volver a viajar para pagarla puede convertirse en explotación. No pida nombres ni cantidades. Si la niña, niño o adolescente no lo sabe, no insista.
opt-debt-none = No hay deuda
opt-debt-no-pressure = Hay una deuda, sin presión ni amenazas
opt-debt-pressure = Hay una deuda, con presión o amenazas

q-controller-here = Averigüe con discreción: ¿la persona que organizó el viaje, que controla sus movimientos o que le cobra una deuda (o alguien enviado por ella) está aquí, o esperando para llevarse a la niña, niño o adolescente?
q-controller-here-guidance = Pregunte al personal de recepción y de seguridad quién vino a recogerla o recogerlo. A la niña, niño o adolescente pregúntele con calma, sin pedir nombres: «¿La persona que te trajo, o a la que le deben dinero, está aquí o te está esperando?». Si está, o no se sabe, es una urgencia: no confronte a esa persona, no deje que se acerque y avise con discreción a seguridad y a la autoridad de protección.
opt-controller-here-yes = Sí, está aquí o esperando

q-home-violence = ¿Hay alguien en tu casa, o donde vas a vivir, que te haga daño o te dé miedo?
q-home-violence-guidance = Pregunte en privado y con calma, sin sugerir a nadie. No pida detalles de lo que pasa: basta saber qué relación tiene esa persona con la niña, niño o adolescente y si está aquí. Si está en el centro o viene a recogerla o recogerlo, avise ya, con discreción, a la autoridad de protección y a la seguridad del centro, y siga en un lugar seguro.
opt-home-yes = Sí
opt-home-yes-here = Sí, y esa persona está aquí o viene a recogerla o recogerlo

q-pregnancy = ¿Estás embarazada, o crees que podrías estarlo?
q-pregnancy-guidance = Pregunte solo en privado, a niñas desde los 10 años o si ve señales de embarazo; si no, elija «No corresponde». Hágalo sin juzgar y, si es posible, con una mujer del equipo. No pregunte cómo pasó ni quién es la pareja. Si es menor de la edad de consentimiento sexual de su país (14 años en Honduras y Guatemala, 15 en El Salvador) o hay señales de que la obligaron o presionaron, es abuso: elija esa opción. Si duda, elíjala.
opt-pregnancy-not-applicable = No corresponde (niño, o niña menor de 10 años sin señales)
opt-pregnancy-yes-no-abuse-signs = Sí o posiblemente; tiene la edad de consentimiento o más, sin señales de abuso
opt-pregnancy-yes-under-age-or-abuse = Sí o posiblemente; es menor de la edad de consentimiento, o hay señales de abuso

q-partner-present = ¿Está aquí, o viene a recogerla, su pareja o la persona adulta de quien se sospecha el abuso?
q-partner-present-guidance = Pregúntele a ella en privado y con calma, sin pedir nombres: «¿La persona con quien estás embarazada está aquí o viene por ti?», y pregunte al personal quién vino a recogerla. Si está aquí, viene en camino o no se sabe, es una urgencia: no confronte a esa persona y avise con discreción a seguridad y a la autoridad de protección.
opt-partner-present-yes = Sí, está aquí o viene a recogerla

q-prenatal-care = En este embarazo, ¿ya tuviste algún control prenatal, una consulta con personal de salud?
q-prenatal-care-guidance = Pregunte sin juzgar. Si no ha tenido ningún control, o no lo sabe, hay que programar su primer control prenatal: es una necesidad, más aún si el embarazo está avanzado.
opt-prenatal-yes = Sí, ha tenido controles
opt-prenatal-no = No, ninguno

q-disability = ¿Tienes alguna dificultad para ver, oír, moverte, hablar, aprender o entender, o alguna enfermedad que necesite cuidados todo el tiempo?
q-disability-guidance = Hable directamente con la niña, niño o adolescente, no solo con quien la o lo acompaña, y adapte su forma de comunicarse. Observe también cómo se mueve, si escucha y entiende, y si usa señas. Si hay varias dificultades, elija la que más afecta su vida diaria. No hace falta un diagnóstico para marcarla.
opt-disability-none = Ninguna
opt-disability-physical = Para moverse (física)
opt-disability-sensory = Para ver, oír o hablar (sensorial)
opt-disability-intellectual = Para aprender o entender (intelectual o del desarrollo)
opt-disability-chronic = Enfermedad crónica que necesita tratamiento
opt-disability-possible = Posible, no está claro

q-family-missing = En el camino, ¿alguien de tu familia se quedó atrás, desapareció, fue detenido o se separó de ti?
q-family-missing-guidance = Pregunte con cuidado: puede despertar mucho dolor o preocupación. No pida detalles de lo que pasó. Si hay un familiar desaparecido, detenido o separado, el servicio de búsqueda de familiares y el consulado pueden ayudar. Dígale que hay personas que trabajan para encontrar a las familias, y que esa búsqueda no es su responsabilidad.

## Bienestar

q-severe-signs = Observe, después de ayudarle a calmarse: ¿qué señales siguen? Marque todas las que correspondan.
q-severe-signs-guidance = Primero ayúdele a calmarse: un lugar tranquilo, voz serena, respirar despacio juntos, nombrar cosas que pueden ver. Marque solo las señales que siguen después de eso: entonces la psicóloga o el psicólogo la o lo atiende ahora, y nadie la o lo deja sin compañía. Si habla de querer morirse o de hacerse daño, márquelo: primero se atiende el riesgo de suicidio y después sigue la entrevista.
opt-severe-cannot-calm = No logra calmarse
opt-severe-unresponsive = No responde o parece ausente
opt-severe-disoriented = No sabe dónde está
opt-severe-perceptions = Ve u oye cosas que otras personas no
opt-severe-talks-of-death = Habla de morirse o de hacerse daño

q-functioning = En estos días, ¿has podido comer, dormir y hacer tus cosas de siempre?
q-functioning-guidance = Con niñas y niños pequeños, pregunte a la persona cuidadora verificada, si la hay, y observe. Fíjese en lo que la niña, niño o adolescente puede hacer, no solo en cómo se siente: jugar, hablar, comer, descansar. Algo de dificultad es común justo después de un viaje difícil.
opt-functioning-mostly = Casi siempre sí
opt-functioning-some = Con algo de dificultad
opt-functioning-cannot = No puede, o casi nada

q-signs-young = Observe, y pregunte a la persona cuidadora: ¿qué señales de malestar muestra la niña o el niño? Marque todas las que correspondan.
q-signs-young-guidance = Estas reacciones son comunes después de un viaje difícil. Marque cada señal que vea o que le cuente la persona cuidadora. Marque también «Son varias, o no mejoran» si son tantas que le preocupan, o si la persona cuidadora dice que son nuevas y no mejoran. Perder algo que ya sabía hacer, como caminar o hablar, lleva siempre a un seguimiento.
opt-sign-clinging = Se aferra mucho a su persona cuidadora
opt-sign-regression = Vuelve a orinarse, a chuparse el dedo o a hablar como bebé
opt-sign-lost-skill = Perdió algo que ya sabía hacer, como caminar o hablar
opt-sign-crying = Llora mucho o se irrita fácilmente
opt-sign-new-fears = Tiene miedos nuevos
opt-sign-sleep-eating = Duerme o come distinto
opt-sign-play = Juega menos, o repite en el juego lo que le asustó

q-signs-child = Observe, y pregunte con calma: ¿qué señales de malestar muestra la niña o el niño? Marque todas las que correspondan.
q-signs-child-guidance = Estas reacciones son comunes después de un viaje difícil. Marque cada señal que vea o que le cuenten la niña o el niño o su persona cuidadora. Marque también «Son varias, o no mejoran» si son tantas que le preocupan, o si la persona cuidadora dice que no mejoran.
opt-sign-withdrawn = Se aísla o casi no habla
opt-sign-afraid = Tiene miedo o se preocupa mucho por su familia
opt-sign-angry = Se enoja fácilmente, pelea o le cuesta calmarse
opt-sign-sleep = Duerme mal o tiene pesadillas
opt-sign-eating = Come menos o más que antes
opt-sign-aches = Le duele la cabeza o el estómago
opt-sign-concentration = Le cuesta concentrarse
opt-sign-self-blame = Se culpa de lo que pasó
opt-sign-stutter-wetting = Tartamudea o vuelve a orinarse

q-signs-teen = Observe, y pregunte con calma: ¿qué señales de malestar muestra la o el adolescente? Marque todas las que correspondan.
q-signs-teen-guidance = Estas reacciones son comunes después de un viaje difícil. Marque cada señal que vea o que le cuente. Marque también «Son varias, o no mejoran» si son tantas que le preocupan, o si dice que no mejoran o que le impiden hacer sus cosas.
opt-sign-sadness = Tristeza intensa o desesperanza
opt-sign-guilt = Culpa o vergüenza
opt-sign-anger = Enojo o choques con personas adultas
opt-sign-withdrawn-teen = Se aísla de los demás
opt-sign-risk-taking = Conductas de riesgo, o consumo de alcohol o drogas
opt-sign-worry-family = Se preocupa demasiado por su familia

opt-signs-several = Son varias, o no mejoran con el tiempo

## Situación familiar

q-who-cares = ¿Con quién vas a vivir ahora? ¿Quién te va a cuidar?
q-who-cares-guidance = Escuche a quién nombra la niña, niño o adolescente y cómo habla de esa persona. Nombrar a alguien no basta: el vínculo lo verifica la autoridad de protección. Si dice que no tiene a nadie, o no lo sabe, no le prometa un lugar: explíquele que hay personas que se encargan de buscar dónde van a cuidarla o cuidarlo bien.
opt-cares-parent = Su madre o su padre
opt-cares-relative = Otro familiar (abuela, tía, hermano mayor u otro)
opt-cares-other-adult = Otra persona adulta que no es de la familia
opt-cares-nobody = Nadie, o no hay quien la o lo pueda cuidar

q-caregiver-reached = Observe: ¿se ha contactado a esa persona, y está verificado su vínculo con la niña, niño o adolescente?
q-caregiver-reached-guidance = Contactar no es verificar: la autoridad de protección confirma la identidad y el vínculo con documentos, registros y lo que cada uno dice por separado. Si ya lo confirmó, elija una de las dos primeras opciones: no se activa la búsqueda de la familia, y la niña, niño o adolescente sale solo con esa persona. Si no, se marca «Sin persona cuidadora verificada» y no sale con nadie hasta que esa autoridad lo decida.
opt-reached-here = Está aquí y su vínculo está verificado
opt-reached-contacted = Ya se contactó a esa persona y su vínculo está verificado
opt-reached-not-yet = Todavía no se ha contactado o verificado
opt-reached-unreachable = No se logra contactar a esa persona

q-parents-abroad = ¿Tu mamá o tu papá viven en otro país?
q-parents-abroad-guidance = Pregunte sin juzgar a la familia. Muchas niñas, niños y adolescentes viajan para reunirse con su madre o su padre, y pueden volver a intentarlo. Si hace falta contactar a la madre o al padre en el extranjero, la autoridad de protección puede pedir apoyo consular. No dé datos sobre dónde está la niña, niño o adolescente a nadie cuyo vínculo no esté verificado.
opt-abroad-none = No, ninguno de los dos
opt-abroad-one = Sí, uno de los dos
opt-abroad-both = Sí, los dos

q-school = Antes de irte, ¿ibas a la escuela o estabas estudiando?
q-school-guidance = Pregúntelo con interés, no como reproche; con adolescentes de 12 a 17 años, basta con «¿estabas estudiando?». Volver a la escuela protege: da rutina, amistades y un lugar seguro. Si dejó de estudiar, la unidad municipal de atención a personas retornadas y el sistema educativo pueden ayudar a que vuelva a estudiar.
opt-school-attending = Sí, iba a la escuela
opt-school-out-recent = La dejó hace menos de un año
opt-school-out-long = La dejó hace un año o más, o nunca fue
opt-school-too-young = Todavía no tiene edad escolar

q-caregiver-distress = Observe: ¿la madre, el padre o la persona cuidadora que la o lo acompaña se ve muy angustiada, agotada o sin fuerzas para atender a la niña, niño o adolescente?
q-caregiver-distress-guidance = El viaje y el retorno también afectan a las personas adultas, y una persona cuidadora muy afectada necesita apoyo para poder cuidar. Escúchela unos minutos, ofrézcale agua y un lugar para sentarse, y explíquele qué reacciones de la niña, niño o adolescente son comunes. No la juzgue delante de la niña, niño o adolescente.
opt-caregiver-none-here = No hay una persona cuidadora aquí

## Retornos y nueva migración

q-times-returned = ¿Es la primera vez que te regresan, o ya te había pasado antes?
q-times-returned-guidance = Pregunte sin juzgar y sin tono de regaño. Cada nuevo intento expone a la niña, niño o adolescente a más riesgos en el camino: varios retornos piden más apoyo para quedarse, no reproches.
opt-returned-first = Es la primera vez
opt-returned-second = Es la segunda vez
opt-returned-third = Tres veces o más

q-migrate-again = ¿Estás pensando en volver a viajar?
q-migrate-again-guidance = Respete lo que responda: es su opinión, y no es el momento de hacerle cambiar de idea. Escuche qué le hace pensar en irse (familia, dinero, miedo, estudios). No use el miedo ni los sermones. Con niñas y niños pequeños, pregunte por los planes de la familia. Si piensa irse pronto, la unidad municipal de atención a personas retornadas y la autoridad de protección deben saberlo esta misma semana.
opt-migrate-maybe = Tal vez, o no lo sabe
opt-migrate-soon = Sí, y pronto

## Factores de protección

q-protective-factors = Observe y pregunte con naturalidad: ¿cuántos de estos apoyos tiene la niña, niño o adolescente? Vea la lista abajo.
q-protective-factors-guidance = Apoyos: una persona cuidadora cariñosa y no violenta, ya contactada; otra persona adulta de confianza; la escuela; amistades; un grupo de su iglesia o su comunidad; algo que le gusta o sabe hacer; algo que espera con ilusión; ningún peligro en el lugar adonde va. Puede preguntar, por ejemplo: «¿Qué te ayuda cuando te sientes mal?».
opt-protective-three-or-more = Tres o más apoyos
opt-protective-up-to-two = Dos o menos

## Cierre

q-closing = Gracias por hablar conmigo y por tu confianza. ¿Hay algo más que quieras contarme, o algo que quieras preguntarme?
q-closing-guidance = Responda sus preguntas con sinceridad y palabras sencillas, sin prometer lo que no depende de usted. La pantalla siguiente muestra la ruta: explíquele qué va a pasar hoy, quién la o lo va a atender y cuándo. Si cuenta algo nuevo que le preocupa, escuche sin pedir detalles. Anote solo lo necesario y compártalo solo con quienes deben protegerla o protegerlo.
opt-closing-nothing = Nada más
opt-closing-question = Tenía una pregunta, y ya se respondió
opt-closing-new-concern = Contó otra preocupación o un riesgo que no se preguntó

## Alertas

flag-interpreter-needed = Se necesita intérprete
flag-interpreter-needed-action = Busque un intérprete independiente en menos de 24 horas y repase con su ayuda las preguntas que la niña, niño o adolescente quizá no entendió; nunca use a la persona adulta acompañante.
flag-did-not-answer-sensitive = Pregunta delicada sin respuesta clara
flag-did-not-answer-sensitive-action = Respete la decisión de la niña, niño o adolescente; en menos de 24 horas, ofrézcale hablar en privado con la psicóloga o el psicólogo y pida seguimiento a la autoridad de protección.
flag-exploitation-concern = Posible control o explotación, sin confirmar
flag-exploitation-concern-action = Cuente a la autoridad de protección, en menos de 24 horas, lo que observó o escuchó, para que revise si hay trata o explotación.
flag-self-harm-concern = Preocupación por autolesión o suicidio
flag-self-harm-concern-action = Pida a la psicóloga o el psicólogo que vea a la niña, niño o adolescente en menos de 24 horas y antes de que salga del centro: hubo señales de alerta, dudas o pensamientos de hacerse daño, aunque ahora no los tenga o diga que no.
flag-sexual-violence-past = Violencia sexual hace más de 5 días
flag-sexual-violence-past-action = Organice una consulta de salud y apoyo psicológico en menos de 24 horas: la atención todavía ayuda, y lo que pasó no fue culpa de la niña, niño o adolescente.
flag-sexual-violence-recent = Violencia sexual reciente (5 días o menos), o sin saber cuándo
flag-sexual-violence-recent-action = Después de la atención de salud urgente: seguimiento de salud (exámenes y controles), apoyo psicológico, y aviso a la autoridad de protección y a la fiscalía en menos de 24 horas, para que la niña, niño o adolescente tenga que contarlo una sola vez.
flag-sexual-violence-possible = Posible violencia sexual (no quiso contestar, o hay señales)
flag-sexual-violence-possible-action = Ofrezca hoy, con calma y sin más preguntas, una revisión de salud con personal del sexo que prefiera; explique que la prevención del VIH y la anticoncepción de emergencia solo sirven en los primeros días. Dígale que puede contarlo cuando quiera, a usted o al personal de salud.
flag-medical-follow-up = Emergencia médica: seguimiento de salud
flag-medical-follow-up-action = Después de la atención urgente, confirme con el personal de salud qué seguimiento se necesita (controles, medicamentos, una cita en el centro de salud) y que la niña, niño o adolescente no sale del centro hasta que el personal de salud lo autorice.
flag-self-harm-injury = Heridas recientes de autolesión
flag-self-harm-injury-action = Mientras le curan las heridas y después, que alguien de confianza se quede a su lado todo el tiempo; retire lo que pueda usar para hacerse daño, y pida que la psicóloga o el psicólogo evalúe hoy el riesgo de suicidio, antes de que salga del centro.
flag-feared-person = Tiene miedo de alguien que está aquí
flag-feared-person-action = Mantenga a la niña, niño o adolescente lejos de esa persona y con personal de confianza. La autoridad de protección revisa en menos de 24 horas con quién puede salir; mientras tanto, nunca con esa persona.
flag-age-0-5 = Niña o niño de 0 a 5 años
flag-age-0-5-action = Con una niña o un niño pequeño: que siga junto a quien la o lo cuida; respete sus horarios de comida y sueño, háblele con voz tranquila y apoye a la persona cuidadora.
flag-age-6-11 = Niña o niño de 6 a 11 años
flag-age-6-11-action = Con una niña o un niño de 6 a 11 años: dele respuestas simples y verdaderas, dígale que no tiene la culpa, mantenga rutinas y tenga paciencia si por un tiempo actúa como si fuera más pequeño.
flag-age-12-17 = Adolescente de 12 a 17 años
flag-age-12-17-action = Con adolescentes: dé información clara, escuche sin juzgar, tome en cuenta su opinión en las decisiones y converse sobre los riesgos que enfrentan y cómo cuidarse.
flag-age-unclear = Edad no confirmada (se presume menor de edad)
flag-age-unclear-action = Trate a la persona como menor de edad y pida a la autoridad de protección que determine su edad, con apoyo del registro civil si hace falta.
flag-arrived-without-verified-adult = Llegó sin una persona adulta verificada
flag-arrived-without-verified-adult-action = Informe hoy a la autoridad de protección cómo llegó la niña, niño o adolescente. Aunque después se verifique a su familia, solo saldrá del centro con la persona cuyo vínculo haya verificado esa autoridad.
flag-no-verified-caregiver = Sin persona cuidadora verificada
flag-no-verified-caregiver-action = Informe hoy a la autoridad de protección que nadie verificado va a cuidar a la niña, niño o adolescente, para que tome una medida de protección y busque a su familia.
flag-separated-child = NNA separado de sus padres
flag-separated-child-action = Informe a la autoridad de protección que la niña, niño o adolescente no está con su madre, su padre ni su tutor legal, para que confirme quién se hará cargo de su cuidado y planifique el seguimiento.
flag-no-id-documents = Sin documento de identidad
flag-no-id-documents-action = Oriente a la familia, o a la autoridad de protección si no hay familia verificada, para obtener sus documentos en el registro civil.
flag-foreign-child = De otro país, o nacionalidad no clara
flag-foreign-child-action = Informe hoy a la autoridad de protección; si la niña, niño o adolescente teme volver a su país, pida orientación al ACNUR antes de cualquier contacto con su consulado.
flag-basic-needs = Necesidades básicas sin cubrir
flag-basic-needs-action = Cubra ahora lo que falta (agua, comida, descanso, higiene o ropa) y revise que siga cubierto durante toda su estancia.
flag-missing-medicine = Falta una medicina o un aparato de apoyo
flag-missing-medicine-action = Pida hoy al personal de salud que consiga la medicina o que repare o reemplace el aparato, y anótelo en la nota de remisión.
flag-call-family = Quiere hablar con su familia
flag-call-family-action = Ofrezca hoy una llamada segura a la familia (teléfono del centro o servicio de contacto entre familiares); si no hay persona cuidadora verificada, acuérdela antes con la autoridad de protección.
flag-trafficking-indicators = Señales de trata o explotación
flag-trafficking-indicators-action = Informe hoy a la autoridad de protección y a la unidad contra la trata de personas las señales que observó, sin pedir más detalles a la niña, niño o adolescente.
flag-threat-at-origin = Amenaza o peligro en el lugar de origen
flag-threat-at-origin-action = Pida a la autoridad de protección, en menos de 24 horas, una evaluación del riesgo y una medida de protección antes de planificar cualquier regreso a casa.
flag-threat-release-today = Salida prevista hoy al lugar de peligro
flag-threat-release-today-action = Detenga la salida prevista y avise ahora a la autoridad de protección para buscar un lugar seguro para esta noche.
flag-unsafe-to-return = Dice que no es seguro volver, o no está segura o seguro
flag-unsafe-to-return-action = Pida a la autoridad de protección que hable en privado con la niña, niño o adolescente y que confirme, antes de que salga, que el lugar adonde va es seguro, aunque no mencione una amenaza de fuera del hogar.
flag-controller-present = Quien la o lo controla está aquí o esperando
flag-controller-present-action = Avise ahora, con discreción, a seguridad, a la autoridad de protección y a la línea de emergencias; no confronte a esa persona, no deje que se acerque a la niña, niño o adolescente, y no deje ver lo que usted sospecha.
flag-family-debt = Deuda por el viaje
flag-family-debt-action = Informe de la deuda a la unidad municipal de atención a personas retornadas, para buscar apoyo a la familia, y vigile si hay presión para pagarla.
flag-violence-at-home = Violencia o miedo en el hogar
flag-violence-at-home-action = Informe hoy a la autoridad de protección, que decide la medida de protección y, si corresponde, la denuncia.
flag-abuser-present = Persona señalada presente o por llegar
flag-abuser-present-action = Avise ya, con discreción, a la seguridad del centro y a la autoridad de protección; no deje que esa persona esté a solas con la niña, niño o adolescente ni salga con ella, y llame a emergencias si hay peligro.
flag-home-safety-unclear = Seguridad en el hogar sin aclarar
flag-home-safety-unclear-action = Pida a la autoridad de protección que hable en privado con la niña, niño o adolescente y revise la situación del hogar antes de que salga con su familia.
flag-pregnancy = Embarazo, confirmado o posible
flag-pregnancy-action = Atención prenatal en menos de una semana; en menos de 24 horas si es menor de la edad de consentimiento de su país o hay señales de abuso o de coerción; y el mismo día si tiene dolor, sangrado, fiebre o mareo.
flag-sexual-abuse-child = Posible abuso sexual (menor de la edad de consentimiento, o señales de abuso)
flag-sexual-abuse-child-action = Informe hoy a la autoridad de protección y a la fiscalía. Por debajo de la edad de consentimiento sexual (14 años en Honduras y Guatemala, 15 en El Salvador), la relación sexual se trata siempre como abuso, aunque ella diga que estuvo de acuerdo.
flag-pregnancy-unclear = Posible embarazo sin aclarar
flag-pregnancy-unclear-action = Ofrézcale, con su asentimiento, una consulta de salud confidencial en menos de una semana, donde pueda preguntar lo que necesite.
flag-no-prenatal-care = Embarazo sin control prenatal
flag-no-prenatal-care-action = Programe su primer control prenatal en menos de una semana, cuanto antes si el embarazo está avanzado, y asegúrese de que la acompañe alguien de confianza.
flag-disability-chronic = Discapacidad o enfermedad crónica
flag-disability-chronic-action = Organice en menos de una semana una evaluación de salud y el enlace con servicios para personas con discapacidad.
flag-family-member-missing = Familiar desaparecido, detenido o separado en la ruta
flag-family-member-missing-action = Ponga a la familia en contacto con el servicio de búsqueda de familiares y con la protección consular, y fíjese en señales de duelo o de mucha preocupación.
flag-distress-severe = Malestar grave
flag-distress-severe-action = Organice una evaluación por un profesional de salud mental en menos de 24 horas, y quédese con la niña, niño o adolescente hasta la entrega en persona.
flag-distress-acute = Malestar grave que no cede al calmarse
flag-distress-acute-action = Que la psicóloga o el psicólogo atienda ahora a la niña, niño o adolescente, y que alguien de confianza se quede a su lado todo el tiempo. Si no hay psicóloga o psicólogo en el centro, pida atención de salud de urgencia.
flag-distress-moderate = Malestar moderado
flag-distress-moderate-action = Organice seguimiento psicosocial en menos de una semana y comparta solo lo necesario, con el asentimiento de la niña, niño o adolescente.
flag-parents-abroad = Madre o padre en otro país
flag-parents-abroad-action = Si hay que contactar a la madre o al padre en el extranjero, pida a la autoridad de protección que lo haga con apoyo consular.
flag-out-of-school = Fuera de la escuela
flag-out-of-school-action = Conecte a la familia con el sistema educativo para que la niña, niño o adolescente vuelva a estudiar lo antes posible.
flag-caregiver-distress = Persona cuidadora muy afectada
flag-caregiver-distress-action = Dé Primera Ayuda Psicológica (PAP) a la persona cuidadora: escúchela, cubra sus necesidades básicas e infórmele dónde puede recibir apoyo para ella.
flag-repeated-returns = Retornos repetidos
flag-repeated-returns-action = Pida a la unidad municipal de atención a personas retornadas un seguimiento cercano: cada retorno suma riesgos y pérdidas.
flag-remigration-maybe = Piensa volver a migrar
flag-remigration-maybe-action = Dé información clara y sin asustar sobre los riesgos del viaje irregular y sobre las vías regulares que existen.
flag-remigration-soon = Planea volver a migrar pronto
flag-remigration-soon-action = Avise esta semana a la unidad municipal de atención a personas retornadas y a la autoridad de protección, y hable con la familia sobre los riesgos y las vías regulares.
flag-few-protective-factors = Pocos factores de protección
flag-few-protective-factors-action = Conecte a la niña, niño o adolescente con actividades de su comunidad, como grupos, deporte o espacios protectores, y acuerde un seguimiento en menos de una semana.
flag-new-concern = Otra preocupación contada al cierre
flag-new-concern-action = Anote con pocas palabras lo que contó la niña, niño o adolescente y páselo hoy a la autoridad de protección; si es un riesgo para su seguridad, actúe ahora.

## Servicios (nombres genéricos; quién los presta en cada lugar está en directory.ftl)

svc-emergency-services = Línea de emergencias (policía y ambulancia)
svc-emergency-services-desc = Emergencias de policía, ambulancia y bomberos, a cualquier hora.
svc-child-protection = Autoridad de protección de la niñez
svc-child-protection-desc = Medidas de protección, verificación del vínculo familiar, cuidado temporal y búsqueda de la familia.
svc-medical-onsite = Personal de salud del centro de recepción
svc-medical-onsite-desc = Primera revisión y atención médica en el mismo centro.
svc-health = Servicio de salud (centro de salud u hospital)
svc-health-desc = Atención médica y de urgencias, incluida la atención después de violencia sexual: prevención del VIH, anticoncepción de emergencia y apoyo psicológico.
svc-mental-health = Servicio especializado de salud mental
svc-mental-health-desc = Evaluación y atención especializada para niñas, niños y adolescentes con malestar grave o riesgo de suicidio.
svc-psychologist-onsite = Psicóloga o psicólogo del centro de recepción
svc-psychologist-onsite-desc = Apoyo psicológico el mismo día, revisión del riesgo y entrega en persona a los servicios de seguimiento.
svc-prosecutor-children = Fiscalía especializada en niñez
svc-prosecutor-children-desc = Investiga delitos contra niñas, niños y adolescentes, como el abuso, la violencia sexual y la explotación.
svc-anti-trafficking = Unidad contra la trata de personas
svc-anti-trafficking-desc = Investiga la trata y la explotación de personas, y coordina la atención a las víctimas.
svc-family-links = Restablecimiento del contacto entre familiares
svc-family-links-desc = Llamadas gratuitas y búsqueda de familiares separados o desaparecidos en la ruta migratoria.
svc-returnee-unit = Unidad municipal de atención a personas retornadas
svc-returnee-unit-desc = Seguimiento después del centro de recepción: escuela, documentos, empleo y apoyo a la familia, con los servicios del municipio.
svc-community-programmes = Programas municipales y comunitarios de niñez y juventud
svc-community-programmes-desc = Actividades comunitarias y espacios protectores para niñas, niños y adolescentes, como grupos de recuperación emocional.
svc-displacement-protection = Protección a personas desplazadas por la violencia
svc-displacement-protection-desc = Atención a personas desplazadas o en riesgo de desplazamiento forzado, incluidas personas retornadas con necesidades de protección: albergue temporal, reubicación y orientación legal.
svc-refugee-agency = Agencia de la ONU para los Refugiados (ACNUR)
svc-refugee-agency-desc = Identifica y orienta a personas retornadas con necesidades de protección, y apoya a las instituciones nacionales.
svc-human-rights-ombudsman = Institución nacional de derechos humanos
svc-human-rights-ombudsman-desc = Recibe quejas y da seguimiento a los casos de personas retornadas en riesgo.
svc-consular-protection = Protección consular (cancillería y consulados)
svc-consular-protection-desc = Contacto con familiares en el extranjero, información del caso antes del retorno, documentos, y apoyo a nacionales detenidos o desaparecidos en otros países.
svc-civil-registry = Registro civil (documentos de identidad)
svc-civil-registry-desc = Inscripción de nacimientos y emisión de documentos de identidad.
svc-education = Sistema educativo (reintegración escolar)
svc-education-desc = Matrícula y regreso a la escuela, y apoyo para ponerse al día.
svc-disability-services = Servicios para personas con discapacidad
svc-disability-services-desc = Evaluación, rehabilitación, aparatos de apoyo e inclusión de niñas, niños y adolescentes con discapacidad.
svc-children-court = Juzgado de niñez y adolescencia
svc-children-court-desc = Dicta medidas judiciales de protección cuando se las pide la autoridad de protección.

## Rutas: acciones compartidas y límites

out-act-inform-and-finish = Informe ahora a la autoridad de protección de la niñez. Cuando la niña, niño o adolescente esté a salvo y estable, continúe aquí la evaluación, junto con la persona de esa autoridad si ya llegó, para que no tenga que contestar dos veces y no se pase por alto ninguna otra necesidad.
out-act-if-worse = Diga a la familia adónde acudir si las reacciones empeoran o no mejoran en las próximas semanas.

stop-no-release-unverified = No entregue a la niña, niño o adolescente a ninguna persona adulta cuyo vínculo no haya verificado la autoridad de protección de la niñez.
stop-no-release-to-feared-adult = No entregue a la niña, niño o adolescente a la persona que le da miedo o que parece controlarla o controlarlo.
stop-no-release-to-abuser = No entregue a la niña, niño o adolescente a la persona que le hace daño, ni la o lo envíe a ese hogar, sin una decisión de la autoridad de protección.
stop-no-release-to-exploiter = No entregue a la niña, niño o adolescente a quien organizó el viaje, a quien la o lo controla o le cobra una deuda, ni a nadie que esa persona envíe.
stop-no-release-before-review = No deje que la niña, niño o adolescente salga con quien organizó el viaje ni con la persona adulta que a usted le preocupó, hasta que la autoridad de protección lo revise.
stop-no-threatened-place = No envíe a la niña, niño o adolescente al lugar (barrio, colonia o aldea) donde corre peligro, ni siquiera por una noche, sin un plan de la autoridad de protección.
stop-no-names = No pregunte ni anote nombres de personas agresoras, ni de maras o pandillas.
stop-no-adult-process = No pase a la persona al proceso de personas adultas mientras no se haya confirmado su edad.
stop-no-story = No pida a la niña, niño o adolescente que cuente lo que pasó ni quién lo hizo.
stop-no-secret = No prometa guardar el secreto; explique quiénes necesitan saberlo para protegerla o protegerlo.
stop-not-alone = No deje a la niña, niño o adolescente sin compañía, ni por un momento, hasta que llegue la psicóloga o el psicólogo.
stop-no-delay-care = No retrase la atención de salud por esperar a que se presente una denuncia o a que lleguen documentos.
stop-no-leave-before-psychologist = No permita que la niña, niño o adolescente salga del centro antes de la consulta con la psicóloga o el psicólogo.

## Ruta: emergencia médica

out-medical-emergency = Emergencia médica
out-medical-emergency-act-call = Llame ahora al personal de salud del centro; si no hay, o si la vida de la niña, niño o adolescente puede estar en riesgo, llame a la línea de emergencias.
out-medical-emergency-act-stay = Quédese con la niña, niño o adolescente en un lugar tranquilo y cómodo, lejos del ruido y de las miradas.
out-medical-emergency-act-explain = No pregunte qué pasó; explíquele con palabras sencillas lo que está pasando y quién le va a ayudar.
out-medical-emergency-act-escort = Si la niña, niño o adolescente va a un servicio de salud, que vaya con una persona del equipo de su confianza.
out-medical-emergency-say = Te vamos a ayudar ahora mismo. Una persona que sabe de salud te va a revisar, y yo me quedo contigo.

## Ruta: riesgo de suicidio o autolesión

out-suicide-risk = Posible riesgo de suicidio o autolesión: evaluar ahora
out-suicide-risk-act-psychologist = Llame ahora a la psicóloga o el psicólogo del centro; llame a la línea de emergencias si la niña, niño o adolescente se hizo daño grave o si no puede mantenerla o mantenerlo a salvo.
out-suicide-risk-act-means = Retire con discreción cualquier cosa con la que pueda hacerse daño, como cordones, objetos cortantes o medicamentos.
out-suicide-risk-act-medical = Si hubo un intento o se hizo daño hace poco (pastillas, veneno, cortes, ahorcamiento), que el personal de salud haga ahora una revisión médica, aunque se vea bien.
out-suicide-risk-act-listen = Escuche con calma y sin juzgar, y agradézcale que se lo haya contado.
out-suicide-risk-act-handover = Entregue a la niña, niño o adolescente en persona y cuente a la psicóloga o el psicólogo lo que dijo; una nota de remisión no basta.
out-suicide-risk-say = Gracias por contármelo. No estás solo ni sola con esto. Me voy a quedar contigo y vamos a buscar a alguien que sabe ayudar con lo que sientes.

## Rutas de violencia sexual: acciones compartidas

out-sexual-violence-act-believe = Crea a la niña, niño o adolescente, dígale que no fue su culpa y no pida detalles.
out-sexual-violence-act-assent = Ofrezca que la atención la dé alguien del sexo que prefiera, explique cada paso y pregúntele antes de hacer cualquier cosa.

## Ruta: violencia sexual reciente

out-recent-sexual-violence = Violencia sexual reciente (hasta 5 días) o fecha desconocida
out-recent-sexual-violence-act-health-now = Lleve ahora a la niña, niño o adolescente a un servicio de salud, con una persona del equipo de su confianza: cuanto antes empiece la atención, mejor funciona.
out-recent-sexual-violence-act-timing = Diga al equipo de salud más o menos cuándo pasó: la prevención del VIH debe empezar en las primeras 72 horas y la anticoncepción de emergencia en las primeras 120 horas.
out-recent-sexual-violence-act-protection = Informe ahora a la autoridad de protección; junto con la fiscalía, se asegura de que la niña, niño o adolescente tenga que contarlo una sola vez.
out-recent-sexual-violence-say = Gracias por confiar en mí. Lo que pasó no es tu culpa. Te vamos a llevar con personas que saben cuidar tu salud, y te voy a explicar cada paso.

## Ruta: peligro inmediato o persona adulta que controla

out-immediate-danger = Peligro inmediato, o una persona adulta que controla a la niña, niño o adolescente
out-immediate-danger-act-move = Lleve a la niña, niño o adolescente a un lugar seguro, con personal de su confianza, donde la persona que preocupa no pueda verla o verlo ni escucharla o escucharlo.
out-immediate-danger-act-no-confront = No confronte a esa persona; avise a la seguridad del centro y llame a la línea de emergencias si alguien corre peligro.
out-immediate-danger-act-stay = Quédese con la niña, niño o adolescente hasta que llegue la autoridad de protección, y explíquele con calma lo que está pasando.
out-immediate-danger-say = Ahora estás conmigo y te vamos a cuidar. No hiciste nada malo. Me quedo contigo hasta que lleguen las personas que nos van a ayudar.

## Ruta: posible trata o explotación

out-trafficking = Posible trata de personas o explotación
out-trafficking-act-separate = Si está aquí alguien que podría controlarla o controlarlo, mantenga a la niña, niño o adolescente lejos de esa persona con discreción, con personal de confianza y sin confrontar a nadie.
out-trafficking-act-no-statement = No tome declaración ni pregunte por el viaje: la unidad especializada escuchará su relato una sola vez, con el apoyo adecuado.
out-trafficking-act-documents = Si otra persona guarda sus documentos o su dinero, anótelo para la autoridad de protección; no intente recuperarlos usted.
out-trafficking-act-not-to-blame = Explíquele que no está en problemas, que nada de esto es su culpa y que tiene derecho a protección y a atención.
out-trafficking-say = No estás en problemas y nada de esto es tu culpa. Aquí hay personas que trabajan para protegerte. Antes de cada paso, te voy a explicar qué va a pasar.

## Ruta: amenaza o riesgo de desplazamiento forzado

out-threat = Amenaza o riesgo de desplazamiento forzado
out-threat-act-believe = Crea a la niña, niño o adolescente y agradézcale que lo haya contado; no pida nombres, apodos ni detalles de quién amenaza.
out-threat-act-plan = Con la autoridad de protección, haga un plan para las próximas horas y noches: dónde dormirá, con quién y cómo llegará, lejos del lugar de peligro.
out-threat-act-data = Registre solo el tipo de amenaza y compártalo solo con los servicios de protección.
out-threat-act-options = Explíquele con honestidad qué opciones de protección existen y cuánto pueden tardar, sin prometer lo que no depende de usted.
out-threat-say = Gracias por contármelo. Con personas que saben de esto, vamos a buscar un lugar seguro para ti. Te voy a contar cada cosa que se decida.

## Ruta: violencia, abuso o negligencia en el hogar, o abuso sexual infantil

out-violence-home = Violencia, abuso o negligencia en el hogar, o abuso sexual infantil
out-violence-home-act-reassure = Agradézcale que lo haya contado y dígale que no es su culpa, sin hablar mal de su familia delante de ella o él.
out-violence-home-act-no-confront = No confronte a la familia ni a la persona señalada, y no le cuente lo que dijo la niña, niño o adolescente.
out-violence-home-act-health = Si tiene lesiones o dolor, pida que el personal de salud haga una revisión, sin preguntar cómo se las hizo.
out-violence-home-act-explain = Explíquele con palabras sencillas quiénes tienen que saberlo y qué va a pasar hoy.
out-violence-home-say = Gracias por contármelo. Nada de esto es tu culpa. Voy a avisar a personas que te pueden proteger, y te voy a decir lo que va a pasar.

## Ruta: NNA no acompañado o separado sin persona cuidadora verificada

out-unaccompanied-unverified = NNA no acompañado o separado, sin persona cuidadora verificada: búsqueda de la familia
out-unaccompanied-unverified-act-protection = Mientras la autoridad de protección verifica a la familia, explíquele a la niña, niño o adolescente dónde va a dormir hoy y quién la o lo va a cuidar.
out-unaccompanied-unverified-act-needs = Asegúrese de que tenga comida, agua, un lugar para descansar y una persona del equipo a quien acudir.
out-unaccompanied-unverified-act-contact = Con el acuerdo de la autoridad de protección, ayúdele a comunicarse de forma segura con su familia, por el teléfono del centro o el servicio de contacto entre familiares.
out-unaccompanied-unverified-act-siblings = Mantenga juntos a hermanas y hermanos, y explíquele qué va a pasar después y, más o menos, cuánto puede tardar.
out-unaccompanied-unverified-say = No estás en problemas. Mientras buscamos a tu familia, aquí te van a cuidar. Te voy a contar lo que va a pasar después.

## Ruta: violencia sexual hace más de 5 días

out-past-sexual-violence = Violencia sexual: atención y seguimiento
out-past-sexual-violence-act-care = Acompañe a la niña, niño o adolescente a la consulta de salud y preséntela o preséntelo en persona a la psicóloga o el psicólogo.
out-past-sexual-violence-act-once = Informe a la autoridad de protección en menos de 24 horas, para que la niña, niño o adolescente tenga que contarlo una sola vez.
out-past-sexual-violence-say = Gracias por confiar en mí. Lo que pasó no es tu culpa. Hay personas que te pueden ayudar a cuidar tu cuerpo y a sentirte mejor, ahora y en las próximas semanas.

## Ruta: malestar grave

out-severe-distress = Malestar psicosocial grave
out-severe-distress-act-calm = Quédese con la niña, niño o adolescente, hable despacio y ayúdele a calmarse: respiren juntos y nombren cosas que los dos pueden ver.
out-severe-distress-act-needs = Atienda primero lo básico: agua, comida, descanso, un lugar tranquilo y una persona conocida cerca.
out-severe-distress-act-caregiver = Explique a la persona cuidadora qué está pasando y cómo puede apoyar a la niña, niño o adolescente, y haga la entrega en persona.
out-severe-distress-act-watch = Si la niña, niño o adolescente habla de morirse o de hacerse daño, siga de inmediato la ruta de riesgo de suicidio o autolesión.
out-severe-distress-say = Lo que sientes es muy fuerte, y tiene sentido después de todo lo que has vivido. No estás solo ni sola. Pronto te va a ver una persona que sabe ayudar con esto.

## Ruta: posible riesgo de autolesión, no inmediato

out-self-harm-review = Posible riesgo de autolesión: evaluación por la psicóloga o el psicólogo
out-self-harm-review-act-handover = Presente hoy en persona a la niña, niño o adolescente a la psicóloga o el psicólogo, y cuéntele qué señales vio o le contaron; una nota de remisión no basta.
out-self-harm-review-act-stay = Mientras tanto, que se quede cerca de personal de confianza; escuche sin juzgar y no presione para que hable.
out-self-harm-review-act-caregiver = Con el asentimiento de la niña, niño o adolescente, explique a la persona cuidadora qué señales vigilar y adónde acudir de inmediato si aparecen.
out-self-harm-review-say = Gracias por hablar conmigo. Me importa que estés bien. Antes de irte, vas a conversar con una persona que sabe ayudar cuando las cosas se ponen difíciles.

## Ruta: revisión de protección

out-protection-review = Revisión por la autoridad de protección en menos de 24 horas
out-protection-review-act-tell = Informe hoy a la autoridad de protección lo que quedó sin aclarar (vea las alertas), con pocas palabras y sin pedir más detalles a la niña, niño o adolescente.
out-protection-review-act-before-leaving = Pida que lo revise antes de que la niña, niño o adolescente salga del centro y, mientras tanto, que se quede cerca de personal de confianza.
out-protection-review-act-door = Dígale que puede hablar con usted o con la psicóloga o el psicólogo cuando quiera, sin tener que contar nada que no quiera.
out-protection-review-say = Gracias por hablar conmigo. No tienes que contarme nada que no quieras. Aquí hay personas cuyo trabajo es cuidarte, y te voy a explicar lo que va a pasar.

## Ruta: seguimiento de salud

out-health-follow-up = Seguimiento de salud
out-health-follow-up-act-explain = Explique con palabras sencillas para qué es la revisión, que puede pedir que la haga alguien del sexo que prefiera y que puede decir que no a cualquier parte de ella.
out-health-follow-up-act-accompany = Vaya personalmente con la niña, niño o adolescente a la revisión, o pida a alguien de confianza del equipo que vaya; una nota de remisión no basta.
out-health-follow-up-act-results = Asegúrese de que las indicaciones de salud y las próximas citas lleguen a la persona cuidadora verificada o a la autoridad de protección antes de que la niña, niño o adolescente salga del centro.
out-health-follow-up-say = Vamos a pedir que alguien del personal de salud te revise, para cuidar tu cuerpo. Te voy a explicar cada paso, y puedes pedir que paren cuando quieras.

## Ruta: embarazo confirmado o posible

out-pregnancy = Embarazo confirmado o posible en la niñez o la adolescencia
out-pregnancy-act-no-judge = Hable con ella sin juzgar y sin pedir detalles sobre cómo pasó ni sobre la pareja.
out-pregnancy-act-basics = Asegúrese de que tenga agua, comida, descanso y un lugar para sentarse o acostarse.
out-pregnancy-act-support = Pregúntele a quién quiere tener cerca y quién la apoya, sin presionarla.
out-pregnancy-act-rights = Dígale que tiene derecho a atención de salud y a seguir estudiando, y póngala en contacto con el apoyo para volver a la escuela.
out-pregnancy-say = Gracias por hablar conmigo de esto. Vamos a buscar quién te ayude a cuidar tu salud. Puedes preguntarme lo que quieras.

## Ruta: discapacidad o enfermedad crónica

out-disability = Discapacidad o enfermedad crónica
out-disability-act-communicate = Hable directamente con la niña, niño o adolescente, no solo con quien la o lo acompaña, y adapte la comunicación (señas, dibujos, palabras sencillas).
out-disability-act-stay = Asegúrese de que durante su estancia tenga sus medicinas, sus aparatos de apoyo y un lugar al que pueda llegar y moverse sin barreras.
out-disability-act-school = Informe a la familia de su derecho a estudiar con los apoyos que necesite, y de los servicios de su comunidad.
out-disability-say = Quiero que me entiendas bien y que tengas lo que necesitas. Si algo no está claro o te hace falta algo, dime y lo buscamos.

## Ruta: búsqueda de familiares

out-family-tracing = Familiar desaparecido, detenido o separado en la ruta: búsqueda de familiares
out-family-tracing-act-request = Con el asentimiento de la niña, niño o adolescente y de su persona cuidadora, ponga a la familia en contacto con el servicio de restablecimiento del contacto entre familiares (Cruz Roja), que busca a familiares desaparecidos, detenidos o separados en la ruta.
out-family-tracing-act-consular = Si el familiar puede estar detenido o en otro país, informe también a la protección consular.
out-family-tracing-act-support = Escuche sin prometer que lo van a encontrar. Preocuparse por un familiar desaparecido es una carga muy pesada: ofrezca apoyo psicológico y fíjese en señales de duelo.
out-family-tracing-say = Vamos a pedir ayuda para buscar a tu familiar. No te puedo decir cuándo habrá noticias, pero buscarlo no es tu responsabilidad: hay personas que se dedican a eso.

## Ruta: malestar moderado

out-moderate-distress = Malestar psicosocial moderado
out-moderate-distress-act-normalise = Escuche sin presionar y explique que estas reacciones son comunes después de un viaje difícil y que suelen mejorar con apoyo.
out-moderate-distress-act-calming = Enséñele una forma sencilla de calmarse, como respirar despacio juntos.
out-moderate-distress-act-caregiver = Anime a la persona cuidadora a mantener rutinas, dar más tiempo y paciencia, y no castigar los retrocesos, como volver a orinarse en la cama.
out-moderate-distress-say = Muchas personas de tu edad se sienten así después de un viaje difícil. Eso puede mejorar, y hay personas que te pueden acompañar mientras tanto.

## Ruta: reintegración y riesgo de nueva migración

out-reintegration = Reintegración y riesgo de nueva migración
out-reintegration-act-listen = Pregúntele qué necesitaría para quedarse y qué le gustaría hacer, y escuche sin juzgar.
out-reintegration-act-link = Dé a la familia el contacto de la unidad municipal de atención a personas retornadas para la escuela, los documentos y el apoyo a la familia.
out-reintegration-act-follow-up = Acuerde con la familia una fecha de seguimiento y dígale adónde acudir si la situación cambia.
out-reintegration-say = Lo que tú quieres para tu vida importa. Aquí hay personas que te pueden ayudar con la escuela y con tu familia, y puedes volver a buscarnos cuando lo necesites.

## Ruta: reacciones esperables o malestar leve

out-expected-reactions = Reacciones esperables o malestar leve
out-expected-reactions-act-normalise = Explique a la niña, niño o adolescente y a la persona cuidadora que estas reacciones son normales después de un viaje difícil y que suelen pasar con tiempo y apoyo.
out-expected-reactions-act-needs = Revise que lo básico esté cubierto: comida, agua, descanso, higiene y, si hace falta, una llamada a la familia.
out-expected-reactions-act-tips = Dé consejos sencillos a la persona cuidadora: mantener rutinas, pasar tiempo juntos, responder las preguntas con palabras simples y tener paciencia.
out-expected-reactions-act-follow-up = Dé a la familia el contacto de la unidad municipal de atención a personas retornadas, para la escuela y el seguimiento.
out-expected-reactions-say = Es normal sentirse así después de todo lo que pasaste. Poco a poco, con apoyo, te puedes ir sintiendo mejor. Si algo te preocupa, siempre puedes pedir ayuda.
