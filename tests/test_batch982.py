"""The nine-hundred-and-eighty-second batch of published layouts (tests/published/batch982.py):
seven ordinary files as the 政府工作部门, 事业单位 and a 镇 of one county (高青县) really send them — the
发展和改革局's 一览表 with ``…风险`` types and ``一级/二级/三级``, the 卫生健康局's 防控卡 one sheet a person
with ``★★★/★★/★``, the 文化和旅游局's 排查表 with ``风险点 | 具体表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 博物馆's
清单 对岗不对人 with ``高风险/中风险/低风险``, the 常家镇人民政府's 清单 under group rows ``一、镇领导`` … with
``一级风险/二级风险/三级风险``, the 县委组织部's 自查表 one sheet a person with 高/中/低, the 统计局's 一览表
with 责任人 on every row — and one harder: the 住房和城乡建设局's 一览表（2025年度）, filled in for the
year and not edited when three posts changed hands, under which a ``岗位交接登记`` caption and one
numbered line per handover (``1.2025年7月起，副局长岗位由公休珩谧接任（…）。``) give those posts to
successors the list does not name (``python tests/published/score.py --set batch982``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at f492add0 (this worktree branched from that commit,
xlproc/ untouched), after these tests passed: TOTAL forms=0.906 recall=0.895 precision=0.895
levels=1.000 types=1.000 noise=4 (forms 29/32, points 51/57, precision 51/57, levels 51/51, types
51/51); with --strict the same: TOTAL forms=0.906 recall=0.895 precision=0.895 levels=1.000
types=1.000 noise=4. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0) — the 卫生健康局's card ``岗位 |
财务科科员`` came out as 科室 财务科, post 科员, as the truth has it.

Missed, all in the harder ``gaoqing_housing_handover_after_filing.xlsx`` (forms 4/7, points 7/13,
precision 7/13, levels 7/7, types 7/7, noise 4): the three posts the ``岗位交接登记`` lines hand over
came out under the holders the list names, not their successors — 局领导 副局长 公上岫芃 (一览表!C5–D6,
truth 公休珩谧: 2 points), 房地产市场监管股 股长 公上霈 (C9–D10, truth 公休湛: 2 points), 财务室 出纳
公上沨 (C12–D13, truth 公上璆: 2 points) — so three forms missed and six points counted once missed
and once wrong (their 科室, posts, levels and measures right); the caption ``岗位交接登记（本表填报后
岗位人员变动情况）`` (A17) and the three lines (A18–A20: ``1.2025年7月起，副局长岗位由公休珩谧接任（公上岫芃
调县城市管理局）。``, ``2.2025年8月起，房地产市场监管股股长岗由公休湛接任。``, ``3.2025年9月起，财务室出纳岗
由公上璆接替，原出纳公上沨调局综合股。``) each a warning ROW_UNPLACED (表格外内容) — the noise 4; no
HOLDERS_CHANGED, no word that a post changed hands. The other four forms right.
Kind: a handover record written as LINES under the list (one line a post: a date, the post with or
without its 科室, ``由…接任/接替``, the successor; no ``原任 | 现任`` columns, no cell on the post's
rows) is left unread, the list kept as filed; the existing readings need a pair of holder columns
(HOLDERS_CHANGED), a 备注 cell of the row, or a note moving NUMBERED items to someone IN the list
(POINTS_REASSIGNED_BY_NOTE). A general fix would read such lines (under the list, or on a sheet of
their own), match the post (and the 科室 and the former holder where written) to the list's rows and
give those rows to the successor, once a table; a line naming a post or person the list does not
have a warning at its cell, the list as it is.

Unscored besides: the harder file's ROW_UNPLACED warnings (above, the noise); the other issues are
info only (TABLE_NO_TYPE, GRADE_BLANK, FILE_SKIPPED for truth.json).

Generalised after this measurement: a 岗位交接登记 written as LINES by a list filled in for the
year — under it (after a caption ``岗位交接登记``/``人员变动情况`` or a ``注：`` line) or on a sheet of
its own, one line a handover (``1.2025年7月起，副局长岗位由某某接任。``, ``药剂科科长一职由某某同志接替，
原科长某某退休``, ``某某接任收费室收费员``) — gives the post it names (with or without its 科室; the
former holder named picks among two of one post) to the successor, rows and all, the 科室, post,
levels and measures as the list gives them; said once a table (HANDOVER_AFTER_FILING, info, at
the first line: here 一览表!A18, ``局领导 副局长 公上岫芃→公休珩谧、房地产市场监管股 股长 公上霈→公休湛、
财务室 出纳 公上沨→公上璆``), the lines and their caption no stray rows; a line naming a post or a
holder the list does not have, or two it cannot tell apart, a warning at its cell
(HANDOVER_UNMATCHED), the list as it is; a stand-in while away, ``拟由…接任``, a general
``岗位人员变动的由接任人员承担`` and a ``原任 | 现任`` table (HOLDERS_CHANGED) read as before, and a
``交接岗位 | 交出人 | 接收人 | 交接日期 | 监交人`` table now read as such a table
(``交出人`` the former), tests/test_handover_after_filing.py. Read 1.00 since (forms 32/32, points
57/57, precision 57/57, levels 57/57, types 57/57, noise 0), --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch982 import (
    GRADES,
    HANDED,
    HANDOVERS,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    holder_now,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(982, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"gaoqing_housing_handover_after_filing"}
TYPED = {
    "gaoqing_development_reform_list",
    "gaoqing_culture_tourism_short_points",
    "gaoqing_changjia_town_group_rows",
}
NOBODY = {"gaoqing_museum_posts"}


def test_batch982_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=980, unit_words=("高青县",), new_people=True)


def test_batch982_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 13))
    assert RESAVED == ()


def test_batch982_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch982_every_unit_is_of_gaoqing():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("高青县") for u in units)


def test_batch982_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p[:2] in ("公休", "公上") for p in people)
    assert {p[:2] for p in people} == {"公休", "公上"}


def test_batch982_handover_lines_give_the_posts_to_successors():
    name = "gaoqing_housing_handover_after_filing"
    rows = BATCH.filled(name, "一览表")
    head = BATCH.header(name, "一览表")
    assert rows[head] == ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"]
    # the list as filed: the old holders, read by heading
    heads = {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}
    filed = BATCH.by_heading(name, heads)
    assert [(d, p, holder_now(d, p, who), pt, lv) for d, p, who, pt, lv in filed] == (
        BATCH.truth_rows(name)
    )
    # every handover line under the caption, merged across, naming a post and a successor absent
    # from the list; the successors hold the post's points now, the old holders none
    texts = [row[0] for row in rows if isinstance(row[0], str)]
    cap = next(i for i, t in enumerate(texts) if t.startswith("岗位交接登记"))
    assert texts[cap + 1 : cap + 1 + len(HANDOVERS)] == [h[-1] for h in HANDOVERS]
    listed = {who for _d, _p, who, _t, _pts in HANDED}
    truth = {f["person"]: f for f in BY_NAME[name]["truth"]}
    for dept, post, was, now, text in HANDOVERS:
        assert was in listed and now not in listed and now in text and post in text
        assert was not in truth and (truth[now]["department"], truth[now]["title"]) == (dept, post)
        r = next(i for i, row in enumerate(BATCH.rows(name, "一览表")) if row and row[0] == text)
        assert BATCH.merged(name, "一览表", r, 0, 6)
    assert len({h[1] for h in HANDOVERS} | {h[0] for h in HANDOVERS}) >= 4
    assert all(not r["types"] for r in BATCH.points(name))


def test_batch982_plain_tables_by_heading():
    cases = [
        ("gaoqing_development_reform_list",
         {"dept": "科室", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("gaoqing_culture_tourism_short_points",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    for name, heads in [
        (
            "gaoqing_statistics_list",
            {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"},
        ),
        ("gaoqing_museum_posts", {"post": "岗位", "point": "廉政风险点"}),
    ]:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
    # the short 风险点 is the point, the long 具体表现 none
    name = "gaoqing_culture_tourism_short_points"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[5] for row in BATCH.table(name)}


def test_batch982_group_rows_give_the_department():
    name = "gaoqing_changjia_town_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)


def test_batch982_one_sheet_a_person():
    name = "gaoqing_organization_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "职　务", "自查日期"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "gaoqing_health_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓名", f["person"], "岗位", f["department"] + f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch982_is_read(tmp_path):
    BATCH.is_read(tmp_path)
