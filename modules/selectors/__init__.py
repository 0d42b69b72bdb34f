from modules.selectors.progress import *  # noqa: F403
