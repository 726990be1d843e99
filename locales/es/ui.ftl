# Textos de la interfaz de ruta (no de la guía). Se dirigen a la persona que entrevista: usted.

ui-language-name = Español
ui-step = Paso { $number }
ui-guidance = Para usted
ui-continue = Continuar
ui-keys-question = ↑↓ elegir · Enter responder · 1–9 opción · ⌫ atrás · l { $language } · q salir
ui-keys-info = Enter continuar · ⌫ atrás · l { $language } · q salir
ui-keys-outcome = ↑↓ desplazar · ⌫ atrás · l { $language } · q salir
ui-keys-confirm = s sí, salir · n no, seguir
ui-too-small =
    La ventana es muy pequeña ({ $width }×{ $height }).
    Agrándela a por lo menos { $min_width }×{ $min_height } para seguir. Las respuestas no se pierden.
ui-quit-question = ¿Desea salir de la entrevista? Las respuestas de esta entrevista no se guardan. (s = sí, n = no)

ui-pathway = Ruta recomendada
ui-urgency = Urgencia
ui-urgency-immediate = INMEDIATA: ahora mismo
ui-urgency-within-24h = EN 24 HORAS
ui-urgency-within-week = EN UNA SEMANA
ui-urgency-routine = DE RUTINA
ui-iasc-layer = Nivel IASC { $layer }
ui-primary = Remitir primero a
ui-secondary = Remitir también a
ui-actions = Qué hacer ahora
ui-say-to-child = Qué decirle a la niña o al niño
ui-hard-stops = No lo permita
ui-why = Por qué esta ruta
ui-flags = Señales
ui-unconfirmed = dato por confirmar con el equipo local
ui-phone = tel. { $phone }
ui-formerly = antes { $name }
ui-no-provider = sin entrada en el directorio para { $place }
ui-graph-otherwise = si no
