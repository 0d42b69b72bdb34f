"""The sources the demo course builds on, for the modules' "Les mer" lists and
the lessons' source blocks (elearning.blocks.SourceBlock: author, year,
title, publisher, link, note).

Every entry is a real publication. A year or link is left empty rather than
guessed. Laws link to Lovdata's short address for the law (lovdata.no/lov/<date-number>).
"""

SOURCES = {
    # --- NK LMH and the course's own foundations ----------------------------------------
    "handbok": {
        "author": "Nasjonal kompetansetjeneste for læring og mestring innen helse (NK LMH)",
        "year": "",
        "title": "Håndbok i helsepedagogikk",
        "publisher": "NK LMH",
        "link": "https://mestring.no/",
        "note": "Den kunnskapsbaserte håndboka NK LMHs kurs i helsepedagogikk bygger på.",
    },
    "standard_metode": {
        "author": "Nasjonal kompetansetjeneste for læring og mestring innen helse (NK LMH)",
        "year": "2011",
        "title": "Standard metode",
        "publisher": "NK LMH",
        "link": "https://mestring.no/",
        "note": "Arbeidsmåten for sidestilt samarbeid mellom fagpersoner og erfarne brukere.",
    },
    "vifladt_hopen": {
        "author": "Vifladt, E. H. og Hopen, L.",
        "year": "2004",
        "title": "Helsepedagogikk: samhandling om læring og mestring",
        "publisher": "NK LMH",
        "link": "",
        "note": "Grunnboka i norsk helsepedagogikk, med den didaktiske relasjonsmodellen brukt på "
        "pasient- og pårørendeopplæring.",
    },
    "sykepleien_digitalt_kurs": {
        "author": "Sykepleien",
        "year": "",
        "title": "Digitale kurs gir mange ny innsikt i helsepedagogikk",
        "publisher": "Sykepleien (fagartikkel)",
        "link": "https://sykepleien.no/node/102343",
        "note": "Evalueringen av NK LMHs digitale kurs: læringsutbyttet ble best med en erfaren bruker som "
        "medkursleder og når deltakerne var trygge digitalt.",
    },
    "nklmh_evaluering_2021": {
        "author": "Nasjonal kompetansetjeneste for læring og mestring innen helse (NK LMH)",
        "year": "2021",
        "title": "Videobasert kurslederkurs i helsepedagogikk: evalueringsrapport (NK LMH 2/2021) og "
        "erfaringsnotat (NK LMH 1/2021)",
        "publisher": "NK LMH",
        "link": "https://mestring.no/digitale-erfaringer-innen-helsepedagogikk/",
        "note": "Kurset for Helse Nord: fem kortere dager over tre uker, fire lokale grupper med hver sin "
        "gruppeleder, og en brukerrepresentant som medkursleder.",
    },
    # --- Health literacy and policy -----------------------------------------------------
    "strategi_helsekompetanse": {
        "author": "Helse- og omsorgsdepartementet",
        "year": "2019",
        "title": "Strategi for å øke helsekompetansen i befolkningen 2019–2023",
        "publisher": "Helse- og omsorgsdepartementet",
        "link": "https://www.helsedirektoratet.no/tema/helsekompetanse/strategi-for-a-oke-helsekompetansen-i-befolkningen-20192023",
        "note": "Den første norske strategien; perioden er over.",
    },
    "hdir_helsekompetanse": {
        "author": "Helsedirektoratet",
        "year": "",
        "title": "Helsekompetanse – kunnskap og tiltak",
        "publisher": "Helsedirektoratet",
        "link": "https://www.helsedirektoratet.no/tema/helsekompetanse/helsekompetanse",
        "note": "Dagens definisjon med fire verb: finne, forstå, vurdere og anvende.",
    },
    "hls19": {
        "author": "Le, C., Finbråten, H. S., Pettersen, K. S. og Guttersrud, Ø.",
        "year": "2021",
        "title": "Befolkningens helsekompetanse, del I. The International Health Literacy Population Survey "
        "2019–2021 (HLS19)",
        "publisher": "Helsedirektoratet, rapport IS-2959",
        "link": "",
        "note": "Kartleggingen av helsekompetansen i befolkningen som strategien bestilte.",
    },
    "sorensen_2012": {
        "author": "Sørensen, K., Van den Broucke, S., Fullam, J. mfl.",
        "year": "2012",
        "title": "Health literacy and public health: A systematic review and integration of definitions and models",
        "publisher": "BMC Public Health, 12, 80",
        "link": "https://doi.org/10.1186/1471-2458-12-80",
        "note": "Modellen med å finne, forstå, vurdere og anvende helseinformasjon.",
    },
    "samhandlingsplan": {
        "author": "Helse- og omsorgsdepartementet",
        "year": "2024",
        "title": "Nasjonal helse- og samhandlingsplan 2024–2027: Vår felles helsetjeneste",
        "publisher": "Meld. St. 9 (2023–2024)",
        "link": "",
        "note": "Det som fulgte etter strategien: helsefellesskap, samvalg og mestring av egen helse.",
    },
    # --- Law --------------------------------------------------------------------------------
    "pasientrettighetsloven": {
        "author": "Lov om pasient- og brukerrettigheter",
        "year": "1999",
        "title": "Pasient- og brukerrettighetsloven (§ 3-1 medvirkning, § 3-5 informasjonens form)",
        "publisher": "LOV-1999-07-02-63",
        "link": "https://lovdata.no/lov/1999-07-02-63",
        "note": "",
    },
    "helse_og_omsorgstjenesteloven": {
        "author": "Lov om kommunale helse- og omsorgstjenester m.m.",
        "year": "2011",
        "title": "Helse- og omsorgstjenesteloven (§ 3-6 pårørendestøtte, § 3-10 brukermedvirkning)",
        "publisher": "LOV-2011-06-24-30",
        "link": "https://lovdata.no/lov/2011-06-24-30",
        "note": "",
    },
    "helsepersonelloven": {
        "author": "Lov om helsepersonell m.v.",
        "year": "1999",
        "title": "Helsepersonelloven (§ 10 a barn som pårørende)",
        "publisher": "LOV-1999-07-02-64",
        "link": "https://lovdata.no/lov/1999-07-02-64",
        "note": "",
    },
    "spesialisthelsetjenesteloven": {
        "author": "Lov om spesialisthelsetjenesten m.m.",
        "year": "1999",
        "title": "Spesialisthelsetjenesteloven (§ 3-8 opplæring av pasienter og pårørende)",
        "publisher": "LOV-1999-07-02-61",
        "link": "https://lovdata.no/lov/1999-07-02-61",
        "note": "",
    },
    "helseforetaksloven": {
        "author": "Lov om helseforetak m.m.",
        "year": "2001",
        "title": "Helseforetaksloven (§ 35 synspunkter fra pasienter og andre brukere)",
        "publisher": "LOV-2001-06-15-93",
        "link": "https://lovdata.no/lov/2001-06-15-93",
        "note": "",
    },
    "spraklova": {
        "author": "Lov om språk",
        "year": "2021",
        "title": "Språklova (§ 9 klart og brukartilpassa språk i offentlege organ)",
        "publisher": "LOV-2021-05-21-42",
        "link": "https://lovdata.no/lov/2021-05-21-42",
        "note": "",
    },
    # --- User involvement -------------------------------------------------------------------
    "arnstein": {
        "author": "Arnstein, S. R.",
        "year": "1969",
        "title": "A Ladder of Citizen Participation",
        "publisher": "Journal of the American Institute of Planners, 35(4), 216–224",
        "link": "https://doi.org/10.1080/01944366908977225",
        "note": "Deltakelsesstigen, opphavet til ordet alibimedvirkning (tokenism).",
    },
    "helsenorge_samvalg": {
        "author": "Helsenorge",
        "year": "",
        "title": "Samvalg",
        "publisher": "Helsenorge",
        "link": "https://www.helsenorge.no/samvalg/",
        "note": "Samvalgsverktøy for pasienter og behandlere.",
    },
    "erfaringskompetanse": {
        "author": "Nasjonalt senter for erfaringskompetanse innen psykisk helse",
        "year": "",
        "title": "Erfaringskompetanse.no",
        "publisher": "",
        "link": "https://www.erfaringskompetanse.no/",
        "note": "Om erfaringskonsulenter og bruk av erfaringskompetanse i tjenestene.",
    },
    "napha_sandefjord": {
        "author": "Napha – Nasjonalt kompetansesenter for psykisk helsearbeid",
        "year": "2012",
        "title": "Sandefjord LMS – et kommunalt lærings- og mestringssenter",
        "publisher": "Napha",
        "link": "",
        "note": "Eksemplet i leksjon 1, slik senteret så ut i 2012.",
    },
    # --- Communication, groups and change ---------------------------------------------------
    "miller_rollnick_2023": {
        "author": "Miller, W. R. og Rollnick, S.",
        "year": "2023",
        "title": "Motivational Interviewing: Helping People Change and Grow (4. utg.)",
        "publisher": "Guilford Press",
        "link": "",
        "note": "Fjerde utgave: partnerskap, aksept, medfølelse og myndiggjøring.",
    },
    "eide_eide": {
        "author": "Eide, H. og Eide, T.",
        "year": "2017",
        "title": "Kommunikasjon i relasjoner: personorientering, samhandling, etikk (3. utg.)",
        "publisher": "Gyldendal Akademisk",
        "link": "",
        "note": "Relasjonskompetanse og kommunikasjon i helsefagene.",
    },
    "tuckman": {
        "author": "Tuckman, B. W.",
        "year": "1965",
        "title": "Developmental sequence in small groups",
        "publisher": "Psychological Bulletin, 63(6), 384–399",
        "link": "https://doi.org/10.1037/h0022100",
        "note": "Fasene i en gruppes utvikling.",
    },
    "annon_plissit": {
        "author": "Annon, J. S.",
        "year": "1976",
        "title": "The PLISSIT model: A proposed conceptual scheme for the behavioral treatment of sexual problems",
        "publisher": "Journal of Sex Education and Therapy, 2(1), 1–15",
        "link": "",
        "note": "Modellen for samtaler om sensitive temaer: tillatelse, begrenset informasjon, spesifikke råd, "
        "intensiv terapi.",
    },
    "selvhjelp_norge": {
        "author": "Selvhjelp Norge",
        "year": "2019",
        "title": "Læring, mestring og selvorganisert selvhjelp",
        "publisher": "Selvhjelp Norge",
        "link": "https://www.selvhjelp.no/",
        "note": "Selvorganiserte selvhjelpsgrupper etter et lærings- og mestringskurs.",
    },
    "bjorndal_lieberg": {
        "author": "Bjørndal, B. og Lieberg, S.",
        "year": "1978",
        "title": "Nye veier i didaktikken? En innføring i didaktiske emner og begreper",
        "publisher": "Aschehoug",
        "link": "",
        "note": "Der den didaktiske relasjonsmodellen ble lansert.",
    },
    "hiim_hippe": {
        "author": "Hiim, H. og Hippe, E.",
        "year": "2001",
        "title": "Undervisningsplanlegging for yrkeslærere",
        "publisher": "Gyldendal Akademisk",
        "link": "",
        "note": "Relasjonsmodellen videreutviklet for yrkes- og profesjonsutdanning.",
    },
    "antonovsky": {
        "author": "Antonovsky, A.",
        "year": "1987",
        "title": "Unraveling the Mystery of Health: How People Manage Stress and Stay Well",
        "publisher": "Jossey-Bass",
        "link": "",
        "note": "Salutogenese og opplevelse av sammenheng. På norsk: Helbredets mysterium (Gyldendal Akademisk).",
    },
    "prochaska_diclemente": {
        "author": "Prochaska, J. O. og DiClemente, C. C.",
        "year": "1983",
        "title": "Stages and processes of self-change of smoking: Toward an integrative model of change",
        "publisher": "Journal of Consulting and Clinical Psychology, 51(3), 390–395",
        "link": "https://doi.org/10.1037/0022-006X.51.3.390",
        "note": "Endringshjulet: fasene i endring.",
    },
    "lazarus_folkman": {
        "author": "Lazarus, R. S. og Folkman, S.",
        "year": "1984",
        "title": "Stress, Appraisal, and Coping",
        "publisher": "Springer",
        "link": "",
        "note": "Problemrettet og følelsesrettet mestring.",
    },
}


def sources(*keys: str) -> list[dict]:
    """The entries for ``keys``, in that order (a module's "Les mer" list)."""
    return [SOURCES[key] for key in keys]
