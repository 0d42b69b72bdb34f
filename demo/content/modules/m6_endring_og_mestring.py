"""Demo content for module 6: change and coping processes, ending with the course summary and final test."""

from demo.content.sources import sources

LESSON_1 = {
    "slug": "mestring-og-salutogenese",
    "title": "Mestring, salutogenese og opplevelse av sammenheng",
    "summary": "Hva mestring betyr når man lever med langvarig sykdom, og hvordan et salutogent perspektiv "
    "flytter oppmerksomheten fra det som er sykt til det som gir helse.",
    "estimated_minutes": 20,
    "completion_rule": "reflection",
    "body": [
        ("heading", "Hva er mestring?"),
        (
            "paragraph",
            "<p>Ordet <b>mestring</b> står i navnet på hele feltet, men det betyr ikke at deltakerne skal bli "
            "flinke til å være syke, eller at de skal ha full kontroll. Mestring handler om hvordan vi møter "
            "krav og belastninger som kjennes store, og om opplevelsen av å ha noe å stille opp med. Å mestre "
            "et liv med diabetes, revmatisme eller psykiske helseutfordringer kan bety å forstå kroppen sin "
            "bedre, å kunne ta beslutninger i hverdagen, og å leve et liv som oppleves meningsfullt selv om "
            "sykdommen ikke går over.</p>"
            "<p>I teorien om stress og mestring, utviklet av psykologene <b>Richard Lazarus og Susan Folkman</b> "
            "(<i>Stress, Appraisal, and Coping</i>, 1984), skiller man mellom to hovedmåter å mestre på. "
            "<b>Problemrettet mestring</b> er å gjøre noe med selve situasjonen: lære å måle blodsukkeret, "
            "planlegge dagen slik at kreftene strekker til, eller be om en samtale med fastlegen. "
            "<b>Følelsesrettet mestring</b> er å håndtere det situasjonen gjør med oss: sorg, frykt, sinne "
            "eller skam, for eksempel ved å bruke avspenning, gi seg selv lov til å gråte, eller se "
            "situasjonen fra en ny side. Mye mestring er begge deler samtidig: Å snakke med noen man stoler "
            "på, kan både lette på følelsene og gi nye ideer til hva man kan gjøre. Begge deler er nødvendige. Et lærings- og mestringstilbud som bare gir kunnskap, men "
            "ikke rom for følelsene, hjelper deltakerne bare halvveis. Psykisk helse, fysisk helse og mestring "
            "henger tett sammen.</p>"
            "<p>Mestring er også personlig. Det som er god mestring for én, kan være for mye for en annen. "
            "Derfor er det deltakeren selv som avgjør hva som er viktig å mestre, og den som skal mestre, står "
            "alltid i sentrum.</p>",
        ),
        ("heading", "Salutogenese: hva skaper helse?"),
        (
            "paragraph",
            "<p>Tradisjonell medisin spør hva som gjør oss syke. Det <b>salutogene perspektivet</b> snur "
            "spørsmålet og spør hva som gir helse og holder oss oppe. Begrepet ble utviklet av den "
            "israelsk-amerikanske medisinske sosiologen <b>Aaron Antonovsky</b> (<i>Unraveling the Mystery of "
            "Health</i>, 1987; på norsk <i>Helbredets mysterium</i>). Han undersøkte hvorfor noen mennesker "
            "klarte seg godt til tross for svært store belastninger, og så helse som en glidende skala mellom god og dårlig helse, ikke som enten eller. "
            "Alle befinner seg et sted på denne skalaen, også den som har en kronisk sykdom, og alle kan bevege "
            "seg mot den gode enden.</p>"
            "<p>Et sentralt begrep i teorien er <b>opplevelse av sammenheng</b> (<i>sense of coherence</i>). Den består av tre deler, som "
            "du finner i faktaboksen nedenfor. Jo sterkere opplevelse av sammenheng en person har, desto "
            "lettere er det å bruke ressursene man har, både indre ressurser som kunnskap og erfaring og ytre "
            "ressurser som familie, venner og helsetjeneste.</p>",
        ),
        (
            "fact_box",
            {
                "title": "Opplevelse av sammenheng: tre deler",
                "text": "<ul><li><b>Begripelighet</b>: at det som skjer, gir mening og kan forstås. Kunnskap om "
                "sykdommen og behandlingen styrker dette.</li><li><b>Håndterbarhet</b>: at man har ressurser "
                "til å møte kravene, selv eller med hjelp fra andre.</li><li><b>Meningsfullhet</b>: at det er "
                "verdt å engasjere seg, fordi noe i livet betyr noe.</li></ul><p>Meningsfullhet regnes ofte "
                "som den viktigste delen, fordi den gir motivasjon til å finne ut av resten.</p>",
            },
        ),
        (
            "image",
            {
                "key": "mestring-helsekontinuum",
                "alt": "En horisontal pil fra «dårlig helse» til «god helse». En liten figur står midt på pilen "
                "og går mot den gode enden, omgitt av symboler for kunnskap, fellesskap og mening.",
                "caption": "Helse som en glidende skala: alle kan bevege seg mot den gode enden.",
                "description": "A horizontal arrow labelled 'Dårlig helse' on the left and 'God helse' on the "
                "right. A simple stick figure in the middle walks to the right. Around the figure, three small "
                "icons: a book (kunnskap), two people (fellesskap), a heart (mening). Flat, friendly style.",
            },
        ),
        (
            "paragraph",
            "<p>For deg som planlegger og leder lærings- og mestringstilbud, gir perspektivet konkrete "
            "spørsmål: Hjelper innholdet deltakerne å forstå det som skjer med dem? Får de prøve ut ting de kan "
            "gjøre selv, og får de vite hvor de kan få hjelp? Er det rom for å snakke om hva som gir livet "
            "mening, ikke bare om sykdommen? Når et lærings- og mestringssenter sier at det vil flytte "
            "oppmerksomheten fra sykelighet til utviklingsmulighet, er det nettopp dette salutogene "
            "perspektivet det handler om.</p>",
        ),
        (
            "reflection",
            {
                "key": "endring-mestring-sammenheng-1",
                "prompt": "Tenk på en periode da du selv eller noen du kjenner sto i en krevende situasjon. Hva "
                "gjorde situasjonen mer begripelig, håndterbar eller meningsfull? Hva kan et lærings- og "
                "mestringstilbud lære av det?",
            },
        ),
    ],
}

LESSON_2 = {
    "slug": "endringsprosesser-og-motivasjon",
    "title": "Endringsprosesser og motivasjon",
    "summary": "Endring skjer i faser og sjelden i rett linje. Om ambivalens, motivasjon og hvordan vi kan "
    "støtte endring uten å presse.",
    "estimated_minutes": 20,
    "completion_rule": "opened",
    "body": [
        ("heading", "Endring tar tid"),
        (
            "paragraph",
            "<p>Mange lærings- og mestringstilbud handler om endring: nye vaner med mat og aktivitet, en ny "
            "måte å fordele kreftene på, å ta medisiner på en annen måte, eller å snakke annerledes med familien "
            "om sykdommen. Likevel vet de fleste av oss fra eget liv at det å vite hva som er lurt, ikke er det "
            "samme som å gjøre det. Endring er en prosess, ikke en enkelt beslutning.</p>"
            "<p>En mye brukt modell, <b>endringshjulet</b> eller den transteoretiske modellen, ble utviklet av "
            "psykologene <b>James Prochaska og Carlo DiClemente</b> på 1980-tallet, først i studier av folk som "
            "sluttet å røyke. Den beskriver endring som en bevegelse gjennom flere faser. Først har man "
            "kanskje ikke tenkt på å endre noe, eller man ser ikke grunn til det. Så begynner man å vurdere det, "
            "ofte med blandede følelser. Deretter forbereder man seg og prøver ut små skritt, før man gjør "
            "endringen og etter hvert forsøker å holde den ved like. Underveis er det vanlig å gå tilbake til en "
            "tidligere fase, kanskje flere ganger.</p>",
        ),
        (
            "fact_box",
            {
                "title": "Fasene i endring, kort fortalt",
                "text": "<ul><li><b>Føroverveielse</b>: endring er ikke aktuelt ennå.</li><li><b>Overveielse</b>: "
                "man veier for og imot.</li><li><b>Forberedelse</b>: man bestemmer seg og planlegger.</li>"
                "<li><b>Handling</b>: man gjør endringen.</li><li><b>Vedlikehold</b>: man holder endringen ved "
                "like over tid.</li></ul><p>Tilbakefall til en tidligere fase er en vanlig del av prosessen, "
                "ikke et nederlag.</p>",
            },
        ),
        ("heading", "En modell for forståelse, ikke for sortering"),
        (
            "paragraph",
            "<p>Modellen er nyttig fordi den minner oss om at mennesker er på ulike steder. En deltaker som "
            "akkurat har fått diagnosen, trenger kanskje først og fremst å forstå hva som skjer, mens en annen "
            "er klar til å prøve noe nytt i morgen. Men modellen må brukes med respekt. Den er ikke en "
            "sjekkliste for å plassere deltakerne i båser, og den sier ingenting om hvor mye et menneske er "
            "verdt eller hvor mye det prøver. Livet består av mange områder, og man kan være klar for endring "
            "på ett område og slett ikke på et annet. Det er heller ikke fagpersonens oppgave å flytte folk "
            "videre i fasene. Oppgaven er å møte hver enkelt der de er, og å legge til rette for at de selv kan "
            "finne sine grunner til å endre noe, eller til å la det være.</p>",
        ),
        ("heading", "Ambivalens og motivasjon"),
        (
            "paragraph",
            "<p>De fleste som vurderer en endring, kjenner på <b>ambivalens</b>: en del av oss vil, og en annen "
            "del vil helst slippe. Det er helt normalt. Motivasjon er dessuten ikke noe man enten har eller "
            "mangler; den varierer med situasjonen, med hvordan man blir møtt og med hvor viktig og hvor "
            "gjennomførbar endringen oppleves. Motivasjon som kommer fra personens egne verdier og mål, varer "
            "ofte lenger enn motivasjon som skyldes ytre press.</p>",
        ),
        (
            "audio",
            {
                "key": "endring-ambivalens",
                "title": "Lydklipp: Å være i tvil er en del av endring",
                "transcript": "Mange tenker at motivasjon er noe man enten har eller ikke har. Men de fleste som "
                "står foran en endring, kjenner på to ting samtidig. En del av deg vil, og en annen del av deg "
                "vil helst la det være. Det kalles ambivalens, og det er helt vanlig. Som kursleder trenger du "
                "ikke å overbevise noen. Prøv heller å være nysgjerrig. Spør hva som er viktig for personen, og "
                "hva som eventuelt gjør det vanskelig. Når folk får sette ord på sine egne grunner, blir det "
                "ofte lettere å ta et lite skritt. Og husk at det er personen selv som bestemmer tempoet.",
            },
        ),
        (
            "experience_story",
            {
                "quote": "På det første kurset jeg gikk på, fikk vi en liste over alt vi burde endre. Jeg gikk "
                "hjem og følte meg mislykket før jeg hadde begynt. Året etter var jeg på et kurs der de spurte "
                "hva som betydde mest for meg. Jeg sa at jeg ville klare å gå tur med barnebarna. Det ble "
                "utgangspunktet for alt det andre, og da var det plutselig mitt prosjekt og ikke deres.",
                "teller_role": "Erfaren bruker, kurs for personer med kols",
            },
        ),
        (
            "audience_section",
            {
                "audience": "professional",
                "title": "Når du har lyst til å rette opp",
                "text": "<p>Som fagperson er det lett å kjenne et sterkt ønske om å gi gode råd når du ser at "
                "noe kunne vært gjort annerledes. Men når noen er i tvil, fører argumenter for endring ofte til "
                "at personen forsvarer den andre siden av tvilen. Prøv heller noen enkle grep fra motiverende "
                "samtale: Still åpne spørsmål, lytt og gjenta med egne ord det du hører, anerkjenn innsatsen "
                "personen allerede gjør, og oppsummer. Be om lov før du gir informasjon, og spør hva personen "
                "tenker om den etterpå. Da blir kunnskapen din et tilbud, ikke et pålegg.</p>",
            },
        ),
    ],
}

LESSON_3 = {
    "slug": "empowerment-tilbakeslag-og-veien-videre",
    "title": "Empowerment, tilbakeslag og det deltakerne tar med hjem",
    "summary": "Om myndiggjøring, om tilbakeslag som en naturlig del av endring, og om hvordan et lærings- og "
    "mestringstilbud kan ruste deltakerne for tiden etter kurset.",
    "estimated_minutes": 20,
    "completion_rule": "quiz",
    "body": [
        ("heading", "Empowerment: makt over eget liv"),
        (
            "paragraph",
            "<p><b>Empowerment</b>, på norsk ofte kalt <b>myndiggjøring</b>, handler om at mennesker får mer "
            "kontroll over forhold som har betydning for deres egen helse og eget liv. Det er både et mål og en "
            "arbeidsmåte. Som mål betyr det at deltakerne skal gå fra kurset med mer tro på at de selv kan "
            "påvirke situasjonen sin. Som arbeidsmåte betyr det at vi ikke kan gi noen makt ved å bestemme over "
            "dem; vi kan bare legge til rette for at de tar den i bruk.</p>"
            "<p>I praksis ser empowerment ut som mye av det du har lært i dette kurset. Deltakerne får være med "
            "og bestemme hva som skal tas opp. De møtes som eksperter på eget liv, mens fagpersonene er "
            "eksperter på fag. Erfarne brukere viser at det går an å leve et godt liv med sykdommen. Og "
            "kunnskapen formidles slik at deltakerne kan bruke den selv, for eksempel når de skal forberede seg "
            "til en time hos legen. Empowerment har også en fellesskapsside: Når mennesker med samme "
            "utfordringer finner hverandre, for eksempel i en brukerorganisasjon, kan de sammen påvirke "
            "tjenestene. Derfor henger empowerment tett sammen med brukermedvirkning.</p>",
        ),
        ("heading", "Tilbakeslag hører med"),
        (
            "paragraph",
            "<p>Nesten alle som endrer noe, opplever at det går tilbake innimellom. Den nye vanen glipper i en "
            "travel periode, sykdommen blusser opp, eller livet kommer i veien. Mange opplever da skam og "
            "tenker at de har mislyktes. Et godt lærings- og mestringstilbud forbereder deltakerne på at "
            "tilbakeslag er en del av endringen, ikke et bevis på at de ikke får det til.</p>"
            "<p>Dere kan ta det opp direkte på kurset. Spør gjerne: Hva kan gjøre det vanskelig å holde på "
            "dette når kurset er slutt? Hva er tegn på at det går feil vei? Hva gjør du da, og hvem kan du "
            "kontakte? En enkel plan for dårlige dager kan være vel så nyttig som en plan for gode dager. Husk "
            "også at mange langvarige sykdommer svinger av seg selv. En forverring er ikke nødvendigvis noe "
            "deltakeren har gjort feil. Når erfarne brukere forteller om sine egne tilbakeslag og hvordan de "
            "kom videre, gjør det ofte mer enn noen faglig forklaring.</p>",
        ),
        ("heading", "Det deltakerne tar med hjem"),
        (
            "paragraph",
            "<p>Kurset varer noen timer eller dager, men livet med sykdommen fortsetter. Derfor bør planen "
            "allerede fra starten spørre hva deltakerne skal ha med seg når de går. Det kan være:</p>"
            "<ul>"
            "<li>kunnskap de kan bruke, og vite hvor de finner pålitelig informasjon senere</li>"
            "<li>en egen plan eller et konkret neste skritt de har valgt selv</li>"
            "<li>kontakt med andre i samme situasjon, og opplevelsen av ikke å være alene</li>"
            "<li>kjennskap til tjenester og fagpersoner i kommunen og på sykehuset</li>"
            "<li>informasjon om brukerorganisasjoner, likepersoner og selvorganiserte selvhjelpsgrupper</li>"
            "</ul>"
            "<p>Mange opplever det nyttig å fortsette i en selvorganisert selvhjelpsgruppe eller et uformelt "
            "nettverk når kurset er over. Noen tilbud legger også inn en oppfølgingssamling etter noen måneder, "
            "der deltakerne kan fortelle hvordan det har gått, og få påfyll.</p>",
        ),
        (
            "discuss",
            {
                "prompt": "Hva gjør dere, eller hva kunne dere gjort, i deres lærings- og mestringstilbud for å "
                "forberede deltakerne på tilbakeslag og på tiden etter kurset? Del ett konkret eksempel hver.",
            },
        ),
        (
            "quiz",
            {"slug": "ovingssporsmal-endring-og-mestring", "title": "Øvingsspørsmål: endring og mestring"},
        ),
    ],
}

LESSON_4 = {
    "slug": "oppsummering-og-kunnskapstest",
    "title": "Oppsummering og kunnskapstest",
    "summary": "En oppsummering av hele kurset i helsepedagogikk, og kunnskapstesten som avslutter kurset.",
    "estimated_minutes": 30,
    "completion_rule": "quiz",
    "body": [
        ("heading", "Hva har du lært?"),
        (
            "paragraph",
            "<p>Du har nå vært gjennom hele kurset i helsepedagogikk. Før du tar kunnskapstesten, kan det være "
            "nyttig å se de store linjene. Kurset har handlet om hvordan fagpersoner og erfarne brukere sammen "
            "kan planlegge, gjennomføre og evaluere lærings- og mestringstilbud for mennesker med langvarige "
            "helseutfordringer og deres pårørende. Her er hovedpunktene fra hver modul.</p>"
            "<ul>"
            "<li><b>Helsekompetanse</b>: evnen til å finne, forstå, vurdere og bruke helseinformasjon varierer "
            "mye. Gode tilbud bruker et klart språk, sjekker at budskapet er forstått, og gjør deltakerne i "
            "stand til å bruke kunnskapen i egen hverdag.</li>"
            "<li><b>Brukermedvirkning</b>: etter Standard metode planlegges, gjennomføres og evalueres "
            "tilbudene i et likeverdig samarbeid der brukererfaring og fagkunnskap står side om side.</li>"
            "<li><b>Relasjonskompetanse og kommunikasjon</b>: læring skjer i trygge relasjoner. Å lytte, "
            "anerkjenne og møte sårbare temaer med respekt er like viktig som å formidle fag.</li>"
            "<li><b>Gruppeledelse</b>: en god kursleder skaper trygge rammer, gir alle mulighet til å komme "
            "til orde, og bruker gruppen som en kilde til læring gjennom erfaringsdeling.</li>"
            "<li><b>Didaktikk og planlegging</b>: den didaktiske relasjonsmodellen med sine seks elementer, "
            "læringsmål skrevet fra deltakerens ståsted, og sirkelen planlegg, gjennomfør, evaluer og "
            "forbedre.</li>"
            "<li><b>Endrings- og mestringsprosesser</b>: mestring, salutogenese og opplevelse av sammenheng, "
            "endring som en prosess med ambivalens og tilbakeslag, og empowerment som både mål og "
            "arbeidsmåte.</li>"
            "<li><b>Brukerinnlegget</b>: en erfaren bruker som forteller fra bearbeidet erfaring, med god "
            "struktur, en tydelig rolle ved siden av fagpersonen og omtanke for både seg selv og "
            "tilhørerne.</li>"
            "</ul>",
        ),
        ("heading", "De røde trådene"),
        (
            "paragraph",
            "<p>Noen tanker går igjen gjennom hele kurset. Den første er at <b>den som skal mestre, alltid "
            "står i sentrum</b>. Det er deltakerens hverdag, mål og forutsetninger som styrer, ikke hva vi som "
            "kursledere har lyst til å fortelle. Den andre er <b>likeverdig samarbeid</b>: erfarne brukere er "
            "ikke gjester i fagpersonenes undervisning, men medansvarlige fra første planleggingsmøte til "
            "siste evaluering. Den tredje er <b>dialog</b>. Læring i lærings- og mestringstilbud skjer i "
            "samtalen mellom deltakere, brukerrepresentanter og fagpersoner, og i det deltakerne lærer av "
            "hverandre. Den fjerde er <b>kontinuerlig forbedring</b>: et tilbud blir bedre fordi vi spør "
            "deltakerne hva de fikk ut av det, og faktisk endrer det som ikke fungerte.</p>"
            "<p>Til sammen beskriver disse trådene en helsepedagogikk som tar både kunnskap og erfaring på "
            "alvor, og som ser deltakerne som mennesker med ressurser, ikke bare som pasienter med en "
            "diagnose.</p>",
        ),
        (
            "fact_box",
            {
                "title": "Om kunnskapstesten",
                "text": "<p>Kunnskapstesten har spørsmål fra alle modulene i kurset. Les hvert spørsmål rolig, "
                "og velg svaret du mener passer best. Du får vite om du har bestått når du har levert. Står du "
                "fast, kan du gå tilbake til oppsummeringen over eller til modulene, og øvingsspørsmålene i "
                "hver modul er en god forberedelse. Testen handler om det du trenger i praksis, ikke om å "
                "huske detaljer utenat.</p>",
            },
        ),
        (
            "paragraph",
            "<p>Takk for at du har fulgt kurset. Vi håper du tar med deg både kunnskap og lyst til å prøve ut "
            "noe nytt i ditt neste lærings- og mestringstilbud, sammen med dem du planlegger og underviser "
            "med.</p>",
        ),
        (
            "quiz",
            {"slug": "kunnskapstest-helsepedagogikk", "title": "Kunnskapstest i helsepedagogikk"},
        ),
    ],
}

MODULE = {
    "slug": "endrings-og-mestringsprosesser",
    "title": "Endrings- og mestringsprosesser",
    "intro": "<p>Å leve med langvarig sykdom krever stadig nye tilpasninger. I denne modulen ser vi på hva "
    "<b>mestring</b> betyr, og på det <b>salutogene perspektivet</b>, som spør hva som skaper helse, ikke "
    "bare hva som gjør oss syke. Du lærer om endring som en prosess med faser, tvil og tilbakeslag, og om "
    "hvordan vi kan støtte motivasjon uten å presse. Vi ser også på <b>empowerment</b> eller myndiggjøring, og "
    "på hva deltakerne bør ha med seg hjem når kurset er slutt. Modulen avsluttes med en oppsummering av hele "
    "kurset og kunnskapstesten i helsepedagogikk.</p>",
    "outcomes": [
        "Du kan forklare hva mestring, salutogenese og opplevelse av sammenheng betyr for lærings- og mestringstilbud.",
        "Du kan beskrive endring som en prosess med ambivalens og tilbakeslag, og møte deltakere der de er.",
        "Du kan gi eksempler på hvordan empowerment preger arbeidsmåtene i et tilbud.",
        "Du kan planlegge hva deltakerne skal ta med seg videre når tilbudet er avsluttet.",
    ],
    "estimated_minutes": 90,
    "audience": "all",
    "sources": sources("handbok", "antonovsky", "prochaska_diclemente", "lazarus_folkman", "miller_rollnick_2023", "selvhjelp_norge"),
    "lessons": [LESSON_1, LESSON_2, LESSON_3, LESSON_4],
}
