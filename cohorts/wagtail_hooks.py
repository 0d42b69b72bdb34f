from wagtail import hooks

from cohorts import selectors


@hooks.register("learner_dashboard_sections")
def dashboard_cohorts(request):
    """ "Mine kurs": the cohorts the learner takes part in, and the cohorts and
    groups the user leads."""
    found = selectors.dashboard_cohorts(request.user)
    if not found:
        return None
    return {
        "template": "cohorts/dashboard_section.html",
        "taking": found.taking,
        "leading": found.leading,
        "groups": found.groups,
    }
