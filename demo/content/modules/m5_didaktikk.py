"""Demo content for module 5: didactics and planning with the didaktisk relasjonsmodell."""

from demo.content.sources import sources

LESSON_1 = {
    "slug": "den-didaktiske-relasjonsmodellen",
    "title": "Den didaktiske relasjonsmodellen",
    "summary": "Seks elementer som henger sammen: et verktøy for å planlegge lærings- og mestringstilbud "
    "slik at helheten stemmer.",
    "estimated_minutes": 15,
    "completion_rule": "opened",
    "body": [
        ("heading", "Hvorfor trenger vi en planleggingsmodell?"),
        (
            "paragraph",
            "<p>Når en arbeidsgruppe skal lage et nytt lærings- og mestringstilbud, er det fristende å begynne "
            "med innholdet: Hva skal vi fortelle deltakerne? Hvem skal holde hvilket foredrag? Men et kurs som "
            "bare er bygget rundt det fagpersonene kan mye om, treffer ofte dårlig. Det kan bli for mye stoff, "
            "for lite tid til samtale, og deltakerne får sjelden prøvd ut det de skal mestre i hverdagen.</p>"
            "<p>Den <b>didaktiske relasjonsmodellen</b> er et verktøy som hjelper oss å se hele "
            "undervisningssituasjonen under ett. Den ble utviklet av Bjørn Bjørndal og Sigmund Lieberg i boka "
            "<i>Nye veier i didaktikken?</i> (1978), og Hilde Hiim og Else Hippe videreutviklet den for "
            "yrkesopplæring. I helsepedagogikken er den kjent gjennom Vifladt og Hopens bok "
            "<i>Helsepedagogikk: samhandling om læring og mestring</i> (NK LMH, 2004). Modellen "
            "er godt egnet for pasient- og pårørendeopplæring fordi den setter deltakerne og deres forutsetninger "
            "inn i planen fra første stund. Ordet <i>didaktikk</i> betyr kort sagt læren om undervisning og "
            "læring: hva vi skal lære bort, hvorfor, og hvordan.</p>",
        ),
        ("heading", "Seks elementer som påvirker hverandre"),
        (
            "paragraph",
            "<p>Modellen består av seks elementer. De tegnes gjerne som seks bokser som alle er forbundet med "
            "streker, for å vise at ingen av dem kan planlegges alene:</p>"
            "<ul>"
            "<li><b>Deltakerforutsetninger</b>: hvem deltakerne er, hva de kan fra før, hvilke erfaringer, "
            "behov og ønsker de har, og hva som kan gjøre det vanskelig for dem å delta og lære.</li>"
            "<li><b>Rammefaktorer</b>: tid, rom, økonomi, personale, utstyr, digitale løsninger, lovverk og "
            "andre forhold som begrenser eller åpner muligheter.</li>"
            "<li><b>Mål</b>: hva deltakerne skal ha lært eller kunne gjøre etter tilbudet, formulert som "
            "læringsmål.</li>"
            "<li><b>Innhold</b>: temaene og kunnskapen vi velger ut for å nå målene.</li>"
            "<li><b>Arbeidsmåter og læringsaktiviteter</b>: hvordan læringen skal skje, for eksempel "
            "samtale, erfaringsdeling, korte innlegg, praktiske øvelser eller gruppearbeid.</li>"
            "<li><b>Vurdering</b>: hvordan vi finner ut om deltakerne lærte det de trengte, og hvordan vi "
            "evaluerer selve tilbudet.</li>"
            "</ul>",
        ),
        (
            "image",
            {
                "key": "didaktisk-relasjonsmodell",
                "alt": "Seks bokser plassert i en sekskant, merket deltakerforutsetninger, rammefaktorer, mål, "
                "innhold, arbeidsmåter og vurdering. Alle boksene er forbundet med streker til hverandre.",
                "caption": "Den didaktiske relasjonsmodellen: alle elementene henger sammen.",
                "description": "A simple diagram: six rounded boxes arranged as a hexagon, labelled in Norwegian "
                "'Deltakerforutsetninger', 'Rammefaktorer', 'Mål', 'Innhold', 'Arbeidsmåter', 'Vurdering'. "
                "Thin lines connect every box with every other box. Calm blue and green colours.",
            },
        ),
        ("heading", "Relasjonene er poenget"),
        (
            "paragraph",
            "<p>Det viktigste med modellen ligger i navnet: <i>relasjonene</i> mellom elementene. Endrer du ett "
            "element, får det følger for de andre. Tenk deg at et kurs som var planlagt som fysiske samlinger, "
            "må holdes digitalt. Da endres rammefaktorene, og arbeidsmåtene må tilpasses: lange "
            "gruppesamtaler fungerer annerledes på skjerm, og noen deltakere trenger hjelp med det tekniske før "
            "kurset starter. Kanskje må også målene justeres fordi tiden blir kortere.</p>"
            "<p>På samme måte kan ny kunnskap om deltakerne endre hele planen. Hvis arbeidsgruppen oppdager at "
            "mange deltakere nylig har fått diagnosen og er preget av sjokk og usikkerhet, bør innholdet "
            "kanskje handle mer om hverdagen de neste ukene enn om langsiktige komplikasjoner. Modellen er "
            "derfor ikke en sjekkliste som fylles ut ovenfra og ned. Du kan starte i hvilket som helst element, "
            "men du må gå rundt hele modellen og sjekke at delene passer sammen.</p>",
        ),
        (
            "fact_box",
            {
                "title": "Et raskt kontrollspørsmål",
                "text": "<p>Når planen er ferdig, kan arbeidsgruppen spørre seg: Passer arbeidsmåtene til målene? "
                "Er målene realistiske innenfor rammene? Er innholdet valgt ut fra deltakernes behov, og ikke "
                "bare fra det vi selv synes er interessant? Vet vi hvordan vi skal finne ut om målene ble "
                "nådd? Et nei på ett av spørsmålene er et tegn på at relasjonene ikke stemmer ennå.</p>",
            },
        ),
        (
            "audience_section",
            {
                "audience": "all",
                "title": "Planlegging i likeverdig samarbeid",
                "text": "<p>I lærings- og mestringsarbeidet planlegges tilbudene etter <b>Standard metode</b>, i "
                "et sidestilt samarbeid mellom fagpersoner og erfarne brukere. Den didaktiske "
                "relasjonsmodellen gir arbeidsgruppen et felles språk. Brukerrepresentanten bidrar med "
                "kunnskap som fagpersonene sjelden har: hvordan det er å leve med sykdommen, hva som var "
                "vanskelig å forstå i starten, og hva som faktisk hjalp. Fagpersonene bidrar med faglig "
                "kunnskap og erfaring fra mange pasientforløp. Begge perspektivene trengs i alle seks "
                "elementene, ikke bare når det gjelder innholdet.</p>",
            },
        ),
    ],
}

LESSON_2 = {
    "slug": "deltakerforutsetninger-rammer-og-laeringsmal",
    "title": "Deltakerforutsetninger, rammefaktorer og læringsmål",
    "summary": "Hvem er deltakerne, hvilke rammer har vi, og hvordan skriver vi læringsmål som faktisk "
    "styrer planleggingen?",
    "estimated_minutes": 20,
    "completion_rule": "reflection",
    "body": [
        ("heading", "Start med deltakerne"),
        (
            "paragraph",
            "<p>Deltakerforutsetningene er ofte det beste stedet å begynne. Det handler om mer enn diagnose "
            "og alder. Hva vet deltakerne fra før, og hva har de erfart i møte med helsetjenesten? Har de nylig "
            "fått diagnosen, eller har de levd med den i mange år? Hvilken helsekompetanse har de, altså "
            "evnen til å finne, forstå, vurdere og bruke helseinformasjon? Snakker alle godt norsk? Har noen "
            "nedsatt hørsel, syn eller konsentrasjon, eller blir de fort slitne? Er de vant til å bruke "
            "digitale verktøy?</p>"
            "<p>Pårørende har ofte andre behov enn pasientene selv. De kan ha mange spørsmål om hvordan de "
            "kan støtte uten å overta, og de bærer ofte sin egen bekymring. Når et kurs er for både pasienter "
            "og pårørende, må planen gi rom for begge perspektivene.</p>"
            "<p>Hvordan finner arbeidsgruppen ut av dette? Brukerrepresentanten og brukerorganisasjonen vet "
            "mye om hva målgruppen strever med. En kort samtale eller et enkelt spørreskjema før kurset kan "
            "fange opp forventninger og praktiske behov. Og den første runden på kurset, der deltakerne "
            "forteller hva de håper å få ut av det, er også en kilde til å justere planen underveis.</p>",
        ),
        ("heading", "Rammefaktorene: begrensninger og muligheter"),
        (
            "paragraph",
            "<p>Rammefaktorene er de ytre forholdene planen må fungere innenfor: hvor mange timer og "
            "samlinger dere har, hvilke lokaler, hvilket budsjett, hvem som kan undervise, hvilket utstyr og "
            "hvilke digitale løsninger som er tilgjengelige. Også lovverket er en ramme. Pasient- og "
            "pårørendeopplæring er en lovpålagt oppgave for sykehusene, og kommunene har et ansvar for å legge "
            "til rette for at innbyggerne mestrer livet med sykdom. Tilgjengelighet er en annen ramme: ligger "
            "lokalet slik at deltakerne kommer seg dit, og passer tidspunktet med transport og "
            "behandlingsopplegg?</p>"
            "<p>Noen rammer kan ikke endres, men mange kan. Et kommunalt tilbud kan for eksempel velge flere "
            "korte kveldsmøter i stedet for én lang dag, dersom det passer deltakerne bedre. Det lønner seg å "
            "skille mellom faste rammer og rammer dere kan påvirke.</p>",
        ),
        ("heading", "Å skrive læringsmål"),
        (
            "paragraph",
            "<p>Et læringsmål beskriver hva deltakerne skal vite, kunne gjøre eller ha reflektert over etter "
            "tilbudet. Det skrives fra deltakerens ståsted, ikke som en liste over hva kurslederne skal gå "
            "gjennom. Sammenlign disse to:</p>"
            "<ul>"
            "<li><i>«Vi skal undervise om insulin.»</i> Dette beskriver innhold og kursledernes aktivitet.</li>"
            "<li><i>«Deltakerne kan justere insulindosen ved økt fysisk aktivitet, i tråd med avtalen med "
            "egen behandler.»</i> Dette beskriver hva deltakeren skal mestre.</li>"
            "</ul>"
            "<p>Det er nyttig å tenke på tre typer mål: <b>kunnskap</b> (å vite og forstå), "
            "<b>ferdigheter</b> (å kunne gjøre noe) og <b>holdninger og generell kompetanse</b> (for eksempel å "
            "føle seg tryggere på å ta opp spørsmål med fastlegen). I lærings- og mestringstilbud er de to "
            "siste ofte like viktige som den første. Velg verb som kan observeres eller samtales om, som "
            "<i>forklare</i>, <i>gjenkjenne</i>, <i>lage</i>, <i>bruke</i> og <i>beskrive</i>, heller enn "
            "uklare ord som <i>forstå</i> og <i>kjenne til</i>. Hold målene få og realistiske: tre til fire "
            "mål for en kursdag er ofte nok.</p>",
        ),
        (
            "video",
            {
                "key": "didaktikk-laeringsmal",
                "title": "Slik skriver du et godt læringsmål",
                "transcript": "Et godt læringsmål beskriver hva deltakerne skal kunne etter kurset, ikke hva vi "
                "som kursledere skal gjøre. Skriv målet fra deltakerens ståsted, og bruk et verb som viser noe "
                "man kan se eller høre. «Forstå sykdommen» er vanskelig å vurdere. «Kunne forklare hvorfor "
                "blodsukkeret stiger etter et måltid» er tydeligere. Hold målene få og realistiske innenfor "
                "tiden dere har. Spør gjerne brukerrepresentanten i arbeidsgruppen: Er dette noe deltakerne "
                "selv vil ha nytte av i hverdagen? Til slutt, tenk på vurderingen allerede nå. Hvis dere ikke "
                "vet hvordan dere skal se at målet er nådd, er målet sannsynligvis for uklart.",
                "captions": [
                    ("00:00.000", "00:04.500", "Et godt læringsmål beskriver hva deltakerne skal kunne etter kurset,"),
                    ("00:04.500", "00:07.500", "ikke hva vi som kursledere skal gjøre."),
                    ("00:07.500", "00:11.000", "Skriv målet fra deltakerens ståsted,"),
                    ("00:11.000", "00:15.000", "og bruk et verb som viser noe man kan se eller høre."),
                    ("00:15.000", "00:18.000", "«Forstå sykdommen» er vanskelig å vurdere."),
                    (
                        "00:18.000",
                        "00:23.000",
                        "«Kunne forklare hvorfor blodsukkeret stiger etter et måltid» er tydeligere.",
                    ),
                    ("00:23.000", "00:27.500", "Hold målene få og realistiske innenfor tiden dere har."),
                    ("00:27.500", "00:31.000", "Spør gjerne brukerrepresentanten i arbeidsgruppen:"),
                    ("00:31.000", "00:35.500", "Er dette noe deltakerne selv vil ha nytte av i hverdagen?"),
                    ("00:35.500", "00:39.000", "Til slutt, tenk på vurderingen allerede nå."),
                    ("00:39.000", "00:43.000", "Hvis dere ikke vet hvordan dere skal se at målet er nådd,"),
                    ("00:43.000", "00:46.000", "er målet sannsynligvis for uklart."),
                ],
                "chapters": [
                    ("00:00", "Hva deltakerne skal kunne"),
                    ("00:15", "Et uklart og et tydelig mål"),
                    ("00:23", "Få mål, og spør brukerrepresentanten"),
                    ("00:35", "Tenk på vurderingen allerede nå"),
                ],
            },
        ),
        (
            "fact_box",
            {
                "title": "Mål som deltakerne kjenner seg igjen i",
                "text": "<p>Læringsmål blir bedre når de formuleres sammen med brukerrepresentanten, og når "
                "deltakerne får høre dem ved kursstart. Spør gjerne i første runde om målene passer med det "
                "deltakerne selv ønsker å lære. Da blir målene et felles utgangspunkt og ikke bare et "
                "dokument for arbeidsgruppen.</p>",
            },
        ),
        (
            "reflection",
            {
                "key": "didaktikk-laeringsmal-1",
                "prompt": "Tenk på et lærings- og mestringstilbud du kjenner eller skal være med å planlegge. "
                "Skriv ett læringsmål for tilbudet fra deltakerens ståsted. Hvilket verb valgte du, og hvordan "
                "kan dere se eller høre at målet er nådd?",
            },
        ),
    ],
}

LESSON_3 = {
    "slug": "eksempel-planlegg-en-kursdag",
    "title": "Eksempel: vi planlegger en kursdag",
    "summary": "Et gjennomarbeidet eksempel der en arbeidsgruppe bruker alle seks elementene til å planlegge "
    "én dag i et kurs for personer med hjertesvikt og deres pårørende.",
    "estimated_minutes": 20,
    "completion_rule": "marked",
    "body": [
        ("heading", "Situasjonen"),
        (
            "paragraph",
            "<p>En kommunal lærings- og mestringstjeneste skal holde et kurs for personer som lever med "
            "hjertesvikt, og deres pårørende. Kurset går over fire samlinger på tre timer. Arbeidsgruppen "
            "består av en sykepleier, en fysioterapeut, en erfaren bruker som selv har hjertesvikt, og en "
            "pårørende som har fulgt ektefellen sin gjennom sykdommen. Eksempelet er oppdiktet, men typisk. "
            "Her følger vi hvordan gruppen planlegger den andre kursdagen, med temaet «Aktivitet og hvile i "
            "hverdagen».</p>",
        ),
        ("heading", "Gjennom de seks elementene"),
        (
            "paragraph",
            "<p><b>Deltakerforutsetninger.</b> Tolv deltakere er påmeldt, de fleste mellom 60 og 85 år, og "
            "fem av dem har med seg en pårørende. På første kursdag fortalte flere at de er redde for å "
            "anstrenge seg, og at de blir svært slitne av små ting. Noen pårørende sa at de passer så godt på "
            "at det kan bli til overbeskyttelse. To deltakere hører dårlig.</p>"
            "<p><b>Rammefaktorer.</b> Dagen varer fra klokka ti til ett, med en pause. Kurset holdes i et "
            "helsehus med et stort rom og et mindre grupperom. Fysioterapeuten kan være med i en time. Det er "
            "teleslynge i rommet, og det finnes penger til kaffe og frukt.</p>"
            "<p><b>Mål.</b> Gruppen formulerer tre læringsmål. Etter dagen skal deltakerne kunne gjenkjenne "
            "tegn på at kroppen trenger hvile, og tegn på at de bør kontakte helsetjenesten. De skal ha prøvd "
            "enkle øvelser som kan gjøres hjemme, også sittende. Og de skal ha laget et utkast til en plan for "
            "aktivitet og hvile i sin egen uke. For de pårørende legges det til et mål om å ha delt tanker "
            "om hvordan de kan støtte uten å overta.</p>"
            "<p><b>Innhold.</b> Gruppen velger bort mye. Det blir en kort gjennomgang av hvorfor tilpasset "
            "aktivitet er nyttig, hvordan man kan fordele krefter gjennom dagen, og hvilke symptomer som bør "
            "føre til kontakt med fastlegen eller sykehuset: økt tungpust, hevelse i beina og <b>rask "
            "vektøkning</b> (for eksempel to kilo på tre dager), som kan være tegn på at kroppen samler væske. "
            "Derfor lærer deltakerne å <b>veie seg hver morgen</b> og skrive ned vekten. Deltakerne minnes om at egen aktivitet bør "
            "avklares med behandleren. Den erfarne brukeren forteller hvordan hun selv fant en balanse.</p>"
            "<p><b>Arbeidsmåter.</b> Fordi deltakerne blir fort slitne og noen hører dårlig, veksler gruppen "
            "mellom korte innslag og samtale i små grupper, og bruker mikrofon og teleslynge. Programmet ser "
            "slik ut:</p>"
            "<ol>"
            "<li>10.00: Velkommen og runde: «Hvordan har uka vært siden sist?»</li>"
            "<li>10.15: Kort innlegg fra sykepleier om aktivitet, hvile og varselsignaler, også daglig veiing "
            "(15 minutter).</li>"
            "<li>10.30: Brukerinnlegg: «Slik lærte jeg å lytte til kroppen» (15 minutter), og spørsmål.</li>"
            "<li>11.00: Pause.</li>"
            "<li>11.20: Fysioterapeuten viser og prøver enkle øvelser sammen med deltakerne, stående og "
            "sittende.</li>"
            "<li>12.10: Samtale to og to, pasient og pårørende hver for seg: «Hva gjør det lettere eller "
            "vanskeligere å være i aktivitet?»</li>"
            "<li>12.30: Hver deltaker lager et utkast til «Min uke med aktivitet og hvile».</li>"
            "<li>12.50: Avslutningsrunde og kort evaluering.</li>"
            "</ol>"
            "<p><b>Vurdering.</b> I avslutningsrunden sier hver deltaker én ting de tar med seg hjem. "
            "Ukeplanene viser om deltakerne har fått tak i poenget med å fordele krefter. Deltakerne fyller ut "
            "et kort skjema med tre spørsmål. Etterpå møtes arbeidsgruppen i tjue minutter og går gjennom hva "
            "som fungerte, og hva som bør endres til neste kursdag.</p>",
        ),
        (
            "experience_story",
            {
                "quote": "Jeg foreslo at vi skulle bytte rekkefølge, slik at brukerinnlegget kom før øvelsene. "
                "Da jeg selv gikk på et slikt kurs, turte jeg ikke å gjøre noe før jeg hadde hørt noen som "
                "hadde vært like redd som meg. Sykepleieren sa at det hadde hun aldri tenkt på. Det var første "
                "gang jeg kjente at min erfaring ble brukt i selve planen, og ikke bare som et innslag.",
                "teller_role": "Erfaren bruker, arbeidsgruppe for hjertesviktkurs",
            },
        ),
        (
            "audience_section",
            {
                "audience": "user_representative",
                "title": "Din plass i planleggingen",
                "text": "<p>Som brukerrepresentant er du med i hele planleggingen, ikke bare når innlegget ditt "
                "skal settes inn i programmet. Du kan bidra i alle seks elementene: Du vet noe om hva "
                "deltakerne kan være redde for, hvilke rammer som gjør det lettere å komme, og hvilke "
                "arbeidsmåter som kjennes trygge. Det er helt i orden å si fra når du mener planen ikke passer "
                "for målgruppen. Det er nettopp derfor du er med.</p>",
            },
        ),
        (
            "discuss",
            {
                "prompt": "Se på programmet i eksempelet. Hva ville dere endret hvis samlingen måtte holdes "
                "digitalt på skjerm, og hvilke av de andre elementene i modellen ville da også blitt "
                "påvirket?",
            },
        ),
    ],
}

LESSON_4 = {
    "slug": "arbeidsmater-vurdering-og-forbedring",
    "title": "Arbeidsmåter, vurdering og forbedring",
    "summary": "Hvordan velge arbeidsmåter som passer målene, hvordan vurdere læring og evaluere tilbudet, og "
    "hvordan sirkelen planlegg, gjennomfør, evaluer og forbedre holder tilbudet levende.",
    "estimated_minutes": 20,
    "completion_rule": "quiz",
    "body": [
        ("heading", "Velg arbeidsmåter ut fra målene"),
        (
            "paragraph",
            "<p>Arbeidsmåtene er det deltakerne faktisk gjør på kurset. Det beste utgangspunktet er å spørre "
            "hva slags mål arbeidsmåten skal støtte. Kunnskap kan formidles i et kort innlegg, men den sitter "
            "bedre når deltakerne får bruke den etterpå. Ferdigheter må øves, helst med veiledning og mulighet "
            "til å prøve igjen. Holdninger og trygghet endres sjelden av at noen forteller oss hva vi bør mene; "
            "de endres gjennom samtale, erfaringsdeling og refleksjon.</p>"
            "<p>Noen arbeidsmåter som er mye brukt i lærings- og mestringstilbud:</p>"
            "<ul>"
            "<li><b>Korte faglige innlegg</b>, gjerne under tjue minutter og med tid til spørsmål.</li>"
            "<li><b>Brukerinnlegg</b>, der en erfaren bruker forteller fra egen bearbeidet erfaring.</li>"
            "<li><b>Erfaringsdeling</b> i grupper, der deltakerne lærer av hverandre.</li>"
            "<li><b>Praktiske øvelser og demonstrasjoner</b>, for eksempel matlaging, øvelser eller bruk av "
            "hjelpemidler.</li>"
            "<li><b>Case og spørsmål til diskusjon</b>, som gjør stoffet konkret uten at noen må dele mer enn "
            "de ønsker.</li>"
            "<li><b>Oppgaver mellom samlingene</b>, som å prøve noe hjemme og fortelle om det neste gang.</li>"
            "</ul>"
            "<p>Variasjon er viktig. Deltakere med langvarige helseutfordringer kan ha lite energi, smerter "
            "eller konsentrasjonsvansker, og da er korte økter med pauser bedre enn lange foredrag. Tenk også "
            "på at ikke alle liker å snakke i store grupper: samtale to og to senker terskelen.</p>",
        ),
        ("heading", "Vurdering: har deltakerne lært det de trengte?"),
        (
            "paragraph",
            "<p>Vurdering i et lærings- og mestringstilbud er ikke en eksamen. Det handler om å finne ut om "
            "deltakerne fikk det de trengte, slik at dere kan justere underveis og forbedre tilbudet. Det er "
            "nyttig å skille mellom to ting:</p>"
            "<ul>"
            "<li><b>Vurdering av læring underveis</b>: korte runder, spørsmål som «Hva var nytt for deg i "
            "dag?», oppgaver deltakerne gjør og viser fram, og det dere ser og hører i gruppene. Dette gir "
            "mulighet til å endre neste samling.</li>"
            "<li><b>Evaluering av tilbudet</b>: kursevaluering med skjema eller samtale ved slutten, "
            "tilbakemeldinger fra brukerrepresentanten og fagpersonene, og en gjennomgang av om målene ble "
            "nådd innenfor rammene.</li>"
            "</ul>"
            "<p>Evalueringen bør knyttes til læringsmålene. Spør konkret: Føler du deg tryggere på å kjenne "
            "igjen varselsignaler? Har du prøvd noe av det vi snakket om? Generelle spørsmål om kurset var bra, "
            "gir mindre å gå videre med.</p>",
        ),
        ("heading", "Sirkelen: planlegg, gjennomfør, evaluer, forbedre"),
        (
            "paragraph",
            "<p>Et godt lærings- og mestringstilbud blir aldri helt ferdig. Arbeidsgruppen planlegger, "
            "gjennomfører, evaluerer og forbedrer, og så begynner sirkelen på nytt. Poenget er at "
            "evalueringen faktisk fører til endringer. Skriv ned hva dere lærte etter hvert kurs, og hva dere "
            "vil gjøre annerledes neste gang. Kanskje viste evalueringen at deltakerne ønsket mer tid til "
            "erfaringsdeling, eller at et tema burde komme tidligere. Da går dere tilbake til modellen: Hvilke "
            "andre elementer påvirkes av endringen?</p>"
            "<p>Etter Standard metode evalueres tilbudene i samarbeid mellom fagpersoner og erfarne brukere. "
            "Brukerrepresentanten skal derfor være med i evalueringsmøtet, ikke bare få en oppsummering "
            "etterpå.</p>",
        ),
        (
            "image",
            {
                "key": "didaktikk-forbedringssirkel",
                "alt": "En sirkel med fire piler som følger etter hverandre: planlegg, gjennomfør, evaluer, "
                "forbedre, og tilbake til planlegg.",
                "caption": "Planlegg, gjennomfør, evaluer og forbedre: en sirkel som aldri er helt ferdig.",
                "description": "A circular diagram with four curved arrows forming a cycle, each labelled in "
                "Norwegian: 'Planlegg', 'Gjennomfør', 'Evaluer', 'Forbedre'. Simple flat style, soft colours.",
            },
        ),
        (
            "fact_box",
            {
                "title": "Tre spørsmål til evalueringsmøtet",
                "text": "<ol><li>Hva fungerte godt, og hvorfor?</li><li>Hva fungerte mindre godt, og hva sa "
                "deltakerne om det?</li><li>Hva endrer vi til neste gang, og hvem har ansvar for "
                "endringen?</li></ol>",
            },
        ),
        (
            "quiz",
            {"slug": "ovingssporsmal-didaktikk", "title": "Øvingsspørsmål: didaktikk og planlegging"},
        ),
    ],
}

MODULE = {
    "slug": "didaktikk-og-planlegging",
    "title": "Didaktikk og planlegging med den didaktiske relasjonsmodellen",
    "intro": "<p>Et godt lærings- og mestringstilbud er planlagt med omtanke for hvem deltakerne er og hva de "
    "trenger. I denne modulen lærer du å bruke den <b>didaktiske relasjonsmodellen</b> til å planlegge: "
    "deltakerforutsetninger, rammefaktorer, mål, innhold, arbeidsmåter og vurdering. Du ser hvordan "
    "elementene påvirker hverandre, følger en arbeidsgruppe som planlegger en kursdag, og øver på å skrive "
    "læringsmål. Til slutt ser vi på hvordan vurdering og evaluering gjør at tilbudet blir bedre for hver "
    "gang, i sirkelen planlegg, gjennomfør, evaluer og forbedre. Modulen passer både for fagpersoner og "
    "erfarne brukere som skal planlegge sammen.</p>",
    "outcomes": [
        "Du kan beskrive de seks elementene i den didaktiske relasjonsmodellen og hvordan de henger sammen.",
        "Du kan skrive læringsmål fra deltakerens ståsted.",
        "Du kan velge arbeidsmåter som passer målene og deltakernes forutsetninger.",
        "Du kan planlegge vurdering og evaluering, og bruke resultatene til å forbedre tilbudet.",
    ],
    "estimated_minutes": 75,
    "audience": "all",
    "sources": sources("handbok", "bjorndal_lieberg", "hiim_hippe", "vifladt_hopen", "standard_metode"),
    "lessons": [LESSON_1, LESSON_2, LESSON_3, LESSON_4],
}
