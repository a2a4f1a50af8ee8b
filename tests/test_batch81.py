"""The eighty-first batch of published layouts (tests/published/batch81.py): eight ordinary lists of
county bodies — a 县政府金融工作办公室 一览表 by 股室 (领导班子 first), a 县史志办公室 排查表 without a
科室 column, a 县计划生育协会 清单 对岗不对人 with ``★★★/★★/★``, a 县经济合作局 排查表 whose 股室 are
group rows merged across, a 县委巡察办 排查表 under a ``填报单位:… | 填报时间:…`` line with
``Ⅰ级/Ⅱ级/Ⅲ级``, a 县计划生育委员会 登记表 with ``高级/中级/低级`` and a trailing ``责任领导``, a 县纪委
机关 清单 typed without merging (科室, 职务, 姓名 only on the first row of a run) — and one harder: a
县委网信办 清单 whose holder is given only in a trailing ``责任股室 | 责任人`` pair, the 责任人 written
``股长 邝海波`` (``python tests/published/score.py --set batch81``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 11e94cf: forms 1.000 (36/36), recall 1.000 (46/46),
precision 1.000 (46/46), levels 1.000 (46/46), types 1.000 (46/46), noise 0; with --strict the
same: forms 1.000 (36/36), recall 1.000 (46/46), precision 1.000 (46/46), levels 1.000 (46/46),
types 1.000 (46/46), noise 0. Missed:

- nothing scored: no form, point, level or type of this batch was missed, in either mode.
- unscored (score.py does not compare the unit): ``cyber_office_trailing`` comes out with unit ""
  — the title ``中共XX县委网络安全和信息化委员会办公室廉政风险防控清单`` (A1, merged across, no ``单位:``
  line) gives no unit; ``finance_office_sections`` comes out with unit ``XX县人民政府`` — the title
  ``XX县人民政府金融工作办公室岗位廉政风险防控一览表`` (A2) is cut after 人民政府, losing the
  金融工作办公室 that is the unit (its 股室 are still read as the 科室).

Read right: the harder 网信办 清单's trailing ``责任股室 | 责任人`` with ``股长 邝海波`` split into post
and holder (a COLUMN_GUESSED hint on F2), the 股室 from ``责任股室``, ``一级/二级/三级``; the 金融办's
股室 merged with 领导班子 first; the 史志办's list without a 科室 column, posts kept as written
(``编研股股长``); the 计生协's 清单 对岗不对人 with ``★★★/★★/★`` and ``…风险`` types; the 经济合作局's
group rows ``一、局领导班子`` / ``二、招商引资股`` as 科室 (leaders by their 局长/副局长 posts); the
巡察办's ``填报单位:…(盖章) | 填报时间:…`` line, ``Ⅰ级/Ⅱ级/Ⅲ级`` and empty 备注; the 计生委's ``高级/中级/
低级`` and the merged ``责任领导`` not taken for the holder; the 纪委's unmerged first-row-only
科室/职务/姓名 carried down (strict too).

(Read in full before any change for it: nothing in this batch was generalised on.)

After generalising (nothing scored was missed; unscored: a 委员会's 办公室 and a county government's 办公室
named in a title are units): 1.00 on every metric, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch81 import GRADES, LAYOUTS, ORDINALS, PREFIX, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **STARS, **GRADES, **ORDINALS, **ROMAN}
BATCH = Batch(81, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"cyber_office_trailing"}
TYPED = {"history_office_posts", "family_planning_assoc_posts", "economic_cooperation_groups",
         "discipline_rooms_first_row"}  # fmt: skip
NOBODY = {"family_planning_assoc_posts"}


def _by_heading(name, heads, level="风险等级", fixed=None):
    """BATCH.by_heading on the first sheet."""
    return BATCH.by_heading(name, heads, 0, level, fixed)


def test_batch81_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER)
    assert PREFIX == "b81_"


def test_batch81_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY)


def test_batch81_levels_and_types():
    BATCH.levels_and_types(typed=TYPED)
    assert all(len(r["types"]) <= 1 for name in BY_NAME for r in BATCH.points(name))


def test_batch81_plain_tables_by_heading():
    cases = [
        ("finance_office_sections", {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"},
         "风险等级"),
        ("history_office_posts", {"post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级"),
        ("family_planning_assoc_posts", {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险等级"),
        ("inspection_office_teams", {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"},
         "风险等级"),
        ("birth_commission_grades", {"dept": "股室", "post": "岗位", "person": "姓名",
                                     "point": "廉政风险点"}, "风险等级"),
    ]  # fmt: skip
    for name, heads, level in cases:
        got = _by_heading(name, heads, level=level)
        assert got == BATCH.truth_rows(name), name
    rows = BATCH.filled("birth_commission_grades")
    leaders = {row[7] for row in rows if row[5] in GRADES}
    assert len(leaders) == 2
    assert not leaders & {f["person"] for f in BY_NAME["birth_commission_grades"]["truth"]}
    rows = BATCH.filled("inspection_office_teams")
    assert rows[1][0].startswith("填报单位:") and rows[1][4].startswith("填报时间:")
    assert all(row[7] is None for row in rows if row[5] in ROMAN)
    for name in ("family_planning_assoc_posts", "birth_commission_grades"):
        assert BATCH.filled(name)[-1][0].startswith("说明:")
    tiers = {f["title"]: f["tier"] for f in BY_NAME["history_office_posts"]["truth"]}
    assert tiers == {
        "主任": "leader",
        "副主任": "leader",
        "编研股股长": "middle",
        "报账员": "general",
    }
    assert all(f["department"] == "" for f in BY_NAME["history_office_posts"]["truth"])


def test_batch81_trailing_holder_group_rows_and_first_row_cells():
    name = "cyber_office_trailing"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][4:6] == ["责任股室", "责任人"]
    got = []
    for row in rows[head + 1 :]:
        if row[2] in ORDINALS:
            post, who = row[5].split(" ")
            got.append((row[4], post, who, row[1], ORDINALS[row[2]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    name = "economic_cooperation_groups"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    dept, got = None, []
    for row in rows[head + 1 :]:
        if row[0] and isinstance(row[0], str) and "、" in row[0] and row[1] == row[0]:
            dept = row[0].split("、", 1)[1]
            continue
        if row[5] in HML:
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert [row[0] for row in rows if row[5] in HML] == list(range(1, len(got) + 1))
    name = "discipline_rooms_first_row"
    sh = BATCH.sheet(name)
    assert not [m for m in sh["merges"] if m[0] > BATCH.header(name)]
    head = BATCH.header(name)
    last, got = [None, None, None], []
    for row in sh["rows"][head + 1 :]:
        if len(row) > 6 and row[6] in HML:
            if row[1]:
                last = [row[1], None, None]
            if row[2]:
                last[1:] = [row[2], row[3]]
            got.append((*last, row[4], HML[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert (
        sum(1 for row in sh["rows"][head + 1 :] if len(row) > 6 and row[6] in HML and not row[3])
        == 2
    )


def test_eighty_first_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
