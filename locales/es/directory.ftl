loc-hn = Honduras
dir-hn-911 = Sistema Nacional de Emergencia 911
dir-hn-114 = Línea 114 de la Policía Nacional
