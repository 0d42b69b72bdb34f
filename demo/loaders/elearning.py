"""The site's own demo pages: the home page, the privacy statement and the
accessibility statement, and the site settings that link them. Idempotent:
pages are published again only when they changed."""

import datetime

from wagtail.models import Locale, Page, Site

from demo import pages
from elearning.models import HomePage, SiteSettings, StandardPage

HOME = {
    "title": "Helsepedagogikk",
    "slug": "home",
    "intro": (
        "Opplæring i helsepedagogikk for fagpersoner og brukerrepresentanter som planlegger, "
        "gjennomfører og evaluerer lærings- og mestringstilbud sammen."
    ),
    "body": [
        ("heading", "Lær sammen – som likeverdige"),
        (
            "paragraph",
            "<p>I lærings- og mestringstilbud står erfaringskunnskap og fagkunnskap side om side. "
            "Her finner du et nettkurs i helsepedagogikk med moduler, refleksjonsoppgaver og kunnskapstest, "
            "digitale temasamlinger og lunsjwebinarer du kan melde deg på, og en podkast med transkripsjoner.</p>"
            "<p>Er du brukerrepresentant? Da har vi en egen vei for deg som forbereder deg på å undervise "
            "sammen med en fagperson, med hjelp til å bygge brukerinnlegget ditt.</p>",
        ),
    ],
}

PRIVACY = {
    "title": "Personvernerklæring",
    "slug": "personvern",
    "intro": "Slik behandler vi personopplysningene dine når du bruker Helsepedagogikk.",
    "body": [
        ("heading", "Hvem er behandlingsansvarlig?"),
        (
            "paragraph",
            "<p>Nasjonal kompetansetjeneste for læring og mestring innen helse (NK LMH) er "
            "behandlingsansvarlig for opplysningene på denne nettsiden.</p>",
        ),
        ("heading", "Hvilke opplysninger lagrer vi?"),
        (
            "paragraph",
            "<ul><li>Kontoopplysninger: navn, e-postadresse og et kryptert passord.</li>"
            "<li>Profil: om du deltar som fagperson, brukerrepresentant, pårørende eller annet, "
            "og frivillig yrke og arbeidssted.</li>"
            "<li>Læringsdata: hvilke kurs du er påmeldt, fremdrift, svar på refleksjonsoppgaver, "
            "svar på øvingsspørsmål og kunnskapstester, og kursbevis.</li>"
            "<li>Påmeldinger til temasamlinger, og utkast og planer du skriver i samarbeidsverktøyene.</li></ul>"
            "<p>Refleksjonssvar og brukerinnlegg kan inneholde opplysninger om helse. De er private: "
            "bare du ser dem, med mindre du selv velger å dele dem med en bestemt medunderviser.</p>",
        ),
        ("heading", "Hvorfor, og med hvilket grunnlag?"),
        (
            "paragraph",
            "<p>Vi behandler opplysningene for å gi deg opplæringen du har meldt deg på, dokumentere "
            "at du har fullført (kursbevis) og forbedre tilbudet gjennom anonym statistikk. "
            "Grunnlaget er avtalen du inngår når du oppretter konto (personvernforordningen artikkel 6 nr. 1 b), "
            "og for helseopplysninger du selv skriver inn, ditt uttrykkelige samtykke (artikkel 9 nr. 2 a).</p>",
        ),
        ("heading", "Informasjonskapsler"),
        (
            "paragraph",
            "<p>Vi bruker bare nødvendige informasjonskapsler: innlogging, språkvalg og beskyttelse mot "
            "falske skjemaer. Vi bruker ingen analyse- eller sporingskapsler. Innebygde videoer fra andre "
            "nettsteder lastes først når du har sagt ja til det.</p>",
        ),
        ("heading", "Dine rettigheter"),
        (
            "paragraph",
            "<p>Under «Mine data» kan du se og rette profilen din, laste ned alle opplysningene vi har om deg "
            "som en fil, og slette kontoen. Når du sletter kontoen, fjernes alle personopplysninger. Vi beholder "
            "bare anonyme tall, for eksempel hvor mange som har fullført en modul. Du kan også klage til "
            "Datatilsynet.</p>",
        ),
        ("heading", "Hvor lenge lagrer vi?"),
        (
            "paragraph",
            "<p>Så lenge du har en konto. Gjester som melder seg på en temasamling uten konto, slettes et fast "
            "antall dager etter samlingen.</p>",
        ),
    ],
}

ACCESSIBILITY = {
    "title": "Tilgjengelighetserklæring",
    "slug": "tilgjengelighet",
    "intro": "Helsepedagogikk skal kunne brukes av alle, også med skjermleser, tastatur eller forstørrelse.",
    "body": [
        ("heading", "Krav vi følger"),
        (
            "paragraph",
            "<p>Nettstedet er laget for å oppfylle forskrift om universell utforming av IKT-løsninger, "
            "som viser til WCAG 2.1 på nivå A og AA. Vi bygger på Designsystemet fra Digitaliseringsdirektoratet "
            "og tester hver sidetype automatisk med verktøyet axe.</p>",
        ),
        ("heading", "Hva vi har gjort"),
        (
            "paragraph",
            "<ul><li>Alle sider kan brukes med tastatur, og fokus er alltid synlig.</li>"
            "<li>En lenke øverst lar deg hoppe rett til hovedinnholdet.</li>"
            "<li>Videoer har teksting, og lyd har transkripsjon.</li>"
            "<li>Bilder har alternativ tekst.</li>"
            "<li>Sidene fungerer ned til 320 piksler bredde og med 200 % tekststørrelse.</li>"
            "<li>Nedtellingen i tidsbegrensede tester leses opp av skjermlesere uten å flytte fokus.</li></ul>",
        ),
        ("heading", "Kjente mangler"),
        (
            "paragraph",
            "<p>Eldre opplastede dokumenter (PDF) er ikke alltid tilgjengelige. Si fra, så lager vi en "
            "tilgjengelig versjon.</p>",
        ),
        ("heading", "Gi oss tilbakemelding"),
        (
            "paragraph",
            "<p>Møter du hindringer, vil vi gjerne høre om det. Skriv til oss, så svarer vi innen to uker. "
            "Du kan også melde fra til Tilsynet for universell utforming av IKT (uutilsynet.no).</p>",
        ),
    ],
}


def _stream(blocks):
    return [(kind, value) for kind, value in blocks]


def _upsert_child(parent, model, spec, **extra):
    page = model.objects.child_of(parent).filter(slug=spec["slug"]).first()
    fields = {"title": spec["title"], "intro": spec["intro"], "body": _stream(spec["body"]), **extra}
    if page is None:
        page = model(slug=spec["slug"], **fields)
        parent.add_child(instance=page)
        before = None
    else:
        before = pages.content(page)
        for key, value in fields.items():
            setattr(page, key, value)
    return pages.publish_if_changed(page, before)


def load(*, stdout=None) -> HomePage:
    locale = Locale.get_default()
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        # Replace Wagtail's "Welcome" page with our home page.
        welcome = Page.objects.filter(depth=2, slug="home").exclude(content_type__model="homepage").first()
        if welcome is not None:
            welcome.slug = "wagtail-welcome"
            welcome.save()
        home = HomePage(title=HOME["title"], slug=HOME["slug"], intro=HOME["intro"], body=_stream(HOME["body"]))
        root.add_child(instance=home)
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True, site_name="Helsepedagogikk")
        site.root_page = home
        site.site_name = "Helsepedagogikk"
        site.save()
        if welcome is not None:
            welcome.delete()
    else:
        before = pages.content(home)
        home.intro = HOME["intro"]
        home.body = _stream(HOME["body"])
        pages.publish_if_changed(home, before)

    today = datetime.date.today()
    privacy = _upsert_child(home, StandardPage, PRIVACY, last_reviewed=today)
    accessibility = _upsert_child(home, StandardPage, ACCESSIBILITY, last_reviewed=today)
    site = Site.objects.get(root_page=home)
    settings = SiteSettings.for_site(site)
    settings.privacy_page = privacy
    settings.accessibility_page = accessibility
    settings.contact_email = "post@helsepedagogikk.no"
    settings.save()
    return home
