"""Municipality profiles: the shipped presets say what their seed says, and a broken operator profile is
refused with one line naming the file, the key and the line to fix."""

from __future__ import annotations

import json
from datetime import datetime
from importlib.resources import files
from pathlib import Path

import pytest

from bot.profile import (
    EMERGENCY_NUMBER,
    LIVSLINIEN_NUMBER,
    Profile,
    ProfileError,
    describe,
    laegevagt_number,
    list_profiles,
    load_profile,
    phone_e164,
    team_for_age,
)

SHIPPED = ["bronderslev", "default", "esbjerg", "greve", "thisted"]

VALID = """\
name = "testby"
municipality = "Testby Kommune"
region = "sjaelland"

[contact]
phone = "30 55 52 38"

[[teams]]
name = "Teamet"
phone = "30 55 52 38"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "testby.toml"
    path.write_text(text, encoding="utf-8")
    return path


def refusal(path: Path | str) -> ProfileError:
    with pytest.raises(ProfileError) as caught:
        load_profile(str(path))
    assert "\n" not in str(caught.value), "a profile error must be one line"
    return caught.value


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based number of the line holding the n-th ``needle``, so tests do not hard-code line numbers."""
    hits = [number for number, line in enumerate(text.splitlines(), start=1) if needle in line]
    return hits[occurrence - 1]


# --- the shipped presets -------------------------------------------------------------------------------


def test_the_five_seed_presets_are_shipped() -> None:
    assert list_profiles() == SHIPPED


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_preset_loads_and_carries_its_own_name(name: str) -> None:
    profile = load_profile(name)
    assert profile.name == name
    assert profile.timezone == "Europe/Copenhagen"
    assert profile.default_language == "da"


@pytest.mark.parametrize("name", SHIPPED)
def test_a_profile_survives_a_round_trip_through_json(name: str) -> None:
    profile = load_profile(name)
    dumped = json.loads(json.dumps(profile.model_dump(mode="json")))
    assert dumped["office_hours"]["mon"] == {"opens": "08:00", "closes": "15:30"}
    assert Profile.model_validate(dumped) == profile


def test_bronderslev_sends_a_citizen_of_29_to_ungecentret() -> None:
    team = team_for_age(load_profile("bronderslev"), 29)
    assert (team.name, team.phone) == ("UngeCentret", "9945 4705")


@pytest.mark.parametrize("age", [30, 31, 84])
def test_bronderslev_sends_a_citizen_of_30_or_over_to_visitationen(age: int) -> None:
    team = team_for_age(load_profile("bronderslev"), age)
    assert (team.name, team.phone) == ("Visitationen – Det Specialiserede Område", "9945 4421")


def test_a_citizen_of_unknown_age_goes_to_the_first_team() -> None:
    profile = load_profile("bronderslev")
    assert team_for_age(profile, None) == profile.teams[0]


def test_a_negative_age_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="negative"):
        team_for_age(load_profile("bronderslev"), -1)


def test_greve_reports_must_be_picked_up_within_five_working_days() -> None:
    greve = load_profile("greve")
    assert greve.reports.deadline_working_days == 5
    assert greve.contact.phone == "30 55 52 38"


def test_greve_ends_a_course_when_the_citizen_stops_using_the_support() -> None:
    assert load_profile("greve").followup.inactivity_close_days is not None


def test_greve_keeps_less_for_shorter_because_help_is_as_a_rule_not_registered() -> None:
    greve, default = load_profile("greve").retention, load_profile("default").retention
    assert greve.message_body_days < default.message_body_days
    assert greve.closed_case_days < default.closed_case_days
    assert load_profile("greve").anonymous_help_allowed


def test_thisted_processes_cases_within_eight_weeks_and_follows_up_before_the_period_ends() -> None:
    thisted = load_profile("thisted")
    assert thisted.reports.case_processing_weeks == 8
    assert thisted.followup.period_end_followup_days is not None
    assert (thisted.contact.email, thisted.contact.phone) == ("social@thisted.dk", "99 17 19 20")


def test_esbjerg_points_to_kraftcentret_and_never_to_a_workers_private_mobile() -> None:
    esbjerg = load_profile("esbjerg")
    assert esbjerg.contact.address == "Frodesgade 25, 6700 Esbjerg"
    shipped_text = files("bot").joinpath("profiles", "esbjerg.toml").read_text(encoding="utf-8")
    dumped = json.dumps(esbjerg.model_dump(mode="json")) + shipped_text
    for private in ("2724 1393", "2724 3949", "2724 1394", "27241393", "27243949", "27241394"):
        assert private not in dumped


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("greve", "1818"),
        ("esbjerg", "70 11 07 07"),
        ("thisted", "70 15 03 00"),
        ("bronderslev", "70 15 03 00"),
    ],
)
def test_each_municipality_gives_its_regions_night_number(name: str, number: str) -> None:
    assert load_profile(name).laegevagt == number


def test_every_region_has_its_own_lægevagt_number_next_to_112_and_livslinien() -> None:
    assert laegevagt_number("hovedstaden") == "1813"
    assert laegevagt_number("midtjylland") == "70 11 31 31"
    assert (EMERGENCY_NUMBER, LIVSLINIEN_NUMBER) == ("112", "70 201 201")


def test_the_team_is_closed_at_night_on_friday_afternoon_and_at_weekends() -> None:
    hours = load_profile("greve").office_hours
    assert hours.is_open(datetime(2025, 3, 3, 10, 0))  # a Monday morning
    assert not hours.is_open(datetime(2025, 3, 3, 22, 0))
    assert not hours.is_open(datetime(2025, 3, 7, 13, 30))  # Friday after 13:00
    assert not hours.is_open(datetime(2025, 3, 8, 10, 0))  # Saturday


def test_phone_numbers_are_shown_as_written_and_stored_as_e164() -> None:
    assert phone_e164("30 55 52 38") == "+4530555238"
    assert phone_e164("+45 9945 4705") == "+4599454705"


# --- describe (skp-bot profile show) ---------------------------------------------------------------------


def test_describing_greve_shows_the_five_working_day_deadline_and_the_team_phone() -> None:
    text = describe(load_profile("greve"))
    assert "5 arbejdsdage" in text
    assert "30 55 52 38" in text
    assert "1818" in text


def test_describing_bronderslev_shows_the_age_split_at_30() -> None:
    text = describe(load_profile("bronderslev"))
    assert "UngeCentret: tlf. 9945 4705, under 30 år" in text
    assert "Visitationen – Det Specialiserede Område: tlf. 9945 4421, 30 år og derover" in text


def test_describing_thisted_shows_eight_weeks_case_processing_and_the_email() -> None:
    text = describe(load_profile("thisted"))
    assert "8 ugers sagsbehandling" in text
    assert "social@thisted.dk" in text
    assert "lørdag   lukket" in text


# --- operator profiles ---------------------------------------------------------------------------------


def test_an_operator_profile_is_loaded_from_its_path_with_defaults_filled_in(tmp_path: Path) -> None:
    profile = load_profile(str(write(tmp_path, VALID)))
    assert profile.languages == ["da", "en"]
    assert profile.office_hours.fri is not None and profile.office_hours.sat is None
    assert team_for_age(profile, 45).name == "Teamet"


def test_a_misspelt_key_names_file_key_and_line_and_suggests_the_right_one(tmp_path: Path) -> None:
    text = VALID + "\n[reports]\ndeadline_workin_days = 5\n"
    error = refusal(write(tmp_path, text))
    line = line_of(text, "deadline_workin_days")
    assert str(error).startswith(f"{tmp_path / 'testby.toml'}:{line}: reports.deadline_workin_days: ")
    assert "unknown key" in str(error) and "'deadline_working_days'" in str(error)


def test_a_word_where_a_number_belongs_names_file_key_and_line(tmp_path: Path) -> None:
    text = VALID + '\n[reports]\nwarn_before_days = 1\ndeadline_working_days = "five"\n'
    error = refusal(write(tmp_path, text))
    assert (error.key, error.line) == (
        "reports.deadline_working_days",
        line_of(text, "deadline_working_days"),
    )
    assert "integer" in str(error) and "'five'" in str(error)


def test_a_number_in_quotes_is_not_quietly_taken_as_a_number(tmp_path: Path) -> None:
    text = VALID + '\n[reports]\ndeadline_working_days = "5"\n'
    assert refusal(write(tmp_path, text)).key == "reports.deadline_working_days"


def test_a_dotted_key_is_found_on_its_own_line(tmp_path: Path) -> None:
    text = VALID.replace('region = "sjaelland"\n', 'region = "sjaelland"\nreports.deadline_workin_days = 5\n')
    error = refusal(write(tmp_path, text))
    assert (error.key, error.line) == ("reports.deadline_workin_days", 4)


def test_a_broken_toml_line_is_reported_with_its_line_number(tmp_path: Path) -> None:
    text = VALID + "\n[reports]\ndeadline_working_days = \n"
    error = refusal(write(tmp_path, text))
    assert str(error).startswith(f"{tmp_path / 'testby.toml'}:{line_of(text, 'deadline_working_days')}: ")
    assert "invalid TOML" in str(error)


def test_overlapping_age_ranges_name_the_later_team_and_its_line(tmp_path: Path) -> None:
    text = VALID + 'min_age = 0\nmax_age = 29\n\n[[teams]]\nname = "Voksne"\nmin_age = 25\n'
    error = refusal(write(tmp_path, text))
    assert (error.key, error.line) == ("teams[1].min_age", line_of(text, "min_age", occurrence=2))
    assert "25–29" in str(error) and "'Teamet'" in str(error) and "'Voksne'" in str(error)


def test_a_gap_between_age_ranges_is_refused_at_the_first_team(tmp_path: Path) -> None:
    text = VALID + 'max_age = 17\n\n[[teams]]\nname = "Voksne"\nmin_age = 30\n'
    error = refusal(write(tmp_path, text))
    assert (error.key, error.line) == ("teams", line_of(text, "[[teams]]"))
    assert "18–29" in str(error)


def test_key_like_lines_inside_notes_do_not_mislead_the_line_finder(tmp_path: Path) -> None:
    notes = 'notes = """\n[[teams]]\nmin_age = 1\n"""\n'
    text = notes + VALID + 'max_age = 29\n\n[[teams]]\nname = "Voksne"\nmin_age = 20\n'
    error = refusal(write(tmp_path, text))
    assert (error.key, error.line) == ("teams[1].min_age", line_of(text, "min_age = 20"))


def test_a_missing_team_name_points_at_its_teams_table(tmp_path: Path) -> None:
    text = VALID + '\n[[teams]]\nphone = "99 17 19 20"\n'
    error = refusal(write(tmp_path, text))
    assert (error.key, error.line) == ("teams[1].name", line_of(text, "[[teams]]", occurrence=2))
    assert "missing" in str(error)


@pytest.mark.parametrize(
    ("hours", "complaint"),
    [
        ('"8-15"', '"HH:MM"'),
        ('"15:30-08:00"', "opens at 15:30 but closes at 08:00"),
        ('"08:00"', "HH:MM-HH:MM"),
    ],
)
def test_bad_opening_hours_name_the_weekday_line(tmp_path: Path, hours: str, complaint: str) -> None:
    text = VALID + f'\n[office_hours]\nmon = "08:00-15:30"\ntue = {hours}\n'
    error = refusal(write(tmp_path, text))
    assert error.key is not None and error.key.startswith("office_hours.tue")
    assert error.line == line_of(text, "tue =")
    assert complaint in str(error)


@pytest.mark.parametrize(
    ("text", "bad", "key", "complaint"),
    [
        (VALID[: VALID.rindex("phone")] + 'phone = "123"\n', '"123"', "teams[0].phone", "not a Danish phone"),
        (VALID.replace('"30 55 52 38"', '"+46 8 123 456"', 1), "+46", "contact.phone", "not a Danish phone"),
        ('timezone = "Europe/Kobenhavn"\n' + VALID, "timezone", "timezone", "unknown time zone"),
        (VALID.replace('"sjaelland"', '"midt"'), "midt", "region", "'midtjylland'"),
        ('contact_forms = ["sms", "sms"]\n' + VALID, "contact_forms", "contact_forms[1]", "listed twice"),
        ('languages = ["da", "Dansk"]\n' + VALID, "languages", "languages[1]", "language code"),
    ],
)
def test_a_bad_value_is_refused_with_its_key_and_line(
    tmp_path: Path, text: str, bad: str, key: str, complaint: str
) -> None:
    error = refusal(write(tmp_path, text))
    assert (error.key, error.line) == (key, line_of(text, bad))
    assert complaint in str(error)


def test_every_problem_is_listed_one_line_each_in_file_order(tmp_path: Path) -> None:
    text = VALID + '\n[reports]\nwarn_before_days = "one"\n\n[office_hours]\nmon = "8-15:30"\nsun = "x"\n'
    error = refusal(write(tmp_path, text))
    assert str(error).endswith("(and 2 more problems)")
    assert [problem.split(": ")[0] for problem in error.all_problems] == [
        f"{tmp_path / 'testby.toml'}:{line_of(text, needle)}" for needle in ("warn_before", "mon =", "sun =")
    ]


def test_an_unknown_shipped_name_lists_the_shipped_names() -> None:
    error = refusal("grve")
    assert str(error).startswith("grve: ")
    assert "bronderslev, default, esbjerg, greve, thisted" in str(error)


def test_a_missing_file_is_named_in_the_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.toml"
    assert str(refusal(missing)).startswith(f"{missing}: no such file")


def test_the_profile_contact_forms_are_the_data_models_contact_forms() -> None:
    """A profile may only name contact forms the database accepts for a check-in agreement."""
    from typing import get_args

    from bot.models.enums import ContactForm as StoredContactForm
    from bot.profile import ContactForm

    assert set(get_args(ContactForm)) == {form.value for form in StoredContactForm}
