"""Demo content for module 3: relational competence and communication in patient education."""

from demo.content.sources import sources

LESSON_1 = {
    "slug": "relasjonen-som-grunnlag-for-laering",
    "title": "Relasjonen som grunnlag for læring",
    "summary": "Hvorfor relasjonen mellom kursledere og deltakere betyr så mye for læring og mestring, og hva "
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
            "<p>Når den som skal mestre, alltid står i sentrum i opplæringen, slik lærings- og mestringsarbeidet "
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
            "hverandre, eller sitter deltakerne på rad og ser på en skjerm? Presenterer kurslederne seg med "
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
                "audience": "all",
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
            "erfaringer en kilde til læring, og ikke bare kursledernes kunnskap.</p>"
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

LESSON_3 = {
    "slug": "motiverende-samtale-og-hva-er-viktig-for-deg",
    "title": "Motiverende samtale og «Hva er viktig for deg?»",
    "summary": "Grunnleggende ferdigheter fra motiverende samtale: åpne spørsmål, bekreftelser, refleksjoner og "
    "oppsummeringer, og hvorfor spørsmålet «Hva er viktig for deg?» kan endre en hel samtale.",
    "estimated_minutes": 25,
    "completion_rule": "marked",
    "body": [
        ("heading", "Hva er motiverende samtale?"),
        (
            "paragraph",
            "<p><b>Motiverende intervju (MI)</b>, også kalt <b>motiverende samtale</b> (på engelsk <i>motivational "
            "interviewing</i>), er en samtalemetode som ble utviklet av psykologene William R. Miller og Stephen "
            "Rollnick. Vi bruker ordet motiverende samtale i resten av kurset. Metoden er "
            "laget for samtaler om endring, og den bygger på en enkel erfaring: Mennesker blir mer motivert av "
            "sine egne grunner enn av andres argumenter. Når noen er i tvil, og fagpersonen argumenterer for "
            "endring, ender personen ofte med å forsvare den andre siden av tvilen. Motiverende samtale snur "
            "dette. Målet er å hjelpe personen til selv å sette ord på hva hun eller han vil, hvorfor, og "
            "hvordan.</p>"
            "<p>Metoden er mye brukt i helsetjenesten, blant annet i samtaler om levevaner, medisinbruk og rus. "
            "Full kompetanse i motiverende samtale krever opplæring og veiledet trening over tid. Men de "
            "grunnleggende ferdighetene er nyttige for alle som underviser i lærings- og mestringstilbud, også i "
            "gruppe, og de henger tett sammen med den aktive lyttingen du øvde på i forrige leksjon.</p>",
        ),
        ("heading", "Holdningen kommer først"),
        (
            "paragraph",
            "<p>Motiverende samtale er ikke først og fremst en teknikk, men en måte å være sammen med andre på. "
            "I den fjerde utgaven av Miller og Rollnicks bok (2023) beskrives denne grunnholdningen, «ånden» i "
            "MI, med fire stikkord:</p>"
            "<ul>"
            "<li><b>Partnerskap</b>: Du og deltakeren er likeverdige partnere. Du har fagkunnskap, deltakeren er "
            "ekspert på sitt eget liv.</li>"
            "<li><b>Aksept</b>: Du respekterer personens rett til å velge selv, og ser etter styrker og "
            "ressurser.</li>"
            "<li><b>Medfølelse</b>: Du har den andres beste for øye, ikke ditt eget behov for å lykkes.</li>"
            "<li><b>Myndiggjøring</b> (<i>empowerment</i>): Du hjelper personen å se og bruke sine egne "
            "styrker, ønsker og grunner, i stedet for å legge dine inn.</li>"
            "</ul>"
            "<p>Mange norske kilder bruker fortsatt stikkordene fra tredje utgave (2013): samarbeid, aksept, "
            "medfølelse og fremkalling. Innholdet er nært beslektet; den nye utgaven legger mer vekt på at "
            "personen selv har ressursene som trengs.</p>"
            "<p>Et viktig poeng er å kjenne igjen <b>korrigeringsrefleksen</b> (på engelsk <i>the righting reflex</i>): trangen til å rette "
            "opp, forklare og gi råd så snart vi ser at noe kunne vært gjort annerledes. Refleksen kommer av at "
            "vi vil hjelpe, men den fører ofte til motstand. Prøv heller å be om lov før du gir informasjon, og "
            "spør hva den andre tenker om informasjonen etterpå. Mange kaller dette <i>utforske, informere, "
            "utforske</i>: «Hva vet du allerede om dette?» «Er det greit at jeg forteller litt om hva andre har "
            "erfart?» «Hva tenker du om det?»</p>",
        ),
        ("heading", "Fire kjerneferdigheter"),
        (
            "paragraph",
            "<p>De grunnleggende ferdighetene i motiverende samtale kan huskes som fire ting du gjør mens du "
            "lytter:</p>"
            "<ol>"
            "<li><b>Åpne spørsmål</b> inviterer deltakeren til å utforske og fortelle: «Hva ville vært "
            "annerledes hvis du fikk sove bedre?»</li>"
            "<li><b>Bekreftelser</b> løfter fram styrker, innsats og gode intensjoner: «Du har virkelig stått "
            "på for å få til dette, selv i en tung periode.» En bekreftelse er konkret og ekte, og den handler om "
            "personen, ikke om at du er fornøyd.</li>"
            "<li><b>Refleksjoner</b> er utsagn, ikke spørsmål, der du speiler det du har hørt. En enkel "
            "refleksjon gjentar med andre ord: «Kveldene er verst.» En mer utdypende refleksjon gjetter på "
            "meningen bak: «Du vil gjerne være aktiv, samtidig som du er redd for å bli for sliten.» "
            "Refleksjoner viser at du har lyttet, og gir personen mulighet til å høre sine egne tanker "
            "igjen.</li>"
            "<li><b>Oppsummeringer</b> samler flere ting personen har sagt, særlig grunnene til endring, og "
            "avsluttes gjerne med et spørsmål: «Så langt har du fortalt at ... Har jeg fått med meg det "
            "viktigste?» Oppsummeringer er også nyttige i en gruppe, for å knytte sammen det flere deltakere "
            "har sagt.</li>"
            "</ol>"
            "<p>En god tommelfingerregel er å gi flere refleksjoner enn du stiller spørsmål. Da blir samtalen "
            "mindre som et intervju og mer som en samtale der den andre får tenke høyt.</p>",
        ),
        (
            "audio",
            {
                "key": "relasjon-motiverende-samtale-eksempel",
                "title": "Lydklipp: Et kort samtaleeksempel",
                "transcript": "Kursleder: Du sa i runden at du har tenkt en del på trening. Hva tenker du om "
                "det nå? Deltaker: Jeg vet jo at jeg burde, legen har sagt det mange ganger. Men jeg blir så "
                "andpusten, og da blir jeg redd. Kursleder: Du vet at det er bra for deg, og samtidig er det "
                "skremmende å bli andpusten. Deltaker: Ja, nettopp. Jeg vet ikke hva som er farlig og hva som "
                "er normalt. Kursleder: Det er et viktig spørsmål, og du er ikke den eneste som lurer på det. "
                "Er det greit at fysioterapeuten tar det opp etter pausen? Deltaker: Ja, gjerne. Kursleder: "
                "Hvis du skulle klart mer aktivitet, hva ville det betydd for deg? Deltaker: Da kunne jeg gått "
                "til hytta igjen. Det er det jeg savner mest. Kursleder: Så hytta er en viktig grunn for deg. "
                "Du vil gjerne komme deg dit, og du trenger å vite hva kroppen tåler.",
            },
        ),
        ("heading", "«Hva er viktig for deg?»"),
        (
            "paragraph",
            "<p>I helsetjenesten har vi tradisjonelt spurt «Hva er i veien med deg?». Spørsmålet er viktig, men "
            "det handler om sykdommen. Spørsmålet <b>«Hva er viktig for deg?»</b> handler om personen og livet "
            "hans eller hennes. Spørsmålet har fått stor oppmerksomhet internasjonalt og i Norge, der mange "
            "sykehus, kommuner og lærings- og mestringstjenester har tatt det i bruk, og der det hvert år "
            "markeres en egen «Hva er viktig for deg?»-dag.</p>"
            "<p>Svarene er ofte overraskende konkrete: å klare å hente barnebarna i barnehagen, å kunne synge i "
            "koret igjen, å slippe å være redd om natta, å få være hjemme. Når vi vet hva som betyr noe for "
            "deltakerne, kan vi knytte kunnskapen til det. Informasjon om inhalasjonsteknikk blir mer "
            "interessant når den handler om å orke turen til hytta.</p>"
            "<p>På et kurs kan spørsmålet brukes i åpningsrunden, for eksempel «Hva er viktig for deg å få ut "
            "av disse dagene?», eller som en skriveoppgave der hver deltaker skriver ned ett mål for seg selv. "
            "Arbeidsgruppen kan gå tilbake til svarene underveis og spørre om kurset treffer. Men spørsmålet "
            "forplikter: Hvis vi spør, må vi også bruke svarene, og ikke bare fortsette med programmet som "
            "før.</p>",
        ),
        (
            "experience_story",
            {
                "quote": "Da sønnen min ble syk, møtte vi mange flinke folk som snakket om medisiner og "
                "diagnoser. Ingen spurte hva vi var mest redde for. Første dag på pårørendekurset spurte "
                "brukerrepresentanten hva som var viktig for oss. Jeg svarte at jeg ville ha tilbake litt av "
                "hverdagen vår, at middagen kunne handle om noe annet enn sykdom. Det var første gang jeg sa det "
                "høyt, og resten av kurset kjentes det som om det ble snakket til meg.",
                "teller_role": "Pårørende, kurs for pårørende innen psykisk helse",
            },
        ),
        (
            "audience_section",
            {
                "audience": "professional",
                "title": "Når tiden er knapp",
                "text": "<p>Mange fagpersoner tenker at det tar for lang tid å spørre åpent og lytte. Men en "
                "samtale som treffer det personen er opptatt av, blir ofte kortere enn en samtale der du gir "
                "informasjon som ikke blir tatt imot. Du trenger ikke gjennomføre en hel motiverende samtale for "
                "å ha nytte av ferdighetene. Ett åpent spørsmål, én refleksjon og en kort oppsummering kan endre "
                "retningen i løpet av få minutter. Har du ikke fått opplæring i motiverende samtale, kan det "
                "være verdt å spørre lærings- og mestringstjenesten eller arbeidsgiveren om kurs.</p>",
            },
        ),
        (
            "discuss",
            {
                "prompt": "Hvordan kan dere bruke spørsmålet «Hva er viktig for deg?» på et kurs dere kjenner, "
                "og hva gjør dere med svarene? Diskuter også: Når kan spørsmålet oppleves som for privat, og "
                "hvordan kan dere gjøre det trygt å svare?",
            },
        ),
    ],
}

LESSON_4 = {
    "slug": "sprak-kultur-og-likeverdig-samspill",
    "title": "Språk, kultur og likeverdig samspill foran gruppen",
    "summary": "Hvordan du kommuniserer med deltakere som har et annet språk eller en annen kulturell bakgrunn, "
    "hvordan du bruker tolk, og hvordan fagperson og brukerrepresentant kan stå fram som likeverdige.",
    "estimated_minutes": 25,
    "completion_rule": "quiz",
    "body": [
        ("heading", "Når vi ikke har samme språk"),
        (
            "paragraph",
            "<p>Alle har rett til informasjon de kan forstå. Pasient- og brukerrettighetsloven sier at "
            "informasjonen skal være tilpasset mottakerens individuelle forutsetninger, blant annet kultur- og "
            "språkbakgrunn. For mange som har norsk som andrespråk, er helsespråket ekstra krevende. Man kan "
            "klare seg godt i hverdagen og på jobb, men likevel ikke forstå ord som <i>blodtrykksregulerende</i> "
            "eller <i>langtidsblodsukker</i>, og det er lett å nikke for ikke å virke uhøflig eller dum.</p>"
            "<p>Noen grep gjør kommunikasjonen bedre for alle deltakere, ikke bare for dem med et annet "
            "morsmål:</p>"
            "<ul>"
            "<li>Snakk i korte setninger, og ta én ting om gangen.</li>"
            "<li>Bruk vanlige ord, og forklar fagord når du må bruke dem.</li>"
            "<li>Unngå uttrykk og ordspill som er vanskelige å oversette, som «å ta det på strak arm».</li>"
            "<li>Bruk bilder, gjenstander og praktiske demonstrasjoner, for eksempel en ekte tallerken når dere "
            "snakker om mat.</li>"
            "<li>Sjekk forståelsen ved å be deltakerne forklare med egne ord, ikke ved å spørre «Forstår "
            "du?».</li>"
            "</ul>",
        ),
        ("heading", "Bruk kvalifisert tolk"),
        (
            "paragraph",
            "<p>Når du og deltakeren ikke kan kommunisere godt nok på et felles språk, skal det brukes tolk. "
            "Tolkeloven, som trådte i kraft i 2022, pålegger offentlige organer å bruke kvalifisert tolk når det "
            "er nødvendig for å gi forsvarlig hjelp og tjeneste. Loven forbyr også å bruke barn under 18 år som "
            "tolk, med snevre unntak, først og fremst i nødsituasjoner. Heller ikke andre familiemedlemmer "
            "eller venner er en god løsning: De har sjelden tolkefaglig kompetanse, de kan ha egne meninger "
            "om det som blir sagt, og deltakeren kan la være å ta opp ting som er private. Kvalifiserte tolker "
            "finner du i Nasjonalt tolkeregister. En tolk har taushetsplikt, skal være upartisk og skal "
            "tolke alt som blir sagt.</p>"
            "<p>På et gruppebasert kurs krever tolking god planlegging. Tolken kan sitte ved siden av deltakeren "
            "og hviske, eller tolke etter hver setning i plenum. Begge deler tar tid, så programmet må ha rom for "
            "det. Gi tolken program og stoff på forhånd, slik at fagord og navn på medisiner ikke kommer som en "
            "overraskelse. Snakk direkte til deltakeren, ikke til tolken: Si «Hvordan har du det med maten?» og "
            "ikke «Kan du spørre henne hvordan hun har det med maten?». Noen lærings- og mestringstjenester har "
            "også laget egne kurs for språkgrupper, der kursledere eller likepersoner snakker deltakernes "
            "språk.</p>",
        ),
        (
            "video",
            {
                "key": "relasjon-tolk-i-gruppen",
                "title": "Fem råd når du bruker tolk på kurs",
                "transcript": "Skal du ha en deltaker med tolk på kurset, begynner arbeidet før kursdagen. Bestill "
                "en kvalifisert tolk i god tid, og send program og stoff på forhånd. Ta en kort prat med tolken "
                "før dere starter, om hvordan dere vil gjøre det praktisk. Snakk direkte til deltakeren og bruk "
                "korte setninger, slik at tolken får tolket alt. Og sett av ekstra tid i programmet. Til slutt: "
                "Bruk aldri barn som tolk.",
                "captions": [
                    ("00:00:00.000", "00:00:04.000", "Skal du ha en deltaker med tolk på kurset,"),
                    ("00:00:04.000", "00:00:07.000", "begynner arbeidet før kursdagen."),
                    ("00:00:07.000", "00:00:11.000", "Bestill en kvalifisert tolk i god tid,"),
                    ("00:00:11.000", "00:00:14.000", "og send program og stoff på forhånd."),
                    ("00:00:14.000", "00:00:18.000", "Ta en kort prat med tolken før dere starter,"),
                    ("00:00:18.000", "00:00:21.000", "om hvordan dere vil gjøre det praktisk."),
                    ("00:00:21.000", "00:00:25.000", "Snakk direkte til deltakeren og bruk korte setninger,"),
                    ("00:00:25.000", "00:00:28.000", "slik at tolken får tolket alt."),
                    ("00:00:28.000", "00:00:31.000", "Og sett av ekstra tid i programmet."),
                    ("00:00:31.000", "00:00:35.000", "Til slutt: Bruk aldri barn som tolk."),
                ],
                "chapters": [
                    ("00:00", "Arbeidet begynner før kursdagen"),
                    ("00:14", "En kort prat med tolken"),
                    ("00:21", "Snakk direkte til deltakeren"),
                    ("00:28", "Ekstra tid, og aldri barn som tolk"),
                ],
            },
        ),
        ("heading", "Kultur: spør i stedet for å anta"),
        (
            "paragraph",
            "<p>Kultur handler om mye mer enn hvilket land man kommer fra. Alder, religion, yrke, landsdel og "
            "familieforhold påvirker hvordan vi forstår sykdom, hva vi tenker om behandling, og hvem vi "
            "rådfører oss med. Kunnskap om kulturelle mønstre kan være nyttig, men den kan også bli til "
            "stereotypier. Det tryggeste er å være nysgjerrig på den enkelte: «Hva tenker du selv er årsaken "
            "til plagene?» «Hvem i familien er viktig for deg når du skal ta beslutninger om helsen?»</p>"
            "<p>Et eksempel: På et diabeteskurs kan faste være et viktig tema for noen deltakere, for eksempel "
            "under ramadan. I stedet for å anta hvem som faster og hvordan, kan kurslederne spørre åpent om "
            "det er perioder med faste eller spesielle måltider som er viktige for deltakerne, og oppmuntre "
            "dem til å planlegge medisinbruken sammen med sin egen behandler.</p>",
        ),
        ("heading", "Fagperson og brukerrepresentant foran gruppen"),
        (
            "paragraph",
            "<p>Når en fagperson og en brukerrepresentant underviser sammen, lærer deltakerne ikke bare av det "
            "som blir sagt, men også av det de ser. Møter kurslederne hverandre med respekt og nysgjerrighet, "
            "viser de samtidig hvordan et likeverdig samarbeid i helsetjenesten kan se ut. Ser deltakerne "
            "derimot at brukerrepresentanten bare slipper til med en historie før fagpersonen tar over med «det "
            "egentlige» innholdet, forsterkes et hierarki mellom fagkunnskap og erfaringskunnskap. Evalueringen "
            "av NK LMHs digitale kurs i helsepedagogikk viste at læringsutbyttet ble best når en erfaren bruker "
            "deltok som <b>medkursleder</b>, altså var med og ledet hele kurset (omtalt i Sykepleien, se «Les "
            "mer» nederst i modulen).</p>"
            "<p>Likeverd foran en gruppe skapes av mange små valg:</p>"
            "<ul>"
            "<li><b>Presentasjonen</b>: Begge presenteres med navn og med hva de bidrar med. Bruk fornavn på "
            "begge, eller fullt navn på begge.</li>"
            "<li><b>Plassen</b>: Begge er med hele dagen, sitter eller står sammen og ser deltakerne.</li>"
            "<li><b>Ordet</b>: Inviter hverandre inn: «Per, hvordan var det for deg de første månedene?» "
            "«Kari, hva sier forskningen om dette?» Send spørsmål videre til den som har den kunnskapen som "
            "trengs.</li>"
            "<li><b>Uenighet</b>: Avtal på forhånd hvordan dere håndterer det hvis den ene sier noe den andre "
            "vil nyansere. «Jeg vil gjerne legge til noe» er bedre enn å rette den andre foran gruppen.</li>"
            "<li><b>Etterarbeidet</b>: Snakk sammen etter hver kursdag om hva som fungerte, og hvordan dere "
            "hadde det i samarbeidet.</li>"
            "</ul>",
        ),
        (
            "image",
            {
                "key": "relasjon-likeverdig-foran-gruppen",
                "alt": "En fagperson og en brukerrepresentant sitter ved siden av hverandre i en halvsirkel sammen "
                "med deltakerne. Snakkebobler fra begge peker mot gruppen.",
                "caption": "Likeverd viser seg i plassering, presentasjon og i hvordan ordet fordeles.",
                "description": "A simple illustration: a semicircle of chairs with eight participants. At the open "
                "end two course leaders sit side by side at the same height, labelled in Norwegian 'Fagperson' "
                "and 'Brukerrepresentant'. Speech bubbles from both point towards the group. Soft, friendly "
                "colours, no faces in detail.",
            },
        ),
        (
            "audience_section",
            {
                "audience": "professional",
                "title": "Til deg som er fagperson",
                "text": "<p>Du har ofte mest makt i rommet, selv om du ikke ønsker det: deltakerne er vant til å "
                "vende seg til helsepersonell for å få svar. Bruk den makten til å gi plass. Vis til "
                "brukerrepresentanten når spørsmålet handler om hvordan det er å leve med sykdommen, og vær "
                "nysgjerrig på det hun eller han forteller. Unngå å oppsummere eller «oversette» det "
                "brukerrepresentanten har sagt, som om det ikke var tydelig nok.</p>",
            },
        ),
        (
            "audience_section",
            {
                "audience": "user_representative",
                "title": "Til deg som er brukerrepresentant",
                "text": "<p>Du er ikke med for å pynte på programmet. Din erfaringskunnskap er en del av "
                "innholdet, og du kan bidra i samtaler, gruppearbeid og oppsummeringer gjennom hele dagen, ikke "
                "bare i ditt eget innlegg. Det er lov å si til fagpersonen hva du trenger for å kjenne deg trygg, "
                "for eksempel hvordan dere skal fordele spørsmål fra deltakerne. Og det er lov å si «det vet jeg "
                "ikke, men det kan vi spørre om» når noen spør om medisinske forhold.</p>",
            },
        ),
        (
            "discuss",
            {
                "prompt": "Tenk på en kursdag dere har hatt eller skal ha sammen. Hva kan dere avtale på "
                "forhånd for at begge skal oppleve seg likeverdige foran gruppen, og hva gjør dere hvis en "
                "deltaker bare henvender seg til fagpersonen?",
            },
        ),
        (
            "fact_box",
            {
                "title": "Huskeliste før kurset",
                "text": "<ul><li>Trenger noen deltakere tolk? Er tolken bestilt, og har tolken fått "
                "programmet?</li><li>Er stoffet skrevet i et enkelt språk, med bilder der det passer?</li>"
                "<li>Har fagperson og brukerrepresentant avtalt presentasjon, rollefordeling og hvordan dere "
                "håndterer spørsmål og uenighet?</li><li>Er det satt av tid til en samtale etter kursdagen?"
                "</li></ul>",
            },
        ),
        (
            "quiz",
            {
                "slug": "ovingssporsmal-relasjonskompetanse",
                "title": "Øvingsspørsmål: relasjonskompetanse og kommunikasjon",
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
        "Du kan bruke åpne spørsmål, bekreftelser, refleksjoner og oppsummeringer fra motiverende samtale, og "
        "spørre deltakerne hva som er viktig for dem.",
        "Du kan tilrettelegge kommunikasjonen for deltakere med et annet språk eller en annen kulturell "
        "bakgrunn, og planlegge bruk av kvalifisert tolk.",
        "Du kan samarbeide med en fagperson eller brukerrepresentant slik at dere står fram som likeverdige "
        "foran gruppen.",
    ],
    "estimated_minutes": 90,
    "audience": "all",
    "sources": sources("handbok", "miller_rollnick_2023", "eide_eide", "sykepleien_digitalt_kurs", "nklmh_evaluering_2021"),
    "lessons": [LESSON_1, LESSON_2, LESSON_3, LESSON_4],
}
