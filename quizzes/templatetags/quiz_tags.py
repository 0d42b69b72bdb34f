from django import template

from quizzes import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def quiz_panel(context, quiz):
    """The quiz block's state for the learner reading the lesson. Enabled for
    enrolled learners in an unlocked lesson, never in an editor's preview."""
    request = context.get("request")
    page = context.get("page")
    state = context.get("state")
    user = getattr(request, "user", None)
    enabled = bool(
        user is not None
        and user.is_authenticated
        and not getattr(request, "is_preview", False)
        and page is not None
        and state is not None
        and state.enrolled
        and not state.locked
    )
    return selectors.quiz_panel(quiz=quiz, user=user, lesson_id=page.pk if page else None, enabled=enabled)


@register.filter
def percent(value) -> str:
    """A score for people: 66,66 → "66,7 %"; whole numbers without decimals."""
    if value is None:
        return ""
    rounded = round(float(value), 1)
    text = f"{rounded:.0f}" if rounded == int(rounded) else f"{rounded:.1f}".replace(".", ",")
    return f"{text} %"


@register.filter
def clock(seconds) -> str:
    if seconds is None:
        return ""
    seconds = max(0, int(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"
