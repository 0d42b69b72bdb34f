"""Demo content for module 3: relational competence and communication in patient education."""

LESSON_1 = {
    "slug": "relasjonen-som-grunnlag-for-laering",
    "title": "Relasjonen som grunnlag for læring",
    "summary": "Hvorfor relasjonen mellom kursholdere og deltakere betyr så mye for læring og mestring, og hva "
    "anerkjennelse, empati og likeverd betyr i praksis.",
    "estimated_minutes": 20,
    "completion_rule": "opened",
    "body": [
        ("heading", "Hva er relasjonskompetanse?"),
        (
            "paragraph",
            "<p>De fleste av oss husker en lærer, en lege eller en sykepleier som fikk oss til å føle oss sett. "
            "Vi husker kanskje ikke alt de sa, men vi husker hvordan de møtte oss. Det er ikke tilfeldig. Læring "
            "skjer lettere når vi føler oss trygge, og tryggheten skapes i relasjonen mellom mennesker.</p>"
            "<p><b>Relasjonskompetanse</b> er evnen til å forstå og samhandle med andre mennesker på en måte som "
            "fremmer deres læring, utvikling og mestring. Det handler om mer enn å være hyggelig. Det handler om "
            "å kunne lytte, forstå hva den andre er opptatt av, tåle følelser og uenighet, og samtidig holde "
            "fast ved formålet med samtalen eller kurset. Relasjonskompetanse kan læres og øves, på samme måte "
            "som andre ferdigheter. Den bygger på holdninger, men den viser seg i konkrete handlinger: hvordan "
            "vi tar imot folk i døra, hvilke spørsmål vi stiller, og hva vi gjør når noen blir lei seg.</p>",
        ),
        ("heading", "Hvorfor er relasjonen så viktig i pasient- og pårørendeopplæring?"),
        (
            "paragraph",
            "<p>Deltakerne på et lærings- og mestringstilbud kommer sjelden som blanke ark. Mange har levd lenge "
            "med sykdom, og har hatt mange møter med helsetjenesten. Noen av møtene var gode, andre var preget av "
            "dårlig tid, uforståelig språk eller en følelse av ikke å bli tatt på alvor. Noen har nettopp fått en "
            "diagnose og er preget av sjokk, sorg eller uro. Pårørende kan være slitne og bekymret. Alt dette tar "
            "de med seg inn i kursrommet.</p>"
            "<p>Når fokuset i opplæringen alltid er på den som skal mestre, slik lærings- og mestringsarbeidet "
            "bygger på, blir dialogen og relasjonen selve arbeidsredskapet. En deltaker som er redd for å si noe "
            "dumt, stiller ikke spørsmålet som kanskje er det aller viktigste for henne. En pårørende som føler "
            "seg overkjørt, slutter å lytte. Men en deltaker som opplever å bli møtt med respekt og interesse, tør "
            "å dele erfaringer, prøve ut nye ting og si fra når noe ikke passer. Det er da læring blir til "
            "mestring i hverdagen.</p>",
        ),
        ("heading", "Tre grunnsteiner: anerkjennelse, empati og likeverd"),
        (
            "paragraph",
            "<p><b>Anerkjennelse</b> betyr å ta den andres opplevelse på alvor som gyldig for ham eller henne. Å "
            "anerkjenne er ikke det samme som å være enig. Hvis en deltaker sier at medisinene bare gjør ham "
            "verre, kan du anerkjenne at han opplever det slik og er frustrert, uten å gi ham rett i at han bør "
            "slutte med dem. Anerkjennelse består av små ting: å lytte til ferdig, å vise at du har forstått, å "
            "tåle at den andre føler noe annet enn du hadde ventet, og å bekrefte at reaksjonen gir mening.</p>"
            "<p><b>Empati</b> er evnen til å sette seg inn i hvordan en annen person har det, og å vise at man "
            "forsøker å forstå. Empati er ikke det samme som å føle det samme som den andre, eller å overta den "
            "andres bekymringer. Du trenger ikke selv ha hatt diabetes for å forstå at det er slitsomt å tenke på "
            "blodsukkeret hele døgnet. Men du må være nysgjerrig og spørre i stedet for å anta. Empati som ikke "
            "vises, merkes ikke: derfor hører det med å sette ord på det du forstår, for eksempel «Det høres ut "
            "som de første ukene var veldig tunge».</p>"
            "<p><b>Likeverd</b> betyr at alle mennesker har samme verdi, selv om vi har ulik kunnskap, ulike "
            "roller og ulik makt. I helsetjenesten er relasjonen ofte skjev: fagpersonen har fagkunnskap, "
            "tilgang til journaler og makt over tid og ressurser. Likeverd betyr ikke at vi later som om denne "
            "skjevheten ikke finnes. Det betyr at vi tar ansvar for den: at vi møter deltakerne som voksne, "
            "kompetente mennesker med egen kunnskap om sitt liv, og at vi gir deres erfaring samme vekt som "
            "fagkunnskapen. Dette er kjernen i den sidestillingen av brukererfaring og fagkunnskap som Standard "
            "metode bygger på.</p>",
        ),
        (
            "image",
            {
                "key": "relasjon-tre-grunnsteiner",
                "alt": "Tre sirkler merket anerkjennelse, empati og likeverd, som overlapper hverandre. I midten "
                "står ordene trygg relasjon, og en pil går videre til ordene læring og mestring.",
                "caption": "Anerkjennelse, empati og likeverd gir en trygg relasjon, som er grunnlaget for "
                "læring og mestring.",
                "description": "A simple Venn diagram of three overlapping circles labelled in Norwegian "
                "'Anerkjennelse', 'Empati' and 'Likeverd'. In the shared centre the words 'Trygg relasjon'. "
                "An arrow points from the centre to a box labelled 'Læring og mestring'. Warm, calm colours.",
            },
        ),
        (
            "fact_box",
            {
                "title": "Anerkjennelse er ikke det samme som enighet",
                "text": "<p>Du kan anerkjenne en følelse eller en opplevelse uten å være enig i en slutning. "
                "Sammenlign «Du tar feil, medisinen virker» med «Du har kjent deg dårligere den siste tiden, og "
                "lurer på om det er medisinen. Det forstår jeg at du vil ha svar på.» Det første avslutter "
                "samtalen. Det andre åpner for å finne ut av det sammen, for eksempel ved at deltakeren tar det "
                "opp med legen sin.</p>",
            },
        ),
        ("heading", "Relasjonen begynner før kurset starter"),
        (
            "paragraph",
            "<p>Relasjonen bygges i små handlinger, og mange av dem skjer i de første minuttene. Tenk over "
            "hvordan deltakerne blir tatt imot: Står noen i døra og hilser? Er stolene satt slik at alle ser "
            "hverandre, eller sitter deltakerne på rad og ser på en skjerm? Presenterer kursholderne seg med "
            "fornavn, og forteller de hva som skal skje i løpet av dagen? Får deltakerne vite at det er lov å "
            "ta pauser, og at ingen må fortelle mer om seg selv enn de ønsker?</p>"
            "<p>I en gruppe har du en relasjon både til hver enkelt deltaker og til gruppen som helhet. Noen "
            "deltakere tar mye plass, andre sier nesten ingenting. Relasjonskompetanse i gruppe handler også om "
            "å se den som er stille, og om å fordele ordet slik at alle opplever at de hører til.</p>",
        ),
        (
            "experience_story",
            {
                "quote": "Jeg hadde gruet meg i flere uker. Første gang jeg var på sykehuset etter diagnosen, "
                "følte jeg meg som et nummer. Men på kurset sto sykepleieren og brukerrepresentanten i døra og "
                "tok imot oss, og de visste navnet mitt. Da vi skulle presentere oss, sa de at vi kunne si så "
                "mye eller så lite vi ville. Jeg sa nesten ingenting den første dagen, men jeg kom tilbake, og "
                "det var fordi jeg kjente meg velkommen.",
                "teller_role": "Deltaker på kurs for personer med revmatoid artritt",
            },
        ),
        (
            "audience_section",
            {
                "audience": "both",
                "title": "Relasjonskompetanse er en felles oppgave",
                "text": "<p>Både fagpersonen og brukerrepresentanten bygger relasjoner til deltakerne, men ofte "
                "på litt ulike måter. Deltakerne kan oppleve at brukerrepresentanten forstår dem på en måte ingen "
                "andre gjør, og det kan gjøre det lettere å åpne seg. Fagpersonen kan gi trygghet gjennom "
                "kunnskap og oversikt. Snakk sammen i arbeidsgruppen om hvordan dere vil ta imot deltakerne, "
                "hvem som følger med på hvem, og hva dere gjør hvis noen blir lei seg eller trekker seg "
                "tilbake.</p>",
            },
        ),
    ],
}

LESSON_2 = {
    "slug": "aktiv-lytting-og-apne-sporsmal",
    "title": "Aktiv lytting og åpne spørsmål",
    "summary": "Hvordan du lytter slik at den andre merker det, og hvordan åpne spørsmål gir deltakerne plass "
    "til å fortelle om det som er viktig for dem.",
    "estimated_minutes": 20,
    "completion_rule": "reflection",
    "body": [
        ("heading", "Å lytte er mer enn å tie"),
        (
            "paragraph",
            "<p>Mange av oss lytter mens vi forbereder hva vi selv skal si. Særlig fagpersoner, som er vant til "
            "å løse problemer, begynner ofte å lete etter svaret før den andre er ferdig med å snakke. "
            "<b>Aktiv lytting</b> betyr å rette hele oppmerksomheten mot den som snakker, med mål om å forstå, "
            "og å vise at du gjør det. Det er en ferdighet som består av flere deler:</p>"
            "<ul>"
            "<li><b>Oppmerksomhet</b>: Se på den som snakker, vend kroppen mot personen, legg fra deg papirer "
            "og telefon. I en digital samling betyr det å se inn i kamera og ikke gjøre andre ting samtidig.</li>"
            "<li><b>Små oppmuntringer</b>: nikk, «mm», «ja» og «fortell mer» viser at du er med, uten å ta "
            "over ordet.</li>"
            "<li><b>Pauser</b>: Tål stillhet. En pause på noen sekunder gir den andre tid til å tenke, og ofte "
            "kommer det viktigste etter pausen.</li>"
            "<li><b>Gjenfortelling</b>: Si med egne ord det du har hørt, for eksempel «Så det du sier, er at "
            "kveldene er verst?» Da kan den andre bekrefte eller rette opp.</li>"
            "<li><b>Lytte etter følelser</b>: Legg merke til det som ligger bak ordene, som uro, sinne eller "
            "lettelse, og sett gjerne forsiktig ord på det.</li>"
            "</ul>"
            "<p>Aktiv lytting handler ikke om teknikk for teknikkens skyld. Hvis du nikker og sier «mm» uten "
            "egentlig å være interessert, merker deltakerne det. Teknikkene er til hjelp når holdningen er der: et "
            "ekte ønske om å forstå hvordan den andre har det.</p>",
        ),
        ("heading", "Åpne og lukkede spørsmål"),
        (
            "paragraph",
            "<p>Et <b>lukket spørsmål</b> kan besvares med ja, nei eller et kort faktasvar: «Har du tatt "
            "medisinene i dag?» «Hvor mange ganger i uka går du tur?» Lukkede spørsmål er nyttige når du trenger "
            "en konkret opplysning, men de styrer samtalen dit du vil, og gir lite rom for det deltakeren selv er "
            "opptatt av.</p>"
            "<p>Et <b>åpent spørsmål</b> inviterer den andre til å fortelle med egne ord. Åpne spørsmål begynner "
            "ofte med <i>hva</i>, <i>hvordan</i> eller <i>fortell</i>:</p>"
            "<ul>"
            "<li>I stedet for «Har du tatt medisinene?»: «Hvordan går det å få medisinene inn i hverdagen?»</li>"
            "<li>I stedet for «Er du redd for å trene?»: «Hva tenker du når du hører ordet trening?»</li>"
            "<li>I stedet for «Var kurset nyttig?»: «Hva tar du med deg hjem fra i dag?»</li>"
            "</ul>"
            "<p>Vær forsiktig med <i>hvorfor</i>-spørsmål. «Hvorfor har du ikke målt blodsukkeret?» kan lett "
            "oppleves som en anklage, og personen begynner å forsvare seg. «Hva gjør det vanskelig å få til "
            "målingene?» spør om det samme, men inviterer til å utforske i stedet for å forklare seg. Unngå også "
            "ledende spørsmål som «Du har vel snakket med fastlegen om dette?», der svaret er gitt på forhånd.</p>",
        ),
        ("heading", "Lytting og spørsmål i en gruppe"),
        (
            "paragraph",
            "<p>På et lærings- og mestringskurs stiller du ofte spørsmål til en hel gruppe. Da er det enda "
            "viktigere at spørsmålene er åpne og ufarlige å svare på. «Hva har vært mest krevende den første "
            "tiden etter diagnosen?» fungerer bedre enn «Hvem har hatt problemer med å akseptere diagnosen?», "
            "som krever at noen rekker opp hånda og utleverer seg. Du kan også sende spørsmålet tilbake til "
            "gruppen: «Er det flere som kjenner seg igjen i det? Hva har dere gjort?» Slik blir deltakernes "
            "erfaringer en kilde til læring, og ikke bare kursholdernes kunnskap.</p>"
            "<p>Bruk gjerne runder der alle får si noe kort, og si tydelig at det er lov å stå over. Samtale to og "
            "to før en felles runde gjør det lettere for de som ikke liker å snakke i store grupper.</p>",
        ),
        (
            "fact_box",
            {
                "title": "Sjekk at du har forklart godt nok",
                "text": "<p>Spørsmålet «Forstår du?» blir nesten alltid besvart med ja, også når det ikke "
                "stemmer. Be heller deltakerne fortelle med egne ord hva de har fått med seg, og legg ansvaret "
                "hos deg selv: «Vi har gått gjennom mye nå. For at jeg skal vite om jeg har forklart godt nok, "
                "kan du fortelle hvordan du vil gjøre det når du kommer hjem?» Denne metoden kalles ofte "
                "<i>teach-back</i>, og den er et enkelt verktøy for å styrke helsekompetansen.</p>",
            },
        ),
        (
            "audience_section",
            {
                "audience": "user_representative",
                "title": "Når deltakerne forteller deg sin historie",
                "text": "<p>Som brukerrepresentant opplever du ofte at deltakerne kommer bort til deg i pausen og "
                "forteller om sin egen situasjon. Det er et tegn på tillit. Her er aktiv lytting til stor hjelp: "
                "Du trenger ikke ha svar på alt, og du trenger ikke sammenligne med din egen historie. Ofte er det "
                "nok å lytte, vise at du forstår, og spørre «Hva tenker du selv om det?» Hvis spørsmålet handler "
                "om medisinsk behandling, kan du oppmuntre deltakeren til å ta det opp med fagpersonen på kurset "
                "eller med egen behandler.</p>",
            },
        ),
        (
            "reflection",
            {
                "key": "relasjon-apne-sporsmal-1",
                "prompt": "Tenk på en samtale eller en kursdag der du stilte mange lukkede spørsmål. Skriv ned "
                "tre av spørsmålene, og skriv dem om til åpne spørsmål. Hva tror du deltakerne ville fortalt deg "
                "da?",
            },
        ),
    ],
}

MODULE = {
    "slug": "relasjonskompetanse-og-kommunikasjon",
    "title": "Relasjonskompetanse og kommunikasjon",
    "intro": "<p>Læring og mestring skjer i møtet mellom mennesker. I denne modulen ser vi på hvordan "
    "<b>relasjonskompetanse</b> og god kommunikasjon gjør det tryggere for deltakerne å lære, dele og prøve "
    "ut nye ting. Du lærer om anerkjennelse, empati og likeverd, øver på aktiv lytting og åpne spørsmål, og "
    "blir kjent med grunnleggende ferdigheter fra motiverende samtale. Vi ser også på spørsmålet «Hva er "
    "viktig for deg?», på kommunikasjon med deltakere som har et annet språk eller en annen kulturell "
    "bakgrunn, og på hvordan fagperson og brukerrepresentant kan samarbeide som likeverdige foran en gruppe. "
    "Modulen passer både for fagpersoner og erfarne brukere.</p>",
    "outcomes": [
        "Du kan forklare hva relasjonskompetanse er, og hvorfor anerkjennelse, empati og likeverd er viktig "
        "i pasient- og pårørendeopplæring.",
        "Du kan bruke aktiv lytting og åpne spørsmål i samtaler og i grupper.",
    ],
    "estimated_minutes": 40,
    "audience": "all",
    "lessons": [LESSON_1, LESSON_2],
}
