from django.conf import settings

from accounts import navigation


def site(request):
    """Values every page template needs."""
    return {
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
        "nav_is_user_representative": navigation.is_user_representative(request),
    }
