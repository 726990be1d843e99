# Referral directory: places and institution names (guide/directory.yaml).
# Official names stay in Spanish; a short English gloss follows in parentheses.

## Places

loc-hn = Honduras
loc-hn-san-pedro-sula = San Pedro Sula
loc-hn-el-progreso = El Progreso
loc-hn-catacamas = Catacamas
loc-sv = El Salvador
loc-gt = Guatemala

## Honduras, national

dir-hn-911 = Sistema Nacional de Emergencia 911 (National Emergency System)
dir-hn-911-note = Police, medical and fire emergencies; also takes reports of crimes against children.

dir-hn-114 = Línea 114 de la Policía Nacional (National Police domestic violence line)
dir-hn-114-note = For reporting domestic violence: free, anonymous and open 24 hours a day.

dir-hn-senaf = SENAF – Secretaría de Niñez, Adolescencia y Familia (child protection secretariat)
dir-hn-senaf-formerly = DINAF – Dirección de Niñez, Adolescencia y Familia
dir-hn-senaf-note = Takes protection measures for unaccompanied or at-risk children; its child protection officers (Oficiales de Protección a la Infancia, OPI) receive returned children.

dir-hn-sesal-health = Secretaría de Estado en el Despacho de Salud (SESAL, Ministry of Health)
dir-hn-sesal-health-note = Medical and emergency care; applies the national protocol for victims and survivors of sexual violence (PT47:2022).

dir-hn-sesal-mental = Secretaría de Estado en el Despacho de Salud (SESAL, Ministry of Health)
dir-hn-sesal-mental-note = Public mental-health services; ask which facility in your area sees children.

dir-hn-mp-fep = Ministerio Público – Fiscalía Especial de Protección a la Niñez (FEP-NIÑEZ, special prosecutor for child protection)
dir-hn-mp-fep-note = Takes complaints of crimes against children; the child gives a single statement, in a Gesell chamber.

dir-hn-mp-maie = Ministerio Público – Módulo de Atención Integral Especializado (MAIE, specialised care unit of the prosecutor's office)
dir-hn-mp-maie-note = Prosecutors and forensic medicine for victims of sexual abuse, in Tegucigalpa.

dir-hn-mp-trata = Ministerio Público – Unidad contra la Trata, Explotación Sexual Comercial y Tráfico de Personas (UTESCTP, anti-trafficking unit)
dir-hn-mp-trata-note = Investigates cases of human trafficking and migrant smuggling.

dir-hn-cicesct = Comisión Interinstitucional contra la Explotación Sexual Comercial y Trata de Personas (CICESCT, inter-agency anti-trafficking commission)

dir-hn-crh-rcf = Cruz Roja Hondureña – Restablecimiento del Contacto entre Familiares (RCF, Honduran Red Cross, Restoring Family Links)
dir-hn-crh-rcf-note = Free calls to reach family, and humanitarian service points.

dir-hn-cicr = Comité Internacional de la Cruz Roja (CICR, International Committee of the Red Cross)
dir-hn-cicr-note = Supports the families of missing migrants.

dir-hn-sedh-dippdiv = Secretaría de Estado en el Despacho de Derechos Humanos (SEDH) – Dirección para la Protección de Personas Desplazadas Internamente por Violencia (DIPPDIV, directorate for people displaced by violence)
dir-hn-sedh-dippdiv-note = Serves displaced people and returnees with protection needs; temporary shelter and relocation through its emergency humanitarian assistance mechanism (MAHE).

dir-hn-acnur = ACNUR – Alto Comisionado de las Naciones Unidas para los Refugiados (UNHCR)
dir-hn-acnur-note = Identifies and refers returnees with protection needs; supports SEDH.

dir-hn-conadeh = Comisionado Nacional de los Derechos Humanos (CONADEH, national human rights ombudsman)
dir-hn-conadeh-note = Takes complaints, refers cases and follows up returnees at risk, through its human mobility office (Defensoría de Movilidad Humana).

dir-hn-dgphm = Secretaría de Relaciones Exteriores y Cooperación Internacional (SRECI) – Dirección General de Protección al Hondureño Migrante (DGPHM, Foreign Ministry directorate for the protection of Honduran migrants)
dir-hn-dgphm-note = Consular protection and contact with family living abroad.

dir-hn-rnp = Registro Nacional de las Personas (RNP, national civil registry)
dir-hn-rnp-note = Identity documents; also registers children who have no registered name.

dir-hn-educacion = Secretaría de Educación (Ministry of Education)
dir-hn-educacion-note = School re-entry can be arranged through the municipal returnee unit (UMAR).

dir-hn-juzgados-ninez = Juzgados de la Niñez (children's courts)
dir-hn-juzgados-ninez-note = Order judicial protection measures.

dir-hn-umar = Unidad Municipal de Atención al Retornado (UMAR, municipal returnee unit) of the municipality where the child will live
dir-hn-umar-note = Follows up school, work and social reintegration; not every municipality has a UMAR, so ask at the town hall.

dir-hn-pmiaj = Programas municipales de infancia, adolescencia y juventud (PMIAJ / COMVIDA, municipal childhood and youth programmes)
dir-hn-pmiaj-note = Community and emotional-recovery activities for children, run by the town hall.

## San Pedro Sula

dir-hn-sps-umar = Unidad Municipal de Atención al Retornado (UMAR) de San Pedro Sula (municipal returnee unit)
dir-hn-sps-umar-note = Follow-up after the reception centre: school, work, documents and access to services.

dir-hn-sps-mujer-ninez = Alcaldía de San Pedro Sula – Dirección de la Mujer, Niñez y Familia (municipal directorate for women, children and families)
dir-hn-sps-mujer-ninez-note = Coordinates the municipal working group on comprehensive child protection.

dir-hn-sps-camr-medical = Centro de Atención al Migrante Retornado – San Pedro Sula (CAMR-SPS, reception centre for returned migrants)
dir-hn-sps-camr-medical-note = Health staff at the centre that receives air returns, next to Ramón Villeda Morales airport.

dir-hn-sps-camr-psych = Centro de Atención al Migrante Retornado – San Pedro Sula (CAMR-SPS, reception centre for returned migrants)
dir-hn-sps-camr-psych-note = Psychological care at the centre that receives air returns.

dir-hn-sps-belen-medical = Centro de Atención para la Niñez y Familias Migrantes Belén (CANFM-Belén, reception centre for migrant children and families)
dir-hn-sps-belen-medical-note = Medical care for unaccompanied children and family units during the transit stay of up to 72 hours.

dir-hn-sps-belen-psych = Centro de Atención para la Niñez y Familias Migrantes Belén (CANFM-Belén, reception centre for migrant children and families)
dir-hn-sps-belen-psych-note = Psychological care during the transit stay at the centre.

## El Progreso

dir-hn-el-progreso-alcaldia = Alcaldía Municipal de El Progreso (town hall)
dir-hn-el-progreso-alcaldia-note = Ask which municipal office follows up returned children.

## Catacamas

dir-hn-catacamas-umar = Unidad Municipal de Atención al Retornado (UMAR) de Catacamas (municipal returnee unit)
dir-hn-catacamas-umar-note = Follow-up after the reception centre: school, work, documents and access to services.

## El Salvador

dir-sv-conapina = Consejo Nacional de la Primera Infancia, Niñez y Adolescencia (CONAPINA, national council for children)
dir-sv-conapina-formerly = CONNA and ISNA
dir-sv-conapina-note = Has an office at the international airport for returned children.

dir-sv-minsal-health = Ministerio de Salud (MINSAL, Ministry of Health)

dir-sv-minsal-mental = Ministerio de Salud (MINSAL, Ministry of Health)
dir-sv-minsal-mental-note = Public mental-health services; ask which facility in your area sees children.

dir-sv-pnc = Policía Nacional Civil (PNC, national civil police)
dir-sv-pnc-note = Emergencies and crime reports.

dir-sv-dgme = Dirección General de Migración y Extranjería (DGME) – Dirección de Atención al Migrante (DAMI, migration authority, migrant care directorate)
dir-sv-dgme-note = Identifies and refers returnees with protection needs, using a module developed with UNHCR.

dir-sv-dav = Dirección de Atención a Víctimas (DAV, victim care directorate)
dir-sv-dav-note = Legal, psychological and humanitarian care for returnees with protection needs.

dir-sv-acnur = ACNUR – Alto Comisionado de las Naciones Unidas para los Refugiados (UNHCR)
dir-sv-acnur-note = Works with DGME to identify and refer returnees with protection needs.

dir-sv-pddh = Procuraduría para la Defensa de los Derechos Humanos (PDDH, human rights ombudsman)

## Guatemala

dir-gt-pgn = Procuraduría General de la Nación (PGN) – Procuraduría de la Niñez y la Adolescencia (PNA, children's unit of the Attorney General's Office)
dir-gt-pgn-note = Looks for a suitable family caregiver and asks a children's court (Juzgado de la Niñez) for protection measures.

dir-gt-sbs = Secretaría de Bienestar Social de la Presidencia de la República (SBS, social welfare secretariat)
dir-gt-sbs-note = Shelters unaccompanied returned children at Casa Nuestras Raíces, in Guatemala City and in Quetzaltenango.

dir-gt-sbs-cnr-medical = Casa Nuestras Raíces Guatemala and Casa Nuestras Raíces Quetzaltenango (SBS shelters)
dir-gt-sbs-cnr-medical-note = Medical care at the shelter, with support from the Guatemalan Red Cross.

dir-gt-sbs-cnr-psych = Casa Nuestras Raíces Guatemala and Casa Nuestras Raíces Quetzaltenango (SBS shelters)
dir-gt-sbs-cnr-psych-note = Emotional support and psychosocial workshops at the shelter.

dir-gt-minex = Ministerio de Relaciones Exteriores (MINEX, Foreign Ministry)
dir-gt-minex-note = Consular management of returns.

dir-gt-juzgados-ninez = Juzgados de la Niñez (children's courts)
dir-gt-juzgados-ninez-note = Order protection measures at the request of PGN.
