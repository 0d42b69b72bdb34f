"""Learners: users with a profile (role and profession), Norwegian names,
e-mail addresses under example.invalid and no usable password."""

from __future__ import annotations

from django.contrib.auth.hashers import make_password

from accounts.models import Profile, Role, User

EMAIL = "laerer-{:05d}@last.example.invalid"
FIRST = ["Kari", "Ola", "Ingrid", "Lars", "Sigrid", "Nils", "Marte", "Jonas", "Aisha", "Ahmed", "Mari", "Eirik"]
LAST = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Berg", "Haugen", "Ali"]
PROFESSIONS = ["Sykepleier", "Fysioterapeut", "Ergoterapeut", "Lege", "Psykolog", "Sosionom", ""]
WORKPLACES = ["Lærings- og mestringssenteret", "Frisklivssentralen", "Medisinsk poliklinikk", "Hjemmetjenesten"]


def email(index: int) -> str:
    return EMAIL.format(index)


def generate(*, size, stdout) -> list[User]:
    """The learners 0 … size.learners-1 that do not exist yet, made; returned in number order."""
    from demo.loadgen import BATCH

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
    # Every tenth learner is a user representative (brukerrepresentant); the rest professionals.
    Profile.objects.bulk_create(
        [
            Profile(
                user=user,
                role=Role.USER_REPRESENTATIVE if user.load_index % 10 == 0 else Role.PROFESSIONAL,
                profession="" if user.load_index % 10 == 0 else PROFESSIONS[user.load_index % len(PROFESSIONS)],
                workplace=WORKPLACES[user.load_index % len(WORKPLACES)],
            )
            for user in users
        ],
        batch_size=BATCH,
        ignore_conflicts=True,
    )
    stdout.write(f"Load data: {len(users)} learners.")
    return users
