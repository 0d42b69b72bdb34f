"""Demo content for module 4: leading groups (gruppeledelse) in learning-and-mastery offers."""

from demo.content.sources import sources

LESSON_1 = {
    "slug": "hvorfor-laere-i-grupper",
    "title": "Hvorfor lære i grupper?",
    "summary": "De fleste lærings- og mestringstilbud er gruppebaserte. Her ser vi på hva deltakerne får i en "
    "gruppe som de ikke får i en samtale alene: erfaringsdeling, likepersonsstøtte og mestring gjennom andre.",
    "estimated_minutes": 15,
    "completion_rule": "opened",
    "body": [
        ("heading", "Gruppen som læringsarena"),
        (
            "paragraph",
            "<p>Nesten alle kurs ved lærings- og mestringssentrene og de kommunale lærings- og mestringstjenestene "
            "foregår i grupper. Det er ikke bare fordi det sparer tid for helsetjenesten. Gruppen er en egen "
            "læringsarena, med muligheter som en samtale mellom én pasient og én fagperson ikke har. I en gruppe "
            "møter deltakerne andre som lever med den samme sykdommen eller står i en lignende situasjon som "
            "pårørende. De hører hvordan andre har løst problemer i hverdagen, og de oppdager at spørsmålene de "
            "har gått og lurt på alene, også er andres spørsmål.</p>"
            "<p>Målet for pasient- og pårørendeopplæring er ikke bare at deltakerne skal vite mer. De skal også "
            "bli tryggere, få tro på at de kan mestre, og kunne bruke kunnskapen i sitt eget liv. Slike "
            "endringer i holdninger, ferdigheter og følelser skjer sjelden gjennom forelesninger. De skjer "
            "gjennom samtale, erfaringsdeling og refleksjon, og der har gruppen en særlig styrke.</p>",
        ),
        ("heading", "Erfaringsdeling: deltakerne lærer av hverandre"),
        (
            "paragraph",
            "<p>I en godt ledet gruppe er det ikke bare kurslederne som underviser. Deltakerne har til sammen "
            "mange års erfaring med å leve med sykdom, og mye av denne kunnskapen er praktisk og konkret: "
            "hvordan man forklarer sykdommen for kolleger, hvordan man planlegger en ferie med dialyse, eller "
            "hva man gjør når trettheten kommer midt i handleturen. Når én deltaker forteller, kan en annen "
            "kjenne seg igjen og si «sånn har jeg det også» eller «jeg prøvde noe annet». Da blir fagkunnskapen "
            "fra kurslederne satt inn i hverdagen, og deltakerne begynner å bruke den.</p>"
            "<p>Psykiateren Irvin Yalom beskrev hva som virker i grupper. Noen av faktorene han pekte på, er "
            "nyttige også i lærings- og mestringsgrupper, selv om disse gruppene ikke er terapi:</p>"
            "<ul>"
            "<li><b>Universalitet</b>: opplevelsen av at «jeg er ikke alene om dette».</li>"
            "<li><b>Håp</b>: å møte noen som har kommet lenger, og se at det går an å leve godt.</li>"
            "<li><b>Informasjon</b>: kunnskap fra både kursledere og andre deltakere.</li>"
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
            "<p>I en gruppe er særlig den andre kilden sterk. Når en deltaker med kols forteller at hun nå går "
            "tur hver dag, betyr det noe annet for de andre enn når fysioterapeuten sier at aktivitet er bra. "
            "Hun ligner dem, og hun har vært redd for det samme. Gruppelederen kan legge til rette for slike "
            "øyeblikk ved å spørre etter det som har fungert, ikke bare etter det som er vanskelig.</p>",
        ),
        (
            "experience_story",
            {
                "quote": "Jeg hadde lest alt om hjerteflimmer på nettet, så jeg trodde ikke kurset kunne lære meg "
                "noe nytt. Det som endret noe, var en mann i gruppen som fortalte at han hadde begynt å danse "
                "igjen. Han var like gammel som meg og hadde hatt de samme anfallene. Jeg dro hjem og ringte "
                "dansegruppen jeg hadde sluttet i. Det hadde ingen fagperson fått meg til.",
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
            "selvorganiserte selvhjelpsgrupper, der deltakerne selv leder gruppen uten fagpersoner. Selvhjelp "
            "Norge beskriver at kunnskapen fra et kurs blir lettere å ta med videre når man er del av et "
            "fellesskap.</p>",
        ),
        (
            "image",
            {
                "key": "gruppeledelse-laering-i-gruppe",
                "alt": "En sirkel av deltakere med piler som går mellom dem, ikke bare fra kurslederne. Rundt "
                "sirkelen står ordene erfaringsdeling, gjenkjennelse, håp og mestringstro.",
                "caption": "I en gruppe går læringen mellom deltakerne, ikke bare fra kursleder til deltaker.",
                "description": "A simple diagram: eight simple person icons in a circle, two of them marked "
                "'Fagperson' and 'Erfaren bruker'. Curved arrows run between many of the participants, not only "
                "from the leaders. Around the circle four short Norwegian labels: 'Erfaringsdeling', "
                "'Gjenkjennelse', 'Håp', 'Mestringstro'. Calm, friendly colours.",
            },
        ),
        (
            "fact_box",
            {
                "title": "Gruppen er ikke alltid best",
                "text": "<p>Ikke alle trives i grupper, og ikke alle tema passer å ta opp der. Noen trenger "
                "individuell oppfølging i tillegg, for eksempel når det gjelder personlige medisinske "
                "spørsmål eller vanskelige livssituasjoner. En god gruppeleder tilbyr gruppen som en mulighet, "
                "forteller hva som skjer der, og hjelper den som trenger det, videre til riktig instans.</p>",
            },
        ),
    ],
}

LESSON_2 = {
    "slug": "gruppelederens-oppgaver",
    "title": "Gruppelederens oppgaver: struktur, trygghet og spilleregler",
    "summary": "Gruppelederen gir gruppen en tydelig ramme, skaper et trygt klima og avtaler spilleregler som "
    "taushetsplikt i gruppen og frivillighet.",
    "estimated_minutes": 20,
    "completion_rule": "reflection",
    "body": [
        ("heading", "Å lede er å gi gruppen en ramme"),
        (
            "paragraph",
            "<p>Å lede en gruppe betyr ikke at gruppelederen skal snakke mest. Oppgaven er å skape rammer der "
            "deltakerne kan lære av kurslederne og av hverandre. En god gruppeleder har tre oppgaver som går "
            "igjen i hver samling: gi gruppen <b>struktur</b>, skape et <b>trygt klima</b> og passe på at gruppen "
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
            "<li><b>Hold tiden</b>, men vær fleksibel når en samtale er viktig for gruppen. Si det høyt: «Vi "
            "bruker ti minutter ekstra her, og korter ned neste punkt.»</li>"
            "</ul>"
            "<p>Grupper utvikler seg over tid. Psykologen Bruce Tuckman beskrev en vanlig utvikling i faser. "
            "I starten (<i>forming</i>) er deltakerne usikre og ser etter hva som forventes. Så kan det komme "
            "uenighet og utprøving av roller (<i>storming</i>). Deretter finner gruppen felles normer og "
            "arbeidsformer (<i>norming</i>), og først da arbeider den godt sammen mot målene (<i>performing</i>). "
            "Til slutt skal gruppen avsluttes, og det kan komme tristhet over at fellesskapet tar slutt. Grupper "
            "følger ikke alltid fasene slavisk, men rekkefølgen er et nyttig kart. For gruppelederen betyr det å "
            "være tydelig og styrende i begynnelsen, å tåle uenighet uten å se den som et faresignal, å trekke "
            "seg litt tilbake når gruppen bærer seg selv, og å sette av god tid til avslutningen.</p>",
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
        ("heading", "Spilleregler: taushetsplikt i gruppen og frivillighet"),
        (
            "paragraph",
            "<p>De fleste grupper fungerer bedre når de har avtalt noen enkle spilleregler ved første samling, "
            "ofte kalt en <b>gruppeavtale</b>. Lederen kan foreslå punkter og spørre om gruppen vil legge til "
            "noe. Når deltakerne har vært med og laget avtalen, blir den deres egen, og lederen har noe å vise tilbake "
            "til hvis noe skjer. To regler er nesten alltid med:</p>"
            "<ul>"
            "<li><b>Taushetsplikt i gruppen</b>: Det deltakerne forteller om seg selv og andre, blir i gruppen. "
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
                "taushetsplikt etter loven. Taushetsplikten i gruppen er en avtale, og lederen bør si det "
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
                "klokt å holde igjen: Still spørsmålet tilbake til gruppen før du svarer selv, og la den erfarne "
                "brukeren slippe til. Vær samtidig tydelig på grensene for hva gruppen kan hjelpe med. "
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
                "foreslå for gruppen, og hvordan vil du forklare taushetsplikt i gruppen og frivillighet med dine "
                "egne ord?",
            },
        ),
    ],
}

LESSON_3 = {
    "slug": "a-lede-samtaler-i-gruppa",
    "title": "Å lede samtaler i gruppen",
    "summary": "Spørsmål tilbake til gruppen, runder, den som snakker mye og den som er stille, og hva du gjør "
    "når sterke følelser kommer fram.",
    "estimated_minutes": 20,
    "completion_rule": "marked",
    "body": [
        ("heading", "Fra spørsmål og svar til samtale"),
        (
            "paragraph",
            "<p>En vanlig felle for gruppeledere er at samtalen blir en serie av spørsmål fra deltakerne og svar "
            "fra kurslederne. Det kan føles effektivt, men da går gruppen glipp av erfaringene til de andre "
            "deltakerne. Et enkelt grep er å sende spørsmålet <b>tilbake til gruppen</b> før du svarer selv: "
            "«Det er et godt spørsmål. Er det noen av dere som har erfaring med det?» eller «Hvordan har andre "
            "her løst det?» Etterpå kan fagpersonen eller den erfarne brukeren utdype, rette opp misforståelser "
            "og knytte erfaringene til fagkunnskapen.</p>"
            "<p>Åpne spørsmål som begynner med <i>hva</i>, <i>hvordan</i> og <i>fortell</i>, gir mer samtale enn "
            "spørsmål som kan besvares med ja eller nei. Tål også stillheten etter et spørsmål. Det tar tid å "
            "tenke, og mange gruppeledere fyller pausen for tidlig. Tell gjerne stille til ti før du sier noe "
            "mer.</p>",
        ),
        ("heading", "Runder og samtale to og to"),
        (
            "paragraph",
            "<p>I en <b>runde</b> får alle i gruppen ordet etter tur, for eksempel med spørsmålet «Hvordan har "
            "uka vært siden sist?» eller «Hva tar du med deg fra i dag?». Runder sikrer at alle blir hørt, også "
            "de som ikke tar ordet av seg selv, og de gir lederen et bilde av hvordan gruppen har det. Gjør "
            "spørsmålet tydelig og avgrenset, og si gjerne hvor lang tid hver har, for eksempel et par "
            "setninger. Minn om at det er lov å stå over. Det er også lov å komme tilbake til en som sto over, "
            "når runden er ferdig.</p>"
            "<p>Før en samtale i hele gruppen kan det være lurt å la deltakerne snakke <b>to og to</b> i noen "
            "minutter. Det senker terskelen, og flere har noe å si når gruppen samles igjen. Mange erfarer at "
            "deltakere som ellers er stille, deltar mer etter en slik samtale.</p>",
        ),
        ("heading", "Den som snakker mye, og den som er stille"),
        (
            "paragraph",
            "<p>De fleste grupper har noen som tar mye plass og noen som sier lite. Begge deler er vanlig, og "
            "ingen av dem er et problem i seg selv. Men gruppelederen har ansvar for at ordet fordeles, slik at "
            "alle får noe ut av samlingen.</p>"
            "<p><b>Den som snakker mye</b> har ofte et stort behov for å bli hørt, og mye av det som sies kan "
            "være verdifullt. Anerkjenn først, og styr så videre: «Takk, det var mye klokt der. Jeg vil gjerne "
            "høre fra noen flere nå.» Du kan oppsummere kort det personen har sagt, og sende spørsmålet videre "
            "til gruppen. Runder og tidsavgrensning hjelper også. Hvis mønsteret fortsetter, kan en av lederne "
            "ta en vennlig prat med deltakeren i pausen. Mange setter pris på å bli bedt om hjelp til å slippe "
            "andre til.</p>"
            "<p><b>Den som er stille</b> kan være sjenert, sliten, usikker på språket eller rett og slett en som "
            "lærer best ved å lytte. Ikke still den stille til veggs foran alle. Gi heller muligheter: samtale "
            "to og to, runder der det er lov å stå over, og blikkontakt som inviterer uten å kreve. Et spørsmål "
            "i pausen, som «Hvordan opplever du kurset så langt?», kan fortelle deg mye. Husk at stillhet ikke "
            "betyr at deltakeren ikke lærer.</p>",
        ),
        (
            "audio",
            {
                "key": "gruppeledelse-ordet-fordeles",
                "title": "Kursledere i samtale: når ordet skal fordeles",
                "transcript": "Sykepleier: Det jeg har lært, er at jeg ikke må svare på alt selv. Når noen "
                "spør meg om noe, sender jeg det ofte tilbake til gruppen først. Erfaren bruker: Og da skjer det "
                "noe. Deltakerne begynner å snakke med hverandre, ikke bare med oss. Sykepleier: Det vanskeligste "
                "var en deltaker som snakket nesten hele tiden. Erfaren bruker: Ja, og vi avtalte at jeg skulle "
                "ta en prat med ham i pausen. Jeg sa at han hadde mye erfaring, og at jeg trengte hjelp til å få "
                "de andre i gang. Etter det ble han nesten en medleder. Sykepleier: Og så ble det plass til de "
                "stille. Vi begynte med samtaler to og to før hver felles samtale, og det hjalp mye.",
            },
        ),
        ("heading", "Når sterke følelser kommer fram"),
        (
            "paragraph",
            "<p>Å leve med langvarig sykdom, eller å være pårørende, kan gi sorg, sinne, frykt og skam. Når "
            "deltakerne deler erfaringer, kommer følelsene av og til fram, også når lederen ikke venter det. Det "
            "er ikke et tegn på at noe har gått galt. Ofte er det nettopp i slike øyeblikk at gruppen opplever at "
            "de ikke er alene.</p>"
            "<ul>"
            "<li><b>Ta deg tid.</b> Ikke skynd deg videre, og ikke prøv å fikse følelsen. Anerkjenn den: "
            "«Dette er tydelig vondt for deg. Takk for at du deler det.»</li>"
            "<li><b>Gi valg.</b> Spør om deltakeren vil si mer, eller om dere skal gå videre. Tilby en pause om "
            "det trengs.</li>"
            "<li><b>Ta vare på gruppen.</b> Andre kan bli berørt. Det kan være riktig å spørre om flere kjenner "
            "seg igjen, eller å si noe om at slike følelser er vanlige.</li>"
            "<li><b>Følg opp etterpå.</b> Den ene lederen kan gå ut sammen med deltakeren, mens den andre "
            "fortsetter med gruppen. Snakk med deltakeren etter samlingen, og hjelp til å finne videre hjelp hos "
            "fastlegen, behandleren eller andre tjenester hvis det trengs.</li>"
            "</ul>"
            "<p>Sinne mot helsetjenesten er en vanlig reaksjon. Det er lov å lytte uten å forsvare eller "
            "kommentere enkeltsaker. Pek gjerne på hvor deltakeren kan ta opp en konkret sak, for eksempel hos "
            "pasient- og brukerombudet.</p>",
        ),
        (
            "fact_box",
            {
                "title": "Å lede er ikke å behandle",
                "text": "<p>En lærings- og mestringsgruppe er ikke en terapigruppe. Gruppelederen skal ta imot "
                "følelser med respekt, men ikke gå inn i behandling av enkeltpersoner foran gruppen. Avtal på "
                "forhånd hva dere gjør hvis noen blir svært preget, og vit hvor deltakerne kan få hjelp.</p>",
            },
        ),
        (
            "discuss",
            {
                "prompt": "Tenk dere en samling der én deltaker har snakket i nesten hele første del, mens to "
                "andre ikke har sagt noe. Hva gjør dere etter pausen? Øv gjerne på hva dere faktisk vil si.",
            },
        ),
    ],
}

LESSON_4 = {
    "slug": "lede-sammen-og-lede-digitalt",
    "title": "Å lede sammen og å lede digitale grupper",
    "summary": "Fagperson og erfaren bruker som leder sammen: roller, samspill og samtale etter hver samling. Og "
    "hva som skal til for at en digital gruppe fungerer for alle.",
    "estimated_minutes": 25,
    "completion_rule": "quiz",
    "body": [
        ("heading", "To ledere som utfyller hverandre"),
        (
            "paragraph",
            "<p>Etter Standard metode gjennomføres lærings- og mestringstilbud i et likeverdig samarbeid "
            "mellom fagpersoner og erfarne brukere. Det gjelder også ledelsen. I NK LMHs digitale kurs i "
            "helsepedagogikk var en brukerrepresentant <b>medkursleder</b> sammen med fagpersonene, og hver "
            "lokalgruppe hadde sin egen gruppeleder. Evalueringen viste at læringsutbyttet ble best når en "
            "erfaren bruker deltok som medkursleder (NK LMH, evalueringsrapport 2/2021; omtalt i Sykepleien).</p>"
            "<p>To ledere kan se mer enn én. Mens den ene leder samtalen, kan den andre følge med på gruppen: "
            "Hvem har ikke sagt noe? Hvem ser sliten ut? Fagpersonen kan svare på faglige spørsmål og vite hva "
            "helsetjenesten kan tilby. Den erfarne brukeren kan vise hvordan kunnskapen ser ut i et liv med "
            "sykdom, og stille spørsmål som deltakerne kanskje ikke tør å stille selv. Sammen viser de "
            "deltakerne at fagkunnskap og erfaringskunnskap står side om side.</p>",
        ),
        ("heading", "Avtal rollene på forhånd"),
        (
            "paragraph",
            "<p>Samarbeidet blir bedre når dere har snakket sammen før samlingen. Ta gjerne et kort møte der dere "
            "går gjennom programmet og avklarer:</p>"
            "<ul>"
            "<li>Hvem ønsker velkommen, hvem presenterer spillereglene, og hvem leder hver del?</li>"
            "<li>Hvem holder tiden, og hvilket tegn bruker dere hvis det er på tide å gå videre?</li>"
            "<li>Hvem følger med på gruppen mens den andre snakker?</li>"
            "<li>Hva gjør dere hvis noen blir lei seg, eller hvis dere er uenige om noe foran gruppen?</li>"
            "<li>Hva vil den erfarne brukeren dele av egen historie, og hva vil hun eller han ikke snakke "
            "om?</li>"
            "</ul>"
            "<p>Avtal også hvordan dere slipper hverandre inn. «Anne, hvordan var dette for deg?» gjør det lett "
            "for medlederen å bidra, og viser deltakerne at dere leder sammen.</p>",
        ),
        ("heading", "Samtale etter hver samling"),
        (
            "paragraph",
            "<p>Sett av en kvart time etter hver samling til en <b>ettersamtale</b> mellom lederne. "
            "Gå gjennom hva som fungerte, hva dere vil endre neste gang, og om noen deltakere trenger "
            "oppfølging. Snakk også om hvordan dere selv hadde det. Det kan være krevende å høre andres "
            "historier, og særlig for en erfaren bruker kan det vekke egne minner. Ettersamtalen er en del av "
            "arbeidet, ikke noe dere gjør hvis det blir tid.</p>",
        ),
        (
            "experience_story",
            {
                "quote": "Første gang jeg var medleder, kjørte jeg hjem og gråt i bilen. En deltaker hadde "
                "fortalt om den samme redselen jeg selv hadde før operasjonen. Etter det avtalte sykepleieren og "
                "jeg at vi alltid skulle sette oss ned et kvarter etterpå. Nå vet jeg at det er der jeg legger "
                "fra meg det jeg har hørt, og at jeg ikke er alene om det.",
                "teller_role": "Erfaren bruker og medleder på kurs for personer med hjertesykdom",
            },
        ),
        ("heading", "Digitale grupper"),
        (
            "paragraph",
            "<p>Mange lærings- og mestringstilbud holdes nå helt eller delvis på video. Det gjør tilbudet "
            "tilgjengelig for dem som bor langt unna, har lite krefter til å reise eller har nedsatt "
            "immunforsvar. Men gruppeledelse på skjerm krever mer planlegging.</p>"
            "<ul>"
            "<li><b>Kamera</b>: Oppfordre til å ha kameraet på, fordi det gjør det lettere å se hverandre, "
            "men ikke krev det. Noen har dårlig nett, andre dårlige dager. Be alle skrive fornavnet sitt i "
            "visningsnavnet, og se selv inn i kameraet når du snakker.</li>"
            "<li><b>Chat</b>: Chatten er en fin vei inn for dem som ikke liker å ta ordet. La én av lederne "
            "følge med på chatten og lese innleggene høyt, slik at de som bare lytter, eller bruker "
            "skjermleser, også får dem med seg.</li>"
            "<li><b>Grupperom</b> (breakout rooms): Gi en tydelig oppgave og tid før deltakerne sendes ut, og "
            "skriv oppgaven i chatten. Fortell hvordan de får tak i en leder hvis noe er uklart, og gjør små "
            "grupper, gjerne to til fire personer.</li>"
            "<li><b>Runder</b>: Si navnene i rekkefølge, slik at deltakerne vet når det er deres tur. Da "
            "slipper dere at alle snakker i munnen på hverandre eller ingen sier noe.</li>"
            "</ul>"
            "<p>Evalueringen av det digitale kurset i helsepedagogikk viste at læringen var best når deltakerne "
            "var trygge på de digitale verktøyene. Tilby derfor en teknisk prøverunde før første samling, og "
            "send en enkel veiledning. Bruk en videoløsning virksomheten har godkjent, ikke ta opp samlingen "
            "uten at alle har samtykket, og be deltakerne sitte der andre ikke hører samtalen, gjerne med "
            "hodetelefoner. Det er en del av taushetsplikten i gruppen på skjerm.</p>",
        ),
        (
            "fact_box",
            {
                "title": "Universell utforming i digitale grupper",
                "text": "<ul>"
                "<li>Send presentasjoner og materiell på forhånd, i et format som kan leses med "
                "skjermleser.</li>"
                "<li>Bruk stor skrift og god kontrast på lysbildene, og les opp det viktigste som står der.</li>"
                "<li>Slå på teksting hvis løsningen har det, og vit at automatisk teksting kan inneholde "
                "feil. Deltakere med hørselstap kan ha rett til skrivetolk eller tegnspråktolk.</li>"
                "<li>Gi mulighet til å ringe inn på telefon for dem som ikke kan bruke video.</li>"
                "<li>Ta flere og kortere pauser enn i et fysisk møte. Skjermtid er slitsomt.</li>"
                "</ul>",
            },
        ),
        (
            "image",
            {
                "key": "gruppeledelse-digital-gruppe",
                "alt": "Et skjermbilde av et videomøte med seks ruter. To av rutene er merket gruppeleder og "
                "medleder. Ved siden av er det en chat og en knapp for grupperom.",
                "caption": "I en digital gruppe fordeler lederne oppgavene: én leder samtalen, én følger med på "
                "chatten og deltakerne.",
                "description": "A simple illustration of a video meeting screen: a grid of six tiles with "
                "simple person icons. Two tiles are labelled in Norwegian 'Gruppeleder' and 'Medleder'. On the "
                "right a chat panel with two short messages, and at the bottom buttons labelled 'Kamera', "
                "'Chat', 'Grupperom' and 'Teksting'. Flat style, calm colours, high contrast.",
            },
        ),
        (
            "audience_section",
            {
                "audience": "user_representative",
                "title": "Til deg som er medleder",
                "text": "<p>Du er ikke gjest i gruppen, du leder den sammen med fagpersonen. Be om et "
                "planleggingsmøte før samlingene, og si hva du ønsker å ha ansvar for. Mange erfarne brukere "
                "liker å ha ansvar for runder eller for chatten i digitale samlinger, fordi de da naturlig får "
                "kontakt med alle. Husk også at du har rett til en ettersamtale etter hver samling.</p>",
            },
        ),
        (
            "audience_section",
            {
                "audience": "professional",
                "title": "Til deg som er fagperson",
                "text": "<p>Den erfarne brukeren er medleder, ikke et innslag i programmet. Sørg for at "
                "medlederen får programmet, lenker og materiell samtidig med deg, og at vedkommende har "
                "rettigheter i videoløsningen til å åpne grupperom og slippe inn deltakere. Ta ansvar for at "
                "ettersamtalen blir satt av i tiden, og for at medlederen vet hvem hun eller han kan kontakte hvis "
                "noe blir tungt etterpå.</p>",
            },
        ),
        (
            "quiz",
            {"slug": "ovingssporsmal-gruppeledelse", "title": "Øvingsspørsmål: gruppeledelse"},
        ),
    ],
}

LESSON_5 = {
    "slug": "a-snakke-om-sensitive-temaer",
    "title": "Å snakke om sensitive temaer: samliv, seksualitet og skam",
    "summary": "Sykdom påvirker samliv, seksualitet og selvbilde, men temaene blir sjelden tatt opp. PLISSIT-modellen "
    "hjelper gruppelederen å åpne for dem, uten å gå lenger enn rollen tillater.",
    "estimated_minutes": 20,
    "completion_rule": "reflection",
    "body": [
        ("heading", "Det ingen spør om"),
        (
            "paragraph",
            "<p>Langvarig sykdom handler ikke bare om blodverdier og medisiner. Den påvirker parforholdet, lysten, "
            "kroppen man har, og hvordan man ser på seg selv. Mange opplever <b>skam</b>: over en stomi, over "
            "vekt, over at de ikke klarer det de før klarte, eller over en psykisk lidelse. Pårørende kan kjenne "
            "på sinne, sorg eller ensomhet i et forhold som har endret seg. Likevel er dette temaene som oftest "
            "blir hoppet over, både i konsultasjoner og på kurs. Deltakerne venter på at fagpersonen skal ta det "
            "opp, og fagpersonen venter på at deltakerne skal spørre.</p>"
            "<p>Helsepedagogiske kurs i sykehus og kommuner har derfor ofte en egen del om å snakke om "
            "følsomme temaer som følelsesreaksjoner, samliv og mestring. I en gruppe er det ekstra krevende: "
            "Ikke alle vil snakke om det samme, og det som er lett for én, er privat for en annen.</p>",
        ),
        ("heading", "PLISSIT: fire nivåer, og de fleste trenger bare de to første"),
        (
            "paragraph",
            "<p>Psykologen Jack Annon lanserte i 1976 <b>PLISSIT-modellen</b> for samtaler om seksualitet. Den er "
            "i dag mye brukt i helsetjenesten, også for andre sensitive temaer. Modellen har fire nivåer. Hvert "
            "nivå krever mer kompetanse, og færre trenger det:</p>"
            "<ol>"
            "<li><b>P – Permission (tillatelse)</b>: Å vise at temaet er lov. «Mange som lever med "
            "hjertesvikt, merker at det påvirker samlivet. Det er vanlig å lure på om det er trygt.» Det alene "
            "gir mange lettelse.</li>"
            "<li><b>LI – Limited Information (begrenset informasjon)</b>: Kort, saklig kunnskap som retter opp "
            "misforståelser, for eksempel om hvordan en medisin kan påvirke lysten, eller hvor man kan få "
            "hjelpemidler.</li>"
            "<li><b>SS – Specific Suggestions (spesifikke råd)</b>: Råd tilpasset den enkelte. Det hører "
            "hjemme i en samtale med behandleren, ikke i gruppen.</li>"
            "<li><b>IT – Intensive Therapy (behandling)</b>: Henvisning til sexolog, psykolog eller "
            "parterapeut.</li>"
            "</ol>"
            "<p>I et lærings- og mestringstilbud arbeider vi nesten alltid på de to første nivåene. Det viktigste "
            "er å gi tillatelse, og å vite hvor deltakerne kan få hjelp videre.</p>",
        ),
        ("heading", "Slik kan du åpne for temaet i en gruppe"),
        (
            "paragraph",
            "<ul>"
            "<li><b>Sett det på programmet.</b> Et punkt som heter «Samliv, nærhet og følelser» gir tillatelse "
            "før kurset har begynt. Deltakerne vet at det kommer, og kan velge hvor mye de vil si.</li>"
            "<li><b>Snakk om «mange», ikke om «du».</b> «Mange forteller at …» åpner uten å tvinge noen til å "
            "dele.</li>"
            "<li><b>La deltakerne velge formen.</b> Anonyme spørsmål på lapp eller i chatten gjør det lettere å "
            "spørre om det som er flaut.</li>"
            "<li><b>Bruk den erfarne brukeren.</b> En medkursleder som sier «Det tok meg to år å snakke med "
            "kona mi om dette» gir mer tillatelse enn noen fagtekst. Avtal på forhånd hva hun eller han vil "
            "dele.</li>"
            "<li><b>Ha en plan for det som blir for mye.</b> Avtal i lederparet hvem som snakker med en deltaker "
            "som blir berørt, og ha en liste over hvor man kan få hjelp: fastlege, sexolog, familievernkontor, "
            "brukerorganisasjonen.</li>"
            "</ul>",
        ),
        (
            "experience_story",
            {
                "quote": "På tredje kursdag tok sykepleieren opp samliv, helt rolig, som et vanlig tema. Jeg "
                "hadde gått i et år og trodd det bare var meg. Jeg sa ingenting i gruppen, men i pausen spurte "
                "jeg henne om det jeg lurte på. Det hadde jeg aldri gjort hvis hun ikke hadde begynt.",
                "teller_role": "Erfaren bruker, kurs for personer med tarmkreft",
            },
        ),
        (
            "audience_section",
            {
                "audience": "user_representative",
                "title": "Til deg som er brukerrepresentant",
                "text": "<p>Du bestemmer selv hva du deler. Det er helt i orden å si at samliv har vært et tema "
                "for deg, uten å fortelle mer. Din oppgave er å vise at temaet er lov, ikke å bære det alene. "
                "Spør deltakere som tar kontakt, om de vil at du formidler kontakt med fagpersonen.</p>",
            },
        ),
        (
            "reflection",
            {
                "key": "gruppeledelse-sensitive-temaer-1",
                "prompt": "Tenk på et tilbud du kjenner eller skal lage. Hvilket sensitivt tema blir ikke tatt opp "
                "i dag? Skriv én setning du kunne brukt for å gi deltakerne tillatelse til å snakke om det, og "
                "hvor du ville henvist den som trenger mer enn gruppen kan gi.",
            },
        ),
        (
            "sources",
            {
                "heading": "Les mer om sensitive temaer",
                "sources": sources("annon_plissit", "handbok"),
            },
        ),
    ],
}

MODULE = {
    "slug": "gruppeledelse",
    "title": "Gruppeledelse",
    "intro": "<p>De fleste lærings- og mestringstilbud er gruppebaserte, og mye av læringen skjer mellom "
    "deltakerne. I denne modulen lærer du hvorfor grupper er en god læringsarena, med erfaringsdeling, "
    "likepersonsstøtte og mestring gjennom andre. Du ser hva gruppelederen gjør for å gi gruppen struktur, et "
    "trygt klima og gode spilleregler, og du øver på å lede samtaler: spørsmål tilbake til gruppen, runder, den "
    "som snakker mye og den som er stille, og sterke følelser. Til slutt ser vi på hvordan fagperson og erfaren "
    "bruker leder sammen, og hva som skal til for at en digital gruppe fungerer for alle. Den siste leksjonen "
    "handler om å snakke om sensitive temaer som samliv, seksualitet og skam. Modulen passer både "
    "for fagpersoner og erfarne brukere som skal lede grupper.</p>",
    "outcomes": [
        "Du kan forklare hvorfor erfaringsdeling og likepersonsstøtte i grupper fremmer læring og mestring.",
        "Du kan gi en gruppe struktur, et trygt klima og spilleregler som taushetsplikt i gruppen og frivillighet.",
        "Du kan lede samtaler i gruppen slik at alle slipper til, og ta imot sterke følelser med respekt.",
        "Du kan planlegge ledelsen sammen med en medleder, med avklarte roller og en ettersamtale etter hver samling.",
        "Du kan lede en digital gruppe med kamera, chat og grupperom, og legge til rette for universell utforming.",
        "Du kan åpne for samtaler om sensitive temaer med PLISSIT-modellens to første nivåer, og vite hvor du "
        "henviser videre.",
    ],
    "estimated_minutes": 100,
    "audience": "all",
    "sources": sources("handbok", "vifladt_hopen", "tuckman", "annon_plissit", "sykepleien_digitalt_kurs", "nklmh_evaluering_2021", "selvhjelp_norge"),
    "lessons": [LESSON_1, LESSON_2, LESSON_3, LESSON_4, LESSON_5],
}
