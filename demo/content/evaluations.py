"""Plain-data evaluation forms for the demo course in health pedagogy, and
the answers the demo cohort gave after its past course days. Norwegian
bokmål. Questions are (kind, text, required); "likert" statements are
answered from 1 (helt uenig) to 5 (helt enig)."""

FORMS = {
    "course_day": {
        "title": "Evaluering av kursdagen",
        "intro": (
            "Bruk gjerne to minutter på dette før du logger av. Svarene hjelper kursledelsen å gjøre neste "
            "kursdag bedre, og kursledelsen ser dem uten navn."
        ),
        "questions": [
            ("likert", "Innholdet i dag var relevant for arbeidet mitt.", True),
            ("likert", "Det var god balanse mellom faglige innlegg og erfaringsdeling.", False),
            ("likert", "Brukerrepresentantens erfaringer ga meg ny innsikt.", False),
            ("likert", "Jeg fikk delta aktivt i gruppearbeidet.", False),
            ("likert", "De digitale verktøyene fungerte godt for meg i dag.", False),
            ("text", "Hva tar du med deg fra denne kursdagen?", False),
            ("text", "Hva kunne vært gjort annerledes?", False),
        ],
    },
    "course_end": {
        "title": "Kursevaluering",
        "intro": (
            "Takk for at du har vært med på kurset. Vi bruker svarene når vi planlegger neste kull, slik "
            "standard metode sier: planlegge, gjennomføre, evaluere og forbedre."
        ),
        "questions": [
            ("likert", "Kurset har gjort meg bedre rustet til å planlegge et lærings- og mestringstilbud.", True),
            ("likert", "Fagpersoner og erfarne brukere samarbeidet som likeverdige i kurset.", False),
            ("likert", "Praksisoppgavene mellom kursdagene hjalp meg å bruke det jeg lærte.", False),
            ("likert", "Lokalgruppen og gruppelederen var en god støtte underveis.", False),
            ("likert", "Jeg vil anbefale kurset til en kollega eller en annen erfaren bruker.", False),
            ("text", "Hva bør vi beholde, og hva bør vi endre i dette kurset?", False),
            ("text", "Hvordan vil du bruke den didaktiske relasjonsmodellen i ditt eget arbeid?", False),
        ],
    },
    "follow_up": {
        "title": "Oppfølging tre måneder etter kurset",
        "intro": (
            "Det har gått omtrent tre måneder siden siste kursdag. Vi vil gjerne vite hva kurset har betydd "
            "for praksisen din. Det tar omtrent fem minutter."
        ),
        "questions": [
            ("text", "Hva har du endret i din egen praksis siden kurset?", True),
            ("likert", "Jeg har brukt noe fra kurset når jeg underviser pasienter eller pårørende.", False),
            ("likert", "Jeg samarbeider mer med brukerrepresentanter enn jeg gjorde før kurset.", False),
            ("text", "Hva har hjulpet eller hindret deg i å ta i bruk det du lærte?", False),
        ],
    },
}

# Answers to the course-day form, one list per past day: each answer is the
# five scale values and the two texts. Spread like real answers: mostly
# positive, a few critical voices, some texts left empty.
DAY_ANSWERS = {
    1: [
        ((5, 4, 5, 4, 3), "At helsekompetanse handler like mye om systemet som om pasienten.",
         "Lydkvaliteten var dårlig i den første økta."),
        ((4, 4, 5, 3, 4), "Brukerinnlegget om å få diagnosen satt i meg hele dagen.", ""),
        ((4, 3, 4, 4, 2), "", "Mer tid i grupperommene, det ble litt stressende å rekke alt."),
        ((5, 5, 5, 5, 4), "Spørsmålet «Hva er viktig for deg?» skal jeg bruke i neste samtale.", ""),
        ((3, 3, 4, 3, 3), "Begrepene brukermedvirkning og empowerment ble tydeligere for meg.",
         "Jeg kunne tenkt meg flere eksempler fra kommunehelsetjenesten."),
        ((4, 4, 4, 4, 5), "", ""),
    ],
    2: [
        ((5, 5, 4, 5, 4), "Øvelsen med aktiv lytting i par var nyttig.", ""),
        ((4, 4, 5, 4, 4), "Hvordan vi kan snakke om skam uten å forsterke den.",
         "Det var lite tid til spørsmål etter innlegget om relasjonskompetanse."),
        ((4, 3, 4, 4, 4), "", "Send gjerne ut lysarkene før kursdagen."),
        ((5, 4, 5, 5, 5), "At jeg som erfaren bruker også har noe å lære bort til fagfolkene.", ""),
        ((3, 4, 3, 4, 3), "Rollespillet om den vanskelige samtalen.", ""),
    ],
}
