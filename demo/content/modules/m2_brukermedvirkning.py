"""Demo content for module 2: user involvement (brukermedvirkning) in learning-and-mastery work."""

from demo.content.sources import sources

LESSON_1 = {
    "slug": "hva-er-brukermedvirkning",
    "title": "Hva er brukermedvirkning – og hvorfor er det lovfestet?",
    "summary": "Brukermedvirkning på individ-, tjeneste- og systemnivå, og lovene som gir pasienter og brukere "
    "rett til å medvirke og pålegger tjenestene å involvere dem.",
    "estimated_minutes": 15,
    "completion_rule": "opened",
    "body": [
        ("heading", "Et enkelt ord med stor betydning"),
        (
            "paragraph",
            "<p><b>Brukermedvirkning</b> betyr at de som berøres av en tjeneste, får innflytelse på hvordan den "
            "utformes og gjennomføres. I helse- og omsorgstjenesten er «brukerne» pasienter, brukere av "
            "kommunale tjenester og pårørende. Brukermedvirkning handler ikke om at brukeren skal bestemme alt, "
            "eller om at fagpersonen skal trekke seg tilbake. Det handler om at to typer kunnskap møtes: "
            "fagkunnskapen til helsepersonellet og erfaringskunnskapen til dem som lever med sykdommen eller "
            "står ved siden av en som gjør det.</p>"
            "<p>Det er vanlig å peke på tre begrunnelser for brukermedvirkning. For det første har den en "
            "<b>egenverdi</b>: I et demokratisk samfunn har mennesker rett til å påvirke forhold som angår dem "
            "selv. For det andre har den en <b>terapeutisk verdi</b>: Å bli tatt med på råd og få ansvar kan i "
            "seg selv styrke mestring og selvtillit. For det tredje er den et <b>virkemiddel for kvalitet</b>: "
            "Tjenester som er utformet sammen med brukerne, treffer bedre, fordi brukerne ser ting som "
            "fagfolk lett overser.</p>",
        ),
        ("heading", "Tre nivåer"),
        (
            "paragraph",
            "<p>Brukermedvirkning beskrives ofte på tre nivåer. Nivåene er forskjellige, men de henger "
            "sammen, og lærings- og mestringsarbeidet berører alle tre:</p>"
            "<ul>"
            "<li><b>Individnivå</b> gjelder den enkeltes egen behandling og oppfølging. Pasienten deltar i "
            "beslutninger om sin egen helsehjelp, for eksempel i valg mellom forsvarlige behandlingsformer, "
            "i arbeidet med en individuell plan eller i samtalen om hva som er viktig for henne i hverdagen. "
            "Når en deltaker på et kurs setter sine egne mål for hva hun vil øve på, er det også medvirkning "
            "på individnivå.</li>"
            "<li><b>Tjenestenivå</b> gjelder utformingen av et bestemt tilbud eller en bestemt avdeling. Her "
            "samarbeider brukerrepresentanter med fagpersoner, for eksempel i arbeidsgruppen som planlegger, "
            "gjennomfører og evaluerer et lærings- og mestringstilbud.</li>"
            "<li><b>Systemnivå</b> gjelder overordnet planlegging, prioritering og styring av tjenestene, i "
            "kommunen, i helseforetaket eller nasjonalt. Her deltar brukerorganisasjonene, for eksempel "
            "gjennom brukerutvalg, råd og referansegrupper.</li>"
            "</ul>"
            "<p>Et eksempel fra praksis: Da Sandefjord kommune etablerte et av de første kommunale lærings- og "
            "mestringssentrene (prosjekt fra 2004, i drift fra 2008), var brukerorganisasjonene sentrale i "
            "arbeidet. I 2012 var samarbeidet formalisert i et eget LMS-forum med månedlige møter. Det var "
            "medvirkning på systemnivå. Kursene som senteret utviklet sammen med erfarne brukere, var "
            "medvirkning på tjenestenivå. Og deltakeren som får hjelp "
            "til å lage sin egen plan for hverdagen, opplever medvirkning på individnivå.</p>",
        ),
        (
            "image",
            {
                "key": "brukermedvirkning-tre-nivaer",
                "alt": "Tre bokser stablet oppå hverandre. Nederst individnivå: min egen behandling. I midten "
                "tjenestenivå: tilbudet vi lager sammen. Øverst systemnivå: planer og prioriteringer. Piler "
                "går begge veier mellom boksene.",
                "caption": "Brukermedvirkning skjer på tre nivåer som påvirker hverandre.",
                "description": "A simple diagram of three stacked horizontal boxes. Bottom box labelled "
                "'Individnivå – min egen behandling', middle box 'Tjenestenivå – tilbudet vi lager sammen', "
                "top box 'Systemnivå – planer og prioriteringer'. Double-headed arrows between the boxes. "
                "Small person icons beside each box. Calm blue and green colours.",
            },
        ),
        (
            "fact_box",
            {
                "title": "Samvalg: medvirkning i den enkelte beslutningen",
                "text": "<p><b>Samvalg</b> (på engelsk <i>shared decision making</i>) er brukermedvirkning på "
                "individnivå i praksis. Når det finnes flere forsvarlige valg, går pasient og behandler "
                "gjennom alternativene sammen: hva de innebærer, fordeler og ulemper, og hva som er viktigst "
                "for pasienten. Så tar de beslutningen sammen. Helsenorge har samvalgsverktøy for en rekke "
                "diagnoser, og Nasjonal helse- og samhandlingsplan 2024–2027 løfter samvalg fram.</p>"
                "<p>Et lærings- og mestringstilbud forbereder ofte deltakerne på samvalg: Den som forstår "
                "sykdommen sin og vet hva som er viktig for seg, kan stille spørsmålene som trengs i timen "
                "hos legen.</p>",
            },
        ),
        ("heading", "Lovgrunnlaget"),
        (
            "paragraph",
            "<p>Brukermedvirkning er ikke bare en god idé. Den er forankret i lov, men på to ulike måter: Loven "
            "gir den enkelte pasienten <i>rettigheter</i>, og den gir tjenestene <i>plikter på systemnivå</i>, "
            "altså å hente inn brukernes erfaringer og la brukerrepresentanter bli hørt. De viktigste lovene for "
            "lærings- og mestringsarbeidet er disse:</p>"
            "<ul>"
            "<li><b>Pasient- og brukerrettighetsloven</b> kapittel 3 gir pasienter og brukere rett til å "
            "medvirke ved gjennomføringen av helse- og omsorgstjenester, og rett til informasjon. Formen på "
            "medvirkningen skal tilpasses den enkeltes evne til å gi og motta informasjon. Loven gjelder både i "
            "kommunene og i spesialisthelsetjenesten, og regulerer først og fremst individnivået.</li>"
            "<li><b>Spesialisthelsetjenesteloven</b> § 3-8 sier at sykehusene har fire hovedoppgaver: "
            "pasientbehandling, utdanning av helsepersonell, forskning og <b>opplæring av pasienter og "
            "pårørende</b>. Det er derfor alle helseforetak har et lærings- og mestringssenter. På tjeneste- og "
            "systemnivå er medvirkningen i sykehusene forankret i helseforetaksloven og i foretakenes "
            "vedtekter, blant annet gjennom brukerutvalgene.</li>"
            "<li><b>Helse- og omsorgstjenesteloven</b> har som formål blant annet å tilrettelegge for mestring "
            "av sykdom, skade, lidelse og nedsatt funksjonsevne. Etter § 3-10 skal kommunen ha systemer for å "
            "hente inn erfaringer og synspunkter fra pasienter og brukere, og sørge for at representanter for "
            "dem blir hørt når kommunens helse- og omsorgstjeneste utformes. Etter <b>§ 3-6</b> skal kommunen "
            "også gi pårørende med særlig tyngende omsorgsoppgaver nødvendig støtte, blant annet "
            "<b>opplæring og veiledning</b>, avlastning og omsorgsstønad.</li>"
            "<li><b>Helseforetaksloven</b> § 35 pålegger de regionale helseforetakene å innhente synspunkter "
            "fra pasienter og andre brukere i planleggingen. Det er grunnlaget for brukerutvalgene.</li>"
            "<li><b>Helsepersonelloven</b> § 10 a gir helsepersonell plikt til å bidra til å ivareta "
            "<b>mindreårige barn som pårørende</b>: barn av foreldre med psykisk sykdom, rusproblemer eller "
            "alvorlig somatisk sykdom skal få informasjon og oppfølging. Et kurs for foreldre kan derfor trenge "
            "en del om hvordan man snakker med barna.</li>"
            "</ul>"
            "<p>Også <b>pårørende</b> har egne rettigheter: Etter pasient- og brukerrettighetsloven har de rett "
            "til informasjon og til å medvirke sammen med pasienten når pasienten samtykker, eller når pasienten "
            "ikke selv kan ivareta sine interesser.</p>"
            "<p>I tillegg sier forskriften om ledelse og kvalitetsforbedring at erfaringer fra pasienter, "
            "brukere og pårørende skal brukes til å forbedre tjenestene. Lovene sier likevel lite om "
            "<i>hvordan</i> medvirkningen skal gjøres i praksis. Der kommer arbeidsmåten i lærings- og "
            "mestringsfeltet inn, som vi ser nærmere på i neste leksjon.</p>",
        ),
        (
            "fact_box",
            {
                "title": "Rett, plikt og faglig norm",
                "text": "<p>Pasient- og brukerrettighetsloven § 3-1 gir <b>den enkelte en rett</b> til å "
                "medvirke. Helse- og omsorgstjenesteloven § 3-10 og helseforetaksloven § 35 gir tjenestene "
                "<b>plikter på systemnivå</b>: å hente inn brukernes erfaringer og la representantene deres bli "
                "hørt. Ingen lov sier at hvert enkelt kurs skal planlegges sammen med brukerrepresentanter.</p>"
                "<p>At alle lærings- og mestringstilbud planlegges, gjennomføres og evalueres i sidestilt "
                "samarbeid med erfarne brukere, er en <b>faglig norm</b> i feltet, beskrevet i Standard metode. "
                "Et tilbud som planlegges uten brukere, bryter altså ikke loven, men det bryter med arbeidsmåten "
                "feltet er bygget på, og det blir som regel faglig svakere.</p>",
            },
        ),
        (
            "audience_section",
            {
                "audience": "all",
                "title": "Når lærings- og mestringsarbeid møter lovverket",
                "text": "<p>Pasient- og pårørendeopplæring er en lovpålagt oppgave, og brukermedvirkning er "
                "en lovfestet rettighet. I lærings- og mestringsfeltet møtes disse to: Opplæringen skal ikke "
                "bare gis <i>til</i> pasienter og pårørende, den skal utvikles <i>sammen med</i> dem. Det gjør "
                "feltet til et av de stedene i helsetjenesten der brukermedvirkning på tjenestenivå er kommet "
                "lengst, og der både fagpersoner og brukerrepresentanter har mye erfaring å dele med "
                "resten av tjenesten.</p>",
            },
        ),
    ],
}

LESSON_2 = {
    "slug": "den-erfarne-brukeren-som-likeverdig-partner",
    "title": "Den erfarne brukeren som likeverdig partner",
    "summary": "Standard metode og sidestilt samarbeid: hva den erfarne brukeren bidrar med i planlegging, "
    "undervisning og evaluering, og hvorfor erfaringen må være bearbeidet.",
    "estimated_minutes": 20,
    "completion_rule": "reflection",
    "body": [
        ("heading", "Standard metode: sidestilt samarbeid"),
        (
            "paragraph",
            "<p>Da det første lærings- og mestringssenteret ble etablert, utviklet man en arbeidsmåte som fikk "
            "navnet <b>Standard metode</b>. Den bygger på to verdier: brukermedvirkning, og at brukererfaring og "
            "fagkunnskap skal stå <i>side om side</i>. I praksis betyr det at alle lærings- og mestringstilbud "
            "skal <b>planlegges, gjennomføres og evalueres</b> i et sidestilt samarbeid mellom fagpersoner og "
            "erfarne brukere, også kalt brukerrepresentanter. Det samme gjelder når selve tjenestene "
            "videreutvikles.</p>"
            "<p>Ordet <i>sidestilt</i> er viktig. Det betyr ikke at alle gjør det samme, eller at alle vet det "
            "samme. Fagpersonen vet mye om sykdom, behandling og hvordan tjenestene fungerer. Den erfarne brukeren "
            "vet hvordan det er å leve med sykdommen fra dag til dag, hva som var vanskelig å forstå i starten, "
            "hvilke råd som var umulige å følge hjemme, og hva som faktisk hjalp. Sidestilt betyr at begge "
            "kunnskapene regnes som nødvendige, og at ingen av dem er bare pynt.</p>",
        ),
        ("heading", "Hvem er den erfarne brukeren?"),
        (
            "paragraph",
            "<p>En erfaren bruker er en person som selv har levd med en langvarig helseutfordring, eller som "
            "har vært pårørende, og som har arbeidet med erfaringene sine slik at de kan brukes til å hjelpe "
            "andre. Ofte kommer den erfarne brukeren fra en brukerorganisasjon, for eksempel en pasientforening "
            "for diagnosen kurset handler om. Da har hun gjerne også kunnskap om mange andres erfaringer, fra "
            "likepersonsarbeid, samtaler og møter i organisasjonen. Det gjør bidraget bredere enn én persons "
            "historie.</p>"
            "<p>Et nøkkelbegrep er <b>bearbeidet erfaring</b>. Det betyr at personen har fått et forhold til det "
            "hun har opplevd: Hun har tenkt gjennom hva som skjedde, hva det betydde, og hva hun lærte. Hun kan "
            "snakke om det vanskelige uten å bli overveldet, og hun kan løfte blikket fra sin egen historie til "
            "det som kan være nyttig for andre. Den som står midt i en krise, en forverring eller en fersk sorg, "
            "har sjelden den avstanden ennå. Det sier ingenting om verdien av erfaringen, men mye om når det er "
            "klokt å bruke den i undervisning. Modulen om brukerinnlegget går grundigere inn på dette.</p>",
        ),
        (
            "fact_box",
            {
                "title": "Fire roller med egen erfaring – hva er forskjellen?",
                "text": "<p>Ordene brukes ofte om hverandre, men de betyr ikke det samme. I dette kurset bruker "
                "vi dem slik:</p>"
                "<ul>"
                "<li><b>Erfaren bruker</b>: en person som har levd med en helseutfordring selv eller som "
                "pårørende, har bearbeidet erfaringen og bruker den i lærings- og mestringstilbud, for eksempel "
                "som medkursleder eller med et brukerinnlegg. Ordet sier noe om <i>kunnskapen</i> personen "
                "har.</li>"
                "<li><b>Brukerrepresentant</b>: en erfaren bruker som er med på vegne av andre, som regel "
                "oppnevnt av en bruker- eller pasientorganisasjon, i en arbeidsgruppe, et brukerutvalg eller et "
                "råd. Ordet sier noe om <i>rollen</i>: Hun skal ivareta felles interesser, ikke bare sin egen "
                "historie. I lærings- og mestringsfeltet er den erfarne brukeren i arbeidsgruppen ofte også "
                "brukerrepresentant.</li>"
                "<li><b>Likeperson</b>: en person med egen erfaring som støtter andre i samme situasjon, én til "
                "én eller i grupper, som regel frivillig og opplært av en brukerorganisasjon. Likepersonen er en "
                "medmenneskelig støtte, ikke en behandler og ikke en representant.</li>"
                "<li><b>Erfaringskonsulent</b>: en <i>ansatt</i> i helse- og omsorgstjenesten, oftest innen "
                "psykisk helse og rus, som bruker egen erfaring systematisk i arbeidet sitt, for eksempel i "
                "samtaler med pasienter, i undervisning og i forbedringsarbeid. Erfaringskonsulenten har lønn, "
                "arbeidsgiver og taushetsplikt som andre ansatte.</li>"
                "</ul>"
                "<p>Én person kan ha flere roller: En erfaringskonsulent kan være medkursleder på et kurs, og "
                "en likeperson kan bli oppnevnt som brukerrepresentant. Avklar derfor i arbeidsgruppen hvilken "
                "rolle hver enkelt har i akkurat dette tilbudet.</p>",
            },
        ),
        (
            "fact_box",
            {
                "title": "Erfaringskunnskap og fagkunnskap – to perspektiver",
                "text": "<ul>"
                "<li><b>Fagkunnskap</b>: forskning, diagnose, behandling, forløp, kunnskap om mange pasienter og "
                "om hvordan tjenestene er organisert.</li>"
                "<li><b>Erfaringskunnskap</b>: hvordan sykdommen kjennes og påvirker hverdag, familie og arbeid, "
                "hvilke råd som lar seg gjennomføre, og hva som gir håp og mot.</li>"
                "<li><b>Sammen</b>: et tilbud som er faglig forsvarlig og samtidig treffer deltakernes "
                "virkelighet.</li>"
                "</ul>",
            },
        ),
        ("heading", "Med i alle tre fasene"),
        (
            "paragraph",
            "<p>Standard metode sier at samarbeidet gjelder hele tilbudet, ikke bare én del av det:</p>"
            "<ul>"
            "<li><b>Planlegging.</b> Den erfarne brukeren sitter i arbeidsgruppen fra det første møtet. Hun "
            "bidrar til å beskrive målgruppen, foreslå tema, formulere læringsmål, velge arbeidsmåter og vurdere "
            "praktiske rammer, som tidspunkt, pauser og tilgjengelighet.</li>"
            "<li><b>Gjennomføring.</b> Mange erfarne brukere holder et brukerinnlegg, men rollen kan være mye "
            "mer: å lede en gruppesamtale, være samtalepartner når fagpersonen holder sitt innlegg, svare på "
            "spørsmål eller være tilgjengelig i pausene. Deltakerne opplever ofte at det er lettere å spørre "
            "en som har «vært der selv».</li>"
            "<li><b>Evaluering.</b> Brukerrepresentanten er med når kursevalueringen leses og tolkes, og når "
            "arbeidsgruppen bestemmer hva som skal endres til neste gang. Hun ser ofte andre ting i "
            "tilbakemeldingene enn fagpersonene gjør.</li>"
            "</ul>",
        ),
        (
            "experience_story",
            {
                "quote": "I starten trodde jeg at jobben min var å fortelle historien min i tjue minutter. Men "
                "på det første planleggingsmøtet spurte sykepleieren hva jeg hadde savnet da jeg selv fikk "
                "diagnosen. Jeg sa at ingen hadde snakket med mannen min. Nå har kurset en egen økt for "
                "pårørende, og det er den delen deltakerne skriver mest om i evalueringene. Da skjønte jeg at "
                "det jeg vet, er kunnskap, og ikke bare en historie.",
                "teller_role": "Erfaren bruker med revmatisk sykdom, lærings- og mestringssenter i sykehus",
            },
        ),
        (
            "audience_section",
            {
                "audience": "professional",
                "title": "Til deg som er fagperson",
                "text": "<p>Likeverdig samarbeid krever noe av deg. Du har ofte mer makt i situasjonen enn du "
                "selv merker: Du kjenner systemet, møtes i arbeidstiden, snakker fagspråket og kjenner de "
                "andre i gruppen. Spør brukerrepresentanten om synspunkter tidlig i møtene, ikke bare til "
                "slutt. Vær nysgjerrig når hun ser noe annerledes enn deg, og vis at innspillene faktisk "
                "endrer planen. Husk også at brukerrepresentanten ikke er pasienten din i denne rollen; hun "
                "er en samarbeidspartner.</p>",
            },
        ),
        (
            "reflection",
            {
                "key": "brukermedvirkning-likeverd-1",
                "prompt": "Tenk på et lærings- og mestringstilbud du kjenner, som fagperson, brukerrepresentant "
                "eller deltaker. I hvilke av de tre fasene – planlegging, gjennomføring og evaluering – var den "
                "erfarne brukeren med? Hva ville vært annerledes om brukeren hadde vært med i alle tre?",
            },
        ),
    ],
}

LESSON_3 = {
    "slug": "samarbeid-i-arbeidsgruppen",
    "title": "Samarbeid i praksis: arbeidsgruppen",
    "summary": "Rekruttering, roller, møter, forberedelse og honorar: det praktiske som avgjør om samarbeidet "
    "mellom fagpersoner og erfarne brukere blir likeverdig.",
    "estimated_minutes": 20,
    "completion_rule": "marked",
    "body": [
        ("heading", "Likeverd sitter i detaljene"),
        (
            "paragraph",
            "<p>De fleste er enige om at brukerrepresentanten skal være en likeverdig partner. Likevel er det "
            "ofte de praktiske detaljene som avgjør om det blir slik: når møtene holdes, om papirene kommer i "
            "tide, om noen har forklart hva som forventes, og om innsatsen blir betalt. Denne leksjonen går "
            "gjennom det arbeidsgruppen bør avklare før, under og etter et lærings- og mestringstilbud.</p>",
        ),
        ("heading", "Rekruttering: hvem, og hvor mange?"),
        (
            "paragraph",
            "<p>Mange lærings- og mestringstjenester ber brukerorganisasjonen for den aktuelle diagnosen om å "
            "foreslå en brukerrepresentant. Det har flere fordeler: Organisasjonen kjenner medlemmene sine, kan "
            "gi opplæring og støtte, og representanten kan hente inn erfaringer fra flere enn seg selv. Når det "
            "ikke finnes en organisasjon, for eksempel i tilbud på tvers av diagnoser, kan tidligere deltakere "
            "eller likepersoner være aktuelle.</p>"
            "<p>Det er en god regel at arbeidsgruppen har <b>minst to</b> brukerrepresentanter. Én bruker "
            "blant fem fagpersoner blir lett en ensom stemme, og det er sårbart hvis hun blir syk. Tenk også på "
            "om både pasient- og pårørendeperspektivet trengs. Et kurs for personer med demens og deres "
            "pårørende trenger for eksempel en som har vært pårørende.</p>",
        ),
        ("heading", "Roller og mandat"),
        (
            "paragraph",
            "<p>Uklare forventninger er en av de vanligste grunnene til at samarbeid skurrer. Avklar tidlig, og "
            "gjerne skriftlig:</p>"
            "<ul>"
            "<li><b>Hvem leder arbeidsgruppen</b>, og hvem har ansvar for innkalling, referat og kontakt med "
            "deltakerne?</li>"
            "<li><b>Hva brukerrepresentanten skal bidra med</b>: planlegging, undervisning, gruppeledelse, "
            "evaluering, og omtrent hvor mange timer det innebærer.</li>"
            "<li><b>Hvem hun snakker på vegne av</b>: sine egne erfaringer, organisasjonens erfaringer, eller "
            "begge deler. Ingen kan representere «alle pasienter».</li>"
            "<li><b>Taushetsplikt</b>: Brukerrepresentanter får ofte vite personlige ting om deltakerne. Mange "
            "steder signerer de derfor en taushetserklæring, og alle i gruppen bør ha et felles bevisst forhold "
            "til hva som blir i rommet.</li>"
            "<li><b>Kontaktperson</b>: én fagperson som brukerrepresentanten kan ringe når noe er uklart, og "
            "som tar en prat etter hver kursdag.</li>"
            "</ul>",
        ),
        ("heading", "Møter og forberedelse"),
        (
            "paragraph",
            "<p>Fagpersonene møtes i arbeidstiden og kjenner ofte hverandre fra før. Brukerrepresentanten kan "
            "ha en annen jobb, begrenset energi eller lang reisevei. Legg møtene til tidspunkter som passer alle, "
            "og tilby digital deltakelse når det er mulig. Send sakliste og utkast i god tid, slik at alle kan "
            "forberede seg, og unngå forkortelser og fagspråk som bare noen forstår. Et kort referat med hvem "
            "som gjør hva, gjør det lettere for den som ikke er på arbeidsplassen hver dag, å henge med.</p>"
            "<p>Brukerrepresentanten trenger også tid og støtte til å forberede sin del av undervisningen. "
            "Mange har god nytte av opplæring i helsepedagogikk, slik som i dette kurset, og av å øve på "
            "brukerinnlegget sammen med en kontaktperson eller en annen erfaren bruker. Etter hver samling bør "
            "det være tid til en kort samtale: Hvordan gikk det, og hvordan har du det nå? Å dele egne "
            "erfaringer kan koste mer enn det ser ut til.</p>",
        ),
        ("heading", "Honorar og utgifter"),
        (
            "paragraph",
            "<p>Fagpersonene i arbeidsgruppen får lønn for tiden de bruker. Brukerrepresentantens tid er like "
            "mye arbeid. Mange helseforetak og kommuner har egne retningslinjer og satser for honorar til "
            "brukerrepresentanter, og dekker i tillegg reiseutgifter. Avklar før oppdraget starter hva som "
            "betales for: møter, forberedelse, undervisning og evaluering. Honorar regnes vanligvis som inntekt, "
            "og for den som mottar trygdeytelser, kan det være lurt å undersøke med NAV hvordan inntekten "
            "påvirker ytelsen. At innsatsen blir betalt, handler ikke bare om penger. Det er også et tydelig "
            "signal om at kunnskapen er etterspurt og verdsatt.</p>",
        ),
        (
            "fact_box",
            {
                "title": "Sjekkliste for en samarbeidsavtale",
                "text": "<ul>"
                "<li>Hvilket tilbud gjelder avtalen, og for hvilken periode?</li>"
                "<li>Hvilke oppgaver har brukerrepresentanten, og omtrent hvor mange timer?</li>"
                "<li>Honorar, hva det dekker, og hvordan reiseutgifter refunderes.</li>"
                "<li>Kontaktperson, og når dere har oppfølgingssamtaler.</li>"
                "<li>Taushetsplikt og hvordan deltakernes opplysninger behandles.</li>"
                "<li>Hva som skjer hvis brukerrepresentanten blir syk eller trenger en pause.</li>"
                "</ul>",
            },
        ),
        (
            "audience_section",
            {
                "audience": "user_representative",
                "title": "Til deg som er brukerrepresentant",
                "text": "<p>Du har rett til å vite hva som forventes av deg, før du sier ja. Spør om mandat, "
                "tidsbruk og honorar, og be om å få papirene i god tid før møtene. Du trenger ikke å ha svar "
                "på alt: Det er helt i orden å si «det må jeg tenke på» eller «det vil jeg høre hva andre i "
                "organisasjonen mener om». Og det er lov å si nei, eller å ta en pause hvis helsa eller livet "
                "ellers krever det. En god arbeidsgruppe har en plan for det.</p>",
            },
        ),
        (
            "audience_section",
            {
                "audience": "professional",
                "title": "Til deg som leder arbeidsgruppen",
                "text": "<p>Det er du som har mest kontroll over rammene. Sett av tid på det første møtet til å "
                "bli kjent og snakke om roller, ikke bare om program. Spør brukerrepresentantene hvilke "
                "tidspunkter og møteformer som passer dem. Sørg for at honorar og avtaler er på plass før "
                "arbeidet starter, og at noen har ansvar for å følge opp etter hver kursdag.</p>",
            },
        ),
        (
            "discuss",
            {
                "prompt": "Gå gjennom sjekklisten for samarbeidsavtalen. Hvilke av punktene er avklart i "
                "arbeidsgruppene dere kjenner, og hvilke blir oftest glemt? Hva kan dere gjøre for å få dem på "
                "plass neste gang?",
            },
        ),
    ],
}

LESSON_4 = {
    "slug": "fallgruver-og-alibimedvirkning",
    "title": "Fallgruver: alibimedvirkning og hvordan dere unngår den",
    "summary": "Når brukeren er med på papiret, men ikke har reell innflytelse. Tegn på alibimedvirkning, "
    "andre fallgruver, og hva arbeidsgruppen kan gjøre for at medvirkningen blir ekte.",
    "estimated_minutes": 20,
    "completion_rule": "quiz",
    "body": [
        ("heading", "Med på papiret, men uten innflytelse"),
        (
            "paragraph",
            "<p><b>Alibimedvirkning</b> er når brukere formelt er med, men uten å få reell innflytelse. "
            "Brukerrepresentanten står på deltakerlisten, og tjenesten kan si at brukerne er involvert, men "
            "beslutningene tas et annet sted eller var tatt på forhånd. På engelsk brukes ofte ordet "
            "<i>tokenism</i>: brukeren blir et symbol, et «bevis» på medvirkning, mer enn en partner. "
            "Alibimedvirkning er sjelden vond vilje. Oftere skyldes den tidsnød, vaner og at ingen har tenkt "
            "gjennom hva brukerrepresentanten faktisk skal ha innflytelse på.</p>"
            "<p>En mye brukt modell for å tenke om dette er <b>deltakelsesstigen</b>, som amerikanske "
            "Sherry Arnstein beskrev i 1969. Stigen viser at «deltakelse» kan bety svært "
            "forskjellige ting, fra at folk bare får informasjon, via at de blir spurt om synspunkter uten å "
            "vite om de blir brukt, til partnerskap der makt og ansvar deles. Arnstein kalte de midterste "
            "trinnene, informasjon og konsultasjon uten reell påvirkning, nettopp for tokenisme. Standard "
            "metode sikter mot partnerskapstrinnet: Fagpersoner og brukere planlegger, gjennomfører og "
            "evaluerer sammen.</p>",
        ),
        (
            "image",
            {
                "key": "brukermedvirkning-deltakelsesstige",
                "alt": "En stige med fire trinn. Nederst: informasjon – brukeren får vite. Deretter: konsultasjon "
                "– brukeren blir spurt. Så: samarbeid – brukeren er med og påvirker. Øverst: partnerskap – "
                "makt og ansvar deles. De to nederste trinnene er merket alibifare.",
                "caption": "En forenklet deltakelsesstige, inspirert av Sherry Arnstein (1969).",
                "description": "A simple ladder with four rungs, labelled from bottom to top in Norwegian: "
                "'Informasjon – brukeren får vite', 'Konsultasjon – brukeren blir spurt', 'Samarbeid – "
                "brukeren påvirker', 'Partnerskap – makt og ansvar deles'. A bracket beside the two lowest "
                "rungs reads 'Alibifare'. A small arrow pointing upwards reads 'Standard metode'. Flat style.",
            },
        ),
        ("heading", "Tegn på alibimedvirkning"),
        (
            "paragraph",
            "<p>Disse tegnene går igjen når erfarne brukere og fagpersoner forteller om samarbeid som ikke "
            "fungerte:</p>"
            "<ul>"
            "<li>Brukerrepresentanten blir invitert når programmet allerede er ferdig, med spørsmålet «kan du "
            "ta en halvtime om dine erfaringer?».</li>"
            "<li>Rollen er bare brukerinnlegget; hun er ikke med i planlegging eller evaluering.</li>"
            "<li>Hun er alene blant mange fagpersoner, møtene holdes på fagpersonenes premisser, og papirene "
            "deles ut i møtet.</li>"
            "<li>Innspill blir notert og takket for, men ingen kan peke på noe som ble endret.</li>"
            "<li>Brukerinnlegget legges sist på dagen, når deltakerne er slitne og tiden er spist opp.</li>"
            "<li>Alle andre får lønn for tiden, men brukerrepresentanten gjør det som «frivillig».</li>"
            "<li>Brukerrepresentanten blir behandlet som et pasienteksempel, og ikke som en fagfelle med "
            "egen kunnskap.</li>"
            "</ul>",
        ),
        (
            "experience_story",
            {
                "quote": "Vi var stolte av at kurset vårt hadde brukermedvirkning. Så spurte brukerrepresentanten "
                "vår, ganske forsiktig, om hun kunne få være med på evalueringsmøtet. Da gikk det opp for meg at "
                "hun aldri hadde sett evalueringene. Vi hadde invitert henne til å fortelle, men ikke til å "
                "tenke sammen med oss. Nå starter vi hvert kurs med et planleggingsmøte der hun er med, og hun "
                "leder halvparten av evalueringsmøtet.",
                "teller_role": "Sykepleier og kursleder, kommunal lærings- og mestringstjeneste",
            },
        ),
        ("heading", "Andre fallgruver"),
        (
            "paragraph",
            "<p>Alibimedvirkning er ikke den eneste fallgruven. Noen ganger blir de samme få brukerrepresentantene "
            "spurt om alt, og blir slitne eller så vante med systemet at de mister kontakten med dem som nettopp "
            "har fått diagnosen. Da trenger tjenesten å rekruttere nye, i samarbeid med organisasjonene. Andre "
            "ganger blir brukerrepresentanten overbelastet fordi ingen har snakket om grenser for hva hun skal "
            "dele. Og det hender at fagpersoner holder tilbake viktig faglig kunnskap av frykt for å dominere. "
            "Sidestilt samarbeid betyr ikke at fagpersonen gir fra seg ansvaret for det faglige. Uenighet er "
            "heller ikke et tegn på at samarbeidet har feilet; det er ofte der den beste læringen skjer, så lenge "
            "den blir tatt opp åpent og med respekt.</p>",
        ),
        ("heading", "Slik gjør dere medvirkningen ekte"),
        (
            "paragraph",
            "<p>Det meste som hindrer alibimedvirkning, er enkelt å gjøre, men krever at noen tar ansvar:</p>"
            "<ol>"
            "<li><b>Involver fra starten</b>, før målgruppe, mål og program er bestemt.</li>"
            "<li><b>Vær minst to</b> brukerrepresentanter, og gjør rollene tydelige.</li>"
            "<li><b>Legg til rette</b> med møtetider, papirer i god tid, klart språk, opplæring og honorar.</li>"
            "<li><b>Vis hva innspillene førte til.</b> Si høyt i møtene: «Dette endret vi fordi du sa …».</li>"
            "<li><b>Evaluer samarbeidet</b>, ikke bare kurset, og gjør det sammen.</li>"
            "</ol>",
        ),
        (
            "fact_box",
            {
                "title": "Fem spørsmål for å evaluere samarbeidet",
                "text": "<ol>"
                "<li>Når kom brukerrepresentantene inn i arbeidet, og hva var bestemt på forhånd?</li>"
                "<li>Hva i tilbudet ser annerledes ut fordi brukerrepresentantene var med?</li>"
                "<li>Opplevde alle at de kunne si imot, og hva skjedde når noen gjorde det?</li>"
                "<li>Fikk brukerrepresentantene den forberedelsen, oppfølgingen og det honoraret som var "
                "avtalt?</li>"
                "<li>Hva gjør vi annerledes i samarbeidet neste gang?</li>"
                "</ol>",
            },
        ),
        (
            "discuss",
            {
                "prompt": "Se på listen over tegn på alibimedvirkning. Hvilke kjenner dere igjen fra tilbud "
                "dere har vært med på, som fagperson eller brukerrepresentant? Velg ett av tegnene og bli enige "
                "om ett konkret tiltak som kunne hindret det.",
            },
        ),
        (
            "quiz",
            {"slug": "ovingssporsmal-brukermedvirkning", "title": "Øvingsspørsmål: brukermedvirkning"},
        ),
    ],
}

MODULE = {
    "slug": "brukermedvirkning",
    "title": "Brukermedvirkning",
    "intro": "<p>Lærings- og mestringstilbud skal utvikles <b>sammen med</b> dem de er til for. I denne modulen "
    "lærer du hva brukermedvirkning betyr på individ-, tjeneste- og systemnivå, og hvilke lover som gir "
    "pasienter og brukere rett til å medvirke. Du ser hvordan den erfarne brukeren deltar som likeverdig "
    "partner i planlegging, undervisning og evaluering etter Standard metode, og hvordan samarbeidet i "
    "arbeidsgruppen kan organiseres i praksis. Til slutt ser vi på fallgruvene, som alibimedvirkning, og hva "
    "dere kan gjøre for å unngå dem. Modulen passer både for fagpersoner og erfarne brukere.</p>",
    "outcomes": [
        "Du kan forklare brukermedvirkning på individ-, tjeneste- og systemnivå.",
        "Du kan gjøre rede for lovgrunnlaget for brukermedvirkning og for pasient- og pårørendeopplæring.",
        "Du kan beskrive den erfarne brukerens rolle i planlegging, undervisning og evaluering etter Standard metode.",
        "Du kan bidra til å organisere samarbeidet i arbeidsgruppen: roller, møter, forberedelse og honorar.",
        "Du kan gjenkjenne alibimedvirkning og foreslå tiltak som gir brukerne reell innflytelse.",
    ],
    "estimated_minutes": 75,
    "audience": "all",
    "sources": sources("handbok", "standard_metode", "pasientrettighetsloven", "helse_og_omsorgstjenesteloven", "helsepersonelloven", "spesialisthelsetjenesteloven", "helseforetaksloven", "helsenorge_samvalg", "erfaringskompetanse", "arnstein", "napha_sandefjord"),
    "lessons": [LESSON_1, LESSON_2, LESSON_3, LESSON_4],
}
