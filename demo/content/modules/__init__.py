"""Norwegian demo course content for "Kurs i helsepedagogikk", one module per file."""
