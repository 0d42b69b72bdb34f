"""Demoinnhold for digitale temasamlinger, lunsjwebinarer og podkast (NK LMH).

Alle personer er oppdiktede. Tekstene er skrevet for demoen og er ikke hentet
fra andre kilder. day_offset er antall dager i forhold til dagen demoen lastes
inn, flyttet til nærmeste virkedag som ikke er helligdag (demo/dates.py);
start_time er lokal tid i Europe/Oslo.

Et opptak i demoen er de første 24 sekundene av samlingen (seks tekstbolker på
fire sekunder hver, se build_demo_media), så kapittelmerkene ligger innenfor de sekundene.
"""

SPEAKERS = [
    {
        "key": "ingrid",
        "name": "Ingrid Haugland",
        "role": "Sykepleier og rådgiver, lærings- og mestringssenter",
        "is_user_representative": False,
        "bio": (
            "Ingrid Haugland er sykepleier og har i over ti år planlagt og ledet "
            "gruppebaserte kurs ved lærings- og mestringssenteret i et helseforetak. "
            "Hun underviser helst sammen med erfarne brukere og er opptatt av at et "
            "kurs på skjerm skal være like trygt og inkluderende som et kurs i et "
            "møterom. Hun er også gruppeleder i det digitale kurset i helsepedagogikk."
        ),
    },
    {
        "key": "haakon",
        "name": "Håkon Brenden",
        "role": "Spesialrådgiver og pedagog, NK LMH",
        "is_user_representative": False,
        "bio": (
            "Håkon Brenden er pedagog og arbeider med kompetanseheving i "
            "helsepedagogikk i NK LMH. Han er særlig opptatt av didaktisk planlegging "
            "og av hvordan fagpersoner og erfarne brukere kan lære av hverandre. "
            "Håkon er programleder i Helsepedagogikk-podden."
        ),
    },
    {
        "key": "marit",
        "name": "Marit Aune Solheim",
        "role": "Erfaren bruker og brukerrepresentant",
        "is_user_representative": True,
        "bio": (
            "Marit Aune Solheim har levd med en langvarig revmatisk sykdom i over "
            "tjue år og har vært brukerrepresentant i lærings- og mestringstilbud i "
            "snart ti år. Hun sitter i arbeidsgrupper, holder brukerinnlegg og er "
            "medleder i lokale grupper i det digitale kurset i helsepedagogikk. Hun "
            "mener brukererfaring skal være en likeverdig kunnskapskilde, ikke et "
            "innslag på slutten av dagen."
        ),
    },
    {
        "key": "kjetil",
        "name": "Kjetil Bakke Nygård",
        "role": "Erfaringskonsulent, kommunal psykisk helse- og rustjeneste",
        "is_user_representative": True,
        "bio": (
            "Kjetil Bakke Nygård er erfaringskonsulent og bruker egen erfaring med "
            "rusavhengighet og tilfriskning i arbeidet sitt. Han underviser både "
            "brukere og ansatte og har lang erfaring med å holde brukerinnlegg, også "
            "på skjerm. Han er opptatt av trygge rammer og av at ingen skal måtte dele "
            "mer enn de selv ønsker."
        ),
    },
    {
        "key": "sunniva",
        "name": "Sunniva Lie Rød",
        "role": "Fysioterapeut og koordinator, interkommunal lærings- og mestringstjeneste",
        "is_user_representative": False,
        "bio": (
            "Sunniva Lie Rød er fysioterapeut og koordinerer en interkommunal lærings- "
            "og mestringstjeneste. Hun har bygget opp kveldskurs for personer med "
            "langvarige smerter og kurs på tvers av diagnoser, både i møterom og på "
            "skjerm. Hun liker å teste nye verktøy, men spør alltid først om de gjør "
            "det lettere for deltakerne å lære av hverandre."
        ),
    },
    {
        "key": "farah",
        "name": "Farah Iqbal Vik",
        "role": "Rådgiver for digital læring, NK LMH",
        "is_user_representative": False,
        "bio": (
            "Farah Iqbal Vik har bakgrunn som lærer og universitetspedagog og er "
            "rådgiver for digital læring i NK LMH. Hun har ansvaret for de tekniske og "
            "didaktiske rammene rundt de digitale temasamlingene og hjelper kursledere "
            "med å velge verktøy som er universelt utformet. Hun mener det beste "
            "digitale verktøyet ofte er det enkleste."
        ),
    },
    {
        "key": "berit",
        "name": "Berit Sandvold",
        "role": "Pårørenderepresentant og erfaren bruker",
        "is_user_representative": True,
        "bio": (
            "Berit Sandvold har i mange år vært pårørende til ektemannen, som har "
            "demens, og er pårørenderepresentant i flere kommunale tilbud. Hun har "
            "vært med på å utvikle et kurs for pårørende som går både fysisk og "
            "digitalt. Hun er opptatt av at pårørende trenger både kunnskap og "
            "pusterom, og at et digitalt tilbud kan gjøre det mulig å delta uten å "
            "måtte skaffe avløser."
        ),
    },
]

TOPICS = [
    "Digitale verktøy",
    "Brukermedvirkning",
    "Brukerinnlegg",
    "Pårørende",
    "Helsekompetanse",
    "Gruppeledelse",
    "Evaluering",
    "Didaktikk",
]

# Guests from other services who have a seat at the workshop: with the two demo
# accounts, 11 of its 12 seats are taken, so the next sign-up gets the last seat
# and the one after goes on the waiting list.
WORKSHOP_GUESTS = [
    ("Anne Lise Haugen", "Lærings- og mestringssenteret, Sykehuset Innlandet"),
    ("Bjørn Erik Solberg", "Frisklivs- og mestringssentralen, Hamar kommune"),
    ("Camilla Nygaard", "LMS, Vestre Viken"),
    ("Dag Ove Lunde", "Landsforeningen for hjerte- og lungesyke"),
    ("Elin Sæther", "Psykisk helse og rus, Drammen kommune"),
    ("Fredrik Aas", "Lærings- og mestringssenteret, Sykehuset Østfold"),
    ("Gunn Rita Berg", "Diabetesforbundet, Viken"),
    ("Hassan Ali", "Lærings- og mestringssenteret, Akershus universitetssykehus"),
    ("Ingunn Moe", "Hverdagsrehabilitering, Lillestrøm kommune"),
]

SERIES = [
    {
        # {season} is filled in from the sessions' dates when the demo is loaded.
        "slug": "digitale-temasamlinger",
        "title": "Digitale temasamlinger {season}",
        "intro": (
            "<p>I de digitale temasamlingene {season} tester vi sammen digitale "
            "verktøy og ressurser som kan brukes i gruppebaserte lærings- og "
            "mestringstilbud. Hver samling har ett tema. Vi viser hvordan verktøyet "
            "fungerer, prøver det ut i praksis og snakker om hva som skal til for at "
            "det faktisk støtter læring, mestring og brukermedvirkning.</p>"
            "<p>Samlingene er for fagpersoner og erfarne brukere som planlegger, "
            "gjennomfører eller evaluerer lærings- og mestringstilbud i sykehus og "
            "kommuner. Hver samling ledes av fagpersoner og brukerrepresentanter "
            "sammen. Du trenger ikke være teknisk flink: Vi går gjennom alt steg for "
            "steg, og det er lov å prøve og feile.</p>"
            "<p>Du finner forberedende stoff under hver samling. Etter samlingen "
            "legger vi ut opptak med teksting, transkripsjon og kapittelmerker, "
            "sammen med en kort oppsummering.</p>"
        ),
        "sessions": [
            # ------------------------------------------------------------------
            {
                "slug": "grupperom-i-videomoter",
                "title": "Grupperom i videomøter: små samtaler på stor skjerm",
                "topics": ["Digitale verktøy", "Gruppeledelse"],
                "speakers": ["farah", "ingrid", "marit"],
                "day_offset": -68,
                "start_time": "13:00",
                "duration_minutes": 60,
                "format": "online",
                "location": "",
                "capacity": 100,
                "audience": (
                    "Fagpersoner og erfarne brukere som leder, eller skal lede, "
                    "gruppebaserte lærings- og mestringstilbud i videomøte."
                ),
                "summary": (
                    "Vi tester grupperom i videomøter og ser på hvordan du fordeler "
                    "deltakere, gir gode oppgaver og samler gruppen igjen."
                ),
                "description": (
                    "<p>Erfaringsdeling i små grupper er kjernen i mange lærings- og "
                    "mestringstilbud. I et møterom flytter deltakerne stolene sammen. "
                    "I et videomøte må du som kursleder gjøre det samme med noen få "
                    "klikk – og det er lett å miste noen på veien.</p>"
                    "<p>I denne temasamlingen tester vi grupperom i videomøteløsningen "
                    "sammen. Du blir selv sendt inn i et grupperom, og etterpå ser vi "
                    "på hva kurslederne gjorde underveis. Vi går gjennom:</p>"
                    "<ul>"
                    "<li>hvordan du fordeler deltakere manuelt eller automatisk, og når "
                    "det ene er bedre enn det andre</li>"
                    "<li>hvordan du formulerer en oppgave som står seg når gruppen er "
                    "alene</li>"
                    "<li>hvordan fagperson og brukerrepresentant deler på oppgavene når "
                    "de leder sammen</li>"
                    "<li>hva du gjør når noen faller ut, mangler lyd eller blir sittende "
                    "alene i et rom</li>"
                    "</ul>"
                    "<p>Samlingen ledes av en rådgiver for digital læring, en sykepleier "
                    "og en erfaren bruker som har vært medleder i digitale kurs i flere "
                    "år. Vi veksler mellom korte innlegg, utprøving og samtale. Bruk "
                    "gjerne PC eller nettbrett med kamera og mikrofon, og ha "
                    "hodetelefoner klare. Du trenger ikke å ha brukt grupperom før.</p>"
                    "<p>Etter samlingen skal du kunne sette opp grupperom på egen hånd, "
                    "og du skal ha en plan for hvordan du ivaretar deltakere som synes "
                    "det er utrygt å snakke i små grupper på skjerm. Grupperommene tas "
                    "ikke opp.</p>"
                ),
                "materials_before": [
                    {
                        "title": "Sjekk utstyret ditt",
                        "text": (
                            "<p>Logg inn i videomøtet ti minutter før start, så "
                            "rekker du å teste lyd og bilde. Bruk gjerne hodetelefoner "
                            "med mikrofon – da slipper vi ekko når mange snakker i "
                            "samme rom. Sørg for at du har siste versjon av "
                            "videomøteprogrammet eller en oppdatert nettleser, for "
                            "eldre versjoner viser ikke alltid knappen for å bli med i "
                            "grupperom. Sitter du på jobb, kan det lønne seg å spørre "
                            "IT-avdelingen på forhånd om noe er sperret. Finn gjerne "
                            "et sted der du kan snakke fritt. Det er helt greit å ha "
                            "kameraet av en stund hvis du trenger det.</p>"
                        ),
                    },
                    {
                        "title": "Refleksjonsspørsmål før samlingen",
                        "text": (
                            "<p>Tenk på en gang du selv var med i en gruppesamtale på "
                            "skjerm. Hva gjorde at du fikk lyst til å si noe, og hva "
                            "gjorde at du holdt deg taus? Skriv ned to eller tre "
                            "stikkord. Tenk så på deltakerne i ditt eget lærings- og "
                            "mestringstilbud: Hvem av dem tror du vil trives i et "
                            "grupperom, og hvem kan trenge litt ekstra støtte? Vi "
                            "bruker stikkordene i den første gruppesamtalen, og du "
                            "bestemmer selv hvor mye du vil dele.</p>"
                        ),
                    },
                ],
                "materials_after": [
                    {
                        "title": "Oppsummering: fem råd om grupperom",
                        "text": (
                            "<p>Dette tok vi med oss fra samlingen:</p>"
                            "<ol>"
                            "<li>Legg oppgaven i chatten før gruppene åpnes, og send "
                            "den inn i rommene også.</li>"
                            "<li>To til fire personer per rom fungerer best, slik modulen "
                            "om gruppeledelse anbefaler. Er dere bare to, blir det "
                            "sårbart hvis én faller ut.</li>"
                            "<li>Gi én konkret oppgave, og si hvor lang tid gruppene "
                            "har. Beregn heller litt for mye tid enn for lite.</li>"
                            "<li>Avtal på forhånd hvem av dere som blir igjen i "
                            "hovedrommet og tar imot dem som faller ut.</li>"
                            "<li>Varsle to minutter før rommene lukkes, og start "
                            "fellesdelen med et åpent spørsmål i stedet for en runde "
                            "der alle må rapportere.</li>"
                            "</ol>"
                        ),
                    },
                    {
                        "title": "Spørsmål fra chatten",
                        "text": (
                            "<p>Flere spurte om deltakerne kan bytte grupperom selv. "
                            "Det går i de fleste løsninger, men vi anbefaler faste "
                            "grupper gjennom hele kurset, fordi det gir trygghet å "
                            "møte de samme menneskene. Noen lurte på personvernet: "
                            "Grupperom tas ikke opp, men minn deltakerne på at det som "
                            "blir sagt i gruppen, skal bli i gruppen. Til slutt spurte "
                            "en deltaker hva man gjør med den som aldri sier noe. Vårt "
                            "svar er at taushet også kan være deltakelse – spør gjerne "
                            "i en pause om personen har det greit, men ikke press.</p>"
                        ),
                    },
                ],
                "recording": {
                    "transcript": (
                        "Farah Iqbal Vik: Hei, og velkommen, alle sammen! Det kommer "
                        "fortsatt folk inn, så vi venter et lite øyeblikk. Skriv gjerne i "
                        "chatten hvor du sitter og hva slags tilbud du jobber med. Jeg "
                        "heter Farah og er rådgiver for "
                        "digital læring i NK LMH, og i dag har jeg med meg Ingrid og "
                        "Marit.\n\n"
                        "Ingrid Haugland: Hei! Jeg er sykepleier og jobber på et lærings- "
                        "og mestringssenter. Marit og jeg har holdt et kurs på tvers av "
                        "diagnoser sammen i snart tre år, først i møterom og etter hvert "
                        "på skjerm.\n\n"
                        "Marit Aune Solheim: Og jeg er Marit, erfaren bruker, og jeg har "
                        "vært med i arbeidsgruppen for det kurset helt fra starten. Jeg "
                        "skal være ærlig og si at jeg var ganske skeptisk da vi skulle "
                        "over på skjerm. Det fine med kurset vårt var jo pausene og "
                        "praten rundt kaffekoppen. Det tenkte jeg at vi ville miste.\n\n"
                        "Farah Iqbal Vik: Det er et godt utgangspunkt, for det er nettopp "
                        "det vi skal snakke om i dag. Grupperom er et forsøk på å få "
                        "tilbake noe av den lille samtalen. Men først en ting om "
                        "opptaket: Vi tar opp det som skjer i hovedrommet, men ikke det "
                        "som skjer i grupperommene. Det dere sier til hverandre der, "
                        "lagres ikke noe sted.\n\n"
                        "Ingrid Haugland: Kan jeg bare legge til at det er lurt å si akkurat "
                        "det samme til deltakerne på et kurs? Vi merket at folk ble mer "
                        "åpne i gruppene etter at vi begynte å si det høyt hver gang.\n\n"
                        "Farah Iqbal Vik: Ja. Så, Ingrid, hvorfor bruker dere grupperom i "
                        "det hele tatt? Dere kunne jo hatt én stor samtale.\n\n"
                        "Ingrid Haugland: Vi har ofte femten, seksten deltakere. I en stor "
                        "samtale på skjerm er det kanskje fire som snakker, og det er de "
                        "samme fire hver gang. I et rom med tre andre er det mye lettere å "
                        "si noe. Og det er jo i erfaringsdelingen mye av læringen skjer – "
                        "når noen sier «sånn har jeg det også», og en annen sier «jeg har "
                        "prøvd noe som fungerte».\n\n"
                        "Marit Aune Solheim: For meg som brukerrepresentant ble "
                        "grupperommene faktisk en åpning. I starten følte jeg at jeg satt "
                        "og ventet på min tur, på brukerinnlegget mitt. Nå går Ingrid og "
                        "jeg inn i hvert vårt rom og lytter. Da hører jeg hva folk strever "
                        "med, og kan ta det opp i fellesdelen etterpå.\n\n"
                        "Farah Iqbal Vik: Det er et fint eksempel på at dere deler "
                        "lederrollen. Hvordan bestemmer dere hvem som gjør hva?\n\n"
                        "Marit Aune Solheim: Vi har en liten kjøreplan der vi skriver hvem "
                        "som åpner gruppene, hvem som blir igjen i hovedrommet og hvem som "
                        "sender beskjed om tiden. Det høres byråkratisk ut, men den har "
                        "reddet oss mange ganger.\n\n"
                        "Farah Iqbal Vik: Nå skal vi prøve dette selv. Dere blir fordelt "
                        "automatisk, to til fire i hvert rom, og dere har tolv minutter. "
                        "Oppgaven ligger i chatten: Fortell kort om en gang du var med i en samtale på skjerm, og hva "
                        "som gjorde at du sa noe – eller lot være. Dere skal ikke "
                        "rapportere alt tilbake.\n\n"
                        "Marit Aune Solheim: Og husk at det er helt lov å si «pass».\n\n"
                        "Farah Iqbal Vik: Godt poeng. Da åpner jeg rommene nå. Vi ses om "
                        "tolv minutter.\n\n"
                        "Farah Iqbal Vik: Velkommen tilbake! Ingrid, du var innom "
                        "et av rommene?\n\n"
                        "Ingrid Haugland: Ja, og det første de snakket om, var at én av dem "
                        "ikke fikk lyd. Så de brukte tre minutter på teknikk. Det er helt "
                        "vanlig, og det viser hvor viktig det er å gi litt ekstra tid.\n\n"
                        "Farah Iqbal Vik: Det er et av rådene vi kommer tilbake til: Sett "
                        "heller av femten minutter enn tolv, og gi beskjed to minutter før "
                        "du lukker rommene. Marit, er det noe i chatten?\n\n"
                        "Marit Aune Solheim: Her skriver en at hun synes det er ubehagelig "
                        "å bli sendt inn i et rom med fremmede. Det forstår jeg godt. På "
                        "kurset vårt har vi derfor faste grupper fra første dag, så man "
                        "møter de samme folkene hver gang. Det gjør mye med tryggheten."
                    ),
                    "chapters": [
                        ["00:00", "Velkommen mens folk kommer inn"],
                        ["00:08", "Skriv i chatten hvor du sitter"],
                        ["00:12", "Farah presenterer seg og gjestene"],
                    ],
                },
            },
            # ------------------------------------------------------------------
            {
                "slug": "digital-tavle-og-avstemning",
                "title": "Digital tavle og avstemning: få hele gruppen med",
                "topics": ["Digitale verktøy", "Brukermedvirkning", "Didaktikk"],
                "speakers": ["sunniva", "haakon", "kjetil"],
                "day_offset": -40,
                "start_time": "13:00",
                "duration_minutes": 60,
                "format": "online",
                "location": "",
                "capacity": 100,
                "audience": (
                    "Fagpersoner og brukerrepresentanter som vil gjøre digitale kurs "
                    "mer aktive og bedre tilpasset deltakernes forutsetninger."
                ),
                "summary": (
                    "Vi prøver en digital tavle og anonym avstemning, og ser på hvordan "
                    "verktøyene kan åpne for samtale i stedet for å erstatte den."
                ),
                "description": (
                    "<p>Når du underviser på skjerm, ser du mindre av hvordan gruppen "
                    "har det. Hvem henger med? Hvem kjenner seg igjen? Hvem har noe på "
                    "hjertet, men sier det ikke? En digital tavle og en enkel "
                    "avstemning kan gi deg et bedre bilde – hvis de brukes med omtanke.</p>"
                    "<p>I denne temasamlingen tester vi to verktøy i praksis:</p>"
                    "<ul>"
                    "<li><strong>Anonym avstemning</strong> med flervalg og ordsky. Vi "
                    "ser på hvordan et spørsmål kan fungere som en temperaturmåler og "
                    "som inngang til en samtale, ikke som en prøve med rette svar.</li>"
                    "<li><strong>Digital tavle</strong> der alle kan skrive lapper uten "
                    "å logge inn. Vi bruker den til å kartlegge hva som gir og tar "
                    "energi i hverdagen, slik du kan gjøre første kursdag.</li>"
                    "</ul>"
                    "<p>Underveis knytter vi verktøyene til den didaktiske "
                    "relasjonsmodellen, særlig til deltakerforutsetninger og "
                    "vurdering. Vi snakker også om det som lett blir glemt: personvern "
                    "når spørsmålene handler om helse, og tilgjengelighet for deltakere "
                    "som bruker skjermleser eller ikke er vant til å skrive på "
                    "data.</p>"
                    "<p>Samlingen ledes av en fysioterapeut som bruker verktøyene i "
                    "egne kveldskurs, en pedagog fra NK LMH og en erfaringskonsulent "
                    "som har vært både begeistret og skeptisk. Du deltar fra egen PC, "
                    "og det er en fordel om du har mobilen ved siden av, siden noen "
                    "synes det er enklere å svare på avstemningen der. Du går hjem med "
                    "ferdige maler du kan kopiere til ditt eget tilbud.</p>"
                ),
                "materials_before": [
                    {
                        "title": "Slik kommer du inn på tavla og avstemningen",
                        "text": (
                            "<p>Under samlingen legger vi to lenker i chatten: én til "
                            "avstemningen og én til tavla. Du trenger ikke å opprette "
                            "konto eller logge inn. Klikk på lenken, så åpnes verktøyet "
                            "i en ny fane. Hvis du bare har én skjerm, kan det være "
                            "lurt å åpne avstemningen på mobilen ved å skanne "
                            "QR-koden vi viser. Svarene er anonyme, og vi sletter "
                            "tavla og resultatene to uker etter samlingen. Bruker du "
                            "skjermleser, får du en tekstversjon av alt innholdet på "
                            "tavla tilsendt etterpå.</p>"
                        ),
                    },
                    {
                        "title": "Den didaktiske relasjonsmodellen i korte trekk",
                        "text": (
                            "<p>Modellen beskriver seks elementer som påvirker "
                            "hverandre når du planlegger undervisning: "
                            "deltakerforutsetninger, rammefaktorer, mål, innhold, "
                            "arbeidsmåter og vurdering. Endrer du ett element, får det "
                            "følger for de andre. Et digitalt verktøy er en del av "
                            "arbeidsmåtene, men det påvirker også rammene – for "
                            "eksempel hvor mye tid du trenger – og det kan hjelpe deg "
                            "å forstå deltakernes forutsetninger. Tenk før samlingen "
                            "over hvilket av de seks elementene du synes er "
                            "vanskeligst å ivareta på skjerm.</p>"
                        ),
                    },
                ],
                "materials_after": [
                    {
                        "title": "Oppsummering: tavle og avstemning",
                        "text": (
                            "<p>Verktøyene fungerte best når de åpnet for samtale. En "
                            "anonym avstemning kan vise gruppen at flere deler samme "
                            "erfaring, og tavla kan gi et bilde av deltakernes "
                            "hverdag før du bestemmer hva du skal legge vekt på. Tre "
                            "råd fra samlingen:</p>"
                            "<ul>"
                            "<li>Bruk høyst to avstemninger per økt, og snakk alltid "
                            "om resultatet.</li>"
                            "<li>Si tydelig om svarene er anonyme, og sjekk at det "
                            "stemmer i innstillingene.</li>"
                            "<li>Les opp det som står på tavla, og lag en tekstversjon "
                            "til dem som ikke kan bruke den.</li>"
                            "</ul>"
                        ),
                    },
                    {
                        "title": "Tekstversjon av tavla",
                        "text": (
                            "<p><strong>Dette gir meg energi:</strong> turer ute, "
                            "venner som ikke bare spør om sykdommen, musikk, å få til "
                            "noe praktisk, barnebarn, å hjelpe andre.</p>"
                            "<p><strong>Dette tapper meg:</strong> dårlig søvn, å vente "
                            "på svar, å måtte forklare seg på nytt til nye "
                            "behandlere, skjemaer, dårlig samvittighet overfor "
                            "familien.</p>"
                            "<p><strong>Dette vil jeg prøve:</strong> å si nei oftere, "
                            "å planlegge hvile før jeg blir utslitt, å bli med i en "
                            "turgruppe, å spørre legen om det jeg ikke forstår.</p>"
                        ),
                    },
                ],
                "recording": {
                    "transcript": (
                        "Sunniva Lie Rød: Da er vi i gang igjen etter pausen. Før pausen "
                        "svarte dere på den første avstemningen, og jeg vil gjerne vise "
                        "resultatet. Spørsmålet var: «Hva er den største utfordringen når "
                        "du leder grupper på skjerm?» Det klart største svaret er «Det er "
                        "vanskelig å vite om deltakerne henger med». Så kommer «Få "
                        "deltakere sier noe», og deretter teknikk.\n\n"
                        "Håkon Brenden: Det overrasker meg egentlig ikke. Når vi står i "
                        "et rom, leser vi ansikter hele tiden, uten å tenke over det. På "
                        "skjerm ser vi kanskje ti små ruter, og halvparten har kameraet "
                        "av. Da trenger vi andre måter å spørre gruppen på.\n\n"
                        "Sunniva Lie Rød: Og der kan en avstemning være nyttig. Ikke som "
                        "en prøve med rett og galt, men som en temperaturmåler. Kjetil, du "
                        "har vært litt skeptisk til dette?\n\n"
                        "Kjetil Bakke Nygård: Ja, det har jeg vel. Jeg har sittet på kurs "
                        "der vi svarte på fem avstemninger på en time, og da føler man "
                        "seg mer som et datapunkt enn som en deltaker. Men jeg har også "
                        "opplevd det motsatte. På et kurs for ansatte om rus og psykisk "
                        "helse spurte vi anonymt om de selv eller noen nær dem hadde "
                        "erfaring med rusproblemer. Over halvparten svarte ja. Det "
                        "endret hele stemningen. Folk skjønte at vi ikke snakket om «de "
                        "andre».\n\n"
                        "Håkon Brenden: Det er et godt eksempel på at avstemningen ikke er "
                        "poenget i seg selv. Poenget er samtalen etterpå. Du brukte "
                        "resultatet som en inngang.\n\n"
                        "Kjetil Bakke Nygård: Ja. Og det var viktig at den var anonym, og "
                        "at vi sa det tydelig. Mange lurer på om kurslederen kan se hvem "
                        "som har svart hva.\n\n"
                        "Sunniva Lie Rød: Og det varierer mellom verktøyene. I det vi "
                        "tester i dag, kan ikke vi som arrangører se hvem som svarer hva, "
                        "og vi sletter svarene etter samlingen. Men sjekk alltid "
                        "innstillingene før du bruker et verktøy på kurs, særlig når "
                        "spørsmålene handler om helse.\n\n"
                        "Håkon Brenden: Skal vi gå over til tavla?\n\n"
                        "Sunniva Lie Rød: Ja. Jeg legger lenken i chatten nå. Dere "
                        "trenger ikke å logge inn, dere klikker bare på lenken og kommer "
                        "rett inn på en tavle med tre kolonner. Den første heter «Dette "
                        "gir meg energi», den andre «Dette tapper meg», og den tredje "
                        "«Dette vil jeg prøve». Dobbeltklikk hvor som helst for å lage en "
                        "lapp.\n\n"
                        "Kjetil Bakke Nygård: Og det er helt greit bare å se på hva andre "
                        "skriver. Det er også å delta.\n\n"
                        "Sunniva Lie Rød: Helt riktig. Vi gir det fem minutter. Nå begynner "
                        "det å fylle seg opp. Håkon, hva ser du?\n\n"
                        "Håkon Brenden: Jeg ser at mange har skrevet turer og venner under "
                        "energi. Under det som tapper, er det mye om søvn, om å vente på "
                        "svar og om å måtte forklare seg på nytt. Det er jo akkurat de "
                        "temaene et mestringskurs bør ta tak i. Dette viser hvordan tavla "
                        "kan brukes til å bli kjent med deltakerforutsetningene, det "
                        "første elementet i den didaktiske relasjonsmodellen. Du får et "
                        "bilde av hvor gruppen står før du bestemmer hva du skal legge vekt "
                        "på.\n\n"
                        "Sunniva Lie Rød: Og det fine er at tavla blir liggende. På kurset "
                        "vårt tar vi den fram igjen siste kursdag og spør: Har noe endret "
                        "seg? Da blir den en del av evalueringen også.\n\n"
                        "Kjetil Bakke Nygård: En ting til, som vi lærte på den harde måten. "
                        "Ikke alle kan bruke tavla. Vi hadde en deltaker med skjermleser "
                        "som ikke fikk lest lappene. Nå leser en av oss alltid opp det som "
                        "står der, og vi sender ut en tekstversjon etterpå.\n\n"
                        "Sunniva Lie Rød: Det tar vi med som et viktig råd. Det står også "
                        "en i chatten og spør om man kan bruke tavla med eldre deltakere "
                        "som ikke er vant til data.\n\n"
                        "Kjetil Bakke Nygård: Vi har gjort det slik at deltakerne kan si "
                        "det høyt, og så skriver en av oss lappen for dem. Da er de med "
                        "likevel, og ingen blir sittende og føle seg dumme."
                    ),
                    "chapters": [
                        ["00:00", "I gang igjen etter pausen"],
                        ["00:12", "Resultatet av den første avstemningen"],
                    ],
                },
            },
            # ------------------------------------------------------------------
            {
                "slug": "brukerinnlegget-i-digitalt-format",
                "title": "Brukerinnlegget i digitalt format",
                "topics": ["Brukerinnlegg", "Brukermedvirkning", "Digitale verktøy"],
                "speakers": ["kjetil", "marit", "haakon"],
                "day_offset": -12,
                "start_time": "12:30",
                "duration_minutes": 60,
                "format": "hybrid",
                "location": "Lærings- og mestringssenteret, kursrom 2, Sykehusveien 12, 0450 Oslo",
                "capacity": 110,
                "audience": (
                    "Erfarne brukere som holder eller skal holde brukerinnlegg, og "
                    "fagpersoner som samarbeider med dem om digitale tilbud."
                ),
                "summary": (
                    "Hvordan formidler du egen erfaring når tilhørerne sitter bak en "
                    "skjerm – og hvordan tar du vare på deg selv etterpå?"
                ),
                "description": (
                    "<p>Brukerinnlegget er for mange deltakere det de husker best fra "
                    "et lærings- og mestringstilbud. Men hva skjer med innlegget når "
                    "det flyttes over på skjerm? Du får mindre respons fra tilhørerne, "
                    "teknikken kan svikte, og når møtet er slutt, sitter du kanskje "
                    "alene med det du nettopp har fortalt.</p>"
                    "<p>I denne temasamlingen, som holdes både i kursrom og digitalt, "
                    "ser vi på håndverket bak et godt brukerinnlegg i digitalt format. "
                    "To erfarne brukere deler hvordan de har gjort det, og hva de har "
                    "endret underveis. Vi tester:</p>"
                    "<ul>"
                    "<li>å holde innlegget direkte i videomøtet, med og uten bilder</li>"
                    "<li>å spille inn deler av innlegget på forhånd, med teksting</li>"
                    "<li>den samme oppbyggingen i fem deler som i kursets modul om "
                    "brukerinnlegget: åpning, noen få utvalgte erfaringer, hva som "
                    "hjalp, budskapet og avslutning</li>"
                    "</ul>"
                    "<p>Vi snakker også om det som gjør at brukerinnlegget blir trygt for "
                    "både den som forteller og dem som lytter: bearbeidet erfaring, "
                    "tydelige avtaler om hva som skal deles, samtykke til opptak, og "
                    "en fast ettersamtale med kurslederen.</p>"
                    "<p>Selve brukerinnleggene blir ikke fortalt i denne samlingen – vi "
                    "snakker om hvordan de bygges opp. Samlingen passer både for deg "
                    "som er ny som brukerrepresentant og for deg som har holdt innlegg "
                    "i mange år, og for fagpersoner som vil bli bedre samarbeidspartnere. "
                    "Deltar du i kursrommet, er det kaffe og frukt fra kvart over "
                    "tolv.</p>"
                ),
                "materials_before": [
                    {
                        "title": "Tre spørsmål før du lager et digitalt brukerinnlegg",
                        "text": (
                            "<p>Hvem lytter? Tenk på hvem deltakerne er, og hva de "
                            "kan ha nytte av å høre fra nettopp deg. Hva vil du at de "
                            "skal sitte igjen med? Velg ett eller to budskap, ikke hele "
                            "historien. Hva holder du for deg selv? Bestem på forhånd "
                            "hva som ikke skal med, og fortell det gjerne til "
                            "kurslederen, så kan dere hjelpe hverandre hvis noen "
                            "stiller spørsmål om det. Skriv svarene ned og ta dem med "
                            "til samlingen. Du trenger ikke vise dem til noen.</p>"
                        ),
                    },
                    {
                        "title": "Om opptak og samtykke",
                        "text": (
                            "<p>Vurderer dere å spille inn et brukerinnlegg, må det "
                            "finnes en skriftlig avtale om hva opptaket skal brukes "
                            "til, hvem som kan se det, hvor det lagres og når det "
                            "slettes. Den som forteller, må kunne trekke samtykket "
                            "når som helst, og opptaket må da slettes. Tenk også "
                            "gjennom at det du forteller om egen helse, er sensitive "
                            "personopplysninger. Ta gjerne med spørsmål om dette til "
                            "samlingen.</p>"
                        ),
                    },
                ],
                "materials_after": [
                    {
                        "title": "Sjekkliste for digitalt brukerinnlegg",
                        "text": (
                            "<ul>"
                            "<li>Bli enig med kurslederen om hva du skal fortelle, og "
                            "hvor lang tid du har.</li>"
                            "<li>Test lyd, lys og kamera dagen før, gjerne sammen med "
                            "kurslederen.</li>"
                            "<li>Ha en lapp med tre stikkord ved siden av kameraet.</li>"
                            "<li>Bruk få eller ingen lysark, så tilhørerne ser deg.</li>"
                            "<li>Avtal hvem som leser opp spørsmål fra chatten.</li>"
                            "<li>Sett av ti minutter til ettersamtale med kurslederen "
                            "når møtet er over.</li>"
                            "</ul>"
                        ),
                    },
                    {
                        "title": "Oppsummering fra samlingen",
                        "text": (
                            "<p>Både i kursrommet og på skjerm var det enighet om at "
                            "strukturen betyr mer digitalt enn ellers, fordi du får "
                            "mindre respons underveis. Et innspilt innlegg kan gi "
                            "trygghet og gode undertekster, men blir lett distansert. "
                            "Flere vil derfor prøve en mellomting: et kort innspilt "
                            "innlegg, og så samtale direkte etterpå. Det viktigste "
                            "rådet var likevel ettersamtalen. Den er like mye for "
                            "kurslederen som for den som har fortalt.</p>"
                        ),
                    },
                ],
                "recording": {
                    "transcript": (
                        "Håkon Brenden: Velkommen til dere som sitter her i kursrommet, og "
                        "til alle som er med på skjerm. Vi er rundt tretti her og nesten "
                        "åtti digitalt, så vi prøver i dag akkurat det vi skal snakke om. "
                        "Marit og Kjetil, dere har begge holdt brukerinnlegg i mange år. "
                        "Hva er den største forskjellen på skjerm?\n\n"
                        "Marit Aune Solheim: For meg er det stillheten. Når jeg forteller "
                        "om perioden da jeg ikke klarte å jobbe, ser jeg i et rom at noen "
                        "nikker og noen ser ned. Jeg kjenner at jeg blir tatt imot. På "
                        "skjerm snakker jeg inn i et kamera og får ingenting tilbake. "
                        "Første gang trodde jeg at det hadde gått helt galt. Men i "
                        "evalueringen skrev flere at det var det de husket best fra "
                        "kurset.\n\n"
                        "Kjetil Bakke Nygård: Jeg kjenner meg igjen. Og så er det én ting "
                        "til: Hjemme er man alene etterpå. Når jeg holder innlegg i et rom, "
                        "kommer det alltid noen bort i pausen og sier noe. På skjerm "
                        "trykker man på «forlat møtet», og så sitter man der med alt man "
                        "nettopp har fortalt.\n\n"
                        "Håkon Brenden: Hva har du gjort med det?\n\n"
                        "Kjetil Bakke Nygård: Vi har innført en ettersamtale. Kurslederen "
                        "og jeg tar ti minutter etter kurset, bare vi to. Hvordan gikk "
                        "det, hvordan har du det nå? Det høres lite ut, men det betyr "
                        "mye.\n\n"
                        "Håkon Brenden: Det henger sammen med noe vi snakker mye om i "
                        "helsepedagogikken, nemlig bearbeidet erfaring. Et brukerinnlegg "
                        "handler ikke om å fortelle alt. Det handler om å velge ut det som "
                        "kan være til nytte for tilhørerne, og fortelle det fra et sted "
                        "der du står trygt.\n\n"
                        "Marit Aune Solheim: Jeg pleier å si til meg selv at jeg forteller "
                        "om det som har grodd, ikke om det som fortsatt er vondt. Hvis jeg "
                        "kjenner at noe er for nært, lar jeg det ligge til neste gang.\n\n"
                        "Håkon Brenden: La oss bli konkrete på det digitale. Kjetil, du har "
                        "spilt inn innlegget ditt på forhånd noen ganger?\n\n"
                        "Kjetil Bakke Nygård: Ja, på et kurs med mange deltakere, og der "
                        "jeg bodde var nettet ustabilt. Fordelen var at jeg fikk sagt "
                        "akkurat det jeg ville, med teksting, og jeg slapp å være nervøs "
                        "for teknikken. Ulempen var at det ble litt dødt. Så vi landet på "
                        "en mellomting: Jeg spiller inn den første og mest personlige "
                        "delen, og så er jeg til stede direkte etterpå og svarer på "
                        "spørsmål. Da får deltakerne både historien og meg som person.\n\n"
                        "Marit Aune Solheim: Jeg har aldri turt å spille inn. Jeg er redd "
                        "for at det skal ligge ute et sted og leve sitt eget liv.\n\n"
                        "Håkon Brenden: Det er en helt legitim bekymring. Gjør dere opptak "
                        "av et brukerinnlegg, må dere avtale skriftlig hva det skal brukes "
                        "til, hvor det lagres og når det slettes. Og den som forteller, må "
                        "kunne trekke samtykket. Det er også grunnen til at verken Marit "
                        "eller Kjetil forteller selve innlegget sitt i dag. Vi snakker om "
                        "håndverket. Her er et spørsmål fra chatten: «Bør man bruke "
                        "bilder?»\n\n"
                        "Marit Aune Solheim: Jeg bruker ett bilde, av en skog der jeg gikk "
                        "turer i en tung periode. Jeg viser det i starten, og så slutter "
                        "jeg å dele skjermen. Jeg vil at de skal se på meg, ikke på "
                        "lysark.\n\n"
                        "Kjetil Bakke Nygård: Jeg bruker ingen. Men jeg har en lapp ved "
                        "siden av kameraet med tre stikkord, for den røde tråden. Mister "
                        "jeg tråden, ser jeg på lappen.\n\n"
                        "Håkon Brenden: Det vi hører her, er at formidlingskompetanse i stor "
                        "grad handler om struktur, de fem delene fra kurset: åpning, noen "
                        "få utvalgte erfaringer, hva som hjalp, budskapet og avslutning. "
                        "Om du står i et rom eller sitter foran et kamera, er "
                        "nesten underordnet. Men på skjerm blir strukturen enda viktigere, "
                        "fordi du mister responsen fra tilhørerne. Her i rommet rekker "
                        "noen opp hånda – ja, vær så god."
                    ),
                    "chapters": [
                        ["00:00", "Velkommen i rommet og på skjerm"],
                        ["00:08", "Vi prøver i dag det vi snakker om"],
                        ["00:16", "Hva er annerledes på skjerm?"],
                    ],
                },
            },
            # ------------------------------------------------------------------
            {
                "slug": "helsekompetanse-i-digitale-kurs",
                "title": "Helsekompetanse i digitale kurs",
                # The course lessons the session really covers (module slug, lesson slug): attending
                # completes these, never the quiz lesson on klarspråk and teach-back.
                "credits": [("helsekompetanse", "hva-er-helsekompetanse")],
                "topics": ["Helsekompetanse", "Digitale verktøy", "Pårørende"],
                "speakers": ["ingrid", "farah", "berit"],
                "day_offset": 16,
                "start_time": "13:00",
                "duration_minutes": 90,
                "format": "online",
                "location": "",
                "capacity": 150,
                "audience": (
                    "Fagpersoner og brukerrepresentanter som vil gjøre digitale kurs "
                    "lettere å forstå og lettere å delta i."
                ),
                "summary": (
                    "Vi tester automatisk teksting, tilbakelæringsmetoden på skjerm og "
                    "en klarspråksjekk av egne kurstekster."
                ),
                "description": (
                    "<p>Helsekompetanse handler om å kunne finne, forstå, vurdere og "
                    "bruke informasjon om egen helse. I et lærings- og mestringstilbud "
                    "er det vi som formidler, som har ansvaret for å bli forstått – "
                    "ikke deltakerne som har ansvaret for å forstå alt. På skjerm blir "
                    "dette ekstra krevende. Du ser mindre av hvordan deltakerne "
                    "reagerer, og mange må i tillegg mestre selve teknikken.</p>"
                    "<p>I denne temasamlingen ser vi på hvordan du kan styrke "
                    "helsekompetansen i et digitalt kurs, og vi tester tre verktøy og "
                    "metoder:</p>"
                    "<ul>"
                    "<li><strong>Automatisk teksting</strong> i videomøtet: Hvor godt "
                    "fungerer den med norsk fagspråk og dialekter, og hva gjør du når "
                    "den tar feil?</li>"
                    "<li><strong>Tilbakelæringsmetoden</strong> (teach-back) på skjerm: "
                    "Vi øver på å sjekke forståelse ved å be deltakerne forklare med "
                    "egne ord, uten at det føles som en eksamen.</li>"
                    "<li><strong>Klarspråksjekk</strong> av egne lysark og "
                    "invitasjoner, der vi jobber i par i grupperom.</li>"
                    "</ul>"
                    "<p>Vi snakker også om digital helsekompetanse: at det å finne "
                    "lenken, logge inn og slå på mikrofonen er en del av læringen, og "
                    "hvordan dere kan gi hjelp før kurset starter. En "
                    "pårørenderepresentant forteller om å få viktig informasjon i en "
                    "krevende livssituasjon, og om hva som gjorde at den til slutt ble "
                    "forstått.</p>"
                    "<p>Ta gjerne med et lysark, en invitasjon eller en annen tekst fra "
                    "ditt eget tilbud. Samlingen varer i halvannen time, med en pause "
                    "på ti minutter. Samlingen blir tatt opp, men ikke arbeidet i "
                    "grupperommene.</p>"
                ),
                "materials_before": [
                    {
                        "title": "Hva er helsekompetanse?",
                        "text": (
                            "<p>Helsekompetanse er evnen til å finne, forstå, vurdere "
                            "og bruke helseinformasjon for å ta beslutninger om eget "
                            "liv og egen helse. Den er ikke fast: Den samme personen "
                            "kan forstå mye en dag og lite den neste, for eksempel "
                            "rett etter en tung beskjed. Helsekompetanse avhenger "
                            "derfor like mye av hvordan helsetjenesten formidler, som "
                            "av den enkelte. Tenk over før samlingen: Når har du selv "
                            "fått helseinformasjon du ikke forsto, og hva ville "
                            "hjulpet deg?</p>"
                        ),
                    },
                    {
                        "title": "Ta med en tekst fra eget tilbud",
                        "text": (
                            "<p>I andre del av samlingen jobber vi i par med en "
                            "klarspråksjekk. Ta derfor med en kort tekst fra ditt eget "
                            "lærings- og mestringstilbud: en invitasjon, et "
                            "informasjonsskriv eller to–tre lysark. Fjern navn og "
                            "andre opplysninger om deltakere før du deler. Du får en "
                            "enkel sjekkliste å jobbe etter, og makkeren din leser "
                            "teksten med nye øyne. Har du ikke en egen tekst, får du "
                            "et eksempel av oss.</p>"
                        ),
                    },
                ],
            },
            # ------------------------------------------------------------------
            {
                "slug": "verksted-evaluering-av-digitale-tilbud",
                "title": "Verksted: evaluering av digitale lærings- og mestringstilbud",
                "topics": ["Evaluering", "Brukermedvirkning", "Digitale verktøy"],
                "speakers": ["sunniva", "marit"],
                "day_offset": 45,
                "start_time": "10:00",
                "duration_minutes": 180,
                "format": "physical",
                "location": "NK LMH, møterom Utsikten, Sykehusveien 12, 0450 Oslo",
                # A workshop with tables of three or four; the demo fills all seats but one (WORKSHOP_GUESTS).
                "capacity": 12,
                "audience": (
                    "Arbeidsgrupper, fagpersoner og brukerrepresentanter som vil "
                    "forbedre evalueringen av et eget tilbud som helt eller delvis går "
                    "digitalt."
                ),
                "summary": (
                    "Et lite verksted der du jobber med evalueringsopplegget i ditt "
                    "eget tilbud, med tett veiledning fra en fagperson og en erfaren "
                    "bruker."
                ),
                "description": (
                    "<p>Hvordan vet vi om et digitalt lærings- og mestringstilbud "
                    "virker? Og hvordan evaluerer vi slik at det faktisk fører til "
                    "endringer, og ikke bare til et skjema som blir liggende i en mappe? "
                    "I dette verkstedet jobber vi konkret med evalueringen av deres "
                    "egne tilbud.</p>"
                    "<p>Vi tar utgangspunkt i syklusen planlegge, gjennomføre, evaluere "
                    "og forbedre, og i vurderingselementet i den didaktiske "
                    "relasjonsmodellen. Vi ser på sammenhengen mellom læringsmålene "
                    "dere har satt, og spørsmålene dere stiller i evalueringen. Vi "
                    "tester også et digitalt evalueringsskjema og sammenligner det med "
                    "en kort muntlig evaluering siste kursdag.</p>"
                    "<p>Du tar med evalueringsopplegget fra ditt eget tilbud, og vi "
                    "jobber med det sammen. Du får hjelp til å:</p>"
                    "<ul>"
                    "<li>formulere spørsmål som er lette å forstå, og som måler det "
                    "dere faktisk vil vite</li>"
                    "<li>gjøre skjemaet tilgjengelig for deltakere som bruker "
                    "skjermleser eller har lese- og skrivevansker</li>"
                    "<li>ivareta personvernet når deltakere skriver om egen helse i "
                    "fritekstfelt</li>"
                    "<li>la brukerrepresentantene være med på å tolke svarene, ikke "
                    "bare på å samle dem inn</li>"
                    "</ul>"
                    "<p>Verkstedet ledes av en fysioterapeut og en erfaren bruker som "
                    "sammen har evaluert og endret et kveldskurs flere ganger. Fordi vi "
                    "jobber tett med hvert enkelt opplegg, har verkstedet svært få "
                    "plasser. Er det fullt, kan du sette deg på venteliste, så får du "
                    "beskjed hvis en plass blir ledig. Vi serverer lett lunsj "
                    "underveis.</p>"
                ),
                "materials_before": [
                    {
                        "title": "Forbered verkstedet",
                        "text": (
                            "<p>Ta med evalueringsskjemaet eller en beskrivelse av "
                            "hvordan dere evaluerer tilbudet i dag, og gjerne en "
                            "anonymisert oppsummering av svarene fra sist. Ta også med "
                            "læringsmålene for tilbudet. Har dere ingen skriftlig "
                            "evaluering ennå, er du like velkommen – da lager vi et "
                            "første utkast sammen. Kom gjerne som par, en fagperson og "
                            "en brukerrepresentant fra samme arbeidsgruppe. Da kan "
                            "dere ta det dere lager rett med hjem og bruke det neste "
                            "gang tilbudet går.</p>"
                        ),
                    },
                    {
                        "title": "Refleksjonsspørsmål: hva vil dere egentlig vite?",
                        "text": (
                            "<p>Mange evalueringsskjemaer spør om deltakerne var "
                            "fornøyde med lokalet, maten og kurslederne. Det kan være "
                            "nyttig, men sier lite om hva de har lært, eller om de "
                            "mestrer hverdagen bedre. Skriv ned ett eller to ting dere "
                            "i arbeidsgruppen virkelig lurer på om tilbudet deres. Hva "
                            "ville dere endret hvis svaret var nei? Spørsmålene dine "
                            "blir utgangspunktet for arbeidet i verkstedet.</p>"
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "lunsjwebinarer",
        "title": "Lunsjwebinarer",
        "intro": (
            "<p>Lunsjwebinarene er korte, nasjonale faglige påfyll som passer inn i "
            "lunsjpausen. På 30 til 45 minutter får du et konkret innspill fra praksis, "
            "forskning eller brukererfaring, og det er tid til noen spørsmål i chatten "
            "til slutt.</p>"
            "<p>Webinarene er åpne for alle som arbeider med lærings- og "
            "mestringstilbud – fagpersoner i sykehus og kommuner, brukerrepresentanter, "
            "likepersoner og studenter. Du trenger ikke å forberede deg, men vi legger "
            "ut en kort tekst på forhånd for deg som vil. Ta med matpakka, slå gjerne "
            "av kameraet, og still spørsmål underveis.</p>"
            "<p>Alle webinarene blir tatt opp. Opptak med teksting, transkripsjon og "
            "kapittelmerker legges ut her kort tid etter sending.</p>"
        ),
        "sessions": [
            # ------------------------------------------------------------------
            {
                "slug": "digital-brukermedvirkning-i-arbeidsgruppa",
                "title": "Digital brukermedvirkning: når arbeidsgruppen møtes på skjerm",
                "topics": ["Brukermedvirkning", "Digitale verktøy"],
                "speakers": ["ingrid", "kjetil"],
                "day_offset": -26,
                "start_time": "11:30",
                "duration_minutes": 30,
                "format": "online",
                "location": "",
                "capacity": 500,
                "audience": (
                    "Alle som planlegger lærings- og mestringstilbud sammen med "
                    "brukerrepresentanter og møtes digitalt."
                ),
                "summary": (
                    "Videomøter sparer reisetid, men kan gjøre brukermedvirkningen "
                    "tynnere. Tre grep som gjør arbeidsgruppen mer likeverdig på skjerm."
                ),
                "description": (
                    "<p>Lærings- og mestringstilbud skal planlegges, gjennomføres og "
                    "evalueres i et likeverdig samarbeid mellom fagpersoner og erfarne "
                    "brukere. Når arbeidsgruppen møtes på skjerm, blir det lettere for "
                    "mange brukerrepresentanter å delta: ingen reisevei, ingen "
                    "parkering, og møtet kan legges til et tidspunkt som passer. Men "
                    "digitale møter er ofte kortere og mer effektive, og det kan gjøre "
                    "medvirkningen tynnere enn før.</p>"
                    "<p>I dette lunsjwebinaret snakker en sykepleier og en "
                    "erfaringskonsulent om hva som skjer med brukermedvirkningen når "
                    "arbeidsgruppen flytter over på skjerm. De deler erfaringer fra en "
                    "arbeidsgruppe som gikk i flere feller, og fra hvordan de kom seg "
                    "ut av dem. Du får høre om:</p>"
                    "<ul>"
                    "<li>hvorfor de uformelle samtalene mellom fagpersonene er en "
                    "skjult trussel mot medvirkningen</li>"
                    "<li>felles dokumenter som alle i arbeidsgruppen faktisk får "
                    "tilgang til – også de uten jobbkonto</li>"
                    "<li>møteformer der brukerrepresentantene slipper til først</li>"
                    "<li>tid og honorar for arbeid mellom møtene</li>"
                    "</ul>"
                    "<p>Webinaret varer i en halvtime, og de siste minuttene går til "
                    "spørsmål fra chatten. Du trenger ikke forberede deg, men tenk "
                    "gjerne over hvordan arbeidsgruppen i ditt eget tilbud jobber i "
                    "dag.</p>"
                ),
                "materials_before": [
                    {
                        "title": "Før webinaret",
                        "text": (
                            "<p>Tenk på den siste arbeidsgruppen du var med i. Hvem "
                            "foreslo temaene for tilbudet? Hvem skrev kursplanen? Og "
                            "hvor ble de viktigste beslutningene tatt – i møtene, "
                            "eller i samtaler mellom møtene? Du trenger ikke skrive "
                            "noe ned, men spørsmålene kan hjelpe deg å kjenne igjen "
                            "egen praksis i det vi snakker om. Webinaret åpner ti "
                            "minutter før start, og du kan delta fra PC, nettbrett "
                            "eller mobil.</p>"
                        ),
                    },
                ],
                "materials_after": [
                    {
                        "title": "Tre grep for digital brukermedvirkning",
                        "text": (
                            "<ol>"
                            "<li><strong>Ett felles dokument.</strong> Kursplanen "
                            "ligger ett sted, og alle i arbeidsgruppen kan lese og "
                            "kommentere, også mellom møtene. Sjekk på forhånd at "
                            "brukerrepresentantene faktisk kommer inn.</li>"
                            "<li><strong>Brukerne først.</strong> Start hvert møte med "
                            "en runde der brukerrepresentantene sier hva de har tenkt "
                            "siden sist.</li>"
                            "<li><strong>Ingen vedtak uten brukere.</strong> Avtal at "
                            "ingenting bestemmes i et møte der ingen "
                            "brukerrepresentant er til stede, og at de alltid er minst "
                            "to.</li>"
                            "</ol>"
                        ),
                    },
                ],
                "recording": {
                    "transcript": (
                        "Ingrid Haugland: Hei, og velkommen til lunsjwebinar! Finn fram "
                        "matpakka, vi holder på i en halvtime. Temaet i dag er digital "
                        "brukermedvirkning. Da mener vi ikke at brukere deltar på digitale "
                        "kurs, men at brukerrepresentantene er med og planlegger, "
                        "gjennomfører og evaluerer tilbudet, også når arbeidsgruppen møtes "
                        "på skjerm. Med meg har jeg Kjetil.\n\n"
                        "Kjetil Bakke Nygård: Hei. Jeg er erfaringskonsulent og har sittet "
                        "i en del arbeidsgrupper, noen gode og noen mindre gode.\n\n"
                        "Ingrid Haugland: Vi begynner der. Hva kjennetegner en "
                        "arbeidsgruppe der du ikke opplever at du har medvirket, selv om "
                        "du var med?\n\n"
                        "Kjetil Bakke Nygård: At alt er bestemt før jeg kommer. Man får "
                        "tilsendt en ferdig kursplan og blir spurt om innspill. På skjerm "
                        "blir det enda tydeligere, fordi møtene er kortere. Fagpersonene "
                        "har kanskje snakket sammen i lunsjen eller på gangen, og så møtes "
                        "vi en halvtime der alt skal vedtas.\n\n"
                        "Ingrid Haugland: Det er en felle vi gikk rett i selv. Vi trodde "
                        "digitale møter skulle gjøre det lettere for brukerrepresentantene "
                        "å delta, og det stemte jo. Men vi glemte at de uformelle "
                        "samtalene fortsatte, bare uten brukerne.\n\n"
                        "Kjetil Bakke Nygård: Og det er ingen som gjør det med vilje. Det "
                        "er bare sånn det blir når noen sitter i samme korridor.\n\n"
                        "Ingrid Haugland: Så hva gjorde vi? Tre ting. For det første samlet "
                        "vi kursplanen i ett felles dokument som alle i arbeidsgruppen kan "
                        "redigere, også mellom møtene. Brukerrepresentantene har samme "
                        "tilgang som oss. For det andre starter vi alle møter med en runde "
                        "der hver får si hva de har tenkt siden sist, og brukerne "
                        "begynner. For det tredje avtalte vi at ingenting vedtas i et møte "
                        "der ingen brukerrepresentant er til stede.\n\n"
                        "Kjetil Bakke Nygård: Det første høres enkelt ut, men det var det "
                        "ikke. Jeg har ikke jobbkonto i helseforetaket, så jeg fikk ikke "
                        "åpnet dokumentet. Det tok tre uker å løse.\n\n"
                        "Ingrid Haugland: Ja, det var litt flaut. Men det er et viktig "
                        "praktisk poeng: Sjekk før oppstart at brukerrepresentantene "
                        "faktisk kommer inn i verktøyene dere bruker, og spør "
                        "personvernombudet hvilke verktøy dere kan bruke.\n\n"
                        "Kjetil Bakke Nygård: Og så vil jeg nevne tid og honorar. Å lese "
                        "og kommentere et dokument mellom møtene er også arbeid. Forventer "
                        "man at brukerrepresentantene skal gjøre det, må den tiden regnes "
                        "med og betales for.\n\n"
                        "Ingrid Haugland: Helt enig. Vi har et spørsmål i chatten: "
                        "«Hvordan får vi brukerrepresentantene til å si fra i digitale "
                        "møter, når de er få og fagpersonene mange?»\n\n"
                        "Kjetil Bakke Nygård: Vær minst to brukerrepresentanter. Alltid. Og "
                        "så hjelper det at møtelederen spør direkte. Ikke «har noen "
                        "innspill?», men «Kjetil, hvordan ser dette ut fra deltakernes "
                        "side?» Da vet jeg at det er meg det spørres etter, og at det "
                        "faktisk er plass til svaret.\n\n"
                        "Ingrid Haugland: Og det siste jeg vil si, handler om evalueringen. "
                        "Vi går nå gjennom kursevalueringene sammen i et videomøte, og "
                        "brukerrepresentantene leser dem først og sier hva de legger merke "
                        "til. Da hører vi andre ting i svarene enn vi gjorde før.\n\n"
                        "Kjetil Bakke Nygård: Det er kanskje der jeg har følt meg mest "
                        "nyttig, egentlig. Å lese det deltakerne skriver med de øynene jeg "
                        "har."
                    ),
                    "chapters": [
                        ["00:00", "Velkommen til lunsjwebinar"],
                        ["00:08", "Dagens tema: digital brukermedvirkning"],
                    ],
                },
            },
            # ------------------------------------------------------------------
            {
                "slug": "parorende-pa-skjerm",
                "title": "Pårørende på skjerm: digitale tilbud for pårørende",
                "topics": ["Pårørende", "Digitale verktøy", "Brukermedvirkning"],
                "speakers": ["berit", "sunniva"],
                "day_offset": 23,
                "start_time": "12:00",
                "duration_minutes": 45,
                "format": "online",
                "location": "",
                "capacity": 500,
                "audience": (
                    "Fagpersoner og pårørenderepresentanter som utvikler eller holder "
                    "lærings- og mestringstilbud for pårørende."
                ),
                "summary": (
                    "Hva gjør et digitalt tilbud godt for pårørende, og hva mister vi "
                    "når praten i gangen forsvinner?"
                ),
                "description": (
                    "<p>Opplæring av pårørende er en lovpålagt oppgave for helsetjenesten, "
                    "og mange pårørende har stor nytte av å møte andre i samme situasjon. Likevel er det ofte "
                    "vanskelig å delta på et kurs: Den du er pårørende til, kan ikke "
                    "alltid være alene, avløser må skaffes, og reiseveien kan være "
                    "lang. For mange har digitale tilbud gjort det mulig å delta – "
                    "fra rommet ved siden av.</p>"
                    "<p>I dette lunsjwebinaret forteller en pårørenderepresentant og en "
                    "fysioterapeut om et kurs for pårørende til personer med demens som "
                    "de har utviklet sammen, og som nå går både fysisk og digitalt. De "
                    "deler hva som fungerte, hva som ikke gjorde det, og hva "
                    "deltakerne selv sa i evalueringen. Vi kommer inn på:</p>"
                    "<ul>"
                    "<li>hvordan dere når pårørende som ikke er vant til videomøter</li>"
                    "<li>trygghet og taushetsplikt når deltakerne sitter hjemme, kanskje "
                    "med den syke i rommet ved siden av</li>"
                    "<li>tid til uformell prat, og hvordan den kan lages på skjerm</li>"
                    "<li>hvorfor en pårørenderepresentant i arbeidsgruppen gjør tilbudet "
                    "bedre</li>"
                    "</ul>"
                    "<p>Webinaret varer i 45 minutter, med spørsmål i chatten til slutt. "
                    "Det passer både for deg som skal starte et nytt tilbud og for deg "
                    "som vil gjøre et eksisterende kurs tilgjengelig for flere.</p>"
                ),
                "materials_before": [
                    {
                        "title": "Før webinaret",
                        "text": (
                            "<p>Tenk på pårørende du møter i jobben din eller i din "
                            "egen familie. Hva kan hindre dem i å delta på et kurs på "
                            "dagtid eller kveldstid? Og hva kunne gjort det lettere? "
                            "Skriv gjerne et stikkord eller to. I webinaret spør vi "
                            "deltakerne om dette i en kort, anonym avstemning, og vi "
                            "bruker svarene som utgangspunkt for samtalen. Har du "
                            "spørsmål du vil ha svar på, kan du sende dem inn på "
                            "forhånd via påmeldingsskjemaet.</p>"
                        ),
                    },
                ],
            },
        ],
    },
]

PODCAST = {
    "title": "Helsepedagogikk-podden",
    "description": (
        "<p>Helsepedagogikk-podden er en podkast fra NK LMH om å planlegge, undervise "
        "og evaluere lærings- og mestringstilbud – sammen. I hver episode møter du "
        "fagpersoner og erfarne brukere som deler det de har lært om likeverdig "
        "samarbeid, gruppeledelse, helsekompetanse og brukermedvirkning.</p>"
        "<p>Episodene passer for deg som jobber med pasient- og pårørendeopplæring i "
        "sykehus eller kommune, og for deg som er brukerrepresentant eller "
        "erfaringskonsulent. Alle episoder har fullstendig transkripsjon.</p>"
    ),
    "author": "NK LMH",
    "category": "Health & Fitness",
    "episodes": [
        # ----------------------------------------------------------------------
        {
            "slug": "a-undervise-sammen",
            "number": 1,
            "title": "Å undervise sammen – likeverdig samarbeid i praksis",
            "day_offset": -90,
            "summary": (
                "En sykepleier og en brukerrepresentant forteller hvordan de gikk fra "
                "«tjue minutter på slutten av dagen» til å planlegge og lede kurs "
                "sammen."
            ),
            "show_notes": (
                "<p>Hva betyr det egentlig at fagpersoner og erfarne brukere skal "
                "samarbeide likeverdig om lærings- og mestringstilbud? I første "
                "episode av Helsepedagogikk-podden møter Håkon Brenden sykepleier "
                "Ingrid Haugland og brukerrepresentant Marit Aune Solheim, som har "
                "planlagt og holdt kurs sammen i flere år.</p>"
                "<p>Marit forteller om første gang hun ble invitert til å «fortelle "
                "historien sin», og om hvordan rollen hennes har vokst. Ingrid "
                "forklarer hvorfor likeverdig ikke betyr at man gjør det samme, og de "
                "deler en uenighet om tid og fagstoff – og hvordan læringsmålene "
                "hjalp dem ut av den.</p>"
                "<p>I episoden snakker vi om:</p>"
                "<ul>"
                "<li>forskjellen på å bli invitert til et innlegg og å være med i "
                "arbeidsgruppen fra starten</li>"
                "<li>hva sidestilt samarbeid betyr i praksis</li>"
                "<li>hvordan uenighet kan gjøre et kurs bedre</li>"
                "<li>hvordan du som kursleder gir ordet videre, så deltakerne ser at "
                "begge typer kunnskap teller</li>"
                "<li>samtalen etter kursdagen, for begge parter</li>"
                "<li>råd til nye par som skal holde sitt første kurs sammen</li>"
                "</ul>"
                "<p>Episoden varer i om lag 25 minutter. Vil du vite mer, kan du se "
                "opptaket av den digitale temasamlingen om grupperom, der Ingrid og "
                "Marit viser hvordan de deler lederrollen på skjerm.</p>"
            ),
            "transcript": (
                "Håkon Brenden: Velkommen til Helsepedagogikk-podden, en podkast fra "
                "Nasjonal kompetansetjeneste for læring og mestring innen helse. Jeg "
                "heter Håkon Brenden. I denne episoden skal vi snakke om hva det "
                "egentlig betyr å undervise sammen, som fagperson og erfaren bruker. "
                "Med meg i studio har jeg sykepleier Ingrid Haugland og "
                "brukerrepresentant Marit Aune Solheim, som har planlagt og holdt kurs "
                "sammen i flere år. Velkommen, begge to.\n\n"
                "Ingrid Haugland: Takk!\n\n"
                "Marit Aune Solheim: Takk, det er hyggelig å være her.\n\n"
                "Håkon Brenden: Marit, hvis vi spoler tilbake til første gang du ble "
                "spurt om å være med på et kurs – hvordan var det?\n\n"
                "Marit Aune Solheim: Jeg ble ringt opp av en sykepleier – ikke Ingrid, "
                "det var før hennes tid – og spurt om jeg kunne komme og fortelle "
                "historien min i tjue minutter på slutten av andre kursdag. Og jeg sa "
                "ja, selvfølgelig. Jeg var glad for å bli spurt. Men jeg husker at jeg "
                "satt bakerst i rommet hele dagen og ventet. Så fikk jeg mine tjue "
                "minutter, så var det kaffe, og så dro jeg hjem. Jeg visste ikke hva de "
                "hadde snakket om før meg, og jeg visste ikke om det jeg sa, passet "
                "inn.\n\n"
                "Håkon Brenden: Og hvordan er det nå?\n\n"
                "Marit Aune Solheim: Nå er jeg med fra første møte i arbeidsgruppen. Vi "
                "bestemmer sammen hvem kurset er for, hva deltakerne skal sitte igjen "
                "med, og hvordan dagene skal se ut. Jeg har fortsatt et brukerinnlegg, "
                "men det er bare én del av det jeg gjør. Jeg leder gruppesamtaler, jeg "
                "er med på evalueringen, og jeg har ansvaret for en hel økt om "
                "hverdagsmestring.\n\n"
                "Ingrid Haugland: Og det er den økta deltakerne oftest trekker fram i "
                "evalueringen. Ikke fordi Marit er brukerrepresentant, men fordi hun er "
                "god på det.\n\n"
                "Håkon Brenden: Det er et interessant poeng. Vi snakker mye om sidestilt "
                "eller likeverdig samarbeid. Ingrid, hva betyr det for deg i "
                "praksis?\n\n"
                "Ingrid Haugland: For meg betyr det at vi har ulik kunnskap, men at "
                "begge deler teller like mye når vi planlegger. Jeg kan mye om sykdom og "
                "behandling og om hvordan helsetjenesten er organisert. Marit vet "
                "hvordan det er å leve med det, år etter år, og hva som faktisk hjelper "
                "en tirsdag kveld når ingen er på jobb. Likeverdig betyr ikke at vi "
                "skal gjøre det samme. Det betyr at ingen av oss har siste ord "
                "alene.\n\n"
                "Håkon Brenden: Har dere vært uenige?\n\n"
                "Marit Aune Solheim: (ler) Ja.\n\n"
                "Ingrid Haugland: Mange ganger. Den første store uenigheten handlet om "
                "tid. Jeg ville ha mer fagstoff – medisiner, prøvesvar, sånne ting. Jeg "
                "var redd for at deltakerne skulle gå hjem uten den viktigste "
                "informasjonen.\n\n"
                "Marit Aune Solheim: Og jeg mente at de kunne lese om medisiner på "
                "nettet, men at de sjelden fikk snakke med andre i samme situasjon. Så "
                "jeg ville ha mer tid til erfaringsdeling.\n\n"
                "Håkon Brenden: Hvordan løste dere det?\n\n"
                "Ingrid Haugland: Vi gikk tilbake til læringsmålene. Hva skal deltakerne "
                "kunne etter kurset? Da ble det tydelig at flere av målene handlet om å "
                "håndtere hverdagen, ikke om å kunne fakta. Så vi kortet ned fagdelen, "
                "gjorde den mer praktisk, og lot Marit lede en samtale rett etterpå, "
                "der deltakerne kunne knytte informasjonen til sitt eget liv.\n\n"
                "Marit Aune Solheim: Og jeg lærte noe også. Jeg hadde undervurdert hvor "
                "mye det betyr for folk å forstå hva som skjer i kroppen. Det gir "
                "trygghet. Så resultatet ble bedre enn det noen av oss hadde sett for "
                "oss.\n\n"
                "Håkon Brenden: Hva med rollene i selve undervisningen? Marit, opplever "
                "du at du blir sett på som pasienten i rommet?\n\n"
                "Marit Aune Solheim: Av og til, særlig i starten. Deltakerne spør Ingrid "
                "om alt som har med medisin å gjøre, og det er jo riktig. Men det har "
                "hendt at de spør henne om ting jeg vet mer om – hvordan man sier fra "
                "til arbeidsgiveren, for eksempel. Da har Ingrid blitt flink til å "
                "sende ballen videre.\n\n"
                "Ingrid Haugland: Jeg sier rett og slett: «Det vet Marit mer om enn "
                "meg.» Det er en liten ting, men deltakerne legger merke til hvem vi gir "
                "ordet til.\n\n"
                "Håkon Brenden: Og hvordan har dere det etterpå? Et brukerinnlegg kan "
                "koste.\n\n"
                "Marit Aune Solheim: Det kan det. Vi har en fast avtale om at vi tar en "
                "prat etter hver kursdag, også når alt har gått fint. Hvordan var det i "
                "dag, var det noe som satt i? Noen ganger tar det to minutter, andre "
                "ganger en halvtime.\n\n"
                "Ingrid Haugland: Og den samtalen er ikke bare for Marit. Jeg trenger "
                "den også. Det er ikke alltid lett å være fagpersonen når noen i gruppen "
                "forteller om noe som har gått galt i helsetjenesten.\n\n"
                "Håkon Brenden: Til slutt: Hvis det sitter et nytt par og lytter nå, en "
                "fagperson og en brukerrepresentant som skal holde sitt første kurs "
                "sammen – hva er rådet deres?\n\n"
                "Marit Aune Solheim: Møt hverandre før dere møter deltakerne. Ikke bare "
                "for å fordele oppgaver, men for å bli kjent. Hva er du god på, og hva "
                "gruer du deg til?\n\n"
                "Ingrid Haugland: Og skriv ned hvem som gjør hva, før, under og etter "
                "kurset. Da ser dere fort om fordelingen er skjev.\n\n"
                "Håkon Brenden: Takk til dere begge, og takk til deg som har lyttet. "
                "Transkripsjonen av episoden finner du på nettsiden vår."
            ),
            "audio_excerpt": (
                "Velkommen til Helsepedagogikk-podden, en podkast fra Nasjonal "
                "kompetansetjeneste for læring og mestring innen helse. Jeg heter Håkon "
                "Brenden. I denne episoden skal vi snakke om hva det egentlig betyr å "
                "undervise sammen, som fagperson og erfaren bruker. Med meg i studio "
                "har jeg sykepleier Ingrid Haugland og brukerrepresentant Marit Aune "
                "Solheim, som har planlagt og holdt kurs sammen i flere år. Velkommen, "
                "begge to."
            ),
        },
        # ----------------------------------------------------------------------
        {
            "slug": "nar-gruppa-tar-en-annen-retning",
            "number": 2,
            "title": "Når gruppen tar en annen retning – om gruppeledelse",
            "day_offset": -48,
            "summary": (
                "En fysioterapeut og en erfaringskonsulent snakker om å lede grupper "
                "sammen: om den som snakker hele tiden, om tunge øyeblikk og om "
                "stillheten på skjerm."
            ),
            "show_notes": (
                "<p>I et lærings- og mestringstilbud er deltakerne ofte den viktigste "
                "ressursen for hverandre. Men hva gjør du når én deltaker tar all "
                "plassen, når noen deler noe som er for tungt for gruppen, eller når "
                "det blir helt stille på skjermen?</p>"
                "<p>I denne episoden snakker Håkon Brenden med fysioterapeut Sunniva "
                "Lie Rød og erfaringskonsulent Kjetil Bakke Nygård, som leder grupper "
                "sammen i en kommunal lærings- og mestringstjeneste. De forteller om "
                "hvordan de fordeler rollene mellom seg, og om hvorfor en "
                "erfaringskonsulent kan si ting en fagperson ikke kan.</p>"
                "<p>I episoden snakker vi om:</p>"
                "<ul>"
                "<li>hva gruppeledelse er, og hvorfor det er mer enn å holde et godt "
                "foredrag</li>"
                "<li>spilleregler som deltakerne lager selv første kursdag</li>"
                "<li>å lede og å observere – to roller som kan byttes på</li>"
                "<li>hva dere gjør når noen deler noe veldig tungt</li>"
                "<li>stillhet og chat i digitale grupper</li>"
                "<li>å avslutte en gruppe på en god måte</li>"
                "</ul>"
                "<p>Episoden varer i om lag 28 minutter. Gruppeledelse er også et av "
                "temaene i det digitale kurset i helsepedagogikk.</p>"
            ),
            "transcript": (
                "Håkon Brenden: Velkommen til en ny episode av Helsepedagogikk-podden. "
                "Jeg heter Håkon Brenden, og i dag handler det om gruppeledelse – om hva "
                "som skjer når en gruppe ikke går dit du hadde planlagt. Med meg har jeg "
                "fysioterapeut Sunniva Lie Rød og erfaringskonsulent Kjetil Bakke "
                "Nygård, som leder grupper sammen i en kommunal lærings- og "
                "mestringstjeneste. Velkommen.\n\n"
                "Sunniva Lie Rød: Takk.\n\n"
                "Kjetil Bakke Nygård: Takk skal du ha.\n\n"
                "Håkon Brenden: Sunniva, vi starter enkelt: Hva er gruppeledelse, og "
                "hvorfor snakker vi så mye om det i helsepedagogikken?\n\n"
                "Sunniva Lie Rød: For meg handler det om å legge til rette for at "
                "deltakerne lærer av hverandre, ikke bare av oss. Da jeg begynte, trodde "
                "jeg at jobben min var å undervise, altså å holde et godt foredrag. Men "
                "i et lærings- og mestringstilbud er det ofte deltakerne som er den "
                "viktigste ressursen. Gruppeledelse er å få fram den kunnskapen og "
                "samtidig passe på at alle er trygge nok til å delta.\n\n"
                "Kjetil Bakke Nygård: Og at ingen tar over. Det er nok det vi oftest må "
                "håndtere.\n\n"
                "Håkon Brenden: La oss snakke om det. Deltakeren som snakker hele "
                "tiden.\n\n"
                "Kjetil Bakke Nygård: Jeg har faktisk lært meg å bli litt glad i de "
                "deltakerne. Ofte er det noen som har gått lenge med ting de ikke har "
                "fått sagt til noen. Men det går ut over de andre. Det jeg gjør, er å "
                "anerkjenne det personen sier, og så åpne for resten: «Det du sier nå, "
                "om å bli sliten av å forklare seg – er det flere som kjenner seg igjen "
                "i det?» Da blir det et tema for gruppen, ikke en monolog.\n\n"
                "Sunniva Lie Rød: Og så lager vi spilleregler første kursdag, sammen med "
                "deltakerne. Det står alltid noe om at alle skal få slippe til, og at "
                "det er lov å si pass. Da har vi noe å vise til senere, uten at det blir "
                "personlig.\n\n"
                "Håkon Brenden: Dere leder sammen. Hvordan fordeler dere rollene?\n\n"
                "Sunniva Lie Rød: Det har endret seg. I begynnelsen ledet jeg, og Kjetil "
                "hadde sine innlegg. Nå bytter vi på å være den som styrer samtalen, og "
                "den som observerer. Den som observerer, følger med på hvem som ikke har "
                "sagt noe, og hvem som ser ut til å ha det tungt.\n\n"
                "Kjetil Bakke Nygård: Og jeg kan si ting Sunniva ikke kan si. Hvis noen "
                "sier «dere i helsevesenet skjønner ingenting», kan jeg svare at jeg har "
                "sittet der selv og tenkt akkurat det samme. Da blir det en annen "
                "samtale enn hvis fagpersonen begynner å forsvare seg.\n\n"
                "Håkon Brenden: Hva med når noen deler noe som er veldig tungt? Når "
                "gruppen plutselig blir et sted for noe den ikke er ment for?\n\n"
                "Kjetil Bakke Nygård: Det har skjedd. En deltaker begynte å fortelle om "
                "en natt på legevakten da hun trodde hun skulle dø, midt i en økt om "
                "søvn. Det ble helt stille. Jeg tenker at det viktigste da er å ikke "
                "late som ingenting har skjedd, men heller ikke å grave. Jeg sa noe "
                "sånt som: «Takk for at du forteller det. Det høres ut som det har vært "
                "veldig tøft. Jeg vil gjerne snakke mer med deg om det i pausen, hvis "
                "du vil.» Og så tok vi pause litt tidligere enn planlagt.\n\n"
                "Sunniva Lie Rød: Og der er det så verdifullt å være to. Den ene kan gå "
                "ut med deltakeren, den andre blir igjen med gruppen. Vi hadde avtalt på "
                "forhånd hvem som gjør hva i sånne situasjoner, så vi slapp å diskutere "
                "det der og da.\n\n"
                "Håkon Brenden: Mange av kursene deres går nå på skjerm også. Hva er "
                "annerledes med gruppeledelse digitalt?\n\n"
                "Sunniva Lie Rød: Stillheten er annerledes. I et rom kan stillhet være "
                "god – folk tenker. På skjerm føles den som om noe har gått galt. Så jeg "
                "har måttet lære meg å tåle den, og kanskje si høyt: «Nå tar vi et halvt "
                "minutt og tenker.»\n\n"
                "Kjetil Bakke Nygård: Og så er det chatten. Noen som aldri ville sagt "
                "noe høyt, skriver der. Det må vi ta på alvor og lese opp, hvis de vil. "
                "Men det går fort i chatten, og den er lett å overse. Derfor har den av "
                "oss som ikke leder samtalen, ansvaret for chatten.\n\n"
                "Håkon Brenden: Hvordan avslutter dere en gruppe? Det er jo også "
                "gruppeledelse.\n\n"
                "Sunniva Lie Rød: Vi bruker mye tid på det. Siste kursdag handler om hva "
                "deltakerne tar med seg videre, og hvor de kan få støtte etterpå. Noen "
                "grupper vil fortsette å møtes på egen hånd, og da hjelper vi dem i "
                "gang, for eksempel med å finne en selvhjelpsgruppe i nærheten.\n\n"
                "Kjetil Bakke Nygård: Og så sier vi ordentlig farvel. Det høres banalt "
                "ut, men mange av deltakerne har opplevd mange brudd. En god avslutning "
                "er også en erfaring.\n\n"
                "Håkon Brenden: Et siste råd til dere som skal lede grupper for første "
                "gang?\n\n"
                "Kjetil Bakke Nygård: Du trenger ikke ha svaret på alt. Gruppen har det "
                "ofte.\n\n"
                "Sunniva Lie Rød: Og planlegg godt, men hold planen løst. Den beste økta "
                "jeg har hatt, var den der vi kastet halve planen.\n\n"
                "Håkon Brenden: Takk, begge to. Transkripsjon og lenker finner du i "
                "episodebeskrivelsen."
            ),
            "audio_excerpt": (
                "Velkommen til en ny episode av Helsepedagogikk-podden. Jeg heter Håkon "
                "Brenden, og i dag handler det om gruppeledelse, om hva som skjer når en "
                "gruppe ikke går dit du hadde planlagt. Med meg har jeg fysioterapeut "
                "Sunniva Lie Rød og erfaringskonsulent Kjetil Bakke Nygård, som leder "
                "grupper sammen i en kommunal lærings- og mestringstjeneste. Velkommen. "
                "Sunniva, vi starter enkelt: Hva er gruppeledelse, og hvorfor snakker vi "
                "så mye om det i helsepedagogikken?"
            ),
        },
        # ----------------------------------------------------------------------
        {
            "slug": "helsekompetanse-mer-enn-a-forsta-brosjyren",
            "number": 3,
            "title": "Helsekompetanse – mer enn å forstå brosjyren",
            "day_offset": -9,
            "summary": (
                "En pårørenderepresentant og en rådgiver for digital læring om hvorfor "
                "helsekompetanse handler like mye om oss som formidler, og om hvordan vi "
                "sjekker forståelse uten at det føles som en prøve."
            ),
            "show_notes": (
                "<p>Helsekompetanse er et ord vi bruker mye, men hva betyr det i møte "
                "med en deltaker som nettopp har fått en tung beskjed? I denne episoden "
                "snakker Håkon Brenden med Farah Iqbal Vik, rådgiver for digital læring "
                "i NK LMH, og Berit Sandvold, som er pårørenderepresentant og har vært "
                "med på å utvikle et kurs for pårørende til personer med demens.</p>"
                "<p>Berit forteller om samtalen på sykehuset der hun ikke fikk med seg "
                "noe som helst, og om kurset der hun endelig forsto – fordi en annen "
                "pårørende forklarte det med egne ord. Farah forklarer hvorfor "
                "helsekompetanse ikke er en fast egenskap ved den enkelte, og gir "
                "konkrete råd om språk og om å sjekke forståelse.</p>"
                "<p>I episoden snakker vi om:</p>"
                "<ul>"
                "<li>å finne, forstå, vurdere og bruke helseinformasjon</li>"
                "<li>hvorfor stress og sjokk påvirker hva vi klarer å ta inn</li>"
                "<li>tilbakelæringsmetoden (teach-back) – og formuleringen som gjør "
                "den vennlig</li>"
                "<li>digital helsekompetanse og en teknisk prøverunde før kurset</li>"
                "<li>hvorfor digitale tilbud kan være avgjørende for pårørende</li>"
                "<li>pårørenderepresentanten som leser alt før det sendes ut</li>"
                "</ul>"
                "<p>Episoden varer i om lag 27 minutter. Vil du jobbe videre med "
                "temaet, kan du melde deg på den digitale temasamlingen "
                "«Helsekompetanse i digitale kurs».</p>"
            ),
            "transcript": (
                "Håkon Brenden: Velkommen til Helsepedagogikk-podden. Jeg heter Håkon "
                "Brenden. Dagens tema er helsekompetanse, et ord vi bruker mye, men "
                "kanskje ikke alltid er enige om hva betyr. I studio har jeg Farah Iqbal "
                "Vik, som er rådgiver for digital læring hos oss i NK LMH, og Berit "
                "Sandvold, som er pårørenderepresentant og har vært med på å utvikle et "
                "kurs for pårørende. Velkommen.\n\n"
                "Farah Iqbal Vik: Takk.\n\n"
                "Berit Sandvold: Tusen takk.\n\n"
                "Håkon Brenden: Farah, vi må nesten starte med en definisjon. Hva er "
                "helsekompetanse?\n\n"
                "Farah Iqbal Vik: Kort sagt handler det om å kunne finne, forstå, vurdere "
                "og bruke informasjon om helse, for å ta beslutninger om eget liv. Og "
                "det viktige er at det ikke bare er en egenskap ved den enkelte. Det "
                "handler like mye om hvordan vi i helsetjenesten formidler. Er "
                "informasjonen uforståelig, hjelper det lite hvor flink mottakeren "
                "er.\n\n"
                "Håkon Brenden: Berit, kjenner du deg igjen i det?\n\n"
                "Berit Sandvold: Veldig. Da mannen min fikk diagnosen, satt vi på et "
                "kontor på sykehuset og fikk høre en masse ord. Kognitiv svikt, "
                "utredning, samtykkekompetanse. Jeg har jobbet på kontor hele livet og "
                "er vant til å lese papirer. Men der og da fikk jeg ikke med meg noe som "
                "helst. Jeg husker bare at legen var vennlig, og at jeg gikk ut uten å "
                "vite hva jeg skulle gjøre på mandag.\n\n"
                "Farah Iqbal Vik: Og det sier noe om at helsekompetanse ikke er fast. "
                "Den samme personen kan forstå mye én dag og lite den neste, avhengig av "
                "situasjonen, stresset og hvor mye som står på spill.\n\n"
                "Berit Sandvold: Ja. Jeg var ikke dum. Jeg var i sjokk.\n\n"
                "Håkon Brenden: Hva hjalp?\n\n"
                "Berit Sandvold: Det som hjalp, var kurset for pårørende som jeg kom på "
                "et halvt år senere. Der fikk jeg høre mye av det samme igjen, men i et "
                "tempo jeg klarte å følge. Og jeg fikk høre det fra andre pårørende. Det "
                "var en dame i gruppen som forklarte hvordan man søker om avlastning i "
                "kommunen, med sine egne ord, og det var første gang jeg skjønte "
                "det.\n\n"
                "Farah Iqbal Vik: Det er et så fint eksempel på at gruppen i seg selv "
                "styrker helsekompetansen. Deltakerne oversetter for hverandre.\n\n"
                "Håkon Brenden: Farah, hva kan vi som kursledere gjøre helt "
                "konkret?\n\n"
                "Farah Iqbal Vik: Det første er å snakke og skrive enkelt. Ikke "
                "barnslig, men klart: korte setninger, forklarte fagord og ett budskap "
                "om gangen. Det andre er å sjekke forståelse uten at det føles som en "
                "prøve. Mange bruker tilbakelæringsmetoden, eller teach-back. Du spør "
                "ikke «forstår du?», for da sier alle ja. Du sier heller: «Jeg vil gjerne "
                "høre om jeg har forklart dette godt nok. Hvordan ville du fortalt det "
                "hjemme?»\n\n"
                "Berit Sandvold: Og den formuleringen er viktig. At det er kurslederen "
                "som tester seg selv, ikke meg.\n\n"
                "Farah Iqbal Vik: Nettopp.\n\n"
                "Håkon Brenden: Mange kurs går nå digitalt. Hva gjør det med "
                "helsekompetansen?\n\n"
                "Farah Iqbal Vik: Det legger på et lag til, det vi kaller digital "
                "helsekompetanse. Før du i det hele tatt kan lære noe om sykdommen, må "
                "du finne lenken, logge inn og få lyd. For mange er det ikke noe "
                "problem. For andre er det en terskel som gjør at de ikke melder seg på "
                "i det hele tatt.\n\n"
                "Berit Sandvold: Jeg var en av dem. Jeg hadde aldri vært i et videomøte. "
                "Det som gjorde det mulig, var at en frivillig fra kurset ringte meg "
                "dagen før og gikk gjennom alt med meg. Vi testet sammen. Hun fikk meg "
                "til å slå mikrofonen av og på tre ganger. (ler) Det høres lite ut, men "
                "da jeg logget på første kveld, følte jeg at jeg kunne det.\n\n"
                "Farah Iqbal Vik: Det er et godt råd til alle som planlegger digitale "
                "tilbud. Legg inn en teknisk prøverunde før kurset starter, og regn den "
                "som en del av kurset.\n\n"
                "Håkon Brenden: Berit, det var vel også det digitale formatet som gjorde "
                "at du kunne delta?\n\n"
                "Berit Sandvold: Ja, absolutt. Jeg kunne ikke la mannen min være alene "
                "en hel kveld. Men jeg kunne sitte i rommet ved siden av med PC-en. Det "
                "er en side ved digitale tilbud man kanskje ikke tenker på. For "
                "pårørende kan det være forskjellen på å delta og ikke delta.\n\n"
                "Håkon Brenden: Og nå som du er med og lager kurs selv – hvordan bruker "
                "du erfaringen din?\n\n"
                "Berit Sandvold: Jeg leser alt vi sender ut. Invitasjoner, lysark, "
                "informasjonsskriv. Og jeg spør meg selv: Ville jeg forstått dette den "
                "første uka? Hvis svaret er nei, skriver vi det om. Fagpersonene i "
                "arbeidsgruppen sier at de har blitt mye mer bevisste på sitt eget "
                "språk.\n\n"
                "Farah Iqbal Vik: Og det er brukermedvirkning i praksis. Det er ikke et "
                "tillegg, det er kvalitetssikring.\n\n"
                "Håkon Brenden: Til slutt – hva vil dere at lytterne skal ta med "
                "seg?\n\n"
                "Berit Sandvold: At folk ikke er dumme, de er stresset. Gi dem tid, og si "
                "det gjerne to ganger.\n\n"
                "Farah Iqbal Vik: Og at ansvaret for å bli forstått ligger hos oss som "
                "formidler. Sjekk det, på en vennlig måte.\n\n"
                "Håkon Brenden: Takk til dere begge. Du finner transkripsjon og lenker i "
                "episodebeskrivelsen, og husk den digitale temasamlingen om "
                "helsekompetanse i digitale kurs, der du kan prøve dette selv."
            ),
            "audio_excerpt": (
                "Velkommen til Helsepedagogikk-podden. Jeg heter Håkon Brenden. Dagens "
                "tema er helsekompetanse, et ord vi bruker mye, men kanskje ikke alltid "
                "er enige om hva betyr. I studio har jeg Farah Iqbal Vik, som er "
                "rådgiver for digital læring hos oss i NK LMH, og Berit Sandvold, som er "
                "pårørenderepresentant og har vært med på å utvikle et kurs for "
                "pårørende. Velkommen. Farah, vi må nesten starte med en definisjon. Hva "
                "er helsekompetanse?"
            ),
        },
    ],
}
