"""The one-thousand-and-twenty-sixth batch of published layouts (tests/published/batch1026.py): seven
ordinary files as the 乡镇, 村, 卫生院, 文旅, 自然资源, 畜牧 and 学校 bodies of one county (晴隆县) send
them — the 沙子镇人民政府's 清单, the 新寨村's 清单 with ``职务 | 姓名`` on every row, the 中营镇卫生院's
一览表, the 文体广电旅游局's 排查表 with ``风险点 | 风险表现``, the 自然资源局's 清单 对岗不对人, the
草地畜牧中心's 清单 under group rows, the 第三中学's 自查表 one sheet a person — and one harder: the
交通运输局's 清单 of POSTS ONLY (``科室 | 岗位 | 廉政风险点 | 风险等级 | 防控措施``, no names) with, below
it on the same sheet, a staff roster ``序号 | 姓名 | 科室 | 岗位 | 工作职责`` under a caption
``人员名单``, each post held by one person, known by its 科室 and 岗位 together
(``python tests/published/score.py --set batch1026``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at 4c3a98df (main; this worktree branched from that commit,
xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=0.769 recall=0.810
precision=0.810 levels=1.000 types=1.000 noise=0 (forms 20/26, points 34/42, precision 34/42,
levels 34/34, types 34/34 — levels and types are scored on the points found only); with --strict
the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts read in full
(forms, points, levels and types all 1.00, noise 0, --strict too) — the 草地畜牧中心's group rows
as 科室, the 村's ``职务 | 姓名`` on every row, the 自然资源局's posts with no names, the 文体广电旅游局's
short ``风险点`` beside ``风险表现``, the 第三中学's sheets a person, the names of the three-character
surnames 吐谷浑 and 步鹿根 (four and five characters) in their 姓名 and 责任人 columns, as the truth
has them.

Missed, all in the harder ``qinglong_transport_posts_roster_duties.xlsx`` (forms 0/6, points 0/8,
precision 0/8, noise 0): the list's six posts came out as six post-only forms (局领导 局长, 局领导
副局长, 路政股 股长, 运输股 股长, 运输股 稽查员, 办公室 会计) with no holder, their eight points under
no one; the roster below (清单!A13 ``序号 | 姓名 | 科室 | 岗位 | 工作职责``, 6 rows) was set aside as
another table, the info TABLE_OTHER, no issue saying that the posts' holders were there. The
reader takes a roster under a post-only list (``序号 | 股室 | 岗位 | 姓名``), and since batch1022 one
with a 分工 column (``分工``, ``分管工作``, ``具体分工``: HOLDERS_BY_ROSTER_DUTY_BELOW), but its cheap
test looks for 分工/分管/负责 in the heading row: a column of each person's duties headed
``工作职责`` kept the table from being read as a roster at all. Kind: a staff roster below a
post-only list whose heading carries a duties column other than a 分工 (``工作职责``, ``岗位职责``,
``主要职责``), read as another table; the posts keep no holder. A general fix would read such a
roster as the list's, by 科室 and 岗位, where its posts are the list's, and not take a second risk
table (one with a 风险点 column) for a roster.

Generalised after this measurement: a staff roster under a list that names no one (found
as batch1022's 分工 rosters are, ``_duty_roster_under``: half its posts at least the list's own) may
now carry, beside its 科室, 岗位 and 姓名, one column of each person's DUTIES headed as 职责
(``工作职责``, ``岗位职责``, ``主要职责``, ``职责``, ``职责范围``) instead of a 分工: it is read as the
list's roster, each post's points going to the one person it lists under the same 科室 and 岗位
(路政股 股长 and 运输股 股长 two people), the 职责 cells no points, said as the new info
ROSTER_DUTIES_BELOW at the roster's 职责 heading (here 清单!E13, 6 posts); behind the one-test gate
``grid.lacks("职责")``. In such a roster (any roster) a holder's cell of four or five characters
whose first three are a surname the reader does not list (``步鹿根琤澜``, ``吐谷浑琇玥``) is a name where
another cell of the column opens with the same three (``步鹿根沨``), no longer a note that ends the
roster (batch1013's rule for two-character surnames, ``叱奴翀璟``, widened); ``待招聘人员`` stays a
note. A second risk table below with a 岗位职责 column (its 廉政风险点, 风险等级 make it no roster), a
roster with 工作职责 under a list naming its holders, and a 领导小组's ``姓名 | 职务 | 工作职责`` read as
before; tests/test_roster_duties_below.py (a 县档案馆's ``姓名 | 部门 | 职务 | 岗位职责`` under
``附：岗位人员名单``, two 部门 each with a 科长; a 镇卫生院's uncaptioned ``序号 | 科室 | 岗位 | 姓名 |
主要职责`` of the surnames 乌石兰 and 步大汗; and the near-misses). Read 1.00 since (forms 26/26, points
42/42, precision 42/42, levels 42/42, types 42/42, noise 0), --strict too; batches 1022, 1013 and
1015 (rosters with 分工 below, above and on another sheet), 1000, 1002, 1011, 1014, 1016 (three-
character compound surnames), 307, 311, 590, 629, 897 and 11 (tables headed ``… | 姓名 | 主要职责``
and ``岗位职责`` beside a 姓名) unchanged at 1.00, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1026 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    LIST_HEAD,
    RESAVED,
    RISKS,
    ROMAN,
    ROSTER,
    ROSTER_HEAD,
    TRANSPORT,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1026, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"qinglong_transport_posts_roster_duties"}
TYPED = {
    "qinglong_shazi_town_list",
    "qinglong_zhongying_clinic_list",
    "qinglong_natural_resources_posts",
}
NOBODY = {"qinglong_natural_resources_posts"}
SURNAMES = ("吐谷浑", "步鹿根")


def test_batch1026_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1023, unit_words=("晴隆县",), new_people=True)


def test_batch1026_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16), fields_in="file")
    assert RESAVED == ()


def test_batch1026_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1026_every_unit_is_of_qinglong():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("晴隆县") for u in units)


def test_batch1026_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {p[:3] for p in people} == set(SURNAMES)
    assert {len(p) for p in people} == {4, 5}  # (a given name of one character or two)


def test_batch1026_roster_below_names_the_posts_holders():
    name = "qinglong_transport_posts_roster_duties"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["清单"]
    rows = BATCH.filled(name, "清单")
    at = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    assert rows[at] == list(LIST_HEAD)  # the list names posts only: no 姓名 column
    # the list's rows, then a blank row, the caption, the roster's heading and a row a person
    body = [row for row in rows[at + 1 :] if isinstance(row[0], int)]
    points = body[: len(TRANSPORT)]
    assert [row[0] for row in points] == list(range(1, len(TRANSPORT) + 1))
    cap = at + 1 + len(TRANSPORT)
    assert all(v is None for v in rows[cap])
    assert rows[cap + 1] == ["人员名单"] * len(LIST_HEAD)
    assert rows[cap + 2][: len(ROSTER_HEAD)] == list(ROSTER_HEAD)
    staff = rows[cap + 3 :]
    assert [tuple(row[1:5]) for row in staff] == ROSTER
    # each post of the list (科室 and 岗位 together) held by one person of the roster
    holder = {}
    for _n, who, dept, post, _duty, _ in staff:
        assert (dept, post) not in holder
        holder[(dept, post)] = who
    got = [(row[1], row[2], holder[(row[1], row[2])], row[3], GRADES[row[4]]) for row in points]
    assert got == BATCH.truth_rows(name)
    # two 科室 each with a 股长: the post alone does not say who
    assert len({who for (_d, post), who in holder.items() if post == "股长"}) == 2
    assert {post for _d, post in holder} >= {p for _d, p, *_ in TRANSPORT}
    # the roster's duties are no points
    duties = {duty for *_, duty in ROSTER}
    assert not duties & {r["risk_point"] for f in lay["truth"] for r in f["risks"]}


def test_batch1026_plain_tables_by_heading():
    cases = [
        ("qinglong_shazi_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("qinglong_zhongying_clinic_list",
         {"dept": "科室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("qinglong_culture_bureau_screening",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("qinglong_natural_resources_posts", {"dept": "股室", "post": "岗位", "point": "廉政风险点"}),
        ("qinglong_xinzhai_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1026_group_rows_give_the_department():
    name = "qinglong_livestock_centre_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1026_one_sheet_a_person():
    name = "qinglong_third_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1026_is_read(tmp_path):
    BATCH.is_read(tmp_path)
