"""Quiz statistics in the Wagtail admin, in a real browser: from the menu to
the list of quizzes, a quiz's report, and the CSV download. axe runs on both
page types."""

from pathlib import Path

import pytest

from quizzes import services as quiz_services
from quizzes.models import Question
from tests.e2e.axe import assert_accessible
from tests.factories.accounts import PASSWORD, StaffFactory, UserFactory
from tests.factories.quizzes import build_quiz
from tests.i18n import nb

pytestmark = pytest.mark.django_db(transaction=True)


def _take(quiz, user, picks):
    attempt, _new = quiz_services.attempt_start(user=user, quiz_id=quiz.pk, lesson_id=None)
    keys = {(q.pk, c.text): c.key for q in Question.objects.filter(quiz=quiz) for c in q.choices.all()}
    for question_id, text in picks.items():
        quiz_services.answer_save(
            user=user, attempt_id=attempt.pk, question_id=question_id, data={"choice": [keys[(question_id, text)]]}
        )
    quiz_services.attempt_submit(user=user, attempt_id=attempt.pk)


def test_staff_open_a_quiz_report_and_download_the_attempts(page, login, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    quiz = build_quiz(["single", "true_false", "likert"], title="Kunnskapstest i helsepedagogikk")
    single, tf, likert = Question.objects.filter(quiz=quiz).order_by("sort_order")
    for picks in [
        {single.pk: "Riktig B", tf.pk: "Sant", likert.pk: "Trygg"},
        {single.pk: "Feil A", tf.pk: "Sant", likert.pk: "Usikker"},
        {single.pk: "Feil A", tf.pk: "Usant", likert.pk: "Trygg"},
    ]:
        _take(quiz, UserFactory(), picks)
    staff = StaffFactory()

    login(staff.email, PASSWORD)
    page.goto("/admin/")
    page.get_by_role("link", name=nb("Quiz statistics")).click()
    page.wait_for_load_state()
    assert_accessible(page)

    page.locator(f"main a[href$='/quiz-statistics/{quiz.pk}/']").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name=nb("Item analysis")).is_visible()
    assert page.get_by_role("heading", name=nb("Score distribution")).is_visible()
    assert "Feil A" in page.locator("main").inner_text()
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name=nb("Download attempts (CSV)")).click()
    download = download_info.value
    assert download.suggested_filename == f"{quiz.slug}-attempts.csv"
    content = Path(download.path()).read_text(encoding="utf-8-sig")
    assert content.count("\n") == 4  # the header and three attempts
