case-alone-title = Rosa, 12: arrives alone
case-alone-summary = A calm girl who travelled with nobody.
case-alone-vignette =
    Rosa arrives on the morning flight. She is calm and answers in few words.
    She says she travelled alone and nobody is waiting for her today.
