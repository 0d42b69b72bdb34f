"""Quizzes for tests: build_quiz() makes a quiz with one question of each
type (or the types asked for), with right answers known to the test."""

import factory

from quizzes.models import Choice, Question, Quiz


class QuizFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quiz

    title = factory.Sequence(lambda n: f"Øvingsspørsmål {n}")
    slug = factory.Sequence(lambda n: f"ovingssporsmal-{n}")
    description = "Test deg selv på det du har lest."
    kind = "practice"
    pass_mark = 60


def add_question(quiz, kind, *, text=None, explanation=None, partial_credit=False, n=0):
    question = Question.objects.create(
        quiz=quiz,
        type=kind,
        text=text or f"Spørsmål {n} ({kind}): hva er riktig?",
        explanation=explanation or f"Forklaring {n}: slik er det fordi helsekompetanse handler om å forstå.",
        partial_credit=partial_credit,
        accepted_answers="Salutogenese\nsalutogenetisk perspektiv" if kind == "short_text" else "",
        sort_order=n,
    )
    rows = {
        "single": [("Feil A", False), ("Riktig B", True), ("Feil C", False)],
        "multiple": [("Riktig A", True), ("Riktig B", True), ("Feil C", False), ("Feil D", False)],
        "true_false": [("Sant", True), ("Usant", False)],
        "ordering": [("Først", False), ("Så", False), ("Deretter", False), ("Til slutt", False)],
        "matching": [("Mål", False), ("Innhold", False), ("Vurdering", False)],
        "likert": [("Svært usikker", False), ("Usikker", False), ("Trygg", False)],
        "short_text": [],
        "reflection": [],
    }[kind]
    matches = {
        "Mål": "Hva deltakerne skal lære",
        "Innhold": "Hva vi tar opp",
        "Vurdering": "Hvordan vi ser om det virket",
    }
    for position, (label, correct) in enumerate(rows):
        Choice.objects.create(
            question=question,
            text=label,
            correct=correct,
            match_text=matches.get(label, "") if kind == "matching" else "",
            feedback=f"Tilbakemelding på {label.lower()} i spørsmål {n}.",
            sort_order=position,
        )
    return question


ALL_TYPES = ["single", "multiple", "true_false", "ordering", "matching", "short_text", "likert", "reflection"]


def build_quiz(types=None, **kwargs):
    quiz = QuizFactory(**kwargs)
    for n, kind in enumerate(types or ALL_TYPES):
        add_question(quiz, kind, n=n)
    return quiz


def right_form(question) -> dict:
    """Form data that answers ``question`` (a Question) fully right."""
    choices = list(question.choices.order_by("sort_order"))
    if question.type in ("single", "true_false"):
        return {"choice": [c.key for c in choices if c.correct]}
    if question.type == "multiple":
        return {"choice": [c.key for c in choices if c.correct]}
    if question.type == "likert":
        return {"choice": [choices[0].key]}
    if question.type == "ordering":
        return {f"position-{c.key}": [str(i)] for i, c in enumerate(choices, start=1)}
    if question.type == "short_text":
        return {"text": ["  salutogenese "]}
    if question.type == "reflection":
        return {"text": ["Jeg tenker at brukermedvirkning er viktig."]}
    raise ValueError("matching needs the attempt's target order: use right_matching_form")


def wrong_form(question) -> dict:
    choices = list(question.choices.order_by("sort_order"))
    if question.type in ("single", "true_false", "multiple"):
        return {"choice": [next(c.key for c in choices if not c.correct)]}
    if question.type == "ordering":
        return {f"position-{c.key}": [str(len(choices) - i)] for i, c in enumerate(choices)}
    if question.type == "short_text":
        return {"text": ["patogenese"]}
    return right_form(question)


def right_matching_form(attempt, question) -> dict:
    targets = attempt.target_order[str(question.pk)]
    return {f"match-{c.key}": [str(targets.index(c.pk))] for c in question.choices.all()}


def answer_all(attempt, *, user, right=True, services=None):
    """Answer every question of ``attempt`` through the service."""
    from quizzes import services as quiz_services

    services = services or quiz_services
    questions = {q.pk: q for q in Question.objects.filter(pk__in=attempt.question_ids).prefetch_related("choices")}
    for qid in attempt.question_ids:
        question = questions[qid]
        if question.type == "matching":
            data = right_matching_form(attempt, question) if right else {}
        else:
            data = right_form(question) if right else wrong_form(question)
        services.answer_save(user=user, attempt_id=attempt.pk, question_id=qid, data=data)
