"""Cumulative layout shift (CLS) on the main page types stays under 0.1 (Google's "good"), on a phone and on a
desktop: the font is preloaded with font-display, and videos and images keep their box before they load.
Measured with the browser's own layout-shift entries (PerformanceObserver), as Lighthouse does."""

import pytest
from django.urls import reverse

from tests.e2e.page_types import build_world
from tests.factories.accounts import PASSWORD
from tests.factories.modules import LessonPageFactory, video_block

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.search_index]

# Installed before any script of the page runs, so no shift is missed; shifts that follow the user's own input
# do not count (as in Lighthouse).
OBSERVE = """window.__cls = 0;
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
}).observe({type: 'layout-shift', buffered: true});"""

# Read once the web font and every image are in and a few frames have been painted since.
CLS = """() => new Promise(resolve => {
  const images = [...document.images].map(img => img.complete ? null : new Promise(done => { img.onload = img.onerror = done; }));
  Promise.all([document.fonts.ready, ...images]).then(() => {
    let frames = 0;
    const tick = () => (++frames < 5 ? requestAnimationFrame(tick) : resolve(window.__cls));
    requestAnimationFrame(tick);
  });
})"""

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1350, "height": 940}}


def test_the_main_page_types_do_not_shift_while_loading(page, home, login):
    world = build_world(home)
    video_lesson = LessonPageFactory(parent=world.module, title="Video", body=[video_block()])
    paths = {
        "home": "/",
        "course page": world.course.url,
        "module page": world.module.url,
        "lesson": world.lesson.url,
        "lesson with a video": video_lesson.url,
        "quiz lesson": world.quiz_lesson.url,
        "my courses": reverse("modules:dashboard"),
    }
    login(world.learner.email, PASSWORD)
    page.add_init_script(OBSERVE)
    # Every page loads cold, as on a first visit: the font swap and the images count each time.
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    shifts = {}
    for name, viewport in VIEWPORTS.items():
        page.set_viewport_size(viewport)
        for kind, path in paths.items():
            page.goto(path)
            shifts[f"{kind} ({name})"] = round(page.evaluate(CLS), 3)
    too_much = {kind: cls for kind, cls in shifts.items() if cls >= 0.1}
    print("CLS", shifts)  # the figures README.md quotes  # noqa: T201
    assert not too_much, f"layout shift of 0.1 or more: {too_much} (all: {shifts})"


def test_the_measure_sees_a_shift(page):
    """The check above can fail: content pushed down after the first paint counts."""
    html = (
        "<html><body><p style='font-size:40px'>Første avsnitt</p><p style='font-size:40px'>Andre avsnitt</p><script>"
        "requestAnimationFrame(() => setTimeout(() => {"
        "document.body.insertAdjacentHTML('afterbegin', '<div style=\"height:600px\"></div>'); window.shifted = true;"
        "}, 100));</script></body></html>"
    )
    page.add_init_script(OBSERVE)
    page.route("http://shift.test/", lambda route: route.fulfill(body=html, content_type="text/html"))
    page.goto("http://shift.test/")
    page.wait_for_function("() => window.shifted === true")
    assert page.evaluate(CLS) > 0.05
