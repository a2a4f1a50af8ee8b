"""The seven-hundred-and-forty-fourth batch of published layouts (tests/published/batch744.py): seven
ordinary files as the health and medical-insurance bodies of one county (新宾满族自治县) really send
them — the 卫生健康局's 一览表 under ``附件1`` with ``…风险`` types and ``一级/二级/三级``, the 医疗保障局's
排查表 对岗不对人 with 高/中/低, the 疾病预防控制中心's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
人民医院's 清单 under group rows ``一、院领导`` … with ``一级风险/二级风险/三级风险``, the 永陵镇中心卫生院's
防控卡 one sheet a person with ``★★★/★★/★``, the 旺清门镇卫生院's 一览表 with ``高风险/中风险/低风险``, the
医疗保障事务服务中心's 一览表 in two sheets 中心领导/业务科室 — and one harder: the 中医院's 临床诊疗组廉洁风险
排查表, no 岗位/姓名/责任人 column, each 诊疗组 named after its leader (``郏翯筠主诊组``), the leader the
holder of the group's points (``python tests/published/score.py --set batch744``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 99ed3d2 (/work/snap31; this worktree branched from
dev at the same commit): TOTAL forms=0.879 recall=0.833 precision=0.833 levels=1.000 types=1.000
noise=0 (forms 29/33, points 45/54, precision 45/54); with --strict the same: TOTAL forms=0.879
recall=0.833 precision=0.833 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all 1.00,
noise 0, --strict too).

Missed, all in the harder ``xinbin_tcm_hospital_team_names.xlsx`` (sheet 诊疗组; forms 0/4, points
0/9, precision 0/9, noise 0): the reader found the heading A3:F3 ``序号 | 科室 | 诊疗组 | 廉洁风险点 |
风险等级 | 防控措施`` and read every point with its right level, but took nothing from column C
(``诊疗组``: C4:C6 ``郏翯筠主诊组``, C7:C8 ``乜湉珩主诊组``, C9:C10 ``郏祎翀治疗组``, C11:C12
``乜峤溪医疗组``; no COLUMN_GUESSED, no issue on it): it made one form a 科室, with no post and no
holder — posts.csv F00001 内科 (D4–D8, five points: both 内科 groups run together), F00002 针灸推拿科
(D9–D10), F00003 骨伤科 (D11–D12) — and raised no FORM_NO_PERSON (only TABLE_NO_TYPE, info), so the
nine points reach no holder. The truth has four holders, one a group, each the leader named in
his group's name (the ``注：`` line A13 says so): 内科 组长 郏翯筠 (D4–D6), 内科 组长 乜湉珩 (D7–D8),
针灸推拿科 组长 郏祎翀 (D9–D10), 骨伤科 组长 乜峤溪 (D11–D12). Kind: a table with no 岗位/姓名/责任人
column whose holders are written only inside the names of the groups they lead (``某某主诊组``,
``某某医疗组``) is read as a list of 科室 without holders — the group column dropped, two groups of
one 科室 merged into one form, every point unowned.

Unscored besides: the ordinary files' issues are info only.

Not generalised in the stop that measured it (left for the next): a group column whose cells are
a leader's name plus a group word (``郏翯筠主诊组``, ``乜峤溪医疗组``), the leader the holder of the
group's points.

Generalised after this measurement: groups named after their leaders ('某某主诊组') with no holder column give each group a form held by the leader, post 组长 or the note's word (HOLDERS_BY_GROUP_NAMES; tests/test_groups_named_after_leaders.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch744 import (
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
BATCH = Batch(744, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"xinbin_tcm_hospital_team_names"}
TYPED = {
    "xinbin_health_bureau_list",
    "xinbin_peoples_hospital_group_rows",
    "xinbin_wangqingmen_health_center_list",
}
NOBODY = {"xinbin_medical_security_bureau_posts"}


def test_batch744_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=740, unit_words=("新宾满族自治县",), new_people=True
    )


def test_batch744_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch744_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch744_every_unit_is_of_xinbin():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("新宾满族自治县") for u in units)


def test_batch744_group_names_give_the_holders():
    name = "xinbin_tcm_hospital_team_names"
    head = BATCH.heading(name)
    assert head[:6] == ["序号", "科室", "诊疗组", "廉洁风险点", "风险等级", "防控措施"]
    assert not {"岗位", "姓名", "责任人"} & set(head)
    dept, group, got = None, None, []
    for row in BATCH.table(name):
        dept = row[1] or dept
        group = row[2] or group
        word = next(w for w in ("主诊组", "治疗组", "医疗组") if group.endswith(w))
        got.append((dept, "组长", group[: -len(word)], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)
    assert len(BY_NAME[name]["truth"]) == len(TEAMS)
    # every leader's name stands only inside his group's name
    cells = [c for row in BATCH.filled(name) for c in row if isinstance(c, str)]
    for _dept, who, word, _points in TEAMS:
        assert who not in cells and f"{who}{word}" in cells


def test_batch744_plain_tables_by_heading():
    cases = [
        ("xinbin_wangqingmen_health_center_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("xinbin_health_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "xinbin_medical_security_bureau_posts"
    assert BATCH.by_heading(
        name, {"dept": "股室", "post": "岗位", "point": "风险点"}
    ) == BATCH.truth_rows(name)
    name = "xinbin_medical_security_center_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "中心领导") == BATCH.truth_rows(name, "中心领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "业务科室") == BATCH.truth_rows(name, "业务科室")


def test_batch744_group_rows_give_the_department():
    name = "xinbin_peoples_hospital_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)


def test_batch744_one_sheet_a_person():
    name = "xinbin_cdc_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:6] == [
            "姓　名",
            f["person"],
            "所在科室",
            f["department"],
            "岗　位",
            f["title"],
        ]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "xinbin_yongling_health_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch744_is_read(tmp_path):
    BATCH.is_read(tmp_path)
