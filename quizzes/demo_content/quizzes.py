"""Demo quizzes in Norwegian bokmål: practice questions for each module and the final knowledge test.

The quiz loader in the quizzes app reads QUIZZES. Lessons place quizzes by slug, so the slugs are fixed.
Every question has an explanation that says why the answer is right; single and multiple choice questions
also have feedback for each choice.
"""

PRACTICE_DEFAULTS = {
    "kind": "practice",
    "pass_mark": 60,
    "max_attempts": None,
    "questions_per_attempt": None,
    "shuffle_questions": False,
    "shuffle_choices": True,
    "time_limit_minutes": None,
}

CONFIDENCE_SCALE = ["Svært usikker", "Usikker", "Middels", "Trygg", "Svært trygg"]


# ---------------------------------------------------------------------------------------------------------------
# Module 1: helsekompetanse
# ---------------------------------------------------------------------------------------------------------------

HELSEKOMPETANSE = {
    **PRACTICE_DEFAULTS,
    "slug": "ovingssporsmal-helsekompetanse",
    "title": "Øvingsspørsmål: helsekompetanse",
    "description": "Sjekk at du har fått med deg hva helsekompetanse er, og hvordan du kan gjøre kunnskap lettere "
    "å finne, forstå, vurdere og bruke i et lærings- og mestringstilbud. Du kan ta spørsmålene så mange ganger "
    "du vil.",
    "questions": [
        {
            "type": "single",
            "text": "Hva menes med helsekompetanse?",
            "explanation": "Helsekompetanse beskrives ofte som fire ferdigheter: å finne, forstå, vurdere og bruke "
            "helseinformasjon. Alle fire trengs for at kunnskap skal bli til handling i hverdagen. Derfor holder "
            "det ikke å dele ut en brosjyre. Deltakerne må også få hjelp til å vurdere hva som gjelder for dem, "
            "og til å prøve ut hvordan de kan bruke det de har lært.",
            "choices": [
                {
                    "text": "Evnen til å finne, forstå, vurdere og bruke helseinformasjon for å ta beslutninger "
                    "om egen helse.",
                    "correct": True,
                    "feedback": "Riktig. Definisjonen rommer både det å få tak i informasjon og det å kunne "
                    "bruke den i eget liv.",
                },
                {
                    "text": "Hvor mye utdanning i helsefag en person har.",
                    "correct": False,
                    "feedback": "Nei. Helsekompetanse handler ikke om formell utdanning. Også helsepersonell kan "
                    "streve med informasjon om en sykdom de ikke kjenner, og mange uten helsefaglig utdanning "
                    "har høy helsekompetanse.",
                },
                {
                    "text": "Hvor god fysisk helse en person har.",
                    "correct": False,
                    "feedback": "Nei. Helsekompetanse handler om å håndtere informasjon, ikke om hvor frisk man "
                    "er. En person med alvorlig sykdom kan ha svært høy helsekompetanse.",
                },
                {
                    "text": "Den faglige kompetansen helsepersonell har i sitt eget fag.",
                    "correct": False,
                    "feedback": "Nei. Det er fagkompetanse. Helsekompetanse gjelder alle, og handler om å bruke "
                    "helseinformasjon i sitt eget liv.",
                },
            ],
        },
        {
            "type": "matching",
            "text": "Koble hver del av helsekompetansen med et eksempel på hvordan et kurs kan styrke den.",
            "explanation": "De fire delene bygger på hverandre. En deltaker kan ha funnet god informasjon uten å "
            "forstå den, eller forstått den uten å vite om den gjelder for henne. Et godt lærings- og "
            "mestringstilbud styrker alle fire: Det viser vei til pålitelige kilder (finne), forklarer med "
            "hverdagsord (forstå), øver på å vurdere råd deltakerne møter (vurdere), og lar deltakerne planlegge "
            "hva de selv vil gjøre (bruke).",
            "pairs": [
                (
                    "Finne",
                    "Deltakerne får vite hvilke nettsider og hvilke fagpersoner de kan spørre når kurset er slutt.",
                ),
                (
                    "Forstå",
                    "Sykepleieren forklarer blodsukker med et bilde fra hverdagen i stedet for med fagord.",
                ),
                (
                    "Vurdere",
                    "Gruppen diskuterer et råd fra sosiale medier: Hvem står bak, og gjelder det for meg?",
                ),
                (
                    "Bruke",
                    "Hver deltaker lager en plan for hva hun eller han vil prøve ut hjemme neste uke.",
                ),
            ],
        },
        {
            "type": "multiple",
            "text": "Hvilke grep gjør det lettere for deltakerne å forstå og huske det du formidler? Velg alle som "
            "passer.",
            "explanation": "Hverdagsord, få hovedbudskap og en sjekk av forståelsen er kjernen i god "
            "helsekommunikasjon. Når du ber deltakerne forklare med egne ord, ofte kalt «teach-back», tester du "
            "din egen forklaring, ikke deltakeren. Forteller deltakeren noe annet enn du mente, er det et tegn på "
            "at du bør forklare på en annen måte.",
            "partial_credit": True,
            "choices": [
                {
                    "text": "Bruke hverdagsord, og forklare de fagordene deltakerne trenger å kunne.",
                    "correct": True,
                    "feedback": "Riktig. Fagord som er selvsagte for deg, kan stenge for forståelsen. Noen "
                    "fagord trenger deltakerne likevel, for eksempel for å forstå legen. Dem forklarer du.",
                },
                {
                    "text": "Begrense seg til noen få hovedbudskap og gjenta dem.",
                    "correct": True,
                    "feedback": "Riktig. Få og tydelige budskap blir lettere husket enn mange detaljer.",
                },
                {
                    "text": "Be deltakerne fortelle med egne ord hvordan de vil bruke rådet hjemme.",
                    "correct": True,
                    "feedback": "Riktig. Da ser både du og deltakeren om budskapet er forstått, og dere kan "
                    "rette opp misforståelser med en gang.",
                },
                {
                    "text": "Spørre «Har alle forstått?» og gå videre når ingen sier noe.",
                    "correct": False,
                    "feedback": "Nei. Mange nikker eller tier selv om de ikke har forstått, fordi de ikke vil "
                    "virke dumme. Stillhet er ikke et bevis på forståelse.",
                },
                {
                    "text": "Gi så mye informasjon som mulig, slik at ingen går glipp av noe.",
                    "correct": False,
                    "feedback": "Nei. Mye informasjon på kort tid gjør det vanskelig å skille det viktige fra "
                    "resten, og det meste blir glemt. Velg ut det deltakerne trenger.",
                },
            ],
        },
        {
            "type": "true_false",
            "text": "Man kan som regel se eller høre på en person om hun eller han har lav helsekompetanse.",
            "explanation": "Lav helsekompetanse er sjelden synlig. Mange er flinke til å skjule at de ikke "
            "forstår, og også velutdannede kan streve, særlig når de er syke, redde eller slitne. Derfor "
            "anbefales det å snakke klart og sjekke forståelsen overfor alle deltakere, ikke bare overfor dem man "
            "tror trenger det. Denne universelle tilnærmingen hjelper dem som strever, uten at noen blir pekt "
            "ut, og ingen tar skade av en tydelig forklaring.",
            "correct": False,
            "feedback_true": "Ikke riktig. Dette er en vanlig misforståelse. Lav helsekompetanse er sjelden "
            "synlig, og man kan verken se den på utdanning, alder eller hvordan noen snakker.",
            "feedback_false": "Riktig. Lav helsekompetanse er sjelden synlig, og derfor lønner det seg å "
            "kommunisere klart med alle i stedet for å gjette hvem som trenger det.",
        },
        {
            "type": "short_text",
            "text": "Hva kalles det å skrive og snakke slik at mottakeren kan finne det hun trenger, forstå det og "
            "bruke det?",
            "explanation": "Klarspråk betyr blant annet det viktigste først, korte setninger, hverdagsord, "
            "forklaring av nødvendige fagord og aktive verb som sier hva mottakeren skal gjøre. Språkloven fra "
            "2022 krever at offentlige organer bruker et språk som er korrekt, klart og tilpasset mottakerne. I "
            "lærings- og mestringstilbud er klarspråk et av de enkleste grepene for å gjøre kunnskap tilgjengelig "
            "for deltakere med ulik helsekompetanse.",
            "accepted": ["klarspråk", "klart språk", "et klart språk"],
        },
        {
            "type": "single",
            "text": "Et innkallingsbrev er fullt av fagord, og telefonnummeret er vanskelig å finne på nettsiden. "
            "Hvilken side av helsekompetanse handler dette om?",
            "explanation": "Helsekompetanse er ikke bare noe den enkelte har. Det handler også om hvor krevende "
            "tjenestene gjør det å finne fram, forstå og følge opp, altså systemrettet helsekompetanse. For dem "
            "som lager lærings- og mestringstilbud betyr det at vi ikke bare skal spørre hva deltakerne mangler, "
            "men også hva vi kan gjøre enklere: invitasjonen, påmeldingen, lokalet og materiellet.",
            "choices": [
                {
                    "text": "Systemrettet helsekompetanse: hvordan tjenestene, informasjonen og rutinene er laget.",
                    "correct": True,
                    "feedback": "Riktig. Brevet og nettsiden gjør det vanskeligere for alle, uansett hvor mye "
                    "den enkelte kan.",
                },
                {
                    "text": "Individuell helsekompetanse: hva den enkelte pasienten kan og får til.",
                    "correct": False,
                    "feedback": "Nei. Problemet ligger i brevet og nettsiden, ikke hos den som skal lese dem.",
                },
                {
                    "text": "Fagkompetansen til helsepersonellet som skrev brevet.",
                    "correct": False,
                    "feedback": "Nei. Brevskriveren kan godt være faglig dyktig. Poenget er at informasjonen er "
                    "laget slik at den blir unødvendig vanskelig å bruke.",
                },
                {
                    "text": "Ingen side av helsekompetanse. Helsekompetanse handler bare om pasienten.",
                    "correct": False,
                    "feedback": "Nei. Helsekompetanse har også en side som handler om tjenestene, og den er "
                    "tjenestenes ansvar.",
                },
            ],
        },
        {
            "type": "likert",
            "text": "Hvor trygg er du på å forklare et faglig tema uten fagord, slik at alle i en gruppe kan henge "
            "med?",
            "explanation": "Dette spørsmålet gir ikke poeng. Svaret er til deg selv. Er du usikker, kan du øve "
            "ved å forklare et tema for en kollega eller en brukerrepresentant, og be dem si fra hver gang du "
            "bruker et ord de ikke ville brukt selv.",
            "scale": CONFIDENCE_SCALE,
        },
    ],
}


# ---------------------------------------------------------------------------------------------------------------
# Module 2: brukermedvirkning
# ---------------------------------------------------------------------------------------------------------------

BRUKERMEDVIRKNING = {
    **PRACTICE_DEFAULTS,
    "slug": "ovingssporsmal-brukermedvirkning",
    "title": "Øvingsspørsmål: brukermedvirkning",
    "description": "Øv på det viktigste om brukermedvirkning: Standard metode, likeverdig samarbeid mellom "
    "fagpersoner og erfarne brukere, og lovverket som ligger til grunn.",
    "questions": [
        {
            "type": "single",
            "text": "Hva er kjernen i Standard metode for lærings- og mestringstilbud?",
            "explanation": "Standard metode ble utviklet da det første lærings- og mestringssenteret ble "
            "etablert, og bygger på brukermedvirkning og sidestilling av brukererfaring og fagkunnskap. Begge "
            "kunnskapsformene trengs i alle faser: når tilbudet planlegges, når det gjennomføres, og når det "
            "evalueres. Ordet «standard» viser til arbeidsmåten, ikke til at alle kurs skal være like.",
            "choices": [
                {
                    "text": "Tilbudene planlegges, gjennomføres og evalueres i et sidestilt samarbeid mellom "
                    "fagpersoner og erfarne brukere.",
                    "correct": True,
                    "feedback": "Riktig. Sidestilt samarbeid i alle tre fasene er selve kjernen.",
                },
                {
                    "text": "Fagpersonene planlegger tilbudet, og en brukerrepresentant inviteres til å holde "
                    "et innlegg.",
                    "correct": False,
                    "feedback": "Nei. Det er en vanlig praksis, men ikke Standard metode. Etter metoden er den "
                    "erfarne brukeren med fra planleggingen til evalueringen.",
                },
                {
                    "text": "Brukerorganisasjonen har ansvaret for tilbudet, og fagpersonene bidrar ved behov.",
                    "correct": False,
                    "feedback": "Nei. Standard metode handler om et likeverdig samarbeid. Ingen av partene skal "
                    "ha ansvaret alene.",
                },
                {
                    "text": "Alle tilbud følger det samme faste programmet, uansett diagnose og målgruppe.",
                    "correct": False,
                    "feedback": "Nei. «Standard» viser til arbeidsmåten. Innholdet tilpasses alltid målgruppen.",
                },
            ],
        },
        {
            "type": "single",
            "text": "Hvilket av eksemplene er brukermedvirkning på individnivå?",
            "explanation": "Brukermedvirkning beskrives ofte på tre nivåer. Individnivå gjelder den enkeltes egen "
            "behandling og oppfølging: at pasienten er med og bestemmer i saker som gjelder henne selv. "
            "Tjenestenivå gjelder utformingen av et bestemt tilbud, for eksempel når erfarne brukere planlegger "
            "og evaluerer et lærings- og mestringstilbud sammen med fagpersoner. Systemnivå gjelder overordnet "
            "planlegging og styring, for eksempel gjennom brukerutvalg og råd.",
            "choices": [
                {
                    "text": "En pasient og legen blir sammen enige om hvilken behandling som passer best for henne.",
                    "correct": True,
                    "feedback": "Riktig. Her medvirker pasienten i sin egen behandling. Det er individnivå.",
                },
                {
                    "text": "Et brukerutvalg gir råd til ledelsen i helseforetaket.",
                    "correct": False,
                    "feedback": "Nei. Brukerutvalget påvirker overordnet planlegging og styring. Det er "
                    "brukermedvirkning på systemnivå.",
                },
                {
                    "text": "En brukerorganisasjon foreslår en representant til arbeidsgruppen for et nytt kurs.",
                    "correct": False,
                    "feedback": "Nei. Her er brukerne med og utvikler et bestemt tilbud for andre. Det er "
                    "tjenestenivå.",
                },
                {
                    "text": "Et lærings- og mestringssenter spør tidligere deltakere hva som bør endres i kurset.",
                    "correct": False,
                    "feedback": "Nei. Svarene brukes til å forbedre tilbudet for nye deltakere. Det handler om "
                    "tjenesten, ikke om den enkeltes egen behandling, og er derfor tjenestenivå.",
                },
            ],
        },
        {
            "type": "matching",
            "text": "Koble hver lov med det den sier om medvirkning og opplæring.",
            "explanation": "Lovverket gir lærings- og mestringsarbeidet et tydelig grunnlag. Pasient- og "
            "brukerrettighetsloven gir den enkelte rett til å medvirke i sin egen helsehjelp. "
            "Spesialisthelsetjenesteloven gjør opplæring av pasienter og pårørende til en av sykehusenes fire "
            "hovedoppgaver, ved siden av pasientbehandling, utdanning av helsepersonell og forskning. "
            "Helse- og omsorgstjenesteloven pålegger kommunene å høre representanter for pasienter og brukere "
            "når tjenestene utformes.",
            "pairs": [
                (
                    "Pasient- og brukerrettighetsloven",
                    "Gir pasienter og brukere rett til å medvirke når de mottar helse- og omsorgstjenester.",
                ),
                (
                    "Spesialisthelsetjenesteloven",
                    "Gjør opplæring av pasienter og pårørende til en av sykehusenes hovedoppgaver.",
                ),
                (
                    "Helse- og omsorgstjenesteloven",
                    "Pålegger kommunen å høre representanter for pasienter og brukere når kommunens "
                    "tjenester utformes.",
                ),
            ],
        },
        {
            "type": "multiple",
            "text": "Hva kan en brukerrepresentant bidra med i arbeidsgruppen som planlegger et lærings- og "
            "mestringstilbud? Velg alle som passer.",
            "explanation": "Brukerrepresentanten bidrar med erfaringskunnskap i alle deler av planleggingen: "
            "hva deltakerne strever med, hvilke rammer som gjør det lettere å delta, hvilke temaer som ofte blir "
            "glemt, og hvordan deltakerne kan si ærlig fra i evalueringen. Medisinske råd hører hjemme hos "
            "fagpersonen. Og medvirkning betyr å være med mens planen lages, ikke å godkjenne den etterpå.",
            "partial_credit": True,
            "choices": [
                {
                    "text": "Kunnskap om hva deltakerne typisk strever med og er redde for i hverdagen.",
                    "correct": True,
                    "feedback": "Riktig. Dette er kunnskap fagpersonene sjelden kan skaffe seg på egen hånd.",
                },
                {
                    "text": "Synspunkter på tidspunkt, lokaler og pauser.",
                    "correct": True,
                    "feedback": "Riktig. Rammene avgjør ofte om folk klarer å komme, og brukerrepresentanten "
                    "vet hva som fungerer for målgruppen.",
                },
                {
                    "text": "Forslag til temaer som ofte blir glemt, som samliv, økonomi eller arbeid.",
                    "correct": True,
                    "feedback": "Riktig. Brukerrepresentanten vet hva hun selv manglet da hun var ny.",
                },
                {
                    "text": "Råd til deltakerne om hvilke medisindoser de bør ta.",
                    "correct": False,
                    "feedback": "Nei. Medisinske råd hører hjemme hos fagpersonen. Brukerrepresentanten bidrar "
                    "med erfaringskunnskap, ikke med behandlingsråd.",
                },
                {
                    "text": "Å godkjenne planen når fagpersonene har gjort den ferdig.",
                    "correct": False,
                    "feedback": "Nei. Å godkjenne en ferdig plan er ikke medvirkning. Brukerrepresentanten skal "
                    "være med mens planen lages.",
                },
            ],
        },
        {
            "type": "true_false",
            "text": "Likeverdig samarbeid betyr at brukerrepresentanten og fagpersonen skal gjøre de samme "
            "oppgavene i kurset.",
            "explanation": "Likeverdig betyr ikke likt. Fagpersonen har ansvaret for den faglige og medisinske "
            "kunnskapen, og brukerrepresentanten for erfaringskunnskapen. Likeverdet ligger i at begge "
            "kunnskapsformene regnes som like viktige, at begge er med i alle fasene, og at begge får samme "
            "informasjon, forberedelsestid og plass i programmet.",
            "correct": False,
            "feedback_true": "Ikke riktig. De to har ulike roller og ulik kunnskap. Likeverdet handler om at "
            "begge rollene er like viktige.",
            "feedback_false": "Riktig. Likeverdig betyr ikke likt: Fagpersonen og brukerrepresentanten bidrar "
            "med hver sin kunnskap.",
        },
        {
            "type": "short_text",
            "text": "Hva kalles den kunnskapen en erfaren bruker har fra å leve med sykdom selv eller som "
            "pårørende? Svar med ett ord.",
            "explanation": "Erfaringskunnskap er kunnskap om hvordan det er å leve med en sykdom eller en "
            "helseutfordring i hverdagen. I lærings- og mestringsarbeidet står den side om side med "
            "fagkunnskapen. Det er nettopp derfor erfarne brukere er med: De vet noe som ingen lærebok kan "
            "fortelle.",
            "accepted": ["erfaringskunnskap", "erfaringskunnskapen", "erfaringsbasert kunnskap", "brukerkunnskap"],
        },
        {
            "type": "single",
            "text": "Hva menes med alibi-medvirkning?",
            "explanation": "Alibi-medvirkning (på engelsk «tokenism») er når brukere formelt er med, men uten "
            "reell innflytelse: Beslutningene tas et annet sted eller er tatt på forhånd. Det skyldes sjelden vond "
            "vilje, men heller tidsnød og vaner. Det motvirkes ved å involvere brukerne fra starten, ha minst to "
            "brukerrepresentanter, legge til rette for deltakelse, vise hva innspillene førte til og evaluere "
            "samarbeidet sammen.",
            "choices": [
                {
                    "text": "At brukere formelt er med, men uten å få reell innflytelse på beslutningene.",
                    "correct": True,
                    "feedback": "Riktig. Brukeren blir et symbol på medvirkning mer enn en partner.",
                },
                {
                    "text": "At en brukerrepresentant får honorar for å delta i arbeidsgruppen.",
                    "correct": False,
                    "feedback": "Nei. Honorar er tvert imot et tegn på at innsatsen blir verdsatt som arbeid.",
                },
                {
                    "text": "At fagpersonen og brukerrepresentanten er uenige om noe i planleggingen.",
                    "correct": False,
                    "feedback": "Nei. Uenighet er ikke et tegn på at samarbeidet har feilet. Tatt opp åpent og "
                    "med respekt, er det ofte der den beste læringen skjer.",
                },
                {
                    "text": "At brukerrepresentanten snakker ut fra egne erfaringer og ikke på vegne av alle "
                    "pasienter.",
                    "correct": False,
                    "feedback": "Nei. Ingen kan representere «alle pasienter». Å være tydelig på hvem man "
                    "snakker på vegne av, er god praksis.",
                },
            ],
        },
    ],
}


# ---------------------------------------------------------------------------------------------------------------
# Module 3: relasjonskompetanse og kommunikasjon
# ---------------------------------------------------------------------------------------------------------------

RELASJONSKOMPETANSE = {
    **PRACTICE_DEFAULTS,
    "slug": "ovingssporsmal-relasjonskompetanse",
    "title": "Øvingsspørsmål: relasjonskompetanse og kommunikasjon",
    "description": "Spørsmål om å lytte, stille gode spørsmål, anerkjenne og møte sårbare temaer med respekt, "
    "slik at deltakerne opplever trygge relasjoner å lære i.",
    "questions": [
        {
            "type": "single",
            "text": "Hvilket av disse spørsmålene er et åpent spørsmål?",
            "explanation": "Et åpent spørsmål kan ikke besvares med ja eller nei. Det begynner gjerne med "
            "«hva», «hvordan» eller «fortell», og inviterer personen til å beskrive med egne ord hva som er "
            "viktig for henne. Lukkede spørsmål er nyttige for å få fram fakta, men åpne spørsmål gir mer rom "
            "for deltakerens egne erfaringer og tanker.",
            "choices": [
                {
                    "text": "Hvordan har uka vært for deg siden sist?",
                    "correct": True,
                    "feedback": "Riktig. Spørsmålet lar deltakeren selv velge hva hun vil fortelle.",
                },
                {
                    "text": "Har du tatt medisinene dine hver dag?",
                    "correct": False,
                    "feedback": "Nei. Dette kan besvares med ja eller nei, og er derfor et lukket spørsmål.",
                },
                {
                    "text": "Var det vanskelig å komme hit i dag?",
                    "correct": False,
                    "feedback": "Nei. Dette er et lukket spørsmål. «Hvordan var det å komme hit i dag?» ville "
                    "vært åpent.",
                },
                {
                    "text": "Er du enig i at det er viktig å være i aktivitet?",
                    "correct": False,
                    "feedback": "Nei. Spørsmålet er både lukket og ledende: Det antyder hva som er det riktige svaret.",
                },
            ],
        },
        {
            "type": "multiple",
            "text": "Hva kjennetegner aktiv lytting? Velg alle som passer.",
            "explanation": "Aktiv lytting betyr å være oppmerksom på den andre, og å vise det. Du gir tid, "
            "følger med, og gjengir med egne ord det du har hørt, slik at den andre kan bekrefte eller rette "
            "deg. Når du i stedet planlegger ditt eget svar eller skynder deg med løsninger, lytter du mer til "
            "deg selv enn til deltakeren.",
            "partial_credit": True,
            "choices": [
                {
                    "text": "Du gjengir med egne ord det du har hørt, og spør om du har forstått riktig.",
                    "correct": True,
                    "feedback": "Riktig. Slik viser du at du har lyttet, og deltakeren får mulighet til å "
                    "rette opp misforståelser.",
                },
                {
                    "text": "Du gir deltakeren tid og tåler litt stillhet.",
                    "correct": True,
                    "feedback": "Riktig. En kort pause gir ofte plass til det viktigste.",
                },
                {
                    "text": "Du viser med blikk og kroppsspråk at du følger med.",
                    "correct": True,
                    "feedback": "Riktig. Mye av kommunikasjonen er ikke-verbal. På skjerm kan et nikk eller et "
                    "kort «mm» gjøre samme nytten.",
                },
                {
                    "text": "Du tenker ut hva du skal svare mens den andre snakker.",
                    "correct": False,
                    "feedback": "Nei. Da går oppmerksomheten til ditt eget svar, og du risikerer å gå glipp av "
                    "det viktigste.",
                },
                {
                    "text": "Du kommer raskt med en løsning, slik at deltakeren slipper å gå med problemet.",
                    "correct": False,
                    "feedback": "Nei. Råd som kommer for tidlig, kan avbryte deltakeren og treffe feil. Lytt og "
                    "spør først.",
                },
            ],
        },
        {
            "type": "true_false",
            "text": "I møtet mellom en fagperson og en deltaker er det alltid en viss maktforskjell, også når "
            "fagpersonen ønsker et likeverdig forhold.",
            "explanation": "Fagpersonen har faglig kunnskap, kjenner systemet og representerer helsetjenesten, "
            "mens deltakeren ofte er i en sårbar situasjon. Denne skjevheten kalles gjerne asymmetri, og den "
            "forsvinner ikke selv om vi ønsker det. Relasjonskompetanse innebærer å være bevisst på makten og "
            "bruke den til deltakerens beste, for eksempel ved å spørre hva deltakeren selv mener, og ved å gi "
            "henne reelle valg.",
            "correct": True,
            "feedback_true": "Riktig. Maktforskjellen er der, og å være bevisst på den er en del av "
            "relasjonskompetansen.",
            "feedback_false": "Ikke riktig. Maktforskjellen forsvinner ikke selv om vi ønsker et likeverdig "
            "forhold. Å late som den ikke finnes, gjør den vanskeligere å håndtere.",
        },
        {
            "type": "single",
            "text": "En deltaker begynner å gråte mens hun forteller gruppen om diagnosen sin. Hva er den beste "
            "første reaksjonen fra kurslederen?",
            "explanation": "Når sterke følelser kommer fram, trenger deltakeren først og fremst å bli møtt. Å "
            "stoppe opp og anerkjenne følelsen viser at det er trygt å være seg selv i gruppen, og at det som er "
            "vanskelig, tåler å bli sagt. Samtidig bestemmer deltakeren selv om hun vil fortsette. Senere kan "
            "det være riktig å følge opp i en samtale etter samlingen.",
            "choices": [
                {
                    "text": "Stoppe opp, si at dette er tungt, og la henne velge om hun vil fortsette eller ta "
                    "en pause.",
                    "correct": True,
                    "feedback": "Riktig. Du anerkjenner følelsen og gir henne kontroll over situasjonen.",
                },
                {
                    "text": "Raskt gå videre til neste punkt i programmet, slik at hun slipper oppmerksomheten.",
                    "correct": False,
                    "feedback": "Nei. Selv om hensikten er god, kan det oppleves som en avvisning, både for "
                    "henne og for resten av gruppen.",
                },
                {
                    "text": "Forsikre henne om at alt kommer til å gå bra.",
                    "correct": False,
                    "feedback": "Nei. Trøst som lover noe du ikke vet, kan oppleves som at følelsene ikke blir "
                    "tatt på alvor.",
                },
                {
                    "text": "Be henne ta det opp med fastlegen i stedet, siden kurset ikke er behandling.",
                    "correct": False,
                    "feedback": "Nei. Det kan være riktig å vise videre senere, men først trenger hun å bli "
                    "møtt der hun er.",
                },
            ],
        },
        {
            "type": "matching",
            "text": "Koble hver ferdighet fra motiverende samtale med et eksempel på hva kurslederen kan si.",
            "explanation": "Åpne spørsmål inviterer deltakeren til å utforske og fortelle. Bekreftelser løfter "
            "fram konkrete styrker og innsats. Refleksjoner er utsagn, ikke spørsmål, som speiler det du har hørt, "
            "gjerne med et forsiktig gjett på meningen bak. Oppsummeringer samler flere ting personen har sagt, og "
            "avsluttes gjerne med et spørsmål. Å be om lov før du gir informasjon gjør kunnskapen din til et "
            "tilbud, ikke et pålegg. Til sammen gjør ferdighetene det lettere for deltakeren å sette ord på sine "
            "egne grunner.",
            "pairs": [
                ("Åpent spørsmål", "«Hva ville blitt annerledes for deg hvis du fikk mer energi?»"),
                ("Bekreftelse", "«Du har virkelig stått på for å komme hit i dag, selv i en tung periode.»"),
                ("Refleksjon", "«Du vil gjerne begynne å trene, samtidig som du er redd for å bli for sliten.»"),
                (
                    "Oppsummering",
                    "«Så langt har du nevnt søvnen, jobben og bekymringen for barna. Har jeg fått med meg det "
                    "viktigste?»",
                ),
                (
                    "Å be om lov",
                    "«Jeg har litt informasjon om dette som andre har hatt nytte av. Er det greit at jeg "
                    "forteller om det?»",
                ),
            ],
        },
        {
            "type": "short_text",
            "text": "Hva heter samtalemetoden, utviklet av William R. Miller og Stephen Rollnick, som hjelper "
            "mennesker å sette ord på sine egne grunner til endring? Svar med to ord.",
            "explanation": "Motiverende samtale bygger på erfaringen at mennesker blir mer motivert av sine egne "
            "grunner enn av andres argumenter. Når fagpersonen argumenterer for endring, ender den som er i tvil, "
            "ofte med å forsvare den andre siden. Metoden hviler på en holdning preget av samarbeid, aksept, "
            "medfølelse og fremkalling, og på ferdighetene åpne spørsmål, bekreftelser, refleksjoner og "
            "oppsummeringer.",
            "accepted": [
                "motiverende samtale",
                "motiverende samtaler",
                "motiverende intervju",
                "motiverende intervjuing",
                "motivational interviewing",
            ],
        },
        {
            "type": "likert",
            "text": "Hvor trygg er du på å snakke med deltakere om sårbare temaer, som skam, sorg eller samliv?",
            "explanation": "Dette spørsmålet gir ikke poeng. Mange fagpersoner og brukerrepresentanter kjenner "
            "seg usikre på sårbare temaer. Det hjelper å ha noen setninger klare, å avtale med medlederen hvem "
            "som følger opp deltakere som blir berørt, og å øve i trygge omgivelser før kurset.",
            "scale": CONFIDENCE_SCALE,
        },
    ],
}


# ---------------------------------------------------------------------------------------------------------------
# Module 4: gruppeledelse
# ---------------------------------------------------------------------------------------------------------------

GRUPPELEDELSE = {
    **PRACTICE_DEFAULTS,
    "slug": "ovingssporsmal-gruppeledelse",
    "title": "Øvingsspørsmål: gruppeledelse",
    "description": "Spørsmål om å lede grupper i lærings- og mestringstilbud: trygge rammer, at alle kommer til "
    "orde, gruppens utvikling over tid og samarbeid med en medleder.",
    "questions": [
        {
            "type": "single",
            "text": "Hva er den viktigste grunnen til at lærings- og mestringstilbud som oftest er gruppebaserte?",
            "explanation": "I en gruppe møter deltakerne andre i samme situasjon. De kan lære av hverandres "
            "erfaringer, kjenne seg igjen og oppleve at de ikke er alene. Dette er en ressurs ingen fagperson kan "
            "erstatte. Derfor skal gruppelederen bruke gruppen aktivt, gjennom erfaringsdeling og samtale, og "
            "ikke bare formidle informasjon til mange samtidig.",
            "choices": [
                {
                    "text": "Deltakerne kan lære av hverandres erfaringer og oppleve at de ikke er alene.",
                    "correct": True,
                    "feedback": "Riktig. Fellesskapet og erfaringsdelingen er selve grunnen til å samles i gruppe.",
                },
                {
                    "text": "Fagpersonen kan gi den samme informasjonen til mange på kort tid.",
                    "correct": False,
                    "feedback": "Nei. Det er en praktisk fordel, men ikke hovedpoenget. En gruppe der "
                    "fagpersonen bare informerer, bruker ikke ressursen som ligger i deltakernes erfaringer.",
                },
                {
                    "text": "Deltakerne kan sammenligne hvem som har kommet lengst i behandlingen.",
                    "correct": False,
                    "feedback": "Nei. Sammenligning av den typen kan få deltakere som strever, til å føle seg "
                    "mislykket. Målet er gjenkjennelse, ikke konkurranse.",
                },
                {
                    "text": "Det er et krav i loven at pasientopplæring skal skje i grupper.",
                    "correct": False,
                    "feedback": "Nei. Loven krever at sykehusene sørger for opplæring av pasienter og "
                    "pårørende, men sier ikke at den må skje i grupper.",
                },
            ],
        },
        {
            "type": "ordering",
            "text": "En kjent modell (Tuckman) beskriver hvordan en gruppe utvikler seg over tid. Sett fasene i "
            "riktig rekkefølge, fra gruppen møtes første gang til den avsluttes.",
            "explanation": "Modellen beskriver en vanlig utvikling: Først er deltakerne usikre og ser etter hva "
            "som forventes. Så kan det komme uenighet og utprøving av roller. Deretter finner gruppen felles "
            "normer, og først da arbeider den godt sammen. Til slutt må gruppen avsluttes på en god måte. For en "
            "gruppeleder betyr det at første samling må bygge trygghet, at uenighet ikke er et faresignal, og at "
            "avslutningen fortjener egen tid. Grupper følger ikke alltid fasene slavisk, men rekkefølgen er et "
            "nyttig kart.",
            "items": [
                "Forming: deltakerne blir kjent og er usikre på hva som forventes",
                "Storming: uenighet og utprøving av roller",
                "Norming: gruppen finner felles normer og arbeidsformer",
                "Performing: gruppen arbeider godt sammen mot målene",
                "Avslutning: gruppen runder av og tar farvel",
            ],
        },
        {
            "type": "multiple",
            "text": "En deltaker tar mye plass og avbryter de andre. Hva kan gruppelederen gjøre? Velg alle gode grep.",
            "explanation": "Gruppelederen har ansvar for at alle får plass. Det gjøres best med struktur og "
            "respekt: runder der alle får ordet etter tur, en vennlig overgang som anerkjenner den som snakker "
            "mye, og eventuelt en prat på tomannshånd. Å irettesette noen foran gruppen skaper utrygghet for "
            "alle, og å la det gå betyr at de stille deltakerne taper.",
            "partial_credit": True,
            "choices": [
                {
                    "text": "Bruke runder der alle får si noe etter tur.",
                    "correct": True,
                    "feedback": "Riktig. Runder gir struktur og gjør det naturlig at alle får plass.",
                },
                {
                    "text": "Takke for innspillet og åpne for andre: «Nå vil jeg gjerne høre fra noen som ikke "
                    "har sagt noe ennå.»",
                    "correct": True,
                    "feedback": "Riktig. Du anerkjenner deltakeren og styrer samtidig samtalen videre.",
                },
                {
                    "text": "Ta en vennlig prat med deltakeren i pausen.",
                    "correct": True,
                    "feedback": "Riktig. Mange er ikke klar over hvor mye plass de tar, og blir glade for å få "
                    "hjelp til å slippe andre til.",
                },
                {
                    "text": "Irettesette deltakeren foran gruppen, slik at alle ser at reglene gjelder.",
                    "correct": False,
                    "feedback": "Nei. Å bli irettesatt foran andre er krenkende, og det gjør hele gruppen mer "
                    "forsiktig med å dele.",
                },
                {
                    "text": "La det gå, siden det er deltakernes kurs og ikke lederens.",
                    "correct": False,
                    "feedback": "Nei. Da er det de stille deltakerne som taper. Å sikre at alle får plass, er en "
                    "av gruppelederens viktigste oppgaver.",
                },
            ],
        },
        {
            "type": "true_false",
            "text": "I et digitalt kurs er det lurt å la deltakerne prøve lyd, kamera og grupperom før den første "
            "samlingen.",
            "explanation": "Evalueringen av det heldigitale kurset i helsepedagogikk viste at læringen var best "
            "når deltakerne var trygge på de digitale verktøyene. Tekniske problemer tar tid og oppmerksomhet, "
            "og kan gjøre at noen trekker seg. En kort teknisk prøve før kursstart, gjerne med en fast person å "
            "ringe til, senker terskelen for å delta.",
            "correct": True,
            "feedback_true": "Riktig. Deltakere som er trygge på verktøyene, får mer ut av kurset.",
            "feedback_false": "Ikke riktig. Tekniske problemer på første samling stjeler tid og trygghet. En "
            "prøve på forhånd gjør at samlingen kan handle om innholdet.",
        },
        {
            "type": "single",
            "text": "En fagperson og en brukerrepresentant skal lede en gruppe sammen. Hva er den beste måten å "
            "forberede samarbeidet på?",
            "explanation": "Et godt lederpar avtaler på forhånd hvem som gjør hva, hvordan de gir hverandre tegn, "
            "og hva de gjør hvis noen blir sterkt berørt. Fagpersonen følger opp deltakere som trenger mer "
            "hjelp, slik at brukerrepresentanten ikke blir stående alene med det. Når rollene er avklart, kan "
            "begge lede trygt, og deltakerne opplever et samarbeid der begge kunnskapsformene teller.",
            "choices": [
                {
                    "text": "Avtale hvem som leder hvilke deler, hvilket tegn dere bruker når tiden går, og hvem "
                    "som følger opp deltakere som blir sterkt berørt.",
                    "correct": True,
                    "feedback": "Riktig. Klare avtaler gjør samarbeidet trygt for begge ledere og for gruppen.",
                },
                {
                    "text": "La fagpersonen lede hele samlingen og be brukerrepresentanten si noe når det passer.",
                    "correct": False,
                    "feedback": "Nei. Da blir brukerrepresentanten en gjest, ikke en medleder. Det er ikke "
                    "likeverdig samarbeid.",
                },
                {
                    "text": "Improvisere, fordi samarbeidet blir mest naturlig når ingenting er bestemt på forhånd.",
                    "correct": False,
                    "feedback": "Nei. Uten avtaler blir det lett uklart hvem som skal gripe inn når noe skjer, "
                    "og det skaper utrygghet.",
                },
                {
                    "text": "La brukerrepresentanten ta seg av deltakere som blir sterkt berørt, siden hun har "
                    "vært i samme situasjon.",
                    "correct": False,
                    "feedback": "Nei. Oppfølging av deltakere som trenger mer hjelp, er fagpersonens ansvar. "
                    "Brukerrepresentanten skal ikke stå alene med det.",
                },
            ],
        },
        {
            "type": "single",
            "text": "Psykologen Albert Bandura beskrev fire kilder til mestringstro. Hvilken av dem er særlig sterk "
            "i en gruppe?",
            "explanation": "Mestringstro er troen på at man selv kan klare en bestemt oppgave. Bandura pekte på "
            "fire kilder: egne erfaringer med å få til noe, å se andre som ligner på en selv få det til, "
            "oppmuntring fra andre, og hvordan man tolker kroppens signaler og egne følelser. I en gruppe er den "
            "andre kilden særlig sterk: Når en deltaker som har vært like redd som de andre, forteller hva hun nå "
            "får til, betyr det mer enn når en fagperson sier det samme. Gruppelederen kan legge til rette for "
            "dette ved å spørre etter det som har fungert, ikke bare etter det som er vanskelig.",
            "choices": [
                {
                    "text": "Å se andre som ligner på en selv, få det til.",
                    "correct": True,
                    "feedback": "Riktig. Gruppa gir mange slike eksempler, fordi deltakerne ligner hverandre.",
                },
                {
                    "text": "Oppmuntring fra fagpersonen om at det kommer til å gå bra.",
                    "correct": False,
                    "feedback": "Nei. Oppmuntring er også en kilde, men den er ikke særegen for grupper, og den "
                    "virker ofte svakere enn å se noen som ligner en selv, lykkes.",
                },
                {
                    "text": "Å få en skriftlig oppskrift på hva man skal gjøre.",
                    "correct": False,
                    "feedback": "Nei. En oppskrift kan gi kunnskap, men er ikke en av Banduras fire kilder til "
                    "mestringstro.",
                },
                {
                    "text": "Å bestå en kunnskapstest på slutten av kurset.",
                    "correct": False,
                    "feedback": "Nei. Mestringstro handler om tro på at man kan klare noe i eget liv, og den "
                    "bygges ikke av prøver.",
                },
            ],
        },
        {
            "type": "short_text",
            "text": "Hva kalles de enkle reglene en gruppe blir enige om ved første samling, for eksempel at det "
            "som blir sagt, blir i gruppa, og at alle kan stå over en runde? Svar med ett ord.",
            "explanation": "Spilleregler avtales helst sammen med deltakerne på første samling: Lederen foreslår "
            "noen og spør om gruppa vil legge til flere. To regler er nesten alltid med: taushetsplikt i gruppa og "
            "frivillighet. Andre vanlige regler er at én snakker om gangen og at man snakker ut fra egen erfaring "
            "i stedet for å gi andre råd. Reglene skaper trygghet, og de gir lederen noe å vise tilbake til hvis "
            "noe skjer.",
            "accepted": [
                "spilleregler",
                "spillereglene",
                "gruppeavtale",
                "gruppeavtalen",
                "kjøreregler",
                "kjørereglene",
                "grupperegler",
            ],
        },
    ],
}


QUIZZES = [HELSEKOMPETANSE, BRUKERMEDVIRKNING, RELASJONSKOMPETANSE, GRUPPELEDELSE]
