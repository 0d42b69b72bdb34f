from coteaching.services.teams import *  # noqa: F403
