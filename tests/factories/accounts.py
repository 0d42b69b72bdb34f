import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Permission

from accounts.models import Profile, Role, User

PASSWORD = "Sterkt-passord-2026"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.no")
    first_name = "Ola"
    last_name = factory.Sequence(lambda n: f"Nordmann{n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def profile(obj, create, extracted, **kwargs):
        if not create:
            return
        obj.save()
        Profile.objects.create(user=obj, role=kwargs.get("role", Role.PROFESSIONAL))
        EmailAddress.objects.create(user=obj, email=obj.email, verified=True, primary=True)


class UserRepresentativeFactory(UserFactory):
    profile = factory.PostGeneration(
        lambda obj, create, extracted, **kw: UserFactory.profile.function(
            obj, create, extracted, role=Role.USER_REPRESENTATIVE
        )
    )


class StaffFactory(UserFactory):
    is_staff = True
    is_superuser = True


class AdminUserFactory(UserFactory):
    """Staff who may open the Wagtail admin and have no other permission:
    whatever they are refused, the view itself refused it."""

    is_staff = True

    @factory.post_generation
    def admin_access(obj, create, extracted, **kwargs):
        if create:
            obj.user_permissions.add(
                Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
            )
