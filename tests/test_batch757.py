"""The seven-hundred-and-fifty-seventh batch of published layouts (tests/published/batch757.py): seven
ordinary files as the 人社 and 就业 bodies of one county (康平县, 沈阳市) really send them — the
人社局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 就业服务中心's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 劳动保障监察大队's 防控卡 one sheet a person with ``★★★/★★/★``, the
劳动人事争议仲裁院's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 人才服务中心's 清单 under group
rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the 职业技能培训中心's 一览表 with
``高风险/中风险/低风险``, the 综合服务中心's 登记表 — and one harder: the 社会保险事业服务中心's 经办业务
台账, one row a point with only a ``办理环节`` (经办/复核/审批), under section rows one a business each
naming in its bracket that business's 经办, 复核 and 审批 holders
(``python tests/published/score.py --set batch757``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 4191684 (/work/snap34; this worktree branched from
dev at the same commit): TOTAL forms=0.816 recall=0.864 precision=0.864 levels=1.000 types=1.000
noise=0; with --strict the same: TOTAL forms=0.816 recall=0.864 precision=0.864 levels=1.000
types=1.000 noise=0 (forms 31/38, points 51/59). The 8 files: eight .xlsx, no re-saved copies. The
seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict
too).

Missed, all in the harder ``kangping_social_insurance_center_stage_sections.xlsx`` (sheet 经办风险;
forms 2/9, points 4/12, precision 4/12, levels 4/4, noise 0): the reader took the FIRST section row
A4 (``一、企业职工基本养老保险待遇核定（经办：待遇核发股科员　庾沇璋；复核：待遇核发股股长　荀瑢岍；
审批：副主任　庾瑢澍）``) for a legend line keying the ``办理环节`` column for the WHOLE table
(HOLDERS_BY_COLUMN_KEY at A4: ``经办=待遇核发股科员 庾沇璋、复核=待遇核发股股长 荀瑢岍``, its 审批 entry
not taken) and read the three other section rows A8, A12, A16 as bare section rows, their brackets
unread. So every 经办 row went to 庾沇璋 (posts.csv F00001: B5, B9, B13, B17, B18 — right for rows 5,
17, 18; rows 9 and 13 are 参保登记股 科员 荀澐翥's and 工伤待遇股 科员 荀嶷珩's), every 复核 row to
荀瑢岍 (F00002: B6, B10, B14, B19 — right for row 6; rows 10, 14, 19 are 参保登记股 股长 庾澐琦's,
工伤待遇股 股长 庾嶷岑's and 稽核股 股长 庾翥涵's), and the three 审批 rows 7, 11, 15 to a form with
no holder and no post, 科室 ``社会保险经办`` taken from the title (F00003; HOLDER_COLUMN_KEY_UNMATCHED
at B7, B11, B15), where the truth has them as 副主任 庾瑢澍's (rows 7, 11) and 主任 荀翥澄's (row 15).
Levels right on every row. Kind: section rows each naming THEIR business's 经办/复核/审批 holders
are read as one table-wide stage legend taken from the first section only, so each 办理环节 word
is given one holder for the whole table and the other sections' holders are lost.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, FILE_SKIPPED).

Not generalised in the stop that measured it (left for the next): a stage legend scoped to its
section row, each section's bracket keying the 办理环节 of the rows under it.

Generalised after this measurement: section rows each keying their own stages to holders in a closing bracket (（经办：…；复核：…；审批：…）) give each row its own section's holder for its stage (HOLDERS_BY_SECTION_KEYS, HOLDER_SECTION_KEY_UNMATCHED; tests/test_holders_by_section_keys.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch757 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SECTIONS,
    STAGES,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(757, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"kangping_social_insurance_center_stage_sections"}
TYPED = {
    "kangping_employment_center_posts",
    "kangping_skills_training_center_list",
    "kangping_service_center_register",
}
NOBODY = {"kangping_employment_center_posts"}


def test_batch757_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=756, unit_words=("康平县",), new_people=True)


def test_batch757_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch757_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch757_every_unit_is_of_kangping():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("康平县") for u in units)


def test_batch757_section_rows_give_the_stage_holders():
    name = "kangping_social_insurance_center_stage_sections"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][:5] == ["序号", "办理环节", "廉政风险点", "风险等级", "防控措施"]
    holders, got, sections = None, [], 0
    for row in rows[head + 1 :]:
        first = row[0]
        if isinstance(first, str) and first[:2] in ("一、", "二、", "三、", "四、"):
            sections += 1
            # the bracket: 经办：<科室><post>　<name>；复核：…；审批：…
            inner = first[first.index("（") + 1 : first.rindex("）")]
            holders = {}
            for part in inner.split("；"):
                stage, who = part.split("：")
                where, person = who.split("\u3000")
                holders[stage] = (where, person)
            assert set(holders) <= set(STAGES) and len(holders) >= 2
        elif isinstance(first, int):
            where, person = holders[row[1]]
            got.append((person, row[2], HML[row[3]]))
    assert sections == len(SECTIONS)
    want = [
        (f["person"], r["risk_point"], r["level"])
        for f in BY_NAME[name]["truth"]
        for r in f["risks"]
    ]
    assert sorted(got) == sorted(want)
    # each form's 科室 and post are what the bracket writes before the name
    for f in BY_NAME[name]["truth"]:
        assert any(
            f"{f['department']}{f['title']}\u3000{f['person']}" in (row[0] or "")
            for row in rows
            if isinstance(row[0], str)
        ), f["person"]
    # one 办理环节 word names different people in different sections; a holder in several sections
    for stage in STAGES:
        assert len({h[stage][2] for _, h, _ in SECTIONS if stage in h}) > 1, stage
    assert any(len(f["risks"]) > 1 for f in BY_NAME[name]["truth"])
    assert len(BY_NAME[name]["truth"]) == len({h[2] for _, hs, _ in SECTIONS for h in hs.values()})


def test_batch757_plain_tables_by_heading():
    cases = [
        ("kangping_skills_training_center_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("kangping_service_center_register",
         {"dept": "处室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("kangping_employment_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "kangping_hrss_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "kangping_employment_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch757_group_rows_give_the_department():
    name = "kangping_talent_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch757_one_sheet_a_person():
    name = "kangping_arbitration_court_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "kangping_labour_inspection_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch757_is_read(tmp_path):
    BATCH.is_read(tmp_path)
