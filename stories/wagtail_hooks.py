from wagtail import hooks

from elearning import user_cache
from stories import privacy, selectors


@hooks.register("learner_dashboard_sections")
@user_cache.reads("stories")
def dashboard_stories(request):
    """On "Mine kurs": suggest the story builder to user representatives, and
    list the person's story talks and those shared with them."""
    user = request.user
    if not user.is_authenticated:
        return None
    profile = getattr(user, "profile", None)
    suggest = bool(profile and profile.is_user_representative)
    stories = selectors.dashboard_stories(user=user)
    if not (suggest or stories["own"] or stories["shared"]):
        return None
    return {"template": "stories/dashboard_section.html", "suggest": suggest, **stories}


@hooks.register("user_data_export")
def export_stories(user):
    return privacy.export_user_data(user)


@hooks.register("user_data_erase")
def erase_stories(user):
    privacy.erase_user_data(user)
