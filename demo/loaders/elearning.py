"""The site's own demo pages: the home page, the privacy statement and the
accessibility statement, and the site settings that link them. Idempotent:
pages are published again only when they changed."""

import datetime

from django.conf import settings
from wagtail.models import Locale, Page, Site

from accounts.models import User
from accounts.selectors import user_data_export
from demo import pages
from demo.content import privacy as privacy_content
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
}

DEMO_USER = "deltaker@demo.helsepedagogikk.no"
ACCESSIBILITY_REVIEWED = datetime.date(2026, 12, 3)

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
            "<li>Videoer har teksting, og lyd har transkripsjon. Videoer viser et stillbilde før de spilles, og "
            "kapitlene er lenker du kan hoppe til med tastaturet.</li>"
            "<li>Bilder har alternativ tekst.</li>"
            "<li>Kursbevis, deltakerbevis og undervisningsplaner i PDF er merket for skjermlesere (PDF/UA), "
            "med overskrifter, dokumentspråk og tittel.</li>"
            "<li>Alle sidetyper fungerer ned til 320 piksler bredde uten sideveis rulling; brede tabeller "
            "rulles i sin egen ramme.</li>"
            "<li>Når en handling oppdaterer bare en del av siden (for eksempel «Merk som fullført»), flyttes "
            "fokus til den nye delen, og endringen leses opp av skjermlesere.</li>"
            "<li>Tidsgrenser kan justeres: kursarrangøren kan gi deg mer tid eller ingen tidsgrense på en test, "
            "og et kurs kan slå av tidsgrensene. Nedtellingen leses opp uten å flytte fokus.</li>"
            "<li>En side som ikke er oversatt til nynorsk eller engelsk, vises på bokmål og er merket med "
            "bokmål som språk, så skjermlesere leser den med riktig stemme.</li></ul>",
        ),
        ("heading", "Status: delvis i samsvar med kravene"),
        (
            "paragraph",
            "<p>Nettstedet oppfyller de fleste kravene, men ikke alle. Dette er det vi vet om, med "
            "suksesskriteriet i WCAG 2.1 og grunnen:</p>"
            "<ul>"
            "<li><b>Direktesendte lunsjwebinarer har ikke direkteteksting</b> (1.2.4 Teksting, direkte). "
            "Opptaket får teksting og transkripsjon etterpå.</li>"
            "<li><b>Videoer har ikke synstolking</b> (1.2.5 Synstolking). Det som vises, er beskrevet i "
            "transkripsjonen.</li>"
            "<li><b>Digitale tavler og avstemningsverktøy</b> fra andre leverandører, som vi tester i "
            "temasamlingene, er ikke alltid tilgjengelige (flere kriterier, blant annet 2.1.1 Tastatur og "
            "4.1.2 Navn, rolle, verdi). Vi gir alltid en annen måte å bidra på, for eksempel chatten.</li>"
            "<li><b>Eldre opplastede dokumenter (PDF)</b> er ikke alltid tilgjengelige (flere kriterier). Si "
            "fra, så lager vi en tilgjengelig versjon.</li>"
            "</ul>",
        ),
        ("heading", "Slik har vi kontrollert"),
        (
            "paragraph",
            "<p>Erklæringen ble sist kontrollert 3. desember 2026. Hver sidetype testes automatisk, innlogget "
            "og uten å være logget inn: med axe, og for sideveis rulling ved 320 piksler bredde. En automatisk "
            "test går gjennom et kurs bare med tastaturet, fra innlogging til levert test, og kontrollerer at "
            "fokus aldri forsvinner. I tillegg har vi testet manuelt med tastatur og skjermleser. Erklæringen "
            "publiseres også i uustatus.no, slik forskriften krever.</p>",
        ),
        ("heading", "Gi oss tilbakemelding, eller klag"),
        (
            "paragraph",
            "<p>Møter du hindringer, vil vi gjerne høre om det. Skriv til oss, så svarer vi innen to uker.</p>"
            "<p>Er du ikke fornøyd med svaret, kan du klage til <b>Diskrimineringsnemnda</b> "
            "(diskrimineringsnemnda.no). Tilsynet for universell utforming av IKT (uutilsynet.no) fører tilsyn "
            "med at kravene følges, og tar imot meldinger om feil, men behandler ikke klager på enkeltsaker.</p>",
        ),
    ],
}


def export_categories(user) -> list[tuple[str, str]]:
    """("section.key", description) for every category in the "Mine data"
    export, in its order; a category without a description says so."""
    export = user_data_export(user=user)
    keys = []
    for section, value in export.items():
        if isinstance(value, dict):  # a section with several kinds of data
            keys.extend(f"{section}.{key}" for key in value)
        elif isinstance(value, list):  # a section that is one list
            keys.append(section)
    return [(key, privacy_content.EXPORT_CATEGORIES.get(key, f"(ikke beskrevet ennå: {key})")) for key in keys]


def privacy_spec() -> dict:
    """The privacy statement, its lists built from the export and the retention settings."""
    user = User.objects.filter(email=DEMO_USER).first() or User.objects.order_by("pk").first()
    body = privacy_content.body(
        categories=export_categories(user) if user else [],
        guest_days=settings.THEME_SESSIONS["GUEST_RETENTION_DAYS"],
        unverified_days=settings.ACCOUNT_UNVERIFIED_RETENTION_DAYS,
        min_group_size=settings.REPORTS_MIN_GROUP_SIZE,
    )
    return {**PRIVACY, "body": body}


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

    privacy = _upsert_child(home, StandardPage, privacy_spec(), last_reviewed=privacy_content.REVIEWED)
    accessibility = _upsert_child(home, StandardPage, ACCESSIBILITY, last_reviewed=ACCESSIBILITY_REVIEWED)
    site = Site.objects.get(root_page=home)
    settings = SiteSettings.for_site(site)
    settings.privacy_page = privacy
    settings.accessibility_page = accessibility
    settings.contact_email = "post@helsepedagogikk.no"
    settings.save()
    return home
