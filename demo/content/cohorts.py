"""Plain data for the demo cohorts (demo/loaders/cohorts.py): the other
participants and leaders, and the five course days with their parts. Who
leads a part is an ``accounts.models.Audience`` value: "professional",
"user_representative" or "all" (one leader of each)."""

# Other participants and the second group's leader: accounts without a password, except that leader's
# (demo/loaders/cohorts.py), so the demo has a group leader who sees one group only.
EXTRA_PEOPLE = [
    {"email": "jonas.berg@demo.helsepedagogikk.no", "first_name": "Jonas", "last_name": "Berg", "role": "professional",
     "profession": "Fysioterapeut", "organisation": "Saltdal kommune, Frisklivssentralen",
     "municipality": "1840"},
    {"email": "ingrid.haugen@demo.helsepedagogikk.no", "first_name": "Ingrid", "last_name": "Haugen", "role": "professional",
     "profession": "Ergoterapeut", "organisation": "Helse Vestfjord HF, Rehabiliteringsavdelingen",
     "municipality": "1804"},
    {"email": "tor.aasen@demo.helsepedagogikk.no", "first_name": "Tor", "last_name": "Aasen", "role": "user_representative",
     "profession": "", "organisation": "LHL, Lofoten lokallag",
     "municipality": "1865"},
    {"email": "mari.solberg@demo.helsepedagogikk.no", "first_name": "Mari", "last_name": "Solberg", "role": "professional",
     "profession": "Diabetessykepleier", "organisation": "Helse Vestfjord HF, Medisinsk poliklinikk",
     "municipality": "1870"},
    {"email": "leila.haddad@demo.helsepedagogikk.no", "first_name": "Leila", "last_name": "Haddad", "role": "user_representative",
     "profession": "", "organisation": "Mental Helse, Rana lokallag",
     "municipality": "1833"},
]

ADDRESS = "Lærings- og mestringssenteret, Storgata 12, 8006 Bodø"
DAYS = [
    {
        "title": "Oppstart: helsepedagogikk og brukermedvirkning",
        "format": "digital",
        "parts": [
            ("09:00", "Velkommen, presentasjonsrunde og forventninger", "all"),
            ("10:15", "Hva er helsepedagogikk? Læring og mestring ved langvarig sykdom", "professional"),
            (
                "12:30",
                "Brukermedvirkning i praksis: erfaringer fra et lærings- og mestringstilbud",
                "user_representative",
            ),
            ("14:00", "Første møte i lokalgruppene", "all"),
        ],
        "guidance": (
            "<p>Start med en runde der alle sier hvor de jobber, og hva de håper å få ut av kurset. Fagpersoner og "
            "brukerrepresentanter presenterer seg på samme måte: som likeverdige deltakere.</p>"
            "<ul><li>Avtal faste tidspunkt for lokalgruppen mellom kursdagene.</li>"
            "<li>Gå gjennom praksisoppgave 1 sammen, slik at alle vet hva de skal observere på egen arbeidsplass.</li></ul>"
        ),
    },
    {
        "title": "Helsekompetanse, motivasjon og mestring",
        "format": "physical",
        "room": "Kursrommet, 2. etasje",
        "parts": [
            ("09:00", "Erfaringsdeling fra praksisoppgave 1", "all"),
            ("10:30", "Helsekompetanse: å finne, forstå, vurdere og bruke informasjon", "professional"),
            ("12:30", "Mestring i hverdagen: et brukerinnlegg", "user_representative"),
            ("14:00", "Gruppearbeid: hva fremmer motivasjon i våre tilbud?", "all"),
        ],
        "guidance": (
            "<p>La hver deltaker fortelle kort om observasjonen fra praksisoppgave 1 før dere diskuterer. "
            "Hold tiden: tre minutter hver, og spør «hva lærte du av dette?» heller enn å vurdere.</p>"
        ),
    },
    {
        "title": "Didaktisk relasjonsmodell: å planlegge et lærings- og mestringstilbud",
        "format": "digital",
        "parts": [
            ("09:00", "Deltakerforutsetninger og rammefaktorer", "professional"),
            ("10:30", "Mål, innhold og arbeidsmåter som henger sammen", "professional"),
            ("12:30", "Hvordan bygger vi brukererfaring inn i planen?", "user_representative"),
            ("14:00", "Parene starter på sluttplanen", "all"),
        ],
        "guidance": (
            "<p>Sett sammen parene til sluttplanen i dag: hver plan skrives av minst én fagperson og én "
            "brukerrepresentant. Hjelp parene med å velge et tilbud de faktisk skal holde.</p>"
        ),
    },
    {
        "title": "Gruppeledelse og erfaringsdeling",
        "format": "physical",
        "room": "Kursrommet, 2. etasje",
        "parts": [
            ("09:00", "Å lede en gruppe der deltakerne lærer av hverandre", "professional"),
            ("11:00", "Øvelse: vi leder en samtalegruppe etter tur", "all"),
            ("13:30", "Når samtalen blir vanskelig: erfaringer fra brukersiden", "user_representative"),
        ],
        "guidance": (
            "<p>I øvelsen leder hver deltaker gruppen i ti minutter. Gi tilbakemelding etter modellen "
            "«hva fungerte, hva kan du prøve neste gang», og sørg for at alle får prøve.</p>"
        ),
    },
    {
        "title": "Presentasjon av sluttplanene og veien videre",
        "format": "physical",
        "room": "Store møterom, 1. etasje",
        "parts": [
            ("09:00", "Parene presenterer sluttplanene", "all"),
            ("12:30", "Evaluering og forbedring: syklusen planlegge, gjennomføre, evaluere", "professional"),
            ("14:00", "Avslutning og kursevaluering", "all"),
        ],
        "guidance": (
            "<p>Gi hvert par femten minutter til presentasjon og ti minutter til spørsmål. Be tilhørerne "
            "kommentere hvordan brukererfaringen er bygd inn i planen.</p>"
        ),
    },
]

# Messages the group leader of Lokalgruppe Vestfjord has sent the group (the
# group's message history; the demo sends no e-mail for them).
GROUP_MESSAGES = [
    {
        "subject": "Velkommen til lokalgruppe Vestfjord",
        "body": (
            "Hei alle sammen!\n\n"
            "Så fint å bli kjent med dere på første kursdag. Vi møtes i lokalgruppen mellom kursdagene for å dele "
            "erfaringer fra praksisoppgavene. Ta gjerne med et eksempel fra egen arbeidsplass, stort eller lite.\n\n"
            "Hilsen Anne"
        ),
    },
    {
        "subject": "Før kursdag 3: praksisfortellingen",
        "body": (
            "Hei!\n\n"
            "Før neste kursdag ber jeg dere skrive ned en kort praksisfortelling der en pasient eller pårørende "
            "var med og bestemte. Vi bruker fortellingene i gruppearbeidet om brukermedvirkning.\n\n"
            "Husk at refleksjonssvarene dine er private. Vil du at jeg skal lese et av dem før vi møtes, kan du "
            "krysse av for «Del med gruppelederen min» under svaret.\n\n"
            "Hilsen Anne"
        ),
    },
]
