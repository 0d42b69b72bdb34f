"""Plain-data examples for the co-teaching demo: a published teaching plan (undervisningsplan)
following the didaktisk relasjonsmodell, and a user representative's draft story talk (brukerinnlegg).
Norwegian bokmål, plain text: paragraphs separated by blank lines, "- " for bullet lines."""

EXAMPLE_PLAN = {
    "title": "Å leve med diabetes type 2",
    "summary": (
        "Et gruppekurs over fire kursdager for voksne som lever med diabetes type 2, og for deres "
        "pårørende. Kurset holdes ved lærings- og mestringssenteret i samarbeid med medisinsk poliklinikk og "
        "Diabetesforbundet, og er planlagt, gjennomføres og evalueres i likeverdig samarbeid mellom "
        "diabetessykepleier og erfaren bruker.\n\n"
        "Deltakerne får kunnskap om sykdommen, mat, fysisk aktivitet, medisiner og forebygging av "
        "senkomplikasjoner. Like viktig er erfaringsdelingen: hver kursdag har et brukerinnlegg, og mye av "
        "tiden går til samtale i gruppen om hvordan kunnskapen kan brukes i deltakernes egen hverdag."
    ),
    "target_group": (
        "Kurset er for voksne som har fått diabetes type 2 de siste par årene, og for én pårørende per "
        "deltaker. Vi tar imot 8–12 deltakere, i tillegg til pårørende.\n\n"
        "Deltakerforutsetninger vi tar hensyn til:\n"
        "- Mange har fått diagnosen ved en rutinekontroll og kjenner seg ikke syke. Motivasjonen for endring "
        "kan derfor være blandet.\n"
        "- Flere bærer på skam eller skyldfølelse fordi sykdommen ofte omtales som en livsstilssykdom.\n"
        "- Deltakerne har svært ulik helsekompetanse, ulike språkferdigheter og ulik erfaring med å lære i "
        "grupper.\n"
        "- Mange er i jobb, og noen har andre sykdommer i tillegg, for eksempel høyt blodtrykk eller "
        "leddplager.\n"
        "- Pårørende har ofte egne spørsmål, særlig om mat og om hvordan de kan støtte uten å mase.\n\n"
        "Vi sender ut et kort spørreskjema før kurset om hva deltakerne lurer mest på."
    ),
    "framework": (
        "Kurset går over fire kursdager med én uke mellom hver, fra kl. 11.00 til 14.15 med en halvtimes lunsj og "
        "to korte pauser. Senteret ligger ved hovedinngangen til sykehuset, med heis og teleslynge i kurssalen. "
        "Tidspunktet er valgt etter innspill fra brukerrepresentanten: mange trenger tid om morgenen, og "
        "noen kommer langveis fra med buss.\n\n"
        "Personale: diabetessykepleier (kursansvarlig), erfaren bruker fra Diabetesforbundet, klinisk "
        "ernæringsfysiolog på dag 2 og fysioterapeut på dag 3. Lege er tilgjengelig for spørsmål som samles "
        "inn skriftlig. Lærings- og mestringssenteret dekker honorar og reiseutgifter for "
        "brukerrepresentanten etter gjeldende avtale.\n\n"
        "Opplæring av pasienter og pårørende er en lovpålagt oppgave for spesialisthelsetjenesten. "
        "Deltakerne henvises av fastlege eller poliklinikk, eller melder seg på selv."
    ),
    "goals": (
        "Målene beskriver hva deltakerne kan gjøre, slik at vi kan se om vi har nådd dem. Etter kurset kan "
        "deltakerne:\n"
        "- forklare med egne ord hva som skjer i kroppen ved diabetes type 2, og nevne tre ting som "
        "påvirker blodsukkeret\n"
        "- sette sammen en lunsjtallerken etter tallerkenmodellen, og finne karbohydrater og fiber på en "
        "matvarelapp\n"
        "- fortelle gruppen om én endring i hverdagen som de selv har valgt og prøvd ut, og hvordan det "
        "gikk\n"
        "- nevne kontrollene som forebygger senkomplikasjoner, og skrive ned minst ett spørsmål de vil ta "
        "med til fastlegen\n"
        "- nevne minst ett sted de kan få støtte etter kurset, for eksempel Diabetesforbundet, en "
        "likeperson eller Frisklivssentralen\n\n"
        "Pårørende kan stille sine egne spørsmål i pårørendegruppen, og si med egne ord hvordan de vil "
        "støtte, på en måte som kjennes god for begge."
    ),
    "content": (
        "Innholdet er valgt ut fra målene og det deltakerne selv oppgir at de lurer på. Fagkunnskap og "
        "erfaringskunnskap står side om side hver dag.\n\n"
        "- Dag 1: Hva diabetes type 2 er, blodsukker og insulinresistens, den første tiden etter "
        "diagnosen.\n"
        "- Dag 2: Mat og måltider i praksis, tallerkenmodellen, matvarelapper, mat i sosiale "
        "sammenhenger.\n"
        "- Dag 3: Fysisk aktivitet i hverdagen, medisiner og blodsukkermåling, motivasjon og tilbakefall.\n"
        "- Dag 4: Forebygging av senkomplikasjoner (føtter, øyne, hjerte og nyrer), årlig kontroll, "
        "følelser og diabetesstress, støtte videre.\n\n"
        "Brukerinnleggene følger samme tema som dagen de hører til. Vi tar bevisst med temaer som ofte "
        "blir glemt: skam, arbeidsliv, samliv og hvordan det er å være pårørende."
    ),
    "methods": (
        "Vi veksler mellom korte faglige innlegg (høyst 20 minutter), brukerinnlegg, samtale i hele "
        "gruppen og arbeid i smågrupper på tre–fire. Hver kursdag starter med en runde der deltakerne "
        "forteller hvordan det har gått siden sist.\n\n"
        "- Praktiske øvelser: sette sammen en lunsjtallerken, lese matvarelapper, en kort gåtur sammen.\n"
        "- Hjemmeoppgave: hver deltaker velger én liten endring å prøve ut til neste gang.\n"
        "- Spørsmålsboks: spørsmål kan leveres anonymt på lapp og besvares neste kursdag.\n\n"
        "Vi bruker enkelt språk, forklarer fagord og sjekker forståelse ved å be deltakerne si med egne ord "
        "hva de tar med seg. Diabetessykepleieren og brukerrepresentanten leder samtalene sammen."
    ),
    "evaluation": (
        "Vi vurderer om målene er nådd på tre måter.\n\n"
        "- Underveis: I runden ved starten av hver kursdag hører vi hvordan hjemmeoppgaven gikk, og vi "
        "justerer neste dag etter spørsmålene som kommer.\n"
        "- Ved kursslutt: Deltakerne fyller ut et kort, anonymt evalueringsskjema om hva de har lært, hva "
        "som var nyttig, og hva som bør endres. Vi avslutter med en muntlig runde.\n"
        "- Etter kurset: Arbeidsgruppen møtes innen to uker og går gjennom evalueringen sammen.\n\n"
        "Deltakerne vurderer ikke bare fagstoffet, men også brukerinnleggene, tidsbruken og om de fikk "
        "snakket nok. Brukerrepresentanten og diabetessykepleieren skriver hver sin korte refleksjon etter "
        "siste kursdag."
    ),
    "sessions": [
        {
            "title": "Dag 1: Velkommen – hva er diabetes type 2?",
            "date_offset_days": 0,
            "parts": [
                {
                    "title": "Velkommen og bli kjent",
                    "minutes": 25,
                    "lead": "all",
                    "description": "Kursleder og brukerrepresentant ønsker velkommen sammen. Praktisk "
                    "informasjon, avtale om taushet i gruppen, og en runde der alle sier navn og hva de "
                    "håper å få ut av kurset.",
                },
                {
                    "title": "Hva skjer i kroppen ved diabetes type 2?",
                    "minutes": 20,
                    "lead": "professional",
                    "description": "Diabetessykepleieren forklarer blodsukker, insulin og insulinresistens "
                    "med enkle figurer, og hva langtidsblodsukker (HbA1c) forteller.",
                },
                {
                    "title": "Forklar det til sidemannen",
                    "minutes": 20,
                    "lead": "all",
                    "description": "To og to forklarer deltakerne hverandre med egne ord hva som skjer i "
                    "kroppen (teach-back). Kurslederne går rundt, hører etter og tar opp det som var uklart "
                    "i plenum.",
                },
                {
                    "title": "Brukerinnlegg: Den første tiden med diabetes",
                    "minutes": 15,
                    "lead": "user_representative",
                    "description": "Den erfarne brukeren forteller om hvordan det var å få diagnosen, om "
                    "skammen hun kjente på, og om hva som hjalp henne videre.",
                },
                {
                    "title": "Samtale i smågrupper: Hvordan har den første tiden vært for deg?",
                    "minutes": 35,
                    "lead": "all",
                    "description": "Deltakerne deler erfaringer i grupper på tre–fire. Pårørende er i egen "
                    "gruppe. Vi samler inn spørsmål til de neste kursdagene.",
                },
                {
                    "title": "Oppsummering og hjemmeoppgave",
                    "minutes": 15,
                    "lead": "all",
                    "description": "Hva tar du med deg i dag? Hver deltaker tenker ut én liten endring de vil "
                    "prøve før neste kursdag.",
                },
            ],
        },
        {
            "title": "Dag 2: Mat, måltider og blodsukker",
            "date_offset_days": 7,
            "parts": [
                {
                    "title": "Siden sist",
                    "minutes": 15,
                    "lead": "all",
                    "description": "Runde om hvordan hjemmeoppgaven gikk. Det er like nyttig å høre om det "
                    "som ikke gikk, som om det som gikk bra.",
                },
                {
                    "title": "Mat og blodsukker i praksis",
                    "minutes": 20,
                    "lead": "professional",
                    "description": "Klinisk ernæringsfysiolog snakker om måltidsrytme, karbohydrater, fiber "
                    "og tallerkenmodellen.",
                },
                {
                    "title": "Spørsmålsboksen",
                    "minutes": 20,
                    "lead": "all",
                    "description": "Ernæringsfysiologen og brukerrepresentanten svarer sammen på spørsmålene "
                    "deltakerne har levert, fra fagkunnskap og fra erfaring.",
                },
                {
                    "title": "Øvelse: sett sammen en lunsj og les matvarelapper",
                    "minutes": 30,
                    "lead": "all",
                    "description": "I smågrupper setter deltakerne sammen en lunsjtallerken av vanlige "
                    "matvarer og sammenligner næringsinnhold på pakninger.",
                },
                {
                    "title": "Brukerinnlegg: Slik endret vi matvanene hjemme",
                    "minutes": 15,
                    "lead": "user_representative",
                    "description": "Om å prøve å kutte alt på én gang, om å gi opp, og om små endringer "
                    "som varte. Også om bursdager, middagsbesøk og å spise sammen med familien.",
                },
                {
                    "title": "Samtale og oppsummering",
                    "minutes": 20,
                    "lead": "all",
                    "description": "Hva er vanskeligst med mat i din hverdag? Ny hjemmeoppgave.",
                },
            ],
        },
        {
            "title": "Dag 3: Aktivitet, medisiner og måling",
            "date_offset_days": 14,
            "parts": [
                {
                    "title": "Siden sist",
                    "minutes": 15,
                    "lead": "all",
                    "description": "Runde om hjemmeoppgaven og om spørsmål som har dukket opp.",
                },
                {
                    "title": "Fysisk aktivitet i hverdagen",
                    "minutes": 15,
                    "lead": "professional",
                    "description": "Fysioterapeuten snakker om hvorfor aktivitet påvirker blodsukkeret, og "
                    "hvordan man kan begynne forsiktig.",
                },
                {
                    "title": "En rolig gåtur",
                    "minutes": 25,
                    "lead": "all",
                    "description": "En rolig gåtur rundt sykehuset for dem som ønsker det, med en "
                    "sittende øvelse inne for de andre. Vi snakker om hvordan det kjentes.",
                },
                {
                    "title": "Medisiner og blodsukkermåling",
                    "minutes": 20,
                    "lead": "professional",
                    "description": "Diabetessykepleieren gir en oversikt over vanlige medisiner ved diabetes "
                    "type 2, hva føling (lavt blodsukker) er, og når det er nyttig å måle blodsukkeret "
                    "selv. Spørsmål om egen medisinering tas med til egen lege.",
                },
                {
                    "title": "Øvelse: mål blodsukkeret",
                    "minutes": 15,
                    "lead": "all",
                    "description": "De som vil, prøver et blodsukkerapparat og skriver ned verdien i en "
                    "dagbok. Brukerrepresentanten viser hvordan hun fører sin egen.",
                },
                {
                    "title": "Brukerinnlegg: Når motivasjonen svikter",
                    "minutes": 15,
                    "lead": "user_representative",
                    "description": "Om perioder da ingenting fungerte, om å begynne på nytt uten å straffe "
                    "seg selv, og om turgruppen som fikk henne ut døra.",
                },
                {
                    "title": "Erfaringsdeling: Hva gjør det lettere å være i aktivitet?",
                    "minutes": 25,
                    "lead": "all",
                    "description": "Deltakerne deler hva som har fungert for dem, og lager en felles liste "
                    "over gode tips som alle får med seg hjem.",
                },
            ],
        },
        {
            "title": "Dag 4: Å leve godt med diabetes – og veien videre",
            "date_offset_days": 21,
            "parts": [
                {
                    "title": "Siden sist",
                    "minutes": 15,
                    "lead": "all",
                    "description": "Siste runde om hjemmeoppgavene: Hva har du fått til i løpet av kurset?",
                },
                {
                    "title": "Forebygge senkomplikasjoner",
                    "minutes": 20,
                    "lead": "professional",
                    "description": "Hvorfor føtter, øyne, hjerte og nyrer trenger oppfølging, hva den "
                    "årlige kontrollen hos fastlegen bør inneholde, og hvordan du steller føttene.",
                },
                {
                    "title": "Mine spørsmål til årskontrollen",
                    "minutes": 15,
                    "lead": "all",
                    "description": "Hver deltaker skriver ned sine egne spørsmål til den årlige kontrollen hos "
                    "fastlegen, med hjelp fra kurslederne. Lappen tar de med seg hjem.",
                },
                {
                    "title": "Brukerinnlegg: Diabetes og følelser",
                    "minutes": 15,
                    "lead": "user_representative",
                    "description": "Om å bli lei, om diabetesstress og om å snakke med familien om "
                    "sykdommen. Innlegget åpner for samtalen etterpå.",
                },
                {
                    "title": "Samtale: følelser, støtte og pårørende",
                    "minutes": 30,
                    "lead": "all",
                    "description": "Samtale i hele gruppen. Pårørende får egen tid til å si hva de trenger. "
                    "Diabetessykepleieren følger opp deltakere som ønsker en samtale etterpå.",
                },
                {
                    "title": "Veien videre: støtte etter kurset",
                    "minutes": 20,
                    "lead": "user_representative",
                    "description": "Om Diabetesforbundet, likepersoner, selvhjelpsgrupper og "
                    "Frisklivssentralen i kommunen. Deltakerne får en oversikt med kontaktinformasjon.",
                },
                {
                    "title": "Evaluering og avslutning",
                    "minutes": 20,
                    "lead": "all",
                    "description": "Anonymt evalueringsskjema og en avsluttende runde: Hva tar du med deg videre?",
                },
            ],
        },
    ],
    "evaluation_plan": {
        "plan": (
            "Vi vil finne ut om deltakerne opplever at de mestrer hverdagen med diabetes bedre, om "
            "innholdet traff det de lurte på, og om samarbeidet mellom fagperson og erfaren bruker fungerte. "
            "Arbeidsgruppen lager et kort, anonymt evalueringsskjema med både avkrysning og åpne spørsmål, og "
            "avtaler hvem som samler inn og sammenstiller svarene."
        ),
        "run": (
            "Vi noterer stikkord fra runden «siden sist» hver kursdag og tar vare på spørsmålene fra "
            "spørsmålsboksen. Siste kursdag fyller deltakerne ut skjemaet før den muntlige runden. "
            "Diabetessykepleieren og brukerrepresentanten tar en kort prat etter hver kursdag om hva som "
            "fungerte, og hva de vil justere."
        ),
        "evaluate": (
            "Arbeidsgruppen møtes innen to uker etter kurset. Vi går gjennom skjemaene, notatene og begge "
            "kurslederes refleksjoner, og ser dem opp mot målene i planen. Brukerrepresentanten og "
            "fagpersonen leder gjennomgangen sammen, og vi skiller mellom det deltakerne sa og det vi selv "
            "tror."
        ),
        "improve": (
            "Vi velger høyst tre endringer til neste kurs, skriver dem inn i undervisningsplanen og avtaler "
            "hvem som følger opp hver av dem. Endringene og begrunnelsen legges ved planen, slik at neste "
            "arbeidsgruppe kan se hvorfor kurset ser ut som det gjør."
        ),
    },
    "team": {
        "professional": "Diabetessykepleier, medisinsk poliklinikk",
        "user_representative": "Erfaren bruker, Diabetesforbundet",
    },
}

DRAFT_STORY = {
    "title": "Den første tiden med diabetes – og det som hjalp meg videre",
    "purpose": (
        "Jeg vil at deltakerne skal kjenne seg mindre alene, og at de som skammer seg slik jeg gjorde, "
        "skal høre at de ikke trenger det. Jeg vil vise at det går an å leve godt med diabetes type 2, "
        "men at veien dit sjelden er rett.\n\n"
        "Etter innlegget mitt skal deltakerne vite at det er vanlig å ha blandede følelser den første "
        "tiden, og ha hørt om to små ting som gjorde hverdagen lettere for meg."
    ),
    "audience": (
        "Deltakerne på kurset «Å leve med diabetes type 2» ved lærings- og mestringssenteret, første "
        "kursdag. De fleste har fått diagnosen i løpet av de siste par årene, og mange har med seg en "
        "pårørende. Noen kjenner seg ikke syke i det hele tatt, og noen er nok redde. Jeg har 15 minutter, "
        "rett etter at diabetessykepleieren har forklart hva som skjer i kroppen."
    ),
    "key_experiences": (
        "Jeg fikk diagnosen ved en vanlig kontroll hos fastlegen. Jeg kjente meg ikke syk, og jeg satt i "
        "bilen utenfor legekontoret lenge før jeg klarte å kjøre hjem. Det første jeg tenkte, var at dette "
        "var min egen feil.\n\n"
        "I flere måneder sa jeg ingenting på jobben. Jeg spiste matpakken min alene for å slippe "
        "spørsmål.\n\n"
        "Etter diagnosen bestemte jeg meg for å kutte ut alt søtt og alt hvitt brød på én gang. Det holdt "
        "i tre uker. Så ga jeg opp helt, og kjente meg enda mer mislykket."
    ),
    "what_helped": (
        "Diabetessykepleieren spurte hva som var viktig for meg, i stedet for å gi meg en liste med forbud. "
        "Jeg svarte at jeg ville orke å gå tur med barnebarna.\n\n"
        "På diabeteskurset møtte jeg andre som hadde det som meg. Det var første gang jeg sa høyt at jeg "
        "skammet meg, og ingen så rart på meg.\n\n"
        "En nabo og jeg begynte å gå en fast tur to kvelder i uka. Mannen min lærte seg å lage middager vi "
        "begge liker. Små endringer, én om gangen, var det som varte."
    ),
    "message": (
        "Diabetes type 2 er ikke noe du skal skamme deg over. Du trenger ikke gjøre alt på én gang: Velg én "
        "liten ting som betyr noe for deg, og begynn der. Og snakk med noen, enten det er noen her i "
        "rommet, familien din eller en likeperson."
    ),
    "kept_private": (
        "Jeg forteller ikke om broren min, som har hatt alvorlige komplikasjoner av diabetes. Det er hans "
        "historie, og den kan skremme deltakere som er helt nye.\n\n"
        "Jeg holder også utenfor perioden da jeg var deprimert for to år siden. Den er jeg fortsatt i ferd "
        "med å bearbeide, og jeg vil ikke risikere å miste fotfestet foran gruppen.\n\n"
        "Jeg sier ingenting om vekten eller blodprøvesvarene mine. Tallene mine passer ikke for andre, og "
        "de inviterer til sammenligning."
    ),
    "comment_from_coteacher": (
        "Dette er et sterkt og varmt utkast. Bilen utenfor legekontoret er en åpning mange vil kjenne seg "
        "igjen i. Slik det står nå, tar det bare et par minutter å lese høyt, så du har god plass til å "
        "fortelle mer om kurset og turene med naboen. Skal jeg si noe om skam rett før deg?"
    ),
}
