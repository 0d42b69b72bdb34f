"""The privacy statement (personvernerklæring), written to GDPR art. 13.

Two of its lists are built from the code when the demo is loaded, so that the
statement cannot drift from what the platform does (demo/loaders/elearning.py):

- what we store: every category in the "Mine data" export
  (accounts.selectors.user_data_export), each described by EXPORT_CATEGORIES;
  tests/demo/test_elearning.py fails when the export gains a category that
  has no description here;
- how long we keep it: the retention settings (THEME_SESSIONS
  GUEST_RETENTION_DAYS, ACCOUNT_UNVERIFIED_RETENTION_DAYS);
- the smallest group statistics show (REPORTS_MIN_GROUP_SIZE).

The review date is fixed (REVIEWED): it changes when someone reviews the text.
"""

import datetime

REVIEWED = datetime.date(2026, 12, 3)

# "section.key" in the export (or "section" when the section is one list) → what it is, in plain bokmål.
EXPORT_CATEGORIES = {
    "account.email": "e-postadressen du logger inn med",
    "account.first_name": "fornavn",
    "account.last_name": "etternavn",
    "account.date_joined": "når du opprettet kontoen",
    "account.last_login": "når du sist logget inn",
    "account.profile": "profilen: om du deltar som fagperson, brukerrepresentant, pårørende eller annet, "
    "språkvalg, og frivillig yrke, organisasjon (arbeidssted eller forening) og kommune",
    "account.email_addresses": "e-postadressene på kontoen og om de er bekreftet",
    "account.external_logins": "innlogging via ID-porten, HelseID eller Feide: hvilken tjeneste og "
    "identifikatoren tjenesten gir oss",
    "account.two_factor_methods": "hvilke metoder for totrinnsinnlogging du har satt opp",
    "online_course.enrolments": "kursene du er påmeldt, når, om du har fullført, og kullet (gruppen) du er i",
    "online_course.completed_lessons": "leksjonene du har fullført, og når",
    "online_course.reflection_answers": "svarene dine på refleksjonsoppgaver",
    "online_course.certificates": "kursbevisene dine",
    "quizzes.attempts": "svarene dine på øvingsspørsmål og kunnskapstester, med resultat",
    "theme_sessions.registrations": "påmeldinger til temasamlinger og lunsjwebinarer, oppmøte (registrert "
    "av oss eller hentet fra møteverktøyets deltakerliste) og evalueringene du har levert",
    "coteaching.teams": "arbeidsgruppene (teamene) du er med i, og rollen din der",
    "coteaching.plan_text_you_saved": "teksten du har skrevet i undervisningsplaner",
    "coteaching.comments": "kommentarene du har skrevet til planer",
    "coteaching.invitations_you_sent": "invitasjonene du har sendt til andre",
    "story_talks.stories": "utkastene dine til brukerinnlegg, hvem du har delt dem med, og kommentarer til dem",
    "story_talks.shared_with_me": "brukerinnlegg andre har delt med deg",
    "story_talks.comments_on_others_stories": "kommentarene du har skrevet til andres brukerinnlegg",
    "assignments.submissions": "praksisoppgavene du har levert mellom kursdagene, med filer, tekst og "
    "tilbakemeldingen du har fått",
    "assignments.comments": "kommentarene du har skrevet til praksisoppgaver",
    "assignments.feedback_you_gave": "hvor mange tilbakemeldinger du har gitt på andres praksisoppgaver",
    "cohorts.participations": "hvilke kull og lokale grupper du er med i, og når du meldte deg på",
    "cohorts.attendance": "oppmøtet ditt på kursdagene (registrert av kursleder eller hentet fra møteverktøyets "
    "deltakerliste)",
    "cohorts.course_leader_in": "kullene du er kursleder eller medkursleder i",
    "cohorts.group_messages_you_sent": "meldingene du har sendt til en lokal gruppe",
    "audit_log.actions_you_took": "loggen over eksporter og rapporter om enkeltpersoner du har åpnet som ansatt "
    "eller kursleder, med filtrene du brukte",
    "audit_log.views_of_your_data": "når en ansatt eller kursleder har sett på eller eksportert opplysninger om deg",
    "exports.jobs": "eksportene du har startet som ansatt: hva, med hvilke filtre og når (ikke filene)",
    "evaluations": "svarene dine på kursevalueringer, etter en kursdag, ved slutten av kurset og ved "
    "oppfølgingen etterpå",
}


def _days(days: int) -> str:
    return f"{days} dager" if days != 1 else "én dag"


def body(
    *, categories: list[tuple[str, str]], guest_days: int, unverified_days: int, min_group_size: int
) -> list[tuple[str, str]]:
    """The statement's blocks. ``categories`` are (key, description) pairs
    from the export, in its order."""
    stored = "".join(f"<li>{description}</li>" for _key, description in categories)
    return [
        ("heading", "Hvem er behandlingsansvarlig?"),
        (
            "paragraph",
            "<p><b>Oslo universitetssykehus HF</b> er behandlingsansvarlig for personopplysningene på "
            "Helsepedagogikk. Nasjonal kompetansetjeneste for læring og mestring innen helse (NK LMH) er en del "
            "av Oslo universitetssykehus, driver nettstedet og svarer på spørsmål om det.</p>"
            "<p>Postadresse: Oslo universitetssykehus HF, Postboks 4950 Nydalen, 0424 Oslo. Spørsmål om "
            "nettstedet kan du sende til e-postadressen nederst på siden.</p>"
            "<p><b>Personvernombudet</b> ved Oslo universitetssykehus hjelper deg hvis du har spørsmål om "
            "hvordan opplysningene dine behandles, eller vil bruke rettighetene dine. Kontaktinformasjon finner "
            "du på oslo-universitetssykehus.no.</p>",
        ),
        ("heading", "Hvilke opplysninger lagrer vi?"),
        (
            "paragraph",
            "<p>Dette er alt vi lagrer om deg på kontoen din. Listen er den samme som innholdet i filen du "
            "kan laste ned under «Mine data»:</p>"
            f"<ul>{stored}</ul>"
            "<p>I tillegg:</p>"
            "<ul>"
            "<li><b>Passord</b>: Vi lagrer aldri passordet ditt, bare et hash av det (en enveis "
            "omregning), slik at ingen, heller ikke vi, kan lese det.</li>"
            "<li><b>Gjester</b> som melder seg på en temasamling uten konto: navn, e-postadresse og "
            "arbeidssted.</li>"
            "<li><b>Opptak og chat</b>: Temasamlinger tas opp i plenum, og opptaket publiseres med teksting og "
            "transkripsjon. Navnet og bildet ditt kan komme med hvis du har kameraet på eller sier noe. "
            "Grupperom og chat tas ikke opp.</li>"
            "<li><b>Serverlogger</b>: IP-adresse, tidspunkt, adressen du ba om og nettleseren din, for drift "
            "og sikkerhet.</li>"
            "</ul>",
        ),
        ("heading", "Opplysninger som kan si noe om helsen din"),
        (
            "paragraph",
            "<p>Refleksjonssvar og utkast til brukerinnlegg kan inneholde opplysninger om helse. Også at du "
            "deltar som <b>brukerrepresentant</b> eller <b>pårørende</b>, kan i seg selv si noe om helsen din "
            "eller familien din. Slike opplysninger er særlige kategorier etter personvernforordningen "
            "artikkel 9. De er private: bare du ser dem, med mindre du selv deler et utkast med en bestemt "
            "medunderviser.</p>",
        ),
        ("heading", "Hvem ser hva?"),
        (
            "paragraph",
            "<ul>"
            "<li>Er du med i et <b>kull</b> med en gruppeleder, ser gruppelederen hvilke leksjoner du har "
            "fullført. Gruppelederen ser aldri refleksjonssvarene dine.</li>"
            "<li>I en <b>arbeidsgruppe</b> ser medlemmene planen dere skriver sammen, og kommentarene.</li>"
            "<li>Ansatte i NK LMH som administrerer kurs og samlinger, ser påmeldinger, oppmøte og "
            "statistikk. Statistikk over øvingsspørsmål og evalueringer viser aldri navn.</li>"
            "</ul>",
        ),
        ("heading", "Hvorfor, og med hvilket grunnlag?"),
        (
            "paragraph",
            "<ul>"
            "<li><b>Å gi deg opplæringen</b> du har meldt deg på, dokumentere at du har fullført (kursbevis og "
            "deltakerbevis) og sende deg e-post om den: Dette er en oppgave i allmennhetens interesse, som del "
            "av NK LMHs oppdrag som nasjonal kompetansetjeneste i spesialisthelsetjenesten "
            "(personvernforordningen artikkel 6 nr. 1 bokstav e).</li>"
            "<li><b>Helseopplysninger du selv skriver inn</b>, og rollen din som brukerrepresentant eller "
            "pårørende: ditt uttrykkelige samtykke (artikkel 9 nr. 2 bokstav a). Du kan trekke samtykket når "
            "som helst ved å slette teksten, endre rollen i profilen eller slette kontoen. Det du har gjort "
            "før du trakk samtykket, er fortsatt lovlig.</li>"
            "<li><b>Anonym statistikk</b> for å forbedre tilbudet, for eksempel hvor mange som fullfører en "
            "modul: artikkel 6 nr. 1 bokstav e, med de garantiene artikkel 89 krever. Statistikken inneholder "
            "ingen opplysninger som kan knyttes til deg.</li>"
            "<li><b>Yrke, organisasjon og kommune</b> er frivillige. Vi spør om dem bare for å se hvem kursene "
            "når, for eksempel hvor mange som fullfører fra hver kommune, og vi bruker dem ikke til noe annet. "
            f"Rapportene viser dem bare for grupper på minst {min_group_size} personer. Ansatte med tilgang til "
            "eksport kan ta dem med i et uttrekk til statistikk; der står du med et nummer, ikke med navn eller "
            "e-postadresse. Du kan endre eller fjerne dem under «Mine data» når du vil.</li>"
            "<li><b>Drift og sikkerhet</b> (serverlogger): artikkel 6 nr. 1 bokstav e, og plikten til å sikre "
            "opplysningene (artikkel 32).</li>"
            "<li><b>Opptak av temasamlinger</b>: artikkel 6 nr. 1 bokstav e. Innlederne samtykker til opptaket. "
            "Vil du ikke være med på opptaket, kan du ha kameraet av og skrive i chatten.</li>"
            "</ul>",
        ),
        ("heading", "Hvem får opplysningene?"),
        (
            "paragraph",
            "<p>Vi selger aldri opplysninger og deler dem ikke med andre enn disse, som behandler dem på våre "
            "vegne etter en databehandleravtale:</p>"
            "<ul>"
            "<li>driftsleverandøren som huser nettstedet og databasen;</li>"
            "<li>e-posttjenesten som sender bekreftelser, påminnelser og kursbevis;</li>"
            "<li>leverandøren av videomøteverktøyet, når du deltar i en temasamling eller et webinar. Lenken "
            "til leverandørens personvernerklæring står i invitasjonen.</li>"
            "</ul>"
            "<p>Nettstedet og databasen driftes innenfor EØS, og vi overfører ikke personopplysninger fra "
            "nettstedet til land utenfor EØS.</p>",
        ),
        ("heading", "Informasjonskapsler"),
        (
            "paragraph",
            "<p>Vi bruker bare nødvendige informasjonskapsler: innlogging, språkvalg og beskyttelse mot "
            "falske skjemaer. Vi bruker ingen analyse- eller sporingskapsler. Innebygde videoer fra andre "
            "nettsteder lastes først når du har sagt ja til det.</p>",
        ),
        ("heading", "Hvor lenge lagrer vi?"),
        (
            "paragraph",
            "<ul>"
            "<li><b>Kontoen og alt som hører til den</b> (listen over): til du sletter kontoen.</li>"
            "<li><b>Kontoer der e-postadressen aldri ble bekreftet</b>: slettes etter "
            f"{_days(unverified_days)}.</li>"
            f"<li><b>Gjester uten konto</b>: navn, e-post og arbeidssted slettes {_days(guest_days)} etter "
            "samlingen. Oppmøtet telles videre uten navn.</li>"
            "<li><b>Kursbevis</b>: slettes sammen med kontoen, og da slutter også lenken for å kontrollere "
            "kursbeviset å virke. Last ned kursbeviset først hvis du trenger det.</li>"
            "<li><b>Opptak</b>: så lenge de er nyttige som læringsressurs. Innledere kan be om at et opptak "
            "fjernes.</li>"
            "<li><b>Serverlogger</b>: slettes etter 30 dager.</li>"
            "<li><b>Anonym statistikk</b>: inneholder ingen personopplysninger og lagres uten tidsfrist.</li>"
            "</ul>",
        ),
        ("heading", "Dine rettigheter"),
        (
            "paragraph",
            "<p>Du har rett til å</p>"
            "<ul>"
            "<li>få <b>innsyn</b> i opplysningene: Last ned alt under «Mine data»;</li>"
            "<li>få opplysningene <b>rettet</b>: Endre profilen din selv, eller skriv til oss;</li>"
            "<li>få opplysningene <b>slettet</b>: Slett kontoen under «Mine data». Vi beholder bare anonyme "
            "tall, for eksempel hvor mange som har fullført en modul;</li>"
            "<li>kreve at behandlingen <b>begrenses</b> mens vi vurderer en innsigelse eller en retting;</li>"
            "<li><b>protestere</b> mot behandling vi gjør i allmennhetens interesse (artikkel 21);</li>"
            "<li>få opplysningene dine <b>utlevert</b> i en maskinlesbar fil (dataportabilitet): filen under "
            "«Mine data»;</li>"
            "<li><b>trekke samtykket</b> til behandling av helseopplysninger, se over;</li>"
            "<li><b>klage</b> til Datatilsynet (datatilsynet.no).</li>"
            "</ul>"
            "<p>Vil du bruke rettighetene dine, kan du skrive til oss eller til personvernombudet. Vi svarer "
            "innen en måned.</p>",
        ),
    ]
