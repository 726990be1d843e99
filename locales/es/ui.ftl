# Textos de la interfaz de ruta (no de la guía). Se dirigen a la persona que entrevista: usted.

ui-language-name = Español
ui-step = Paso { $number }
ui-guidance = Para usted
ui-continue = Continuar
ui-keys-question = ↑↓ Enter elegir · ⌫ atrás · r revisar · a nota · l { $language } · ? ayuda · q salir
ui-keys-info = Enter continuar · ⌫ atrás · r revisar · a nota · l { $language } · ? ayuda · q salir
ui-keys-outcome = c consentimiento · e exportar · x cerrar · r revisar · l { $language } · q salir
ui-keys-confirm = s sí, salir · n no, seguir
ui-too-small =
    La ventana es muy pequeña ({ $width }×{ $height }).
    Agrándela a por lo menos { $min_width }×{ $min_height } para seguir. Las respuestas no se pierden.
ui-quit-question = ¿Desea salir de la entrevista? Todas las respuestas están guardadas; queda abierta para continuar después, hasta que la cierre (x).
ui-pathway = Ruta recomendada
ui-urgency = Urgencia
ui-urgency-immediate = INMEDIATA: ahora mismo
ui-urgency-within-24h = EN MENOS DE 24 HORAS
ui-urgency-within-week = EN MENOS DE UNA SEMANA
ui-urgency-routine = DE RUTINA
ui-iasc-layer = Nivel IASC { $layer }
ui-primary = Remitir primero a
ui-secondary = Remitir también a
ui-actions = Qué hacer ahora
ui-say-to-child = Qué decirle a la niña, niño o adolescente
ui-hard-stops = Lo que nunca debe hacer
ui-why = Por qué esta ruta
ui-flags = Señales
ui-unconfirmed = dato por confirmar con el equipo local
ui-phone = tel. { $phone }
ui-formerly = antes { $name }
ui-no-provider = sin entrada en el directorio para { $place }
ui-graph-otherwise = si no

# Revisar, anotar, consentimiento y nota de remisión.
ui-keys-note = Escriba la nota · ← → mover · Enter guardar · Esc cancelar
ui-keys-list = ↑↓ elegir · Enter aceptar · l { $language } · Esc cerrar
ui-keys-help = ↑↓ RePág AvPág desplazar · otra tecla cierra
ui-keys-checklist = ↑↓ Espacio marcar · Enter confirmar · ⌫ atrás · r revisar · a nota · l { $language } · ? ayuda · q salir
ui-checklist-mark-first = No hay nada marcado: marque lo que corresponda con Espacio (o la opción «ninguna») y luego Enter.
ui-plain-checklist = (Marque todo lo que corresponda: escriba cada número que aplique, por ejemplo 1 3, y luego Enter.)
ui-plain-one-number = Esta pregunta lleva una sola respuesta: escriba un solo número.
ui-plain-marked-alone = La opción { $detail } se marca sola, no junto con otras opciones.
ui-keys-change = Enter mantener y seguir · otra opción la cambia · ⌫ atrás · r revisar
ui-help-title = Ayuda
ui-help =
    ↑ ↓ (o k j): moverse entre las opciones; en una ruta, desplazar el texto.
    Enter o el número de la opción: responder.
    En una lista para marcar («marque todo lo que corresponda»): Espacio o el número marca o desmarca una opción; Enter confirma lo marcado.
    ⌫ (retroceso): volver un paso; la respuesta dada ahí se conserva y queda resaltada: Enter la mantiene, otra opción la cambia.
    r: la vista general: todas las respuestas por sección, abrir cualquiera para cambiarla, y las respuestas apartadas.
    RePág AvPág Inicio Fin: avanzar una página, o ir al principio o al final, en cualquier texto o lista larga.
    p: elegir o cambiar el lugar cuyas instituciones nombran las remisiones.
    a: anotar algo breve sobre esta pregunta (sin nombres).
    g: mostrar u ocultar la orientación para usted.
    l: cambiar de idioma sin perder el lugar.
    Enter en una ruta inmediata: ya actuó; la evaluación continúa.
    c y e (en la ruta): registrar el consentimiento y exportar la nota de remisión.
    x: cerrar la entrevista (traslado para atención urgente, caso asumido por la autoridad de protección, o terminada).
    v y d (en un ensayo): ver la viñeta; volver a la primera diferencia.
    q: salir; la entrevista queda guardada y se continúa con «ruta resume CÓDIGO».
ui-review-title = Respuestas dadas
ui-note-title-edit = Nota sobre esta pregunta
ui-note-reminder = No escriba nombres ni datos que identifiquen a la niña, niño o adolescente ni a su familia.
ui-note-saved = Nota guardada.
ui-notes = Notas
ui-consent-question = ¿La niña, niño o adolescente (y la persona cuidadora verificada, si está presente) aceptó la remisión?
ui-consent-agreed = Sí, aceptó la remisión
ui-consent-danger = No aceptó; se remite de todos modos por peligro inmediato
ui-consent-legal = No aceptó; se remite de todos modos por la obligación legal de protección
ui-consent-declined = No aceptó; no se remite
ui-consent-not-recorded = sin registrar todavía
ui-save-failed = ¡No se pudo guardar! { $detail }
ui-not-saved-banner = NO SE GUARDA: las respuestas no se están guardando. { $detail }
ui-goodbye-not-saved = La entrevista { $code } NO se guardó: { $detail }
ui-note-exported = Nota de remisión guardada: { $detail }
ui-goodbye-finished = Entrevista { $code } terminada y guardada.
ui-goodbye-saved = Entrevista { $code } guardada. Para continuarla: ruta resume { $code }
ui-note-title = Nota de remisión
ui-note-case = Código de caso
ui-note-date = Fecha y hora
ui-note-guide = Guía
ui-note-location = Lugar
ui-note-consent = Consentimiento para la remisión
ui-note-footer = Generada con ruta. Apoya el criterio profesional; no lo reemplaza. No contiene nombres.

# Modo de líneas (--plain).
ui-plain-continue = (Enter para continuar)
ui-plain-unknown = No entendí. Escriba un número o una palabra: ayuda las muestra.
ui-plain-review = Escriba el número de una respuesta para abrirla y cambiarla, o Enter para cerrar.
# Ensayo de casos (formación).
ui-keys-vignette = ↑↓ RePág AvPág desplazar · otra tecla cierra (v la abre de nuevo)
ui-keys-picker = ↑↓ elegir · Enter ensayar · l { $language } · q salir
ui-keys-feedback = d volver a la diferencia · v viñeta · e informe · ↑↓ ver · q salir
ui-rehearse-pick = Casos para ensayar
ui-rehearse-steps = { $count } pasos
ui-rehearse-case = Caso
ui-rehearse-expected = respuesta esperada
ui-rehearse-matched = Llegó a la ruta esperada.
ui-rehearse-diverged = Su resultado no es el esperado. Vea dónde se separó y por qué.
ui-rehearse-expected-pathway = Ruta esperada
ui-rehearse-your-pathway = Su ruta
ui-rehearse-score = Puntaje
ui-rehearse-steps-matching = Respuestas como las del caso: { $matching } de { $total }
ui-rehearse-urgency-matched = Misma urgencia
ui-rehearse-primary-matched = Mismas remisiones principales
ui-rehearse-divergence = Primera diferencia
ui-rehearse-you-answered = Usted respondió
ui-rehearse-case-answer = El caso esperaba
ui-rehearse-missed-flags = Señales de alerta del caso que no se registraron
ui-debrief-title = Informe del ensayo
# ruta add-case: los textos con que empieza un caso nuevo en locales/<idioma>/cases.ftl, hasta que
# su autor los redacte.
ui-new-case-title = Caso por escribir ({ $id })
ui-new-case-summary = Resumen por escribir.
ui-new-case-vignette = Viñeta por escribir: quién llega, cómo, con quién, qué dice y cómo se ve.
ui-yes = sí
ui-no = no

# Lugar de la entrevista.
ui-location-title = Lugar
ui-location-question = ¿Dónde se hace la entrevista? Las remisiones nombrarán las instituciones de ese lugar.
ui-location-none = Ninguno: nombrar solo el tipo de servicio

# The interview model: interruptions, changes kept aside, closing.
ui-pathways = Rutas encontradas
ui-decided-by = Qué la decidió
ui-report-screening-open = La evaluación no ha terminado: estas son las rutas encontradas hasta ahora.
ui-interruption = Actúe ahora
ui-interruption-then = Cuando la niña, niño o adolescente esté a salvo y estable, continúe la evaluación (Enter): las preguntas que faltan pueden encontrar otras necesidades. Toda necesidad encontrada queda en el resultado.
ui-keys-interruption = ↑↓ ver · Enter ya actué, seguir · x cerrar · ⌫ atrás · l { $language } · q salir
ui-keys-interruption-rehearsal = ↑↓ ver · Enter ya actué, seguir · ⌫ atrás · v viñeta · l { $language } · q salir
ui-immediate-open = Inmediata
ui-kept-answer = respuesta actual
ui-change-title = ¿Cambiar la respuesta?
ui-change-leaving = Con esta respuesta estas preguntas salen del camino:
ui-change-kept-aside = Sus respuestas se apartan, no se borran, y vuelven si el camino regresa a ellas.
ui-change-confirm = Cambiar la respuesta
ui-change-keep = Mantenerla
ui-close-title = Cerrar la entrevista
ui-close-question = ¿Por qué se cierra la entrevista?
ui-close-completed = Terminada: la evaluación llegó a su resultado
ui-close-taken-for-care = Se trasladó a la niña, niño o adolescente para atención urgente antes del final
ui-close-handed-over = La autoridad de protección de la niñez asumió el caso antes del final
ui-consent-set-aside = El resultado cambió: el consentimiento registrado para el resultado anterior queda apartado. Regístrelo de nuevo (c).
ui-off-path = Fuera del camino actual (se conservan)
ui-note-superseded = REEMPLAZADA: una nota de remisión más reciente sustituye a esta ({ $files }).
ui-state-in-progress = en curso
ui-state-result = con resultado
ui-state-closed = cerrada
ui-plain-interruption = (Enter: ya actué, seguir · cerrar: cerrar la entrevista)
ui-location-none-short = sin lugar elegido
ui-keys-review = ↑↓ RePág AvPág mover · Enter abrir para cambiar · l { $language } · Esc cerrar
ui-plain-help =
    Escriba el número de una opción (o de un lugar, un motivo, una respuesta) y Enter.
    1 3 5: en una lista para marcar, todos los números que correspondan.
    Enter solo: continuar (o mantener la respuesta mostrada y seguir).
    atrás: un paso atrás; la respuesta de ese paso se conserva, y otro número la cambia.
    revisar: todas las respuestas por sección; revisar N abre la respuesta N.
    ver: mostrar otra vez esta pantalla.
    nota TEXTO: la nota de esta pregunta (sin nombres); nota: leerla; nota -: borrarla.
    orientación sí / orientación no: la orientación para usted bajo cada pregunta.
    idioma: el otro idioma. lugar: elegir o cambiar el lugar (lugar N).
    consentimiento N, exportar, cerrar N: en el resultado. salir: salir (la entrevista queda abierta).
ui-plain-nothing = No cambió nada.
ui-plain-at-start = Este es el primer paso; no hay nada antes.
ui-plain-no-answers = Todavía no hay respuestas.
ui-plain-result-only = Eso se hace en el resultado, al final de la evaluación.
ui-plain-close-where = Una entrevista se cierra en el resultado o en una ruta inmediata.
ui-plain-no-places = Esta guía no tiene lugares para elegir.
ui-plain-guidance-on = La orientación se muestra bajo cada pregunta.
ui-plain-guidance-off = La orientación está oculta (orientación sí la muestra de nuevo).
ui-plain-nothing-to-choose = Aquí no hay nada que elegir por número.
ui-plain-no-such-number = No hay número { $number }: elija del 1 al { $count }.
ui-consent-recorded = Consentimiento registrado: { $detail }
ui-plain-no-note = Esta pregunta no tiene nota.
ui-plain-note-is = Nota: { $detail }
ui-note-too-long = La nota pasa de { $detail } caracteres y no se guardó: escriba solo los hechos.
ui-plain-note-deleted = Nota borrada.
ui-plain-note-saved = Nota guardada. Recuerde: sin nombres, nada que identifique a la niña, niño o adolescente ni a su familia.
ui-plain-revisiting = un paso anterior: Enter mantiene la respuesta, otro número la cambia
ui-plain-at-result = (consentimiento N · exportar · cerrar N · revisar · ver · salir)
ui-leave-missing-consent = El consentimiento para la remisión no está registrado para este resultado.
ui-leave-missing-export = No se ha exportado una nota de remisión para este resultado.
ui-leave-record-consent = Registrar ahora el consentimiento
ui-leave-export = Exportar ahora la nota de remisión
ui-leave-leave = Salir (la entrevista queda abierta)
ui-leave-stay = Quedarse
ui-export-title = Nota de remisión
ui-export-question = ¿En qué idioma se escribe la nota de remisión?
ui-note-full = la nota está llena: escriba solo los hechos
ui-note-discard-question = ¿Descartar lo que escribió en esta nota?
ui-note-discard = Descartar los cambios
ui-note-keep-writing = Seguir escribiendo
ui-debrief-exported = Informe del ensayo guardado: { $detail }
ui-notice-dismiss = Esc quitar
ui-rehearsal-marker = ENSAYO
