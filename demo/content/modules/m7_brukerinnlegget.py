"""Demo content for module 7: the user representative's story talk (brukerinnlegget)."""

from demo.content.sources import sources

LESSON_1 = {
    "slug": "bearbeidet-erfaring",
    "title": "Fra egen erfaring til bearbeidet erfaring",
    "summary": "Hva det vil si at en erfaring er bearbeidet, hvordan du kjenner det igjen hos deg selv, og "
    "hvordan du kan arbeide med historien din før du deler den med en gruppe.",
    "estimated_minutes": 15,
    "completion_rule": "reflection",
    "body": [
        ("heading", "Erfaringen din er kunnskap"),
        (
            "paragraph",
            "<p>Du er invitert til å være med i et lærings- og mestringstilbud fordi du vet noe som ingen "
            "lærebok kan fortelle. Du vet hvordan det er å få en diagnose, å leve med symptomer og behandling "
            "dag etter dag, eller å stå ved siden av en du er glad i når livet endrer seg. Denne kunnskapen "
            "kalles ofte <b>erfaringskunnskap</b>. I lærings- og mestringsarbeidet står den side om side med "
            "fagkunnskapen til helsepersonellet. Den er ikke pynt på kurset, men en egen og nødvendig del "
            "av det.</p>"
            "<p>Samtidig er det ikke slik at enhver erfaring kan fortelles til en gruppe slik den er. Det du "
            "har opplevd, må først bli til noe du kan stå trygt i og se på med litt avstand. Det er dette vi "
            "kaller <b>bearbeidet erfaring</b>.</p>",
        ),
        ("heading", "Hva betyr det at erfaringen er bearbeidet?"),
        (
            "paragraph",
            "<p>En bearbeidet erfaring er ikke en erfaring som er «ferdig» eller glemt. Det kan fortsatt "
            "gjøre vondt å tenke på det som skjedde. Forskjellen er at du har fått et forhold til det. Du har "
            "tenkt gjennom hva som skjedde, hva det betydde for deg, og hva du har lært. Du kan snakke om "
            "det uten at følelsene tar over, og du kan velge hva du vil fortelle og hva du vil holde for "
            "deg selv.</p>"
            "<p>I likepersonsarbeid brukes ofte et bilde som er lett å huske: <i>Fortell fra arrene, ikke fra "
            "de åpne sårene.</i> Et arr viser at noe har skjedd, men det er grodd. Et åpent sår blør fortsatt "
            "og tåler lite berøring. Står du midt i en krise, en ny forverring eller en fersk sorg, er det "
            "vanligvis lurt å vente med å holde brukerinnlegg om akkurat det. Det handler ikke om at "
            "erfaringen din er mindre verdt, men om å beskytte deg selv og dem som skal lytte.</p>",
        ),
        (
            "fact_box",
            {
                "title": "Tegn på at en erfaring er bearbeidet",
                "text": "<ul>"
                "<li>Du kan fortelle om det vanskelige uten å miste tråden eller bli overveldet.</li>"
                "<li>Du ser at din vei er én av mange, og at andre kan ha det annerledes.</li>"
                "<li>Du kan sette ord på hva som hjalp deg, ikke bare på det som var tungt.</li>"
                "<li>Du tåler spørsmål og kan si nei til dem du ikke vil svare på.</li>"
                "<li>Du forteller fordi det kan være nyttig for andre, ikke fordi du trenger å få det "
                "ut.</li>"
                "</ul>",
            },
        ),
        ("heading", "Slik kan du arbeide med historien din"),
        (
            "paragraph",
            "<p>Bearbeiding skjer sjelden av seg selv. Mange har hatt nytte av å gjøre noe aktivt med "
            "erfaringen sin før de forteller den til andre:</p>"
            "<ul>"
            "<li><b>Skriv en tidslinje.</b> Tegn en strek fra den gang det startet og frem til i dag. Merk "
            "av vendepunkter, tunge perioder og gode øyeblikk. Da ser du ofte mønstre du ikke har lagt merke "
            "til.</li>"
            "<li><b>Skriv fritt.</b> Skriv ned historien uten å tenke på hvem som skal lese den. Legg den "
            "bort noen dager og les den igjen. Hva kjennes fortsatt sårt? Hva kan du nå se med nye "
            "øyne?</li>"
            "<li><b>Snakk med noen du stoler på.</b> En venn, en likeperson i brukerorganisasjonen eller en "
            "erfaren brukerrepresentant kan lytte og stille spørsmål som hjelper deg videre.</li>"
            "<li><b>Delta i et kurs eller en gruppe.</b> Mange har bearbeidet mye gjennom å være deltaker "
            "selv, før de ble brukerrepresentant.</li>"
            "</ul>"
            "<p>Det er helt i orden å oppdage at noe ennå ikke er klart til å deles. Det er også en viktig "
            "innsikt, og den gjør deg tryggere når du skal velge hva innlegget ditt skal handle om.</p>",
        ),
        (
            "experience_story",
            {
                "quote": "Første gang jeg ble spurt om å fortelle, sa jeg ja med en gang. Jeg skrev ned alt "
                "som hadde skjedd, og da jeg leste det høyt hjemme, begynte jeg å gråte midt i. Da skjønte "
                "jeg at den delen om tiden på sykehuset ikke var klar ennå. Jeg snakket med en likeperson i "
                "foreningen, og vi ble enige om at jeg skulle fortelle om hverdagen etterpå i stedet. Et år "
                "senere kunne jeg ta med sykehustiden også, og da var det en helt annen historie å fortelle.",
                "teller_role": "Erfaren bruker, kurs om å leve med kronisk sykdom",
            },
        ),
        (
            "reflection",
            {
                "key": "brukerinnlegget-bearbeidet-erfaring",
                "prompt": "Tenk på en periode i livet ditt med sykdom eller som pårørende som du kunne tenke "
                "deg å fortelle om. Hvordan kjennes det å tenke på den nå? Hvilke deler av den føler du deg "
                "trygg på å dele, og hvilke deler trenger mer tid?",
            },
        ),
    ],
}

LESSON_2 = {
    "slug": "hvorfor-og-for-hvem",
    "title": "Hvorfor et brukerinnlegg – og for hvem?",
    "summary": "Hva brukerinnlegget skal gjøre for deltakerne i et lærings- og mestringstilbud, hva det ikke er, "
    "og hvordan du finner ut hvem som sitter i salen.",
    "estimated_minutes": 15,
    "completion_rule": "opened",
    "body": [
        ("heading", "Brukerinnlegget har en jobb å gjøre"),
        (
            "paragraph",
            "<p>Et brukerinnlegg er et kort innlegg der en erfaren bruker eller pårørende forteller fra sitt "
            "eget liv, som en planlagt del av et lærings- og mestringstilbud. Innlegget står ikke alene. Det "
            "er valgt ut fordi det skal bidra til at deltakerne når målene for kurset. Derfor er det første "
            "spørsmålet du bør stille deg ikke «Hva vil jeg fortelle?», men «Hva trenger deltakerne å "
            "høre?».</p>"
            "<p>Et godt brukerinnlegg kan gjøre flere ting samtidig:</p>"
            "<ul>"
            "<li><b>Gi gjenkjennelse.</b> Deltakerne hører at andre har kjent på det samme: redselen, "
            "sinnet, slitenheten eller skammen. Mange forteller at de for første gang kjente seg mindre "
            "alene.</li>"
            "<li><b>Gi håp.</b> Du står der som et levende eksempel på at det går an å leve et godt liv med "
            "sykdom, også når det har vært tungt.</li>"
            "<li><b>Vise mestring i praksis.</b> Fagpersonen kan forklare hva mestring er. Du kan vise "
            "hvordan det ser ut en vanlig tirsdag.</li>"
            "<li><b>Åpne for deltakernes egne erfaringer.</b> Når du deler, blir det lettere for andre å "
            "dele. Innlegget blir ofte starten på en god samtale.</li>"
            "<li><b>Utfylle fagkunnskapen.</b> Du kan fortelle hvordan råd og behandling fungerer i en "
            "hverdag med jobb, barn, økonomi og følelser.</li>"
            "</ul>",
        ),
        ("heading", "Hva brukerinnlegget ikke er"),
        (
            "paragraph",
            "<p>Det er like nyttig å vite hva innlegget <i>ikke</i> skal være. Det er ikke terapi for deg "
            "som forteller. Det er ikke et sted for å klage på helsetjenesten eller enkeltpersoner, selv om "
            "du har hatt dårlige opplevelser. Det er heller ikke et medisinsk foredrag; råd om medisiner og "
            "behandling hører hjemme hos fagpersonen. Og det bør ikke bli en heltefortelling der alt ordnet "
            "seg fordi du var sterk nok. Da kan deltakere som strever, sitte igjen med en følelse av å ha "
            "mislykkes.</p>"
            "<p>Historien din er én historie. Når du sier «slik var det for meg» i stedet for «slik er det», "
            "gir du rom for at andre kan ha det annerledes.</p>",
        ),
        (
            "experience_story",
            {
                "quote": "Jeg husker ikke så mye av det legen sa den første kursdagen. Men jeg husker kvinnen "
                "som fortalte at hun hadde gjemt seg på badet og grått etter diagnosen, og at hun i dag går "
                "tur med hunden hver morgen. Da tenkte jeg at hvis hun klarte å komme dit, kan kanskje jeg "
                "også det. Det var første gang jeg turte å si noe i gruppen.",
                "teller_role": "Deltaker, kurs for nydiagnostiserte",
            },
        ),
        ("heading", "Hvem sitter i salen?"),
        (
            "paragraph",
            "<p>Et innlegg som passer godt for én gruppe, kan treffe dårlig i en annen. I planleggingen av "
            "et lærings- og mestringstilbud bruker arbeidsgruppen den didaktiske relasjonsmodellen, og det "
            "første elementet der er <b>målgruppe og deltakerforutsetninger</b>. Be om å få vite det "
            "arbeidsgruppen vet om deltakerne før du lager innlegget ditt:</p>"
            "<ul>"
            "<li>Er deltakerne nydiagnostiserte, eller har de levd med sykdommen lenge?</li>"
            "<li>Er det pasienter, pårørende eller begge deler?</li>"
            "<li>Hva strever de typisk med, og hva er de redde for?</li>"
            "<li>Hva er målet for kursdagen, og hvor i programmet kommer innlegget?</li>"
            "<li>Hvor lang tid har du, og hva skjer rett etterpå?</li>"
            "</ul>"
            "<p>En som nettopp har fått diagnosen, trenger ofte å høre at det blir bedre og hvordan de "
            "første månedene kan kjennes. En som har levd med sykdommen i mange år, er kanskje mer opptatt "
            "av å holde motivasjonen oppe eller av hvordan familien har det. Pårørende trenger å høre fra en "
            "pårørende, eller i alle fall at pårørendes erfaringer blir tatt på alvor.</p>",
        ),
        (
            "fact_box",
            {
                "title": "Skriv formålet i én setning",
                "text": "<p>Fullfør setningen: <i>«Etter innlegget mitt skal deltakerne …»</i>. For eksempel: "
                "«… vite at det er vanlig å bli sliten og lei, og ha hørt om to ting som gjorde hverdagen "
                "lettere for meg.» Setningen blir kompasset ditt når du skal velge hva som skal være med og "
                "hva som kan kuttes.</p>",
            },
        ),
        (
            "discuss",
            {
                "prompt": "Tenk på et kurs eller en samling der noen fortalte fra eget liv. Hva gjorde at "
                "fortellingen traff, eller ikke traff? Del eksemplene i gruppen og lag en felles liste over "
                "hva som kjennetegner et brukerinnlegg som er til nytte for deltakerne.",
            },
        ),
    ],
}

LESSON_3 = {
    "slug": "oppbygging-og-oving",
    "title": "Bygg opp innlegget, øv og hold tiden",
    "summary": "En enkel oppbygging i fem deler – åpning, noen få utvalgte erfaringer, hva som hjalp, budskapet "
    "og avslutning – og hvordan du øver inn innlegget og holder tiden.",
    "estimated_minutes": 30,
    "completion_rule": "marked",
    "body": [
        ("heading", "Fem deler som bærer innlegget"),
        (
            "paragraph",
            "<p>Mange som skal holde brukerinnlegg for første gang, begynner med å fortelle alt fra starten "
            "av. Det blir fort langt, og det viktigste drukner. En fast oppbygging gjør det lettere både for "
            "deg og for dem som lytter. Denne modellen har fem deler:</p>"
            "<ol>"
            "<li><b>Åpning.</b> Hvem er du, og hvorfor står du her? Fortell kort hvilken erfaring du har "
            "(for eksempel «Jeg har levd med diabetes i tolv år»), og si hva innlegget skal handle om. Et "
            "lite konkret bilde eller en setning fra hverdagen fanger oppmerksomheten bedre enn en lang "
            "presentasjon.</li>"
            "<li><b>Noen få utvalgte erfaringer.</b> Velg to eller tre situasjoner som passer til formålet "
            "og deltakerne. Fortell dem konkret: hvor var du, hva skjedde, hva tenkte og kjente du? Én "
            "levende situasjon sier mer enn ti år med sammendrag.</li>"
            "<li><b>Hva som hjalp.</b> Dette er ofte den delen deltakerne husker best. Hva gjorde en "
            "forskjell: en person, en samtale, kunnskap, et hjelpemiddel, et valg du tok selv? Vær ærlig "
            "om at noe tok tid, og at ikke alt hjalp.</li>"
            "<li><b>Budskapet.</b> Hva vil du at deltakerne skal ta med seg? Si det med én eller to "
            "setninger, og gjerne med egne ord fra formålssetningen din.</li>"
            "<li><b>Avslutning.</b> Rund av, takk for oppmerksomheten og gi ordet videre, for eksempel til "
            "spørsmål eller til fagpersonen. En tydelig avslutning gjør overgangen trygg for alle.</li>"
            "</ol>",
        ),
        (
            "image",
            {
                "key": "brukerinnlegget-oppbygging",
                "alt": "Fem trinn på rad fra venstre mot høyre: Åpning, Utvalgte erfaringer, Hva som hjalp, "
                "Budskapet og Avslutning. Trinnet Utvalgte erfaringer er bredest, og en liten klokke over "
                "rekken viser omtrent ti minutter.",
                "caption": "Oppbyggingen av et brukerinnlegg: de utvalgte erfaringene og det som hjalp, får "
                "mest plass.",
                "description": "A simple horizontal diagram of five connected blocks labelled in Norwegian "
                "'Åpning', 'Utvalgte erfaringer', 'Hva som hjalp', 'Budskapet', 'Avslutning'. The blocks "
                "have widths roughly proportional to time (short, wide, wide, short, short). A small clock "
                "icon above with the text 'ca. 10 min'. Warm, calm colours.",
            },
        ),
        ("heading", "Velg ut – og tål å kutte"),
        (
            "paragraph",
            "<p>Det vanskeligste er ofte å velge bort. Gå tilbake til formålssetningen fra forrige leksjon og "
            "spør for hver situasjon: Hjelper denne deltakerne å nå målet for dagen? Hvis ikke, kan den "
            "spares til en annen gang. Fortell gjerne om følelser, men uten å gjenoppleve dem foran gruppen. "
            "Snakk i jeg-form («jeg opplevde», «for meg hjalp det») og unngå å gi råd som «dere må». Da "
            "blir det lettere for deltakerne å ta til seg det som passer for dem.</p>",
        ),
        (
            "audio",
            {
                "key": "brukerinnlegget-eksempel-apning",
                "title": "Eksempel: åpningen av et brukerinnlegg",
                "transcript": "Hei, alle sammen. Jeg er her i dag som erfaren bruker, og for seks år siden "
                "fikk jeg vite at jeg har diabetes type 2. Jeg husker at jeg satt i bilen utenfor "
                "legekontoret i en halvtime før jeg klarte å kjøre hjem. I dag skal jeg fortelle dere om "
                "tre ting: hvordan det var de første månedene, hva som fikk meg til å begynne å gå tur igjen, "
                "og hva jeg skulle ønske noen hadde sagt til meg den dagen i bilen. Jeg snakker i omtrent "
                "ti minutter, og etterpå er det god tid til spørsmål.",
            },
        ),
        ("heading", "Et helt brukerinnlegg, fra åpning til avslutning"),
        (
            "paragraph",
            "<p>Her er et kort brukerinnlegg, bygget opp med de fem delene. Fortalt i et rolig tempo tar det omtrent fire minutter. Personen er "
            "oppdiktet, og innlegget er skrevet for dette kurset ut fra det erfarne brukere ofte forteller. "
            "Lydopptaket er <b>lest inn med syntetisk stemme</b>, ikke av en virkelig brukerrepresentant, og "
            "stemmen leser raskere enn en person som forteller. Hør derfor mest etter oppbyggingen. Hele teksten står under lydspilleren. Legg merke til hvor "
            "lite av tiden som går til selve sykdomshistorien, og hvor mye som går til det som hjalp.</p>",
        ),
        (
            "audio",
            {
                "key": "brukerinnlegget-eksempel-helt-innlegg",
                "title": "Eksempel: et helt brukerinnlegg (lest inn med syntetisk stemme)",
                "transcript": "Åpning. Hei, alle sammen. Jeg heter Tone, og jeg har levd med diabetes type 2 i "
                "seks år. Jeg er her som erfaren bruker, og jeg har fått noen minutter til å fortelle hvordan "
                "det har vært for meg å lære å leve med sykdommen. Jeg skal fortelle om to situasjoner, om hva "
                "som hjalp meg, og om én ting jeg håper dere tar med dere.\n\n"
                "Utvalgte erfaringer. Den første situasjonen er dagen jeg fikk diagnosen. Legen var vennlig, men "
                "hun snakket om langtidsblodsukker og kosthold, og jeg hørte nesten ingenting. Jeg satt i bilen "
                "utenfor legekontoret i en halvtime før jeg klarte å kjøre hjem. Jeg tenkte at dette var min "
                "skyld, og jeg fortalte det ikke til noen på flere uker.\n\n"
                "Den andre situasjonen er fra et halvt år senere. Jeg hadde fått et ark med kostråd, og jeg "
                "prøvde å følge alt på en gang. Jeg sluttet med brød, jeg sluttet med kaffe med sukker, og jeg "
                "gikk lange turer selv om knærne verket. Etter tre uker ga jeg opp alt sammen. Da følte jeg meg "
                "enda mer mislykket enn før.\n\n"
                "Hva som hjalp. Det som snudde det for meg, var et kurs på lærings- og mestringssenteret. Der "
                "møtte jeg andre som hadde gjort akkurat det samme som meg. En mann i gruppen sa: Jeg gikk på "
                "en smell den første høsten, og så begynte jeg med én ting. Det ble en setning jeg har tatt med "
                "meg. Sykepleieren på kurset ba oss velge ett lite mål for neste uke. Jeg valgte å gå en tur på "
                "femten minutter etter middag, tre dager i uka. Det klarte jeg. Og da jeg klarte det, fikk jeg "
                "lyst til å prøve mer. Det tok tid. Noen uker gikk det bakover, og det gjør det fortsatt. Men nå "
                "vet jeg at et tilbakeslag ikke betyr at alt er ødelagt.\n\n"
                "Det som også hjalp, var å snakke med mannen min. Jeg hadde holdt mye for meg selv. Da jeg "
                "endelig fortalte ham hvor redd jeg hadde vært, ble han med på turene. Det var ikke kostrådene "
                "som endret hverdagen vår, det var at vi begynte å gjøre ting sammen.\n\n"
                "Budskapet. Hvis dere skal ta med dere én ting fra meg i dag, så er det dette: Begynn med én "
                "liten ting, og gi deg selv lov til å mislykkes innimellom. Det er ikke et nederlag, det er en "
                "del av å lære.\n\n"
                "Avslutning. Takk for at dere lyttet. Jeg svarer gjerne på spørsmål, og så tar Kari, som er "
                "sykepleier, over og forteller mer om hvordan dere kan sette mål som passer for dere.",
            },
        ),
        (
            "fact_box",
            {
                "title": "Slik er eksemplet bygget opp",
                "text": "<ul>"
                "<li><b>Åpning</b> (ca. 30 sekunder): navn, erfaring og hva innlegget handler om.</li>"
                "<li><b>To utvalgte erfaringer</b> (ca. 1,5 minutter): dagen med diagnosen og forsøket på å "
                "endre alt på en gang. Konkrete situasjoner, ikke et sammendrag av seks år.</li>"
                "<li><b>Hva som hjalp</b> (ca. 1,5 minutter): gruppen, ett lite mål og samtalen hjemme. Ærlig om "
                "at det tok tid.</li>"
                "<li><b>Budskapet</b> (ca. 20 sekunder): én setning deltakerne kan huske.</li>"
                "<li><b>Avslutning</b> (ca. 20 sekunder): takk, spørsmål og ordet videre til fagpersonen.</li>"
                "</ul>"
                "<p>Innlegget nevner ingen navngitte behandlere, gir ingen medisinske råd og stopper ikke i det "
                "vanskeligste. Det er de samme grensene som du lærer om i leksjonen om grenser og egenomsorg.</p>",
            },
        ),
        ("heading", "Øv høyt – og ta tiden"),
        (
            "paragraph",
            "<p>Et innlegg som bare er lest inne i hodet, er ikke øvd. Les det høyt, gjerne stående, og ta "
            "tiden med mobilen. Du vil nesten alltid oppdage at det tar lengre tid enn du trodde. Mange "
            "snakker i et rolig tempo på omtrent <b>120–130 ord i minuttet</b> når de forteller for en "
            "gruppe. Et innlegg på ti minutter blir da rundt 1200–1300 ord. Har du skrevet 2000 ord, må noe "
            "ut.</p>"
            "<p>Øv gjerne for en du stoler på, eller for fagpersonen du skal undervise sammen med. Spør hva "
            "de husket, og hva de ble nysgjerrige på. Øv også åpningen og avslutningen så godt at du kan dem "
            "nesten utenat. Er starten trygg, går resten lettere, og vet du hvordan du skal avslutte, kan du "
            "alltid hoppe dit hvis tiden renner ut.</p>",
        ),
        (
            "fact_box",
            {
                "title": "Regn på tiden",
                "text": "<ul>"
                "<li>5 minutter ≈ 600–650 ord</li>"
                "<li>10 minutter ≈ 1200–1300 ord</li>"
                "<li>15 minutter ≈ 1800–1950 ord</li>"
                "</ul>"
                "<p>Planlegg for litt kortere enn tiden du har fått. Pauser, en slurk vann og et spørsmål "
                "underveis tar tid. Merk av et avsnitt i manuset som «kan kuttes», så vet du hva du hopper "
                "over hvis det blir knapt.</p>",
            },
        ),
        (
            "paragraph",
            "<p>Til slutt: Bestem deg for om du vil bruke fullt manus eller stikkord. Fullt manus gir "
            "trygghet, men kan gjøre at du leser i stedet for å fortelle. Mange ender med et manus de har "
            "øvd inn, og et ark med stikkord og tider som de faktisk har foran seg. Avtal med fagpersonen "
            "hvordan dere gir hverandre et diskret tegn når det er få minutter igjen.</p>",
        ),
    ],
}

LESSON_4 = {
    "slug": "rollen-din-i-samarbeidet",
    "title": "Din rolle i arbeidsgruppen og ved siden av fagpersonen",
    "summary": "Standard metode og likeverdig samarbeid i praksis: hva du bidrar med i planleggingen, hvordan du "
    "og fagpersonen fordeler rollene, og hvilke avtaler dere bør gjøre før kurset.",
    "estimated_minutes": 15,
    "completion_rule": "marked",
    "body": [
        ("heading", "Mer enn en historie"),
        (
            "paragraph",
            "<p>Lærings- og mestringstilbud bygger på <b>Standard metode</b>, en arbeidsmåte som ble utviklet "
            "da de første lærings- og mestringssentrene ble etablert. Kjernen er at hvert tilbud planlegges, "
            "gjennomføres og evalueres i et <b>likeverdig samarbeid</b> mellom fagpersoner og erfarne "
            "brukere. Brukererfaring og fagkunnskap skal stå side om side, og ingen av dem er et tillegg til "
            "den andre.</p>"
            "<p>Det betyr at du som brukerrepresentant ikke bare er invitert for å holde innlegget ditt. Du "
            "hører hjemme i <b>arbeidsgruppen</b> som planlegger tilbudet, helst fra første møte. Der bidrar "
            "du med noe fagpersonene ikke kan skaffe seg på egen hånd: kunnskap om hvordan det er å være "
            "deltaker.</p>",
        ),
        ("heading", "Hva du kan bidra med i planleggingen"),
        (
            "paragraph",
            "<p>Arbeidsgruppen planlegger gjerne med den didaktiske relasjonsmodellen. På hvert av de seks "
            "elementene har du noe å tilføre:</p>"
            "<ul>"
            "<li><b>Målgruppe og deltakerforutsetninger:</b> Hva strever folk med i hverdagen? Hva er de "
            "redde for, og hva lurer de på, men tør ikke spørre om?</li>"
            "<li><b>Rammefaktorer:</b> Er tidspunktet mulig for folk i jobb? Er det lett å finne frem, og "
            "er det pauser nok for den som blir fort sliten?</li>"
            "<li><b>Mål:</b> Er målene viktige for deltakerne, ikke bare for helsetjenesten?</li>"
            "<li><b>Innhold:</b> Hva manglet du selv da du var ny? Hvilke temaer blir ofte glemt, som "
            "samliv, økonomi eller arbeid?</li>"
            "<li><b>Arbeidsmåter:</b> Blir det nok tid til samtale og erfaringsdeling? Er språket lett å "
            "forstå?</li>"
            "<li><b>Vurdering:</b> Hvordan kan deltakerne si ærlig fra om hva som fungerte?</li>"
            "</ul>"
            "<p>Etter kurset er du med på å evaluere og forbedre: planlegge, gjennomføre, evaluere og "
            "forbedre er en sirkel, og du er med hele veien rundt.</p>",
        ),
        ("heading", "Ved siden av fagpersonen"),
        (
            "paragraph",
            "<p>Likeverdig betyr ikke at dere gjør det samme. Fagpersonen har ansvaret for den faglige og "
            "medisinske kunnskapen. Du har ansvaret for erfaringskunnskapen. Får du spørsmål om medisiner, "
            "prøvesvar eller behandling, kan du trygt si: «Det er et godt spørsmål til sykepleieren.» Du "
            "trenger ikke være ekspert på sykdommen, og du skal ikke ta over fagpersonens rolle. På samme "
            "måte skal ikke fagpersonen rette på historien din eller forklare deltakerne hva du «egentlig» "
            "mente.</p>"
            "<p>Likeverd synes i mange små ting: at dere begge står i programmet med navn og rolle, at dere "
            "presenteres på samme måte, at du er til stede mer enn bare under ditt eget innlegg, og at du "
            "får forberedelsestid og informasjon på lik linje med de andre. Avklar også med "
            "lærings- og mestringssenteret eller brukerorganisasjonen hvilke avtaler som gjelder for deg, "
            "for eksempel om honorar og reiseutgifter.</p>",
        ),
        (
            "fact_box",
            {
                "title": "Avtal dette med fagpersonen før kurset",
                "text": "<ul>"
                "<li>Hvem leder hvilke deler av dagen, og hvem ønsker velkommen?</li>"
                "<li>Hvordan går overgangen til og fra innlegget ditt?</li>"
                "<li>Hvem svarer på hvilke typer spørsmål?</li>"
                "<li>Hvilket tegn bruker dere når tiden nærmer seg slutten?</li>"
                "<li>Hva gjør dere hvis en deltaker, eller du selv, blir sterkt berørt?</li>"
                "<li>Når tar dere en kort prat etterpå om hvordan det gikk?</li>"
                "</ul>",
            },
        ),
        (
            "experience_story",
            {
                "quote": "Det første året inviterte vi brukerrepresentanten bare til selve innlegget. Da hun "
                "endelig fikk være med i arbeidsgruppen, spurte hun hvorfor vi hadde lagt kurset klokka ni "
                "om morgenen, når mange i målgruppen trenger lang tid på å komme i gang. Vi flyttet "
                "oppstarten til klokka elleve, og frammøtet ble mye bedre. Nå er hun med fra første møte.",
                "teller_role": "Sykepleier, lærings- og mestringssenter",
            },
        ),
        (
            "audience_section",
            {
                "audience": "professional",
                "title": "Til deg som er fagperson og underviser sammen med en brukerrepresentant",
                "text": "<p>Inviter brukerrepresentanten inn i arbeidsgruppen fra starten, og del det dere "
                "vet om målgruppen. Sett av tid til å høre innlegget før kurset, og gi konkrete, vennlige "
                "tilbakemeldinger på lengde og oppbygging, ikke på hva personen burde ha følt. Under "
                "kurset er det du som følger opp deltakere som trenger mer hjelp, slik at "
                "brukerrepresentanten ikke blir stående alene med det. Husk også en kort ettersamtale.</p>",
            },
        ),
        (
            "reflection",
            {
                "key": "brukerinnlegget-rollen-min",
                "prompt": "Hva vil du bidra med i arbeidsgruppen, utover innlegget ditt? Skriv ned to "
                "spørsmål eller forslag du vil ta med til neste planleggingsmøte, og én ting du vil avklare "
                "med fagpersonen du skal undervise sammen med.",
            },
        ),
    ],
}

LESSON_5 = {
    "slug": "grenser-og-egenomsorg",
    "title": "Grenser: hva du ikke deler, og hvordan du beskytter deg selv og tilhørerne",
    "summary": "En personlig historie kan bli for mye både for den som forteller og for dem som lytter. Her lærer "
    "du å sette grenser, forberede deg på vanskelige øyeblikk og ta vare på deg selv etterpå.",
    "estimated_minutes": 20,
    "completion_rule": "quiz",
    "body": [
        ("heading", "Historien din tilhører deg"),
        (
            "paragraph",
            "<p>Du bestemmer selv hva du forteller. At du er åpen om noe, betyr ikke at du må være åpen om "
            "alt. Et godt brukerinnlegg er tvert imot preget av at fortelleren har valgt ut med omtanke. "
            "Det du sier i en gruppe, kan ikke tas tilbake. Deltakerne har ingen lovpålagt taushetsplikt, og "
            "selv om gruppen har avtalt at det som blir sagt, blir i rommet, kan historien din bli husket og "
            "gjenfortalt. Tenk derfor gjennom på forhånd "
            "hva du vil at folk skal vite om deg, også om et år.</p>",
        ),
        ("heading", "Dette bør du vanligvis holde utenfor"),
        (
            "paragraph",
            "<ul>"
            "<li><b>Andres historier.</b> Familie, venner og andre pasienter har ikke sagt ja til å være "
            "med i innlegget ditt. Fortell om hvordan <i>du</i> opplevde det, og utelat detaljer som kan "
            "gjøre andre gjenkjennelige.</li>"
            "<li><b>Navngitt helsepersonell og steder du har hatt dårlige erfaringer med.</b> Du kan gjerne "
            "si at noe var vanskelig, men innlegget er ikke stedet for å klage på enkeltpersoner.</li>"
            "<li><b>Sterke detaljer.</b> Beskrivelser av kriser, skader, selvskading eller selvmordsforsøk "
            "kan vekke sterke reaksjoner hos deltakere som selv er sårbare. Du kan si at du hadde det svært "
            "vanskelig, uten å beskrive hva som skjedde i detalj.</li>"
            "<li><b>Det du står midt i.</b> Det som ennå ikke er bearbeidet, kan gjøre at du mister "
            "fotfestet underveis.</li>"
            "<li><b>Råd om medisiner og behandling.</b> Det som virket for deg, passer ikke nødvendigvis for "
            "andre. Overlat slike spørsmål til fagpersonen.</li>"
            "</ul>",
        ),
        ("heading", "Når historien blir for mye"),
        (
            "paragraph",
            "<p>En personlig historie kan overbelaste både fortelleren og tilhørerne. For deg kan det kjennes "
            "som å være tilbake i situasjonen. Mange kjenner også på en «tømmermenn»-følelse dagen etter: "
            "Sa jeg for mye? Hva tenker de om meg nå? For tilhørerne kan en sterk fortelling vekke egne "
            "minner og redsler. En som nettopp har fått diagnosen, kan bli skremt av å høre om alt som kan "
            "gå galt, og en pårørende kan kjenne igjen noe de aldri har snakket om.</p>"
            "<p>Derfor er det lurt å:</p>"
            "<ul>"
            "<li>si fra når noe vanskelig kommer, for eksempel «Nå skal jeg fortelle om en tung periode»;</li>"
            "<li>ikke stoppe i det mørkeste, men fortsette til det som hjalp og hvordan du har det nå;</li>"
            "<li>ha en ferdig setning for spørsmål du ikke vil svare på, for eksempel «Det velger jeg å "
            "holde for meg selv, men jeg kan fortelle om …»;</li>"
            "<li>avtale at fagpersonen tar over hvis du trenger en pause, og følger opp "
            "deltakere som blir berørt;</li>"
            "<li>sette av tid til en kort ettersamtale med fagpersonen, og gjøre noe godt for deg selv "
            "etterpå.</li>"
            "</ul>",
        ),
        (
            "experience_story",
            {
                "quote": "En gang spurte en deltaker rett ut om jeg hadde prøvd å ta livet mitt. Jeg frøs. Nå "
                "har jeg en setning klar: «Det var en periode da jeg hadde det veldig vondt, og det jeg vil "
                "dere skal vite, er at det fantes hjelp.» Sykepleieren og jeg har også en avtale om at hun "
                "tar ordet hvis jeg ser på henne. Det har gjort meg mye tryggere, og jeg har bare trengt å "
                "bruke det én gang.",
                "teller_role": "Erfaren bruker, kurs om psykisk helse",
            },
        ),
        (
            "fact_box",
            {
                "title": "Det er lov å si nei",
                "text": "<p>Du kan si nei til et oppdrag, be om å få utsette det, eller ta en pause fra "
                "brukerinnlegg i en periode. Helsen din kommer først. En god brukerrepresentant er også en "
                "som kjenner sine egne grenser og sier fra om dem i tide. Merker du at reaksjonene etter et "
                "innlegg blir værende i flere dager, snakk med fagpersonen, en likeperson eller fastlegen "
                "din.</p>",
            },
        ),
        (
            "discuss",
            {
                "prompt": "Hvilke deler av egne erfaringer har dere valgt å holde utenfor når dere forteller, "
                "og hvorfor? Del gjerne setninger dere bruker når noen spør om noe dere ikke vil svare på, "
                "og diskuter hvordan fagperson og brukerrepresentant kan hjelpe hverandre hvis noen i "
                "gruppen blir sterkt berørt.",
            },
        ),
        (
            "reflection",
            {
                "key": "brukerinnlegget-mine-grenser",
                "prompt": "Skriv ned tre ting du har bestemt deg for ikke å dele i innlegget ditt, og hvorfor. "
                "Skriv også én setning du kan bruke hvis noen spør om noe du vil holde for deg selv.",
            },
        ),
        ("quiz", {"slug": "ovingssporsmal-brukerinnlegget", "title": "Øvingsspørsmål: brukerinnlegget"}),
    ],
}

MODULE = {
    "slug": "brukerinnlegget",
    "title": "Brukerinnlegget – fra egen erfaring til formidling",
    "intro": "<p>Denne modulen er for deg som er erfaren bruker eller pårørende og skal være med og undervise i et "
    "lærings- og mestringstilbud. Mange brukerrepresentanter holder et <b>brukerinnlegg</b>: et kort "
    "innlegg bygget på egen historie, som gir deltakerne gjenkjennelse, håp og kunnskap om hvordan det er "
    "å leve med sykdom i hverdagen.</p>"
    "<p>Du lærer hvordan du går fra egen erfaring til bearbeidet erfaring, hvordan du bygger opp, øver inn "
    "og tar tiden på innlegget, hvilken rolle du har i arbeidsgruppen og ved siden av fagpersonen, og "
    "hvordan du setter grenser som beskytter både deg selv og dem som lytter.</p>",
    "outcomes": [
        "Du kan forklare hva bearbeidet erfaring er, og vurdere hvilke deler av din egen historie som er "
        "klare til å deles.",
        "Du kan formulere formålet med et brukerinnlegg ut fra målgruppen og målene for tilbudet.",
        "Du kan bygge opp et innlegg med åpning, utvalgte erfaringer, hva som hjalp, budskap og avslutning, "
        "og tilpasse lengden til tiden du har fått.",
        "Du kan beskrive rollen din i et likeverdig samarbeid med fagpersonen etter Standard metode.",
        "Du kan sette grenser for hva du deler, og planlegge hvordan du tar vare på deg selv og tilhørerne.",
    ],
    "estimated_minutes": 85,
    "audience": "user_representative",
    "sources": sources("handbok", "standard_metode", "sykepleien_digitalt_kurs", "nklmh_evaluering_2021", "erfaringskompetanse", "annon_plissit"),
    "lessons": [LESSON_1, LESSON_2, LESSON_3, LESSON_4, LESSON_5],
}
