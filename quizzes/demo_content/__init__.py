"""Norwegian demo quizzes for "Kurs i helsepedagogikk": practice questions per module and the final test."""
