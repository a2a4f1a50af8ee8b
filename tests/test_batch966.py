"""The nine-hundred-and-sixty-sixth batch of published layouts (tests/published/batch966.py): seven
ordinary files as the 财政、审计 and 统计 bodies of one county (洛隆县) really send them — the
财政局's 一览表 with ``…风险`` types and 高/中/低, the 审计局's 一览表 in two sheets 班子成员/股室 with
``一级/二级/三级``, the 财政绩效评价中心's 防控卡 one sheet a person with ``★★★/★★/★``, the
统计普查中心's 清单 under group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the
政府投资审计中心's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 孜托镇财政所's 排查表
对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 康沙镇统计站's 一览表 (its
统计员 also its 档案管理员) — and one harder: the 统计局's 一览表 naming each post's holder beside an
``在岗情况`` column (``在岗``, ``驻村（…）``, ``借调县委巡察办（…）``) and a ``代岗人员`` column naming
the colleague who does an absent holder's post, a ``注：`` line saying the acting colleague bears
the post's risks (``python tests/published/score.py --set batch966``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 75a5b46d (this worktree branched from main at that
commit, xlproc/ untouched), after these tests passed: TOTAL forms=0.935 recall=0.930
precision=0.930 levels=1.000 types=1.000 noise=0 (forms 29/31, points 53/57, precision 53/57,
levels 53/53, types 53/53); with --strict the same: TOTAL forms=0.935 recall=0.930
precision=0.930 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0; the
康沙镇统计站's 统计员 who is also its 档案管理员 two forms, as the truth has).

Missed, all in the harder ``luolong_statistics_bureau_acting_holders.xlsx`` (forms 4/6, points
8/12, precision 8/12, levels 8/8, types 8/8, noise 0): the reader took ``姓名`` (column D) as the
holder of every row and left the ``在岗情况`` column (E) aside without a word and the
``代岗人员`` column (F) as "其他" (COLUMN_GUESSED at 一览表!F2, "已有另一列作为责任人"), so the two
posts whose holders are away were read as the absent holders' own: F00025 办公室 报账员 独孤珝
(D7, merged over rows 7–8; E7 ``驻村（2024.11—2025.11，驻俄西乡）``, F7 ``仉督晞``) with
``经费报销票据审核不严、虚列支出`` (G7) and ``调查员劳务费发放不入账、冒领`` (G8), both 中, where the truth
has them as the 报账员 post's points held by the 办公室主任 仉督晞 (a second form of his, beside
his 主任 form F00024); and F00027 综合统计股 统计员 独孤澄瑗 (D11, merged over rows 11–12; E11
``借调县委巡察办（2025.3起）``, F11 ``独孤岷``) with ``联网直报企业数据审核走过场，对异常数据不核实`` (G11,
高) and ``为企业虚报、瞒报统计数据出主意`` (G12, 中), where the truth has them held by 独孤岷 (a
second form of his, beside his 农村统计股 统计员 form F00028). So two forms of absent people that
the truth has not (4 points no truth point) and two acting forms missing (4 points missed); the
``注：`` line under the table (A15) that says the 代岗人员 bears the post's risks was rightly no
point but not read. The four forms of holders at their posts, their 股室, posts, points and levels
all right.
Kind: a list that names each post's holder and marks him away for the year in its own column
(``在岗情况``: ``驻村…``, ``借调…``) beside a column naming the colleague who acts (``代岗人员``) is
read by the 姓名 column alone: the absent holder keeps the post's points and the acting colleague,
who holds a post of his own in the same list, gets none of them.

Unscored besides: nothing above info (COLUMN_GUESSED for the 代岗人员 column above, TABLE_NO_TYPE
×10, GRADE_BLANK ×6, FILE_SKIPPED for truth.json).

Not generalised in the stop that measured it (phase 1 only: xlproc/ untouched): a list whose
own ``在岗情况`` (``在岗状态``, ``状态``) column marks a named holder away (驻村, 借调, 挂职, 外派,
病休 …) and whose ``代岗人员`` (``代岗人``, ``顶岗人员``, ``临时负责人``) column names who acts: the
post's points are the acting colleague's (a form of the absent holder's 科室 and post, beside
his own), the absent holder has none, ``在岗``/``/`` rows as before.

Renamed after the measurement, for the batches built beside this one (957, 964, 965, 967 landed
on main before it): three holders whose names those batches also gave (仉督曦 → 仉督晞, 仉督琬 →
仉督琰, 独孤湉 → 独孤濯; 957 and 964 use the surname 仉督 too, 967 独孤) and the 统计普查中心's
source (batch965 cites the page it first cited; another page of the same kind now); rows, posts,
levels and truth otherwise as measured, and main's untouched reader at 5f41826f reads the renamed
batch exactly as above (forms 29/31, points 53/57, precision 53/57, levels 53/53, types 53/53;
--strict the same). The misses above name the holders by their new names.

Generalised after this measurement: a list naming each post's holder beside a status column of
its own (在岗情况, 在岗状态, 状态, 是否在岗: 驻村, 借调, 挂职, 外派, 病休 … by the roster's status
words) and an acting column (代岗人员, 代岗人, 顶岗人员, 临时负责人, 代理人): a row marked away with a
name in the acting column is the acting colleague's, a form of that 科室 and post beside his own,
the absent holder none for it (HOLDERS_ACTING_FOR_ABSENT, once a table, naming both columns and
who acts for whom); away with no one acting, the post's with no holder (ABSENT_HOLDER_NO_ACTING at
the status cell); an acting cell naming no one, as written (ACTING_HOLDER_UNREAD); 在岗, ``/``,
blank, a status column of other words, or only one of the two columns, as before;
tests/test_acting_for_absent_holders.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch966 import (
    ACTING,
    AT_POST,
    GRADES,
    HIGHS,
    LAYOUTS,
    NOBODY_ACTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    holder_of,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(966, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"luolong_statistics_bureau_acting_holders"}
TYPED = {
    "luolong_finance_bureau_list",
    "luolong_zituo_finance_office_posts",
    "luolong_kangsha_statistics_station_list",
}
NOBODY = {"luolong_zituo_finance_office_posts"}


def test_batch966_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=956, unit_words=("洛隆县",), new_people=True)


def test_batch966_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch966_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch966_every_unit_is_of_luolong():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("洛隆县") for u in units)


def test_batch966_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p[:2] in ("独孤", "仉督") for p in people)
    assert {p[:2] for p in people} == {"独孤", "仉督"}


def test_batch966_acting_colleague_holds_an_absent_holders_post():
    name = "luolong_statistics_bureau_acting_holders"
    rows = BATCH.filled(name, "一览表")
    head = BATCH.header(name, "一览表")
    assert rows[head] == ["序号", "股室", "岗位", "姓名", "在岗情况", "代岗人员", "廉政风险点",
                          "风险等级", "防控措施"]  # fmt: skip
    notes = [row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("注：")]
    assert len(notes) == 1 and all(w in notes[0] for w in ("驻村", "借调", "代岗人员"))
    table = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    got = [
        (row[1], row[2], holder_of(row[3], row[4], row[5]), row[6], HML[row[7]]) for row in table
    ]
    assert got == BATCH.truth_rows(name)
    # some holders are away, each with a colleague acting who holds a post of his own in the list
    away = {(row[3], row[5]) for row in table if row[4] != AT_POST}
    assert len(away) == 2 and {row[4][:2] for row in table if row[4] != AT_POST} == {"驻村", "借调"}
    named = {row[3] for row in table}
    for absent, acting in away:
        assert acting in named and acting != absent
    # the absent holders have no form; the acting colleagues have two, their own post and the other
    forms = BY_NAME[name]["truth"]
    people = [f["person"] for f in forms]
    assert not {absent for absent, _ in away} & set(people)
    assert all(people.count(acting) == 2 for _, acting in away)
    assert {row[5] for row in table if row[4] == AT_POST} == {NOBODY_ACTS}
    assert len(forms) == len(ACTING)
    # 在岗情况 and 代岗人员 are no points
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & ({row[4] for row in table} | {row[5] for row in table})
    assert all(not r["types"] for r in BATCH.points(name))


def test_batch966_plain_tables_by_heading():
    cases = [
        ("luolong_finance_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("luolong_kangsha_statistics_station_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"},
         "风险类别"),
        ("luolong_zituo_finance_office_posts", {"post": "岗位", "point": "风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "luolong_audit_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "班子成员") == BATCH.truth_rows(name, "班子成员")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "luolong_zituo_finance_office_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in BATCH.table(name)}
    # one person in two posts: two forms
    name = "luolong_kangsha_statistics_station_list"
    posts = [f["title"] for f in BY_NAME[name]["truth"] if f["person"] == "仉督淏"]
    assert posts == ["统计员", "档案管理员"]


def test_batch966_group_rows_give_the_department():
    name = "luolong_census_centre_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch966_one_sheet_a_person():
    name = "luolong_investment_audit_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "职　务", "自查时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "luolong_performance_centre_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch966_is_read(tmp_path):
    BATCH.is_read(tmp_path)
