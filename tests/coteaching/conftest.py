import pytest

from accounts.models import Role
from coteaching import services
from coteaching.models import Membership
from tests.factories.accounts import UserFactory, UserRepresentativeFactory


@pytest.fixture
def professional(db):
    return UserFactory(first_name="Kari", last_name="Sykepleier")


@pytest.fixture
def user_rep(db):
    return UserRepresentativeFactory(first_name="Per", last_name="Bruker")


@pytest.fixture
def outsider(db):
    return UserFactory(first_name="Ola", last_name="Utenfor")


@pytest.fixture
def plan(professional):
    """A team of one professional, with its empty plan."""
    return services.team_create(user=professional, name="Diabetesgruppa", plan_title="Å leve med diabetes type 2")


@pytest.fixture
def full_plan(plan, user_rep):
    """A team with one professional and one user representative."""
    Membership.objects.create(team=plan.team, user=user_rep, role=Role.USER_REPRESENTATIVE)
    return plan


@pytest.fixture
def relative(db):
    return UserFactory(profile__role=Role.RELATIVE)


@pytest.fixture
def pro_client(client, professional):
    """The test client, signed in as the team's professional."""
    client.force_login(professional)
    return client
