"""The list of municipalities (accounts.municipalities): 357 as of 2024,
with the count SSB gives for each county."""

from accounts import municipalities

# Statistics Norway, classification 131, valid from 1 January 2024.
PER_COUNTY = {
    "03": 1,  # Oslo
    "11": 23,  # Rogaland
    "15": 27,  # Møre og Romsdal (Haram split from Ålesund in 2024)
    "18": 41,  # Nordland
    "31": 12,  # Østfold
    "32": 21,  # Akershus
    "33": 18,  # Buskerud
    "34": 46,  # Innlandet
    "39": 6,  # Vestfold
    "40": 17,  # Telemark
    "42": 25,  # Agder
    "46": 43,  # Vestland
    "50": 38,  # Trøndelag
    "55": 21,  # Troms
    "56": 18,  # Finnmark
}


def test_there_are_357_municipalities_with_the_right_count_per_county():
    numbers = list(municipalities.MUNICIPALITIES)
    assert len(numbers) == 357 == sum(PER_COUNTY.values())
    counted = {county: sum(1 for number in numbers if number[:2] == county) for county in PER_COUNTY}
    assert counted == PER_COUNTY
    assert set(municipalities.COUNTIES) == set(PER_COUNTY)
    assert all(len(number) == 4 and number.isdigit() for number in numbers)
    assert all(name.strip() == name and name for name in municipalities.MUNICIPALITIES.values())


def test_names_labels_and_official_parallel_names():
    assert municipalities.municipality_label("0301") == "0301 Oslo"
    assert municipalities.municipality_label("4601") == "4601 Bergen"
    assert municipalities.municipality_name("1508") == "Ålesund"
    assert municipalities.municipality_name("1580") == "Haram"
    assert municipalities.municipality_name("5540") == "Gáivuotna - Kåfjord - Kaivuono"
    assert municipalities.municipality_name("5612") == "Guovdageaidnu - Kautokeino"
    # Two municipalities share a name: the county tells them apart, as SSB writes it.
    assert municipalities.municipality_name("1515") == "Herøy (Møre og Romsdal)"
    assert municipalities.municipality_name("1818") == "Herøy (Nordland)"
    assert municipalities.municipality_name("3114") == "Våler (Østfold)"
    assert municipalities.municipality_name("3419") == "Våler (Innlandet)"
    assert municipalities.municipality_name("") == municipalities.municipality_name("9999") == ""
    assert municipalities.municipality_label("1507") == ""  # Ålesund's number before 2024


def test_the_options_are_in_norwegian_alphabetical_order_with_every_number_once():
    options = municipalities.options()
    assert sorted(number for number, _label in options) == sorted(municipalities.MUNICIPALITIES)
    assert [number for number, _label in options] == [number for number, _name in municipalities.choices()]
    labels = [label for _number, label in options]
    assert labels[0] == "Aarborte - Hattfjelldal (1826)"
    assert labels[-3:] == ["Ås (3218)", "Åseral (4224)", "Åsnes (3418)"]
    assert labels.index("Øygarden (4626)") < labels.index("Ål (3328)")  # Æ, Ø, Å after Z
    assert "Herøy (Nordland, 1818)" in labels and "Herøy (Møre og Romsdal, 1515)" in labels


def test_the_field_choices_are_the_names():
    choices = dict(municipalities.choices())
    assert (choices["4601"], choices["1818"], choices["5612"]) == (
        "Bergen",
        "Herøy (Nordland)",
        "Guovdageaidnu - Kautokeino",
    )
