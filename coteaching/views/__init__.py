from coteaching.views.plans import *  # noqa: F403
