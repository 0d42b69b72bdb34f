"""Demo content for module 2: user involvement (brukermedvirkning) in learning-and-mastery work."""

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
            "<p>Et eksempel fra praksis: Da Sandefjord kommune etablerte landets første kommunale lærings- og "
            "mestringssenter, var brukerorganisasjonene med fra starten, og samarbeidet ble senere "
            "formalisert i et eget forum med faste møter. Det er medvirkning på systemnivå. Kursene som senteret "
            "utvikler sammen med erfarne brukere, er medvirkning på tjenestenivå. Og deltakeren som får hjelp "
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
        ("heading", "Lovgrunnlaget"),
        (
            "paragraph",
            "<p>Brukermedvirkning er ikke bare en god idé. Den er forankret i lov, og det betyr at "
            "tjenestene har en <i>plikt</i> til å involvere brukerne, ikke bare en mulighet. De viktigste "
            "lovene for lærings- og mestringsarbeidet er disse:</p>"
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
            "dem blir hørt når kommunens helse- og omsorgstjeneste utformes.</li>"
            "</ul>"
            "<p>I tillegg sier forskriften om ledelse og kvalitetsforbedring at erfaringer fra pasienter, "
            "brukere og pårørende skal brukes til å forbedre tjenestene. Lovene sier likevel lite om "
            "<i>hvordan</i> medvirkningen skal gjøres i praksis. Der kommer arbeidsmåten i lærings- og "
            "mestringsfeltet inn, som vi ser nærmere på i neste leksjon.</p>",
        ),
        (
            "fact_box",
            {
                "title": "Rett og plikt",
                "text": "<p>Lovene gir <b>brukerne en rett</b> til å medvirke og <b>tjenestene en plikt</b> til å "
                "legge til rette for det. En pasient kan velge å ikke bruke retten sin, men tjenesten kan ikke "
                "velge bort plikten. Et lærings- og mestringstilbud som planlegges uten brukere, er derfor ikke "
                "bare svakere faglig; det bryter også med føringene for feltet.</p>",
            },
        ),
        (
            "audience_section",
            {
                "audience": "both",
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
            "kunnskapene regnes som nødvendige, og at ingen av dem er pynt på den andre.</p>",
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

MODULE = {
    "slug": "brukermedvirkning",
    "title": "Brukermedvirkning",
    "intro": "<p>Lærings- og mestringstilbud skal utvikles <b>sammen med</b> dem de er til for. I denne modulen "
    "lærer du hva brukermedvirkning betyr på individ-, tjeneste- og systemnivå, og hvilke lover som gir "
    "pasienter og brukere rett til å medvirke. Du ser hvordan den erfarne brukeren deltar som likeverdig "
    "partner i planlegging, undervisning og evaluering etter Standard metode, og hvordan samarbeidet i "
    "arbeidsgruppen kan organiseres i praksis. Til slutt ser vi på fallgruvene, som alibi-medvirkning, og hva "
    "dere kan gjøre for å unngå dem. Modulen passer både for fagpersoner og erfarne brukere.</p>",
    "outcomes": [
        "Du kan forklare brukermedvirkning på individ-, tjeneste- og systemnivå.",
        "Du kan gjøre rede for lovgrunnlaget for brukermedvirkning og for pasient- og pårørendeopplæring.",
        "Du kan beskrive den erfarne brukerens rolle i planlegging, undervisning og evaluering etter "
        "Standard metode.",
    ],
    "estimated_minutes": 35,
    "audience": "all",
    "lessons": [LESSON_1, LESSON_2],
}
