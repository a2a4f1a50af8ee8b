"""The nine-hundred-and-twenty-sixth batch of published layouts (tests/published/batch926.py): seven
ordinary files as the water bodies of one county (萨迦县) really send them — the 水利局's 一览表 in
two sheets 局领导/股室 with ``一级/二级/三级``, the 水利工程管理站's 排查表 对岗不对人 with ``风险点 | 风险表现``,
the 灌区管理所's 防控卡 one sheet a leader with ``★★★/★★/★``, the 河湖管理中心's 清单 under group rows
``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the 农村饮水安全管理站's 自查表 one sheet a person with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 吉定镇水利站's 一览表 with ``高风险/中风险/低风险``, the 扯休乡水利站's 登记表 — and
one harder: the 水土保持站's 排查 collected as a WeChat group relay (群接龙) and pasted into column A,
one numbered line a person with all his points and their bracketed levels
(``python tests/published/score.py --set batch926``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 38443c82 (/work/snap64; this worktree branched from
main at the same commit), after these tests passed: TOTAL forms=0.839 recall=0.788 precision=1.000
levels=1.000 types=1.000 noise=0 (forms 26/31, points 41/52, precision 41/41, levels 41/41, types
41/41); with --strict the same: TOTAL forms=0.839 recall=0.788 precision=1.000 levels=1.000
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0, --strict too).

Missed, all in the harder ``sakya_soil_conservation_wechat_relay.xlsx`` (sheet Sheet1; forms 0/5,
points 0/11, precision 0/0, noise 0): the reader found no table at all — one warning
``FILE_NO_FORM`` (文件; "工作簿中未找到廉政风险识别和防控表(没有“风险点”“风险级别”等表头)"), no form, no
point, nothing in posts.csv or risks.csv; the sheet's eight cells A1:A8 (``#接龙``, the request
``萨迦县水土保持站岗位廉政风险点排查，请各岗位按以下格式接龙，风险等级填高、中、低：``, the template
``例　岗位　姓名：风险点（等级）；风险点（等级）``, and A4:A8 ``1. 站长　智翀砚：水土保持方案审批把关不严，为建设单位
“开绿灯”（高）；水土保持补偿费违规减免、缓缴（高）；水土保持设施自主验收报备走过场（中）`` … ``5. 会计　智滢甪：
…（中）；…（低）``) were all left unread; the truth has five holders (站长 智翀砚, 副站长 皮璆岫, 监督员 智瑒竑,
治理技术员 皮翛岚, 会计 智滢甪), 11 points, levels from the brackets.
Kind: a WeChat group relay (群接龙) pasted into one column — no heading row, a ``例…`` template line,
then one numbered line a person with ``岗位　姓名：`` before the colon and ``；``-parted points each ending
in a bracketed level — is not recognised as a table, so the whole file is skipped as holding no form.

Unscored besides: the harder file's FILE_NO_FORM warning (above); the other issues are info only
(TABLE_NO_TYPE, GRADE_BLANK).

Not generalised in the stop that measured it (left for the next): a 群接龙 relay pasted into one
column (numbered ``n. 岗位　姓名：point（级）；point（级）`` lines under a ``#接龙`` line and a ``例…``
template line).

Generalised after this measurement: a WeChat group relay (群接龙) pasted in, one numbered line a person
`N. 岗位　姓名：point（级）；point（级）` under a `#接龙` line, the request and a `例…` template line, read as a
list (RELAY_LIST), tests/test_wechat_relay.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch926 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RELAY,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    relay_line,
)
from published.cells import norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(926, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"sakya_soil_conservation_wechat_relay"}
TYPED = {
    "sakya_works_station_posts",
    "sakya_jiding_town_station_list",
    "sakya_chexiu_township_station_register",
}
NOBODY = {"sakya_works_station_posts"}
ENTRY = re.compile(r"^(\d+)\. (\S+)\u3000(\S+?)：(.+)$")
POINT = re.compile(r"^(.+)（([高中低])）$")


def _relay_points(cells: set[str]) -> set[str]:
    """The points of the relay lines: each ``；``-part without its bracketed level."""
    out = set()
    for cell in cells:
        m = ENTRY.match(cell)
        if m:
            out |= {POINT.match(p).group(1) for p in m.group(4).split("；")}
    return out


def _points_in(form: dict, sheets: dict) -> set:
    if form["layout"] not in HARDER:
        return sheets[form["sheet"]]
    lines = {row[0] for row in BATCH.filled(form["layout"], form["sheet"])}
    return {norm(p) for p in _relay_points(lines)}


def test_batch926_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=926, unit_words=("萨迦县",), new_people=True)


def test_batch926_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), points_in=_points_in)
    assert RESAVED == ()


def test_batch926_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch926_every_unit_is_of_sakya():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("萨迦县") for u in units)


def test_batch926_wechat_relay_one_line_a_person():
    name = "sakya_soil_conservation_wechat_relay"
    rows = BATCH.filled(name)
    assert all(len([c for c in row if c is not None]) == 1 for row in rows)  # column A only
    lines = [row[0] for row in rows]
    assert lines[0] == "#接龙" and lines[2].startswith("例")
    assert not ENTRY.match(lines[1]) and not ENTRY.match(lines[2])
    got = []
    for line in lines[3:]:
        m = ENTRY.match(line)
        assert m, line
        for part in m.group(4).split("；"):
            p = POINT.match(part)
            got.append(("", m.group(2), m.group(3), p.group(1), HML[p.group(2)]))
    assert got == BATCH.truth_rows(name)
    assert [int(ENTRY.match(x).group(1)) for x in lines[3:]] == list(range(1, len(RELAY) + 1))
    assert lines[3:] == [
        relay_line(n, post, who, pts) for n, (post, who, _, pts) in enumerate(RELAY, 1)
    ]
    forms = BY_NAME[name]["truth"]
    assert len(forms) == len(RELAY) and all(not f["department"] for f in forms)
    assert {f["person"] for f in forms} == {who for _, who, _, _ in RELAY}


def test_batch926_plain_tables_by_heading():
    cases = [
        ("sakya_jiding_town_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("sakya_chexiu_township_station_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("sakya_works_station_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "sakya_water_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "sakya_works_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch926_group_rows_give_the_department():
    name = "sakya_river_lake_centre_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch926_one_sheet_a_person():
    name = "sakya_drinking_water_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "sakya_irrigation_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch926_is_read(tmp_path):
    BATCH.is_read(tmp_path)
