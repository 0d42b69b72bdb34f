"""The learning path for user representatives: picked from the course by the
audience targeting, with the learner's progress, and offered on the dashboard."""

from modules import services
from modules.models import LearningPathPage
from tests.factories.modules import LessonPageFactory, publish
from tests.i18n import nb


def make_path(parent, course, audience="user_representative"):
    page = LearningPathPage(
        title="Veien for brukerrepresentanter",
        slug="brukerrepresentant",
        intro="<p>Det du trenger for å undervise sammen med en fagperson.</p>",
        audience=audience,
        course=course,
        after_text="<p>Skriv brukerinnlegget ditt.</p>",
    )
    parent.add_child(instance=page)
    return publish(page)


def path_course(course_index):
    from tests.factories.modules import build_course

    course, built = build_course(
        course_index,
        modules=3,
        lessons=2,
        module_kwargs={
            1: {"audience": "professional", "title": "Kun for fagpersoner"},
            2: {"audience": "user_representative", "title": "Brukerinnlegget"},
        },
    )
    shared_module = built[0][0]
    own = LessonPageFactory(
        parent=shared_module,
        title="Leksjon med egen del",
        body=[
            ("paragraph", "<p>Felles tekst.</p>"),
            ("audience_section", {"audience": "user_representative", "title": "For deg", "text": "<p>Din rolle.</p>"}),
        ],
    )
    publish(own)
    return course, built, own


def test_path_picks_modules_by_audience_and_marks_lessons(client, home, course_index, user_rep):
    course, built, own = path_course(course_index)
    page = make_path(home, course)
    client.force_login(user_rep)
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert built[0][0].title in html and "Brukerinnlegget" in html
    assert "Kun for fagpersoner" not in html
    assert nb("Made for you") in html
    assert html.count(nb("Has a part for user representatives")) == 1
    assert own.title in html


def test_path_progress_follows_the_course(client, home, course_index, user_rep):
    course, built, _own = path_course(course_index)
    page = make_path(home, course)
    services.course_enrol(user=user_rep, course=course)
    first = built[0][1][0]
    services.lesson_mark_complete(user=user_rep, lesson_id=first.pk)
    from modules import selectors

    path = selectors.learning_path(path_page=page, user=user_rep)
    # Shared module (2 + 1 lessons) and the user representatives' module (2); not the professionals' module.
    assert path.total == 5
    assert path.completed_count == 1
    assert path.next_lesson.id != first.pk


def test_dashboard_suggests_the_path_to_user_representatives_only(client, home, course_index, user_rep, learner):
    course, _built, _own = path_course(course_index)
    page = make_path(home, course)
    client.force_login(user_rep)
    html = client.get("/kurs-handling/mine-kurs/").content.decode()
    assert page.title in html and page.url in html
    client.force_login(learner)
    html = client.get("/kurs-handling/mine-kurs/").content.decode()
    assert page.title not in html


def test_path_page_query_count_does_not_grow_with_the_course(
    client, home, course_index, user_rep, django_assert_max_num_queries
):
    course, _built, _own = path_course(course_index)
    page = make_path(home, course)
    services.course_enrol(user=user_rep, course=course)
    client.force_login(user_rep)
    client.get(page.url)  # warm the structure cache
    with django_assert_max_num_queries(8):
        assert client.get(page.url).status_code == 200
