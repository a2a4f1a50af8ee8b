"""The six-hundred-and-forty-fifth batch of published layouts (tests/published/batch645.py): seven
ordinary files as the court bodies of one county (商都县) really send them — the 执行局's 一览表 with
``一级/二级/三级``, the 诉讼服务中心's 排查表 对岗不对人 with 高/中/低, the 七台人民法庭's 防控卡 one sheet a
person with ``★★★/★★/★``, the 小海子人民法庭's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
西井子人民法庭's 清单 under group rows with ``高风险/中风险/低风险``, the 司法警察大队's 一览表 with
``部门 | 岗位 | 责任人`` on every row, the 十八顷人民法庭's 一览表 in two sheets with ``一级风险/…`` — and
one harder: the 人民法院's 审判团队廉政风险防控清单, no 姓名 column, each group row a team and its
roster (``一、民事审判团队：员额法官　郁…，法官助理　甄…，书记员　郁…``), each row's holder the member of
its group row whose post is the row's 岗位 (``python tests/published/score.py --set batch645``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 364b7cd (/work/snap18; this worktree branched from
dev at the same commit): TOTAL forms=0.733 recall=0.771 precision=0.771 levels=1.000 types=1.000
noise=0; with --strict the same: TOTAL forms=0.733 recall=0.771 precision=0.771 levels=1.000
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts
read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``shangdu_court_team_roster_rows.xlsx`` (sheet 审判团队; forms 0/8, points
0/11, precision 0/11, noise 0): the reader read all eleven rows A5–F17 as points with the right
levels and types, but took the group rows A4, A10 and A15 (``一、民事审判团队：员额法官　郁澂峣，法官助理
甄琬涞，书记员　郁芃翾`` …) for nothing — neither as the rows' 科室 nor as a roster — and grouped the
rows by the 岗位 column B alone into three post forms with NO person across the three teams:
``员额法官`` (F00001: rows 5, 6, 11, 12, 16), ``法官助理`` (F00002: rows 7, 13), ``书记员`` (F00003: rows
8, 9, 14, 17), each with the 科室 ``审判管理办公室2025年5月`` taken from the 填报部门 line A2; the truth has
eight holders, one a team member (员额法官 郁澂峣, 甄翊澜, 郁琤湉; 法官助理 甄琬涞, 郁瑀淇; 书记员 郁芃翾,
甄岫霭, 甄沨蕤), each under his team as 科室. Kind: group rows that name a team and its members in
post–name pairs are dropped, so the rows below, which name only a post, are merged across teams
into nameless post forms instead of each picking its holder from its own group row by its post
(and a 填报部门 line above the heading is taken for every row's 科室).

Unscored besides: the only issue is info (FILE_SKIPPED for truth.json).

Not generalised in the stop that measured it (left for the next): group rows that are rosters of
a team (post–name pairs), each row's holder picked from its group row by its 岗位.

Generalised after this measurement: group rows listing their members as post–name pairs (`一、民事审判团队：员额法官　某某，法官助理　某某…`) set the 科室 and hold the rows below by post, the same post in two groups two holders (`HOLDERS_BY_GROUP_MEMBERS`, a post the group row lacks warned `POST_NOT_ON_GROUP_ROW`; `tests/test_group_rows_listing_members.py`). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch645 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TEAMS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(645, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"shangdu_court_team_roster_rows"}
TYPED = {
    "shangdu_court_team_roster_rows",
    "shangdu_enforcement_bureau_list",
    "shangdu_judicial_police_list",
}
NOBODY = {"shangdu_litigation_service_posts"}


def test_batch645_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=643, unit_words=("商都县",), new_people=True)


def test_batch645_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch645_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch645_every_unit_is_of_shangdu():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("商都县") for u in units)


def test_batch645_group_rows_are_rosters():
    name = "shangdu_court_team_roster_rows"
    rosters = {team: {post: who for post, who, _t, _p in people} for _n, team, people in TEAMS}
    team, roster, got = None, None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            team, rest = row[0][2:].split("：", 1)
            pairs = [p.split("\u3000") for p in rest.split("，")]
            roster = {post: who for post, who in pairs}
            assert roster == rosters[team]
        elif isinstance(row[0], int):
            got.append((team, row[1], roster[row[1]], row[2], GRADES[row[4]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # no 姓名 column; one post in every team, its holders different
    assert "姓名" not in BATCH.filled(name)[BATCH.header(name)]
    judges = {r["员额法官"] for r in rosters.values()}
    assert len(judges) == len(TEAMS)


def test_batch645_plain_tables_by_heading():
    cases = [
        ("shangdu_judicial_police_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("shangdu_enforcement_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "shangdu_litigation_service_posts"
    heads = {"dept": "科室", "post": "岗位", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    name = "shangdu_shibaqing_tribunal_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "法庭领导") == BATCH.truth_rows(name, "法庭领导")
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "审判辅助") == BATCH.truth_rows(name, "审判辅助")


def test_batch645_group_rows_give_the_department():
    name = "shangdu_xijingzi_tribunal_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HIGHS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch645_one_sheet_a_person():
    name = "shangdu_xiaohaizi_tribunal_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "shangdu_qitai_tribunal_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch645_is_read(tmp_path):
    BATCH.is_read(tmp_path)
