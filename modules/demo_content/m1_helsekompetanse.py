"""Demo content for module 1: health literacy (helsekompetanse) in learning-and-mastery offers."""

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
            "nasjonale strategien for helsekompetanse. Kort sagt handler helsekompetanse om en persons evne "
            "til å <b>finne, forstå, vurdere og bruke helseinformasjon</b> for å kunne ta gode beslutninger om "
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
                "text": "<p>I strategien fra Helse- og omsorgsdepartementet (2019) beskrives helsekompetanse som "
                "personers evne til å finne, forstå, vurdere og anvende helseinformasjon for å kunne ta "
                "kunnskapsbaserte beslutninger om egen helse. Det gjelder livsstilsvalg, sykdomsforebygging, "
                "egenmestring av sykdom og bruk av helse- og omsorgstjenesten.</p>",
            },
        ),
        (
            "audience_section",
            {
                "audience": "both",
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
            "befolkningen 2019–2023</b>. Det var den første norske strategien på området. Strategien knytter "
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
        ("heading", "Hva et godt lærings- og mestringstilbud gjør"),
        (
            "paragraph",
            "<p>Mange som lever med langvarige helseutfordringer, har fått mye informasjon i korte møter: en "
            "konsultasjon hos fastlegen, en samtale ved utskrivning, et ark med medisinliste. Det er ikke rart "
            "at mye glemmes eller misforstås. Et lærings- og mestringstilbud gir noe annet. Deltakerne får tid, "
            "de møter andre i samme situasjon, og de kan stille spørsmål de ikke rakk eller turte å stille "
            "før. Ofte er det i gruppa at brikkene faller på plass.</p>"
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

MODULE = {
    "slug": "helsekompetanse",
    "title": "Helsekompetanse",
    "intro": "<p>Helsekompetanse handler om å kunne finne, forstå, vurdere og bruke helseinformasjon. I "
    "denne modulen lærer du hva begrepet betyr, hvorfor det er sentralt i lærings- og mestringstilbud, og "
    "hva den nasjonale strategien for helsekompetanse sier.</p>",
    "outcomes": [
        "Du kan forklare hva helsekompetanse er, med de fire delene finne, forstå, vurdere og bruke.",
        "Du kan gjøre rede for hvorfor helsekompetanse er viktig i lærings- og mestringstilbud, og hva den "
        "nasjonale strategien for helsekompetanse vektlegger.",
    ],
    "estimated_minutes": 35,
    "audience": "all",
    "lessons": [LESSON_1, LESSON_2],
}
