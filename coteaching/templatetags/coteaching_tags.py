from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def plan_text(text: str) -> str:
    """Plain plan text as HTML: blank lines separate paragraphs, lines
    starting with "- " become a bulleted list. Everything is escaped."""
    blocks = [block for block in (text or "").replace("\r\n", "\n").split("\n\n") if block.strip()]
    html = []
    for block in blocks:
        lines = [line for line in block.split("\n") if line.strip()]
        paragraph, items = [], []
        for line in lines:
            if line.lstrip().startswith("- "):
                items.append(line.lstrip()[2:])
            else:
                if items:
                    html.append(_list(items))
                    items = []
                paragraph.append(line)
                continue
            if paragraph:
                html.append(_paragraph(paragraph))
                paragraph = []
        if paragraph:
            html.append(_paragraph(paragraph))
        if items:
            html.append(_list(items))
    return mark_safe("".join(html))  # noqa: S308 (every piece is built with format_html)


def _paragraph(lines) -> str:
    return format_html(
        '<p class="ds-paragraph">{}</p>', format_html_join(mark_safe("<br>"), "{}", ((line,) for line in lines))
    )


def _list(items) -> str:
    return format_html('<ul class="ds-list">{}</ul>', format_html_join("", "<li>{}</li>", ((item,) for item in items)))


@register.filter
def minutes_display(minutes) -> str:
    """90 → "1 h 30 min" (in the current language)."""
    try:
        minutes = int(minutes)
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return _("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": rest}
    if hours:
        return _("%(hours)s h") % {"hours": hours}
    return _("%(minutes)s min") % {"minutes": rest}
