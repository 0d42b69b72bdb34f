"""The demo cohorts of the course (issue 13), dated from today so they always
fall right: the living cohort ("Kull høsten 2026" or whichever season it
started in) with the demo learner between day 2 and day 3, and the next
season's cohort open for enrolment. Five course days on weekdays over about
eight weeks, never on a Norwegian public holiday (the holidays package).
Idempotent: a second run moves the dates to today and duplicates nothing."""

from __future__ import annotations

import datetime

import holidays
from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone

from accounts.models import Profile, Role, User
from cohorts.models import (
    Attendance,
    Cohort,
    CohortLeader,
    CourseDay,
    CourseDayPart,
    DayFormat,
    LocalGroup,
    Participant,
    ParticipantStatus,
    PreWork,
)
from demo.loaders import modules as course_demo
from modules import services as course_services
from modules.models import CourseFormat, CoursePage, EnrolmentSource, ModulePage

COURSE_LEADER = course_demo.GROUP_LEADER  # Anne Lie: kursleder and leader of the first local group
CO_LEADER = "gjennomgang@demo.helsepedagogikk.no"  # Aud Helland: brukerrepresentant, medkursleder

# Other participants and the second group's leader: accounts without a password (nobody logs in as them).
EXTRA_PEOPLE = [
    ("jonas.berg@demo.helsepedagogikk.no", "Jonas", "Berg", Role.PROFESSIONAL, "Fysioterapeut", "Friskliv og mestring, Nordfjell kommune"),
    ("ingrid.haugen@demo.helsepedagogikk.no", "Ingrid", "Haugen", Role.PROFESSIONAL, "Ergoterapeut", "Rehabiliteringsavdelingen, Helse Vestfjord HF"),
    ("tor.aasen@demo.helsepedagogikk.no", "Tor", "Aasen", Role.USER_REPRESENTATIVE, "", "Hjerte- og lungesyke, lokallag"),
    ("mari.solberg@demo.helsepedagogikk.no", "Mari", "Solberg", Role.PROFESSIONAL, "Diabetessykepleier", "Medisinsk poliklinikk, Helse Vestfjord HF"),
    ("leila.haddad@demo.helsepedagogikk.no", "Leila", "Haddad", Role.USER_REPRESENTATIVE, "", "Mental Helse, lokallag"),
]  # fmt: skip
SECOND_GROUP_LEADER = "jonas.berg@demo.helsepedagogikk.no"

GROUPS = [
    ("Lokalgruppe Vestfjord", COURSE_LEADER, CO_LEADER),
    ("Lokalgruppe Nordfjell", SECOND_GROUP_LEADER, None),
]
MEMBERS = {
    "Lokalgruppe Vestfjord": [course_demo.LEARNER, course_demo.USER_REPRESENTATIVE, "mari.solberg@demo.helsepedagogikk.no"],
    "Lokalgruppe Nordfjell": ["ingrid.haugen@demo.helsepedagogikk.no", "tor.aasen@demo.helsepedagogikk.no", "leila.haddad@demo.helsepedagogikk.no"],
}  # fmt: skip

ADDRESS = "Lærings- og mestringssenteret, Storgata 12, 8006 Bodø"
DAYS = [
    {
        "title": "Oppstart: helsepedagogikk og brukermedvirkning",
        "format": DayFormat.DIGITAL,
        "parts": [
            ("09:00", "Velkommen, presentasjonsrunde og forventninger", "both"),
            ("10:15", "Hva er helsepedagogikk? Læring og mestring ved langvarig sykdom", "professional"),
            (
                "12:30",
                "Brukermedvirkning i praksis: erfaringer fra et lærings- og mestringstilbud",
                "user_representative",
            ),
            ("14:00", "Første møte i lokalgruppene", "both"),
        ],
        "guidance": (
            "<p>Start med en runde der alle sier hvor de jobber, og hva de håper å få ut av kurset. Fagpersoner og "
            "brukerrepresentanter presenterer seg på samme måte: som likeverdige deltakere.</p>"
            "<ul><li>Avtal faste tidspunkt for lokalgruppen mellom kursdagene.</li>"
            "<li>Gå gjennom praksisoppgave 1 sammen, slik at alle vet hva de skal observere på egen arbeidsplass.</li></ul>"
        ),
    },
    {
        "title": "Helsekompetanse, motivasjon og mestring",
        "format": DayFormat.PHYSICAL,
        "room": "Kursrommet, 2. etasje",
        "parts": [
            ("09:00", "Erfaringsdeling fra praksisoppgave 1", "both"),
            ("10:30", "Helsekompetanse: å finne, forstå, vurdere og bruke informasjon", "professional"),
            ("12:30", "Mestring i hverdagen: et brukerinnlegg", "user_representative"),
            ("14:00", "Gruppearbeid: hva fremmer motivasjon i våre tilbud?", "both"),
        ],
        "guidance": (
            "<p>La hver deltaker fortelle kort om observasjonen fra praksisoppgave 1 før dere diskuterer. "
            "Hold tiden: tre minutter hver, og spør «hva lærte du av dette?» heller enn å vurdere.</p>"
        ),
    },
    {
        "title": "Didaktisk relasjonsmodell: å planlegge et lærings- og mestringstilbud",
        "format": DayFormat.DIGITAL,
        "parts": [
            ("09:00", "Deltakerforutsetninger og rammefaktorer", "professional"),
            ("10:30", "Mål, innhold og arbeidsmåter som henger sammen", "professional"),
            ("12:30", "Hvordan bygger vi brukererfaring inn i planen?", "user_representative"),
            ("14:00", "Parene starter på sluttplanen", "both"),
        ],
        "guidance": (
            "<p>Sett sammen parene til sluttplanen i dag: hver plan skrives av minst én fagperson og én "
            "brukerrepresentant. Hjelp parene med å velge et tilbud de faktisk skal holde.</p>"
        ),
    },
    {
        "title": "Gruppeledelse og erfaringsdeling",
        "format": DayFormat.PHYSICAL,
        "room": "Kursrommet, 2. etasje",
        "parts": [
            ("09:00", "Å lede en gruppe der deltakerne lærer av hverandre", "professional"),
            ("11:00", "Øvelse: vi leder en samtalegruppe etter tur", "both"),
            ("13:30", "Når samtalen blir vanskelig: erfaringer fra brukersiden", "user_representative"),
        ],
        "guidance": (
            "<p>I øvelsen leder hver deltaker gruppen i ti minutter. Gi tilbakemelding etter modellen "
            "«hva fungerte, hva kan du prøve neste gang», og sørg for at alle får prøve.</p>"
        ),
    },
    {
        "title": "Presentasjon av sluttplanene og veien videre",
        "format": DayFormat.PHYSICAL,
        "room": "Store møterom, 1. etasje",
        "parts": [
            ("09:00", "Parene presenterer sluttplanene", "both"),
            ("12:30", "Evaluering og forbedring: syklusen planlegge, gjennomføre, evaluere", "professional"),
            ("14:00", "Avslutning og kursevaluering", "both"),
        ],
        "guidance": (
            "<p>Gi hvert par femten minutter til presentasjon og ti minutter til spørsmål. Be tilhørerne "
            "kommentere hvordan brukererfaringen er bygd inn i planen.</p>"
        ),
    },
]

# Days from the first day (before adjusting to a working day): about eight weeks in all.
OFFSETS = [0, 13, 27, 41, 56]


def _working_day(day: datetime.date, *, forward: bool = True) -> datetime.date:
    """The nearest weekday that is not a Norwegian public holiday."""
    norway = holidays.country_holidays("NO", years=range(day.year - 1, day.year + 2))
    step = datetime.timedelta(days=1 if forward else -1)
    while day.weekday() >= 5 or day in norway:
        day += step
    return day


def season_title(first_day: datetime.date) -> str:
    return f"Kull {'våren' if first_day.month <= 6 else 'høsten'} {first_day.year}"


def living_dates(today: datetime.date) -> list[datetime.date]:
    """Day 2 has been, day 3 is still to come: the learner is between them."""
    day2 = _working_day(today - datetime.timedelta(days=3), forward=False)
    day1 = _working_day(day2 - datetime.timedelta(days=OFFSETS[1]), forward=False)
    dates = [day1, day2]
    for offset in OFFSETS[2:]:
        dates.append(_working_day(max(day1 + datetime.timedelta(days=offset), dates[-1] + datetime.timedelta(days=7))))
    if dates[2] <= today:
        dates[2] = _working_day(today + datetime.timedelta(days=7))
    return dates


def next_dates(today: datetime.date) -> list[datetime.date]:
    """The next season's cohort: early February or early September."""
    year, month = (today.year + 1, 2) if today.month >= 7 else (today.year, 9)
    first = _working_day(datetime.date(year, month, 3))
    return [_working_day(first + datetime.timedelta(days=offset)) for offset in OFFSETS]


def _at(day: datetime.date, hhmm: str) -> datetime.datetime:
    hour, minute = (int(x) for x in hhmm.split(":"))
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def _people() -> dict[str, User]:
    for email, first, last, role, profession, workplace in EXTRA_PEOPLE:
        user, created = User.objects.get_or_create(email=email, defaults={"first_name": first, "last_name": last})
        if created:
            user.set_unusable_password()
            user.save()
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        Profile.objects.update_or_create(
            user=user, defaults={"role": role, "profession": profession, "workplace": workplace}
        )
    emails = [COURSE_LEADER, CO_LEADER, course_demo.LEARNER, course_demo.USER_REPRESENTATIVE]
    emails += [p[0] for p in EXTRA_PEOPLE]
    return {u.email: u for u in User.objects.filter(email__in=emails)}


def _pre_work_pages(course: CoursePage) -> list[list[int]]:
    """Day n's pre-work: module n of the course (the last days share the last modules)."""
    modules = list(ModulePage.objects.live().child_of(course).order_by("path").values_list("pk", flat=True))
    if not modules:
        return [[] for _ in DAYS]
    return [[modules[min(i, len(modules) - 1)]] for i in range(len(DAYS))]


def _build(*, course, title: str, slug: str, dates, people, published: bool, capacity: int, **extra) -> Cohort:
    cohort, _created = Cohort.objects.update_or_create(
        course=course,
        slug=slug,
        defaults={
            "title": title,
            "starts_on": dates[0],
            "ends_on": dates[-1],
            "capacity": capacity,
            "published": published,
            **extra,
        },
    )
    leaders = {}
    for order, (email, role) in enumerate(((COURSE_LEADER, Role.PROFESSIONAL), (CO_LEADER, Role.USER_REPRESENTATIVE))):
        leaders[role], _ = CohortLeader.objects.update_or_create(
            cohort=cohort, user=people[email], defaults={"role": role, "sort_order": order}
        )
    for order, (name, leader, co_leader) in enumerate(GROUPS):
        LocalGroup.objects.update_or_create(
            cohort=cohort,
            name=name,
            defaults={"leader": people.get(leader), "co_leader": people.get(co_leader), "sort_order": order},
        )
    pre_work = _pre_work_pages(course)
    for number, (spec, date) in enumerate(zip(DAYS, dates, strict=True), start=1):
        physical = spec["format"] == DayFormat.PHYSICAL
        day, _ = CourseDay.objects.update_or_create(
            cohort=cohort,
            number=number,
            defaults={
                "title": spec["title"],
                "starts_at": _at(date, "09:00"),
                "ends_at": _at(date, "15:30"),
                "format": spec["format"],
                "meeting_url": "" if physical else f"https://mote.demo.helsepedagogikk.no/{slug}-dag-{number}",
                "room": spec.get("room", ""),
                "address": ADDRESS if physical else "",
                "leader_guidance": spec["guidance"],
            },
        )
        CourseDayPart.objects.filter(day=day).delete()
        for order, (time, part_title, who) in enumerate(spec["parts"]):
            part = CourseDayPart(
                day=day, title=part_title, starts_at=datetime.time(*map(int, time.split(":"))), sort_order=order
            )
            roles = {"professional": [Role.PROFESSIONAL], "user_representative": [Role.USER_REPRESENTATIVE]}
            chosen = [leaders[role] for role in roles.get(who, [Role.PROFESSIONAL, Role.USER_REPRESENTATIVE])]
            part.leaders.set(chosen)
            part.save()
        PreWork.objects.filter(day=day).delete()
        for order, page_id in enumerate(pre_work[number - 1]):
            PreWork.objects.create(day=day, page_id=page_id, sort_order=order)
    return cohort


def _seat(cohort: Cohort, user: User, group: LocalGroup) -> Participant:
    participant, _ = Participant.objects.update_or_create(
        cohort=cohort,
        user=user,
        defaults={"group": group, "status": ParticipantStatus.CONFIRMED, "waitlisted_at": None, "cancelled_at": None},
    )
    course_services.course_enrol(user=user, course=cohort.course, source=EnrolmentSource.COHORT)
    return participant


@transaction.atomic
def load(*, stdout=None, today: datetime.date | None = None) -> dict[str, Cohort]:
    today = today or timezone.localdate()
    course = CoursePage.objects.filter(slug=course_demo.COURSE["slug"]).first()
    if course is None:
        raise RuntimeError("Load the course demo first (demo.loaders.modules).")
    CoursePage.objects.filter(pk=course.pk).update(course_format=CourseFormat.COHORT, min_days_attended=4)
    course.refresh_from_db()
    people = _people()
    living_days = living_dates(today)
    living = _build(
        course=course,
        title=season_title(living_days[0]),
        slug="levende-kull",
        dates=living_days,
        people=people,
        published=True,
        capacity=20,
        enrolment_opens_at=None,
        enrolment_closes_at=timezone.make_aware(datetime.datetime.combine(living_days[0], datetime.time(9))),
    )
    upcoming_days = next_dates(today)
    upcoming = _build(
        course=course,
        title=season_title(upcoming_days[0]),
        slug="neste-kull",
        dates=upcoming_days,
        people=people,
        published=True,
        capacity=24,
        enrolment_opens_at=timezone.now() - datetime.timedelta(days=7),
        enrolment_closes_at=timezone.make_aware(
            datetime.datetime.combine(upcoming_days[0] - datetime.timedelta(days=14), datetime.time(23, 59))
        ),
    )
    groups = {g.name: g for g in LocalGroup.objects.filter(cohort=living)}
    seats = {}
    for name, emails in MEMBERS.items():
        for email in emails:
            seats[email] = _seat(living, people[email], groups[name])
    days = list(living.days.order_by("number"))
    absent = {("tor.aasen@demo.helsepedagogikk.no", 2)}
    for day in days:
        if day.ends_at > timezone.now():
            continue
        for email, participant in seats.items():
            Attendance.objects.update_or_create(
                day=day,
                participant=participant,
                defaults={"present": (email, day.number) not in absent, "marked_by": people[COURSE_LEADER]},
            )
    if stdout is not None:
        stdout.write(
            f"Cohort demo: {living.title} (days {', '.join(d.strftime('%d.%m') for d in living_days)}), "
            f"{upcoming.title} open for enrolment."
        )
    return {"living": living, "upcoming": upcoming}
