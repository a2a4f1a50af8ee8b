"""The seven-hundred-and-sixth batch of published layouts (tests/published/batch706.py): seven
ordinary files as the public resource trading and government service bodies of one county (宁城县)
really send them — the 公共资源交易中心's 一览表 with ``一级/二级/三级`` and ``…风险`` types, the
招标采购服务站's 排查表 对岗不对人 with 高/中/低, the 政务服务局's 一览表 in two sheets 局领导/股室 with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 12345热线中心's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
天义镇便民服务中心's 清单 under group rows with ``一级风险/二级风险/三级风险``, the 八里罕镇便民服务中心's
防控卡 one sheet a leader with ``★★★/★★/★``, the 政府采购中心's 一览表 under ``附件3`` — and one
harder: the 政务服务中心's 排查表, one row a point, a ``涉及岗位及人员`` cell printing all five staff
one a line on every row with the persons the point does NOT concern struck through
(``python tests/published/score.py --set batch706``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 7d95214 (/work/snap26; this worktree branched from
dev at 132eb3c): TOTAL forms=0.844 recall=0.768 precision=0.860 levels=1.000 types=1.000 noise=0
(forms 27/32, points 43/56, precision 43/50); with --strict: TOTAL forms=0.781 recall=0.768
precision=0.860 levels=1.000 types=1.000 noise=0 (forms 25/32). The 8 files: eight .xlsx, no
re-saved copies. Six ordinary layouts read in full in both (forms, points, levels and types all
1.00, noise 0); the seventh, ``ningcheng_tianyi_center_group_rows``, reads in full plain (4/4
forms, 6/6 points) but loses two forms with --strict.

Missed in the harder ``ningcheng_service_center_struck_holders.xlsx`` (sheet 排查表; forms 0/5,
points 0/13, precision 0/7, noise 0): the reader took ``涉及岗位及人员`` (F3) as the holders column
(info HOLDERS_LISTED_WITH_POSTS at F4, which says each listed post and person gets the row's
point) but ignored the strikethrough: every row's cell F4:F10 lists
the same five ``post　name`` lines, and the reader made ONE form F00016 (unit 宁城县政务服务中心, no
科室, no post, NO person) with each of the seven points C4:C10 written five times (35 rows in
risks.csv, right level each), where the truth has five holders — 主任 国翊湫 (C4, C8), 副主任 栗昶璘
(C4, C6, C8, C9), 受理员 国霁衡 (C5, C8, C10), 审核员 栗璟岫 (C6, C10), 帮办代办员 国沅菁 (C5, C7) —
13 points, each point only under the lines left standing. Kind: a holders cell whose struck-through
lines are the persons LEFT OUT is read as a cell listing every line alike, the rich-text
strikethrough unseen, so the lines are neither split into forms nor filtered, and no point reaches
a named holder.

Missed with --strict only, ``ningcheng_tianyi_center_group_rows.xlsx`` (sheet 责任清单): the unit
was read 宁城县天义镇 (the 便民服务中心 split off as a 科室); the group row ``二、综合受理窗口`` (A6)
was not taken as the 科室 of its rows B7:C9 — posts.csv F00021 (负责人 国钰澍) and F00022 (受理员
栗峤汀) have 科室 ``便民服务中心`` where the truth has ``综合受理窗口`` (the groups ``一、中心领导`` and
``三、民生服务窗口`` were read right). Kind: the unit's own trailing part (便民服务中心) taken for the
科室 of one group's rows over the group row's 科室; points, levels untouched.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): struck-through lines in a
holders cell naming the persons a row's point does not concern.

Generalised after this measurement: a holders cell printing the same post–name lines on every row with the lines of people not concerned struck through (rich text) gives the row's point to the lines left standing (HOLDERS_BY_STRUCK_LINES; tests/test_struck_holder_lines.py); a group row whose first row opens with a label word (负责人) keeps its rows' 科室. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch706 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STAFF,
    STARS,
    STRUCK_ROWS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(706, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"ningcheng_service_center_struck_holders"}
TYPED = {
    "ningcheng_trading_center_list",
    "ningcheng_tendering_station_posts",
    "ningcheng_procurement_center_list",
}
NOBODY = {"ningcheng_tendering_station_posts"}


def test_batch706_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=704, unit_words=("宁城县",), new_people=True)


def test_batch706_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch706_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch706_every_unit_is_of_ningcheng():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("宁城县") for u in units)


def test_batch706_struck_lines_leave_the_holders():
    name = "ningcheng_service_center_struck_holders"
    sheet = BY_NAME[name]["sheets"][0]
    rich = {(r, c): parts for r, c, parts in sheet["rich"]}
    table = BATCH.table(name)
    assert len(table) == len(STRUCK_ROWS) == len(rich)
    lines = [f"{post}\u3000{who}" for post, who, _tier in STAFF]
    got = []
    for (r, c), parts in sorted(rich.items()):
        row = sheet["rows"][r]
        # every row prints the same lines, the rich runs make up the cell's text
        assert row[c] == "\n".join(lines) == "".join(text for text, _ in parts)
        standing = [k for k, (_text, strike) in enumerate(parts) if not strike]
        assert 1 <= len(standing) < len(STAFF)
        for k in standing:
            post, who, _tier = STAFF[k]
            got.append(("", post, who, row[2], HML[row[3]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert sum(len(s) > 1 for *_, s in STRUCK_ROWS) >= 3
    assert len(BY_NAME[name]["truth"]) == len(STAFF)


def test_batch706_plain_tables_by_heading():
    cases = [
        ("ningcheng_procurement_center_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("ningcheng_trading_center_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("ningcheng_tendering_station_posts", {"post": "岗位", "point": "廉政风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "ningcheng_service_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch706_group_rows_give_the_department():
    name = "ningcheng_tianyi_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch706_one_sheet_a_person():
    name = "ningcheng_hotline_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "ningcheng_balihan_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch706_is_read(tmp_path):
    BATCH.is_read(tmp_path)
