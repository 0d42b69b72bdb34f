"""Plain-data practice assignments (praksisoppgaver) for the demo cohort, one for each interval between course
days, the final plan, and what the demo participants wrote and got back. Norwegian bokmål. Each prompt is a list
of StreamField blocks; "after_day" is the number of the course day the assignment follows, "due_days" how many
days after that day it is due."""

PRACTICE = [
    {
        "key": "helsekompetanse",
        "after_day": 1,
        "due_days": 6,
        "title": "Praksisoppgave 1: Helsekompetanse i en vanlig samtale",
        "visibility": "group",
        "allow_comments": True,
        "prompt": [
            (
                "paragraph",
                "<p>På kursdag 1 snakket vi om helsekompetanse: å finne, forstå, vurdere og bruke informasjon om "
                "helse. Mange skjuler at de ikke forstår, og det er tjenesten som må gjøre informasjonen lett å "
                "bruke. I denne oppgaven prøver du teach-back (tilbakelæringsmetoden) i en samtale du likevel skal "
                "ha.</p>",
            ),
            ("heading", "Slik gjør du"),
            (
                "paragraph",
                "<ol><li>Velg én samtale i løpet av uka der du gir informasjon: med en pasient, en pårørende, en "
                "kollega eller en likeperson.</li><li>Gi det viktigste først, med hverdagsord og helst ikke mer "
                "enn tre punkter.</li><li>Be personen fortelle med egne ord hva hun eller han skal gjøre "
                "etterpå. Si at det er du som vil sjekke at du forklarte godt nok.</li><li>Skriv ned kort hva som "
                "skjedde, uten navn eller andre opplysninger som kan kjenne igjen personen.</li></ol>",
            ),
            (
                "questions",
                {
                    "title": "Svar på dette",
                    "questions": [
                        "Hva forsto personen slik du mente det, og hva forsto hun eller han annerledes?",
                        "Hvordan kjentes det å be om å få høre det igjen med egne ord, for deg og for den andre?",
                        "Hva vil du gjøre annerledes neste gang du gir samme informasjon?",
                    ],
                },
            ),
            (
                "fact_box",
                {
                    "title": "Del det du kan",
                    "text": "<p>Gruppen din ser svaret ditt og kan kommentere. Skriv om situasjonen, ikke om "
                    "personen. Brukerrepresentanter kan like gjerne skrive om en samtale de selv var part i.</p>",
                },
            ),
        ],
    },
    {
        "key": "relasjon",
        "after_day": 2,
        "due_days": 6,
        "title": "Praksisoppgave 2: Åpne spørsmål og refleksjoner",
        "visibility": "leaders",
        "allow_comments": False,
        "prompt": [
            (
                "paragraph",
                "<p>Kursdag 2 handlet om relasjonskompetanse og kommunikasjon, og om motiverende intervju (MI), "
                "også kalt motiverende samtale. Denne uka øver du på å kjenne igjen korrigeringsrefleksen: trangen "
                "til å gi råd før du har forstått hva den andre selv vil.</p>",
            ),
            (
                "paragraph",
                "<p>Gjennomfør én samtale der du bevisst bruker åpne spørsmål og minst to refleksjoner "
                "(du gjentar eller setter ord på det du hører). Samtalen kan være med en pasient, en pårørende, en "
                "kollega eller noen i en likepersongruppe.</p>",
            ),
            (
                "questions",
                {
                    "title": "Svar på dette",
                    "questions": [
                        "Skriv ned to av de åpne spørsmålene du stilte, og hva de åpnet for.",
                        "Når kjente du korrigeringsrefleksen, og hva gjorde du da?",
                        "Hva sa den andre om egne grunner til å endre noe, eller til å la være?",
                    ],
                },
            ),
        ],
    },
    {
        "key": "gruppeledelse",
        "after_day": 3,
        "due_days": 8,
        "title": "Praksisoppgave 3: Led en erfaringsdeling i lokalgruppen",
        "visibility": "group",
        "allow_comments": True,
        "prompt": [
            (
                "paragraph",
                "<p>På kursdag 3 om gruppeledelse øvde vi på å åpne en gruppe, holde rammen og slippe til alle. "
                "Nå leder dere hver sin korte erfaringsdeling på det digitale møtet i lokalgruppen, to og to: én "
                "fagperson og én brukerrepresentant sammen.</p>",
            ),
            (
                "questions",
                {
                    "title": "Etter møtet skriver hver av dere",
                    "questions": [
                        "Hvordan fordelte dere rollene, og hvordan fungerte det å lede sammen?",
                        "Hva gjorde dere da noen snakket mye, eller ingen sa noe?",
                        "Hva tar du med deg til en gruppe du skal lede i egen tjeneste?",
                    ],
                },
            ),
            (
                "fact_box",
                {
                    "title": "Ettersamtale",
                    "text": "<p>Sett av ti minutter til en ettersamtale med den du ledet sammen med, før dere "
                    "skriver. Gruppelederen gir tilbakemelding til dere begge.</p>",
                },
            ),
        ],
    },
]

FINAL_PLAN = {
    "after_day": 4,
    "due_days": 12,
    "title": "Sluttoppgave: Plan for et lærings- og mestringstilbud",
    "prompt": [
        (
            "paragraph",
            "<p>Kurset avsluttes med en plan for et lærings- og mestringstilbud som dere kan bruke i egen "
            "tjeneste. Planen skrives av minst én fagperson og én brukerrepresentant sammen, i verktøyet for "
            "undervisningsplaner, og presenteres på kursdag 5.</p>",
        ),
        (
            "questions",
            {
                "title": "Planen skal vise",
                "questions": [
                    "Målgruppen og deltakernes forutsetninger",
                    "Rammefaktorene: tid, sted, personale, økonomi og lovgrunnlag",
                    "Mål for deltakerne",
                    "Innholdet, valgt ut fra målene",
                    "Arbeidsmåtene, med brukerinnlegg og erfaringsdeling",
                    "Hvordan dere evaluerer tilbudet",
                    "Hvordan brukererfaring er bygd inn i alle delene, ikke bare i ett innlegg",
                ],
            },
        ),
        (
            "paragraph",
            "<p>Kurslederne vurderer planen etter disse punktene, med tilbakemelding på hvert av dem.</p>",
        ),
    ],
}

# What the demo learner (deltaker@) wrote to assignment 1, the feedback that asked for more, and the revision.
LEARNER_FIRST = (
    "Jeg prøvde teach-back da jeg forklarte en ny pasient hvordan hun skulle måle blodsukkeret før frokost. "
    "Jeg ga tre punkter og spurte til slutt om hun kunne fortelle meg hva hun skulle gjøre i morgen tidlig.\n\n"
    "Hun husket tidspunktet, men trodde hun skulle måle etter frokost. Det hadde jeg ikke fanget opp uten å spørre."
)
LEARNER_FEEDBACK = (
    "Et godt eksempel på hvorfor teach-back virker: du fant misforståelsen før den fikk følger. Kan du skrive litt "
    "om hvordan det kjentes å spørre, og hva du gjør annerledes neste gang? Det er de to siste spørsmålene i oppgaven."
)
LEARNER_REVISION = LEARNER_FIRST + (
    "\n\nDet kjentes først som å teste henne, så jeg sa at det var jeg som ville sjekke at jeg hadde forklart godt "
    "nok. Da lo hun og sa at hun gjerne ville bli testet, for hun var redd for å gjøre feil.\n\n"
    "Neste gang skal jeg skrive tidspunktene på en lapp hun kan ta med hjem, og be om å få høre det igjen med "
    "egne ord allerede etter første punkt."
)
LEARNER_APPROVAL = "Takk, dette er godt reflektert. Lappen med tidspunkter er et fint grep. Godkjent."
PEER_COMMENT = "Så fint at hun sa hun ville bli testet! Jeg har vært redd for å virke belærende, men skal prøve det samme."

# Assignment 2: the learner has a draft; others in the group leader's group have submitted and wait for feedback.
LEARNER_DRAFT_2 = (
    "Samtalen var med en pårørende på telefon. Åpne spørsmål: «Hvordan har dere det hjemme nå?» og «Hva er "
    "viktigst for deg å få til den neste uka?»"
)
# Participants in the group leader's group (placeholders for real people, e-mail on the demo domain).
GROUP_MEMBERS = [
    {
        "email": "ingrid.fjeld@demo.helsepedagogikk.no",
        "first_name": "Ingrid",
        "last_name": "Fjeld",
        "role": "professional",
        "answers": {
            "helsekompetanse": (
                "Jeg ga en kollega informasjon om en ny rutine for legemiddelgjennomgang og ba henne forklare den "
                "tilbake. Hun hoppet over trinnet med å spørre pasienten selv. Vi skrev rutinen om til tre punkter."
            ),
            "relasjon": (
                "Jeg snakket med en mann med kols som ikke vil gå på trening. Jeg kjente korrigeringsrefleksen "
                "med en gang og begynte nesten å ramse opp fordelene. I stedet spurte jeg hva han selv synes er "
                "tyngst. Han sa det er å gå forbi naboene når han må stoppe og puste."
            ),
        },
    },
    {
        "email": "jon.haugland@demo.helsepedagogikk.no",
        "first_name": "Jon",
        "last_name": "Haugland",
        "role": "user_representative",
        "answers": {
            "helsekompetanse": (
                "Som likeperson i revmatikerforeningen forklarte jeg en ny deltaker hvordan man søker om "
                "hjelpemidler. Da hun gjentok det, skjønte jeg at «NAV hjelpemiddelsentral» ikke sa henne noe. "
                "Neste gang begynner jeg med hvem hun skal ringe, ikke med hva det heter."
            ),
            "relasjon": (
                "I en samtale i likepersongruppen prøvde jeg å speile det en deltaker sa om å være sliten. Hun "
                "fortalte mer enn hun hadde gjort før. Jeg merket at det er lett å fylle stillheten med egne "
                "erfaringer, og lot heller være."
            ),
        },
    },
]

# The demo pair's final plan (their co-teaching plan in demo/content/coteaching.py), as the course leaders assessed it.
FINAL_PLAN_RUBRIC = {
    "target_group": (3, "Deltakerforutsetningene er konkrete, og dere viser hvordan skam og ulik helsekompetanse "
                     "påvirker resten av planen."),
    "framework": (3, "Rammene er tydelige, og nå står det hvem som overtar brukerinnlegget hvis "
                  "brukerrepresentanten blir syk. Godt."),
    "goals": (3, "Målene er skrevet fra deltakernes ståsted og lar seg evaluere."),
    "content": (2, "Innholdet følger målene. Dag 2 er tett; vurder hva som kan flyttes til et eget tilbud."),
    "methods": (3, "Brukerinnlegg hver dag og tid til erfaringsdeling i små grupper: godt begrunnet."),
    "evaluation": (3, "Telefonsamtalen etter tre måneder er nå avtalt med deltakerne på dag 4, og dere har "
                   "laget et kort skjema for svarene. Realistisk og godt gjennomtenkt."),
    "user_experience": (3, "Brukererfaringen er med i planlegging, gjennomføring og evaluering, ikke bare i "
                        "innleggene. Slik skal det være."),
}
# The first round: the leaders asked for a revision of the framework and the evaluation.
FINAL_PLAN_FEEDBACK = (
    "En gjennomarbeidet plan som viser likeverdig samarbeid fra start til slutt. To ting mangler før vi kan "
    "godkjenne den: hvem som har ansvar hvis brukerrepresentanten blir syk, og hvordan dere samler svarene når dere "
    "ringer deltakerne etter tre måneder. Lever en ny versjon når dere har sett på det."
)
# The second round: the pair's note with the revised plan, and the approval.
FINAL_PLAN_REVISED_NOTE = (
    "Vi har lagt inn en reserveordning med en annen brukerrepresentant fra lokallaget, og et kort skjema med fire "
    "spørsmål til telefonsamtalen etter tre måneder. Deltakerne får vite om samtalen allerede på dag 4."
)
FINAL_PLAN_APPROVAL = (
    "Godkjent. Reserveordningen og skjemaet for oppfølgingen gjør planen klar til bruk. Vi gleder oss til å høre "
    "dere presentere den på kursdag 5."
)
