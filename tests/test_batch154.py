"""The hundred-and-fifty-fourth batch of published layouts (tests/published/batch154.py): the
ordinary personal case — one form per person, as staff of county bodies no earlier batch used
fill them: a 档案馆's 防控卡 one a tab named after its holder, a 气象局's 自查表 with a row of labels
over a row of values, a 退役军人事务局's 登记表 with ``姓　　名``, a 人工影响天气办公室's 附件3 with two
persons merged down, a 调查队's 自查表 with ``单位：…`` ``科室：…`` ``姓名：…`` ``职务：…`` cells, a
人民防空办公室's 防控卡 with ``持卡人`` and ``高风险/中风险/低风险``, a 供销合作社联合社's 附件4 with
``Ⅰ级/Ⅱ级/Ⅲ级``, and one harder: a 光荣院's 承诺书 whose holder stands only under the table
(``python tests/published/score.py --set batch154``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 4d0dc8d (main's newest when the batch was done): forms
1.000 (14/14), recall 1.000 (38/38), precision 1.000 (38/38), levels 1.000 (38/38), types 1.000
(38/38), noise 0; with --strict the same. The 8 files: eight .xlsx, no re-saved copies. Missed:
nothing.

Read right: the 档案馆's cards one a tab with pairs above and a blank 所在股室 for the 馆长; the
气象局's label row over its values row with 一级/二级/三级; the 退役军人事务局's ``姓　　名``/``职　　务``
labels with the 责任人 column repeating the holder; the 人影办's two persons merged down under 姓名
and 岗位 with no 科室 column; the 调查队's ``单位：…`` ``科室：…`` ``姓名：…`` ``职务：…`` cells; the 人防办's
``持卡人`` row and ``高风险/中风险/低风险`` with a ``监督人`` column of ``纪检组``; the 供销社's
``姓名：　…``/``职务：　…`` and ``Ⅰ级/Ⅱ级/Ⅲ级``; the harder 光荣院 承诺书's holder and post taken from
``承诺人：… | 职务：…`` under the table.

(Read in full before any change for it: nothing in this batch was generalised on.)

Nothing was generalised on this batch: it read in full untuned, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch154 import GAP, GRADES, LAYOUTS, ROMAN, WORDS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **WORDS}
BATCH = Batch(154, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"glory_home_pledge"}
UNTYPED = {"survey_team_field_cells"}


def test_batch154_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=153, new_people=True)
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert all("隆昌" in u for u in units), units


def test_batch154_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(personal=True)


def test_batch154_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch154_holder_only_under_the_table():
    name = "glory_home_pledge"
    (form,) = BY_NAME[name]["truth"]
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert not any(form["person"] in str(c) for row in rows[: head + 1] for c in row)
    assert [c for c in rows[-2] if c] == [f"承诺人：{form['person']}", f"职务：{form['title']}"]
    assert form["department"] == "" and form["tier"] == "leader"
    got = BATCH.by_heading(
        name, {"point": "廉政风险点"}, fixed={"post": "院长", "person": form["person"]}
    )
    assert got == BATCH.truth_rows(name)


def test_batch154_forms_one_a_sheet():
    name = "archives_cards_per_tab"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert f["sheet"] == f["person"]
        assert rows[1][:2] == ["姓名", f["person"]] and rows[1][2] == "所在股室"
        assert (rows[1][3] or "") == f["department"]
        assert rows[2][:2] == ["职务", f["title"]]
    name = "weather_bureau_label_row"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓名", "科室", "职务"]
        assert [rows[2][0], rows[2][1] or "", rows[2][2]] == [
            f["person"],
            f["department"],
            f["title"],
        ]
        assert {r["level"] for r in f["risks"]} <= {1, 2, 3}
    name = "survey_team_field_cells"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][2:] == [
            f"科室：{f['department']}",
            f"姓名：{f['person']}",
            f"职务：{f['title']}",
        ]
    name = "air_defense_card_holder"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][0] == "持卡人" and rows[1][1] == f["person"] and rows[1][5] == f["title"]
        assert (rows[1][3] or "") == f["department"]


def test_batch154_labels_and_merged_holders():
    name = "veterans_bureau_spaced_labels"
    rows = BATCH.filled(name)
    assert rows[1][0] == f"姓{GAP}{GAP}名" and rows[2][0] == f"职{GAP}{GAP}务"
    (f,) = BY_NAME[name]["truth"]
    assert rows[1][2] == f["person"] and rows[1][4] == f["department"] and rows[2][2] == f["title"]
    name = "weather_mod_office_two_people"
    assert all(f["department"] == "" for f in BY_NAME[name]["truth"])
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "风险点"})
    assert got == BATCH.truth_rows(name)
    name = "supply_coop_colon_pairs"
    rows = BATCH.filled(name)
    (f,) = BY_NAME[name]["truth"]
    assert rows[2][0] == f"姓名：{GAP}{f['person']}" and rows[2][2] == f"职务：{GAP}{f['title']}"
    assert [r["level"] for r in f["risks"]] == [1, 1, 2, 3]


def test_hundred_and_fifty_fourth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
