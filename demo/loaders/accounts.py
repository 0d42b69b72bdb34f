"""Demo accounts, documented in README.md. Idempotent."""

from allauth.account.models import EmailAddress

from accounts.models import Profile, Role, User

DEMO_PASSWORD = "Demo-passord-2026"  # noqa: S105 (documented demo accounts)

DEMO_USERS = [
    {
        "email": "deltaker@demo.helsepedagogikk.no",
        "first_name": "Kari",
        "last_name": "Nordmann",
        "role": Role.PROFESSIONAL,
        "profession": "Sykepleier",
        "organisation": "Helse Vestfjord HF, Lærings- og mestringssenteret",
        "municipality": "1804",  # Bodø
    },
    {
        "email": "bruker@demo.helsepedagogikk.no",
        "first_name": "Per",
        "last_name": "Bakken",
        "role": Role.USER_REPRESENTATIVE,
        "profession": "",
        "organisation": "Diabetesforbundet, Salten lokallag",
        "municipality": "1841",  # Fauske - Fuossko
    },
    {
        # A user representative on the editorial board: reviews course pages
        # in the moderation workflow (modules.review) before staff publish them.
        "email": "gjennomgang@demo.helsepedagogikk.no",
        "first_name": "Aud",
        "last_name": "Helland",
        "role": Role.USER_REPRESENTATIVE,
        "profession": "",
        "organisation": "Helse Vestfjord HF, brukerutvalget",
        "municipality": "1806",  # Narvik
    },
    {
        # Leads the demo group (kull) in the online course and sees that group's progress only.
        "email": "gruppeleder@demo.helsepedagogikk.no",
        "first_name": "Anne",
        "last_name": "Lie",
        "role": Role.PROFESSIONAL,
        "profession": "Spesialsykepleier og kursleder",
        "organisation": "Helse Vestfjord HF, Lærings- og mestringssenteret",
        "municipality": "1804",  # Bodø
    },
    {
        "email": "redaktor@demo.helsepedagogikk.no",
        "first_name": "Siri",
        "last_name": "Redaktør",
        "role": Role.OTHER,
        "profession": "Rådgiver",
        "organisation": "Oslo universitetssykehus HF, NK LMH",
        "municipality": "0301",  # Oslo
        # NK LMH staff run the whole platform: authoring, theme sessions, reports.
        "superuser": True,
    },
]


def person(
    email: str,
    *,
    first_name: str,
    last_name: str,
    role: str,
    profession: str = "",
    organisation: str = "",
    municipality: str = "",
    password=None,
) -> User:
    """A demo person with a verified e-mail address and a profile, looked up
    by e-mail and updated in place. Without ``password`` nobody can log in as
    them (the demo's other participants and leaders)."""
    user, _created = User.objects.get_or_create(
        email=email, defaults={"first_name": first_name, "last_name": last_name}
    )
    # A new user's password is "", which Django counts as usable although no password matches it.
    can_log_in = bool(user.password) and user.has_usable_password()
    if password and not can_log_in:
        user.set_password(password)
        user.save(update_fields=["password"])
    elif not user.password:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    Profile.objects.update_or_create(
        user=user,
        defaults={"role": role, "profession": profession, "organisation": organisation, "municipality": municipality},
    )
    return user


def load(*, stdout=None) -> dict[str, User]:
    users = {}
    for spec in DEMO_USERS:
        user = person(
            spec["email"],
            first_name=spec["first_name"],
            last_name=spec["last_name"],
            role=spec["role"],
            profession=spec["profession"],
            organisation=spec["organisation"],
            municipality=spec["municipality"],
            password=DEMO_PASSWORD,
        )
        user.is_staff = user.is_superuser = spec.get("superuser", False)
        user.save(update_fields=["is_staff", "is_superuser"])
        users[spec["email"]] = user
    return users
