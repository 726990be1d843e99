case-alone-title = Rosa, 12: llega sola
case-alone-summary = Una niña tranquila que viajó sin nadie.
case-alone-vignette =
    Rosa llega en el vuelo de la mañana. Está tranquila y responde con pocas palabras.
    Dice que viajó sola y que nadie la espera hoy.
