"""How a page template gets the learner's state (CONTRIBUTING.md, "Page
models read nothing but themselves"): its app's template tag, called once at
the top of the template's content block, reads through the app's selectors
and hands the values to ``put``, which sets them in that block's context, as
a page's get_context would. Used by modules_tags and theme_sessions_tags."""


def put(context, values: dict) -> str:
    """Set ``values`` in the template ``context``; the tag itself renders nothing."""
    for name, value in values.items():
        context[name] = value
    return ""
