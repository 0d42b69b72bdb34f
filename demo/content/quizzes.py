"""Demo quizzes in Norwegian bokmål: practice questions for each module and the final knowledge test.

The quiz loader (demo/loaders/quizzes.py) reads QUIZZES. Lessons place quizzes by slug, so the slugs are fixed.
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
            "accepted": [
                "erfaringskunnskap",
                "erfaringskunnskapen",
                "erfaringsbasert kunnskap",
                "brukerkunnskap",
                "brukererfaring",
                "brukererfaringer",
                "brukererfaringen",
            ],
        },
        {
            "type": "single",
            "text": "Hva menes med alibimedvirkning?",
            "explanation": "Alibimedvirkning (på engelsk «tokenism») er når brukere formelt er med, men uten "
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
            "text": "I møtet mellom en fagperson og en deltaker er det som regel en maktforskjell, også når "
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
            "text": "Lærings- og mestringstilbud er som oftest gruppebaserte. Hvilken begrunnelse legger kurset mest "
            "vekt på?",
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
                    "text": "La brukerrepresentanten alene, uten avtale, ta seg av deltakere som blir sterkt berørt, "
                    "siden hun har vært i samme situasjon.",
                    "correct": False,
                    "feedback": "Nei. Brukerrepresentanten kan gjerne snakke med en berørt deltaker i pausen, "
                    "slik erfaringskonsulenten forteller i podkasten, men det skal være avtalt på forhånd. "
                    "Oppfølging av deltakere som trenger mer hjelp, er fagpersonens ansvar, og "
                    "brukerrepresentanten skal ikke stå alene med det.",
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
                    "feedback": "Riktig. Gruppen gir mange slike eksempler, fordi deltakerne ligner hverandre.",
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
            "som blir sagt, blir i gruppen, og at alle kan stå over en runde? Svar med ett ord.",
            "explanation": "Spilleregler avtales helst sammen med deltakerne på første samling: Lederen foreslår "
            "noen og spør om gruppen vil legge til flere. To regler er nesten alltid med: taushetsplikt i gruppen og "
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


# ---------------------------------------------------------------------------------------------------------------
# Module 5: didaktikk og planlegging
# ---------------------------------------------------------------------------------------------------------------

DIDAKTIKK = {
    **PRACTICE_DEFAULTS,
    "slug": "ovingssporsmal-didaktikk",
    "title": "Øvingsspørsmål: didaktikk og planlegging",
    "description": "Øv på den didaktiske relasjonsmodellen, læringsmål skrevet fra deltakerens ståsted, valg av "
    "arbeidsmåter og sirkelen planlegg, gjennomfør, evaluer og forbedre.",
    "questions": [
        {
            "type": "matching",
            "text": "Eksemplene er hentet fra planen for en kursdag om aktivitet og hvile ved hjertesvikt. Koble "
            "hvert element i den didaktiske relasjonsmodellen med eksemplet som hører til.",
            "explanation": "Den didaktiske relasjonsmodellen har seks elementer: deltakerforutsetninger (hvem "
            "deltakerne er og hva de har med seg), rammefaktorer (tid, rom, utstyr, personale og lovverk), mål "
            "(hva deltakerne skal kunne etterpå), innhold (temaene som velges ut), arbeidsmåter (hvordan læringen "
            "skal skje) og vurdering (hvordan dere finner ut om målene ble nådd). Legg merke til at hørselen til "
            "deltakerne er en forutsetning, mens teleslyngen i rommet er en ramme. Elementene henger sammen: "
            "Forutsetningen gjør rammen viktig.",
            "pairs": [
                ("Deltakerforutsetninger", "Flere av deltakerne er redde for å anstrenge seg, og to hører dårlig."),
                ("Rammefaktorer", "Dagen varer i tre timer med én pause, og rommet har teleslynge."),
                ("Mål", "Deltakerne kan gjenkjenne tegn på at kroppen trenger hvile."),
                (
                    "Innhold",
                    "Tema: å fordele kreftene gjennom dagen, og varselsignaler som bør føre til kontakt med lege.",
                ),
                ("Arbeidsmåter", "Samtale to og to, og enkle øvelser sammen med fysioterapeuten."),
                ("Vurdering", "Hver deltaker sier i avslutningsrunden én ting hun eller han tar med seg hjem."),
            ],
        },
        {
            "type": "single",
            "text": "Hvilket av disse er et godt formulert læringsmål?",
            "explanation": "Et læringsmål beskriver hva deltakerne skal vite, kunne gjøre eller ha reflektert "
            "over etter tilbudet. Det skrives fra deltakerens ståsted, ikke som en liste over hva kurslederne "
            "skal gjøre. Velg verb som kan observeres eller samtales om, som forklare, gjenkjenne, lage og bruke, "
            "heller enn uklare ord som forstå og kjenne til. Da vet dere også hvordan dere kan se at målet er "
            "nådd.",
            "choices": [
                {
                    "text": "Deltakerne kan lage en ukeplan som fordeler aktivitet og hvile.",
                    "correct": True,
                    "feedback": "Riktig. Målet er skrevet fra deltakerens ståsted, og ukeplanen viser om det er nådd.",
                },
                {
                    "text": "Vi skal undervise om hjertesvikt og aktivitet.",
                    "correct": False,
                    "feedback": "Nei. Dette beskriver innholdet og hva kurslederne skal gjøre, ikke hva "
                    "deltakerne skal mestre.",
                },
                {
                    "text": "Deltakerne skal forstå sykdommen sin.",
                    "correct": False,
                    "feedback": "Nei. Målet er fra deltakerens ståsted, men «forstå» er uklart. Hvordan ser dere "
                    "at noen har forstått? «Forklare» eller «gjenkjenne» er lettere å vurdere.",
                },
                {
                    "text": "Sykepleieren holder et innlegg om medisiner på tjue minutter.",
                    "correct": False,
                    "feedback": "Nei. Dette er en arbeidsmåte i programmet, ikke et mål for hva deltakerne skal lære.",
                },
            ],
        },
        {
            "type": "true_false",
            "text": "Den didaktiske relasjonsmodellen må fylles ut i fast rekkefølge, og man må alltid begynne "
            "med målene.",
            "explanation": "Modellen er ikke en sjekkliste som fylles ut ovenfra og ned. Du kan starte i hvilket "
            "som helst element, og deltakerforutsetningene er ofte et godt sted å begynne. Poenget ligger i "
            "relasjonene: Endrer du ett element, får det følger for de andre. Derfor må du gå rundt hele "
            "modellen og sjekke at delene passer sammen, uansett hvor du startet.",
            "correct": False,
            "feedback_true": "Ikke riktig. Du kan starte hvor du vil. Det viktige er å sjekke at alle elementene "
            "passer sammen til slutt.",
            "feedback_false": "Riktig. Modellen har ingen fast rekkefølge. Det som teller, er at elementene henger "
            "sammen.",
        },
        {
            "type": "single",
            "text": "Deltakerne i et kurs har lite energi og blir fort slitne. Hvilken arbeidsmåte passer best?",
            "explanation": "Arbeidsmåtene må passe både til målene og til deltakernes forutsetninger. Deltakere "
            "med langvarige helseutfordringer kan ha lite energi, smerter eller konsentrasjonsvansker. Da er korte "
            "økter med variasjon og pauser bedre enn lange foredrag. Samtale i små grupper senker også terskelen "
            "for dem som ikke liker å snakke i store grupper.",
            "choices": [
                {
                    "text": "Korte innlegg som veksler med samtale i små grupper, og hyppige pauser.",
                    "correct": True,
                    "feedback": "Riktig. Variasjon og pauser gjør at deltakerne orker å være med hele dagen.",
                },
                {
                    "text": "Et grundig foredrag på nitti minutter, slik at alt blir sagt i én omgang.",
                    "correct": False,
                    "feedback": "Nei. Et langt foredrag krever mye konsentrasjon og gir lite rom for spørsmål og "
                    "erfaringsdeling.",
                },
                {
                    "text": "Mye lesestoff som deltakerne skal gå gjennom hjemme mellom samlingene.",
                    "correct": False,
                    "feedback": "Nei. Deltakere med lite energi har ofte lite overskudd hjemme også, og ikke "
                    "alle har nytte av mye tekst.",
                },
                {
                    "text": "Ingen fast plan, slik at deltakerne bestemmer alt underveis.",
                    "correct": False,
                    "feedback": "Nei. Struktur gir trygghet og sparer krefter. Det er fint å være fleksibel, "
                    "men innenfor en tydelig plan.",
                },
            ],
        },
        {
            "type": "multiple",
            "text": "Hvilke påstander om vurdering og evaluering i et lærings- og mestringstilbud stemmer? Velg "
            "alle som stemmer.",
            "explanation": "Vurdering i et lærings- og mestringstilbud er ikke en eksamen. Vurdering av læring "
            "underveis gir mulighet til å justere neste samling. Evaluering av tilbudet bør knyttes til "
            "læringsmålene, med konkrete spørsmål. Etter Standard metode evalueres tilbudet i samarbeid mellom "
            "fagpersoner og erfarne brukere, så brukerrepresentanten skal være med i evalueringsmøtet.",
            "partial_credit": True,
            "choices": [
                {
                    "text": "Vurdering underveis kan brukes til å justere neste samling.",
                    "correct": True,
                    "feedback": "Riktig. Korte runder og det dere ser og hører i gruppene, gir grunnlag for å "
                    "endre planen mens kurset pågår.",
                },
                {
                    "text": "Evalueringen bør knyttes til læringsmålene.",
                    "correct": True,
                    "feedback": "Riktig. Spør konkret om det deltakerne skulle lære, for eksempel om de føler seg "
                    "tryggere på å kjenne igjen varselsignaler.",
                },
                {
                    "text": "Brukerrepresentanten bør være med i evalueringsmøtet.",
                    "correct": True,
                    "feedback": "Riktig. Etter Standard metode evalueres tilbudet i samarbeid, og "
                    "brukerrepresentanten ser ofte andre ting i tilbakemeldingene enn fagpersonene.",
                },
                {
                    "text": "Vurderingen avgjør om deltakerne har bestått kurset.",
                    "correct": False,
                    "feedback": "Nei. Vurderingen skal finne ut om deltakerne fikk det de trengte, slik at "
                    "tilbudet kan bli bedre. Den er ikke en eksamen.",
                },
                {
                    "text": "Spørsmålet «Var kurset bra?» gir nok informasjon til å forbedre tilbudet.",
                    "correct": False,
                    "feedback": "Nei. Generelle spørsmål gir lite å gå videre med. Spør konkret, knyttet til målene.",
                },
            ],
        },
        {
            "type": "ordering",
            "text": "Et godt tilbud blir bedre for hver gang det holdes. Sett trinnene i sirkelen i riktig "
            "rekkefølge, og begynn med planleggingen.",
            "explanation": "Arbeidsgruppen planlegger, gjennomfører, evaluerer og forbedrer, og så begynner "
            "sirkelen på nytt. Poenget er at evalueringen faktisk fører til endringer: Skriv ned hva dere lærte, "
            "hva dere vil gjøre annerledes, og hvem som har ansvar for endringen. Da går dere tilbake til "
            "modellen og ser hvilke andre elementer som påvirkes.",
            "items": ["Planlegg", "Gjennomfør", "Evaluer", "Forbedre"],
        },
        {
            "type": "short_text",
            "text": "Hva kalles elementet i den didaktiske relasjonsmodellen som omfatter tid, lokaler, økonomi, "
            "personale, utstyr og lovverk?",
            "explanation": "Rammefaktorene er de ytre forholdene planen må fungere innenfor. Noen kan ikke "
            "endres, men mange kan: Et kommunalt tilbud kan for eksempel velge flere korte kveldsmøter i stedet "
            "for én lang dag, hvis det passer deltakerne bedre. Det lønner seg å skille mellom faste rammer og "
            "rammer dere kan påvirke.",
            "accepted": ["rammefaktorer", "rammefaktorene", "rammefaktor", "rammer", "rammene"],
        },
    ],
}


# ---------------------------------------------------------------------------------------------------------------
# Module 6: endrings- og mestringsprosesser
# ---------------------------------------------------------------------------------------------------------------

ENDRING_OG_MESTRING = {
    **PRACTICE_DEFAULTS,
    "slug": "ovingssporsmal-endring-og-mestring",
    "title": "Øvingsspørsmål: endring og mestring",
    "description": "Spørsmål om mestring, salutogenese og opplevelse av sammenheng, endring som prosess med "
    "ambivalens og tilbakeslag, og empowerment.",
    "questions": [
        {
            "type": "matching",
            "text": "Opplevelse av sammenheng består av tre deler. Koble hver del med beskrivelsen som passer.",
            "explanation": "Opplevelse av sammenheng er et sentralt begrep i den salutogene teorien. Jo sterkere "
            "opplevelse av sammenheng en person har, desto lettere er det å bruke ressursene man har. Kunnskap om "
            "sykdommen styrker begripeligheten, å vite hvor man får hjelp styrker håndterbarheten, og rom for å "
            "snakke om det som gir livet mening styrker meningsfullheten. Meningsfullhet regnes ofte som den "
            "viktigste delen, fordi den gir motivasjon til å finne ut av resten.",
            "pairs": [
                ("Begripelighet", "Det som skjer, gir mening og kan forstås."),
                ("Håndterbarhet", "Man har ressurser til å møte kravene, selv eller med hjelp fra andre."),
                ("Meningsfullhet", "Det oppleves verdt å engasjere seg, fordi noe i livet betyr noe."),
            ],
        },
        {
            "type": "ordering",
            "text": "En mye brukt modell beskriver endring som en bevegelse gjennom faser. Sett fasene i den "
            "rekkefølgen modellen beskriver dem.",
            "explanation": "Fasene er føroverveielse (endring er ikke aktuelt ennå), overveielse (man veier for "
            "og imot), forberedelse (man bestemmer seg og planlegger), handling (man gjør endringen) og "
            "vedlikehold (man holder endringen ved like). I virkeligheten går ikke endring i rett linje: Det er "
            "vanlig å gå tilbake til en tidligere fase, kanskje flere ganger. Modellen er et verktøy for å forstå "
            "og møte folk der de er, ikke for å sortere dem i båser.",
            "items": ["Føroverveielse", "Overveielse", "Forberedelse", "Handling", "Vedlikehold"],
        },
        {
            "type": "short_text",
            "text": "Hva kalles perspektivet som spør hva som skaper og opprettholder helse, i stedet for hva som "
            "gjør oss syke? Svar med ett ord.",
            "explanation": "Salutogenese betyr omtrent «helsens opprinnelse». Perspektivet ser helse som en "
            "glidende skala mellom god og dårlig helse, ikke som enten eller. Alle befinner seg et sted på "
            "skalaen, også den som har en kronisk sykdom, og alle kan bevege seg mot den gode enden. Når et "
            "lærings- og mestringssenter vil flytte oppmerksomheten fra sykelighet til utviklingsmulighet, er det "
            "dette perspektivet det handler om.",
            "accepted": [
                "salutogenese",
                "salutogenesen",
                "salutogent",
                "salutogent perspektiv",
                "det salutogene perspektivet",
            ],
        },
        {
            "type": "single",
            "text": "Hvilket av eksemplene er følelsesrettet mestring?",
            "explanation": "Problemrettet mestring er å gjøre noe med selve situasjonen, som å lære å måle "
            "blodsukkeret eller planlegge dagen. Følelsesrettet mestring er å håndtere det situasjonen gjør med "
            "oss: sorg, frykt, sinne eller skam. Begge deler trengs. Et tilbud som bare gir kunnskap, men ikke rom "
            "for følelsene, hjelper deltakerne bare halvveis.",
            "choices": [
                {
                    "text": "Å bruke en avspenningsøvelse når redselen for at sykdommen skal bli verre, kommer om "
                    "kvelden.",
                    "correct": True,
                    "feedback": "Riktig. Her håndterer personen følelsen, redselen, og ikke selve sykdommen.",
                },
                {
                    "text": "Å lære seg å måle blodsukkeret.",
                    "correct": False,
                    "feedback": "Nei. Dette er problemrettet mestring: å gjøre noe med selve situasjonen.",
                },
                {
                    "text": "Å planlegge dagen slik at kreftene strekker til.",
                    "correct": False,
                    "feedback": "Nei. Planlegging av krefter er problemrettet mestring.",
                },
                {
                    "text": "Å bestille time hos fastlegen for å få justert medisinene.",
                    "correct": False,
                    "feedback": "Nei. Å søke hjelp for å endre behandlingen er problemrettet mestring.",
                },
            ],
        },
        {
            "type": "multiple",
            "text": "En deltaker er i tvil om hun vil begynne å trene. Hvilke grep er i tråd med det du har lært om "
            "ambivalens og motivasjon? Velg alle som passer.",
            "explanation": "Ambivalens, å ville og ikke ville samtidig, er normalt. Når noen er i tvil, fører "
            "argumenter for endring ofte til at personen forsvarer den andre siden. Motivasjon som kommer fra "
            "personens egne verdier og mål, varer lenger. Vær derfor nysgjerrig på hva som er viktig for henne, "
            "anerkjenn innsatsen, og be om lov før du gir informasjon. Det er hun som bestemmer tempoet.",
            "partial_credit": True,
            "choices": [
                {
                    "text": "Spørre hva som er viktig for henne, og hva som gjør det vanskelig.",
                    "correct": True,
                    "feedback": "Riktig. Når hun får sette ord på sine egne grunner, blir det lettere å ta et "
                    "lite skritt.",
                },
                {
                    "text": "Be om lov før du gir informasjon, og spørre hva hun tenker om den etterpå.",
                    "correct": True,
                    "feedback": "Riktig. Da blir kunnskapen din et tilbud, ikke et pålegg.",
                },
                {
                    "text": "Anerkjenne det hun allerede gjør.",
                    "correct": True,
                    "feedback": "Riktig. Anerkjennelse styrker troen på at hun kan få til mer.",
                },
                {
                    "text": "Gi henne en lang liste over alle grunnene til å trene.",
                    "correct": False,
                    "feedback": "Nei. Når noen er i tvil, får mange argumenter dem ofte til å forsvare den andre "
                    "siden av tvilen.",
                },
                {
                    "text": "Fortelle henne hvilken fase i endringsmodellen hun er i.",
                    "correct": False,
                    "feedback": "Nei. Modellen er et verktøy for din forståelse, ikke en merkelapp å sette på "
                    "deltakerne.",
                },
            ],
        },
        {
            "type": "true_false",
            "text": "Når en deltaker faller tilbake til gamle vaner, betyr det at endringen har mislyktes.",
            "explanation": "Nesten alle som endrer noe, opplever tilbakeslag. Mange langvarige sykdommer svinger "
            "også av seg selv, så en forverring er ikke nødvendigvis noe deltakeren har gjort feil. Et godt "
            "lærings- og mestringstilbud forbereder deltakerne på dette, for eksempel med en enkel plan for "
            "dårlige dager: Hva er tegn på at det går feil vei, hva gjør jeg da, og hvem kan jeg kontakte?",
            "correct": False,
            "feedback_true": "Ikke riktig. Tilbakeslag er en vanlig del av endring, ikke et bevis på at man ikke "
            "får det til.",
            "feedback_false": "Riktig. Tilbakefall til en tidligere fase er en vanlig del av endringsprosessen, "
            "ikke et nederlag.",
        },
        {
            "type": "reflection",
            "text": "Tenk på en endring du selv har gjort eller prøvd å gjøre. Hva hjalp deg videre da det gikk "
            "tregt, og hva kan du ta med deg av det inn i møtet med deltakere?",
            "explanation": "Refleksjonen gir ikke poeng, men svaret ditt blir lagret slik at du kan se det "
            "igjen. Egne erfaringer med endring gjør det lettere å forstå ambivalens og tilbakeslag hos andre, og "
            "å huske at det som hjalp oss, sjelden var at noen fortalte oss hva vi burde gjøre.",
        },
    ],
}


# ---------------------------------------------------------------------------------------------------------------
# Module 7: brukerinnlegget
# ---------------------------------------------------------------------------------------------------------------

BRUKERINNLEGGET = {
    **PRACTICE_DEFAULTS,
    "slug": "ovingssporsmal-brukerinnlegget",
    "title": "Øvingsspørsmål: brukerinnlegget",
    "description": "Spørsmål om bearbeidet erfaring, oppbyggingen av et brukerinnlegg, tid, rollen ved siden av "
    "fagpersonen og grenser for hva du deler.",
    "questions": [
        {
            "type": "single",
            "text": "Hva betyr det at en erfaring er bearbeidet?",
            "explanation": "En bearbeidet erfaring er ikke ferdig eller glemt, og det kan fortsatt gjøre vondt å "
            "tenke på den. Forskjellen er at du har fått et forhold til den: Du har tenkt gjennom hva som skjedde "
            "og hva du lærte, du kan fortelle uten at følelsene tar over, og du kan velge hva du vil dele. Bildet "
            "«fortell fra arrene, ikke fra de åpne sårene» sier det samme.",
            "choices": [
                {
                    "text": "Du har fått et forhold til det som skjedde, og kan fortelle om det uten at "
                    "følelsene tar over.",
                    "correct": True,
                    "feedback": "Riktig. Du står trygt i erfaringen og kan velge hva du vil dele.",
                },
                {
                    "text": "Erfaringen er så gammel at den ikke gjør vondt lenger.",
                    "correct": False,
                    "feedback": "Nei. En bearbeidet erfaring kan fortsatt gjøre vondt. Det som teller, er at du "
                    "har fått et forhold til den, ikke hvor lenge siden det er.",
                },
                {
                    "text": "Du har skrevet ned hele historien fra begynnelse til slutt.",
                    "correct": False,
                    "feedback": "Nei. Å skrive kan være en god måte å bearbeide på, men det er ikke det samme "
                    "som at erfaringen er bearbeidet.",
                },
                {
                    "text": "En fagperson har lest og godkjent historien din.",
                    "correct": False,
                    "feedback": "Nei. Historien din tilhører deg. Fagpersonen skal ikke godkjenne eller rette på den.",
                },
            ],
        },
        {
            "type": "ordering",
            "text": "Sett de fem delene av et brukerinnlegg i riktig rekkefølge.",
            "explanation": "En fast oppbygging gjør det lettere både for deg og for dem som lytter. Åpningen "
            "forteller hvem du er og hva innlegget handler om. Noen få utvalgte erfaringer fortalt konkret sier "
            "mer enn et langt sammendrag. Hva som hjalp, er ofte det deltakerne husker best. Budskapet samler det "
            "du vil at de skal ta med seg, og avslutningen gir ordet trygt videre.",
            "items": ["Åpning", "Noen få utvalgte erfaringer", "Hva som hjalp", "Budskapet", "Avslutning"],
        },
        {
            "type": "multiple",
            "text": "Hva bør du vanligvis holde utenfor brukerinnlegget? Velg alle som passer.",
            "explanation": "Andres historier tilhører dem, og navngitt helsepersonell hører ikke hjemme i et "
            "innlegg. Sterke detaljer om kriser og selvskading kan vekke sterke reaksjoner hos sårbare deltakere, "
            "og råd om medisiner hører hjemme hos fagpersonen. Men du kan godt si at du hadde det vanskelig, uten "
            "detaljer, og hva som hjalp deg, er ofte det viktigste i hele innlegget.",
            "partial_credit": True,
            "choices": [
                {
                    "text": "Detaljer om familiemedlemmer som kan gjøre dem gjenkjennelige.",
                    "correct": True,
                    "feedback": "Riktig. Familien har ikke sagt ja til å være med i innlegget ditt. Fortell om "
                    "hvordan du opplevde det.",
                },
                {
                    "text": "Navn på helsepersonell du har hatt dårlige erfaringer med.",
                    "correct": True,
                    "feedback": "Riktig. Du kan si at noe var vanskelig, men innlegget er ikke stedet for å "
                    "klage på enkeltpersoner.",
                },
                {
                    "text": "Detaljerte beskrivelser av selvskading eller selvmordsforsøk.",
                    "correct": True,
                    "feedback": "Riktig. Slike detaljer kan vekke sterke reaksjoner. Du kan si at du hadde det "
                    "svært vanskelig uten å beskrive hva som skjedde.",
                },
                {
                    "text": "Råd om hvilke medisiner deltakerne bør ta.",
                    "correct": True,
                    "feedback": "Riktig. Det som virket for deg, passer ikke nødvendigvis for andre. Slike "
                    "spørsmål overlater du til fagpersonen.",
                },
                {
                    "text": "Hva som hjalp deg videre.",
                    "correct": False,
                    "feedback": "Nei. Dette er ofte den delen deltakerne husker best, og den gir håp.",
                },
                {
                    "text": "At du hadde det vanskelig i en periode.",
                    "correct": False,
                    "feedback": "Nei. Du kan godt fortelle at det var vanskelig. Det handler om å velge bort "
                    "detaljene, ikke om å skjule at det var tungt.",
                },
            ],
        },
        {
            "type": "single",
            "text": "Under kurset spør en deltaker deg om du synes hun bør bytte medisin. Hva er det beste svaret?",
            "explanation": "Likeverdig betyr ikke at dere gjør det samme. Fagpersonen har ansvaret for den "
            "faglige og medisinske kunnskapen, og brukerrepresentanten for erfaringskunnskapen. Du kan trygt "
            "sende medisinske spørsmål videre, og samtidig tilby det du kan bidra med: hvordan det var for deg å "
            "ta opp slike spørsmål med behandleren.",
            "choices": [
                {
                    "text": "«Det er et godt spørsmål til sykepleieren. Jeg kan gjerne fortelle hvordan det var for "
                    "meg å snakke med legen om medisinene.»",
                    "correct": True,
                    "feedback": "Riktig. Du sender det medisinske spørsmålet videre og bidrar med din egen erfaring.",
                },
                {
                    "text": "«Ja, jeg byttet selv, og det hjalp veldig.»",
                    "correct": False,
                    "feedback": "Nei. Det som virket for deg, passer ikke nødvendigvis for henne. Råd om "
                    "medisiner hører hjemme hos fagpersonen.",
                },
                {
                    "text": "«Det kan jeg ikke svare på», og så gå videre.",
                    "correct": False,
                    "feedback": "Nei. Det er riktig at du ikke skal gi medisinske råd, men hun bør få vite hvor "
                    "hun kan få svar.",
                },
                {
                    "text": "«Nei, du bør aldri bytte medisin uten at det er helt nødvendig.»",
                    "correct": False,
                    "feedback": "Nei. Dette er også et medisinsk råd. Overlat spørsmålet til fagpersonen.",
                },
            ],
        },
        {
            "type": "single",
            "text": "Du har fått ti minutter til brukerinnlegget. Omtrent hvor langt bør manuset være hvis du "
            "snakker i et rolig tempo?",
            "explanation": "Mange snakker i et rolig tempo på omtrent 120–130 ord i minuttet når de forteller for "
            "en gruppe. Ti minutter blir da rundt 1200–1300 ord. Planlegg gjerne for litt kortere enn tiden du har "
            "fått, fordi pauser og spørsmål tar tid, og merk av et avsnitt som kan kuttes. Les innlegget høyt og ta "
            "tiden: Det tar nesten alltid lengre tid enn man tror.",
            "choices": [
                {
                    "text": "Rundt 1200 ord.",
                    "correct": True,
                    "feedback": "Riktig. Det passer med et rolig tempo på omtrent 120–130 ord i minuttet.",
                },
                {
                    "text": "Rundt 500 ord.",
                    "correct": False,
                    "feedback": "Nei. Det holder til omtrent fire minutter i rolig tempo.",
                },
                {
                    "text": "Rundt 2500 ord.",
                    "correct": False,
                    "feedback": "Nei. Det tar omtrent tjue minutter i rolig tempo. Her må noe ut.",
                },
                {
                    "text": "Rundt 4000 ord.",
                    "correct": False,
                    "feedback": "Nei. Det tilsvarer mer enn en halvtime i rolig tempo.",
                },
            ],
        },
        {
            "type": "true_false",
            "text": "Deltakerne på et lærings- og mestringskurs har lovpålagt taushetsplikt om det du forteller i "
            "brukerinnlegget.",
            "explanation": "Fagpersonene har lovpålagt taushetsplikt, men deltakerne har det ikke. Selv om "
            "gruppen avtaler at det som blir sagt, blir i rommet, kan historien din bli husket og gjenfortalt. "
            "Det du sier i en gruppe, kan ikke tas tilbake. Tenk derfor gjennom på forhånd hva du vil at folk skal "
            "vite om deg, også om et år.",
            "correct": False,
            "feedback_true": "Ikke riktig. Deltakerne har ingen lovpålagt taushetsplikt. Avtalen i gruppen er "
            "viktig, men den er ikke en garanti.",
            "feedback_false": "Riktig. Deltakerne har ikke lovpålagt taushetsplikt, og derfor er det klokt å "
            "velge ut med omtanke hva du deler.",
        },
        {
            "type": "short_text",
            "text": "Fullfør bildet som ofte brukes i likepersonsarbeid: «Fortell fra arrene, ikke fra de åpne …»",
            "explanation": "Et arr viser at noe har skjedd, men det er grodd. Et åpent sår blør fortsatt og "
            "tåler lite berøring. Står du midt i en krise, en ny forverring eller en fersk sorg, er det vanligvis "
            "lurt å vente med å holde brukerinnlegg om akkurat det. Det handler ikke om at erfaringen er mindre "
            "verdt, men om å beskytte deg selv og dem som lytter.",
            "accepted": ["sårene", "sår", "åpne sårene", "de åpne sårene"],
        },
    ],
}


# ---------------------------------------------------------------------------------------------------------------
# Final knowledge test: all modules, graded question types only
# ---------------------------------------------------------------------------------------------------------------

KUNNSKAPSTEST = {
    "slug": "kunnskapstest-helsepedagogikk",
    "title": "Kunnskapstest i helsepedagogikk",
    "description": "Kunnskapstesten avslutter kurset i helsepedagogikk og har spørsmål fra alle modulene. Du får "
    "10 tilfeldige spørsmål og kan bruke så lang tid du trenger. For å bestå må du ha minst 70 prosent riktig. "
    "Består du ikke, kan du ta testen på nytt, så mange ganger du vil.",
    "kind": "test",
    "pass_mark": 70,
    "max_attempts": None,
    "questions_per_attempt": 10,
    "shuffle_questions": True,
    "shuffle_choices": True,
    "time_limit_minutes": None,
    "questions": [
        # Helsekompetanse
        {
            "type": "single",
            "text": "Du har forklart en deltaker hvordan hun skal bruke en ny inhalator, og hun nikker. Hva er den "
            "beste måten å sjekke at forklaringen har nådd fram?",
            "explanation": "Teach-back betyr at du ber personen fortelle med egne ord hva hun har forstått, og "
            "forklarer på nytt hvis noe mangler. Det er forklaringen som testes, ikke personen, og derfor tar du "
            "selv ansvaret: «Jeg vil gjerne høre om jeg har forklart dette godt nok.» Spørsmålet «Forsto du?» blir "
            "nesten alltid besvart med ja, også av dem som ikke forsto.",
            "choices": [
                {
                    "text": "Be henne fortelle med egne ord hvordan hun vil gjøre det hjemme i morgen tidlig.",
                    "correct": True,
                    "feedback": "Riktig. Dette er teach-back, og det viser både deg og henne om noe bør "
                    "forklares på nytt.",
                },
                {
                    "text": "Spørre «Forsto du det?».",
                    "correct": False,
                    "feedback": "Nei. Nesten alle svarer ja på dette spørsmålet, også de som ikke har forstått.",
                },
                {
                    "text": "Gi henne en brosjyre med mer utfyllende informasjon.",
                    "correct": False,
                    "feedback": "Nei. Mer tekst sjekker ikke forståelsen, og kan gjøre det vanskeligere å skille "
                    "det viktige fra resten.",
                },
                {
                    "text": "Gjenta forklaringen en gang til med nøyaktig de samme ordene.",
                    "correct": False,
                    "feedback": "Nei. Uten å høre hva hun har forstått, vet du ikke hva som mangler, og de samme "
                    "ordene gir sjelden ny forståelse.",
                },
            ],
        },
        # Brukermedvirkning
        {
            "type": "multiple",
            "text": "Hvilke av disse er tegn på alibimedvirkning? Velg alle som passer.",
            "explanation": "Alibimedvirkning er når brukere formelt er med, men uten reell innflytelse. Typiske "
            "tegn er at brukerrepresentanten kommer inn når programmet er ferdig, bare holder innlegget, og at "
            "ingen kan peke på noe som ble endret etter innspillene. To brukerrepresentanter i arbeidsgruppen og "
            "en brukerrepresentant som leder deler av evalueringen, er tvert imot tegn på ekte medvirkning.",
            "partial_credit": True,
            "choices": [
                {
                    "text": "Brukerrepresentanten blir invitert når programmet allerede er ferdig.",
                    "correct": True,
                    "feedback": "Riktig. Da er de viktigste beslutningene tatt uten henne.",
                },
                {
                    "text": "Innspill blir notert og takket for, men ingen kan peke på noe som ble endret.",
                    "correct": True,
                    "feedback": "Riktig. Medvirkning uten synlige følger er et typisk alibitegn.",
                },
                {
                    "text": "Brukerrepresentanten holder innlegget, men er ikke med i planlegging eller evaluering.",
                    "correct": True,
                    "feedback": "Riktig. Etter Standard metode skal den erfarne brukeren være med i alle tre fasene.",
                },
                {
                    "text": "Arbeidsgruppen har to brukerrepresentanter.",
                    "correct": False,
                    "feedback": "Nei. Minst to brukerrepresentanter er en god regel, så ingen blir en ensom stemme.",
                },
                {
                    "text": "Brukerrepresentanten leder halvparten av evalueringsmøtet.",
                    "correct": False,
                    "feedback": "Nei. Dette viser at brukerrepresentanten har en reell rolle i evalueringen.",
                },
            ],
        },
        {
            "type": "short_text",
            "text": "Hva heter arbeidsmåten som sier at lærings- og mestringstilbud skal planlegges, gjennomføres "
            "og evalueres i sidestilt samarbeid mellom fagpersoner og erfarne brukere? Svar med to ord.",
            "explanation": "Standard metode ble utviklet da det første lærings- og mestringssenteret ble "
            "etablert. Den bygger på brukermedvirkning og på at brukererfaring og fagkunnskap skal stå side om "
            "side. Ordet «standard» viser til arbeidsmåten, ikke til at alle tilbud skal ha samme innhold.",
            "accepted": ["Standard metode", "standardmetode", "standardmetoden", "standard metoden"],
        },
        # Relasjonskompetanse og kommunikasjon
        {
            "type": "single",
            "text": "En deltaker sier: «Jeg er så lei av å være sliten hele tiden.» Hvilket svar er et eksempel på "
            "anerkjennelse?",
            "explanation": "Anerkjennelse betyr å ta den andres opplevelse på alvor som gyldig for henne, og å "
            "vise at du har forstått. Det er ikke det samme som å være enig i alt, men det betyr at du ikke "
            "avviser, bagatelliserer eller skynder deg videre til løsninger. Anerkjennelse gjør det tryggere å "
            "fortsette å fortelle.",
            "choices": [
                {
                    "text": "«Det høres slitsomt ut. Det er forståelig at du blir lei.»",
                    "correct": True,
                    "feedback": "Riktig. Du tar opplevelsen hennes på alvor og viser at du har forstått.",
                },
                {
                    "text": "«Du må ikke tenke sånn, det går sikkert bedre snart.»",
                    "correct": False,
                    "feedback": "Nei. Dette avviser følelsen hennes, selv om det er ment som trøst.",
                },
                {
                    "text": "«Har du prøvd å legge deg tidligere?»",
                    "correct": False,
                    "feedback": "Nei. Et råd som kommer før du har vist at du forstår, kan oppleves som at du "
                    "ikke lytter.",
                },
                {
                    "text": "«Sånn var det for meg også, men jeg kom meg gjennom det.»",
                    "correct": False,
                    "feedback": "Nei. Her flyttes oppmerksomheten fra henne til deg.",
                },
            ],
        },
        {
            "type": "true_false",
            "text": "I motiverende samtale er det en god tommelfingerregel å stille flere spørsmål enn du gir "
            "refleksjoner.",
            "explanation": "Tommelfingerregelen er motsatt: Gi flere refleksjoner enn du stiller spørsmål. "
            "Refleksjoner er utsagn som speiler det du har hørt, og de gir personen mulighet til å høre sine egne "
            "tanker igjen. Mange spørsmål på rad gjør samtalen til et intervju, mens refleksjoner gjør den til en "
            "samtale der den andre får tenke høyt.",
            "correct": False,
            "feedback_true": "Ikke riktig. Regelen er å gi flere refleksjoner enn spørsmål, slik at samtalen ikke "
            "blir et intervju.",
            "feedback_false": "Riktig. Flere refleksjoner enn spørsmål gjør at den andre får tenke høyt.",
        },
        # Gruppeledelse
        {
            "type": "multiple",
            "text": "Hvilke spilleregler er det lurt å foreslå for en gruppe ved første samling? Velg alle som passer.",
            "explanation": "Spilleregler gir trygghet. Taushetsplikt i gruppen og frivillighet er nesten alltid "
            "med, og det er vanlig å avtale at én snakker om gangen. Å kreve at alle forteller om diagnosen sin, "
            "bryter med frivilligheten. Og deltakerne bør snakke ut fra egen erfaring, ikke gi hverandre råd om "
            "medisiner.",
            "partial_credit": True,
            "choices": [
                {
                    "text": "Det deltakerne forteller om seg selv og andre, blir i gruppen.",
                    "correct": True,
                    "feedback": "Riktig. Taushetsplikt i gruppen er en av de viktigste spillereglene.",
                },
                {
                    "text": "Det er alltid lov å stå over en runde.",
                    "correct": True,
                    "feedback": "Riktig. Frivillighet gjør det tryggere å være med.",
                },
                {
                    "text": "Én snakker om gangen.",
                    "correct": True,
                    "feedback": "Riktig. Det gir alle mulighet til å bli hørt.",
                },
                {
                    "text": "Alle forteller om diagnosen og behandlingen sin i første runde.",
                    "correct": False,
                    "feedback": "Nei. Ingen skal måtte fortelle mer enn de ønsker. Den første runden bør være "
                    "lett å svare på.",
                },
                {
                    "text": "Deltakerne gir hverandre råd om hvilke medisiner som virker best.",
                    "correct": False,
                    "feedback": "Nei. Deltakerne snakker ut fra egen erfaring. Råd om medisiner hører hjemme "
                    "hos behandleren.",
                },
            ],
        },
        {
            "type": "true_false",
            "text": "Deltakerne i en kursgruppe har lovpålagt taushetsplikt om det de hører fra de andre deltakerne.",
            "explanation": "Fagpersonene har lovpålagt taushetsplikt etter helsepersonelloven, og "
            "brukerrepresentanter som leder, signerer ofte en taushetserklæring. Deltakerne har derimot ikke "
            "taushetsplikt etter loven. Taushetsplikten i gruppen er en avtale, og lederen bør si det ærlig. Det "
            "gjør frivilligheten enda viktigere: Hver deltaker bestemmer selv hva hun vil dele.",
            "correct": False,
            "feedback_true": "Ikke riktig. Taushetsplikten i gruppen er en avtale, ikke en lovpålagt plikt for "
            "deltakerne.",
            "feedback_false": "Riktig. Deltakerne har ikke lovpålagt taushetsplikt, så avtalen i gruppen og "
            "frivilligheten er ekstra viktige.",
        },
        # Didaktikk og planlegging
        {
            "type": "matching",
            "text": "Eksemplene er hentet fra planen for et kveldskurs om mat og diabetes. Koble hvert element i den "
            "didaktiske relasjonsmodellen med eksemplet som hører til.",
            "explanation": "De seks elementene er deltakerforutsetninger, rammefaktorer, mål, innhold, "
            "arbeidsmåter og vurdering. Modellen er et verktøy for å se helheten: Deltakernes erfaring med "
            "sykdommen påvirker hvilke mål som er realistiske, rammene avgjør hvilke arbeidsmåter som er mulige, "
            "og vurderingen bør vise om målene ble nådd.",
            "pairs": [
                (
                    "Deltakerforutsetninger",
                    "De fleste har levd med diabetes i mange år, og flere er lei av å høre de samme rådene.",
                ),
                ("Rammefaktorer", "Kurset har fire kveldsmøter på to timer i et kommunalt helsehus."),
                ("Mål", "Deltakerne kan finne mengden karbohydrater på en matvaredeklarasjon."),
                ("Innhold", "Karbohydrater, blodsukker og måltidsrytme."),
                ("Arbeidsmåter", "Deltakerne tar med egne matvarer og leser deklarasjonene sammen i små grupper."),
                (
                    "Vurdering",
                    "I siste samling forteller deltakerne hva de har prøvd ut hjemme, og fyller ut et kort skjema.",
                ),
            ],
        },
        {
            "type": "single",
            "text": "Hvilket læringsmål er skrevet fra deltakerens ståsted og er lett å vurdere?",
            "explanation": "Et godt læringsmål sier hva deltakerne skal kunne etter tilbudet, ikke hva "
            "kurslederne skal gjøre. Det bruker et verb som viser noe man kan se eller høre, som «forklare». "
            "Uklare verb som «kjenne til» og «forstå» gjør det vanskelig å vite om målet er nådd. Hvis dere ikke "
            "vet hvordan dere skal se at målet er nådd, er det sannsynligvis for uklart.",
            "choices": [
                {
                    "text": "Deltakerne kan forklare hvorfor blodsukkeret stiger etter et måltid.",
                    "correct": True,
                    "feedback": "Riktig. Målet er skrevet fra deltakerens ståsted, og «forklare» kan høres og "
                    "vurderes.",
                },
                {
                    "text": "Vi går gjennom de nasjonale kostrådene.",
                    "correct": False,
                    "feedback": "Nei. Dette beskriver innholdet og kursledernes aktivitet.",
                },
                {
                    "text": "Deltakerne skal kjenne til kostrådene.",
                    "correct": False,
                    "feedback": "Nei. «Kjenne til» er et uklart verb. Hvordan ser dere at noen kjenner til noe?",
                },
                {
                    "text": "Kurslederne viser en film om diabetes.",
                    "correct": False,
                    "feedback": "Nei. Dette er en arbeidsmåte, ikke et mål for deltakernes læring.",
                },
            ],
        },
        # Endrings- og mestringsprosesser
        {
            "type": "short_text",
            "text": "Hvilket norsk ord bruker kurset for empowerment? Svar med ett ord.",
            "explanation": "Myndiggjøring handler om at mennesker får mer kontroll over forhold som har betydning "
            "for egen helse og eget liv. Det er både et mål og en arbeidsmåte: Vi kan ikke gi noen makt ved å "
            "bestemme over dem, bare legge til rette for at de tar den i bruk. I praksis betyr det at deltakerne er "
            "med og bestemmer hva som tas opp, og møtes som eksperter på eget liv.",
            "accepted": [
                "myndiggjøring",
                "myndiggjøringen",
                "myndiggjøre",
                "egenkraft",
                "egenkraftmobilisering",
                "egenkraftmobiliseringen",
            ],
        },
        {
            "type": "single",
            "text": "En deltaker sier: «Jeg vet at jeg burde gå mer tur, men jeg orker ikke tanken.» Hva er mest i "
            "tråd med det du har lært om ambivalens?",
            "explanation": "Deltakeren uttrykker ambivalens: en del vil, og en annen del vil helst slippe. Det er "
            "normalt. Som kursleder trenger du ikke å overbevise. Vær heller nysgjerrig på hva som er viktig for "
            "henne og hva som gjør det vanskelig. Når folk får sette ord på sine egne grunner, blir det ofte "
            "lettere å ta et lite skritt, og det er hun som bestemmer tempoet.",
            "choices": [
                {
                    "text": "Være nysgjerrig og spørre hva som gjør turer viktige for henne, og hva som gjør det "
                    "vanskelig.",
                    "correct": True,
                    "feedback": "Riktig. Du utforsker begge sidene av tvilen, og lar henne finne sine egne grunner.",
                },
                {
                    "text": "Gi henne flere gode argumenter for å gå tur.",
                    "correct": False,
                    "feedback": "Nei. Argumenter for endring får ofte den som er i tvil, til å forsvare den andre "
                    "siden.",
                },
                {
                    "text": "Si at hun ikke er motivert ennå, og at hun kan komme tilbake når hun er klar.",
                    "correct": False,
                    "feedback": "Nei. Motivasjon er ikke noe man enten har eller mangler. Den varierer, blant "
                    "annet med hvordan man blir møtt.",
                },
                {
                    "text": "Lage en treningsplan for henne til neste samling.",
                    "correct": False,
                    "feedback": "Nei. En plan hun ikke har vært med og laget, blir lett ditt prosjekt og ikke hennes.",
                },
            ],
        },
        {
            "type": "true_false",
            "text": "Det salutogene perspektivet ser helse som en glidende skala, der også en person med kronisk "
            "sykdom kan bevege seg mot god helse.",
            "explanation": "Salutogenese spør hva som skaper helse, ikke bare hva som gjør oss syke. Helse sees "
            "som en glidende skala mellom god og dårlig helse, ikke som enten eller. Alle befinner seg et sted på "
            "skalaen, også den som har en kronisk sykdom, og alle kan bevege seg mot den gode enden. Opplevelse "
            "av sammenheng, med begripelighet, håndterbarhet og meningsfullhet, hjelper oss å bruke ressursene "
            "vi har.",
            "correct": True,
            "feedback_true": "Riktig. Helse er ikke enten eller, og alle kan bevege seg mot den gode enden av skalaen.",
            "feedback_false": "Ikke riktig. Det salutogene perspektivet ser nettopp helse som en glidende skala, "
            "også for dem som har en kronisk sykdom.",
        },
        # Brukerinnlegget
        {
            "type": "single",
            "text": "Hvorfor bør en brukerrepresentant fortelle fra bearbeidet erfaring i brukerinnlegget?",
            "explanation": "En personlig historie kan overbelaste både den som forteller og dem som lytter. Når "
            "erfaringen er bearbeidet, kan fortelleren stå trygt i den, velge hva hun vil dele og løfte blikket "
            "til det som er nyttig for deltakerne. Det sier ingenting om verdien av erfaringer som ennå er ferske, "
            "men mye om når det er klokt å bruke dem i undervisning.",
            "choices": [
                {
                    "text": "For å beskytte både seg selv og tilhørerne, og kunne formidle det deltakerne har "
                    "nytte av.",
                    "correct": True,
                    "feedback": "Riktig. Bearbeidet erfaring gir trygghet for fortelleren og nytte for deltakerne.",
                },
                {
                    "text": "Fordi erfaringer som fortsatt gjør vondt, ikke har verdi for andre.",
                    "correct": False,
                    "feedback": "Nei. Erfaringen har verdi, men det kan være klokt å vente med å dele den til den "
                    "er bearbeidet.",
                },
                {
                    "text": "Fordi fagpersonen skal kunne kontrollere historien på forhånd.",
                    "correct": False,
                    "feedback": "Nei. Historien tilhører brukerrepresentanten. Fagpersonen kan gi "
                    "tilbakemelding på lengde og oppbygging, men ikke rette på innholdet.",
                },
                {
                    "text": "Fordi innlegget da blir lengre og mer detaljert.",
                    "correct": False,
                    "feedback": "Nei. Bearbeiding gjør det tvert imot lettere å velge ut og kutte.",
                },
            ],
        },
    ],
}


QUIZZES = [
    HELSEKOMPETANSE,
    BRUKERMEDVIRKNING,
    RELASJONSKOMPETANSE,
    GRUPPELEDELSE,
    DIDAKTIKK,
    ENDRING_OG_MESTRING,
    BRUKERINNLEGGET,
    KUNNSKAPSTEST,
]
