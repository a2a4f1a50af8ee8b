"""The sixty-seventh batch of published layouts (tests/published/batch67.py): nine tables of public
institutions of health and education, several files per unit — a 县中西医结合医院's 药剂科 一览表 under a
``科室:…`` line, its 医学装备科 排查表 with the 科室 only in the title, ``Ⅰ级/Ⅱ级/Ⅲ级`` and a trailing
``监督责任人``, and (harder) its 领导班子 一览表 with a ``姓名及职务`` column of ``name⏎post`` cells; a 镇
中心卫生院's 一览表 in four parts begun by rows merged across, and its 乡村医生 防控卡 per 村卫生室; a 县
职业教育中心's 招生就业处 一览表 (处室 in the title, ``一级/二级/三级``, a trailing ``分管领导``) and its
重点岗位 清单 对岗不对人 with ``主要表现形式``; a 县教育技术装备中心's 一览表 with one post held by two
people named in one cell, and its 电化教育股 附件3 (``python tests/published/score.py --set batch67``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 50435fc: forms 0.906 (29/32), recall 0.873 (48/55),
precision 0.873 (48/55), levels 1.000 (48/48), types 1.000 (48/48), noise 0; with --strict forms
0.812 (26/32), recall 0.873 (48/55), precision 0.873 (48/55), levels 1.000 (48/48), types 1.000
(48/48), noise 0. Missed:

- ``tcm_hospital_leaders_name_and_post`` (the harder one; 0/3 forms, 0/7 points, both modes): the
  column headed ``姓名及职务`` (B2; cells B3:B9 merged per person, ``闵国强⏎党委书记、院长``) is read
  as the 岗位 column and its cells are not split NAME-first: the whole cell, line break dropped,
  becomes the post (``闵国强党委书记、院长``) and the holder is empty, so no form has its person and
  no point its key. The reader splits ``post name`` / ``post(name)`` / ``post⏎name`` (name last),
  not ``name⏎post``; the post after the break (``党委书记、院长``, offices joined by 、) is one post.
  The risks themselves, levels and ``…风险`` types were read right (7 rows, Ⅰ/Ⅱ/Ⅲ right).
- ``health_centre_four_parts`` (strict only, 5/6): the part caption ``三、药房`` (A10, merged
  A10:F10) is not taken for a 科室 (``locate.caption_identity``: ``药房`` ends with none of
  科/股/室/中心/社区 and ``房`` is not in ``_DEPT_END``), so the 药房负责人 柯建平 (row 11) keeps the
  科室 ``财务室`` of the caption before (``二、财务室``), and his tier is left blank; the captions
  ``二、财务室`` and ``四、公共卫生科`` were read right.
- ``health_centre_village_doctor_cards`` (strict only, 0/2): the label ``村卫生室`` (C2) with its value
  ``柳湾村卫生室`` (D2) is no 科室 field (not among ``fields.department``'s words), so both cards
  (祁建明 on ``柳湾村``, 柴秀英 on ``石桥村``) have no 科室; holder, post ``乡村医生`` and all five points
  right.

Read right: the 药剂科 copy with its 科室 from the ``科室:药剂科 | 填报时间:…`` line and 岗位/姓名 merged
per person; the 医学装备科 排查表 with its 科室 only in the title, ``Ⅰ级/Ⅱ级/Ⅲ级``, the trailing
``监督责任人`` (the 分管副院长, merged down) taken for no holder, and the empty ``Sheet2``/``Sheet3``
no forms and no noise; the 卫生院's parts ``一、院领导`` (leaders, no 科室), ``二、财务室``,
``四、公共卫生科`` with the running number going on; the 乡村医生 cards per sheet with their holders
from the pairs above and the signed foot no point; the 招生就业处 一览表 with the 处室 from the title,
``一级/二级/三级`` and the trailing ``分管领导`` no holder; the 重点岗位 清单 对岗不对人 under its
``说明:`` line, the short ``风险点`` kept beside ``主要表现形式``; the 装备中心's post held by
``彭晓、邢伟`` as two holders with the same points; the 电化教育股 附件3 by its 负责人.

(Read in full before any change for it: nothing in this batch was generalised on.)

After generalising (the holder first and his posts after a line break in one cell; a numbered
caption among 科室 captions is a 科室 though its word is not a 科室's ('三、药房'); a label naming the kind of
part its value is ('村卫生室 | 柳湾村卫生室')): 1.00 on every metric, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch67 import (
    EQUIPMENT,
    HEALTH_CENTRE,
    HOSPITAL,
    LAYOUTS,
    ORDINAL,
    ROMAN,
    VOCATIONAL,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **ROMAN, **ORDINAL}
BATCH = Batch(67, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"tcm_hospital_leaders_name_and_post"}
TYPED = {"tcm_hospital_leaders_name_and_post", "tcm_hospital_pharmacy_list",
         "vocational_enrolment_office", "equipment_centre_shared_post",
         "equipment_centre_annex3_av_section"}  # fmt: skip
NOBODY = {"vocational_key_posts_described"}


def _by_heading(name, heads, sheet=0, level="风险等级", first="序号", fixed=None):
    """BATCH.by_heading, the header opened by ``first``."""
    return BATCH.by_heading(name, heads, sheet, level, fixed, first=first)


def test_batch67_is_apart_from_the_earlier_batches():
    words = ("中西医结合", "青龙镇", "职业教育中心", "教育技术装备")
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=65, one_unit_each=False, unit_words=words)
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert units == {HOSPITAL, HEALTH_CENTRE, VOCATIONAL, EQUIPMENT}


def test_batch67_truth_is_self_consistent():
    truth = BATCH.truth_is_self_consistent(nobody=NOBODY)
    for f in truth["forms"]:
        assert (f["tier"] == "leader") <= (f["department"] == ""), f["file"]


def test_batch67_levels_and_types():
    BATCH.levels_and_types(typed=TYPED)


def test_batch67_several_files_per_unit():
    units = BATCH.files_of_units()
    for lay in LAYOUTS:
        # the unit stands in each sheet's first rows (the title or the 单位(盖章) line)
        for sheet in {f["sheet"] for f in lay["truth"]}:
            top = [c for row in BATCH.sheet(lay["name"], sheet)["rows"][:3] for c in row]
            assert any(isinstance(c, str) and lay["truth"][0]["unit"] in c for c in top)
    assert sorted(len(v) for v in units.values()) == [2, 2, 2, 3]
    assert len(units[HOSPITAL]) == 3 and all(u.startswith("XX县") for u in units)


def test_batch67_plain_tables_by_heading():
    cases = [
        ("tcm_hospital_pharmacy_list", {"post": "岗位", "person": "姓名", "point": "风险点"},
         {"dept": "药剂科"}),
        ("tcm_hospital_equipment_roman", {"post": "岗位", "person": "责任人", "point": "风险点"},
         {"dept": "医学装备科"}),
        ("vocational_enrolment_office", {"post": "岗位", "person": "责任人", "point": "风险点"},
         {"dept": "招生就业处"}),
        ("vocational_key_posts_described", {"dept": "处室", "post": "岗位", "point": "风险点"}, {}),
    ]  # fmt: skip
    for name, heads, fixed in cases:
        got = _by_heading(name, heads, fixed=fixed)
        assert sorted(got) == sorted(BATCH.truth_rows(name)), name
    # the 科室 from the line over the heading, or from the title after the unit
    assert BATCH.filled("tcm_hospital_pharmacy_list")[1][0] == "科室:药剂科"
    for name, dept in (("tcm_hospital_equipment_roman", "医学装备科"),
                       ("vocational_enrolment_office", "招生就业处")):  # fmt: skip
        title = BATCH.filled(name)[0][0]
        unit = BY_NAME[name]["truth"][0]["unit"]
        assert title.startswith(unit + dept), title
        assert not any(dept in str(c) for row in BATCH.filled(name)[1:] for c in row)
    # the short point beside its long 主要表现形式
    rows = BATCH.filled("vocational_key_posts_described")
    head = BATCH.header("vocational_key_posts_described")
    for row in rows[head + 1 :]:
        if row[5] in HML:
            assert len(row[3]) < len(row[4]) and row[4].startswith("1.")
    assert rows[1][0].startswith("说明:") and "对岗不对人" in rows[1][0]


def test_batch67_supervisors_name_no_holder():
    for name, col in (("tcm_hospital_equipment_roman", "监督责任人"),
                      ("vocational_enrolment_office", "分管领导")):  # fmt: skip
        rows = BATCH.filled(name)
        head = BATCH.header(name)
        c = rows[head].index(col)
        names = {row[c] for row in rows[head + 1 :] if row[5] in LEVELS}
        holders = {f["person"] for f in BY_NAME[name]["truth"]}
        assert len(names) == 1 and not names & holders
        # merged down the whole table
        first = head + 1
        last = max(r for r, row in enumerate(rows) if row[5] in LEVELS)
        assert (first, c, last, c) in BATCH.sheet(name)["merges"]
    # the equipment workbook keeps two empty tabs
    assert [s["name"] for s in BY_NAME["tcm_hospital_equipment_roman"]["sheets"]] == [
        "医学装备科",
        "Sheet2",
        "Sheet3",
    ]
    assert not any(s["rows"] for s in BY_NAME["tcm_hospital_equipment_roman"]["sheets"][1:])


def test_batch67_name_and_post_cells():
    name = "tcm_hospital_leaders_name_and_post"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][1] == "姓名及职务" and rows[head][2] == "分管工作"
    got = []
    for row in rows[head + 1 :]:
        if row[5] in HML:
            who, post = row[1].split("\n")
            got.append(("", post, who, row[3], HML[row[5]]))
            assert "、" not in who and "科" in row[2]
    assert got == BATCH.truth_rows(name)
    assert {f["title"] for f in BY_NAME[name]["truth"]} >= {"党委书记、院长", "党委委员、副院长"}
    assert all(f["tier"] == "leader" for f in BY_NAME[name]["truth"])


def test_batch67_parts_cards_shared_post_and_annex():
    name = "health_centre_four_parts"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    dept, got, numbers = None, [], []
    for row in rows[head + 1 :]:
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            assert len(set(row)) == 1  # merged across the table
            part = row[0][2:]
            dept = "" if part == "院领导" else part
        elif row[4] in HML:
            numbers.append(row[0])
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)
    assert numbers == list(range(1, len(numbers) + 1))  # the running number goes on
    name = "health_centre_village_doctor_cards"
    for sh in BY_NAME[name]["sheets"]:
        rows = BATCH.filled(name, sh["name"])
        assert rows[1][0] == "姓名" and rows[1][2] == "村卫生室" and rows[1][4] == "岗位"
        who, dept, post = rows[1][1], rows[1][3], rows[1][5]
        assert dept == sh["name"] + "卫生室"
        got = [(dept, post, who, r[2], HML[r[3]]) for r in rows[3:] if r[3] in HML]
        assert got == BATCH.truth_rows(name, sh["name"])
        assert rows[-1][:2] == ["持卡人签字:", who]
    name = "equipment_centre_shared_post"
    got = []
    for dept, post, names, point, level in _by_heading(
        name, {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    ):
        got += [(dept, post, who, point, level) for who in names.split("、")]
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    shared = [f for f in BY_NAME[name]["truth"] if f["title"] == "仓库保管员"]
    assert len(shared) == 2 and shared[0]["risks"] == shared[1]["risks"]
    name = "equipment_centre_annex3_av_section"
    rows = BATCH.filled(name)
    assert rows[0][0] == "附件3" and rows[3][:4] == ["科室", "电化教育股", "负责人", "沈立群"]
    head = BATCH.header(name, first="岗位职责")
    got = [("电化教育股", "", "沈立群", r[2], HML[r[4]]) for r in rows[head + 1 :] if r[4] in HML]
    assert got == BATCH.truth_rows(name)
    for f in BY_NAME[name]["truth"]:
        assert f["tier"] == "middle" and f["title"] == ""
        assert all(r["types"] == types_in(r["types"][0]) for r in f["risks"])


def test_sixty_seventh_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
