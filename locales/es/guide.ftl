# Textos de la guía de ruta, en español.
# La orientación, las acciones y las indicaciones «Observe:» se dirigen a la persona que atiende (usted);
# las preguntas en segunda persona y los textos «-say» se dirigen a la niña o el niño (tú), con palabras
# sencillas. Cada id de este archivo existe también en en/guide.ftl.

guide-title = Ruta: NNA migrantes retornados

## Secciones

section-preparation = Preparación
section-safety = Revisión de seguridad
section-situation = Situación de la niña o el niño
section-wellbeing = Bienestar

## Opciones de respuesta compartidas

opt-yes = Sí
opt-no = No
opt-unclear = No está claro
opt-child-not-sure = No sabe, o la respuesta no es clara
opt-declined = No quiere contestar

## Preparación

q-private-space = ¿Hay un lugar privado donde pueda hablar con la niña o el niño sin que otras personas escuchen?
q-private-space-guidance = Busque un lugar tranquilo y seguro, a la vista de otras personas del equipo, donde nadie más pueda escuchar. Si la niña o el niño tiene una herida o se ve muy mal de salud, no espere: busque primero atención médica. Siéntese a su altura y dígale su nombre y a qué se dedica.

info-make-space-private = Haga el espacio lo más privado posible: busque un rincón más tranquilo, pida a las demás personas que se alejen un poco y hable en voz baja.
info-make-space-private-guidance = Nunca haga las preguntas sobre autolesión o violencia sexual donde puedan escuchar otras niñas y niños o personas adultas no verificadas. Si no logra privacidad, haga una pausa antes de esas preguntas y siga cuando pueda.

q-who-present = ¿Quién está con la niña o el niño en este momento?
q-who-present-guidance = Las preguntas de seguridad nunca se hacen delante de una persona adulta cuyo vínculo con la niña o el niño no esté verificado. La madre, el padre o el tutor cuenta como verificado solo si lo confirman documentos o registros. No use como intérprete a la persona adulta acompañante ni a otra niña o niño.
opt-present-nobody = Nadie más, o solo personal del centro
opt-present-verified = Madre, padre o tutor legal, verificado
opt-present-unverified = Una persona adulta cuyo vínculo con la niña o el niño no está verificado

q-adult-waits-outside = Pida con amabilidad a la persona adulta que espere cerca mientras usted habla con la niña o el niño, como se hace con todas y todos. ¿Acepta?
q-adult-waits-outside-guidance = Explique que es lo habitual con cada niña o niño. La mayoría de los familiares acepta. Si la persona se niega, insiste en contestar por la niña o el niño o no le deja fuera de su vista, es una señal de alerta: no discuta y pida apoyo a la SENAF.
opt-adult-agreed = Acepta y espera donde no escucha
opt-adult-refused = Se niega, o insiste en quedarse o en contestar por la niña o el niño

q-language = ¿Usted y la niña o el niño se entienden bien en el mismo idioma?
q-language-guidance = Algunas niñas y niños hablan una lengua indígena (como garífuna, misquito, k'iche' o mam), usan lengua de señas o hablan sobre todo inglés. Use un intérprete capacitado e independiente, nunca a la persona adulta acompañante ni a otra niña o niño. Mientras tanto, hable despacio y con palabras sencillas, y apóyese en gestos o dibujos.
opt-lang-interpreter-present = No, pero hay un intérprete independiente
opt-lang-no-interpreter = No, y no hay intérprete independiente disponible

info-explain-and-assent = Estas preguntas se las hago a todas las niñas y niños que regresan, para saber cómo ayudarles. Si no quieres contestar alguna, solo dime y está bien. Lo que me cuentes solo lo sabrán quienes te tienen que ayudar y proteger. ¿Seguimos?
info-explain-and-assent-guidance = Dígale esto a la niña o el niño con sus propias palabras. Espere a que esté de acuerdo (asentimiento); si está presente la madre, el padre o el tutor verificado, pida también su consentimiento. No prometa guardar todo en secreto. Si la niña o el niño no quiere hablar ahora, respételo: asegúrese de que esté a salvo y reciba cuidado, e intente más tarde.

## Revisión de seguridad

q-medical-signs = Observe: ¿hay alguna señal médica urgente? Herida o sangrado, fiebre alta, deshidratación, dificultad para respirar, sueño o confusión fuera de lo normal, convulsión, o embarazo con dolor o sangrado.
q-medical-signs-guidance = Observe antes de preguntar nada. Los bebés y las niñas y niños pequeños pueden empeorar rápido. Si ve cualquiera de estas señales, detenga la entrevista: primero va la atención médica. Si tiene dudas, que decida el personal de salud.
opt-medical-none = Ninguna señal urgente
opt-medical-urgent = Sí, una o más señales urgentes

q-medical-check = Pida al personal de salud que revise ahora a la niña o el niño. ¿Hay una necesidad médica urgente?
q-medical-check-guidance = Quédese con la niña o el niño mientras le revisan. Si no hay personal de salud en el centro y usted todavía tiene dudas, trátelo como urgente.

q-feels-safe = ¿Te sientes seguro o segura aquí, ahora mismo? ¿Hay alguien aquí que te dé miedo?
q-feels-safe-guidance = Pregunte con calma, a la altura de sus ojos. Fíjese en su cuerpo además de sus palabras: mirar hacia alguien, quedarse en silencio o paralizarse dice mucho. Si nota inquietud, pregunte con suavidad si es por alguna persona. No pregunte en detalle quién ni por qué. Con niñas y niños muy pequeños, observe cómo reaccionan ante las personas adultas que les rodean.
opt-safe-yes = Se siente seguro o segura
opt-safe-uneasy = Con inquietud, pero no por una persona ni por una amenaza
opt-safe-afraid = Tiene miedo de alguien que está aquí, o recibe amenazas

info-keep-close = Mantenga a la niña o el niño en un lugar tranquilo, cerca de personal de confianza. Dígale que puede acudir a usted en cualquier momento si alguien le da miedo o le preocupa.
info-keep-close-guidance = No insista en que conteste. Fíjese en quién se le acerca, y no entregue a la niña o el niño a nadie hasta terminar la entrevista.

q-adult-control = Observe: ¿hay aquí una persona adulta que contesta por la niña o el niño, le vigila de cerca o le dice qué decir, le guarda los documentos, o le ha amenazado o seguido?
q-adult-control-guidance = Piense en todo lo que ha visto desde que llegó la niña o el niño, también antes de que la persona adulta saliera. Son señales de posible control o explotación, no pruebas. No confronte a la persona adulta ni le deje ver lo que sospecha.

q-age-band = ¿Qué edad tiene la niña o el niño? Pregúntele, o calcule si no la sabe.
q-age-band-guidance = La edad define cómo preguntar después sobre autolesión. Si duda entre dos rangos, elija el mayor. Si la persona podría ser menor de 18 años, trátela como niña, niño o adolescente hasta que se confirme su edad.
opt-age-under-eight = Menos de 8 años
opt-age-eight-to-eleven = De 8 a 11 años
opt-age-twelve-to-seventeen = De 12 a 17 años

q-young-warning-signs = Observe, o según lo que le han contado: ¿la niña o el niño se lastima a propósito, o dice que se quiere morir o desaparecer?
q-young-warning-signs-guidance = No pregunte sobre suicidio a niñas y niños pequeños: observe y escuche. Golpearse la cabeza, morderse o rasguñarse a propósito, o decir que se quiere morir, requieren una valoración de la psicóloga o el psicólogo. Jugar a cosas que le asustaron es común y no es una señal por sí solo.

q-warning-signs = Observe, o según lo que le han contado: ¿la niña o el niño ha hablado de morirse o de no querer vivir, tiene marcas de autolesión, o se ve sin ninguna esperanza?
q-warning-signs-guidance = A esta edad, pregunte directamente sobre suicidio solo si hay señales de alerta. Si las hay, o si no está claro, la siguiente pregunta se hace directamente a la niña o el niño.

q-suicide-thoughts = Cuando pasan cosas muy difíciles, algunas personas empiezan a pensar en hacerse daño o en que ya no quieren vivir. ¿Has tenido pensamientos así?
q-suicide-thoughts-guidance = Pregunte de forma directa y tranquila, con su tono de siempre: preguntar no le mete la idea en la cabeza. Hágalo en privado; antes, pida a la madre, el padre o el tutor verificado que espere afuera un momento. Si ve marcas recientes de autolesión, marque esa opción. «No sabe» y «No quiere contestar» llevan a que la psicóloga o el psicólogo le vea ahora.
opt-suicide-past = Antes sí, ahora no
opt-suicide-now = Sí, ahora
opt-suicide-plan-or-attempt = Sí, con un plan, o lo intentó hace poco
opt-suicide-self-harm-seen = Se ven marcas recientes de autolesión

q-sexual-violence = En el camino o desde que regresaste, ¿alguna persona te tocó el cuerpo, o te obligó a hacer algo con tu cuerpo, que tú no querías?
q-sexual-violence-guidance = Pregunte una sola vez, de forma neutral, y nunca pregunte qué pasó ni quién fue. Ofrezca que le atienda alguien del equipo del sexo que prefiera. Con niñas y niños muy pequeños, pregunte en privado a la persona cuidadora verificada. Si no quiere contestar, dígale con calma que puede contárselo a usted o al personal de salud cuando quiera, y que la atención sirve más en los primeros días.

q-sexual-violence-when = ¿Me puedes decir más o menos cuándo pasó? ¿Fue en estos últimos días o hace más tiempo?
q-sexual-violence-when-guidance = Solo necesita saber cuándo, no qué pasó. El tiempo importa para la atención de salud: la prevención del VIH debe empezar antes de 72 horas y la anticoncepción de emergencia antes de 120 horas (5 días); las dos funcionan mejor cuanto antes empiecen. «No sabe» lleva a la ruta urgente.
opt-sv-within-three-days = En los últimos 3 días (72 horas)
opt-sv-four-to-five-days = Hace 4 o 5 días (de 72 a 120 horas)
opt-sv-more-than-five-days = Hace más de 5 días

## Situación de la niña o el niño

q-travel-with = ¿Quién vino contigo en el viaje de regreso?
q-travel-with-guidance = El personal oficial, las escoltas, los choferes y otras personas retornadas no son personas cuidadoras. Un NNA separado está con otra persona adulta, no con su madre, padre o tutor legal. Un NNA no acompañado no tiene ninguna persona adulta responsable.
opt-travel-parent = Su madre, su padre o su tutor legal
opt-travel-relative = Otro familiar adulto (NNA separado)
opt-travel-other-adult = Una persona adulta que no es de la familia (NNA separado)
opt-travel-alone = Sin persona adulta responsable, o solo con otras niñas o niños (NNA no acompañado)

q-caregiver-verified = ¿Se ha verificado el vínculo de la persona adulta con la niña o el niño, con documentos o registros y con lo que cada uno dice por separado?
q-caregiver-verified-guidance = La SENAF hace o confirma la verificación. Fíjese también en cómo se comporta la niña o el niño con esa persona. Si los relatos no coinciden, faltan documentos o tiene cualquier duda, conteste que no.

## Bienestar

q-severe-signs = Observe: ¿la niña o el niño no logra calmarse, no responde o parece ausente, no sabe dónde está, o ve u oye cosas que otras personas no?
q-severe-signs-guidance = Primero ayúdele a calmarse: un lugar tranquilo, voz serena, respirar despacio juntos, nombrar cosas que pueden ver. Conteste que sí solo si las señales siguen después de eso. Si habla de querer morirse o de hacerse daño, marque esa opción.
opt-severe-talks-of-death = Habla de morirse o de hacerse daño

q-functioning = En estos días, ¿has podido comer, dormir y hacer tus cosas de siempre?
q-functioning-guidance = Con niñas y niños pequeños, pregunte a la persona cuidadora verificada, si la hay, y observe. Fíjese en lo que la niña o el niño puede hacer, no solo en cómo se siente: jugar, hablar, comer, descansar. Algo de dificultad es común justo después de un viaje difícil.
opt-functioning-mostly = Casi siempre sí
opt-functioning-some = Con algo de dificultad
opt-functioning-cannot = No puede, o casi nada

q-signs-count = Observe: ¿cuántas señales de malestar propias de su edad muestra la niña o el niño? Las señales están en la orientación.
q-signs-count-guidance = Hasta 6 años: apego excesivo a la persona cuidadora, volver a orinarse o chuparse el dedo, miedos nuevos, llanto, cambios en el sueño o la comida. De 7 a 12: aislamiento, miedo, irritabilidad, dolores de cabeza o de estómago, poca concentración, culparse. De 13 a 17: culpa o vergüenza, enojo, conductas de riesgo, alejarse de los demás, desesperanza. Cuente como varias si la persona cuidadora dice que no mejoran.
opt-signs-few = Ninguna o pocas, y la niña o el niño sigue con sus actividades
opt-signs-several = Varias, o la persona cuidadora dice que no mejoran

## Alertas

flag-interpreter-needed = Se necesita intérprete
flag-interpreter-needed-action = Busque un intérprete independiente en menos de 24 horas y repase con su ayuda las preguntas que la niña o el niño pudo no entender; nunca use a la persona adulta acompañante.
flag-unverified-adult = Persona adulta acompañante no verificada
flag-unverified-adult-action = No entregue a la niña o el niño a esta persona hasta que la SENAF haya verificado el vínculo.
flag-adult-behaviour-concern = Preocupación por la conducta de una persona adulta
flag-adult-behaviour-concern-action = Cuente a la SENAF lo que observó; la niña o el niño no sale con esa persona hasta que la SENAF lo haya revisado.
flag-separated-child = NNA separado de sus padres
flag-separated-child-action = Informe a la SENAF que la niña o el niño no está con su madre, su padre ni su tutor legal, para que confirme quién le cuidará y planifique el seguimiento.
flag-did-not-answer-sensitive = Pregunta delicada sin respuesta clara
flag-did-not-answer-sensitive-action = Respete la decisión de la niña o el niño y ofrézcale hablar en privado con la psicóloga o el psicólogo en menos de 24 horas; puede hablar de ello más adelante si lo desea.
flag-self-harm-concern = Posible riesgo de autolesión, no inmediato
flag-self-harm-concern-action = Pida a la psicóloga o el psicólogo que hable con la niña o el niño antes de que salga del centro, aunque esos pensamientos ya hayan pasado.
flag-sexual-violence-past = Violencia sexual hace más de 5 días
flag-sexual-violence-past-action = Organice una consulta de salud y apoyo psicológico en menos de 24 horas: la atención todavía ayuda, y lo que pasó no fue culpa de la niña o el niño.
flag-distress-severe = Malestar grave
flag-distress-severe-action = Organice una valoración por un profesional de salud mental en menos de 24 horas, y quédese con la niña o el niño hasta entregarle en persona.
flag-distress-moderate = Malestar moderado
flag-distress-moderate-action = Organice seguimiento psicosocial en menos de una semana y explique a quienes cuidan a la niña o el niño qué reacciones son comunes.

## Servicios (el equipo local debe confirmarlos, salvo el 911 y el 114)

svc-emergency-911 = Sistema Nacional de Emergencia 911
svc-emergency-911-desc = Emergencias de policía, ambulancia y bomberos, las 24 horas; también recibe denuncias de delitos contra la niñez.
svc-police-114 = Línea 114 de la Policía Nacional
svc-police-114-desc = Línea gratuita, anónima y de 24 horas para denunciar violencia doméstica y de género, por ejemplo cuando el peligro viene de un familiar.
svc-child-protection = SENAF, Secretaría de Niñez, Adolescencia y Familia (antes DINAF)
svc-child-protection-desc = Autoridad de protección de la niñez: medidas de protección, verificación del vínculo familiar, cuidado temporal y búsqueda de la familia.
svc-medical-onsite = Personal de salud del centro de recepción
svc-medical-onsite-desc = Primera revisión y atención médica en el mismo centro.
svc-health = SESAL, Secretaría de Salud (centro de salud u hospital)
svc-health-desc = Atención médica y de urgencias, incluida la atención después de violencia sexual: prevención del VIH, anticoncepción de emergencia y atención psicológica.
svc-mental-health = Servicio de salud mental de la SESAL
svc-mental-health-desc = Valoración y atención especializada para niñas, niños y adolescentes con malestar grave o riesgo suicida.
svc-psychologist-onsite = Psicóloga o psicólogo del centro de recepción
svc-psychologist-onsite-desc = Apoyo psicológico el mismo día, revisión del riesgo y traspaso en persona a los servicios de seguimiento.
svc-prosecutor-children = Ministerio Público, Fiscalía Especial de Protección a la Niñez (FEP-NIÑEZ)
svc-prosecutor-children-desc = Denuncias por delitos contra niñas, niños y adolescentes; la niña o el niño declara una sola vez, en cámara Gesell.
svc-family-links = Cruz Roja Hondureña, Restablecimiento del Contacto entre Familiares (RCF)
svc-family-links-desc = Llamadas gratuitas y apoyo para encontrar a familiares separados en la ruta.
svc-umar = UMAR, Unidad Municipal de Atención al Retornado (alcaldía)
svc-umar-desc = Seguimiento después del centro de recepción: escuela, documentos, apoyo a la familia y servicios municipales.
svc-community-programmes = Programas municipales de niñez, adolescencia y juventud (PMIAJ/COMVIDA)
svc-community-programmes-desc = Actividades comunitarias y espacios protectores para niñas, niños y adolescentes, como grupos de recuperación emocional.

## Rutas: acciones compartidas y límites

out-act-inform-and-finish = Informe ahora a la SENAF y, cuando la niña o el niño esté a salvo y estable, complete con la SENAF las preguntas pendientes.
out-act-if-worse = Diga a la familia adónde acudir si las reacciones empeoran o no mejoran en las próximas semanas.

stop-no-release-unverified = No entregue a la niña o el niño a ninguna persona adulta cuyo vínculo no haya verificado la SENAF.
stop-no-release-to-feared-adult = No entregue a la niña o el niño a la persona que le da miedo o que parece controlarle.
stop-no-story = No pida a la niña o el niño que cuente lo que pasó ni quién lo hizo.
stop-no-secret = No prometa guardar el secreto; explique quiénes necesitan saberlo para protegerle.
stop-not-alone = No deje a la niña o el niño sin compañía, ni por un momento, hasta que llegue la psicóloga o el psicólogo.
stop-no-leave-before-assessment = No permita que la niña o el niño salga del centro antes de que un profesional de salud mental le haya valorado.
stop-no-delay-care = No retrase la atención de salud por esperar a que se ponga una denuncia o a que lleguen documentos.
stop-no-leave-before-psychologist = No permita que la niña o el niño salga del centro antes de que le vea la psicóloga o el psicólogo.

## Ruta: emergencia médica

out-medical-emergency = Emergencia médica
out-medical-emergency-act-call = Llame ahora al personal de salud del centro; si no hay, o si la vida de la niña o el niño puede estar en riesgo, llame al 911.
out-medical-emergency-act-stay = Quédese con la niña o el niño en un lugar tranquilo y cómodo, lejos del ruido y de las miradas.
out-medical-emergency-act-explain = No pregunte qué pasó; explíquele con palabras sencillas lo que está pasando y quién le va a ayudar.
out-medical-emergency-act-escort = Si la niña o el niño va a un servicio de salud, que le acompañe una persona del equipo de su confianza.
out-medical-emergency-say = Te vamos a ayudar ahora mismo. Una persona que sabe de salud te va a revisar, y yo me quedo contigo.

## Ruta: peligro inmediato o persona adulta que controla

out-immediate-danger = Peligro inmediato, o una persona adulta que controla a la niña o el niño
out-immediate-danger-act-move = Lleve a la niña o el niño a un cuarto seguro, con personal de su confianza, donde la persona que preocupa no pueda verle ni oírle.
out-immediate-danger-act-no-confront = No confronte a esa persona; avise a la seguridad del centro y llame al 911 si alguien corre peligro.
out-immediate-danger-act-stay = Quédese con la niña o el niño hasta que llegue la SENAF, y explíquele con calma lo que está pasando.
out-immediate-danger-say = Ahora estás conmigo y te vamos a cuidar. No hiciste nada malo. Me quedo contigo hasta que lleguen las personas que nos van a ayudar.

## Ruta: riesgo de suicidio o autolesión

out-suicide-risk = Posible riesgo de suicidio o autolesión: valorar ahora
out-suicide-risk-act-psychologist = Llame ahora a la psicóloga o el psicólogo del centro; llame al 911 si la niña o el niño se hizo daño grave o si no puede mantenerle a salvo.
out-suicide-risk-act-means = Retire con discreción cualquier cosa con la que pueda hacerse daño, como cordones, objetos cortantes o medicamentos.
out-suicide-risk-act-listen = Escuche con calma y sin juzgar, y agradézcale que se lo haya contado.
out-suicide-risk-act-handover = Entregue a la niña o el niño en persona y cuente a la psicóloga o el psicólogo lo que dijo; una hoja de referencia no basta.
out-suicide-risk-say = Gracias por contármelo. No estás solo ni sola con esto. Me voy a quedar contigo y vamos a buscar a alguien que sabe ayudar con lo que sientes.

## Ruta: violencia sexual reciente

out-recent-sexual-violence = Violencia sexual reciente (hasta 5 días) o fecha desconocida
out-recent-sexual-violence-act-health-now = Lleve ahora a la niña o el niño a un servicio de salud, con una persona del equipo de su confianza: cuanto antes empiece la atención, mejor funciona.
out-recent-sexual-violence-act-timing = Diga al equipo de salud más o menos cuándo pasó: la prevención del VIH debe empezar antes de 72 horas y la anticoncepción de emergencia antes de 120 horas.
out-recent-sexual-violence-act-believe = Crea a la niña o el niño, dígale que no fue su culpa y no pida detalles.
out-recent-sexual-violence-act-assent = Ofrezca que le atienda alguien del sexo que prefiera, explique cada paso y pregúntele antes de hacer cualquier cosa.
out-recent-sexual-violence-act-protection = Informe ahora a la SENAF; junto con la Fiscalía, se asegura de que la niña o el niño tenga que contarlo una sola vez.
out-recent-sexual-violence-say = Gracias por confiar en mí. Lo que pasó no es tu culpa. Te vamos a llevar con personal de salud que puede cuidar tu cuerpo, y te voy a explicar cada paso.

## Ruta: NNA no acompañado o separado sin persona cuidadora verificada

out-unaccompanied-unverified = NNA no acompañado o separado, sin persona cuidadora verificada
out-unaccompanied-unverified-act-protection = Informe hoy a la SENAF que la niña o el niño no tiene una persona cuidadora verificada, antes de planificar cualquier entrega.
out-unaccompanied-unverified-act-needs = Asegúrese de que tenga comida, agua, un lugar para descansar y una persona del equipo a quien acudir.
out-unaccompanied-unverified-act-contact = Con el acuerdo de la SENAF, ayúdele a comunicarse de forma segura con su familia, por el teléfono del centro o por medio de la Cruz Roja.
out-unaccompanied-unverified-act-siblings = Mantenga juntos a los hermanos y explíquele qué va a pasar después y cuánto tiempo puede tardar, más o menos.
out-unaccompanied-unverified-say = No estás en problemas. Mientras buscamos a tu familia, aquí te van a cuidar. Te voy a contar lo que va a pasar después.

## Ruta: malestar grave

out-severe-distress = Malestar psicosocial grave
out-severe-distress-act-calm = Quédese con la niña o el niño, hable despacio y ayúdele a calmarse: respiren juntos y nombren cosas que los dos pueden ver.
out-severe-distress-act-needs = Atienda primero lo básico: agua, comida, descanso, un lugar tranquilo y una persona conocida cerca.
out-severe-distress-act-refer = Pida a la psicóloga o el psicólogo que vea hoy a la niña o el niño, y organice una valoración por un profesional de salud mental en menos de 24 horas.
out-severe-distress-act-caregiver = Explique a la persona cuidadora qué está pasando y cómo puede apoyar a la niña o el niño, y haga el traspaso en persona.
out-severe-distress-act-watch = Si la niña o el niño habla de morirse o de hacerse daño, siga de inmediato la ruta de riesgo de suicidio o autolesión.
out-severe-distress-say = Lo que sientes es muy fuerte, y tiene sentido después de todo lo que has vivido. No estás solo ni sola. Pronto te va a ver una persona que sabe ayudar con esto.

## Ruta: malestar moderado

out-moderate-distress = Malestar psicosocial moderado
out-moderate-distress-act-normalise = Escuche sin presionar y explique que estas reacciones son comunes después de un viaje difícil y que suelen mejorar con apoyo.
out-moderate-distress-act-calming = Enséñele una forma sencilla de calmarse, como respirar despacio juntos.
out-moderate-distress-act-caregiver = Anime a la persona cuidadora a mantener rutinas, dar más tiempo y paciencia, y no castigar los retrocesos, como volver a orinarse en la cama.
out-moderate-distress-act-follow-up = Organice seguimiento psicosocial en menos de una semana y comparta solo lo necesario, con el asentimiento de la niña o el niño.
out-moderate-distress-say = Muchas niñas y niños se sienten así después de un viaje difícil. Eso puede mejorar, y hay personas que te pueden acompañar mientras tanto.

## Ruta: reacciones esperables o malestar leve

out-expected-reactions = Reacciones esperables o malestar leve
out-expected-reactions-act-normalise = Explique a la niña o el niño y a la persona cuidadora que estas reacciones son normales después de un viaje difícil y que suelen pasar con tiempo y apoyo.
out-expected-reactions-act-needs = Revise que lo básico esté cubierto: comida, agua, descanso, higiene y, si hace falta, una llamada a la familia.
out-expected-reactions-act-tips = Dé consejos sencillos a la persona cuidadora: mantener rutinas, pasar tiempo juntos, responder las preguntas con palabras simples y tener paciencia.
out-expected-reactions-act-umar = Dé a la familia el contacto de la UMAR de su municipio para la escuela y el seguimiento.
out-expected-reactions-say = Es normal sentirse así después de todo lo que pasaste. Poco a poco, con tu familia, te vas a sentir mejor. Si algo te preocupa, siempre puedes pedir ayuda.
