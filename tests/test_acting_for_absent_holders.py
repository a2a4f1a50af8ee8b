"""A list naming each post's holder beside a column of its own saying whether he is at his post
this year (``在岗情况``, ``在岗状态``, ``状态``, ``是否在岗``: '在岗', '挂职…', '外派…', '病休', 是/否)
and a column naming the colleague who does an absent holder's post meanwhile (``代岗人员``,
``代岗人``, ``顶岗人员``, ``临时负责人``, ``代理人``): a row whose holder is away with a name in the
acting column is the acting colleague's, a form of that 科室 and post beside his own post's (as a
vacant post's acting holder is, HOLDER_ACTING_FOR_VACANT), the absent holder none for it, said
once a table (info HOLDERS_ACTING_FOR_ABSENT naming both columns and who acts for whom); away with
no one acting ('/'): the post's with no holder (warning ABSENT_HOLDER_NO_ACTING at the status
cell); an acting cell naming no one ('本股其他同志'): as written, warned (ACTING_HOLDER_UNREAD).
Before, the 姓名 column alone said whose each row was: the absent holder kept the post's points
and the acting colleague got none of them.

Not the published batch's file (batch966: a 统计局's ``在岗情况 | 代岗人员`` right after ``姓名``,
驻村 and 借调, 高/中/低): a 县水利局's list with ``在岗状态 | 代岗人`` AFTER the measures, merged per
holder, 挂职 and 病休, 一级/二级/三级; the same list as an .ods copy (no merges: each holder's
cells written on his first row only); a 县林草局's ``是否在岗 | 临时负责人`` BEFORE ``姓名`` with 是/否,
the acting cell written ``股长　某某``; and a 县医保局's list with an absent holder no one acts for
and an acting cell that names no one. Written with xlsxwriter (tests/helpers.py) and read back
as ``collect_inbox`` reads a file. Near-misses read exactly as before: a status column alone (no
acting column), an acting column alone (no status column), an acting column on a list whose
holders are all at their posts, and a ``状态`` column of other words (``已整改``).
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, INFO, SHORT, WARNING

NEW = {"HOLDERS_ACTING_FOR_ABSENT", "ABSENT_HOLDER_NO_ACTING", "ACTING_HOLDER_UNREAD"}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "一览表.xlsx", sheets, merges or {})
    return _collect(inbox)


def forms(got) -> list[tuple[str, str, str]]:
    return [(d, t, p) for d, t, p in zip(got.posts["department"], got.posts["title"],
                                         got.posts["person"], strict=True)]  # fmt: skip


def whose(got) -> list[tuple[str, str, str]]:
    """Each point's (holder, post, level) in the order read."""
    by_form = {f: (p, t) for f, p, t in zip(got.posts["form_id"], got.posts["person"],
                                            got.posts["title"], strict=True)}  # fmt: skip
    return [
        (*by_form[f], point, lv)
        for f, point, lv in zip(got.risks["form_id"], got.risks["risk_point"],
                                got.risks["risk_level"], strict=True)
    ]  # fmt: skip


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


WATER = [
    ["县水利局2025年岗位廉政风险防控一览表", None, None, None, None, None, None, None, None],
    ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "在岗状态", "代岗人"],
    [1, "局领导", "局长", "巫马澈", "水利工程项目安排个人说了算", "一级", "项目安排局党组集体研究。", "在岗", "/"],
    [2, "工程建设股", "股长", "公西潼", "工程变更签证把关不严", "一级", "变更签证三方会签。", "在岗", "/"],
    [3, "工程建设股", "股长", "公西潼", "隐蔽工程验收不到场", "二级", "验收全程影像留存。", None, None],
    [4, "工程建设股", "质量监督员", "巫马淇", "质量检测报告审查走过场", "二级", "检测报告随机抽查复核。",
     "挂职（县乡村振兴局，2025.1—2025.12）", "公西潼"],
    [5, "工程建设股", "质量监督员", "巫马淇", "接受施工单位宴请", "三级", "严格执行廉洁从业规定。", None, None],
    [6, "水资源股", "股长", "巫马沣", "取水许可审批优亲厚友", "二级", "取水许可办理结果公示。", "在岗", "/"],
    [7, "水资源股", "水资源费征收员", "公西湄", "水资源费少征、缓征不按规定", "一级", "征收标准公开，减免集体审批。",
     "长期病休", "巫马沣"],
    ["注：在岗人员因挂职、病休等不在岗的，其岗位风险由代岗人负责防控。", None, None, None, None, None, None, None, None],
]  # fmt: skip
WATER_MERGES = ["B4:B7", "C4:C5", "D4:D5", "H4:H5", "I4:I5", "C6:C7", "D6:D7", "H6:H7", "I6:I7"]
WATER_WHOSE = [
    ("巫马澈", "局长", "水利工程项目安排个人说了算", "Ⅰ级"),
    ("公西潼", "股长", "工程变更签证把关不严", "Ⅰ级"),
    ("公西潼", "股长", "隐蔽工程验收不到场", "Ⅱ级"),
    ("公西潼", "质量监督员", "质量检测报告审查走过场", "Ⅱ级"),
    ("公西潼", "质量监督员", "接受施工单位宴请", "Ⅲ级"),
    ("巫马沣", "股长", "取水许可审批优亲厚友", "Ⅱ级"),
    ("巫马沣", "水资源费征收员", "水资源费少征、缓征不按规定", "Ⅰ级"),
]


def _merged(rows: list[list], merges: list[str]) -> list[list]:
    """The rows as a merge shows them: each covered cell blank (its top-left keeps the value)."""
    from xlsxwriter.utility import xl_cell_to_rowcol

    out = [list(r) for r in rows]
    for rng in merges:
        (r0, c0), (r1, c1) = (xl_cell_to_rowcol(x) for x in rng.split(":"))
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    out[r][c] = None
    return out


def test_status_and_acting_after_the_measures_merged_per_holder(tmp_path):
    got = run(tmp_path, {"一览表": WATER}, {"一览表": WATER_MERGES})
    assert whose(got) == WATER_WHOSE
    # the acting colleagues: a form of the absent holder's post beside their own
    assert forms(got) == [
        ("局领导", "局长", "巫马澈"),
        ("工程建设股", "股长", "公西潼"),
        ("工程建设股", "质量监督员", "公西潼"),
        ("水资源股", "股长", "巫马沣"),
        ("水资源股", "水资源费征收员", "巫马沣"),
    ]
    assert not {"巫马淇", "公西湄"} & set(got.posts["person"])
    said = issue(got, "HOLDERS_ACTING_FOR_ABSENT")
    assert len(said) == 1 and list(said["cell"]) == ["I6"]
    assert said["severity"].iloc[0] == INFO
    message = said["message"].iloc[0]
    assert all(
        w in message for w in ("在岗状态", "代岗人", "巫马淇", "公西潼", "公西湄", "长期病休")
    )
    assert not {"ABSENT_HOLDER_NO_ACTING", "ACTING_HOLDER_UNREAD"} & codes(got)
    # the status and the acting columns are no points
    points = set(got.risks["risk_point"])
    assert not points & ({row[7] for row in WATER[2:]} | {row[8] for row in WATER[2:]})


def test_an_ods_copy_writing_each_holders_cells_on_his_first_row_only(tmp_path):
    inbox = tmp_path / "inbox"
    write_ods(inbox / "水利局.ods", {"一览表": _merged(WATER, WATER_MERGES)})
    got = _collect(inbox)
    assert whose(got) == WATER_WHOSE
    said = issue(got, "HOLDERS_ACTING_FOR_ABSENT")
    assert len(said) == 1 and list(said["source_sheet"]) == ["一览表"]


FOREST = [
    ["县林业和草原局岗位廉政风险排查表", None, None, None, None, None, None],
    ["序号", "科室", "职务", "是否在岗", "临时负责人", "姓名", "廉政风险点", "风险等级"],
    [1, "资源股", "股长", "是", None, "公西洹", "林木采伐指标分配不公", "高"],
    [2, "资源股", "护林员管理员", "否", "股长　公西洹", "巫马湘", "护林员考勤弄虚作假", "中"],
    [3, "资源股", "护林员管理员", None, None, "巫马湘", "护林员补助发放不到人", "中"],
    [4, "保护股", "股长", "是", None, "巫马涟", "野生动物致害补偿核定不实", "高"],
]  # fmt: skip


def test_yes_no_status_and_an_acting_cell_with_his_post_before_the_holders(tmp_path):
    got = run(tmp_path, {"排查表": FOREST})
    assert whose(got) == [
        ("公西洹", "股长", "林木采伐指标分配不公", "Ⅰ级"),
        ("公西洹", "护林员管理员", "护林员考勤弄虚作假", "Ⅱ级"),
        ("公西洹", "护林员管理员", "护林员补助发放不到人", "Ⅱ级"),
        ("巫马涟", "股长", "野生动物致害补偿核定不实", "Ⅰ级"),
    ]
    assert ("资源股", "护林员管理员", "公西洹") in forms(got)
    said = issue(got, "HOLDERS_ACTING_FOR_ABSENT")
    assert list(said["cell"]) == ["E4"] and "临时负责人" in said["message"].iloc[0]


HEALTHCARE = [
    ["县医疗保障局廉政风险点一览表", None, None, None, None, None],
    ["序号", "岗位", "姓名", "在岗情况", "顶岗人员", "廉政风险点", "风险等级"],
    [1, "基金监管股股长", "公西沅", "在岗", "/", "定点医药机构检查走过场", "一级"],
    [2, "稽核员", "巫马潆", "外派（县驻京联络处）", "/", "违规费用追回不到位", "二级"],
    [3, "待遇审核员", "公西渼", "借调市医保局", "本股其他同志", "异地就医费用审核把关不严", "二级"],
]  # fmt: skip


def test_away_with_no_one_acting_and_an_acting_cell_naming_no_one(tmp_path):
    got = run(tmp_path, {"一览表": HEALTHCARE})
    assert whose(got) == [
        ("公西沅", "基金监管股股长", "定点医药机构检查走过场", "Ⅰ级"),
        ("", "稽核员", "违规费用追回不到位", "Ⅱ级"),
        ("公西渼", "待遇审核员", "异地就医费用审核把关不严", "Ⅱ级"),
    ]
    none = issue(got, "ABSENT_HOLDER_NO_ACTING")
    assert list(none["cell"]) == ["D4"] and none["severity"].iloc[0] == WARNING
    assert "巫马潆" in none["message"].iloc[0] and "顶岗人员" in none["message"].iloc[0]
    unread = issue(got, "ACTING_HOLDER_UNREAD")
    assert list(unread["cell"]) == ["E5"] and unread["severity"].iloc[0] == WARNING
    assert "本股其他同志" in unread["message"].iloc[0]
    assert "HOLDERS_ACTING_FOR_ABSENT" not in codes(got)


# near-misses, read exactly as before: the holder named in the 姓名 column keeps his points
def _plain(head: list[str], status: list[list[str | None]]) -> list[list]:
    rows = [
        ["县交通运输局岗位廉政风险点一览表"],
        ["序号", "股室", "岗位", "姓名", *head, "廉政风险点", "风险等级"],
    ]
    people = [
        ("局领导", "局长", "公西渝"),
        ("运管股", "股长", "巫马灏"),
        ("运管股", "稽查员", "公西瀚"),
    ]
    points = ["道路运输许可审批吃拿卡要", "客运线路经营权分配不公", "路面执法以罚代管"]
    for i, ((dept, post, who), point, extra) in enumerate(zip(people, points, status, strict=True)):
        cells = [] if extra is None else list(extra)
        rows.append([i + 1, dept, post, who, *cells, point, "二级"])
    return rows


PLAIN_WHOSE = [
    ("公西渝", "局长", "道路运输许可审批吃拿卡要", "Ⅱ级"),
    ("巫马灏", "股长", "客运线路经营权分配不公", "Ⅱ级"),
    ("公西瀚", "稽查员", "路面执法以罚代管", "Ⅱ级"),
]


def test_a_status_column_alone_reads_as_before(tmp_path):
    rows = _plain(["在岗情况"], [["在岗"], ["驻村（2025年全年）"], ["在岗"]])
    got = run(tmp_path, {"一览表": rows})
    assert whose(got) == PLAIN_WHOSE
    assert not NEW & codes(got)


def test_an_acting_column_alone_reads_as_before(tmp_path):
    rows = _plain(["代岗人员"], [["/"], ["公西瀚"], ["/"]])
    got = run(tmp_path, {"一览表": rows})
    assert whose(got) == PLAIN_WHOSE
    assert not NEW & codes(got)


def test_holders_all_at_their_posts_read_as_before(tmp_path):
    rows = _plain(["在岗情况", "代岗人员"], [["在岗", "/"], ["在岗", "公西瀚"], ["正常在岗", None]])
    got = run(tmp_path, {"一览表": rows})
    assert whose(got) == PLAIN_WHOSE
    assert not NEW & codes(got)


def test_a_status_column_of_other_words_reads_as_before(tmp_path):
    rows = _plain(["状态", "代岗人员"], [["已整改", "/"], ["借调", "公西瀚"], ["整改中", "/"]])
    got = run(tmp_path, {"一览表": rows})
    assert whose(got) == PLAIN_WHOSE
    assert not NEW & codes(got)


def test_the_codes_are_catalogued_in_chinese():
    for code in NEW:
        assert code in CATALOGUE and code in SHORT
        assert any("\u4e00" <= ch <= "\u9fff" for ch in SHORT[code])
        assert any("\u4e00" <= ch <= "\u9fff" for ch in CATALOGUE[code][1])
    assert CATALOGUE["HOLDERS_ACTING_FOR_ABSENT"][0] == INFO
    assert {CATALOGUE[c][0] for c in NEW - {"HOLDERS_ACTING_FOR_ABSENT"}} == {WARNING}
