# Directorio de referencia: lugares y nombres de las instituciones (guide/directory.yaml).
# Los nombres oficiales van en español en ambos idiomas.

## Lugares

loc-hn = Honduras
loc-hn-san-pedro-sula = San Pedro Sula
loc-hn-el-progreso = El Progreso
loc-hn-catacamas = Catacamas
loc-sv = El Salvador
loc-gt = Guatemala

## Honduras, nivel nacional

dir-hn-911 = Sistema Nacional de Emergencia 911
dir-hn-911-note = Emergencias policiales, médicas y de bomberos; también recibe denuncias de delitos contra niñas, niños y adolescentes.

dir-hn-114 = Línea 114 de la Policía Nacional
dir-hn-114-note = Para denunciar violencia doméstica: gratuita, anónima y disponible las 24 horas.

dir-hn-senaf = SENAF – Secretaría de Niñez, Adolescencia y Familia
dir-hn-senaf-formerly = DINAF – Dirección de Niñez, Adolescencia y Familia
dir-hn-senaf-note = Dicta medidas de protección para NNA no acompañados o en riesgo; sus Oficiales de Protección a la Infancia (OPI) reciben a los NNA retornados.

dir-hn-sesal-health = Secretaría de Estado en el Despacho de Salud (SESAL)
dir-hn-sesal-health-note = Atención médica y de urgencias; aplica el protocolo de atención a víctimas y sobrevivientes de violencia sexual (PT47:2022).

dir-hn-sesal-mental = Secretaría de Estado en el Despacho de Salud (SESAL)
dir-hn-sesal-mental-note = Servicios de salud mental de la red pública; pregunte qué establecimiento de su zona atiende a NNA.

dir-hn-mp-fep = Ministerio Público – Fiscalía Especial de Protección a la Niñez (FEP-NIÑEZ)
dir-hn-mp-fep-note = Recibe denuncias de delitos contra NNA; la niña o el niño declara una sola vez, en cámara Gesell.

dir-hn-mp-maie = Ministerio Público – Módulo de Atención Integral Especializado (MAIE)
dir-hn-mp-maie-note = Fiscalía y medicina forense para víctimas de abuso sexual, en Tegucigalpa.

dir-hn-mp-trata = Ministerio Público – Unidad contra la Trata, Explotación Sexual Comercial y Tráfico de Personas (UTESCTP)
dir-hn-mp-trata-note = Investiga casos de trata de personas y de tráfico ilícito de migrantes.

dir-hn-cicesct = Comisión Interinstitucional contra la Explotación Sexual Comercial y Trata de Personas (CICESCT)

dir-hn-crh-rcf = Cruz Roja Hondureña – Restablecimiento del Contacto entre Familiares (RCF)
dir-hn-crh-rcf-note = Llamadas gratuitas para comunicarse con la familia y puntos de servicio humanitario.

dir-hn-cicr = Comité Internacional de la Cruz Roja (CICR)
dir-hn-cicr-note = Apoya a las familias de personas migrantes desaparecidas.

dir-hn-sedh-dippdiv = Secretaría de Estado en el Despacho de Derechos Humanos (SEDH) – Dirección para la Protección de Personas Desplazadas Internamente por Violencia (DIPPDIV)
dir-hn-sedh-dippdiv-note = Atiende a personas desplazadas y a personas retornadas con necesidades de protección; albergue temporal y reubicación mediante su Mecanismo de Asistencia Humanitaria de Emergencia (MAHE).

dir-hn-acnur = ACNUR – Alto Comisionado de las Naciones Unidas para los Refugiados
dir-hn-acnur-note = Identifica y remite a personas retornadas con necesidades de protección; apoya a la SEDH.

dir-hn-conadeh = Comisionado Nacional de los Derechos Humanos (CONADEH)
dir-hn-conadeh-note = Recibe quejas, remite casos y da seguimiento a personas retornadas en riesgo, por medio de su Defensoría de Movilidad Humana.

dir-hn-dgphm = Secretaría de Relaciones Exteriores y Cooperación Internacional (SRECI) – Dirección General de Protección al Hondureño Migrante (DGPHM)
dir-hn-dgphm-note = Protección consular y contacto con la familia que vive en el extranjero.

dir-hn-rnp = Registro Nacional de las Personas (RNP)
dir-hn-rnp-note = Documentos de identidad; también inscribe a NNA que no tienen nombre registrado.

dir-hn-educacion = Secretaría de Educación
dir-hn-educacion-note = La reinserción escolar puede gestionarse por medio de la UMAR del municipio.

dir-hn-juzgados-ninez = Juzgados de la Niñez
dir-hn-juzgados-ninez-note = Dictan medidas judiciales de protección.

dir-hn-umar = Unidad Municipal de Atención al Retornado (UMAR) del municipio de destino
dir-hn-umar-note = Da seguimiento a la reintegración escolar, laboral y social; no todos los municipios tienen UMAR, consulte en la alcaldía.

dir-hn-pmiaj = Programas municipales de infancia, adolescencia y juventud (PMIAJ / COMVIDA)
dir-hn-pmiaj-note = Actividades comunitarias y de recuperación emocional para NNA, a cargo de la alcaldía.

## San Pedro Sula

dir-hn-sps-umar = Unidad Municipal de Atención al Retornado (UMAR) de San Pedro Sula
dir-hn-sps-umar-note = Seguimiento después del centro de recepción: escuela, trabajo, documentos y acceso a servicios.

dir-hn-sps-mujer-ninez = Alcaldía de San Pedro Sula – Dirección de la Mujer, Niñez y Familia
dir-hn-sps-mujer-ninez-note = Coordina la mesa municipal de protección integral de la niñez.

dir-hn-sps-camr-medical = Centro de Atención al Migrante Retornado – San Pedro Sula (CAMR-SPS)
dir-hn-sps-camr-medical-note = Personal de salud del centro que recibe los retornos aéreos, junto al aeropuerto Ramón Villeda Morales.

dir-hn-sps-camr-psych = Centro de Atención al Migrante Retornado – San Pedro Sula (CAMR-SPS)
dir-hn-sps-camr-psych-note = Atención psicológica en el centro que recibe los retornos aéreos.

dir-hn-sps-belen-medical = Centro de Atención para la Niñez y Familias Migrantes Belén (CANFM-Belén)
dir-hn-sps-belen-medical-note = Atención médica a NNA no acompañados y unidades familiares durante la estancia de tránsito, de hasta 72 horas.

dir-hn-sps-belen-psych = Centro de Atención para la Niñez y Familias Migrantes Belén (CANFM-Belén)
dir-hn-sps-belen-psych-note = Atención psicológica durante la estancia de tránsito en el centro.

## El Progreso

dir-hn-el-progreso-alcaldia = Alcaldía Municipal de El Progreso
dir-hn-el-progreso-alcaldia-note = Pregunte qué oficina municipal da seguimiento a NNA retornados.

## Catacamas

dir-hn-catacamas-umar = Unidad Municipal de Atención al Retornado (UMAR) de Catacamas
dir-hn-catacamas-umar-note = Seguimiento después del centro de recepción: escuela, trabajo, documentos y acceso a servicios.

## El Salvador

dir-sv-conapina = Consejo Nacional de la Primera Infancia, Niñez y Adolescencia (CONAPINA)
dir-sv-conapina-formerly = CONNA e ISNA
dir-sv-conapina-note = Tiene una oficina en el aeropuerto internacional para atender a NNA retornados.

dir-sv-minsal-health = Ministerio de Salud (MINSAL)

dir-sv-minsal-mental = Ministerio de Salud (MINSAL)
dir-sv-minsal-mental-note = Servicios de salud mental de la red pública; pregunte qué establecimiento de su zona atiende a NNA.

dir-sv-pnc = Policía Nacional Civil (PNC)
dir-sv-pnc-note = Emergencias y denuncia de delitos.

dir-sv-dgme = Dirección General de Migración y Extranjería (DGME) – Dirección de Atención al Migrante (DAMI)
dir-sv-dgme-note = Identifica y remite a personas retornadas con necesidades de protección, con un módulo elaborado junto con el ACNUR.

dir-sv-dav = Dirección de Atención a Víctimas (DAV)
dir-sv-dav-note = Atención legal, psicológica y humanitaria a personas retornadas con necesidades de protección.

dir-sv-acnur = ACNUR – Alto Comisionado de las Naciones Unidas para los Refugiados
dir-sv-acnur-note = Trabaja con la DGME en la identificación y remisión de personas retornadas con necesidades de protección.

dir-sv-pddh = Procuraduría para la Defensa de los Derechos Humanos (PDDH)

## Guatemala

dir-gt-pgn = Procuraduría General de la Nación (PGN) – Procuraduría de la Niñez y la Adolescencia (PNA)
dir-gt-pgn-note = Busca un recurso familiar idóneo para el cuidado de la niña o el niño y pide medidas de protección a un Juzgado de la Niñez.

dir-gt-sbs = Secretaría de Bienestar Social de la Presidencia de la República (SBS)
dir-gt-sbs-note = Acoge a NNA no acompañados retornados en Casa Nuestras Raíces, en Ciudad de Guatemala y en Quetzaltenango.

dir-gt-sbs-cnr-medical = Casa Nuestras Raíces Guatemala y Casa Nuestras Raíces Quetzaltenango (SBS)
dir-gt-sbs-cnr-medical-note = Atención médica en el albergue, con apoyo de la Cruz Roja Guatemalteca.

dir-gt-sbs-cnr-psych = Casa Nuestras Raíces Guatemala y Casa Nuestras Raíces Quetzaltenango (SBS)
dir-gt-sbs-cnr-psych-note = Apoyo emocional y talleres psicosociales en el albergue.

dir-gt-minex = Ministerio de Relaciones Exteriores (MINEX)
dir-gt-minex-note = Gestión consular de los retornos.

dir-gt-juzgados-ninez = Juzgados de la Niñez
dir-gt-juzgados-ninez-note = Dictan medidas de protección a solicitud de la PGN.
