"""Learners: users with a profile (role, profession, organisation and
municipality), Norwegian names, e-mail addresses under example.invalid and no
usable password. The learners are spread over all 357 municipalities; a
professional works at the health trust of the municipality's county or in a
municipal service, a user representative is in a patient association."""

from __future__ import annotations

from django.contrib.auth.hashers import make_password

from accounts.models import Profile, Role, User
from accounts.municipalities import MUNICIPALITIES
from demo.loadgen.common import BATCH

EMAIL = "laerer-{:05d}@last.example.invalid"
FIRST = ["Kari", "Ola", "Ingrid", "Lars", "Sigrid", "Nils", "Marte", "Jonas", "Aisha", "Ahmed", "Mari", "Eirik"]
LAST = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Berg", "Haugen", "Ali"]
PROFESSIONS = ["Sykepleier", "Fysioterapeut", "Ergoterapeut", "Lege", "Psykolog", "Sosionom", ""]
# The health trust (helseforetak) that serves each county, by county number.
HEALTH_TRUSTS = {
    "03": "Oslo universitetssykehus HF",
    "11": "Helse Stavanger HF",
    "15": "Helse Møre og Romsdal HF",
    "18": "Nordlandssykehuset HF",
    "31": "Sykehuset Østfold HF",
    "32": "Akershus universitetssykehus HF",
    "33": "Vestre Viken HF",
    "34": "Sykehuset Innlandet HF",
    "39": "Sykehuset i Vestfold HF",
    "40": "Sykehuset Telemark HF",
    "42": "Sørlandet sykehus HF",
    "46": "Helse Bergen HF",
    "50": "St. Olavs hospital HF",
    "55": "Universitetssykehuset Nord-Norge HF",
    "56": "Finnmarkssykehuset HF",
}
HOSPITAL_UNITS = ["Lærings- og mestringssenteret", "Medisinsk poliklinikk", "Rehabiliteringsavdelingen"]
MUNICIPAL_SERVICES = ["Frisklivssentralen", "Hjemmetjenesten", "Kommunalt lærings- og mestringstilbud"]
ASSOCIATIONS = ["Diabetesforbundet", "LHL", "Mental Helse", "Norsk Revmatikerforbund", "Norges Parkinsonforbund"]
NUMBERS = sorted(MUNICIPALITIES)
STRIDE = 100  # coprime with 357, so consecutive learners land in municipalities all over the country


def municipality(index: int) -> str:
    """Every eighth learner gives none (the field is optional)."""
    return "" if index % 8 == 7 else NUMBERS[(index * STRIDE) % len(NUMBERS)]


def organisation(index: int, *, number: str, representative: bool) -> str:
    if representative:
        return f"{ASSOCIATIONS[index % len(ASSOCIATIONS)]}, lokallag"
    if index % 3 == 2 or not number:
        return MUNICIPAL_SERVICES[index % len(MUNICIPAL_SERVICES)]
    return f"{HEALTH_TRUSTS[number[:2]]}, {HOSPITAL_UNITS[index % len(HOSPITAL_UNITS)]}"


def email(index: int) -> str:
    return EMAIL.format(index)


def generate(*, size, stdout) -> list[User]:
    """The learners 0 … size.learners-1 that do not exist yet, made; returned in number order."""
    wanted = [email(i) for i in range(size.learners)]
    existing = set(User.objects.filter(email__in=wanted).values_list("email", flat=True))
    missing = [(i, address) for i, address in enumerate(wanted) if address not in existing]
    if not missing:
        stdout.write(f"Load data: the {size.learners} learners of size {size.name} are there already.")
        return []
    password = make_password(None)
    User.objects.bulk_create(
        [
            User(
                email=address,
                first_name=FIRST[i % len(FIRST)],
                last_name=LAST[(i // len(FIRST)) % len(LAST)],
                password=password,
                is_active=True,
            )
            for i, address in missing
        ],
        batch_size=BATCH,
    )
    users = list(User.objects.filter(email__in=[address for _, address in missing]).order_by("email"))
    for user in users:
        user.load_index = int(user.email.split("@")[0].rsplit("-", 1)[1])
    Profile.objects.bulk_create(
        [_profile(user) for user in users],
        batch_size=BATCH,
        ignore_conflicts=True,
    )
    stdout.write(f"Load data: {len(users)} learners.")
    return users


def _profile(user: User) -> Profile:
    # Every tenth learner is a user representative (brukerrepresentant); the rest professionals.
    index = user.load_index
    representative = index % 10 == 0
    number = municipality(index)
    return Profile(
        user=user,
        role=Role.USER_REPRESENTATIVE if representative else Role.PROFESSIONAL,
        profession="" if representative else PROFESSIONS[index % len(PROFESSIONS)],
        organisation=organisation(index, number=number, representative=representative),
        municipality=number,
    )
