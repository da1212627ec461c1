"""Writes the bad documents of this folder: rows of the library's table of bad input
(tests/test_bad_input.rs) as files, each with one fault. The tool must refuse each with
the library's own error. Run from this folder: python3 make.py"""
import copy
import json

pilot = json.load(open("../caretaker.json"))


def job(name, edit):
    doc = copy.deepcopy(pilot)
    edit(doc)
    write(f"job_{name}.json", json.dumps(doc, ensure_ascii=False, indent=2))


def write(name, text):
    with open(name, "w", encoding="utf-8") as f:
        f.write(text if text.endswith("\n") else text + "\n")


def put(path, value):
    def edit(doc):
        *parents, last = path.split(".")
        for key in parents:
            doc = doc[key]
        doc[last] = value
    return edit


rows = {
    "title_number": put("title", 7),
    "title_empty": put("title", ""),
    "title_blank": put("title", " \u3000\t"),
    "title_zero_width": put("title", "\u200b\u200b"),
    "title_too_long": put("title", "x" * 121),
    "title_line_feed": put("title", "Peer worker\nApply now"),
    "title_bidi": put("title", "Peer worker \u202ekirjoita\u202c"),
    "languages_string": put("languages", "fi"),
    "languages_repeated": put("languages", ["fi", "sv", "fi"]),
    "languages_empty": put("languages", []),
    "setting_unknown": put("setting", "space_station"),
    "unknown_field": put("salary", 3000),
    "format_version_3": put("format_version", 3),
    "task_unknown": put("tasks.essential", ["listens_to_clients", "juggling"]),
    "task_both": put("tasks.optional", ["meets_everyone_at_the_door"]),
    "no_essential_task": put("tasks", {"essential": [], "optional": ["escorts_clients"]}),
    "working_modes_empty": put("working_modes", []),
    "working_modes_too_many": put("working_modes", ["outreach"] * 5),
    "working_time_string": put("terms.working_time_percent", "50"),
    "working_time_0": put("terms.working_time_percent", 0),
    "working_time_101": put("terms.working_time_percent", 101),
    "working_time_65536": put("terms.working_time_percent", 65536),
    "working_time_negative": put("terms.working_time_percent", -1),
    "contract_string": put("terms.contract", "permanent"),
    "contract_missing_term": put("terms.contract", {"kind": "fixed_term"}),
    "contract_extra_key": put("terms.contract", {"kind": "permanent", "term": {"duration": {"amount": 3, "unit": "months"}}}),
    "term_zero": put("terms.contract", {"kind": "fixed_term", "term": {"duration": {"amount": 0, "unit": "months"}}}),
    "term_amount_65536": put("terms.contract", {"kind": "fixed_term", "term": {"duration": {"amount": 65536, "unit": "months"}}}),
    "term_date_invalid": put("terms.contract", {"kind": "fixed_term", "term": {"dates": {"start": "2017-02-29", "end": "2017-03-31"}}}),
    "term_ends_before_start": put("terms.contract", {"kind": "fixed_term", "term": {"dates": {"start": "2017-11-30", "end": "2017-09-01"}}}),
    "employer_array": put("employer", ["City of Vantaa", "Ohjaamo"]),
    "training_string": put("requirements.desired.training", "none"),
    "open_to_all_with_others": put("requirements.required.experience_backgrounds", ["open_to_all", "substances"]),
    "themes_repeated": put("requirements.themes", ["crime", "crime"]),
    "onboarding_too_many": put("onboarding", ["computer"] * 6),
}
for name, edit in rows.items():
    job(name, edit)

text = json.dumps(pilot, ensure_ascii=False)
write("job_whole_array.json", "[]")
write("job_trailing_comma.json", '{"format_version": 2,}')
with open("job_truncated.json", "w", encoding="utf-8") as f:
    f.write(text[: len(text) // 2])
write("job_nan.json", text.replace('"working_time_percent": 50', '"working_time_percent": NaN'))
write("job_repeated_key.json", text.replace('"title": ', '"title": "Another post", "title": ', 1))
write("task_set_unknown.json", '["Escorts_Clients"]')
write("task_set_repeated.json", '["escorts_clients", "escorts_clients"]')
write("fee_schedule_repeated_rate.json", json.dumps({"name": "City", "rates": [
    {"activity": "meeting", "cents_per_hour": 4000}, {"activity": "meeting", "cents_per_hour": 4500}]}))
write("fee_schedule_zero_rate.json", json.dumps({"name": "City", "rates": [{"activity": "meeting", "cents_per_hour": 0}]}))
write("fee_schedule_no_name.json", json.dumps({"name": "", "rates": []}))
write("readiness_repeated.json", json.dumps({"settled": ["needs_mapped", "needs_mapped"]}))
write("readiness_unknown.json", json.dumps({"settled": ["world_peace"]}))
roster = json.load(open("../roster.json"))
dup = copy.deepcopy(roster)
dup["workers"].append(copy.deepcopy(dup["workers"][0]))
write("roster_duplicate_id.json", json.dumps(dup, ensure_ascii=False, indent=2))
wrong = copy.deepcopy(roster)
wrong["workers"][2]["max_working_time_percent"] = 0
write("roster_working_time_0.json", json.dumps(wrong, ensure_ascii=False, indent=2))
