import factory

from stories.models import Story, StoryComment, StoryShare
from tests.factories.accounts import UserFactory, UserRepresentativeFactory


class StoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Story

    owner = factory.SubFactory(UserRepresentativeFactory)
    title = factory.Sequence(lambda n: f"Min historie {n}")
    purpose = "Jeg vil at deltakerne skal kjenne seg mindre alene."
    audience = "Deltakere på diabeteskurset, første kursdag."
    key_experiences = "Jeg fikk diagnosen ved en vanlig kontroll."
    what_helped = "Å møte andre i samme situasjon."
    message = "Du trenger ikke gjøre alt på én gang."
    kept_private = "HEMMELIG-DEL: broren min og tallene mine."


class StoryShareFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StoryShare

    story = factory.SubFactory(StoryFactory)
    user = factory.SubFactory(UserFactory)
    email = factory.LazyAttribute(lambda share: share.user.email.lower() if share.user else "ingen@example.no")


class StoryCommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StoryComment

    story = factory.SubFactory(StoryFactory)
    author = factory.LazyAttribute(lambda o: o.story.owner)
    text = "En kommentar."
