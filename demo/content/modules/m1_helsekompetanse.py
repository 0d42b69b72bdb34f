"""Demo content for module 1: health literacy (helsekompetanse) in learning-and-mastery offers."""

from demo.content.sources import sources

LESSON_1 = {
    "slug": "hva-er-helsekompetanse",
    "title": "Hva er helsekompetanse?",
    "summary": "Helsekompetanse er evnen til å finne, forstå, vurdere og bruke helseinformasjon. Den er både "
    "noe hver enkelt har, og noe helsetjenesten kan gjøre lettere eller vanskeligere.",
    "estimated_minutes": 15,
    "completion_rule": "opened",
    "body": [
        ("heading", "Et ord for noe vi alle trenger"),
        (
            "paragraph",
            "<p><b>Helsekompetanse</b> er det norske ordet for det som på engelsk heter <i>health "
            "literacy</i>. Begrepet fikk sin norske definisjon i 2019, da regjeringen la fram den første "
            "nasjonale strategien for helsekompetanse. I dag beskriver Helsedirektoratet helsekompetanse som en "
            "persons evne til å <b>finne, forstå, vurdere og bruke helseinformasjon</b> for å kunne ta gode beslutninger om "
            "egen helse. Det gjelder valg i hverdagen, som mat og aktivitet, men også hvordan man forebygger "
            "sykdom, mestrer et liv med sykdom og bruker helse- og omsorgstjenestene.</p>"
            "<p>Helsekompetanse er altså mer enn å kunne lese. Det er et samspill mellom kunnskap, "
            "ferdigheter, motivasjon og situasjonen man er i. Derfor er det ikke en fast egenskap ved en "
            "person. Den samme personen kan klare seg godt i én situasjon og streve i en annen.</p>",
        ),
        ("heading", "Fire ferdigheter som henger sammen"),
        (
            "paragraph",
            "<p>Det kan være nyttig å dele helsekompetanse i fire deler. Tenk deg Kari, som nettopp har fått "
            "diagnosen type 2-diabetes hos fastlegen:</p>"
            "<ul>"
            "<li><b>Finne</b>: Hvor finner Kari pålitelig informasjon om diabetes? Hun får en brosjyre, "
            "søker på nettet, spør en venninne og får tips i en gruppe på sosiale medier.</li>"
            "<li><b>Forstå</b>: Hva betyr egentlig «langtidsblodsukker», og hvorfor er det viktig? Forstår "
            "hun hva legen mente med at hun skulle «følge med på kostholdet»?</li>"
            "<li><b>Vurdere</b>: Hvem kan hun stole på? Råd fra nettet, fra venninnen og fra legen spriker. "
            "Å vurdere informasjon er ofte det vanskeligste, fordi det krever at man ser hvem som står bak og "
            "om rådet passer for en selv.</li>"
            "<li><b>Bruke</b>: Klarer Kari å gjøre noe med det hun har lært? Å vite at aktivitet er bra, er "
            "ikke det samme som å få det til i en travel hverdag med vondt i knærne.</li>"
            "</ul>"
            "<p>De fire delene bygger på hverandre. Et lærings- og mestringstilbud kan hjelpe på alle fire: "
            "deltakerne får vite hvor de finner god informasjon, de får forklart det som er vanskelig, de får "
            "øve på å vurdere råd sammen med andre, og de får prøve ut hvordan kunnskapen kan brukes i eget "
            "liv.</p>",
        ),
        (
            "image",
            {
                "key": "helsekompetanse-fire-ferdigheter",
                "alt": "Fire bokser på rad med piler mellom: finne, forstå, vurdere og bruke. Under boksene "
                "står det: helseinformasjon som blir til gode valg i hverdagen.",
                "caption": "Helsekompetanse: å finne, forstå, vurdere og bruke helseinformasjon.",
                "description": "A simple horizontal flow diagram: four rounded boxes connected by arrows, "
                "labelled in Norwegian 'Finne', 'Forstå', 'Vurdere', 'Bruke'. Below them a wide bar labelled "
                "'Gode valg i hverdagen'. Small icons: magnifying glass, light bulb, scales, hand. Calm colours.",
            },
        ),
        ("heading", "Helsekompetanse er også et ansvar for tjenestene"),
        (
            "paragraph",
            "<p>Det er lett å tenke at helsekompetanse bare handler om hva pasienten kan. Men det er like "
            "viktig hvor krevende helsetjenesten gjør det å finne fram, forstå og følge opp. Man skiller "
            "derfor mellom <b>individuell helsekompetanse</b>, altså det den enkelte kan og får til, og "
            "<b>systemrettet helsekompetanse</b>, som handler om hvordan tjenestene, informasjonen og "
            "rutinene er laget. Et innkallingsbrev fullt av fagord, et skjema som er vanskelig å fylle ut, "
            "eller en nettside der det er umulig å finne telefonnummeret, gjør det vanskeligere for alle.</p>"
            "<p>For oss som lager lærings- og mestringstilbud betyr dette at vi ikke bare skal spørre «hva "
            "mangler deltakerne?», men også «hva kan vi gjøre enklere?». Invitasjonen, påmeldingen, "
            "lokalet, presentasjonene og det skriftlige materiellet er en del av svaret.</p>",
        ),
        (
            "fact_box",
            {
                "title": "Definisjonen i den nasjonale strategien",
                "text": "<p>I <i>Strategi for å øke helsekompetansen i befolkningen 2019–2023</i> definerte Helse- og "
                "omsorgsdepartementet helsekompetanse som «personers evne til å forstå, vurdere og anvende "
                "helseinformasjon for å kunne treffe kunnskapsbaserte beslutninger relatert til egen helse». "
                "Det gjelder beslutninger om livsstilsvalg, sykdomsforebyggende tiltak, egenmestring av sykdom og "
                "bruk av helse- og omsorgstjenesten.</p>"
                "<p>Definisjonen i strategien har altså tre verb. Helsedirektoratet bruker i dag fire: å "
                "<b>finne</b>, forstå, vurdere og anvende helseinformasjon. Å finne fram til god informasjon "
                "regnes nå som en egen del av helsekompetansen, og det er de fire delene vi bruker i kurset.</p>",
            },
        ),
        (
            "audience_section",
            {
                "audience": "all",
                "title": "Alle kan komme til kort",
                "text": "<p>Helsekompetanse er ikke det samme som utdanning eller intelligens. En erfaren "
                "lærer kan ha store problemer med å forstå informasjon fra sykehuset i dagene etter et "
                "hjerteinfarkt, fordi sjokk, smerter og bekymring tar all kapasitet. En pårørende som er "
                "sykepleier kan kjenne seg like hjelpeløs som andre når det gjelder hennes egen mor. Både "
                "fagpersoner og brukerrepresentanter kjenner dette igjen fra egne liv. Det er et godt "
                "utgangspunkt: Når vi vet at alle kan komme til kort, blir det naturlig å gjøre informasjon "
                "enkel for alle, ikke bare for noen.</p>",
            },
        ),
    ],
}

LESSON_2 = {
    "slug": "helsekompetanse-i-laerings-og-mestringstilbud",
    "title": "Hvorfor helsekompetanse betyr noe i lærings- og mestringstilbud",
    "summary": "Den nasjonale strategien for helsekompetanse gir lærings- og mestringsarbeidet en sentral "
    "plass. Her ser vi hvorfor, og hva det betyr for hvordan vi planlegger og underviser.",
    "estimated_minutes": 20,
    "completion_rule": "reflection",
    "body": [
        ("heading", "Den nasjonale strategien for helsekompetanse"),
        (
            "paragraph",
            "<p>I 2019 la Helse- og omsorgsdepartementet fram <b>Strategi for å øke helsekompetansen i "
            "befolkningen 2019–2023</b>. Det var den første norske strategien på området. Strategiperioden er "
            "over, men tankene lever videre i det som kom etter (se faktaboksen under). Strategien knyttet "
            "helsekompetanse til målet om å skape <i>pasientens helsetjeneste</i>: pasienter og brukere skal "
            "få være aktive deltakere i egen helse og behandling, bli lyttet til og ta valg sammen med "
            "behandleren. Spørsmålet «Hva er viktig for deg?» er et uttrykk for denne tankegangen. Men for å "
            "kunne delta i beslutninger, må man forstå informasjonen man får. Derfor regnes tilstrekkelig "
            "helsekompetanse som en forutsetning for pasientens helsetjeneste.</p>"
            "<p>Strategien retter seg først og fremst mot helse- og omsorgspersonell, ledere og "
            "beslutningstakere i tjenestene og mot pasient- og brukerorganisasjonene. Den handler altså like "
            "mye om hvordan tjenestene kommuniserer, som om hva befolkningen kan. Lav helsekompetanse omtales "
            "som en samfunns- og helsepolitisk utfordring, blant annet fordi den henger sammen med sosiale "
            "forskjeller i helse. Som oppfølging fikk Helsedirektoratet i oppdrag å kartlegge helsekompetansen "
            "i befolkningen, og kartleggingen viste at mange synes det er krevende å finne, forstå og særlig å "
            "vurdere helseinformasjon.</p>",
        ),
        (
            "fact_box",
            {
                "title": "Lærings- og mestringsarbeidet i strategien",
                "text": "<p>Når strategien beskriver hvordan helsekompetansen skal økes, trekkes "
                "<b>lærings- og mestringstilbud</b> og <b>pasient- og pårørendeopplæring</b> fram. Strategien "
                "peker også på at helsepersonell trenger kompetanse i helsekommunikasjon og helsepedagogikk. "
                "Det er nettopp dette kurset i helsepedagogikk handler om.</p>",
            },
        ),
        (
            "fact_box",
            {
                "title": "Etter strategien: helse- og samhandlingsplanen og helsefellesskapene",
                "text": "<p>Strategien gjaldt for 2019–2023 og er ikke fornyet som egen strategi. Helsekompetanse "
                "er i dag en del av <b>Nasjonal helse- og samhandlingsplan 2024–2027</b> (Meld. St. 9 "
                "(2023–2024)). Planen vil styrke den enkeltes mulighet til å mestre egen helse, blant annet "
                "gjennom pasient- og pårørendeopplæring, digitale tjenester og bedre samhandling mellom "
                "sykehus og kommuner.</p>"
                "<p>Samhandlingen skjer i de 19 <b>helsefellesskapene</b>, der helseforetaket, kommunene i "
                "opptaksområdet, fastleger og brukerrepresentanter planlegger tjenestene sammen. For lærings- og "
                "mestringsarbeidet betyr det at et kurs på sykehuset og et tilbud i kommunen bør henge sammen, "
                "og at brukerne er med også når tjenestene planlegges på systemnivå.</p>",
            },
        ),
        ("heading", "Hva et godt lærings- og mestringstilbud gjør"),
        (
            "paragraph",
            "<p>Mange som lever med langvarige helseutfordringer, har fått mye informasjon i korte møter: en "
            "konsultasjon hos fastlegen, en samtale ved utskrivning, et ark med medisinliste. Det er ikke rart "
            "at mye glemmes eller misforstås. Et lærings- og mestringstilbud gir noe annet. Deltakerne får tid, "
            "de møter andre i samme situasjon, og de kan stille spørsmål de ikke rakk eller turte å stille "
            "før. Ofte er det i gruppen at brikkene faller på plass.</p>"
            "<p>Tilbudet kan styrke helsekompetansen på flere måter:</p>"
            "<ul>"
            "<li>Deltakerne får faglig kunnskap forklart med ord de forstår, og med tid til å spørre om igjen.</li>"
            "<li>De lærer å vurdere informasjon: Hvilke nettsider kan jeg stole på? Hva gjør jeg når rådene "
            "spriker?</li>"
            "<li>De hører fra en erfaren bruker hvordan kunnskapen faktisk kan brukes i hverdagen.</li>"
            "<li>De øver på å forberede seg til samtaler med helsetjenesten, for eksempel ved å skrive ned "
            "spørsmål før neste time.</li>"
            "<li>De lærer hvor de kan få hjelp videre i kommunen og spesialisthelsetjenesten.</li>"
            "</ul>"
            "<p>Standard metode, der tilbudet planlegges, gjennomføres og evalueres i et sidestilt samarbeid "
            "mellom fagpersoner og erfarne brukere, er i seg selv en måte å jobbe med helsekompetanse på. "
            "Brukerrepresentanten vet hvilken informasjon hun selv ikke forsto i starten, og hva hun skulle "
            "ønske noen hadde forklart henne.</p>",
        ),
        (
            "experience_story",
            {
                "quote": "Jeg fikk diagnosen revmatoid artritt for ti år siden, og gikk hjem med en bunke "
                "papirer jeg ikke leste. Det var først på kurset på lærings- og mestringssenteret at jeg "
                "skjønte hvorfor jeg skulle ta medisinen selv om jeg var i god form. Nå er jeg med i "
                "arbeidsgruppen, og det første jeg spør om når vi lager noe nytt, er: Hadde jeg skjønt dette "
                "den første uka?",
                "teller_role": "Brukerrepresentant med revmatisk sykdom",
            },
        ),
        (
            "audience_section",
            {
                "audience": "professional",
                "title": "Planlegg for ulik helsekompetanse",
                "text": "<p>Når du planlegger et tilbud, bør du regne med at deltakerne har ulik "
                "helsekompetanse, og at du ikke kan se hvem som strever. Tenk på det i alle deler av planen: "
                "Er invitasjonen lett å forstå? Er det mulig å melde seg på uten å fylle ut et langt skjema? "
                "Er det satt av tid til spørsmål etter hvert faglige innlegg? Får deltakerne med seg noe "
                "kort og enkelt hjem, i stedet for alle lysbildene? Hvis mange av deltakerne har et annet "
                "morsmål enn norsk, trenger dere kanskje tolk eller materiell på flere språk.</p>",
            },
        ),
        (
            "reflection",
            {
                "key": "helsekompetanse-egen-erfaring",
                "prompt": "Tenk på en gang du selv, eller noen du står nær, fikk helseinformasjon som var "
                "vanskelig å forstå eller bruke. Hva gjorde det vanskelig? Hva ville gjort det lettere? "
                "Skriv ned én ting du tar med deg inn i arbeidet med lærings- og mestringstilbud.",
            },
        ),
    ],
}

LESSON_3 = {
    "slug": "gjenkjenne-lav-helsekompetanse",
    "title": "Å gjenkjenne lav helsekompetanse uten å stigmatisere",
    "summary": "Vi kan ikke se på noen hvilken helsekompetanse de har. Her lærer du å legge merke til mulige "
    "tegn, og å legge til rette for alle uten å peke ut noen.",
    "estimated_minutes": 20,
    "completion_rule": "marked",
    "body": [
        ("heading", "Det synes ikke utenpå"),
        (
            "paragraph",
            "<p>Mange som strever med å forstå helseinformasjon, skjuler det. Det er ikke rart: Det kan "
            "kjennes flaut å si at man ikke forsto hva legen sa, eller at man ikke klarer å lese et skjema. "
            "Mange har også blitt flinke til å kompensere. De nikker, sier «ja, ja» og tar papirene med hjem "
            "til en som kan hjelpe. Derfor kan vi ikke se på noen hvilken helsekompetanse de har, og vi kan "
            "heller ikke slutte oss til det ut fra alder, utdanning, yrke eller aksent.</p>"
            "<p>Likevel finnes det tegn som kan tyde på at noen trenger mer hjelp til å forstå. Ingen av dem "
            "er bevis, men de er en grunn til å være oppmerksom:</p>"
            "<ul>"
            "<li>Skjemaer blir ikke fylt ut, eller de fylles ut av en pårørende.</li>"
            "<li>Personen sier «jeg har glemt brillene» eller «jeg leser det hjemme» når noe skal leses.</li>"
            "<li>Personen stiller få eller ingen spørsmål, og svarer ja på alt.</li>"
            "<li>Personen kjenner medisinene sine igjen på farge og form, men vet ikke hva de heter eller "
            "hva de er for.</li>"
            "<li>Avtaler blir glemt, eller behandling følges ikke slik det var tenkt.</li>"
            "<li>Personen blir stille, trekker seg unna eller går ut når det kommer skriftlige oppgaver.</li>"
            "</ul>",
        ),
        ("heading", "Hva kan gjøre det vanskelig?"),
        (
            "paragraph",
            "<p>Mange forhold <i>kan</i> gjøre det vanskeligere å finne, forstå, vurdere og bruke "
            "helseinformasjon. Å få en ny diagnose, å ha smerter, å være utmattet eller å være redd tar mye "
            "av kapasiteten vi ellers bruker til å lære. Andre forhold er lese- og skrivevansker, nedsatt syn "
            "eller hørsel, kognitiv svikt, lite erfaring med helsetjenesten, lite erfaring med digitale "
            "løsninger og at norsk ikke er morsmålet. Legg merke til ordet <i>kan</i>. Disse forholdene betyr "
            "ikke automatisk at en person har lav helsekompetanse, og mange med slike utfordringer klarer seg "
            "svært godt. Det er derfor vi ikke bør sortere deltakerne i grupper på forhånd.</p>",
        ),
        ("heading", "Gjør det enkelt for alle"),
        (
            "paragraph",
            "<p>Den tryggeste måten å unngå stigmatisering på, er å kommunisere klart med <b>alle</b>. Dette "
            "kalles ofte en universell tilnærming: Vi tar samme forholdsregler for hele gruppen, fordi vi ikke "
            "vet hvem som trenger det, og fordi nesten alle har nytte av en tydelig forklaring. Ingen blir "
            "pekt ut, og ingen må innrømme noe for å få hjelp.</p>"
            "<p>I et gruppebasert lærings- og mestringstilbud kan det se slik ut:</p>"
            "<ul>"
            "<li>Be aldri deltakerne lese høyt eller skrive noe som andre skal se, uten at det er frivillig.</li>"
            "<li>Gi skriftlige oppgaver som et valg, og tilby å gjøre dem muntlig to og to.</li>"
            "<li>Si tidlig at det kommer mange nye ord, og at det er fint om deltakerne avbryter.</li>"
            "<li>Spør «Hva lurer dere på?» i stedet for «Har dere noen spørsmål?». Det første inviterer til "
            "spørsmål, det andre er lett å svare nei på.</li>"
            "<li>Gjør spørsmål normale: «Mange lurer på om de kan ta medisinen sammen med mat. Hva tenker "
            "dere om det?»</li>"
            "<li>Bruk bilder, gjenstander og demonstrasjoner, ikke bare tekst på lysbilder.</li>"
            "<li>Tilby hjelp med skjemaer til alle: «Mange synes dette skjemaet er tungvint. Vil du at vi "
            "fyller det ut sammen?»</li>"
            "</ul>",
        ),
        (
            "experience_story",
            {
                "quote": "Jeg har dysleksi, og på det første kurset jeg var på, skulle vi fylle ut et ark om "
                "matvaner mens de andre satt rundt bordet. Jeg gikk på do og ble der til det var over. På det "
                "neste kurset sa kurslederen at vi kunne snakke sammen to og to i stedet for å skrive. Ingen "
                "visste noe om meg, men det var første gang jeg var med på hele økta.",
                "teller_role": "Deltaker på kurs for personer med hjertesykdom",
            },
        ),
        (
            "audience_section",
            {
                "audience": "professional",
                "title": "Når du merker at noen strever",
                "text": "<p>Hvis du merker at en deltaker strever, ta det opp i enerom og med respekt. "
                "Begynn med det du kan gjøre, ikke med hva personen ikke kan: «Jeg gikk fort gjennom mye i "
                "dag. Er det noe jeg skal forklare på en annen måte?» Spør heller ikke rett ut om personen kan "
                "lese. Tilby konkrete løsninger, som å gå gjennom informasjonen sammen, å få den muntlig, eller "
                "å ta med en pårørende neste gang. Husk at helsekompetanse også er et ansvar for tjenesten: "
                "Kanskje er det materiellet eller rutinene som bør endres, ikke deltakeren.</p>",
            },
        ),
        (
            "discuss",
            {
                "prompt": "Gå gjennom en vanlig kursdag i et tilbud dere kjenner. Hvor i programmet kan en "
                "deltaker med lese- og skrivevansker eller lite norskkunnskap bli avslørt eller falle ut? "
                "Hva kan dere endre, slik at det blir lettere for alle uten at noen blir pekt ut?",
            },
        ),
    ],
}

LESSON_4 = {
    "slug": "klarsprak-og-teach-back",
    "title": "Klarspråk, teach-back og brukerrepresentantens bidrag",
    "summary": "Klarspråk gjør informasjonen lettere å forstå, og teach-back viser oss om vi har forklart godt "
    "nok. Erfarne brukere hjelper oss å se hva som faktisk er vanskelig.",
    "estimated_minutes": 20,
    "completion_rule": "quiz",
    "body": [
        ("heading", "Klarspråk: skriv og snakk for mottakeren"),
        (
            "paragraph",
            "<p><b>Klarspråk</b> betyr at mottakeren kan finne det hun trenger, forstå det og bruke det. "
            "Språkloven fra 2022 (§ 9) slår fast at offentlige organer, det vil si statlige, fylkeskommunale og "
            "kommunale organer, skal bruke et språk som er korrekt, klart og tilpasset mottakerne. Helseforetakene "
            "er egne rettssubjekter, og paragrafen gjelder ikke direkte for dem. For sykehusene gjelder i stedet "
            "pasient- og brukerrettighetsloven § 3-5: informasjonen skal være tilpasset mottakerens "
            "forutsetninger, som alder, modenhet, erfaring og kultur- og språkbakgrunn. Klarspråk er uansett et "
            "godt prinsipp for alt vi sier og skriver i lærings- og mestringstilbud.</p>"
            "<p>Noen enkle grep gjør stor forskjell:</p>"
            "<ul>"
            "<li>Begynn med det som er viktigst for mottakeren, ikke med bakgrunnen.</li>"
            "<li>Skriv korte setninger med ett budskap i hver.</li>"
            "<li>Bruk hverdagsord: «høyt blodtrykk» i stedet for «hypertensjon».</li>"
            "<li>Forklar fagordene deltakerne trenger å kunne, for eksempel at HbA1c er det samme som "
            "langtidsblodsukker.</li>"
            "<li>Skriv «du» og bruk aktive verb: «Ta én tablett hver morgen» er tydeligere enn «Det "
            "anbefales at medikamentet inntas daglig».</li>"
            "<li>Bruk overskrifter, lister og bilder, og velg ut de to eller tre viktigste budskapene.</li>"
            "</ul>"
            "<p>Klarspråk gjelder også når vi snakker. Snakk rolig, ta pauser, unngå forkortelser og sjekk "
            "om du har sagt det som er viktigst. Et godt lysbilde har lite tekst og stor skrift.</p>",
        ),
        (
            "fact_box",
            {
                "title": "Før og etter",
                "text": "<p><b>Før:</b> «Ved symptomer på hypoglykemi skal pasienten innta hurtigvirkende "
                "karbohydrater og deretter kontrollere blodglukosen.»</p>"
                "<p><b>Etter:</b> «Hvis du blir skjelven, svett eller forvirret, kan blodsukkeret være for "
                "lavt. Spis eller drikk noe søtt med en gang, for eksempel druesukker eller juice. Mål "
                "blodsukkeret etter et kvarter.»</p>",
            },
        ),
        ("heading", "Teach-back: «Si det med egne ord»"),
        (
            "paragraph",
            "<p>Selv en god forklaring kan bli misforstått. <b>Teach-back</b> er en enkel metode for å sjekke "
            "om vi har forklart godt nok. Etter at du har forklart noe viktig, ber du personen fortelle med "
            "egne ord hva hun har forstått. Hvis noe mangler eller er misforstått, forklarer du på nytt, på "
            "en annen måte, og sjekker igjen. Metoden brukes mye i helsetjenesten og anbefales blant annet i "
            "pasientsikkerhetsarbeid.</p>"
            "<p>Det viktigste med teach-back er holdningen. Det er forklaringen som testes, ikke personen. "
            "Derfor tar du selv ansvaret: «Jeg vil gjerne høre om jeg har forklart dette godt nok. Hvis du "
            "skulle fortelle det til noen hjemme, hva ville du sagt?» Unngå spørsmålet «Forsto du det?». "
            "Nesten alle svarer ja, også de som ikke forsto. Del stoffet opp i små biter, og sjekk etter "
            "hver bit i stedet for å spare alt til slutt.</p>"
            "<p>I en gruppe kan du bruke teach-back uten å stille enkeltpersoner til veggs. Be deltakerne "
            "forklare for hverandre to og to, eller spør hele gruppen: «Hva er de to viktigste tingene dere tar "
            "med fra dette?» Det du hører, forteller deg hva du må ta opp igjen.</p>",
        ),
        (
            "image",
            {
                "key": "teach-back-sirkel",
                "alt": "En sirkel med tre steg: forklar, be om å få det fortalt med egne ord, og forklar på en "
                "ny måte hvis noe er misforstått. En pil går ut av sirkelen til teksten: forstått, gå videre.",
                "caption": "Teach-back: forklar, be om egne ord, og forklar på nytt til forklaringen har nådd fram.",
                "description": "A simple loop diagram with three boxes connected by curved arrows, labelled in "
                "Norwegian 'Forklar', 'Si det med egne ord', 'Forklar på en ny måte'. From 'Si det med egne "
                "ord' an arrow leaves the loop to a box labelled 'Forstått: gå videre'. Soft, friendly colours.",
            },
        ),
        (
            "audio",
            {
                "key": "teach-back-eksempel",
                "title": "Eksempel: teach-back i en samtale om inhalasjonsmedisin",
                "transcript": "Sykepleier: Nå har jeg vist deg hvordan du bruker den nye inhalatoren. Jeg vil "
                "gjerne høre om jeg har forklart det godt nok. Kan du fortelle meg med dine egne ord hvordan "
                "du skal gjøre det hjemme i morgen tidlig? Deltaker: Ja, jeg rister den, puster inn og holder "
                "pusten litt. Sykepleier: Det stemmer. Hva gjør du før du puster inn? Deltaker: Åh, det husker "
                "jeg ikke. Sykepleier: Da var jeg nok ikke tydelig nok. Du puster helt ut først, bort fra "
                "inhalatoren. Da blir det plass til mer medisin i lungene. Kan du vise meg hele rekkefølgen en "
                "gang til? Deltaker: Riste, puste helt ut, så inn med inhalatoren og holde pusten. Sykepleier: "
                "Akkurat. Og så skyller du munnen etterpå, slik vi snakket om.",
            },
        ),
        ("heading", "Brukerrepresentanten gjør informasjonen forståelig"),
        (
            "paragraph",
            "<p>Fagpersoner blir så vant til fagspråket at de ikke lenger hører det. Her har erfarne brukere "
            "en viktig rolle i arbeidsgruppen. De kan lese invitasjoner, brosjyrer og lysbilder før de tas i "
            "bruk, og si fra om ord og setninger som er vanskelige. De kan fortelle hva de selv lurte på i "
            "starten, og hvilke spørsmål deltakerne ofte ikke tør å stille. I brukerinnlegget oversetter de "
            "kunnskap til hverdagsspråk: «Da jeg skjønte at trøttheten var en del av sykdommen, sluttet jeg å "
            "skamme meg over å hvile.» En slik setning gjør ofte mer enn en lang faglig forklaring.</p>"
            "<p>Samarbeidet fungerer best når det er sidestilt. Brukerrepresentanten skal ikke bare godkjenne "
            "tekster på slutten, men være med fra starten når dere bestemmer hva som er viktigst å formidle.</p>",
        ),
        (
            "audience_section",
            {
                "audience": "user_representative",
                "title": "Din erfaring som klarspråkhjelp",
                "text": "<p>Som brukerrepresentant er du en viktig leser og lytter for arbeidsgruppen. Still "
                "spørsmålet: Hadde jeg forstått dette da jeg var ny? Det er helt i orden å si «dette ordet "
                "skjønner jeg ikke» eller «dette er for mye på én gang». Vær samtidig oppmerksom på at du selv "
                "kan ha lært mye fagspråk gjennom årene. Ord som kjennes vanlige for deg nå, kan være ukjente "
                "for en som nettopp har fått diagnosen. Spør gjerne andre i brukerorganisasjonen, eller nye "
                "deltakere, om de vil lese gjennom en tekst før den tas i bruk.</p>",
            },
        ),
        (
            "quiz",
            {"slug": "ovingssporsmal-helsekompetanse", "title": "Øvingsspørsmål: helsekompetanse"},
        ),
    ],
}

MODULE = {
    "slug": "helsekompetanse",
    "title": "Helsekompetanse",
    "intro": "<p>Helsekompetanse handler om å kunne finne, forstå, vurdere og bruke helseinformasjon. I "
    "denne modulen lærer du hva begrepet betyr, hvorfor det er sentralt i lærings- og mestringstilbud, og "
    "hva den nasjonale strategien for helsekompetanse la vekt på og hva som har kommet etter den. Du lærer å legge merke til at noen "
    "kan streve med å forstå, uten å peke ut eller stigmatisere, og å gjøre informasjonen enklere for alle "
    "med <b>klarspråk</b> og <b>teach-back</b>. Til slutt ser vi på hvordan erfarne brukere hjelper "
    "arbeidsgruppen å lage informasjon som deltakerne faktisk forstår. Modulen passer både for fagpersoner "
    "og brukerrepresentanter.</p>",
    "outcomes": [
        "Du kan forklare hva helsekompetanse er, med de fire delene finne, forstå, vurdere og bruke.",
        "Du kan gjøre rede for hvorfor helsekompetanse er viktig i lærings- og mestringstilbud, og hva den "
        "helsepolitikken (strategien 2019–2023 og Nasjonal helse- og samhandlingsplan 2024–2027) vektlegger.",
        "Du kan legge merke til mulige tegn på at noen strever med helseinformasjon, og legge til rette for "
        "alle deltakere uten å stigmatisere.",
        "Du kan bruke klarspråk og teach-back når du skriver, forklarer og underviser.",
        "Du kan beskrive hvordan brukerrepresentanter bidrar til å gjøre informasjon forståelig.",
    ],
    "estimated_minutes": 75,
    "audience": "all",
    "sources": sources("handbok", "hdir_helsekompetanse", "strategi_helsekompetanse", "samhandlingsplan", "hls19", "sorensen_2012", "spraklova", "pasientrettighetsloven"),
    "lessons": [LESSON_1, LESSON_2, LESSON_3, LESSON_4],
}
