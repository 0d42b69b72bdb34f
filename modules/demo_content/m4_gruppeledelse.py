"""Demo content for module 4: leading groups (gruppeledelse) in learning-and-mastery offers."""

LESSON_1 = {
    "slug": "hvorfor-laere-i-grupper",
    "title": "Hvorfor lære i grupper?",
    "summary": "De fleste lærings- og mestringstilbud er gruppebaserte. Her ser vi på hva deltakerne får i en "
    "gruppe som de ikke får i en samtale alene: erfaringsdeling, likepersonsstøtte og mestring gjennom andre.",
    "estimated_minutes": 15,
    "completion_rule": "opened",
    "body": [
        ("heading", "Gruppa som læringsarena"),
        (
            "paragraph",
            "<p>Nesten alle kurs ved lærings- og mestringssentrene og de kommunale lærings- og mestringstjenestene "
            "foregår i grupper. Det er ikke bare fordi det sparer tid for helsetjenesten. Gruppa er en egen "
            "læringsarena, med muligheter som en samtale mellom én pasient og én fagperson ikke har. I en gruppe "
            "møter deltakerne andre som lever med den samme sykdommen eller står i en lignende situasjon som "
            "pårørende. De hører hvordan andre har løst problemer i hverdagen, og de oppdager at spørsmålene de "
            "har gått og lurt på alene, også er andres spørsmål.</p>"
            "<p>Målet for pasient- og pårørendeopplæring er ikke bare at deltakerne skal vite mer. De skal også "
            "bli tryggere, få tro på at de kan mestre, og kunne bruke kunnskapen i sitt eget liv. Slike "
            "endringer i holdninger, ferdigheter og følelser skjer sjelden gjennom forelesninger. De skjer "
            "gjennom samtale, erfaringsdeling og refleksjon, og der har gruppa en særlig styrke.</p>",
        ),
        ("heading", "Erfaringsdeling: deltakerne lærer av hverandre"),
        (
            "paragraph",
            "<p>I en godt ledet gruppe er det ikke bare kursholderne som underviser. Deltakerne har til sammen "
            "mange års erfaring med å leve med sykdom, og mye av denne kunnskapen er praktisk og konkret: "
            "hvordan man forklarer sykdommen for kolleger, hvordan man planlegger en ferie med dialyse, eller "
            "hva man gjør når trettheten kommer midt i handleturen. Når én deltaker forteller, kan en annen "
            "kjenne seg igjen og si «sånn har jeg det også» eller «jeg prøvde noe annet». Da blir fagkunnskapen "
            "fra kursholderne satt inn i hverdagen, og deltakerne begynner å bruke den.</p>"
            "<p>Psykiateren Irvin Yalom beskrev hva som virker i grupper. Noen av faktorene han pekte på, er "
            "nyttige også i lærings- og mestringsgrupper, selv om disse gruppene ikke er terapi:</p>"
            "<ul>"
            "<li><b>Universalitet</b>: opplevelsen av at «jeg er ikke alene om dette».</li>"
            "<li><b>Håp</b>: å møte noen som har kommet lenger, og se at det går an å leve godt.</li>"
            "<li><b>Informasjon</b>: kunnskap fra både kursholdere og andre deltakere.</li>"
            "<li><b>Å hjelpe andre</b>: mange opplever det som meningsfullt at egne erfaringer kan være til "
            "nytte for noen andre.</li>"
            "</ul>",
        ),
        ("heading", "Mestring gjennom andre"),
        (
            "paragraph",
            "<p>Psykologen Albert Bandura beskrev <b>mestringstro</b> (på engelsk <i>self-efficacy</i>): troen "
            "på at man selv kan klare en bestemt oppgave. Mestringstro påvirker om vi prøver noe nytt, og om vi "
            "holder ut når det blir vanskelig. Bandura pekte på fire kilder til mestringstro: egne erfaringer "
            "med å få til noe, å se andre som ligner på en selv få det til, oppmuntring fra andre, og hvordan man "
            "tolker kroppens signaler og egne følelser.</p>"
            "<p>I en gruppe er særlig den andre kilden sterk. Når en deltaker med KOLS forteller at hun nå går "
            "tur hver dag, betyr det noe annet for de andre enn når fysioterapeuten sier at aktivitet er bra. "
            "Hun ligner dem, og hun har vært redd for det samme. Gruppelederen kan legge til rette for slike "
            "øyeblikk ved å spørre etter det som har fungert, ikke bare etter det som er vanskelig.</p>",
        ),
        (
            "experience_story",
            {
                "quote": "Jeg hadde lest alt om hjerteflimmer på nettet, så jeg trodde ikke kurset kunne lære meg "
                "noe nytt. Det som endret noe, var en mann i gruppa som fortalte at han hadde begynt å danse "
                "igjen. Han var like gammel som meg og hadde hatt de samme anfallene. Jeg dro hjem og ringte "
                "dansegruppa jeg hadde sluttet i. Det hadde ingen fagperson fått meg til.",
                "teller_role": "Deltaker på kurs for personer med hjerterytmeforstyrrelser",
            },
        ),
        ("heading", "Likepersonsarbeid og veien videre"),
        (
            "paragraph",
            "<p><b>Likepersonsarbeid</b>, tidligere ofte kalt likemannsarbeid, er når en person med egen "
            "erfaring fra sykdom eller funksjonsnedsettelse gir støtte til andre i en lignende situasjon. "
            "Brukerorganisasjonene har lang tradisjon for dette, og mange erfarne brukere som er med i lærings- "
            "og mestringstilbud, har bakgrunn som likepersoner. Likepersonen er ikke behandler, men kan gi noe "
            "fagpersonen ikke kan: gjenkjennelse og et levende eksempel på at det går an å finne en vei.</p>"
            "<p>Et kurs varer bare noen dager eller uker. Mange deltakere har behov for et fellesskap også etter "
            "at kurset er slutt. Gruppelederen kan fortelle om brukerorganisasjonenes likepersonstilbud og om "
            "selvorganiserte selvhjelpsgrupper, der deltakerne selv leder gruppa uten fagpersoner. Selvhjelp "
            "Norge beskriver at kunnskapen fra et kurs blir lettere å ta med videre når man er del av et "
            "fellesskap.</p>",
        ),
        (
            "image",
            {
                "key": "gruppeledelse-laering-i-gruppe",
                "alt": "En sirkel av deltakere med piler som går mellom dem, ikke bare fra kursholderne. Rundt "
                "sirkelen står ordene erfaringsdeling, gjenkjennelse, håp og mestringstro.",
                "caption": "I en gruppe går læringen mellom deltakerne, ikke bare fra kursholder til deltaker.",
                "description": "A simple diagram: eight simple person icons in a circle, two of them marked "
                "'Fagperson' and 'Erfaren bruker'. Curved arrows run between many of the participants, not only "
                "from the leaders. Around the circle four short Norwegian labels: 'Erfaringsdeling', "
                "'Gjenkjennelse', 'Håp', 'Mestringstro'. Calm, friendly colours.",
            },
        ),
        (
            "fact_box",
            {
                "title": "Gruppa er ikke alltid best",
                "text": "<p>Ikke alle trives i grupper, og ikke alle tema passer å ta opp der. Noen trenger "
                "individuell oppfølging i tillegg, for eksempel når det gjelder personlige medisinske "
                "spørsmål eller vanskelige livssituasjoner. En god gruppeleder tilbyr gruppa som en mulighet, "
                "forteller hva som skjer der, og hjelper den som trenger det, videre til riktig instans.</p>",
            },
        ),
    ],
}

LESSON_2 = {
    "slug": "gruppelederens-oppgaver",
    "title": "Gruppelederens oppgaver: struktur, trygghet og spilleregler",
    "summary": "Gruppelederen gir gruppa en tydelig ramme, skaper et trygt klima og avtaler spilleregler som "
    "taushetsplikt i gruppa og frivillighet.",
    "estimated_minutes": 20,
    "completion_rule": "reflection",
    "body": [
        ("heading", "Å lede er å gi gruppa en ramme"),
        (
            "paragraph",
            "<p>Å lede en gruppe betyr ikke at gruppelederen skal snakke mest. Oppgaven er å skape rammer der "
            "deltakerne kan lære av kursholderne og av hverandre. En god gruppeleder har tre oppgaver som går "
            "igjen i hver samling: gi gruppa <b>struktur</b>, skape et <b>trygt klima</b> og passe på at gruppa "
            "følger <b>spillereglene</b> den har blitt enig om.</p>",
        ),
        ("heading", "Struktur: deltakerne vet hva som skal skje"),
        (
            "paragraph",
            "<p>Usikkerhet tar energi. Når deltakerne vet hvor lenge samlingen varer, når det er pause og hva som "
            "skal skje, kan de bruke kreftene på å lære. Struktur er særlig viktig for deltakere som har lite "
            "overskudd, smerter eller konsentrasjonsvansker.</p>"
            "<ul>"
            "<li><b>Begynn og slutt til avtalt tid.</b> Det viser respekt for deltakernes tid og "
            "helse.</li>"
            "<li><b>Vis programmet</b> på en tavle, et ark eller en skjerm, og gå gjennom det i starten.</li>"
            "<li><b>Del samlingen i tre</b>: en start der alle blir sett og hørt, en arbeidsdel med tema og "
            "aktiviteter, og en avslutning der dere oppsummerer og forteller hva som skjer neste gang.</li>"
            "<li><b>Hold tiden</b>, men vær fleksibel når en samtale er viktig for gruppa. Si det høyt: «Vi "
            "bruker ti minutter ekstra her, og korter ned neste punkt.»</li>"
            "</ul>"
            "<p>Grupper utvikler seg over tid. I starten er deltakerne ofte usikre og venter på at lederen skal "
            "ta styringen. Etter hvert blir de tryggere, snakker mer med hverandre og tar mer ansvar. Mot "
            "slutten av et kurs kan det komme tristhet over at fellesskapet tar slutt. Gruppelederen tilpasser "
            "seg: tydelig og styrende i begynnelsen, mer tilbaketrukket når gruppa bærer seg selv, og med god "
            "tid til avslutningen.</p>",
        ),
        ("heading", "Et trygt klima"),
        (
            "paragraph",
            "<p>Deltakerne deler bare erfaringer hvis de føler seg trygge. Tryggheten bygges i små ting: at "
            "noen tar imot i døra, at stolene står i en sirkel eller hestesko slik at alle ser hverandre, at alle "
            "har navnelapp, og at det er tydelig hvor toalettet er og når det er pause. Den første runden bør "
            "være lett å svare på, for eksempel navn og hva man håper å få ut av kurset. Gruppelederen kan "
            "selv vise veien ved å være personlig uten å bli privat, og ved å møte alle bidrag med respekt.</p>"
            "<p>Et trygt klima betyr ikke at alle skal være enige. Deltakerne kan ha ulike erfaringer med "
            "helsetjenesten og ulike måter å mestre sykdommen på. Lederen tydeliggjør at det er plass til "
            "forskjellige erfaringer, og griper inn hvis noen blir latterliggjort eller avvist.</p>",
        ),
        ("heading", "Spilleregler: taushetsplikt i gruppa og frivillighet"),
        (
            "paragraph",
            "<p>De fleste grupper fungerer bedre når de har avtalt noen enkle spilleregler ved første samling. "
            "Lederen kan foreslå dem og spørre om gruppa vil legge til noe. To regler er nesten alltid med:</p>"
            "<ul>"
            "<li><b>Taushetsplikt i gruppa</b>: Det deltakerne forteller om seg selv og andre, blir i gruppa. "
            "Det er lov å fortelle hjemme hva man har lært, men ikke hvem som sa hva.</li>"
            "<li><b>Frivillighet</b>: Ingen må fortelle mer enn de ønsker. Det er alltid lov å stå over i en "
            "runde, og det er lov å gå ut av rommet hvis man trenger det.</li>"
            "</ul>"
            "<p>Andre vanlige spilleregler er at én snakker om gangen, at mobilen er på lydløs, og at man "
            "snakker ut fra egen erfaring heller enn å gi råd til andre om hva de bør gjøre.</p>",
        ),
        (
            "fact_box",
            {
                "title": "Hvem har taushetsplikt?",
                "text": "<p>Fagpersonene har lovpålagt taushetsplikt etter helsepersonelloven. Brukerrepresentanter "
                "som er med og leder, signerer ofte en taushetserklæring. Deltakerne har derimot ikke "
                "taushetsplikt etter loven. Taushetsplikten i gruppa er en avtale, og lederen bør si det "
                "ærlig: «Vi avtaler at det som blir sagt her, blir her, men hver av dere bestemmer selv hva dere "
                "vil dele.» Det gjør frivilligheten enda viktigere.</p>",
            },
        ),
        (
            "audience_section",
            {
                "audience": "professional",
                "title": "Til deg som er fagperson",
                "text": "<p>Mange fagpersoner er vant til å være den som vet svaret. I en gruppe kan det være "
                "klokt å holde igjen: Still spørsmålet tilbake til gruppa før du svarer selv, og la den erfarne "
                "brukeren slippe til. Vær samtidig tydelig på grensene for hva gruppa kan hjelpe med. "
                "Individuelle medisinske spørsmål hører hjemme hos deltakerens egen behandler, og det er din "
                "oppgave å si det på en vennlig måte og vise hvor deltakeren kan få hjelp.</p>",
            },
        ),
        (
            "audience_section",
            {
                "audience": "user_representative",
                "title": "Til deg som er erfaren bruker",
                "text": "<p>Som medleder er du også en del av rammen. Deltakerne ser på deg når dere avtaler "
                "spilleregler, og de merker om du selv følger dem. Det gjelder også frivilligheten for din egen "
                "del: Du bestemmer hva du vil dele av din historie, og du kan si nei til spørsmål som blir for "
                "private. Avtal gjerne med fagpersonen hvem som presenterer spillereglene, slik at det blir "
                "tydelig at dere leder sammen.</p>",
            },
        ),
        (
            "reflection",
            {
                "key": "gruppeledelse-spilleregler",
                "prompt": "Tenk deg at du skal lede første samling i et kurs. Hvilke tre spilleregler vil du "
                "foreslå for gruppa, og hvordan vil du forklare taushetsplikt i gruppa og frivillighet med dine "
                "egne ord?",
            },
        ),
    ],
}

MODULE = {
    "slug": "gruppeledelse",
    "title": "Gruppeledelse",
    "intro": "<p>De fleste lærings- og mestringstilbud er gruppebaserte. I denne modulen lærer du hvorfor "
    "grupper er en god læringsarena, og hva gruppelederen gjør for å skape struktur, trygghet og gode "
    "spilleregler.</p>",
    "outcomes": [
        "Du kan forklare hvorfor erfaringsdeling og likepersonsstøtte i grupper fremmer læring og mestring.",
        "Du kan gi en gruppe struktur, et trygt klima og spilleregler som taushetsplikt i gruppa og frivillighet.",
    ],
    "estimated_minutes": 35,
    "audience": "all",
    "lessons": [LESSON_1, LESSON_2],
}
